"""Planning meetings (the booklet's Box 5): where and why, who was asked, who came, who sent
apologies, who agreed to do what by when (and whether it is done), and when to meet next."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.goal_dates import parse_date, plain_date, required_date
from planner.domain.goals import (
    MAX_ACTIONS,
    MAX_MEETINGS,
    MeetingList,
    clean_long_text,
    clean_name_text,
    clean_names,
    clean_visibility,
)
from planner.domain.plan import TITLE_MAX, clean_text
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services.goal_common import check_id_free, live_plan, unknown_field
from planner.storage.database import Database
from planner.storage.goals_models import Meeting, MeetingAction, MeetingPerson

LISTS = tuple(m.value for m in MeetingList)
FIELDS = ("held_on", "place", "purpose", *LISTS, "actions", "next_meeting_on", "visibility")


@dataclass(frozen=True)
class ActionRecord:
    """Who agreed to do what, by when; and whether it is done."""

    who: str
    what: str
    by_when: dt.date | None = None
    done: bool = False


@dataclass(frozen=True)
class MeetingRecord:
    meeting_id: int
    plan_id: int
    held_on: dt.date
    place: str
    purpose: str
    invited: tuple[str, ...]
    came: tuple[str, ...]
    apologies: tuple[str, ...]
    actions: tuple[ActionRecord, ...]
    next_meeting_on: dt.date | None
    visibility: str

    def actions_done(self) -> int:
        return sum(1 for action in self.actions if action.done)


def _record(meeting: Meeting) -> MeetingRecord:
    lists = {name: tuple(p.name for p in meeting.people if p.list_name == name) for name in LISTS}
    return MeetingRecord(
        meeting.id, meeting.plan_id, meeting.held_on, meeting.place, meeting.purpose,
        lists["invited"], lists["came"], lists["apologies"],
        tuple(ActionRecord(a.who, a.what, a.by_when, a.done) for a in meeting.actions),
        meeting.next_meeting_on, meeting.visibility,
    )


def clean_actions(value: object) -> tuple[ActionRecord, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise InvalidInput(_("Please write each thing someone agreed to do on its own row."), "actions")
    actions = []
    for item in value:
        if isinstance(item, dict):
            item = ActionRecord(item.get("who", ""), item.get("what", ""), item.get("by_when"),
                                item.get("done", False))
        if not isinstance(item, ActionRecord):
            raise InvalidInput(_("Please write each thing someone agreed to do on its own row."), "actions")
        who = clean_name_text(item.who, "actions")
        what = clean_long_text(item.what, "actions")
        by_when = parse_date(item.by_when, "actions")
        if not isinstance(item.done, bool):
            raise InvalidInput(_("Please choose yes or no."), "actions")
        if not what:
            if who or by_when:
                raise InvalidInput(_("Please say what {who} agreed to do.").format(who=who or _("they")), "actions")
            continue
        actions.append(ActionRecord(who, what, by_when, item.done))
    if len(actions) > MAX_ACTIONS:
        raise InvalidInput(_("That is a lot of actions. Please keep it to {n}.").format(n=MAX_ACTIONS), "actions")
    return tuple(actions)


def clean_meeting_field(field: str, value: object) -> object:
    if field == "held_on":
        return required_date(value, field)
    if field == "place":
        return " ".join(clean_text(value, field=field, limit=TITLE_MAX).split())
    if field == "purpose":
        return clean_long_text(value, field)
    if field in LISTS:
        return clean_names(value, field)
    if field == "actions":
        return clean_actions(value)
    if field == "next_meeting_on":
        return parse_date(value, field)
    if field == "visibility":
        return clean_visibility(value)
    raise unknown_field(field)


def _apply(meeting: Meeting, cleaned: dict) -> None:
    lists = {name: [p.name for p in meeting.people if p.list_name == name] for name in LISTS}
    lists_changed = False
    for field, value in cleaned.items():
        if field in LISTS:
            lists[field] = list(value)
            lists_changed = True
        elif field == "actions":
            meeting.actions = [
                MeetingAction(position=i, who=a.who, what=a.what, by_when=a.by_when, done=a.done)
                for i, a in enumerate(value)
            ]
        else:
            setattr(meeting, field, value)
    if lists_changed:
        meeting.people = [
            MeetingPerson(list_name=name, position=i, name=person)
            for name in LISTS for i, person in enumerate(lists[name])
        ]
    if meeting.next_meeting_on is not None and meeting.next_meeting_on <= meeting.held_on:
        raise InvalidInput(
            _("The next meeting needs to be after this one ({held}).").format(held=plain_date(meeting.held_on)),
            "next_meeting_on",
        )


def _query(plan_id: int):
    return (select(Meeting).where(Meeting.plan_id == plan_id).order_by(Meeting.held_on, Meeting.id)
            .options(selectinload(Meeting.people), selectinload(Meeting.actions)))


def _get(session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(_("That meeting is no longer in the plan."))
    live_plan(session, meeting.plan_id)
    return meeting


def list_meetings(db: Database, plan_id: int) -> list[MeetingRecord]:
    """The plan's planning meetings, oldest first."""
    with db.session() as session:
        live_plan(session, plan_id)
        return [_record(m) for m in session.scalars(_query(plan_id))]


def get_meeting(db: Database, meeting_id: int) -> MeetingRecord:
    with db.session() as session:
        return _record(_get(session, meeting_id))


def add_meeting(
    db: Database,
    plan_id: int,
    held_on: object,
    *,
    visibility: str | None = None,
    meeting_id: int | None = None,
    **fields: object,
) -> MeetingRecord:
    cleaned = {field: clean_meeting_field(field, value) for field, value in fields.items()}
    cleaned["held_on"] = clean_meeting_field("held_on", held_on)
    cleaned["visibility"] = clean_visibility(visibility)
    with db.session() as session:
        live_plan(session, plan_id)
        count = len(session.scalars(select(Meeting.id).where(Meeting.plan_id == plan_id)).all())
        if count >= MAX_MEETINGS:
            raise InvalidInput(_("This plan has as many meetings as it can hold."), "held_on")
        check_id_free(session, Meeting, meeting_id, _("That meeting is already in the plan."))
        meeting = Meeting(plan_id=plan_id)
        if meeting_id is not None:
            meeting.id = meeting_id
        _apply(meeting, cleaned)
        session.add(meeting)
        session.flush()
        return _record(meeting)


def update_meeting(db: Database, meeting_id: int, **changes: object) -> MeetingRecord:
    cleaned = {field: clean_meeting_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        meeting = _get(session, meeting_id)
        _apply(meeting, cleaned)
        session.flush()
        return _record(meeting)


def remove_meeting(db: Database, meeting_id: int) -> MeetingRecord:
    with db.session() as session:
        meeting = _get(session, meeting_id)
        record = _record(meeting)
        session.delete(meeting)
        return record


def meeting_fields(record: MeetingRecord) -> dict:
    """A meeting's editable fields, as `add_meeting` and `update_meeting` take them."""
    return {field: getattr(record, field) for field in FIELDS}


def restore_meeting(db: Database, record: MeetingRecord) -> MeetingRecord:
    fields = meeting_fields(record)
    return add_meeting(db, record.plan_id, fields.pop("held_on"), visibility=fields.pop("visibility"),
                       meeting_id=record.meeting_id, **fields)
