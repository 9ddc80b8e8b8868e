"""Every plan that can be stored can be exported (issue 16, item 8): answers as long as the plan
file allows flow across pages in every kind of PDF; panel day never stops for one plan; what
truly cannot be printed is named (person, part, item). The big plan is built once per module and
each PDF is made once."""

import datetime as dt
import shutil
from functools import cache

import pytest

from planner.errors import PlannerError
from planner.export import blocks as b
from planner.export.audience import for_audience
from planner.export.kinds import EXPORTS
from planner.services import frozen_copies, panel_day, people, plan_files, plan_status
from tests import pdf_tools
from tests.long_plan import LONGEST, long_plan_document

NEEDS_TOOLS = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
PDF_KINDS = [kind for kind, spec in EXPORTS.items() if spec.suffix == ".pdf"]


@cache
def made(kind: str) -> bytes:
    audience = "panel" if kind == "panel-pdf" else EXPORTS[kind].audience
    return EXPORTS[kind].make(for_audience(long_plan_document(), audience), {"invariant": True})


def test_the_long_plan_really_has_answers_of_the_longest_length():
    data = long_plan_document().data["plan"]
    assert len(data["about_me"]["background"][0]["text"]) == LONGEST
    assert len(data["needs"][0]["words"]) == LONGEST


@NEEDS_TOOLS
@pytest.mark.parametrize("kind", PDF_KINDS)
def test_every_pdf_kind_is_made(kind):
    pdf = made(kind)
    info = pdf_tools.info(pdf)
    assert pdf.startswith(b"%PDF") and int(info["Pages"]) >= 1
    if kind in ("my-plan-pdf", "panel-pdf", "team-pdf"):
        assert int(info["Pages"]) > 60  # the answers flow on, page after page, none cut short


@NEEDS_TOOLS
def test_long_cells_follow_the_table_in_full_and_long_words_break():
    words = pdf_tools.text(made("panel-pdf"))
    assert "(all of it follows the table)" in words and "In full: Outcome (in the person's words)" in words
    assert "Llanfairpwllgwyngyll" in words  # a word wider than the page is broken, not lost


def test_what_truly_cannot_be_printed_names_the_person_the_part_and_the_item():
    from planner.export.pdf import render

    export = b.ExportDocument(title="T", person_name="Sam Jones", subject="S")
    export.blocks += [b.Heading("What I need", 1), b.KeyValues((("My money", "word " * 230),))]
    with pytest.raises(PlannerError) as raised:
        render(export, {}, page_size=(160, 130))  # a page too small for one row
    message = raised.value.message
    assert "Sam Jones" in message and "What I need" in message and "My money" in message


@NEEDS_TOOLS
def test_panel_day_with_the_long_plan_writes_three_packs_and_the_index(db, tmp_path):
    long_id = plan_files.add_document(db, long_plan_document())
    ordinary = [plan_files.add_example_plan(db), people.add_person(db, "Dai Jones").plan_id]
    date = dt.date.today() + dt.timedelta(days=10)
    for plan_id in (long_id, *ordinary):
        plan_status.set_status(db, plan_id, "ready_for_panel", date.isoformat())
    day = panel_day.run(db, date.isoformat(), tmp_path / "panel")
    files = sorted(p.name for p in (tmp_path / "panel").iterdir())
    assert len(files) == 4 and files[0] == "00 Index.pdf"
    assert day.not_sent == [] and len(day.sent) == 3
    for plan_id in (long_id, *ordinary):
        assert len(frozen_copies.list_copies(db, plan_id)) == 1


def test_panel_day_never_stops_for_one_plan(db, tmp_path, monkeypatch):
    """A pack that cannot be made: the others and the index are written, it is listed as not
    sent and why, and only what was sent is frozen."""
    from planner.services import panel_packs

    first = people.add_person(db, "Ann Able").plan_id
    broken = people.add_person(db, "Bob Broken").plan_id
    last = people.add_person(db, "Cat Last").plan_id
    for plan_id in (first, broken, last):
        plan_status.set_status(db, plan_id, "ready_for_panel", "2030-01-08")
    real = panel_packs._pack

    def pack(submission, language):
        if submission.document.data["person"]["name"] == "Bob Broken":
            return None, "In Bob Broken's plan, “x” in What I need is too big to fit on a page."
        return real(submission, language)

    monkeypatch.setattr(panel_packs, "_pack", pack)
    monkeypatch.setattr(panel_packs, "workers_for", lambda count: 1)  # in this process, to be patched
    day = panel_day.run(db, "2030-01-08", tmp_path / "panel")
    assert [e.person_name for e in day.sent] == ["Ann Able", "Cat Last"]
    assert [e.person_name for e in day.not_sent] == ["Bob Broken"]
    files = sorted(p.name for p in (tmp_path / "panel").iterdir())
    assert files == ["00 Index.pdf", "01 Ann Able.pdf", "02 Cat Last.pdf"]
    index = " ".join(pdf_tools.text((tmp_path / "panel" / "00 Index.pdf").read_bytes()).split())
    assert "Plans not sent" in index and "Bob Broken" in index and "too big to fit" in index
    assert frozen_copies.list_copies(db, broken) == []
    assert len(frozen_copies.list_copies(db, first)) == 1 and len(frozen_copies.list_copies(db, last)) == 1
    assert plan_status.get_standing(db, broken).status == "ready_for_panel"


def test_a_panel_date_already_past_is_said(db, tmp_path):
    from tests.test_cli import smallsteps

    assert panel_day.date_passed_words(dt.date(2020, 1, 1)) == "The panel date, 1 January 2020, has already passed."
    assert panel_day.date_passed_words(dt.date.today()) == ""
    made = smallsteps("panel", "--date", "2020-01-01", "-o", str(tmp_path / "out"), data_dir=tmp_path / "data")
    assert made.returncode == 0 and "has already passed" in made.stderr
    assert (tmp_path / "out" / "00 Index.pdf").exists()
