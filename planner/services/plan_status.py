"""A plan's status and panel date, with every change recorded (when, who, to what, why)."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain import panel as rules
from planner.domain.plan import PlanStatus, status_label
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.models import Plan, utcnow
from planner.storage.panel_models import PlanStanding, StatusChange


@dataclass(frozen=True)
class StatusChangeRecord:
    change_id: int
    at: dt.datetime
    actor: str
    old_status: str
    status: str
    panel_date: dt.date | None
    note: str
    visibility: str


@dataclass(frozen=True)
class StandingRecord:
    plan_id: int
    status: str
    status_label: str
    panel_date: dt.date | None
    assessed_on: dt.date | None
    note: str  # the conditions or reasons written with the current status ("" when none)
    history: tuple[StatusChangeRecord, ...]  # oldest first


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def standing_row(session, plan_id: int) -> PlanStanding:
    row = session.get(PlanStanding, plan_id)
    if row is None:
        row = PlanStanding(plan_id=plan_id)
        session.add(row)
    return row


def _record(change: StatusChange) -> StatusChangeRecord:
    return StatusChangeRecord(change.id, change.at, change.actor, change.old_status, change.status,
                              change.panel_date, change.note, change.visibility)


def _standing(session, plan: Plan) -> StandingRecord:
    row = session.get(PlanStanding, plan.id)
    changes = session.scalars(select(StatusChange).where(StatusChange.plan_id == plan.id)
                              .order_by(StatusChange.at, StatusChange.id)).all()
    history = tuple(_record(c) for c in changes)
    note = history[-1].note if history and history[-1].status == plan.status else ""
    return StandingRecord(plan.id, plan.status, status_label(plan.status),
                          row.panel_date if row else None, row.assessed_on if row else None,
                          note, history)


def get_standing(db: Database, plan_id: int) -> StandingRecord:
    with db.session() as session:
        return _standing(session, _plan(session, plan_id))


def set_status(db: Database, plan_id: int, status: str, panel_date: object = None, note: str = "",
               visibility: str = Visibility.PANEL, *, keep_panel_date: bool = True) -> StandingRecord:
    """Change the plan's status, recording when, who and the conditions or reasons.

    A panel date given is kept; with none, the plan keeps the one it has (unless
    `keep_panel_date` is False, as Undo does to put back exactly what was there).
    """
    new = rules.clean_status(status)
    date = rules.clean_date(panel_date, "panel_date")
    try:
        shown_to = Visibility(visibility).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None
    with db.session() as session:
        plan = _plan(session, plan_id)
        row = standing_row(session, plan_id)
        if date is None and keep_panel_date:
            date = row.panel_date
        text = rules.check_status_change(new, date, note)
        session.add(StatusChange(plan_id=plan_id, at=utcnow(), actor=session.info.get("actor", ""),
                                 old_status=plan.status, status=new.value, panel_date=date, note=text,
                                 visibility=shown_to))
        plan.status = new.value
        row.panel_date = date
        session.flush()
        return _standing(session, plan)


def set_panel_date(db: Database, plan_id: int, panel_date: object) -> StandingRecord:
    date = rules.clean_date(panel_date, "panel_date")
    with db.session() as session:
        plan = _plan(session, plan_id)
        if date is None and plan.status == PlanStatus.AT_PANEL:
            raise InvalidInput(_("A plan with the panel needs the panel's date."), "panel_date")
        standing_row(session, plan_id).panel_date = date
        session.flush()
        return _standing(session, plan)


def set_assessed_on(db: Database, plan_id: int, assessed_on: object) -> StandingRecord:
    """When the person was last assessed (reassessment counts from it)."""
    date = rules.clean_date(assessed_on, "assessed_on")
    if date is not None and date > dt.date.today():
        raise InvalidInput(_("That date is still to come. Please give the date of the last assessment."),
                           "assessed_on")
    with db.session() as session:
        plan = _plan(session, plan_id)
        standing_row(session, plan_id).assessed_on = date
        session.flush()
        return _standing(session, plan)
