"""The crisis plan and the budget in the exports: what each audience reads, and costs that
stay honest when part of the budget is not shared."""

import copy
import shutil

import pytest

from planner.export import blocks as b
from planner.export.sections import context_for
from planner.export.sections import staying_well as staying_well_section
from planner.export.sections import support_budget as budget_section
from planner.services import exports, plan_files
from tests.helpers import example_json
from tests.pdf_tools import text

NEEDS_TOOLS = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def flat(blocks) -> str:
    out = []
    for block in blocks:
        if isinstance(block, b.Table):
            out.extend(" ".join(row) for row in block.rows)
        elif isinstance(block, b.KeyValues):
            out.extend(f"{k} {v}" for k, v in block.rows)
        elif isinstance(block, b.Bullets):
            out.extend(block.items)
        elif hasattr(block, "text"):
            out.append(block.text)
    return "\n".join(out)


@NEEDS_TOOLS
def test_each_audience_reads_what_it_may(db):
    plan_id = plan_files.add_example_plan(db)
    mine = " ".join(text(exports.export_bytes(db, plan_id, "my-plan-pdf", "me", invariant=True)).split())
    team = " ".join(text(exports.export_bytes(db, plan_id, "team-pdf", "team", invariant=True)).split())
    panel = " ".join(text(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True)).split())
    assert "Staying well" in mine and "ex-partner" in mine  # the person sees their private words
    assert "1. Anwen Hughes (my sister)" in team and "ex-partner" not in team
    assert "Have you had your hours? Yes: you had your 186 hours." in team
    assert "What the support costs £11,827.81 a year" in panel
    assert "£772.19 is left to spend out of £12,600.00" in panel
    assert "Staying well" not in panel  # nothing of the crisis plan was shared with the panel
    assert "hours used" not in panel.lower()  # nor the reviews


@NEEDS_TOOLS
def test_easy_read_has_the_crisis_plan_one_idea_a_line(db):
    plan_id = plan_files.add_example_plan(db)
    easy = text(exports.export_bytes(db, plan_id, "easy-read-pdf", "me", invariant=True))
    assert "Early signs I'm becoming unwell" in easy and "Mot, my cat, needs feeding" in easy


def test_a_phase_not_shared_leaves_its_support_out_of_the_totals():
    data = example_json()
    part = data["plan"]["support_budget"]
    part["phases"] = [p for p in part["phases"] if p["id"] != "phase-1"]
    blocks = budget_section.blocks(data, context_for(data, "panel"))
    words = flat(blocks)
    assert "a phase not shared" in words
    assert "2 items are not in these totals" in words  # the first weeks' support and the tools
    summary = flat(budget_section.summary(data))
    assert "2 items are not in these totals" in summary


def test_an_allocation_not_shared_is_said_plainly():
    data = example_json()
    data["plan"]["support_budget"]["settings"] = None
    assert "No allocation written yet." in flat(budget_section.summary(data))  # nothing says it was kept
    data["withheld"] = {"support_budget.settings": {"private": 1}}  # as the audience filter leaves it
    assert "The allocation is kept private by the person." in flat(budget_section.summary(data))
    assert "left to spend" not in flat(budget_section.blocks(data, context_for(data, "panel")))


def test_nothing_shared_means_no_heading():
    data = example_json()
    empty = copy.deepcopy(data)
    empty["plan"]["support_budget"] = {"settings": None, "support_lines": []}
    empty["plan"]["staying_well"] = {}
    context = context_for(empty, "panel")
    assert budget_section.blocks(empty, context) == []
    assert staying_well_section.blocks(empty, context) == []
    assert "No support has been costed yet." in flat(budget_section.summary(empty))
    empty["withheld"] = {"support_budget.support_lines": {"private": 2}}
    assert "No costs shown: 2 kept private by the person." in flat(budget_section.summary(empty))
    del empty["plan"]["support_budget"]
    assert budget_section.blocks(empty, context) == []
