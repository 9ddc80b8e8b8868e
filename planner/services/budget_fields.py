"""Checks shared by the budget's services: dates, funding streams and shares, phases, whole
numbers, and the goals an item serves."""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from sqlalchemy.orm import Session

from planner.domain.amounts import parse_money
from planner.domain.funding_shares import Share, check_shares, shares_of_rows  # noqa: F401
from planner.domain.goal_dates import parse_date
from planner.domain.support import FundingStream
from planner.errors import InvalidInput
from planner.i18n import _
from planner.storage.budget_models import BudgetGoalLink, BudgetPhase, FundingShare
from planner.storage.goals_models import Goal


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


# Funding shares and the goals an item serves -------------------------------------------------


def parse_percent(value: object, field: str = "shares") -> Decimal:
    """A percentage typed ("50", "33.33", "50 %") or kept (Decimal)."""
    if isinstance(value, bool) or value is None:
        raise InvalidInput(_("Please write a percentage, like 50."), field)
    if isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        try:
            value = Decimal(text)
        except ArithmeticError:
            raise InvalidInput(_("Please write a percentage, like 50."), field) from None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidInput(_("Please write a percentage, like 50."), field)
    if not Decimal(0) < value <= Decimal(100):
        raise InvalidInput(_("A percentage is more than 0 % and at most 100 %."), field)
    if value != value.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
        raise InvalidInput(_("Please give a percentage with at most two numbers after the point, "
                             "like 33.33."), field)
    return value


def _share_values(item: object) -> tuple[object, object, object]:
    if isinstance(item, Share):
        return item.stream, item.percent, item.amount_pence
    if isinstance(item, Mapping):
        return item.get("stream"), item.get("percent"), item.get("amount_pence")
    raise InvalidInput(_("Please choose the funding streams again."), "shares")


def clean_shares(value: object, whole: Fraction, *, weekly: bool) -> tuple[Share, ...]:
    """Shares as typed or kept: each a known stream and a percentage or an amount; together
    the whole item (see `planner.domain.funding_shares`). None or empty: no stream yet."""
    if value in (None, "") or (isinstance(value, Sequence) and not isinstance(value, str) and not value):
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InvalidInput(_("Please choose the funding streams again."), "shares")
    if len(value) > len(FundingStream):
        raise InvalidInput(_("Each funding stream can pay only one share. Please put its "
                             "shares together."), "shares")
    shares = []
    for item in value:
        stream, percent, amount = _share_values(item)
        try:
            stream = FundingStream(stream).value
        except ValueError:
            raise InvalidInput(_("Please choose a funding stream from the list."), "shares") from None
        has_percent = percent not in (None, "")
        has_amount = amount not in (None, "")
        if has_percent == has_amount:
            raise InvalidInput(_("Please give each stream a percentage or a fixed amount."), "shares")
        shares.append(Share(
            stream,
            percent=parse_percent(percent) if has_percent else None,
            amount_pence=parse_money(amount, field="shares", required=True) if has_amount else None,
        ))
    check_shares(shares, whole, weekly=weekly)
    return tuple(shares)


def share_rows(plan_id: int, shares: tuple[Share, ...], row) -> list[FundingShare]:
    """The rows for `shares`: the item's own rows when nothing changed (nothing to record)."""
    if row is not None and shares_of_rows(row.shares) == shares:
        return list(row.shares)
    return [FundingShare(plan_id=plan_id, position=index, stream=share.stream,
                         percent_x100=None if share.percent is None else int(share.percent * 100),
                         amount_pence=share.amount_pence)
            for index, share in enumerate(shares)]


def clean_goal_ids(session: Session, plan_id: int, value: object) -> tuple[int, ...]:
    """Goals of this plan, each once, in the order given."""
    if value in (None, ""):
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInput(_("Please choose the goals again."), "goal_ids")
    chosen: list[int] = []
    for goal_id in value:
        if isinstance(goal_id, bool) or not isinstance(goal_id, int):
            raise InvalidInput(_("Please choose the goals again."), "goal_ids")
        goal = session.get(Goal, goal_id)
        if goal is None or goal.plan_id != plan_id:
            raise InvalidInput(_("A goal chosen here is no longer in the plan. Please choose again."),
                               "goal_ids")
        if goal_id not in chosen:
            chosen.append(goal_id)
    return tuple(chosen)


def goal_link_rows(plan_id: int, goal_ids: tuple[int, ...], row) -> list[BudgetGoalLink]:
    if row is not None and tuple(link.goal_id for link in row.goal_links) == goal_ids:
        return list(row.goal_links)
    return [BudgetGoalLink(plan_id=plan_id, goal_id=goal_id, position=index)
            for index, goal_id in enumerate(goal_ids)]
