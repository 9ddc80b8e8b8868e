"""Every command of the crisis plan and the budget round-trips: do, undo, redo."""

import pytest

from planner.plan_file.document import content_of
from planner.services import budget, hours_reviews, items, plan_files, staying_well, support_lines
from ui.commands.items import (
    AddItemCommand,
    EditBudgetSettingsCommand,
    EditItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
)
from ui.models.records_model import ITEM_ID_ROLE, Column, RecordsModel


def snapshot(session, plan_id):
    return content_of(plan_files.plan_document(session.db, plan_id))["plan"]


def round_trip(session, plan_id, command):
    before = snapshot(session, plan_id)
    assert session.execute(command) is None
    after = snapshot(session, plan_id)
    assert after != before
    session.undo_stack.undo()
    assert snapshot(session, plan_id) == before
    session.undo_stack.redo()
    assert snapshot(session, plan_id) == after
    session.undo_stack.undo()
    assert snapshot(session, plan_id) == before
    session.undo_stack.redo()
    return command


@pytest.fixture
def example(session):
    return plan_files.add_example_plan(session.db)


def first(session, kind, owner_id):
    with session.db.session() as s:
        return kind.record(items.siblings(s, kind, owner_id, {})[0])


ADDS = [
    (staying_well.ITEM, {"section": "what_helps", "text": "Gardening Radio Cymru 📻"}),
    (staying_well.CONTACT, {"kind": "contact", "name": "Neighbour", "how": "knock at no. 12"}),
    (budget.STREAM, {"stream": "health", "amount_pence": "100"}),
    (budget.PHASE, {"name": "Last week", "starts_on": "2027-08-31", "ends_on": "2027-09-06"}),
    (support_lines.LINE, {"who": "Befriender", "kind": "befriender", "hours": "1", "rate_pence": "0"}),
    (support_lines.PURCHASE, {"what": "Seeds", "amount_pence": "12.40"}),
    (support_lines.TRAVEL, {"what": "Bus", "miles": "3", "rate_pence": "0.20"}),
    (hours_reviews.REVIEW, {"starts_on": "2027-03-01", "ends_on": "2027-05-31", "proactive_hours": "30"}),
]


@pytest.mark.parametrize("kind,values", ADDS, ids=[k.name for k, _ in ADDS])
def test_add(session, example, kind, values):
    if kind is budget.PHASE:  # the example's phases fill the 52-week year: give it dates
        budget.update_settings(session.db, example, year_starts_on="2026-09-01", year_ends_on="2027-09-06")
    round_trip(session, example, AddItemCommand(session, example, kind, example, values))


def test_add_a_missed_visit(session, example):
    review = first(session, hours_reviews.REVIEW, example)
    round_trip(session, example, AddItemCommand(
        session, example, hours_reviews.MISSED, review.item_id, {"hours": "1", "reason": "away"}))


EDITS = [
    (staying_well.ITEM, {"text": "Changed ŵ", "on_card": False, "visibility": "panel"}),
    (staying_well.CONTACT, {"how": "07700 900000"}),
    (budget.STREAM, {"amount_pence": "8000"}),
    (budget.PHASE, {"name": "My first weeks home"}),
    (support_lines.LINE, {"hours": "12", "proactive_hours": "", "rate_pence": "22.00"}),
    (support_lines.PURCHASE, {"amount_pence": "399.00"}),
    (support_lines.TRAVEL, {"miles": "20"}),
    (hours_reviews.REVIEW, {"less_support_needed": True}),
]


@pytest.mark.parametrize("kind,changes", EDITS, ids=[k.name for k, _ in EDITS])
def test_edit(session, example, kind, changes):
    record = first(session, kind, example)
    old = {key: getattr(record, key) for key in changes}
    round_trip(session, example, EditItemCommand(session, example, kind, record.item_id, old, changes))


REMOVES = [staying_well.ITEM, staying_well.CONTACT, budget.STREAM, support_lines.LINE,
           support_lines.PURCHASE, support_lines.TRAVEL]


@pytest.mark.parametrize("kind", REMOVES, ids=[k.name for k in REMOVES])
def test_remove_and_come_back_in_place(session, example, kind):
    record = first(session, kind, example)
    round_trip(session, example, RemoveItemCommand(session, example, kind, record.item_id))
    session.undo_stack.undo()
    assert first(session, kind, example) == record


def test_remove_the_latest_review_with_its_missed_visits(session, example):
    latest = hours_reviews.reviews(session.db, example)[-1]
    round_trip(session, example, RemoveItemCommand(session, example, hours_reviews.REVIEW,
                                                   latest.review.item_id))


def test_move(session, example):
    record = first(session, staying_well.CONTACT, example)
    round_trip(session, example, MoveItemCommand(session, example, staying_well.CONTACT,
                                                 record.item_id, 0, 2))


@pytest.mark.parametrize("field,new", [
    ("allocation_method", "typed"), ("allocation_pence", "13000"), ("points", "60"),
    ("price_per_point_pence", "230.50"), ("held_as", "direct_payment"),
    ("year_starts_on", ""), ("bank_holidays", 9), ("notes", "New notes 🌱"), ("visibility", "team"),
])
def test_edit_settings(session, example, field, new):
    old = getattr(budget.budget_settings(session.db, example), field)
    if field == "year_starts_on":  # give the year dates first, then take one away... refused
        command = EditBudgetSettingsCommand(session, example, field, old, "2026-09-01")
        assert session.execute(command) is not None  # a first day with no last day
        return
    round_trip(session, example, EditBudgetSettingsCommand(session, example, field, old, new))


def test_a_failed_command_leaves_nothing_to_undo(session, example):
    count = session.undo_stack.count()
    error = session.execute(AddItemCommand(session, example, support_lines.LINE, example,
                                           {"who": "X", "hours": "200", "rate_pence": "1"}))
    assert "168" in error and session.undo_stack.count() == count


def test_records_model(qtmodeltester, db):
    model = RecordsModel([Column("Text", lambda r: r.text), Column("Id", lambda r: str(r.item_id))])
    qtmodeltester.check(model)
    plan_id = plan_files.add_example_plan(db)
    records = staying_well.staying_well(db, plan_id).items["early_signs"]
    model.set_records(records)
    qtmodeltester.check(model)
    assert model.rowCount() == len(records) and model.columnCount() == 2
    assert model.index(0, 1).data(ITEM_ID_ROLE) == records[0].item_id
    assert model.row_of(records[-1].item_id) == len(records) - 1 and model.row_of(-1) == -1
    assert model.headerData(0, pytest.importorskip("PySide6.QtCore").Qt.Orientation.Horizontal) == "Text"
    model.set_records([])
    qtmodeltester.check(model)
