"""Exports in the plan's language, in Welsh, or bilingual (Welsh first), by the command line too."""

import io
import re

import pytest
from babel.messages.pofile import read_po
from PIL import Image

from planner.errors import PlannerError
from planner.maintenance import catalogue
from planner.services import exports, people, plan_files, plans
from tests import pdf_tools

PDF_KINDS = ("my-plan-pdf", "team-pdf", "panel-pdf", "easy-read-pdf", "meeting-pdf")
PICTURE_KINDS = ("poster-png", "steps-png", "ratings-png", "life-story-png",
                 "people-map-png", "week-png")


def _english_fixed_text() -> list[str]:
    """Every piece of English fixed text planner can print: the catalogue's msgids, cut at their
    placeholders, keeping pieces of two words or more that the Welsh does not also hold."""
    with (catalogue.LOCALE / "cy" / "LC_MESSAGES" / "smallsteps.po").open("rb") as handle:
        welsh = read_po(handle)
    pieces = set()
    for message in welsh:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in ids:
            for piece in re.split(r"\{[a-z_]*\}", text):
                piece = " ".join(piece.split()).strip(" .,:;()·–-")
                if len(piece.split()) >= 2 and not any(piece in s for s in strings):
                    pieces.add(piece)
    return sorted(pieces)


def _words(pdf: bytes) -> str:
    return " ".join(pdf_tools.text(pdf).split())


@pytest.fixture
def name_only(db):
    """A plan with only a name, its person writing in Welsh."""
    person = people.add_person(db, "Siân Ŵyn")
    people.update_person(db, person.person_id, preferred_language="cy")
    return plans.plan_of_person(db, person.person_id)


def test_a_welsh_plan_with_only_a_name_has_no_english_fixed_text(db, name_only):
    english = _english_fixed_text()
    assert len(english) > 500  # the check really has the English to look for
    for kind in PDF_KINDS:
        words = _words(exports.export_bytes(db, name_only, kind, invariant=True))  # the plan's own: cy
        assert "Siân Ŵyn" in words or kind in ("meeting-pdf",), kind
        found = [piece for piece in english if piece in words]
        assert not found, f"{kind} has English in Welsh: {found}"
    # An empty crisis card is refused, with a plain message in Welsh
    with pytest.raises(PlannerError) as refused:
        exports.export_bytes(db, name_only, "crisis-card-pdf")
    assert "cerdyn argyfwng" in refused.value.message
    assert not [piece for piece in english if piece in refused.value.message]
    info = pdf_tools.info(exports.export_bytes(db, name_only, "my-plan-pdf"))
    assert info["Subject"] == "Fy nghynllun"


def test_the_english_check_can_fail(db, name_only):
    words = _words(exports.export_bytes(db, name_only, "my-plan-pdf", language="en"))
    assert [piece for piece in _english_fixed_text() if piece in words]


def test_bilingual_holds_welsh_first_then_english(db, name_only):
    pdf = exports.export_bytes(db, name_only, "my-plan-pdf", language="cy+en", invariant=True)
    words = _words(pdf)
    assert "Fi a fy nghynllun" in words and "Me and my plan" in words
    assert words.index("Fi a fy nghynllun") < words.index("Me and my plan")
    assert "Tudalen 1 o 2 · Page 1 of 2" in words
    assert re.search(rb"/Lang \(cy\)", pdf)
    assert pdf_tools.info(pdf)["Subject"] == "Fy nghynllun / My plan"


def test_language_of_the_file_follows_the_choice(db, name_only):
    assert re.search(rb"/Lang \(cy\)", exports.export_bytes(db, name_only, "my-plan-pdf"))
    assert re.search(rb"/Lang \(en\)", exports.export_bytes(db, name_only, "my-plan-pdf", language="en"))
    with pytest.raises(Exception, match="cy\\+en"):
        exports.export_bytes(db, name_only, "my-plan-pdf", language="fr")


def test_every_picture_kind_in_welsh_once(db, name_only):
    """(Every PDF kind is made in Welsh above.) The pictures too, and a bilingual picture is the
    Welsh one above the English one."""
    for kind in PICTURE_KINDS:
        options = {} if kind in ("poster-png", "crisis-card-png") else {"dpi": 50}
        picture = Image.open(io.BytesIO(exports.export_bytes(db, name_only, kind, **options)))
        assert picture.width > 100 and picture.height > 100, kind
    english = Image.open(io.BytesIO(exports.export_bytes(db, name_only, "week-png", language="en", dpi=50)))
    both = Image.open(io.BytesIO(exports.export_bytes(db, name_only, "week-png", language="cy+en", dpi=50)))
    assert both.height > 2 * english.height and both.width == english.width


def test_a_bilingual_pack_leaks_nothing_private(db):
    """Both halves of a bilingual export are made from the one filtered document. The crisis
    card (the example plan has one) in Welsh, then in English; as a picture too."""
    plan_id = plan_files.add_example_plan(db)
    card = _words(exports.export_bytes(db, plan_id, "crisis-card-pdf", language="cy+en"))
    assert card.index("Os bydda i'n mynd yn sâl") < card.index("If I become unwell")
    picture = Image.open(io.BytesIO(exports.export_bytes(db, plan_id, "crisis-card-png", language="cy")))
    assert picture.width > 100
    words = _words(exports.export_bytes(db, plan_id, "panel-pdf", language="cy+en", invariant=True))
    assert "Tudalen 1 o" in words and "Page 1 of" in words
    assert "The ward was noisy" not in words  # a private answer of the example plan


def test_command_line_language(tmp_path, data_dir, capsys):
    from planner.cli import main

    assert main(["--data-dir", str(data_dir), "example"]) == 0
    plan_id = capsys.readouterr().out.strip()
    out = tmp_path / "cy.pdf"
    assert main(["--data-dir", str(data_dir), "export", plan_id, "--as", "my-plan-pdf", "-o", str(out),
                 "--language", "cy"]) == 0
    assert "Fi a fy nghynllun" in _words(out.read_bytes())
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(data_dir), "export", plan_id, "--as", "my-plan-pdf", "-o", str(out),
              "--language", "fr"])
    assert stopped.value.code == 2 and "--language" in capsys.readouterr().err


def test_every_kind_can_be_asked_for_in_both_languages(db, name_only):
    """No kind fails when asked for cy+en (data for other systems is made once)."""
    for kind, spec in exports.kinds().items():
        if spec.suffix == ".pdf" or kind in ("poster-png", "poster-jpg", "crisis-card-png", "crisis-card-jpg"):
            continue  # made bilingual above (and slower)
        options = {} if kind.startswith(("poster", "crisis")) or spec.suffix == ".json" else {"dpi": 50}
        assert exports.export_bytes(db, name_only, kind, language="cy+en", **options), kind


def test_a_bilingual_running_head_names_the_person_once():
    from planner.export.bilingual import _joined_heads

    assert _joined_heads(["Leri · Fy nghynllun", "Leri · My plan"]) == "Leri · Fy nghynllun / My plan"
    assert _joined_heads(["Leri", "Leri · My plan"]) == "Leri / Leri · My plan"
    assert _joined_heads(["", ""]) == ""


def test_the_command_line_speaks_the_terminals_language(data_dir, capsys, monkeypatch):
    from planner.cli import main
    from planner.i18n import current_language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    assert main(["--data-dir", str(data_dir), "export", "999", "--as", "my-plan-pdf", "-o",
                 str(data_dir / "x.pdf")]) == 1
    assert "Does dim cynllun 999 yn y gronfa ddata hon." in capsys.readouterr().err
    assert current_language() == "en"  # only inside the command
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["--data-dir", str(data_dir), "export", "999", "--as", "my-plan-pdf", "-o",
                 str(data_dir / "x.pdf")]) == 1
    assert "There is no plan 999 in this database." in capsys.readouterr().err
