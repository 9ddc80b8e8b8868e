"""Dates for goals, steps, check-ins and reviews: typed dates, review arithmetic, plain words.

Reviews: the booklet reviews goals every 3 months; the plan is reviewed every 6 (both are
settings). A month is a calendar month; a date that does not exist in the target month falls
on that month's last day (31 August + 6 months = 28 or 29 February).
"""

import calendar
import datetime as dt

from planner import i18n
from planner.errors import InvalidInput
from planner.i18n import _

DEFAULT_GOAL_REVIEW_MONTHS = 3
DEFAULT_PLAN_REVIEW_MONTHS = 6
REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX = 1, 24


def parse_date(value: object, field: str) -> dt.date | None:
    """An optional date, typed as 2026-11-22 (or already a date); nothing typed is no date.
    The one date reader for what people type (goals, reviews, the panel, the budget)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInput(_("That date doesn't look right. Please write it like 2026-11-22."), field)


def required_date(value: object, field: str) -> dt.date:
    date = parse_date(value, field)
    if date is None:
        raise InvalidInput(_("Please give the date."), field)
    return date


def not_in_future(date: dt.date, field: str, today: dt.date | None = None) -> dt.date:
    if date > (today or dt.date.today()):
        raise InvalidInput(
            _("That date is still to come. You can only note what has already happened."), field
        )
    return date


def add_months(date: dt.date, months: int) -> dt.date:
    """`date` plus whole calendar months (the last day of the month when the day is missing)."""
    year, month_index = divmod(date.month - 1 + months, 12)
    year += date.year
    if not 1 <= year <= 9999:
        raise InvalidInput(_("That date is too far away."), "date")
    month = month_index + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def clamp_months(months: object, default: int) -> int:
    try:
        value = int(months)
    except (TypeError, ValueError):
        return default
    return max(REVIEW_MONTHS_MIN, min(REVIEW_MONTHS_MAX, value))


def next_review_on(
    held_on: dt.date,
    kind: str,
    goal_months: int = DEFAULT_GOAL_REVIEW_MONTHS,
    plan_months: int = DEFAULT_PLAN_REVIEW_MONTHS,
) -> dt.date:
    """When the next review is due after one held on `held_on` (a goals or a whole-plan review)."""
    months = plan_months if kind == "plan" else goal_months
    return add_months(held_on, clamp_months(months, DEFAULT_GOAL_REVIEW_MONTHS))




def month_name(month: int) -> str:
    """The month's name in the chosen language (Babel's, from CLDR)."""
    return i18n.month_name(month)


def plain_date(date: dt.date | None) -> str:
    """22 November 2026 (empty for no date)."""
    return i18n.date_in_words(date)


def short_date(date: dt.date | None) -> str:
    """22 Nov 2026: for charts, where room is short."""
    return i18n.date_in_words(date, short=True)


def due_in_words(due: dt.date | None, today: dt.date | None = None) -> str:
    """How far away a date is, in words: "in 12 days", "today", "3 days ago"."""
    if due is None:
        return ""
    days = (due - (today or dt.date.today())).days
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    if days == -1:
        return _("yesterday")
    if days > 0:
        return _("in {n} days").format(n=days)
    return _("{n} days ago").format(n=-days)
