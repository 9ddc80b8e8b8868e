"""Review dates: calendar months across month ends and leap years, from the plan's own dates."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.review_schedule import (
    Intervals,
    Urgency,
    add_months,
    clamp_months,
    due_words,
    schedule,
    urgency,
)

D = dt.date


def test_month_ends_and_leap_years():
    assert add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert add_months(D(2027, 8, 31), 6) == D(2028, 2, 29)  # a leap year
    assert add_months(D(2028, 2, 29), 12) == D(2029, 2, 28)
    assert add_months(D(2028, 2, 29), 48) == D(2032, 2, 29)
    assert add_months(D(2100, 1, 31), 1) == D(2100, 2, 28)  # not a leap year (century)
    assert add_months(D(2000, 1, 31), 1) == D(2000, 2, 29)  # a leap year (400)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)
    assert add_months(D(2026, 10, 31), 18) == D(2028, 4, 30)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)
    assert add_months(D(9999, 6, 1), 12) == dt.date.max


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(9000, 1, 1)), st.integers(0, 600))
def test_adding_months_keeps_the_day_or_the_month_end(start, months):
    after = add_months(start, months)
    assert (after.year * 12 + after.month) - (start.year * 12 + start.month) == months
    assert after.day == start.day or (after.day < start.day and (after + dt.timedelta(days=1)).day == 1)


def test_defaults_count_from_the_plan_start():
    due = schedule(D(2026, 9, 1))
    assert (due.goals, due.plan, due.reassessment) == (D(2026, 12, 1), D(2027, 3, 1), D(2028, 3, 1))
    assert due.next().kind == "goals"


def test_reviews_held_and_assessment_move_the_dates():
    due = schedule(D(2026, 1, 31), last_goal_review=D(2026, 5, 31), last_plan_review=D(2026, 2, 28),
                   assessed_on=D(2025, 8, 31))
    assert due.goals == D(2026, 8, 31)
    assert due.plan == D(2026, 8, 28)
    assert due.reassessment == D(2027, 2, 28)
    assert due.next().kind == "plan"
    agreed = schedule(D(2026, 1, 1), last_goal_review=D(2026, 3, 1), agreed_next=D(2026, 4, 1))
    assert agreed.goals == D(2026, 4, 1)
    other = schedule(D(2026, 1, 1), intervals=Intervals(1, 2, 3))
    assert (other.goals, other.plan, other.reassessment) == (D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1))


def test_no_dates_or_an_ended_plan_mean_nothing_due():
    assert schedule(None).next() is None
    assert schedule(D(2026, 1, 1), ended=True).next() is None


def test_overdue_and_soon_are_said_in_words():
    today = D(2026, 11, 22)
    assert urgency(D(2026, 11, 10), today) == Urgency.OVERDUE
    assert due_words(D(2026, 11, 10), today) == "Overdue by 12 days"
    assert due_words(D(2026, 11, 21), today) == "Overdue by 1 day"
    assert due_words(today, today) == "Due today"
    assert urgency(D(2026, 12, 22), today) == Urgency.SOON and due_words(D(2026, 12, 22), today) == "Due in 30 days"
    assert urgency(D(2026, 12, 23), today) == Urgency.LATER
    assert due_words(D(2027, 3, 1), today) == "Due 1 March 2027"
    assert urgency(None, today) == Urgency.NONE and due_words(None, today) == ""


def test_settings_values_are_clamped():
    assert clamp_months("6", 3) == 6 and clamp_months("x", 3) == 3 and clamp_months(0, 3) == 1
    assert clamp_months(10_000, 3) == 60 and clamp_months(None, 18) == 18
