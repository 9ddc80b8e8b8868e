"""Exports checked by content: fonts embedded, Welsh letters, page heads, easy-read sizes,
safe writing, and hostile text printed as text."""

import shutil

import pytest

from planner.errors import PlannerError
from planner.export.kinds import EXPORTS
from planner.services import exports, people, plan_files
from tests import pdf_tools

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
PDF_KINDS = [kind for kind, spec in EXPORTS.items() if spec.suffix == ".pdf"]


@pytest.fixture
def example(db):
    return plan_files.add_example_plan(db)


@pytest.mark.parametrize("kind", PDF_KINDS)
def test_every_pdf_embeds_its_fonts_and_prints_welsh(db, example, kind):
    blob = exports.export_bytes(db, example, kind)
    assert blob.startswith(b"%PDF")
    fonts = pdf_tools.fonts(blob)
    assert fonts and all(embedded == "yes" for _name, embedded in fonts), fonts
    assert "Llŷr" in pdf_tools.text(blob)


@pytest.mark.parametrize("kind", [k for k in PDF_KINDS if not k.startswith("crisis-card")])
def test_every_page_has_the_name_and_its_number(db, example, kind):
    """(A wallet card has two sides and no page numbers: see tests/test_crisis_card.py.)"""
    blob = exports.export_bytes(db, example, kind)
    total = pdf_tools.pages(blob)
    assert total >= 1
    for page in range(1, total + 1):
        words = pdf_tools.text(blob, page)
        assert f"Page {page} of {total}" in words
        assert "Leri" in words


def test_metadata_follows_the_audience(db, example):
    info = pdf_tools.info(exports.export_bytes(db, example, "panel-pdf"))
    assert info["Author"] == "Eleri Llŷr Hughes" and info["Subject"] == "Panel pack"
    assert info["Creator"] == "Small Steps"


def test_easy_read_body_text_is_at_least_16_points(db, example):
    blob = exports.export_bytes(db, example, "easy-read-pdf")
    sizes = pdf_tools.font_sizes(blob)
    assert sizes and min(sizes) >= 16, sizes
    assert "My name is Eleri Llŷr Hughes." in pdf_tools.text(blob)


def test_the_panel_pack_starts_with_the_summary(db, example):
    blob = exports.export_bytes(db, example, "panel-pdf")
    first = pdf_tools.text(blob, 1)
    assert "For the panel: summary" in first and "What councils check" in first
    words = pdf_tools.text(blob)
    assert words.index("The outcomes wanted") < words.index("Consent to share")
    assert words.index("Consent to share") < words.index("The plan in Eleri Llŷr Hughes's own words")


def test_hostile_and_huge_text_prints_as_text(db):
    added = people.add_person(db, "<b>Bold</b> & <script>x</script> Ŵ")
    people.update_person(db, added.person_id, details_visibility="panel",
                         other_communication_needs="ŷ " * 25_000 + "END-OF-LONG")
    blob = exports.export_bytes(db, added.plan_id, "panel-pdf")
    words = pdf_tools.text(blob)
    assert "<b>Bold</b> & <script>x</script> Ŵ" in words
    assert "END-OF-LONG" in words


def test_an_empty_plan_exports(db):
    added = people.add_person(db, "Nobody Yet")
    for kind in PDF_KINDS:
        if kind.startswith("crisis-card"):  # nothing marked for the card: not made, and said why
            with pytest.raises(PlannerError, match="nothing for the crisis card"):
                exports.export_bytes(db, added.plan_id, kind)
            continue
        assert exports.export_bytes(db, added.plan_id, kind).startswith(b"%PDF")


def test_writing_is_safe(db, example, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(PlannerError) as raised:
        exports.export(db, example, "my-plan-pdf", tmp_path / "missing" / "plan.pdf")
    assert "can't save" in raised.value.message
    with pytest.raises(PlannerError):
        exports.export(db, example, "my-plan-pdf", tmp_path)
    with pytest.raises(PlannerError):
        exports.export(db, example, "word-document", tmp_path / "x.doc")
    made = exports.export(db, example, "my-plan-pdf", tmp_path / "plan.pdf")
    assert made.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
