"""A plan's rows read with plain SQL: the one way the plan document is read, on any database.

The plan document (`planner.plan_file.document.dump_plan`) reads every part with the SQL written
in the parts, run through a `Reader`:

- `SessionReader`: the program's open transaction (SQLAlchemy), on SQLite or on a team's
  PostgreSQL, where the team's row rules decide every row as they do for any other statement;
- `SqliteReader`: Python's own `sqlite3` on the plans file, for a command that only exports
  (`planner.services.exports.export_from_file`): nothing of SQLAlchemy is imported, about half a second of
  such a command.

Values come back as each driver gives them: SQLite keeps dates and times as text and yes/no as
0/1, PostgreSQL as dates and booleans. `day`, `moment`, `flag` and `blob` read either.
Statements name their parameters (`:plan_id`), which both ways understand.
"""

import datetime as dt
from functools import lru_cache
from operator import itemgetter
from typing import Any, Protocol


class Reader(Protocol):
    def all(self, sql: str, **params: Any) -> list: ...


class SessionReader:
    """Statements run in a SQLAlchemy session's transaction; rows name their columns."""

    def __init__(self, session):
        self.session = session

    def all(self, sql: str, **params: Any) -> list:
        from sqlalchemy import text

        return self.session.execute(text(sql), params).all()


class _Row(tuple):
    """A row: a tuple whose columns are read by name too (`row.plan_id`), as SQLAlchemy's are."""

    __slots__ = ()
    _names: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return "Row(" + ", ".join(f"{name}={value!r}" for name, value in zip(self._names, self, strict=True)) + ")"


@lru_cache(maxsize=256)
def _row_type(names: tuple[str, ...]) -> type:
    """The row class of one statement's columns (a column named twice reads as its first).

    Made with `type`: `namedtuple` compiles a constructor for each, which for the 37 statements
    of a plan was about 5 ms of every export command."""
    attributes: dict[str, Any] = {"__slots__": (), "_names": names}
    for index, name in enumerate(names):
        attributes.setdefault(name, property(itemgetter(index)))
    return type("Row", (_Row,), attributes)


class SqliteReader:
    """Statements run on a `sqlite3` connection; rows name their columns as SQLAlchemy's do."""

    def __init__(self, connection):
        self.connection = connection

    def all(self, sql: str, **params: Any) -> list:
        cursor = self.connection.execute(sql, params)
        return list(map(_row_type(tuple(column[0] for column in cursor.description)), cursor.fetchall()))


def one(reader: Reader, sql: str, **params: Any):
    """The first row, or None."""
    rows = reader.all(sql, **params)
    return rows[0] if rows else None


def day(value: Any) -> dt.date | None:
    """A date column's value (SQLite keeps "2026-12-07")."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def moment(value: Any) -> dt.datetime | None:
    """A date-and-time column's value (SQLite keeps "2026-12-07 10:12:00.000000")."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def flag(value: Any) -> bool | None:
    """A yes/no column's value (SQLite keeps 0 or 1)."""
    return None if value is None else bool(value)


def blob(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def grouped(rows: list, key: str) -> dict[Any, list]:
    """Rows by the value of their column `key`, each group in the rows' order."""
    out: dict[Any, list] = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out
