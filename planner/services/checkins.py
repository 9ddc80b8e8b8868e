"""How it's going: check-ins on a goal or one of its steps (the booklet's Fig. 3: record when
it happened, and if it didn't, why not). Shown as a history per goal."""

import datetime as dt

from sqlalchemy import select

from planner.domain.goal_dates import not_in_future, required_date
from planner.domain.goals import (
    MAX_CHECKINS,
    Happened,
    clean_choice,
    clean_long_text,
    clean_reasons,
    clean_visibility,
)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services.goal_common import check_id_free, join_keys, live_goal, unknown_field
from planner.services.goal_records import CheckinRecord, checkin_record
from planner.storage.database import Database
from planner.storage.goals_models import Checkin, Step

FIELDS = ("happened_on", "happened", "reasons", "other_reason", "note", "step_id", "visibility")


def clean_checkin_field(field: str, value: object, today: dt.date | None = None) -> object:
    if field == "happened_on":
        return not_in_future(required_date(value, field), field, today)
    if field == "happened":
        return clean_choice(Happened, value, field)
    if field == "reasons":
        return clean_reasons(value, field)
    if field in ("other_reason", "note"):
        return clean_long_text(value, field)
    if field == "step_id":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(_("Please choose a step from the list."), field)
        return value
    if field == "visibility":
        return clean_visibility(value)
    raise unknown_field(field)


def _apply(session, checkin: Checkin, cleaned: dict) -> None:
    for field, value in cleaned.items():
        if field == "reasons":
            checkin.reasons = join_keys(value)
        elif field == "step_id":
            if value is not None:
                step = session.get(Step, value)
                if step is None or step.goal_id != checkin.goal_id:
                    raise InvalidInput(_("That step is not part of this goal."), "step_id")
            checkin.step_id = value
        else:
            setattr(checkin, field, value)


def list_checkins(db: Database, goal_id: int) -> list[CheckinRecord]:
    """A goal's check-ins, the most recent first."""
    with db.session() as session:
        live_goal(session, goal_id)
        query = select(Checkin).where(Checkin.goal_id == goal_id).order_by(
            Checkin.happened_on.desc(), Checkin.id.desc()
        )
        return [checkin_record(c) for c in session.scalars(query)]


def get_checkin(db: Database, checkin_id: int) -> CheckinRecord:
    with db.session() as session:
        return checkin_record(_get(session, checkin_id))


def add_checkin(
    db: Database,
    goal_id: int,
    happened_on: object,
    happened: str,
    *,
    visibility: str | None = None,
    checkin_id: int | None = None,
    **fields: object,
) -> CheckinRecord:
    cleaned = {field: clean_checkin_field(field, value) for field, value in fields.items()}
    cleaned["happened_on"] = clean_checkin_field("happened_on", happened_on)
    cleaned["happened"] = clean_checkin_field("happened", happened)
    cleaned["visibility"] = clean_visibility(visibility)
    with db.session() as session:
        live_goal(session, goal_id)
        count = len(session.scalars(select(Checkin.id).where(Checkin.goal_id == goal_id)).all())
        if count >= MAX_CHECKINS:
            raise InvalidInput(_("This goal has as many notes as it can hold."), "note")
        check_id_free(session, Checkin, checkin_id, _("That note is already in the plan."))
        checkin = Checkin(goal_id=goal_id)
        if checkin_id is not None:
            checkin.id = checkin_id
        _apply(session, checkin, cleaned)
        session.add(checkin)
        session.flush()
        return checkin_record(checkin)


def _get(session, checkin_id: int) -> Checkin:
    checkin = session.get(Checkin, checkin_id)
    if checkin is None:
        raise NotFound(_("That note is no longer in the plan."))
    live_goal(session, checkin.goal_id)
    return checkin


def update_checkin(db: Database, checkin_id: int, **changes: object) -> CheckinRecord:
    cleaned = {field: clean_checkin_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        checkin = _get(session, checkin_id)
        _apply(session, checkin, cleaned)
        session.flush()
        return checkin_record(checkin)


def remove_checkin(db: Database, checkin_id: int) -> CheckinRecord:
    with db.session() as session:
        checkin = _get(session, checkin_id)
        record = checkin_record(checkin)
        session.delete(checkin)
        return record


def restore_checkin(db: Database, record: CheckinRecord) -> CheckinRecord:
    return add_checkin(
        db, record.goal_id, record.happened_on, record.happened, visibility=record.visibility,
        checkin_id=record.checkin_id, step_id=record.step_id, reasons=record.reasons,
        other_reason=record.other_reason, note=record.note,
    )


def checkin_fields(record: CheckinRecord) -> dict:
    """A check-in's editable fields, as `update_checkin` takes them."""
    return {field: getattr(record, field) for field in FIELDS}
