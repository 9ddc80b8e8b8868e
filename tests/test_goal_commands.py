"""Every command for needs, goals, steps, check-ins, reviews and meetings round-trips:
do, undo, redo, and the whole plan agrees each time."""

import datetime as dt

import pytest

from planner.services import checkins, goals, meetings, needs, plan_files, reviews
from ui.commands import goals as goal_commands
from ui.commands import how_its_going as going


def snapshot(session, plan_id):
    return plan_files.plan_document(session.db, plan_id).data["plan"]


def round_trip(session, command, plan_id):
    before = snapshot(session, plan_id)
    assert session.execute(command) is None
    after = snapshot(session, plan_id)
    assert after != before
    for _ in range(2):
        session.undo_stack.undo()
        assert snapshot(session, plan_id) == before
        session.undo_stack.redo()
        assert snapshot(session, plan_id) == after
    return command


@pytest.fixture
def plan_id(session):
    return plan_files.add_example_plan(session.db)


@pytest.fixture
def allotment(session, plan_id):
    return goals.list_goals(session.db, plan_id)[0]


# What I need ---------------------------------------------------------------------------------


def test_add_need(session, plan_id):
    round_trip(session, goal_commands.AddNeedCommand(session, plan_id, "safety", "Feel safe at night ŵ", "joint",
                                                     "team"), plan_id)


@pytest.mark.parametrize("field,new", [("words", "New words 🙂"), ("domain", "money"),
                                       ("funding_stream", "joint"), ("visibility", "private")])
def test_edit_need(session, plan_id, field, new):
    need = needs.list_needs(session.db, plan_id)[0]
    round_trip(session, goal_commands.EditNeedCommand(session, plan_id, need.need_id, field,
                                                      getattr(need, field), new), plan_id)


def test_remove_need_keeps_the_goals_that_answered_it(session, plan_id):
    need = needs.list_needs(session.db, plan_id)[0]
    round_trip(session, goal_commands.RemoveNeedCommand(session, plan_id, need.need_id), plan_id)


# Goals ---------------------------------------------------------------------------------------


def test_add_goal(session, plan_id):
    round_trip(session, goal_commands.AddGoalCommand(session, plan_id, "Make friends"), plan_id)


def test_add_goal_from_an_idea_with_its_steps(session, plan_id):
    command = round_trip(session, goal_commands.AddGoalCommand(
        session, plan_id, "Cook for myself", ["Choose a meal", "Shop for it"], why_it_matters="Eat well",
        areas=["home"]), plan_id)
    assert [s.what for s in goals.get_goal(session.db, command.record.goal_id).steps] == ["Choose a meal",
                                                                                           "Shop for it"]


@pytest.mark.parametrize("field,new", [
    ("title", "Back to the allotment, ŵ ŷ"), ("why_it_matters", "Because"), ("outcome", "Beans"),
    ("what_helps", "Tea"), ("status", "paused"), ("working_on_now", False), ("visibility", "team"),
    ("areas", ("home",)), ("need_ids", ()), ("barriers", (("Rain", "Coat"),)),
])
def test_edit_goal(session, plan_id, allotment, field, new):
    round_trip(session, goal_commands.EditGoalCommand(session, plan_id, allotment.goal_id, field,
                                                      getattr(allotment, field), new), plan_id)


def test_remove_goal_brings_back_steps_and_check_ins(session, plan_id, allotment):
    round_trip(session, goal_commands.RemoveGoalCommand(session, plan_id, allotment.goal_id), plan_id)


# Steps ---------------------------------------------------------------------------------------


def test_add_step(session, plan_id, allotment):
    round_trip(session, goal_commands.AddStepCommand(session, plan_id, allotment.goal_id, "Buy a flask",
                                                     cost_pence="£7.99"), plan_id)


def test_add_a_surprising_step_once_confirmed(session, plan_id, allotment):
    refused = goal_commands.AddStepCommand(session, plan_id, allotment.goal_id, "A greenhouse",
                                           cost_pence="£1,000,000")
    assert "Is this right?" in session.execute(refused)
    assert session.undo_stack.count() == 0
    round_trip(session, goal_commands.AddStepCommand(session, plan_id, allotment.goal_id, "A greenhouse",
                                                     confirm_cost=True, cost_pence="£1,000,000"), plan_id)


@pytest.mark.parametrize("field,new", [
    ("what", "Ring Gareth"), ("who_helps", "Anwen ŵ"), ("due_on", "2027-01-01"), ("cost_pence", "£2.50"),
    ("visibility", "private"),
])
def test_edit_step(session, plan_id, allotment, field, new):
    step = allotment.steps[2]
    old = getattr(step, field)
    round_trip(session, goal_commands.EditStepCommand(session, plan_id, step.step_id, field, old, new), plan_id)


def test_edit_step_to_a_surprising_cost_and_back(session, plan_id, allotment):
    step = allotment.steps[2]
    round_trip(session, goal_commands.EditStepCommand(session, plan_id, step.step_id, "cost_pence",
                                                      step.cost_pence, "£2,500", confirm_cost=True), plan_id)


@pytest.mark.parametrize("status", ["done", "doing", "todo", "skipped"])
def test_status_change(session, plan_id, allotment, status):
    step = next(s for s in allotment.steps if s.status != status)
    command = round_trip(session, goal_commands.SetStepStatusCommand(session, plan_id, step, status), plan_id)
    if status == "done":
        assert command.new[1] == dt.date.today()


def test_reorder(session, plan_id, allotment):
    step = allotment.steps[0]
    round_trip(session, goal_commands.MoveStepCommand(session, plan_id, step.step_id, 0, 4), plan_id)


def test_split(session, plan_id, allotment):
    step = allotment.steps[3]
    command = round_trip(session, goal_commands.SplitStepCommand(
        session, plan_id, step.step_id, ["Clear the brambles", "Dig over the bed", "Cover it for winter"]), plan_id)
    assert len(command.result.new_steps) == 2


def test_remove_step_brings_back_its_check_ins(session, plan_id, allotment):
    step = allotment.steps[3]  # "Clear one bed" has check-ins
    round_trip(session, goal_commands.RemoveStepCommand(session, plan_id, step.step_id), plan_id)


# How it's going ------------------------------------------------------------------------------


def test_add_edit_remove_checkin(session, plan_id, allotment):
    fields = {"happened_on": "2026-11-20", "happened": "partly", "reasons": ["not_up_to_it"],
              "note": "Half an hour", "step_id": allotment.steps[3].step_id, "visibility": "team"}
    round_trip(session, going.AddCheckinCommand(session, plan_id, allotment.goal_id, fields), plan_id)
    note = checkins.list_checkins(session.db, allotment.goal_id)[0]
    old = checkins.checkin_fields(note)
    round_trip(session, going.EditCheckinCommand(session, plan_id, note.checkin_id, old,
                                                 dict(old, happened="no", reasons=("weather",))), plan_id)
    round_trip(session, going.RemoveCheckinCommand(session, plan_id, note.checkin_id), plan_id)


def test_add_edit_remove_review(session, plan_id):
    fields = {"held_on": "2026-11-21", "kind": "plan", "ratings": {"home": 5}, "decisions": "Carry on",
              "next_review_on": "2027-05-21", "visibility": "panel"}
    round_trip(session, going.AddReviewCommand(session, plan_id, fields), plan_id)
    review = reviews.list_reviews(session.db, plan_id)[-1]
    old = reviews.review_fields(review)
    round_trip(session, going.EditReviewCommand(session, plan_id, review.review_id, old,
                                                dict(old, ratings={"home": 4, "relationships": 2})), plan_id)
    round_trip(session, going.RemoveReviewCommand(session, plan_id, review.review_id), plan_id)


def test_add_edit_remove_meeting(session, plan_id):
    fields = {"held_on": "2026-12-08", "place": "The surgery", "invited": ["Leri", "Tomos"], "came": ["Leri"],
              "apologies": ["Tomos"], "actions": [{"who": "Leri", "what": "Bring seeds", "by_when": None}]}
    round_trip(session, going.AddMeetingCommand(session, plan_id, fields), plan_id)
    meeting = meetings.list_meetings(session.db, plan_id)[0]
    old = meetings.meeting_fields(meeting)
    done = [dict(who=a.who, what=a.what, by_when=a.by_when, done=True) for a in meeting.actions]
    round_trip(session, going.EditMeetingCommand(session, plan_id, meeting.meeting_id, old,
                                                 dict(old, actions=done)), plan_id)
    round_trip(session, going.RemoveMeetingCommand(session, plan_id, meeting.meeting_id), plan_id)


def test_a_long_chain_undoes_and_redoes_whole(session, plan_id, allotment):
    start = snapshot(session, plan_id)
    add = goal_commands.AddGoalCommand(session, plan_id, "Make friends", ["Find a group"])
    session.execute(add)
    goal_id = add.record.goal_id
    step = goals.get_goal(session.db, goal_id).steps[0]
    session.execute(goal_commands.AddStepCommand(session, plan_id, goal_id, "Go once"))
    session.execute(goal_commands.SplitStepCommand(session, plan_id, step.step_id, ["Look online", "Ask Anwen"]))
    session.execute(goal_commands.SetStepStatusCommand(session, plan_id, step, "done"))
    session.execute(goal_commands.MoveStepCommand(session, plan_id, step.step_id, 0, 2))
    session.execute(going.AddCheckinCommand(session, plan_id, goal_id,
                                            {"happened_on": "2026-11-20", "happened": "yes", "step_id": step.step_id}))
    session.execute(goal_commands.RemoveStepCommand(session, plan_id, step.step_id))
    session.execute(goal_commands.RemoveGoalCommand(session, plan_id, goal_id))
    final = snapshot(session, plan_id)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert snapshot(session, plan_id) == start
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert snapshot(session, plan_id) == final
