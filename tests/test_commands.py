"""Every undo command round-trips: do, undo, redo, and the database agrees each time."""

import pytest

from planner.services import people, plan_files, plans
from ui.commands.people import (
    AddHelperCommand,
    AddPersonCommand,
    EditHelperCommand,
    EditPersonCommand,
    EditPlanCommand,
    RemoveHelperCommand,
    RemovePersonCommand,
)


def snapshot(session, plan_id=None):
    state = [(p.name, p.preferred_name, p.plan_title) for p in people.list_people(session.db)]
    if plan_id is not None:
        return state, plan_files.plan_document(session.db, plan_id).data["plan"], \
            plan_files.plan_document(session.db, plan_id).data["person"]
    return state


def round_trip(session, command, plan_id=None):
    before = snapshot(session, plan_id)
    assert session.execute(command) is None
    after = snapshot(session, plan_id)
    assert after != before
    session.undo_stack.undo()
    assert snapshot(session, plan_id) == before
    session.undo_stack.redo()
    assert snapshot(session, plan_id) == after
    return command


@pytest.fixture
def example(session):
    return plan_files.add_example_plan(session.db)


def test_add_person(session):
    round_trip(session, AddPersonCommand(session, "Nia"))


def test_remove_person(session, example):
    person_id = plans.get_plan(session.db, example).person_id
    round_trip(session, RemovePersonCommand(session, person_id, "Leri"))


@pytest.mark.parametrize(
    "field,new",
    [("name", "Eleri H"), ("preferred_name", "El"), ("pronouns", "they/them"),
     ("date_of_birth", "1980-01-01"), ("details_visibility", "panel"),
     ("needs_easy_read", True), ("preferred_language", "cy"),
     ("other_communication_needs", "Short sentences, please 🙂")],
)
def test_edit_person(session, example, field, new):
    details = people.get_person(session.db, plans.get_plan(session.db, example).person_id)
    old = getattr(details, field)
    old = old.isoformat() if hasattr(old, "isoformat") else old
    round_trip(session, EditPersonCommand(session, details.person_id, field, old, new, example), example)


@pytest.mark.parametrize("field,new", [("title", "A new title ŵ"), ("started_on", "2026-10-01")])
def test_edit_plan(session, example, field, new):
    old = getattr(plans.get_plan(session.db, example), field)
    old = old.isoformat() if hasattr(old, "isoformat") else old
    round_trip(session, EditPlanCommand(session, example, field, old, new), example)


def test_add_helper(session, example):
    round_trip(session, AddHelperCommand(session, example, "Owain", "advocate", "team"), example)


def test_remove_helper_comes_back_in_place_with_the_same_id(session, example):
    helper = plans.get_plan(session.db, example).helpers[1]
    round_trip(session, RemoveHelperCommand(session, example, helper.helper_id), example)
    session.undo_stack.undo()
    assert plans.get_plan(session.db, example).helpers[1] == helper


def test_edit_helper(session, example):
    helper = plans.get_plan(session.db, example).helpers[0]
    round_trip(
        session, EditHelperCommand(session, example, helper.helper_id, "visibility", helper.visibility, "private"),
        example,
    )


def test_a_chain_of_commands_survives_undo_all_and_redo_all(session, example):
    helper_cmd = AddHelperCommand(session, example, "Owain", "advocate", "team")
    session.execute(helper_cmd)
    session.execute(EditHelperCommand(session, example, helper_cmd.record.helper_id, "name", "Owain", "Owain G"))
    session.execute(RemoveHelperCommand(session, example, helper_cmd.record.helper_id))
    final = snapshot(session, example)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert snapshot(session, example) == final


def test_a_failing_command_is_not_kept(session, example):
    person_id = plans.get_plan(session.db, example).person_id
    born = people.get_person(session.db, person_id).date_of_birth  # what the window shows (None would be stale)
    error = session.execute(EditPersonCommand(session, person_id, "date_of_birth", born, "3000-01-01"))
    assert error and "future" in error
    assert session.undo_stack.count() == 0
