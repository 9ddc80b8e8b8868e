"""The record of who changed what: append-only, and chained by hashes so tampering shows.

Every flush of the ORM session writes one row per changed field (or per added or removed
item) in the same transaction as the change itself, so the record can never miss a saved
change nor hold one that was not saved. Each plan has its own chain (`chain` = the plan id;
people-level events use chain 0): every row carries the hash of the row before it in its chain,
and its own hash over its content. `verify_chains` recomputes them all.

Rows cannot be updated (a trigger refuses); they can be deleted only with their plan, when a
person is deleted for good, which leaves a "deleted for good" row in chain 0.
"""

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, event, inspect, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from planner.storage.models import Base, Person, Plan, utcnow

SMALL = 200  # longer values are recorded by their length only
GENESIS = "0" * 64
SYSTEM_CHAIN = 0


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    item_kind: Mapped[str] = mapped_column(String(64), nullable=False)
    item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # added, changed, removed, purged
    field: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    visibility: Mapped[str] = mapped_column(String(16), nullable=False, default="private")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


HASHED_FIELDS = ("chain", "at", "actor", "item_kind", "item_id", "action", "field", "old_value",
                 "new_value", "visibility", "prev_hash")


def row_hash(row: dict[str, Any]) -> str:
    content = {name: row[name] for name in HASHED_FIELDS}
    if isinstance(content["at"], dt.datetime):
        content["at"] = content["at"].isoformat()
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return f"(a picture, {len(value):,} bytes)"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    text = str(value)
    if len(text) > SMALL:
        return f"(long text, {len(text):,} letters)"
    return text


_PUBLIC_PERSON_FIELDS = {"name", "preferred_name"}


def _visibility(obj: Any, field: str) -> str:
    """Who may read this row's content: the item's own visibility at the time."""
    if isinstance(obj, Person):
        if field in _PUBLIC_PERSON_FIELDS:
            return "panel"
        if field.startswith("photo"):
            return obj.photo_visibility or "private"
        return obj.details_visibility or "private"
    if isinstance(obj, Plan):
        return "panel"
    seen_by = getattr(obj, "visibility", None) or "private"
    # A field with a say of its own (e.g. `contact` and `contact_visibility`): the stricter.
    own = getattr(obj, f"{field}_visibility", None)
    return _stricter(own, seen_by) if isinstance(own, str) and own else seen_by


def _stricter(a: str, b: str) -> str:
    order = {"private": 0, "team": 1, "panel": 2}
    return a if order.get(a, 0) <= order.get(b, 0) else b


def _chain_of(obj: Any, depth: int = 0) -> int:
    """The plan an item belongs to (its chain); 0 for people without a plan yet."""
    if isinstance(obj, Plan):
        return obj.id
    if isinstance(obj, Person):
        return obj.plans[0].id if obj.plans else SYSTEM_CHAIN
    plan_id = getattr(obj, "plan_id", None)
    if plan_id:
        return plan_id
    if depth < 4:
        mapper = inspect(type(obj))
        for relationship in mapper.relationships:
            if relationship.direction.name == "MANYTOONE":
                parent = getattr(obj, relationship.key, None)
                if parent is not None:
                    found = _chain_of(parent, depth + 1)
                    if found:
                        return found
    return SYSTEM_CHAIN


IGNORED_FIELDS = {"updated_at", "created_at", "search_key", "welsh_key", "id"}
# The words that name an item in "Added a ...": the first of these it has.
LABEL_FIELDS = ("name", "title", "what", "text", "words", "who", "barrier", "question", "note")


def _label(obj: Any) -> tuple[str, str | None]:
    for field in LABEL_FIELDS:
        value = getattr(obj, field, None)
        if isinstance(value, str) and value.strip():
            return field, _value(value)
    return "name", None


def _changes(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEvent):
            continue
        state = inspect(obj)
        kind = type(obj).__tablename__
        if obj in session.new:
            field, words = _label(obj)
            rows.append({"obj": obj, "item_kind": kind, "action": "added", "field": "",
                         "old_value": None, "new_value": words, "visibility": _visibility(obj, field)})
        elif obj in session.deleted:
            field, words = _label(obj)
            rows.append({"obj": obj, "item_kind": kind, "action": "removed", "field": "",
                         "old_value": words, "new_value": None, "visibility": _visibility(obj, field)})
        else:
            for attribute in state.mapper.column_attrs:
                key = attribute.key
                if key in IGNORED_FIELDS:
                    continue
                history = state.attrs[key].history
                if not history.has_changes():
                    continue
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old == new:
                    continue
                visibility = _visibility(obj, key)
                if key.endswith("visibility"):
                    visibility = _stricter(str(old or "private"), str(new or "private"))
                rows.append({"obj": obj, "item_kind": kind, "action": "changed", "field": key,
                             "old_value": _value(old), "new_value": _value(new), "visibility": visibility})
    return rows


def _last_hash(connection, chain: int, cache: dict[int, str]) -> str:
    if chain not in cache:
        found = connection.execute(
            select(AuditEvent.hash).where(AuditEvent.chain == chain).order_by(AuditEvent.id.desc()).limit(1)
        ).scalar()
        cache[chain] = found or GENESIS
    return cache[chain]


def write_rows(connection, rows: list[dict[str, Any]], actor: str) -> None:
    """Append rows (dicts without obj) to their chains."""
    cache: dict[int, str] = {}
    now = utcnow().replace(microsecond=0)
    table = AuditEvent.__table__
    for row in rows:
        row = dict(row, at=now, actor=actor)
        row["prev_hash"] = _last_hash(connection, row["chain"], cache)
        row["hash"] = row_hash(row)
        cache[row["chain"]] = row["hash"]
        connection.execute(table.insert().values(**{k: row[k] for k in (*HASHED_FIELDS, "hash")}))


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _context, _instances) -> None:
    if session.info.get("audit", True):
        session.info.setdefault("audit_pending", []).extend(_changes(session))


def _item_id(obj: Any) -> int | None:
    """The item's id (the first part of its key): a new item's too, which has its key written but
    not yet its identity while the flush finishes."""
    state = inspect(obj)
    if state.identity:
        return state.identity[0]
    key = state.mapper.primary_key_from_instance(obj)
    return key[0] if key and isinstance(key[0], int) else None


@event.listens_for(Session, "after_flush")
def _record(session: Session, _context) -> None:
    pending = session.info.pop("audit_pending", [])
    if not pending:
        return
    rows = []
    for row in pending:
        obj = row.pop("obj")
        row["item_id"] = _item_id(obj)
        row["chain"] = _chain_of(obj) if row["action"] != "removed" or not isinstance(obj, Plan) else obj.id
        rows.append(row)
    write_rows(session.connection(), rows, session.info.get("actor", ""))


def verify_chains(connection) -> list[str]:
    """Every problem with the record, in plain words (empty: intact)."""
    from planner.i18n import _

    problems: list[str] = []
    last: dict[int, str] = {}
    table = AuditEvent.__table__
    for mapping in connection.execute(select(table).order_by(table.c.id)).mappings():
        row = dict(mapping)
        expected_prev = last.get(row["chain"], GENESIS)
        if row["prev_hash"] != expected_prev:
            problems.append(_("The record of changes has a gap or was re-ordered at entry {id}.").format(id=row["id"]))
        if row_hash(row) != row["hash"]:
            problems.append(_("The record of changes was altered at entry {id}.").format(id=row["id"]))
        last[row["chain"]] = row["hash"]
    return problems


def delete_chains(connection, chains: list[int]) -> int:
    """Delete the history of plans that are gone (allowed by the trigger only then)."""
    if not chains:
        return 0
    if connection.dialect.name == "postgresql":  # a worker may not see them: the database's own function
        from sqlalchemy import text

        return connection.execute(text("SELECT smallsteps_forget_history(:chains)"),
                                  {"chains": list(chains)}).scalar() or 0
    result = connection.execute(AuditEvent.__table__.delete().where(AuditEvent.chain.in_(chains)))
    return result.rowcount or 0
