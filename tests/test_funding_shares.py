"""Shared funding and the goals a line or purchase serves, through the services, the exports
and panel day: a line paid half by each of two streams shows each stream's half, to the penny,
on the panel pack and the panel-day index (the budget page: tests/test_funding_shares_page.py)."""

from decimal import Decimal as D

import pytest

from planner.domain.funding_shares import Share
from planner.errors import InvalidInput
from planner.services import exports, goals, items, panel_day, people, plan_status, support_lines
from tests.conftest import database_dump
from tests.pdf_tools import _file
from tests.pdf_tools import text as pdf_text


def raw_words(blob: bytes) -> str:
    """The PDF's words in reading order (table cells whole), on one line."""
    import subprocess

    with _file(blob) as handle:
        raw = subprocess.run(["pdftotext", "-raw", handle.name, "-"], capture_output=True, text=True).stdout
    return " ".join(raw.split())

HALF_EACH = [{"stream": "social_care", "percent": "50"}, {"stream": "housing_support", "percent": "50"}]


def _plan_with_a_shared_line(db, name="Siân"):
    """0.25 h x £10.01 a week for 52 weeks = £130.13: half is £65.065, so £65.07 to social
    care (first in the usual order, on a tie) and £65.06 to housing-related support."""
    plan_id = people.add_person(db, name).plan_id
    allotment = goals.add_goal(db, plan_id, "Get back to the allotment", visibility="panel")
    private = goals.add_goal(db, plan_id, "Find a new partner", visibility="private")
    line = items.add(db, support_lines.LINE, plan_id, {
        "who": "Tŷ Newydd", "hours": "0.25", "rate_pence": "10.01", "shares": HALF_EACH,
        "goal_ids": [allotment.goal_id, private.goal_id], "visibility": "panel"})
    return plan_id, line, allotment, private


def test_a_line_paid_half_each_splits_to_the_penny(db):
    plan_id, line, allotment, private = _plan_with_a_shared_line(db)
    assert line.shares == (Share("social_care", D(50)), Share("housing_support", D(50)))
    assert line.goal_ids == (allotment.goal_id, private.goal_id)
    totals = support_lines.overview(db, plan_id).totals
    assert totals.lines[0].total == 130_13
    assert dict(totals.lines[0].streams) == {"social_care": 65_07, "housing_support": 65_06}
    assert [(s.stream, s.spent) for s in totals.streams] == [("social_care", 65_07), ("housing_support", 65_06)]


@pytest.mark.parametrize("shares, words", [
    ([{"stream": "social_care", "percent": "60"}, {"stream": "health", "percent": "30"}], "add up to 90 %"),
    ([{"stream": "social_care", "percent": "-50"}, {"stream": "health", "percent": "150"}], "at most 100 %"),
    ([{"stream": "lottery", "percent": "100"}], "from the list"),
    ([{"stream": "health", "percent": "50", "amount_pence": "1.00"}], "a percentage or a fixed amount"),
    ([{"stream": "health", "amount_pence": "-1"}], "less than nothing"),
    ([{"stream": "health", "amount_pence": "2.00"}], "add up to £2.00 a week, but it costs £2.50 (with part"),
    ([{"stream": "health", "amount_pence": "3.00"}], "£3.00 a week, more than the £2.50"),
    ([{"stream": "health", "percent": "33.333"}, {"stream": "joint", "percent": "66.667"}], "two numbers"),
    ([{"stream": "health", "percent": "1e999"}], "at most 100 %"),
    ("social_care", "choose the funding streams again"),
    ([["health", 100]], "choose the funding streams again"),
])
def test_shares_that_are_wrong_are_refused_and_nothing_changes(db, data_dir, shares, words):
    plan_id, line, _goal, _private = _plan_with_a_shared_line(db)
    before = database_dump(data_dir / "smallsteps.db")
    with pytest.raises(InvalidInput) as raised:
        items.update(db, support_lines.LINE, line.item_id, {"shares": shares})
    assert words in raised.value.message and raised.value.field == "shares"
    with pytest.raises(InvalidInput):
        items.add(db, support_lines.LINE, plan_id, {"who": "X", "hours": "0.25", "rate_pence": "10.00",
                                                    "shares": shares})
    assert database_dump(data_dir / "smallsteps.db") == before


def test_a_fixed_amount_a_purchase_and_travel(db):
    plan_id = people.add_person(db, "Dai").plan_id
    purchase = items.add(db, support_lines.PURCHASE, plan_id, {
        "what": "Greenhouse", "amount_pence": "349.99",
        "shares": [{"stream": "health", "amount_pence": "100"}, {"stream": "social_care", "percent": "100"}]})
    travel = items.add(db, support_lines.TRAVEL, plan_id, {
        "what": "Car", "miles": "12", "rate_pence": "0.45",
        "shares": [{"stream": "health", "amount_pence": "5.40"}]})
    t = support_lines.overview(db, plan_id).totals
    assert dict(t.purchase_items[0].streams) == {"health": 100_00, "social_care": 249_99}
    assert dict(t.travel_items[0].streams) == {"health": 280_80}  # £5.40 x 52
    with pytest.raises(InvalidInput):  # a fixed amount bigger than the price
        items.update(db, support_lines.PURCHASE, purchase.item_id,
                     {"shares": [{"stream": "health", "amount_pence": "400"}]})
    assert items.update(db, support_lines.TRAVEL, travel.item_id, {"shares": []}).shares == ()


def test_goals_served_come_back_with_undo_of_a_removed_goal(db):
    plan_id, line, allotment, private = _plan_with_a_shared_line(db)
    other = people.add_person(db, "Dai").plan_id
    elsewhere = goals.add_goal(db, other, "Someone else's goal")
    with pytest.raises(InvalidInput) as raised:
        items.update(db, support_lines.LINE, line.item_id, {"goal_ids": [elsewhere.goal_id]})
    assert raised.value.field == "goal_ids"
    removed = goals.remove_goal(db, allotment.goal_id)
    assert support_lines.overview(db, plan_id).lines[0].goal_ids == (private.goal_id,)
    goals.restore_goal(db, removed)
    assert support_lines.overview(db, plan_id).lines[0].goal_ids == (allotment.goal_id, private.goal_id)
    # a line taken off and put back keeps its shares and goals
    gone = items.remove(db, support_lines.LINE, line.item_id)
    back = items.restore(db, support_lines.LINE, gone)
    assert (back.shares, back.goal_ids) == (line.shares, line.goal_ids)


def test_the_panel_pack_shows_each_streams_half_and_names_only_goals_the_panel_may_see(db):
    plan_id, _line, _goal, _private = _plan_with_a_shared_line(db)
    pack = pdf_text(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True))
    flat = raw_words(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True))
    assert "Social care: 50 % (£65.07)" in flat and "Housing-related support: 50 % (£65.06)" in flat
    assert "Social care £65.07" in flat and "Housing-related support £65.06" in flat
    assert "What this pays for: “Get back to the allotment”" in flat
    assert "“Get back to the allotment”: paid for by Tŷ Newydd, 0.25 hours a week." in flat  # by outcome
    assert "Find a new partner" not in pack
    mine = raw_words(exports.export_bytes(db, plan_id, "my-plan-pdf", "me", invariant=True))
    assert "“Get back to the allotment”, “Find a new partner”" in mine


def test_the_panel_day_index_shows_each_streams_half(db, tmp_path):
    plan_id, _line, _goal, _private = _plan_with_a_shared_line(db)
    plan_status.set_status(db, plan_id, "ready_for_panel", "2026-12-03")
    day = panel_day.run(db, "2026-12-03", tmp_path / "panel")
    assert day.entries[0].streams == (("social_care", 65_07), ("housing_support", 65_06))
    index = raw_words(day.index_path.read_bytes())
    assert "Social care £65.07" in index and "Housing-related support £65.06" in index
    assert "£130.13" in index
