"""Has this person had their hours? The four answers the provider paper gives, and the bank."""

import datetime as dt
from decimal import Decimal as D

import pytest

from planner.domain import hours_review as hr
from planner.domain.hours_review import Because, Missed, PeriodHours
from planner.errors import InvalidInput
from planner.services import budget, hours_reviews, items, people, plan_files
from planner.services.support_lines import LINE


def test_yes_with_some_background_work():
    a = hr.answer(PeriodHours(planned=D(40), proactive=D(34), background=D(6)))
    assert a.had_their_hours and a.because == (Because.BACKGROUND,)
    assert a.sentences[0] == "Yes: you had your 40 hours."
    assert "6 hours of them were background work" in a.text


def test_yes_though_the_person_chose_not_to_use_some():
    a = hr.answer(PeriodHours(planned=D(40), proactive=D(35),
                              missed=(Missed(D(3), "chose_not_to"), Missed(D(2), "not_well"))))
    assert a.had_their_hours and a.because == (Because.CHOSE_NOT_TO_USE,)
    assert "You chose not to use 5 hours of them" in a.text


def test_yes_with_some_given_by_two_workers():
    a = hr.answer(PeriodHours(planned=D(40), proactive=D(36), crisis=D(4), two_workers=D(4)))
    assert a.had_their_hours and a.because == (Because.TWO_WORKERS,)
    assert "two workers together" in a.text


def test_no_because_less_support_is_needed_now():
    a = hr.answer(PeriodHours(planned=D(40), proactive=D(25), less_support_needed=True))
    assert not a.had_their_hours and a.because == (Because.LESS_NEEDED,)
    assert a.short_by == D(15)
    assert a.sentences[0] == "No: 15 hours of your 40 hours were not used."
    assert "should be looked at again (reviewed)" in a.text


def test_no_when_a_worker_did_not_come_and_nobody_said_why_for_the_rest():
    a = hr.answer(PeriodHours(planned=D(40), proactive=D(30),
                              missed=(Missed(D(4), "worker_could_not_come"),)))
    assert not a.had_their_hours
    assert a.because == (Because.WORKER_MISSED, Because.NOT_EXPLAINED)


def test_all_the_ways_at_once_and_banked_hours():
    a = hr.answer(PeriodHours(planned=D(100), proactive=D(70), flex=D(5), background=D(5),
                              two_workers=D(2), banked=D(10), missed=(Missed(D(10), "away"),)))
    assert a.had_their_hours
    assert a.because == (Because.BACKGROUND, Because.CHOSE_NOT_TO_USE, Because.TWO_WORKERS)
    assert "10 hours were saved in the bank" in a.text


def test_hours_taken_from_the_bank_are_extra():
    # 20 planned; 24 used of which 4 came from the bank: the period's own hours were all used
    a = hr.answer(PeriodHours(planned=D(20), proactive=D(24), from_bank=D(4)))
    assert a.had_their_hours and a.accounted == D(20)


def test_nothing_planned():
    assert hr.answer(PeriodHours(planned=D(0))).text == "Yes: no hours were planned for this time."


def test_checks():
    with pytest.raises(InvalidInput) as raised:
        hr.check_period(PeriodHours(planned=D(1), proactive=D(2), two_workers=D(3)), D(0))
    assert raised.value.field == "two_worker_hours"
    with pytest.raises(InvalidInput) as raised:
        hr.check_period(PeriodHours(planned=D(1), proactive=D(5), from_bank=D(3)), D(2))
    assert raised.value.field == "from_bank_hours" and "Only 2 hours" in raised.value.message


def test_planned_hours_from_lines():
    # 13 weeks of 2 h (no phase) = 26; a 10 h line for the first 6 of those weeks = 60
    first, last = dt.date(2026, 9, 1), dt.date(2026, 11, 30)  # 91 days
    lines = [(D(2), None, None), (D(10), first, dt.date(2026, 10, 12)),
             (D(5), dt.date(2027, 1, 1), dt.date(2027, 2, 1))]
    assert hr.planned_hours(lines, first, last) == D(86)
    assert hr.planned_hours([(D(1), None, None)], first, first) == D("0.14")  # 1/7 of an hour


def test_bank_balances():
    periods = [PeriodHours(planned=D(0), banked=D(12)), PeriodHours(planned=D(0), from_bank=D(8))]
    assert hr.bank_balances(periods) == [(D(0), D(12)), (D(12), D(4))]


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Cai").plan_id


def review(**changes):
    return {"label": "Autumn", "starts_on": "2026-09-01", "ends_on": "2026-11-30",
            "proactive_hours": "20", **changes}


def test_reviews_through_the_service(db, plan_id):
    items.add(db, LINE, plan_id, {"who": "Help", "hours": "2", "rate_pence": "15"})
    first = items.add(db, hours_reviews.REVIEW, plan_id, review(banked_hours="6"))
    items.add(db, hours_reviews.MISSED, first.item_id,
              {"on_date": "2026-10-01", "hours": "2", "reason": "not_well"})
    second = items.add(db, hours_reviews.REVIEW, plan_id, review(
        label="Winter", starts_on="2026-12-01", ends_on="2027-02-28", from_bank_hours="5",
        proactive_hours="10"))
    summaries = hours_reviews.reviews(db, plan_id)
    assert [s.planned for s in summaries] == [D(26), D("25.71")]  # 2 h x 91/7; 2 h x 90/7
    assert [(s.bank_before, s.bank_after) for s in summaries] == [(D(0), D(6)), (D(6), D(1))]
    assert summaries[0].answer.had_their_hours  # 20 + 2 missed (not well) + 6 banked = 28
    assert not summaries[1].answer.had_their_hours
    # taking the first review away would leave the second drawing hours never banked
    with pytest.raises(InvalidInput) as raised:
        items.remove(db, hours_reviews.REVIEW, first.item_id)
    assert "2026-12-01" in raised.value.message
    with pytest.raises(InvalidInput) as raised:
        items.add(db, hours_reviews.REVIEW, plan_id, review(starts_on="2026-11-01", ends_on="2026-12-05"))
    assert "overlaps" in raised.value.message
    with pytest.raises(InvalidInput) as raised:
        items.add(db, hours_reviews.MISSED, first.item_id, {"on_date": "2027-05-01", "hours": "1"})
    assert raised.value.field == "on_date"
    with pytest.raises(InvalidInput) as raised:
        items.update(db, hours_reviews.REVIEW, second.item_id, {"two_worker_hours": "11"})
    assert raised.value.field == "two_worker_hours"


def test_removing_a_review_takes_its_missed_visits_and_restore_brings_them_back(db, plan_id):
    first = items.add(db, hours_reviews.REVIEW, plan_id, review())
    visit = items.add(db, hours_reviews.MISSED, first.item_id, {"hours": "1.5", "reason": "away"})
    removed = items.remove(db, hours_reviews.REVIEW, first.item_id)
    assert hours_reviews.reviews(db, plan_id) == []
    items.restore(db, hours_reviews.REVIEW, removed)
    summary = hours_reviews.reviews(db, plan_id)[0]
    assert summary.review == first and summary.missed == (visit,)


def test_the_example_plan_answers(db):
    plan_id = plan_files.add_example_plan(db)
    first, second = hours_reviews.reviews(db, plan_id)
    assert first.planned == D(186) and first.answer.had_their_hours
    assert first.answer.because == (Because.BACKGROUND, Because.CHOSE_NOT_TO_USE, Because.TWO_WORKERS)
    assert not second.answer.had_their_hours and Because.LESS_NEEDED in second.answer.because
    assert second.bank_after == D(4)
    assert budget.budget_settings(db, plan_id).held_as == "individual_service_fund"
