"""What an item holds now and who changed it last: so a change (or an Undo) based on what the
window saw is never written over someone else's change made meanwhile (issue 18, item 4).

The window's commands name the row they change (its table and id) and the fields as they saw
them; `changed_meanwhile` says which of those someone else has changed since, and who.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import is_dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from planner.errors import ChangedMeanwhile, NotFound
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.models import Base


def last_changed_by(session, table: str, item_id: int) -> str:
    """Who last changed the row, from the record of changes ("" when nobody is named)."""
    from planner.storage.audit import AuditEvent

    return session.scalar(select(AuditEvent.actor).where(AuditEvent.item_kind == table, AuditEvent.item_id == item_id)
                          .order_by(AuditEvent.id.desc()).limit(1)) or ""


def fields_now(db: Database, table: str, item_id: int, names: Iterable[str]) -> tuple[dict[str, Any], str]:
    """The named fields of one row as they are now (those that are columns of it), and who changed
    it last. `NotFound` when the row has gone (someone took it off meanwhile)."""
    now, who, _version = read(db, table, item_id, names)
    return (_shaped(now, names) if isinstance(names, Mapping) else now), who


def read(db: Database, table: str, item_id: int, names: Iterable[str]) -> tuple[dict[str, Any], str, int | None]:
    """`fields_now`, and the row's version (None for a table without one)."""
    names = list(names)
    rows = Base.metadata.tables[table]
    columns = [rows.c[name] for name in names if name in rows.c]
    version = [rows.c.version] if "version" in rows.c else []
    with db.session() as session:
        found = session.execute(select(rows.c.id, *version, *columns).where(rows.c.id == item_id)).first()
        if found is None:
            raise NotFound(_("Someone else took this off the plan while you were working on it. Nothing "
                             "you typed is lost: it is still on your screen."))
        who = last_changed_by(session, table, item_id)
    values = list(found)[1 + len(version):]
    now = {column.name: values[index] for index, column in enumerate(columns)}
    now.update(_kept_in_rows(db, table, item_id, [name for name in names if name not in rows.c]))
    return now, who, found[1] if version else None


def _kept_in_rows(db: Database, table: str, item_id: int, names: list[str]) -> dict[str, Any]:
    """Fields kept in rows of their own, as the window holds them: a review's ratings (area ->
    1-5), a meeting's actions and its lists of people (who was invited, came, sent apologies)."""
    if table == "review" and "ratings" in names:
        from planner.services import reviews

        return {"ratings": dict(reviews.get_review(db, item_id).ratings)}
    if table == "meeting":
        from planner.services import meetings

        wanted = [name for name in names if name in ("actions", *meetings.LISTS)]
        if wanted:
            record = meetings.get_meeting(db, item_id)
            return {name: getattr(record, name) for name in wanted}
    return {}


# A change checked against what it saw is then written only over that very version of the row:
# one written by someone else between the check and the write is refused as well.
_PINNED: ContextVar[tuple[str, int, int] | None] = ContextVar("smallsteps_pinned_version", default=None)


@contextmanager
def pinned(table: str, item_id: int, version: int | None) -> Iterator[None]:
    token = _PINNED.set(None if version is None else (table, item_id, version))
    try:
        yield
    finally:
        _PINNED.reset(token)


@event.listens_for(Session, "before_flush")
def _refuse_a_newer_version(session, _context, _instances) -> None:
    pin = _PINNED.get()
    if pin is None:
        return
    table, item_id, version = pin
    if session.info.get("pin_checked") == pin:
        return  # checked at its first write in this transaction (its version moves on with ours)
    for row in session.dirty:
        if getattr(row, "__tablename__", None) == table and getattr(row, "id", None) == item_id:
            if getattr(row, "version", version) != version:
                raise refusal({}, last_changed_by(session, table, item_id))
            session.info["pin_checked"] = pin


def changed_meanwhile(db: Database, table: str, item_id: int, expected: Mapping[str, Any],
                      same: Callable[[Any, Any], bool]) -> tuple[dict[str, Any], str, int | None]:
    """The fields of `expected` someone else has changed since (as they are now), who did, and
    the row's version as read."""
    now, who, version = read(db, table, item_id, [name for name, value in expected.items() if _comparable(value)])
    now = _shaped(now, expected)
    theirs = {name: value for name, value in now.items()
              if not (same(expected[name], value) or _as_text(expected[name]) == _as_text(value))}
    if theirs and all(name in _IN_ROWS.get(table, ()) for name in theirs):
        who = _rows_written_by(db, table, item_id)  # not whoever last changed the row itself
    return theirs, who, version


# Fields kept in rows of their own, by the table of the item they belong to.
_IN_ROWS = {"review": ("ratings",), "meeting": ("actions", "invited", "came", "apologies")}


def _rows_written_by(db: Database, table: str, item_id: int) -> str:
    """Who wrote the rows a review's ratings or a meeting's actions and names are kept in, as they
    are now (those rows are written anew at each change): not whoever last changed the item's
    other fields."""
    from planner.storage.audit import AuditEvent
    from planner.storage.goals_models import MeetingAction, MeetingPerson

    with db.session() as session:
        if table == "review":  # its ratings' rows are recorded under the review's id
            return session.scalar(select(AuditEvent.actor).where(
                AuditEvent.item_kind == "review_rating", AuditEvent.item_id == item_id)
                .order_by(AuditEvent.id.desc()).limit(1)) or ""
        newest: tuple[int, str] = (-1, "")
        for model in (MeetingAction, MeetingPerson):
            found = session.execute(
                select(AuditEvent.id, AuditEvent.actor)
                .where(AuditEvent.item_kind == model.__tablename__, AuditEvent.action == "added",
                       AuditEvent.item_id.in_(select(model.id).where(model.meeting_id == item_id)))
                .order_by(AuditEvent.id.desc()).limit(1)).first()
            if found is not None and found[0] > newest[0]:
                newest = (found[0], found[1] or "")
        return newest[1]


def _comparable(value: Any) -> bool:
    """A field kept as one plain value (words, a number, a date, yes/no), a list of choices
    kept joined in one column (a goal's areas, the reasons of a check-in), or what is kept in
    rows of its own (a review's ratings, a meeting's actions and people: `_kept_in_rows`)."""
    return (value is None or isinstance(value, str | int | float | Decimal | dt.date | bool | dict)
            or _choices(value) or _records(value))


def _records(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(_is_record(item) for item in value)


def _is_record(item: Any) -> bool:
    """An item of a list kept in rows of its own (a meeting's action)."""
    return is_dataclass(item) and not isinstance(item, type)


def _choices(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(key, str) for key in value)


def _shaped(now: dict[str, Any], like: Mapping[str, Any]) -> dict[str, Any]:
    """Columns of joined choices ("home,work") in the window's shape (a tuple), to compare."""
    return {name: tuple(key for key in (value or "").split(",") if key)
            if _choices(like.get(name)) and isinstance(value, str | None) else value
            for name, value in now.items()}


def _as_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def refusal(theirs: Mapping[str, Any], who: str) -> ChangedMeanwhile:
    return ChangedMeanwhile(
        _("{who} changed this while you were working on it, so your change was not saved yet. "
          "Nothing you typed is lost.").format(who=who or _("Someone else")), dict(theirs), who)
