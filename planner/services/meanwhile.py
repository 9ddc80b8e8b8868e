"""What an item holds now and who changed it last: so a change (or an Undo) based on what the
window saw is never written over someone else's change made meanwhile (issue 18, item 4).

The window's commands name the row they change (its table and id) and the fields as they saw
them; `changed_meanwhile` says which of those someone else has changed since, and who.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select

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
    rows = Base.metadata.tables[table]
    columns = [rows.c[name] for name in names if name in rows.c]
    with db.session() as session:
        found = session.execute(select(rows.c.id, *columns).where(rows.c.id == item_id)).first()
        if found is None:
            raise NotFound(_("Someone else took this off the plan while you were working on it. Nothing "
                             "you typed is lost: it is still on your screen."))
        who = last_changed_by(session, table, item_id)
    return {column.name: found[index + 1] for index, column in enumerate(columns)}, who


def changed_meanwhile(db: Database, table: str, item_id: int, expected: Mapping[str, Any],
                      same: Callable[[Any, Any], bool]) -> tuple[dict[str, Any], str]:
    """The fields of `expected` someone else has changed since (as they are now), and who did."""
    now, who = fields_now(db, table, item_id, [name for name, value in expected.items() if _comparable(value)])
    theirs = {name: value for name, value in now.items()
              if not (same(expected[name], value) or _as_text(expected[name]) == _as_text(value))}
    return theirs, who


def _comparable(value: Any) -> bool:
    """A field kept as one plain value (words, a number, a date, yes/no); a list the window
    holds in another shape than its column (a goal's areas, kept joined) is left to the row's
    version, which refuses a write racing with another."""
    return value is None or isinstance(value, str | int | float | Decimal | dt.date | bool)


def _as_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def refusal(theirs: Mapping[str, Any], who: str) -> ChangedMeanwhile:
    return ChangedMeanwhile(
        _("{who} changed this while you were working on it, so your change was not saved yet. "
          "Nothing you typed is lost.").format(who=who or _("Someone else")), dict(theirs), who)
