"""Needs, goals, steps, check-ins, reviews and meetings: the rules, and bad input refused clearly."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import goal_dates
from planner.domain.step_cost import (
    MAX_PENCE,
    CostNeedsConfirming,
    format_pence,
    parse_pence,
    total_pence,
)
from planner.errors import InvalidInput
from planner.services import checkins, goals, meetings, needs, people, plan_files, reviews, steps

TODAY = dt.date.today()


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Siân Ŵyn").plan_id


@pytest.fixture
def goal(db, plan_id):
    return goals.add_goal(db, plan_id, "Cook for myself", steps=["Pick a meal", "Shop for it", "Cook it"])


def whole_plan(db, plan_id):
    return plan_files.plan_document(db, plan_id).data["plan"]


# Goals --------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\n\t", None, "\x00\x01"])
def test_an_empty_goal_title_is_refused_and_nothing_is_added(db, plan_id, title):
    with pytest.raises(InvalidInput) as raised:
        goals.add_goal(db, plan_id, title)
    assert raised.value.field == "title" and "few words" in raised.value.message
    assert goals.list_goals(db, plan_id) == []


def test_a_goal_title_can_not_be_emptied_later(db, goal):
    with pytest.raises(InvalidInput):
        goals.update_goal(db, goal.goal_id, title="  ")
    assert goals.get_goal(db, goal.goal_id).title == "Cook for myself"


def test_goal_text_is_kept_exactly_and_long_text_whole(db, plan_id):
    why = "Achos dw i'n hoffi bwyd da 🍲 ŵ ŷ\nAil linell. " + "x" * 50_000
    made = goals.add_goal(db, plan_id, "  Coginio   i mi fy hun  ", why_it_matters=why)
    assert made.title == "Coginio i mi fy hun"
    assert goals.get_goal(db, made.goal_id).why_it_matters == why.strip()
    with pytest.raises(InvalidInput):
        goals.add_goal(db, plan_id, "t" * 301)


def test_changing_your_mind_keeps_the_goal_and_its_steps(db, goal):
    changed = goals.update_goal(db, goal.goal_id, status="changed_mind")
    assert changed.status == "changed_mind" and len(changed.steps) == 3


def test_more_than_one_goal_now_is_allowed_and_said_gently(db, plan_id):
    from planner.domain.goals import working_on_now_note

    for title in ("One", "Two"):
        goals.add_goal(db, plan_id, title, working_on_now=True)
    listed = goals.list_goals(db, plan_id)
    assert goals.working_on_now_count(listed) == 2
    note = working_on_now_note(2)
    assert "fine" in note and "one goal at a time" in note
    assert working_on_now_note(1) == ""


def test_goals_link_needs_and_areas_of_life(db, plan_id):
    need = needs.add_need(db, plan_id, "money", "Help with letters about money")
    made = goals.add_goal(db, plan_id, "Manage my money", need_ids=[need.need_id],
                          areas=["home", "background", "home"])
    assert made.need_ids == (need.need_id,) and made.areas == ("background", "home")
    with pytest.raises(InvalidInput):
        goals.update_goal(db, made.goal_id, areas=["the moon"])
    with pytest.raises(InvalidInput):
        goals.update_goal(db, made.goal_id, need_ids=[9999])
    other = people.add_person(db, "Someone else").plan_id
    foreign = needs.add_need(db, other, "money", "Theirs")
    with pytest.raises(InvalidInput):
        goals.update_goal(db, made.goal_id, need_ids=[foreign.need_id])


def test_barriers_and_ideas_to_get_round_them(db, goal):
    updated = goals.update_goal(db, goal.goal_id, barriers=[("It's busy", "Go early"), ("", ""), ("Cost", "")])
    assert [(b.barrier, b.ideas) for b in updated.barriers] == [("It's busy", "Go early"), ("Cost", "")]


def test_a_removed_goal_comes_back_exactly(db, plan_id, goal):
    need = needs.add_need(db, plan_id, "eating_drinking", "Eat well")
    goals.update_goal(db, goal.goal_id, need_ids=[need.need_id], barriers=[("a", "b")])
    checkins.add_checkin(db, goal.goal_id, TODAY, "no", reasons=["money"], step_id=goal.steps[1].step_id)
    before = whole_plan(db, plan_id)
    removed = goals.remove_goal(db, goal.goal_id)
    assert whole_plan(db, plan_id)["goals"] == []
    goals.restore_goal(db, removed)
    assert whole_plan(db, plan_id) == before



def test_the_plans_goals_read_as_rows_are_the_goals_read_one_by_one(db, plan_id):
    """list_goals reads plain rows (quick for a huge plan): the very records get_goal gives, in
    order, with steps, barriers and needs; a goal with none of them; another plan's left out."""
    assert goals.list_goals(db, plan_id) == []
    first = needs.add_need(db, plan_id, "money", "Letters")
    second = needs.add_need(db, plan_id, "eating_drinking", "Eat well")
    full = goals.add_goal(db, plan_id, "Cook ŵ", steps=["Pick", "Shop", "Cook"], areas=["home"],
                          need_ids=[second.need_id, first.need_id], working_on_now=True)
    goals.update_goal(db, full.goal_id, barriers=[("Busy", "Go early"), ("Cost", "")])
    steps.move_step(db, full.steps[2].step_id, 0)
    steps.update_step(db, full.steps[0].step_id, status="done", cost_pence=1250)
    bare = goals.add_goal(db, plan_id, "Walk", position=0)
    other = people.add_person(db, "Someone else").plan_id
    goals.add_goal(db, other, "Theirs", steps=["Not mine"])
    listed = goals.list_goals(db, plan_id)
    assert [goal.goal_id for goal in listed] == [bare.goal_id, full.goal_id]
    assert listed == [goals.get_goal(db, bare.goal_id), goals.get_goal(db, full.goal_id)]
    assert [step.what for step in listed[1].steps] == ["Cook", "Pick", "Shop"]
    assert listed[1].need_ids == tuple(sorted((first.need_id, second.need_id)))
    assert listed[0].steps == () and listed[0].barriers == () and listed[0].need_ids == ()



def test_the_plans_needs_read_as_rows_are_the_needs_read_one_by_one(db, plan_id):
    assert needs.list_needs(db, plan_id) == []
    first = needs.add_need(db, plan_id, "money", "Letters ŵ\nand more")
    second = needs.add_need(db, plan_id, "eating_drinking", "Eat well", position=0)
    needs.add_need(db, people.add_person(db, "Someone else").plan_id, "money", "Theirs")
    assert needs.list_needs(db, plan_id) == [needs.get_need(db, second.need_id), needs.get_need(db, first.need_id)]


# Steps --------------------------------------------------------------------------------------


def test_a_step_due_before_the_goal_was_made_is_refused(db, goal):
    with pytest.raises(InvalidInput) as raised:
        steps.add_step(db, goal.goal_id, "Too early", due_on=goal.made_on - dt.timedelta(days=1))
    assert raised.value.field == "due_on" and "before you made this goal" in raised.value.message
    assert len(goals.get_goal(db, goal.goal_id).steps) == 3
    with pytest.raises(InvalidInput):
        steps.update_step(db, goal.steps[0].step_id, due_on="2000-01-01")
    assert steps.add_step(db, goal.goal_id, "On the day", due_on=goal.made_on).due_on == goal.made_on


@pytest.mark.parametrize("what", ["", "  ", None])
def test_a_step_needs_words(db, goal, what):
    with pytest.raises(InvalidInput):
        steps.add_step(db, goal.goal_id, what)


def test_ticking_a_step_off_dates_it_and_unticking_clears_it(db, goal):
    step = goal.steps[0]
    done = steps.set_step_status(db, step.step_id, "done")
    assert done.status == "done" and done.done_on == TODAY
    earlier = steps.set_step_status(db, step.step_id, "done", "2026-01-02")
    assert earlier.done_on == dt.date(2026, 1, 2)
    assert steps.set_step_status(db, step.step_id, "skipped").done_on is None
    with pytest.raises(InvalidInput):
        steps.set_step_status(db, step.step_id, "done", TODAY + dt.timedelta(days=3))
    with pytest.raises(InvalidInput):
        steps.set_step_status(db, step.step_id, "finished-ish")


def test_a_new_step_is_seen_by_whoever_sees_its_goal(db, plan_id):
    made = goals.add_goal(db, plan_id, "Shared", visibility="panel", steps=["One"])
    assert made.steps[0].visibility == "panel"
    assert steps.add_step(db, made.goal_id, "Two").visibility == "panel"
    assert steps.add_step(db, made.goal_id, "Three", visibility="private").visibility == "private"


def test_reorder_and_split_and_their_undo(db, goal):
    first, second, third = (s.step_id for s in goal.steps)
    steps.move_step(db, third, 0)
    assert [s.step_id for s in goals.get_goal(db, goal.goal_id).steps] == [third, first, second]
    steps.move_step(db, third, 99)
    before = goals.get_goal(db, goal.goal_id)
    result = steps.split_step(db, second, ["Choose a shop", "Write a list", "", "Go"])
    after = [s.what for s in goals.get_goal(db, goal.goal_id).steps]
    assert after == ["Pick a meal", "Choose a shop", "Write a list", "Go", "Cook it"]
    steps.unsplit_step(db, result)
    assert goals.get_goal(db, goal.goal_id) == before
    again = steps.split_step(db, second, ["Choose a shop", "Write a list", "Go"],
                             new_ids=[s.step_id for s in result.new_steps])
    assert again.new_steps == result.new_steps
    with pytest.raises(InvalidInput):
        steps.split_step(db, second, ["Only one piece"])


def test_500_steps_under_one_goal(db, plan_id):
    made = goals.add_goal(db, plan_id, "A big one", steps=[f"Step {i}" for i in range(500)])
    assert len(made.steps) == 500
    last = made.steps[-1].step_id
    steps.move_step(db, last, 0)
    moved = goals.get_goal(db, made.goal_id)
    assert moved.steps[0].step_id == last and [s.position for s in moved.steps] == list(range(500))
    steps.add_step(db, made.goal_id, "One more")
    assert len(goals.get_goal(db, made.goal_id).steps) == 501


def test_a_goal_can_not_grow_past_the_most_steps(db, plan_id):
    from planner.domain.goals import MAX_STEPS

    made = goals.add_goal(db, plan_id, "Huge", steps=[f"S{i}" for i in range(MAX_STEPS)])
    with pytest.raises(InvalidInput) as raised:
        steps.add_step(db, made.goal_id, "Too many")
    assert "two goals" in raised.value.message
    with pytest.raises(InvalidInput):
        steps.split_step(db, made.steps[0].step_id, ["a", "b"])


def test_a_removed_step_comes_back_with_its_check_ins(db, goal):
    step = goal.steps[1]
    note = checkins.add_checkin(db, goal.goal_id, TODAY, "partly", step_id=step.step_id)
    removed = steps.remove_step(db, step.step_id)
    assert checkins.list_checkins(db, goal.goal_id)[0].step_id is None
    assert removed.checkin_ids == (note.checkin_id,)
    steps.restore_step(db, removed)
    assert goals.get_goal(db, goal.goal_id) == goal
    assert checkins.list_checkins(db, goal.goal_id)[0].step_id == step.step_id


# Costs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed,pence", [
    ("", 0), ("0", 0), ("£0", 0), ("12", 1200), ("12.5", 1250), ("£12.50", 1250), (" £ 3.05 ", 305),
    ("1,000", 100000), ("£1,000,000", 100000000), ("50p", 50), (7, 7), (None, 0),
])
def test_costs_are_read_as_exact_pence(typed, pence):
    assert parse_pence(typed) == pence


@pytest.mark.parametrize("typed", [
    "-5", "£-5", "-£5", -1, "12.345", "abc", "1e5", "NaN", "Infinity", "£1,00", "1.2.3", "£10,000,000.01",
    "9" * 40, 12.5, True, "£ 5 0", "١٢",
])
def test_negative_absurd_and_odd_costs_are_refused(typed):
    with pytest.raises(InvalidInput):
        parse_pence(typed)


def test_a_surprising_cost_asks_is_this_right(db, goal):
    with pytest.raises(CostNeedsConfirming) as raised:
        steps.add_step(db, goal.goal_id, "A greenhouse", cost_pence="£1,000,000")
    assert "Is this right?" in raised.value.message and "£1,000,000" in raised.value.message
    assert len(goals.get_goal(db, goal.goal_id).steps) == 3
    kept = steps.add_step(db, goal.goal_id, "A greenhouse", cost_pence="£1,000,000", confirm_cost=True)
    assert kept.cost_pence == 100_000_000
    assert steps.update_step(db, kept.step_id, cost_pence="£999.99").cost_pence == 99999


@given(st.integers(min_value=0, max_value=MAX_PENCE))
def test_format_and_parse_agree_for_every_amount(pence):
    assert parse_pence(format_pence(pence)) == pence


def test_totals_are_exact():
    assert total_pence([1, 2, 10, 0]) == 13
    assert format_pence(total_pence([1999, 1])) == "£20"


# Dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("start,months,expected", [
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
    (dt.date(2026, 11, 17), 3, dt.date(2027, 2, 17)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 12, 15), 24, dt.date(2028, 12, 15)),
])
def test_months_are_calendar_months(start, months, expected):
    assert goal_dates.add_months(start, months) == expected


def test_next_review_follows_the_settings():
    held = dt.date(2026, 11, 17)
    assert goal_dates.next_review_on(held, "goals") == dt.date(2027, 2, 17)
    assert goal_dates.next_review_on(held, "plan") == dt.date(2027, 5, 17)
    assert goal_dates.next_review_on(held, "goals", goal_months=2) == dt.date(2027, 1, 17)
    assert goal_dates.next_review_on(held, "goals", goal_months=999) == dt.date(2028, 11, 17)


# Check-ins -----------------------------------------------------------------------------------


def test_a_check_in_records_why_not(db, goal):
    made = checkins.add_checkin(db, goal.goal_id, "2026-10-01", "no", step_id=goal.steps[0].step_id,
                                reasons=["no_one_to_go_with", "place_closed"], other_reason="Rain", note="Next week")
    assert made.reasons == ("place_closed", "no_one_to_go_with")
    with pytest.raises(InvalidInput):
        checkins.add_checkin(db, goal.goal_id, TODAY + dt.timedelta(days=1), "yes")
    with pytest.raises(InvalidInput):
        checkins.add_checkin(db, goal.goal_id, TODAY, "maybe")
    with pytest.raises(InvalidInput):
        checkins.add_checkin(db, goal.goal_id, TODAY, "no", reasons=["aliens"])
    with pytest.raises(InvalidInput):
        checkins.add_checkin(db, goal.goal_id, "", "no")


def test_a_check_in_can_only_name_a_step_of_its_goal(db, plan_id, goal):
    other = goals.add_goal(db, plan_id, "Other", steps=["Elsewhere"])
    with pytest.raises(InvalidInput):
        checkins.add_checkin(db, goal.goal_id, TODAY, "yes", step_id=other.steps[0].step_id)


def test_check_ins_are_listed_newest_first(db, goal):
    for day in ("2026-10-01", "2026-10-20", "2026-10-05"):
        checkins.add_checkin(db, goal.goal_id, day, "yes")
    days = [c.happened_on.isoformat() for c in checkins.list_checkins(db, goal.goal_id)]
    assert days == ["2026-10-20", "2026-10-05", "2026-10-01"]


# Reviews -------------------------------------------------------------------------------------


def test_a_review_dated_in_the_future_is_refused(db, plan_id):
    with pytest.raises(InvalidInput) as raised:
        reviews.add_review(db, plan_id, TODAY + dt.timedelta(days=1))
    assert raised.value.field == "held_on" and "still to come" in raised.value.message
    assert reviews.list_reviews(db, plan_id) == []


def test_ratings_are_optional_words_and_never_summed(db, plan_id):
    made = reviews.add_review(db, plan_id, TODAY, ratings={"home": 4, "relationships": None})
    assert made.ratings == (("home", 4),) and made.rating("relationships") is None
    for bad in ({"home": 6}, {"home": 0}, {"home": "4"}, {"garden": 3}, {"home": True}, "home=4"):
        with pytest.raises(InvalidInput):
            reviews.update_review(db, made.review_id, ratings=bad)
    with pytest.raises(InvalidInput):
        reviews.update_review(db, made.review_id, next_review_on=TODAY)
    assert not hasattr(made, "total") and not hasattr(made, "score")


def test_a_removed_review_comes_back(db, plan_id):
    made = reviews.add_review(db, plan_id, "2026-09-01", kind="plan", ratings={"home": 2},
                              decisions="Keep going", next_review_on="2027-03-01", visibility="team")
    removed = reviews.remove_review(db, made.review_id)
    assert reviews.restore_review(db, removed) == made


# Meetings ------------------------------------------------------------------------------------


def test_a_planning_meeting_keeps_who_came_and_who_agreed_to_what(db, plan_id):
    made = meetings.add_meeting(
        db, plan_id, "2026-10-06", place="The surgery", invited="Alan\nMum\nGP\n\nAlan",
        came=["Alan", "Mum"], apologies=["Psychiatrist"],
        actions=[{"who": "Mum", "what": "Help move furniture", "by_when": "2026-11-01"},
                 {"who": "", "what": "", "by_when": None}],
        next_meeting_on="2026-11-03",
    )
    assert made.invited == ("Alan", "Mum", "GP") and made.apologies == ("Psychiatrist",)
    assert len(made.actions) == 1 and made.actions[0].done is False
    with pytest.raises(InvalidInput):
        meetings.update_meeting(db, made.meeting_id, actions=[{"who": "GP", "what": ""}])
    with pytest.raises(InvalidInput):
        meetings.update_meeting(db, made.meeting_id, next_meeting_on="2026-10-01")
    removed = meetings.remove_meeting(db, made.meeting_id)
    assert meetings.restore_meeting(db, removed) == made


# Needs ---------------------------------------------------------------------------------------


def test_needs_are_in_my_words_under_a_domain(db, plan_id):
    with pytest.raises(InvalidInput):
        needs.add_need(db, plan_id, "money", "   ")
    with pytest.raises(InvalidInput):
        needs.add_need(db, plan_id, "astrology", "Stars")
    with pytest.raises(InvalidInput):
        needs.add_need(db, plan_id, "money", "Bills", funding_stream="lottery")
    made = needs.add_need(db, plan_id, "money", "Bills", funding_stream="housing_support", visibility="panel")
    assert needs.update_need(db, made.need_id, funding_stream="joint").funding_stream == "joint"


def test_labels_exist_for_every_choice():
    from planner.domain import goals as words

    for kind, label in ((words.NeedDomain, words.domain_label), (words.NeedDomain, words.domain_name),
                        (words.FundingStream, words.funding_label), (words.GoalStatus, words.goal_status_label),
                        (words.StepStatus, words.step_status_label), (words.Happened, words.happened_label),
                        (words.WhyNot, words.why_not_label), (words.LifeArea, words.area_label),
                        (words.ReviewKind, words.review_kind_label), (words.MeetingList, words.meeting_list_label)):
        assert all(label(item).strip() for item in kind)
    assert [words.rating_label(r) for r in words.RATINGS][0] == "Really bad"
