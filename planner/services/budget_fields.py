"""Checks shared by the budget's services: dates, funding streams, phases, whole numbers."""

import datetime as dt

from sqlalchemy.orm import Session

from planner.domain.goal_dates import parse_date
from planner.domain.support import FundingStream
from planner.errors import InvalidInput
from planner.i18n import _
from planner.storage.budget_models import BudgetPhase


def clean_date(value: object, field: str, *, required: bool = False) -> dt.date | None:
    date = parse_date(value, field)
    if date is None and required:
        raise InvalidInput(_("Please give a date here, like 1 September 2026."), field)
    return date


def clean_stream(value: object, field: str = "stream") -> str:
    """A funding stream, or "" for not chosen yet."""
    if value in (None, ""):
        return ""
    try:
        return FundingStream(value).value
    except ValueError:
        raise InvalidInput(_("Please choose a funding stream from the list."), field) from None


def clean_phase(session: Session, plan_id: int, value: object, field: str = "phase_id") -> int | None:
    """A phase of this plan, or None for all year."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(_("Please choose a phase from the list."), field)
    phase = session.get(BudgetPhase, value)
    if phase is None or phase.plan_id != plan_id:
        raise InvalidInput(_("That phase is no longer in the plan. Please choose another."), field)
    return value


def clean_whole(value: object, field: str, *, low: int, high: int, required: bool = False) -> int | None:
    """A whole number from `low` to `high`, typed (str) or kept (int)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(_("Please write a number here."), field)
        return None
    if isinstance(value, bool):
        raise InvalidInput(_("Please write a whole number, like 12."), field)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if not text.lstrip("-").isdigit() or not text.isascii():
            raise InvalidInput(_("Please write a whole number, like 12."), field)
        value = int(text)
    if not isinstance(value, int):
        raise InvalidInput(_("Please write a whole number, like 12."), field)
    if value < low:
        raise InvalidInput(
            _("This can't be less than nothing.") if low == 0
            else _("This needs to be at least {low}.").format(low=low),
            field,
        )
    if value > high:
        raise InvalidInput(_("This can be at most {high}.").format(high=f"{high:,}"), field)
    return value
