"""Every life-chart command round-trips: do, undo, redo, and the plan agrees each time."""

import pytest

from planner.services import life_story, people_places, plan_files, week
from tests.test_commands import round_trip, snapshot
from ui.commands.life_charts import (
    LIFE_STORY,
    PEOPLE_PLACES,
    WEEK,
    AddItemCommand,
    ClosenessCommand,
    DateOrderCommand,
    EditItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
)


@pytest.fixture
def example(session):
    return plan_files.add_example_plan(session.db)


def first(session, example, services):
    lists = {"life_story": life_story.list_moments, "people_places": people_places.list_members,
             "week": week.list_entries}
    return lists[services.key](session.db, example)[1]


ADD = [
    (LIFE_STORY, {"title": "Learnt to swim ŵ", "when_kind": "age", "age": 8, "feeling": 4}),
    (PEOPLE_PLACES, {"name": "Dai", "kind": "person", "closeness": "close", "contact": "07700"}),
    (WEEK, {"day": "friday", "time_of_day": "night", "title": "Choir", "feeling": 5}),
]


@pytest.mark.parametrize("services,values", ADD, ids=lambda v: getattr(v, "key", ""))
def test_add(session, example, services, values):
    round_trip(session, AddItemCommand(session, services, example, values), example)


@pytest.mark.parametrize("services,new", [
    (LIFE_STORY, {"title": "Changed"}),
    (LIFE_STORY, {"when_kind": "age", "year": None, "month": None, "age": 30, "approximate": True}),
    (LIFE_STORY, {"visibility": "panel"}),
    (PEOPLE_PLACES, {"contact": "new number", "contact_visibility": "team"}),
    (PEOPLE_PLACES, {"kind": "group"}),
    (WEEK, {"day": "sunday", "time_of_day": "evening"}),
    (WEEK, {"feeling": None}),
])
def test_edit(session, example, services, new):
    record = first(session, example, services)
    values = record.values()
    old = {field: values[field] for field in new}
    round_trip(session, EditItemCommand(session, services, example, services.id_of(record), old, new), example)


@pytest.mark.parametrize("services", [LIFE_STORY, PEOPLE_PLACES, WEEK], ids=lambda s: s.key)
def test_remove_and_move(session, example, services):
    record = first(session, example, services)
    round_trip(session, RemoveItemCommand(session, services, example, services.id_of(record)), example)
    session.undo_stack.undo()
    assert first(session, example, services) == record
    step = -1 if services is not WEEK else 1
    if services is WEEK:  # Tuesday morning has two entries
        record = next(e for e in week.list_entries(session.db, example) if e.day == "tuesday")
    round_trip(session, MoveItemCommand(session, services, example, services.id_of(record), step), example)


def test_typing_into_one_field_is_one_step(session, example):
    record = first(session, example, LIFE_STORY)
    for words in ("A", "AB", "ABC"):
        previous = life_story.get_moment(session.db, record.moment_id).title
        session.execute(EditItemCommand(session, LIFE_STORY, example, record.moment_id,
                                        {"title": previous}, {"title": words}))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert life_story.get_moment(session.db, record.moment_id).title == record.title


def test_closeness_by_step_and_by_dragging(session, example):
    member = people_places.list_members(session.db, example)[3]  # Tomos: close
    round_trip(session, ClosenessCommand(session, example, member.member_id, step=-1), example)
    round_trip(session, ClosenessCommand(session, example, member.member_id, to="around"), example)
    assert session.execute(ClosenessCommand(session, example, member.member_id, to="around")) is not None


def test_date_order(session, example):
    moments = life_story.list_moments(session.db, example)
    life_story.move_moment(session.db, moments[-1].moment_id, -1)
    round_trip(session, DateOrderCommand(session, example), example)
    error = session.execute(DateOrderCommand(session, example))
    assert error and "already" in error


def test_a_bad_change_is_not_kept(session, example):
    record = first(session, example, LIFE_STORY)
    error = session.execute(EditItemCommand(session, LIFE_STORY, example, record.moment_id,
                                            {"title": record.title}, {"title": "  "}))
    assert error and "what happened" in error
    error = session.execute(AddItemCommand(session, LIFE_STORY, example, {"title": "x", "when_kind": "age",
                                                                          "age": 200}))
    assert error and "120" in error
    assert session.undo_stack.count() == 0


def test_undo_all_and_redo_all(session, example):
    add = AddItemCommand(session, PEOPLE_PLACES, example, {"name": "Owain"})
    session.execute(add)
    session.execute(ClosenessCommand(session, example, add.item_id, step=1))
    session.execute(RemoveItemCommand(session, PEOPLE_PLACES, example, add.item_id))
    session.execute(AddItemCommand(session, WEEK, example, {"day": "monday", "time_of_day": "night",
                                                            "title": "Bath"}))
    final = snapshot(session, example)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert snapshot(session, example) == final
