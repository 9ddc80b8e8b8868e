"""Lists of items in a plan, kept in order: add, change, move, remove and put back (Undo).

Many parts of a plan are ordered lists of small items (signs in a crisis plan, contacts,
support lines, purchases...). Each kind of item is described once by an `ItemKind`: its table,
the fields a person edits, how to check them, and how to turn a row into a plain record. The
functions here do the rest, one transaction each, so every list behaves the same way:

- everything is checked before anything is kept (`InvalidInput` names the field);
- `remove` returns what was removed, and `restore` puts it back with the same id and place,
  children too, so Undo and Redo keep working with commands that name it later.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.visibility import Visibility
from planner.errors import ChangedMeanwhile, InvalidInput, NotFound
from planner.i18n import _
from planner.services import new_ids
from planner.storage.database import Database
from planner.storage.models import Plan


@dataclass(frozen=True)
class ItemKind:
    name: str
    model: type
    fields: tuple[str, ...]  # what a person edits; the keys of `values`
    # (session, owner id, every field's value, the row or None) -> column values, all checked
    clean: Callable[[Session, int, dict[str, Any], Any], dict[str, Any]]
    record: Callable[[Any], Any]  # a row -> a frozen record with `item_id` and the fields
    parent: str = "plan_id"
    group: tuple[str, ...] = ()  # fields that, with the owner, make one ordered list
    plan_of: Callable[[Session, int], int] | None = None  # owner id -> plan id (not a plan)
    after_change: Callable[[Session, int], None] | None = None  # (session, plan id): cross checks
    before_remove: Callable[[Session, Any], None] | None = None
    children: tuple["ItemKind", ...] = ()  # kinds whose parent is this kind: removed with it


@dataclass(frozen=True)
class Removed:
    """An item taken out, with all it needs to come back as it was."""

    kind: str
    item_id: int
    owner_id: int
    position: int
    values: Mapping[str, Any]
    children: tuple["Removed", ...] = field(default=())


def plan_row(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def values_of(kind: ItemKind, row: Any) -> dict[str, Any]:
    record = kind.record(row)
    return {name: getattr(record, name) for name in kind.fields}


def clean_visibility(value: object) -> str | None:
    """Who may see an item; None for a new item is the database's own choice (see
    `planner.domain.visibility.new_item_visibility`)."""
    if value is None:
        return None
    try:
        return Visibility(value).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None


def _plan_id(session: Session, kind: ItemKind, owner_id: int) -> int:
    if kind.plan_of is None:
        plan_row(session, owner_id)
        return owner_id
    return kind.plan_of(session, owner_id)


def siblings(session: Session, kind: ItemKind, owner_id: int, group: Mapping[str, Any]) -> list:
    query = select(kind.model).where(getattr(kind.model, kind.parent) == owner_id)
    for name, value in group.items():
        query = query.where(getattr(kind.model, name) == value)
    return list(session.scalars(query.order_by(kind.model.position, kind.model.id)))


def _renumber(rows: list) -> None:
    for index, row in enumerate(rows):
        row.position = index


def _get(session: Session, kind: ItemKind, item_id: int):
    row = session.get(kind.model, item_id)
    if row is None:
        raise NotFound(_("That item is no longer in the plan."))
    return row


def add_in_session(
    session: Session, kind: ItemKind, owner_id: int, values: Mapping[str, Any],
    *, position: int | None = None, item_id: int | None = None,
):
    """Check and add one item inside the caller's transaction; returns the row."""
    plan_id = _plan_id(session, kind, owner_id)
    unknown = set(values) - set(kind.fields)
    if unknown:
        raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
    columns = kind.clean(session, owner_id, dict(values), None)
    group = {name: columns[name] for name in kind.group}
    rows = siblings(session, kind, owner_id, group)
    row = kind.model(**{kind.parent: owner_id}, **columns)
    if item_id is not None:
        if session.get(kind.model, item_id) is not None:
            raise InvalidInput(_("That item is already in the plan."), None)
        row.id = item_id
    at = len(rows) if position is None else max(0, min(position, len(rows)))
    rows.insert(at, row)
    session.add(row)
    _renumber(rows)
    session.flush()
    if kind.after_change:
        kind.after_change(session, plan_id)
    return row


def add(
    db: Database, kind: ItemKind, owner_id: int, values: Mapping[str, Any],
    *, position: int | None = None, item_id: int | None = None,
):
    """Add an item at the end of its list (or at `position`, as `item_id`: for Undo)."""
    with db.session() as session:
        row = add_in_session(session, kind, owner_id, values, position=position, item_id=item_id)
        return kind.record(row)


def reserve_id(db: Database, kind: ItemKind) -> int | None:
    """An id for a new item, taken before it is added (a team database only; None on SQLite), so
    an add tried again after the server went away mid-write finds itself and is not added twice."""
    return new_ids.reserve(db, kind.model.__tablename__)


def find(db: Database, kind: ItemKind, item_id: int):
    """The item's record, or None when there is no such item."""
    with db.session() as session:
        row = session.get(kind.model, item_id)
        return None if row is None else kind.record(row)


def update(db: Database, kind: ItemKind, item_id: int, changes: Mapping[str, Any],
           expected: Mapping[str, Any] | None = None):
    """Change some fields of an item; every field is checked again, together.

    `expected` holds the fields as the change saw them: if someone else has changed any of them
    meanwhile, nothing is saved and `ChangedMeanwhile` says what they are now and who changed them
    (the row's version refuses a change racing with another, too)."""
    with db.session() as session:
        row = _get(session, kind, item_id)
        if expected:
            check_unchanged(session, kind.model.__tablename__, item_id, values_of(kind, row), expected)
        owner_id = getattr(row, kind.parent)
        plan_id = _plan_id(session, kind, owner_id)
        unknown = set(changes) - set(kind.fields)
        if unknown:
            raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
        merged = values_of(kind, row) | dict(changes)
        columns = kind.clean(session, owner_id, merged, row)
        for name in kind.group:
            if columns[name] != getattr(row, name):
                raise InvalidInput(_("This can't be moved to another list."), name)
        for name, value in columns.items():
            setattr(row, name, value)
        session.flush()
        if kind.after_change:
            kind.after_change(session, plan_id)
        return kind.record(row)


def check_unchanged(session: Session, table: str, item_id: int, now: Mapping[str, Any],
                    expected: Mapping[str, Any]) -> None:
    """Refuse a change based on values someone else has changed since (see `update`)."""
    theirs = {name: now.get(name) for name, value in expected.items() if now.get(name) != value}
    if not theirs:
        return
    from planner.storage.audit import AuditEvent

    who = session.scalar(select(AuditEvent.actor).where(AuditEvent.item_kind == table, AuditEvent.item_id == item_id)
                         .order_by(AuditEvent.id.desc()).limit(1)) or ""
    raise ChangedMeanwhile(
        _("{who} changed this while you were working on it, so your change was not saved yet. "
          "Nothing you typed is lost.").format(who=who or _("Someone else")), theirs, who)


def move(db: Database, kind: ItemKind, item_id: int, position: int):
    """Put an item at `position` in its list (0 is first)."""
    with db.session() as session:
        row = _get(session, kind, item_id)
        owner_id = getattr(row, kind.parent)
        _plan_id(session, kind, owner_id)
        rows = siblings(session, kind, owner_id, {g: getattr(row, g) for g in kind.group})
        rows.remove(row)
        rows.insert(max(0, min(position, len(rows))), row)
        _renumber(rows)
        session.flush()
        return kind.record(row)


def _snapshot(session: Session, kind: ItemKind, row) -> Removed:
    children = []
    for child_kind in kind.children:
        for child in siblings(session, child_kind, row.id, {}):
            children.append(_snapshot(session, child_kind, child))
    return Removed(
        kind.name, row.id, getattr(row, kind.parent), row.position, values_of(kind, row),
        tuple(children),
    )


def remove(db: Database, kind: ItemKind, item_id: int) -> Removed:
    """Take an item (and its children) out; returns what it was, for Undo."""
    with db.session() as session:
        row = _get(session, kind, item_id)
        owner_id = getattr(row, kind.parent)
        plan_id = _plan_id(session, kind, owner_id)
        if kind.before_remove:
            kind.before_remove(session, row)
        removed = _snapshot(session, kind, row)
        group = {g: getattr(row, g) for g in kind.group}
        for child in removed.children:
            session.delete(session.get(_kind_by_name(kind, child.kind).model, child.item_id))
        session.flush()  # children first: the table has no ORM relationship to order them
        session.delete(row)
        session.flush()
        _renumber(siblings(session, kind, owner_id, group))
        session.flush()
        if kind.after_change:
            kind.after_change(session, plan_id)
        return removed


def _kind_by_name(kind: ItemKind, name: str) -> ItemKind:
    for child_kind in kind.children:
        if child_kind.name == name:
            return child_kind
    raise KeyError(name)


def _restore_in_session(session: Session, kind: ItemKind, removed: Removed) -> Any:
    row = add_in_session(
        session, kind, removed.owner_id, removed.values, position=removed.position,
        item_id=removed.item_id,
    )
    for child in removed.children:
        _restore_in_session(session, _kind_by_name(kind, child.kind), child)
    return row


def restore(db: Database, kind: ItemKind, removed: Removed):
    """Put back what `remove` took out: same id, same place, same children."""
    with db.session() as session:
        row = _restore_in_session(session, kind, removed)
        return kind.record(row)
