"""Use-cases for "My week": what a person does each morning, afternoon, evening and night.

Each entry is one thing done at one time of one day: what, where, with whom, and how the person
feels about it (optional, five steps). A time of day can hold several entries, in their order.
"""

from dataclasses import dataclass

from sqlalchemy import func, select

from planner.domain import plan as plan_rules
from planner.domain.life_charts import DAYS, SHORT_MAX, TIMES, clean_day, clean_feeling, clean_time
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services import ordering
from planner.services.pictures import clean_visibility
from planner.storage.database import Database
from planner.storage.life_charts_models import WeekEntry
from planner.storage.models import Plan

ENTRIES_MAX = 1_000
ENTRY_FIELDS = {"day", "time_of_day", "title", "place", "with_whom", "feeling", "visibility"}


@dataclass(frozen=True)
class EntryRecord:
    entry_id: int
    plan_id: int
    day: str
    time_of_day: str
    position: int
    title: str
    place: str
    with_whom: str
    feeling: int | None
    visibility: str

    def values(self) -> dict[str, object]:
        return {"day": self.day, "time_of_day": self.time_of_day, "title": self.title,
                "place": self.place, "with_whom": self.with_whom, "feeling": self.feeling,
                "visibility": self.visibility}


def _record(entry: WeekEntry) -> EntryRecord:
    return EntryRecord(entry.id, entry.plan_id, entry.day, entry.time_of_day, entry.position,
                       entry.title, entry.place, entry.with_whom, entry.feeling, entry.visibility)


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _entry(session, entry_id: int) -> WeekEntry:
    entry = session.get(WeekEntry, entry_id)
    if entry is None:
        raise NotFound(_("That is no longer in your week."))
    return entry


def _slot(session, plan_id: int, day: str, time: str) -> list[WeekEntry]:
    return list(session.scalars(
        select(WeekEntry).where(WeekEntry.plan_id == plan_id, WeekEntry.day == day,
                                WeekEntry.time_of_day == time)
        .order_by(WeekEntry.position, WeekEntry.id)
    ))


def _short(value: object, field: str) -> str:
    return " ".join(plan_rules.clean_text(value, field=field, limit=SHORT_MAX).split())


def clean_entry_title(value: object) -> str:
    text = _short(value, "title")
    if not text:
        raise InvalidInput(_("Please write a few words saying what you do, like walk Mot."), "title")
    return text


def _clean(field: str, value: object) -> object:
    if field == "day":
        return clean_day(value)
    if field == "time_of_day":
        return clean_time(value)
    if field == "title":
        return clean_entry_title(value)
    if field in ("place", "with_whom"):
        return _short(value, field)
    if field == "feeling":
        return clean_feeling(value, optional=True)
    if field == "visibility":
        return clean_visibility(value)
    raise InvalidInput(_("Small Steps does not keep that detail."), field)


def _sort_key(entry: WeekEntry) -> tuple[int, int, int, int]:
    day = DAYS.index(entry.day) if entry.day in DAYS else len(DAYS)
    time = TIMES.index(entry.time_of_day) if entry.time_of_day in TIMES else len(TIMES)
    return day, time, entry.position, entry.id


def list_entries(db: Database, plan_id: int) -> list[EntryRecord]:
    """Monday morning first, Sunday night last; each time of day in its order."""
    with db.session() as session:
        _plan(session, plan_id)
        rows = session.scalars(select(WeekEntry).where(WeekEntry.plan_id == plan_id)).all()
        return [_record(e) for e in sorted(rows, key=_sort_key)]


def get_entry(db: Database, entry_id: int) -> EntryRecord:
    with db.session() as session:
        return _record(_entry(session, entry_id))


def add_entry(
    db: Database, plan_id: int, day: str, time_of_day: str, title: str, place: str = "",
    with_whom: str = "", feeling: int | None = None, visibility: str | None = None,
    position: int | None = None, entry_id: int | None = None,
) -> EntryRecord:
    values = {"day": day, "time_of_day": time_of_day, "title": title, "place": place,
              "with_whom": with_whom, "feeling": feeling, "visibility": visibility}
    cleaned = {field: _clean(field, value) for field, value in values.items()}
    with db.session() as session:
        _plan(session, plan_id)
        count = session.scalar(select(func.count()).select_from(WeekEntry).where(WeekEntry.plan_id == plan_id))
        if count >= ENTRIES_MAX:
            raise InvalidInput(_("Your week has {count} things in it, as many as Small Steps can "
                                 "keep.").format(count=f"{count:,}"), "title")
        entry = WeekEntry(plan_id=plan_id, **cleaned)
        if entry_id is not None:
            if session.get(WeekEntry, entry_id) is not None:
                raise InvalidInput(_("That is already in your week."), "title")
            entry.id = entry_id
        slot = _slot(session, plan_id, cleaned["day"], cleaned["time_of_day"])
        ordering.insert(slot, entry, position)
        session.add(entry)
        session.flush()
        return _record(entry)


def update_entry(db: Database, entry_id: int, position: int | None = None,
                 **changes: object) -> EntryRecord:
    """Change an entry; moved to another day or time, it goes last there (or at `position`)."""
    unknown = set(changes) - ENTRY_FIELDS
    if unknown:
        raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
    cleaned = {field: _clean(field, value) for field, value in changes.items()}
    with db.session() as session:
        entry = _entry(session, entry_id)
        old_slot = (entry.day, entry.time_of_day)
        new_slot = (cleaned.get("day", entry.day), cleaned.get("time_of_day", entry.time_of_day))
        for field, value in cleaned.items():
            setattr(entry, field, value)
        if new_slot != old_slot:
            left = [e for e in _slot(session, entry.plan_id, *old_slot) if e.id != entry.id]
            ordering.renumber(left)
            others = [e for e in _slot(session, entry.plan_id, *new_slot) if e.id != entry.id]
            ordering.insert(others, entry, position)
        session.flush()
        return _record(entry)


def remove_entry(db: Database, entry_id: int) -> EntryRecord:
    with db.session() as session:
        entry = _entry(session, entry_id)
        record = _record(entry)
        slot = _slot(session, entry.plan_id, entry.day, entry.time_of_day)
        slot.remove(entry)
        session.delete(entry)
        ordering.renumber(slot)
        return record


def restore_entry(db: Database, record: EntryRecord) -> EntryRecord:
    return add_entry(db, record.plan_id, position=record.position, entry_id=record.entry_id,
                     **record.values())


def move_entry(db: Database, entry_id: int, step: int) -> list[int]:
    """Move an entry up or down within its time of day; returns the order before (for Undo)."""
    with db.session() as session:
        entry = _entry(session, entry_id)
        return ordering.move(_slot(session, entry.plan_id, entry.day, entry.time_of_day), entry, step)


def set_slot_order(db: Database, plan_id: int, day: str, time_of_day: str, order: list[int]) -> None:
    with db.session() as session:
        ordering.set_order(_slot(session, plan_id, clean_day(day), clean_time(time_of_day)), order)
