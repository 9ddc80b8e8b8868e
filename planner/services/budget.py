"""Use-cases for the budget: the allocation and its settings, funding streams, phases.

Support lines, purchases and travel are in `planner.services.support_lines`; reviews of the
hours used in `planner.services.hours_reviews`; the arithmetic in `planner.domain.budget`.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import budget as rules
from planner.domain.amounts import parse_money
from planner.domain.budget import SETTINGS_FIELDS, BudgetSettingsRecord  # noqa: F401 (also the services')
from planner.domain.plan import clean_text
from planner.domain.support import AllocationMethod, FundingStream, HeldAs
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services import items
from planner.services.budget_fields import clean_date, clean_whole
from planner.storage.budget_models import (
    BudgetPhase,
    BudgetSettings,
    FundingStreamAmount,
    OneOffPurchase,
    SupportLine,
    TravelItem,
)
from planner.storage.database import Database

MAX_POINTS = 1_000_000
NAME_MAX = 200


def _settings_record(plan_id: int, row: BudgetSettings | None) -> BudgetSettingsRecord:
    if row is None:
        return BudgetSettingsRecord(plan_id)
    return BudgetSettingsRecord(plan_id, **{name: getattr(row, name) for name in SETTINGS_FIELDS})


def settings_row(session: Session, plan_id: int) -> BudgetSettings | None:
    return session.scalar(select(BudgetSettings).where(BudgetSettings.plan_id == plan_id))


def clean_setting(field: str, value: object) -> object:
    if field == "allocation_method":
        try:
            return AllocationMethod(value).value
        except ValueError:
            raise InvalidInput(_("Please choose how the allocation was worked out."), field) from None
    if field in ("allocation_pence", "price_per_point_pence"):
        return parse_money(value, field=field)
    if field == "points":
        return clean_whole(value, field, low=0, high=MAX_POINTS)
    if field == "held_as":
        try:
            return HeldAs(value or "").value
        except ValueError:
            raise InvalidInput(_("Please choose how the money is held."), field) from None
    if field in ("year_starts_on", "year_ends_on"):
        return clean_date(value, field)
    if field == "bank_holidays":
        return clean_whole(value, field, low=0, high=rules.MAX_BANK_HOLIDAYS, required=True)
    if field == "notes":
        return clean_text(value, field=field)
    if field == "visibility":
        return items.clean_visibility(value)
    raise InvalidInput(_("Small Steps does not keep that detail."), field)


def budget_settings(db: Database, plan_id: int) -> BudgetSettingsRecord:
    with db.session() as session:
        items.plan_row(session, plan_id)
        return _settings_record(plan_id, settings_row(session, plan_id))


def settings_id(db: Database, plan_id: int) -> int | None:
    """The row holding the plan's budget settings (None until one is first changed)."""
    with db.session() as session:
        row = settings_row(session, plan_id)
        return None if row is None else row.id


def update_settings_in_session(session: Session, plan_id: int, changes: dict[str, Any]) -> BudgetSettings:
    cleaned = {field: clean_setting(field, value) for field, value in changes.items()}
    items.plan_row(session, plan_id)
    row = settings_row(session, plan_id)
    if row is None:
        row = BudgetSettings(plan_id=plan_id, **{
            name: getattr(BudgetSettingsRecord(plan_id), name) for name in SETTINGS_FIELDS
        })
        if session.bind.dialect.name != "sqlite":  # a team database keeps nothing "just me": the
            row.visibility = "team"  # settings start as seen by the support team, as new items do
        session.add(row)
    for field, value in cleaned.items():
        setattr(row, field, value)
    rules.check_year(row.year_starts_on, row.year_ends_on)
    session.flush()
    check_phases(session, plan_id, changed=None, field_override=_year_field(changes))
    return row


def _year_field(changes: dict[str, Any]) -> str | None:
    for field in ("year_ends_on", "year_starts_on"):
        if field in changes:
            return field
    return None


def update_settings(db: Database, plan_id: int, **changes: object) -> BudgetSettingsRecord:
    """Change the allocation, how it is held, the year or the bank holidays."""
    with db.session() as session:
        row = update_settings_in_session(session, plan_id, changes)
        return _settings_record(plan_id, row)


# Funding streams -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StreamRecord:
    item_id: int
    plan_id: int
    position: int
    stream: str
    amount_pence: int | None
    note: str
    visibility: str


def _clean_stream_row(session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    try:
        stream = FundingStream(values.get("stream")).value
    except ValueError:
        raise InvalidInput(_("Please choose a funding stream from the list."), "stream") from None
    taken = session.scalar(
        select(FundingStreamAmount).where(
            FundingStreamAmount.plan_id == plan_id, FundingStreamAmount.stream == stream
        )
    )
    if taken is not None and taken is not row:
        raise InvalidInput(_("This funding stream is in the list already. Change that one instead."), "stream")
    return {
        "stream": stream,
        "amount_pence": parse_money(values.get("amount_pence"), field="amount_pence"),
        "note": clean_text(values.get("note"), field="note", limit=2_000),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


STREAM = items.ItemKind(
    name="funding_stream",
    model=FundingStreamAmount,
    fields=("stream", "amount_pence", "note", "visibility"),
    clean=_clean_stream_row,
    record=lambda r: StreamRecord(r.id, r.plan_id, r.position, r.stream, r.amount_pence, r.note, r.visibility),
)


# Phases --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseRecord:
    item_id: int
    plan_id: int
    position: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    note: str
    visibility: str

    @property
    def span(self) -> rules.Span:
        return rules.Span(self.item_id, self.name, self.starts_on, self.ends_on)


def _phase_record(row: BudgetPhase) -> PhaseRecord:
    return PhaseRecord(row.id, row.plan_id, row.position, row.name, row.starts_on, row.ends_on,
                       row.note, row.visibility)


def check_phases(
    session: Session, plan_id: int, *, changed: int | None, field_override: str | None = None
) -> None:
    """Phases of the plan don't overlap and fit its budget year (after a change, in session)."""
    row = settings_row(session, plan_id)
    first, last = (row.year_starts_on, row.year_ends_on) if row else (None, None)
    phases = session.scalars(select(BudgetPhase).where(BudgetPhase.plan_id == plan_id))
    try:
        rules.check_phases(
            [_phase_record(p).span for p in phases], first, last, changed=changed
        )
    except InvalidInput as error:
        if field_override is None:
            raise
        raise InvalidInput(
            _("The phases would no longer fit in the year: {why}").format(why=error.message),
            field_override,
        ) from None


def _clean_phase_row(session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    name = clean_text(values.get("name"), field="name", limit=NAME_MAX, required=True)
    starts = clean_date(values.get("starts_on"), "starts_on", required=True)
    ends = clean_date(values.get("ends_on"), "ends_on", required=True)
    rules.check_phase_dates(starts, ends)
    settings = settings_row(session, plan_id)
    others = [
        _phase_record(p).span
        for p in session.scalars(select(BudgetPhase).where(BudgetPhase.plan_id == plan_id))
        if p is not row
    ]
    me = rules.Span("this", " ".join(name.split()), starts, ends)
    rules.check_phases(
        [*others, me], settings.year_starts_on if settings else None,
        settings.year_ends_on if settings else None, changed="this",
    )
    return {
        "name": " ".join(name.split()),
        "starts_on": starts,
        "ends_on": ends,
        "note": clean_text(values.get("note"), field="note", limit=2_000),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


def _phase_in_use(session: Session, row: BudgetPhase) -> None:
    for model in (SupportLine, OneOffPurchase, TravelItem):
        if session.scalar(select(model.id).where(model.phase_id == row.id).limit(1)) is not None:
            raise InvalidInput(
                _("Some support, purchases or travel are in this phase. Move them to another "
                  "phase (or to all year) first, then take the phase off."),
                "phase",
            )


PHASE = items.ItemKind(
    name="budget_phase",
    model=BudgetPhase,
    fields=("name", "starts_on", "ends_on", "note", "visibility"),
    clean=_clean_phase_row,
    record=_phase_record,
    before_remove=_phase_in_use,
)
