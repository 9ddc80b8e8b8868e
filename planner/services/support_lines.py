"""Use-cases for what the budget buys: support lines, one-off purchases and travel; and the
whole budget with its totals (`overview`)."""

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import budget as rules
from planner.domain.amounts import (
    MAX_RATE_PENCE,
    hours_to_hundredths,
    hundredths_to_hours,
    parse_hours,
    parse_money,
)
from planner.domain.funding_shares import Share
from planner.domain.plan import clean_text
from planner.domain.support import HoursKind, SupportKind
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services import items
from planner.services.budget import (
    PHASE,
    STREAM,
    BudgetSettingsRecord,
    PhaseRecord,
    StreamRecord,
    _settings_record,
    settings_row,
)
from planner.services.budget_fields import (
    clean_goal_ids,
    clean_phase,
    clean_shares,
    goal_link_rows,
    share_rows,
    shares_of_rows,
)
from planner.storage.budget_models import OneOffPurchase, SupportLine, TravelItem
from planner.storage.database import Database
from planner.storage.goals_models import Goal

WHO_MAX = 200
MAX_MILES = Decimal(10_000)


@dataclass(frozen=True)
class SupportLineRecord:
    item_id: int
    plan_id: int
    position: int
    kind: str
    who: str
    hours: Decimal
    proactive_hours: Decimal
    flex_hours: Decimal
    crisis_hours: Decimal
    background_hours: Decimal
    rate_pence: int
    bank_holiday_rate_pence: int | None
    shares: tuple[Share, ...]  # none: no funding stream chosen yet
    phase_id: int | None
    purpose: str
    goal_ids: tuple[int, ...]  # the goals it serves
    visibility: str

    @property
    def split(self) -> dict[str, Decimal]:
        return {
            HoursKind.PROACTIVE.value: self.proactive_hours,
            HoursKind.FLEX.value: self.flex_hours,
            HoursKind.CRISIS.value: self.crisis_hours,
            HoursKind.BACKGROUND.value: self.background_hours,
        }


@dataclass(frozen=True)
class PurchaseRecord:
    item_id: int
    plan_id: int
    position: int
    what: str
    amount_pence: int
    shares: tuple[Share, ...]
    phase_id: int | None
    purpose: str
    goal_ids: tuple[int, ...]
    visibility: str


@dataclass(frozen=True)
class TravelRecord:
    item_id: int
    plan_id: int
    position: int
    what: str
    miles: Decimal
    rate_pence: int
    shares: tuple[Share, ...]
    phase_id: int | None
    visibility: str


def _one_line(value: object, field: str, limit: int = WHO_MAX) -> str:
    return " ".join(clean_text(value, field=field, limit=limit, required=True).split())


def _clean_line(session: Session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    try:
        kind = SupportKind(values.get("kind") or SupportKind.PROVIDER).value
    except ValueError:
        raise InvalidInput(_("Please choose who gives the support."), "kind") from None
    who = _one_line(values.get("who"), "who")
    hours = parse_hours(values.get("hours"), field="hours")
    proactive = parse_hours(values.get("proactive_hours"), field="proactive_hours", required=False)
    flex, crisis, background = (
        parse_hours(values.get(f"{name}_hours") or "0", field=f"{name}_hours")
        for name in ("flex", "crisis", "background")
    )
    proactive = rules.resolve_split(hours, proactive, flex, crisis, background)
    rate = parse_money(values.get("rate_pence"), field="rate_pence", required=True, limit=MAX_RATE_PENCE)
    bank_holiday_rate = parse_money(
        values.get("bank_holiday_rate_pence"), field="bank_holiday_rate_pence", limit=MAX_RATE_PENCE
    )
    return {
        "kind": kind,
        "who": who,
        "hours_x100": hours_to_hundredths(hours),
        "proactive_x100": hours_to_hundredths(proactive),
        "flex_x100": hours_to_hundredths(flex),
        "crisis_x100": hours_to_hundredths(crisis),
        "background_x100": hours_to_hundredths(background),
        "rate_pence": rate,
        "bank_holiday_rate_pence": bank_holiday_rate,
        "shares": share_rows(plan_id, clean_shares(
            values.get("shares"), Fraction(hours) * rate, weekly=True), row),
        "phase_id": clean_phase(session, plan_id, values.get("phase_id")),
        "purpose": clean_text(values.get("purpose"), field="purpose", limit=5_000),
        "goal_links": goal_link_rows(plan_id, clean_goal_ids(session, plan_id, values.get("goal_ids")), row),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


def _line_record(row: SupportLine) -> SupportLineRecord:
    h = hundredths_to_hours
    return SupportLineRecord(
        row.id, row.plan_id, row.position, row.kind, row.who, h(row.hours_x100),
        h(row.proactive_x100), h(row.flex_x100), h(row.crisis_x100), h(row.background_x100),
        row.rate_pence, row.bank_holiday_rate_pence, shares_of_rows(row.shares), row.phase_id,
        row.purpose, tuple(link.goal_id for link in row.goal_links), row.visibility,
    )


def _clean_purchase(session: Session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    amount = parse_money(values.get("amount_pence"), field="amount_pence", required=True)
    return {
        "what": _one_line(values.get("what"), "what"),
        "amount_pence": amount,
        "shares": share_rows(plan_id, clean_shares(values.get("shares"), Fraction(amount), weekly=False), row),
        "phase_id": clean_phase(session, plan_id, values.get("phase_id")),
        "purpose": clean_text(values.get("purpose"), field="purpose", limit=5_000),
        "goal_links": goal_link_rows(plan_id, clean_goal_ids(session, plan_id, values.get("goal_ids")), row),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


def _clean_travel(session: Session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    miles = parse_hours(values.get("miles"), field="miles", limit=MAX_MILES)
    rate = parse_money(values.get("rate_pence"), field="rate_pence", required=True, limit=MAX_RATE_PENCE)
    return {
        "what": _one_line(values.get("what"), "what"),
        "miles_x100": hours_to_hundredths(miles),
        "rate_pence": rate,
        "shares": share_rows(plan_id, clean_shares(values.get("shares"), Fraction(miles) * rate,
                                                   weekly=True), row),
        "phase_id": clean_phase(session, plan_id, values.get("phase_id")),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


LINE = items.ItemKind(
    name="support_line",
    model=SupportLine,
    fields=("kind", "who", "hours", "proactive_hours", "flex_hours", "crisis_hours",
            "background_hours", "rate_pence", "bank_holiday_rate_pence", "shares", "phase_id",
            "purpose", "goal_ids", "visibility"),
    clean=_clean_line,
    record=_line_record,
)

PURCHASE = items.ItemKind(
    name="one_off_purchase",
    model=OneOffPurchase,
    fields=("what", "amount_pence", "shares", "phase_id", "purpose", "goal_ids", "visibility"),
    clean=_clean_purchase,
    record=lambda r: PurchaseRecord(r.id, r.plan_id, r.position, r.what, r.amount_pence,
                                    shares_of_rows(r.shares), r.phase_id, r.purpose,
                                    tuple(link.goal_id for link in r.goal_links), r.visibility),
)

TRAVEL = items.ItemKind(
    name="travel_item",
    model=TravelItem,
    fields=("what", "miles", "rate_pence", "shares", "phase_id", "visibility"),
    clean=_clean_travel,
    record=lambda r: TravelRecord(r.id, r.plan_id, r.position, r.what,
                                  hundredths_to_hours(r.miles_x100), r.rate_pence,
                                  shares_of_rows(r.shares), r.phase_id, r.visibility),
)


# The whole budget ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetOverview:
    settings: BudgetSettingsRecord
    streams: tuple[StreamRecord, ...]
    phases: tuple[PhaseRecord, ...]
    lines: tuple[SupportLineRecord, ...]
    purchases: tuple[PurchaseRecord, ...]
    travel: tuple[TravelRecord, ...]
    totals: rules.Totals
    goal_titles: dict[int, str]  # the plan's goals, in order: what support and purchases can serve

    def phase_name(self, phase_id: int | None) -> str | None:
        for phase in self.phases:
            if phase.item_id == phase_id:
                return phase.name
        return None


def domain_budget(
    settings: BudgetSettingsRecord, streams, phases, lines, purchases, travel
) -> rules.Budget:
    """The records as the arithmetic's plain input."""
    return rules.Budget(
        lines=tuple(
            rules.Line(line.item_id, line.hours, line.rate_pence, line.bank_holiday_rate_pence,
                       line.phase_id, None, line.split, line.shares)
            for line in lines
        ),
        travel=tuple(
            rules.Travel(t.item_id, t.miles, t.rate_pence, t.phase_id, None, t.shares) for t in travel
        ),
        purchases=tuple(
            rules.Purchase(p.item_id, p.amount_pence, p.phase_id, None, p.shares) for p in purchases
        ),
        phases=tuple(rules.Phase(p.item_id, p.name, p.starts_on, p.ends_on) for p in phases),
        year_first=settings.year_starts_on,
        year_last=settings.year_ends_on,
        bank_holidays=settings.bank_holidays,
        allocation_pence=settings.allocation,
        stream_amounts={s.stream: s.amount_pence for s in streams},
    )


def _rows(session: Session, kind: items.ItemKind, plan_id: int) -> tuple:
    return tuple(kind.record(row) for row in items.siblings(session, kind, plan_id, {}))


def overview(db: Database, plan_id: int) -> BudgetOverview:
    """Everything on the budget page, with its totals worked out."""
    with db.session() as session:
        items.plan_row(session, plan_id)
        settings = _settings_record(plan_id, settings_row(session, plan_id))
        streams = _rows(session, STREAM, plan_id)
        phases = tuple(sorted(_rows(session, PHASE, plan_id), key=lambda p: (p.starts_on, p.item_id)))
        lines = _rows(session, LINE, plan_id)
        purchases = _rows(session, PURCHASE, plan_id)
        travel = _rows(session, TRAVEL, plan_id)
        goals = dict(session.execute(select(Goal.id, Goal.title).where(Goal.plan_id == plan_id)
                                     .order_by(Goal.position, Goal.id)).all())
    totals = rules.totals(domain_budget(settings, streams, phases, lines, purchases, travel))
    return BudgetOverview(settings, streams, phases, lines, purchases, travel, totals, goals)

