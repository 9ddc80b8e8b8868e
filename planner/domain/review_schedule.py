"""When a plan is next due a look: goal reviews, plan reviews and reassessment.

By default goals are reviewed every 3 months, the whole plan every 6 and the person is
reassessed every 18 (the numbers are settings). A month is a calendar month: a day that does
not exist in the target month falls on that month's last day (31 August + 6 months = the last
day of February, 28th or 29th). Everything counts from the plan's own dates: its start, the
reviews held, and the last assessment.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from planner import i18n
from planner.i18n import _

DEFAULT_GOAL_MONTHS = 3
DEFAULT_PLAN_MONTHS = 6
DEFAULT_REASSESSMENT_MONTHS = 18
MONTHS_MIN, MONTHS_MAX = 1, 60
SOON_DAYS = 30  # "due soon" within this many days


class ReviewKind(StrEnum):
    GOALS = "goals"
    PLAN = "plan"
    REASSESSMENT = "reassessment"


class Urgency(StrEnum):
    NONE = "none"  # no review due (no dates yet, or the plan has ended)
    LATER = "later"
    SOON = "soon"  # within SOON_DAYS
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Intervals:
    goal_months: int = DEFAULT_GOAL_MONTHS
    plan_months: int = DEFAULT_PLAN_MONTHS
    reassessment_months: int = DEFAULT_REASSESSMENT_MONTHS


def clamp_months(value: object, default: int) -> int:
    try:
        months = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return max(MONTHS_MIN, min(MONTHS_MAX, months))


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def add_months(date: dt.date, months: int) -> dt.date:
    """`date` plus whole calendar months (the month's last day when the day is missing).

    Dates past the year 9999 stay at 31 December 9999 rather than failing."""
    total = date.month - 1 + months
    year = date.year + total // 12
    if year > 9999:
        return dt.date.max
    if year < 1:
        return dt.date.min
    month = total % 12 + 1
    last = 29 if month == 2 and _leap(year) else _DAYS_IN_MONTH[month - 1]
    return dt.date(year, month, date.day if date.day <= last else last)


class Due(NamedTuple):
    kind: ReviewKind
    on: dt.date


class Schedule(NamedTuple):
    """The next goal review, plan review and reassessment (tuples: the caseload makes one a
    person each time it opens)."""

    goals: dt.date | None
    plan: dt.date | None
    reassessment: dt.date | None

    def next(self) -> Due | None:
        """The soonest of the three (goals first when two fall on one day)."""
        goals, plan, reassessment = self
        kind, on = (ReviewKind.GOALS, goals) if goals is not None else (None, None)
        if plan is not None and (on is None or plan < on):
            kind, on = ReviewKind.PLAN, plan
        if reassessment is not None and (on is None or reassessment < on):
            kind, on = ReviewKind.REASSESSMENT, reassessment
        return None if kind is None else Due(kind, on)


def schedule(
    started_on: dt.date | None,
    last_goal_review: dt.date | None = None,
    last_plan_review: dt.date | None = None,
    assessed_on: dt.date | None = None,
    agreed_next: dt.date | None = None,
    intervals: Intervals | None = None,
    ended: bool = False,
) -> Schedule:
    """Next due dates from the plan's own dates.

    A whole-plan review counts as a goal review too. `agreed_next` is a date the people at the
    last review agreed to meet again; it comes before the usual interval when it is set.
    Reassessment counts from the last assessment, or from the plan's start.
    """
    if ended:
        return Schedule(None, None, None)
    intervals = intervals or Intervals()
    if last_goal_review is None or last_plan_review is None:
        last_any = last_goal_review or last_plan_review
    else:
        last_any = max(last_goal_review, last_plan_review)
    goals_from = last_any or started_on
    goals = add_months(goals_from, intervals.goal_months) if goals_from else None
    if agreed_next is not None and last_any is not None:
        goals = agreed_next
    plan_from = last_plan_review or started_on
    plan = add_months(plan_from, intervals.plan_months) if plan_from else None
    assess_from = assessed_on or started_on
    reassessment = add_months(assess_from, intervals.reassessment_months) if assess_from else None
    return Schedule(goals, plan, reassessment)


def urgency(due: dt.date | None, today: dt.date) -> Urgency:
    if due is None:
        return Urgency.NONE
    if due < today:
        return Urgency.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.LATER


def kind_label(kind: ReviewKind | str) -> str:
    return {
        ReviewKind.GOALS: _("Goals review"),
        ReviewKind.PLAN: _("Plan review"),
        ReviewKind.REASSESSMENT: _("Reassessment"),
    }[ReviewKind(kind)]


def plain_date(date: dt.date | None) -> str:
    """22 November 2026 (empty for none)."""
    return i18n.date_in_words(date)


def due_words(due: dt.date | None, today: dt.date) -> str:
    """The due date in words that stand out without colour: "Overdue by 12 days", "Due in 5 days"."""
    if due is None:
        return ""
    days = (due - today).days
    if days < 0:
        late = -days
        return (_("Overdue by 1 day") if late == 1 else _("Overdue by {n} days").format(n=late))
    if days == 0:
        return _("Due today")
    if days <= SOON_DAYS:
        return _("Due tomorrow") if days == 1 else _("Due in {n} days").format(n=days)
    return _("Due {date}").format(date=plain_date(due))
