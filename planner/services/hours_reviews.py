"""Use-cases for reviews of the hours used: review periods, missed visits, the bank of hours,
and the answer to "have I had my hours?" (see `planner.domain.hours_review`)."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import hours_review as rules
from planner.domain.amounts import (
    MAX_HOURS,
    hours_to_hundredths,
    hundredths_to_hours,
    parse_hours,
)
from planner.domain.plan import clean_text
from planner.domain.support import MissedReason
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services import items
from planner.services.budget import PHASE
from planner.services.budget_fields import clean_date
from planner.services.support_lines import LINE
from planner.storage.budget_models import HoursReview, MissedVisit
from planner.storage.database import Database

MAX_REVIEW_DAYS = 3 * 366
USED_FIELDS = ("proactive_hours", "flex_hours", "crisis_hours", "background_hours")


@dataclass(frozen=True)
class ReviewRecord:
    item_id: int
    plan_id: int
    position: int
    label: str
    starts_on: dt.date
    ends_on: dt.date
    planned_hours: Decimal | None  # None: worked out from the support lines
    proactive_hours: Decimal
    flex_hours: Decimal
    crisis_hours: Decimal
    background_hours: Decimal
    two_worker_hours: Decimal
    banked_hours: Decimal
    from_bank_hours: Decimal
    less_support_needed: bool
    notes: str
    visibility: str


@dataclass(frozen=True)
class MissedVisitRecord:
    item_id: int
    review_id: int
    position: int
    on_date: dt.date | None
    hours: Decimal
    reason: str
    note: str
    visibility: str


@dataclass(frozen=True)
class ReviewSummary:
    review: ReviewRecord
    missed: tuple[MissedVisitRecord, ...]
    planned: Decimal  # typed in, or worked out from the support lines
    planned_from_lines: bool
    bank_before: Decimal
    bank_after: Decimal
    answer: rules.Answer

    @property
    def item_id(self) -> int:
        return self.review.item_id


def _h(value: int | None) -> Decimal | None:
    return None if value is None else hundredths_to_hours(value)


def _review_record(row: HoursReview) -> ReviewRecord:
    return ReviewRecord(
        row.id, row.plan_id, row.position, row.label, row.starts_on, row.ends_on,
        _h(row.planned_x100), _h(row.proactive_x100), _h(row.flex_x100), _h(row.crisis_x100),
        _h(row.background_x100), _h(row.two_workers_x100), _h(row.banked_x100),
        _h(row.from_bank_x100), row.less_support_needed, row.notes, row.visibility,
    )


def _missed_record(row: MissedVisit) -> MissedVisitRecord:
    return MissedVisitRecord(row.id, row.review_id, row.position, row.on_date,
                             _h(row.hours_x100), row.reason, row.note, row.visibility)


def _hours(values: dict[str, Any], field: str, *, required: bool = False) -> Decimal | None:
    value = values.get(field)
    if not required and value in (None, ""):
        return None
    return parse_hours(value, field=field, limit=MAX_HOURS)


def _clean_review(session: Session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    starts = clean_date(values.get("starts_on"), "starts_on", required=True)
    ends = clean_date(values.get("ends_on"), "ends_on", required=True)
    if ends < starts:
        raise InvalidInput(_("A review period can't end before it starts."), "ends_on")
    if (ends - starts).days + 1 > MAX_REVIEW_DAYS:
        raise InvalidInput(_("A review period can be at most three years long."), "ends_on")
    for other in session.scalars(select(HoursReview).where(HoursReview.plan_id == plan_id)):
        if other is not row and other.starts_on <= ends and starts <= other.ends_on:
            raise InvalidInput(
                _("This period overlaps the review from {first} to {last}. Review periods "
                  "can't overlap.").format(first=other.starts_on.isoformat(),
                                           last=other.ends_on.isoformat()),
                "starts_on",
            )
    zero = Decimal(0)
    used = {field: _hours(values, field) or zero for field in USED_FIELDS}
    if not isinstance(values.get("less_support_needed", False), bool):
        raise InvalidInput(_("Please choose yes or no."), "less_support_needed")
    planned = _hours(values, "planned_hours")
    columns = {
        "label": " ".join(clean_text(values.get("label"), field="label", limit=200).split()),
        "starts_on": starts,
        "ends_on": ends,
        "planned_x100": None if planned is None else hours_to_hundredths(planned),
        "two_workers_x100": hours_to_hundredths(_hours(values, "two_worker_hours") or zero),
        "banked_x100": hours_to_hundredths(_hours(values, "banked_hours") or zero),
        "from_bank_x100": hours_to_hundredths(_hours(values, "from_bank_hours") or zero),
        "less_support_needed": values.get("less_support_needed", False),
        "notes": clean_text(values.get("notes"), field="notes"),
        "visibility": items.clean_visibility(values.get("visibility")),
    }
    for field, hours in used.items():
        columns[field.replace("_hours", "_x100")] = hours_to_hundredths(hours)
    return columns


def _period(review: ReviewRecord, planned: Decimal, missed) -> rules.PeriodHours:
    return rules.PeriodHours(
        planned=planned, proactive=review.proactive_hours, flex=review.flex_hours,
        crisis=review.crisis_hours, background=review.background_hours,
        two_workers=review.two_worker_hours, banked=review.banked_hours,
        from_bank=review.from_bank_hours,
        missed=tuple(rules.Missed(m.hours, m.reason) for m in missed),
        less_support_needed=review.less_support_needed,
    )


def _summaries(session: Session, plan_id: int) -> list[ReviewSummary]:
    reviews = sorted(
        (_review_record(r) for r in session.scalars(
            select(HoursReview).where(HoursReview.plan_id == plan_id))),
        key=lambda r: (r.starts_on, r.item_id),
    )
    phases = {p.id: p for p in items.siblings(session, PHASE, plan_id, {})}
    lines = []
    for line in items.siblings(session, LINE, plan_id, {}):
        phase = phases.get(line.phase_id)
        lines.append((hundredths_to_hours(line.hours_x100), phase.starts_on if phase else None,
                      phase.ends_on if phase else None))
    summaries = []
    bank = Decimal(0)
    for review in reviews:
        missed = tuple(_missed_record(m) for m in items.siblings(session, MISSED, review.item_id, {}))
        from_lines = review.planned_hours is None
        planned = rules.planned_hours(lines, review.starts_on, review.ends_on) if from_lines \
            else review.planned_hours
        period = _period(review, planned, missed)
        try:
            rules.check_period(period, bank)
        except InvalidInput as error:
            raise InvalidInput(
                _("In the review from {first} to {last}: {why}").format(
                    first=review.starts_on.isoformat(), last=review.ends_on.isoformat(),
                    why=error.message),
                error.field,
            ) from None
        after = bank + period.banked - period.from_bank
        summaries.append(ReviewSummary(review, missed, planned, from_lines, bank, after,
                                       rules.answer(period)))
        bank = after
    return summaries


def _check_reviews(session: Session, plan_id: int) -> None:
    _summaries(session, plan_id)


def reviews(db: Database, plan_id: int) -> list[ReviewSummary]:
    """Every review period of the plan, in date order, with its bank balance and answer."""
    with db.session() as session:
        items.plan_row(session, plan_id)
        return _summaries(session, plan_id)


def _review_plan(session: Session, review_id: int) -> int:
    review = session.get(HoursReview, review_id)
    if review is None:
        raise NotFound(_("That review is no longer in the plan."))
    items.plan_row(session, review.plan_id)
    return review.plan_id


def _clean_missed(session: Session, review_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    review = session.get(HoursReview, review_id)
    on_date = clean_date(values.get("on_date"), "on_date")
    if on_date is not None and not review.starts_on <= on_date <= review.ends_on:
        raise InvalidInput(
            _("This date is outside the review period ({first} to {last}).").format(
                first=review.starts_on.isoformat(), last=review.ends_on.isoformat()),
            "on_date",
        )
    try:
        reason = MissedReason(values.get("reason") or MissedReason.OTHER).value
    except ValueError:
        raise InvalidInput(_("Please choose why the visit was missed."), "reason") from None
    return {
        "review": review,  # the object too, so the record of changes files it under the plan
        "on_date": on_date,
        "hours_x100": hours_to_hundredths(parse_hours(values.get("hours"), field="hours")),
        "reason": reason,
        "note": " ".join(clean_text(values.get("note"), field="note", limit=500).split()),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


MISSED = items.ItemKind(
    name="missed_visit",
    model=MissedVisit,
    fields=("on_date", "hours", "reason", "note", "visibility"),
    clean=_clean_missed,
    record=_missed_record,
    parent="review_id",
    plan_of=_review_plan,
)

REVIEW = items.ItemKind(
    name="hours_review",
    model=HoursReview,
    fields=("label", "starts_on", "ends_on", "planned_hours", *USED_FIELDS, "two_worker_hours",
            "banked_hours", "from_bank_hours", "less_support_needed", "notes", "visibility"),
    clean=_clean_review,
    record=_review_record,
    after_change=_check_reviews,
    children=(MISSED,),
)
