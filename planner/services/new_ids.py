"""A new item's id, taken before it is added (a team database; issue 18, item 6).

If the server goes away just after an add was saved, the answer is lost and the window tries the
add again. Taken first, the id says whether the first try had in fact been saved: the item is
found there and not added twice. One mechanism for every kind of item: `taking` gives the id to
the first new row of that table the add writes, whichever service writes it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from planner.storage.database import Database
from planner.storage.models import Base

_TAKING: ContextVar[tuple[str, int] | None] = ContextVar("smallsteps_taking_id", default=None)


def reserve(db: Database, table: str) -> int | None:
    """An id for a new row of `table` (None on SQLite: one computer's own file loses no answers)."""
    if db.is_sqlite:
        return None
    with db.session() as session:
        return session.execute(text("SELECT nextval(pg_get_serial_sequence(:table, 'id'))"),
                               {"table": table}).scalar_one()


def exists(db: Database, table: str, item_id: int) -> bool:
    """True when a row of `table` has this id (an add whose answer was lost had been saved)."""
    rows = Base.metadata.tables[table]
    with db.session() as session:
        return session.execute(select(rows.c.id).where(rows.c.id == item_id)).first() is not None


@contextmanager
def taking(table: str, item_id: int | None) -> Iterator[None]:
    """Within this, the first new row of `table` written gets `item_id` (nothing when None)."""
    token = _TAKING.set(None if item_id is None else (table, item_id))
    try:
        yield
    finally:
        _TAKING.reset(token)


@event.listens_for(Session, "before_flush")
def _give_the_taken_id(session, _context, _instances) -> None:
    taken = _TAKING.get()
    if taken is None or session.info.get("taken_id_given") == taken:
        return
    table, item_id = taken
    for row in session.new:
        if getattr(row, "__tablename__", None) == table and getattr(row, "id", None) is None:
            row.id = item_id
            session.info["taken_id_given"] = taken
            return
