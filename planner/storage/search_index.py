"""Finding people by the letters of their names without reading every name (issue 17, migration
0018): an index of each `search_key`'s three-letter pieces (SQLite's FTS5 trigram table, or
PostgreSQL's pg_trgm GIN index where the extension could be made).

A typed search is words, each of which must be somewhere in the name (`search_key`, case-folded,
accents taken away). Words of three letters or more are looked up in the index; words of one or
two letters have no three-letter piece to look up, so they are tested against the names (one- and
two-letter names, which have no pieces at all, are found that way too). Every name the index gives
is still tested against every word: the index only narrows the names read, never decides a match.
"""

import weakref

from sqlalchemy import Integer, column, func, text

SHORTEST = 3  # letters in a piece: shorter words are tested against the names only
# The triggers that keep SQLite's index in step; without all of them it is not used (a table
# rebuilt by a later migration would drop them, and then the index could miss people).
_SQLITE_PARTS = ("person_search", "person_search_added", "person_search_removed", "person_search_changed")
_ON_SQLITE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _sqlite_index(session) -> bool:
    engine = session.get_bind()
    engine = getattr(engine, "engine", engine)
    known = _ON_SQLITE.get(engine)
    if known is None:
        found = session.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name IN ({})".format(
                ", ".join(f"'{name}'" for name in _SQLITE_PARTS)))).scalar()
        known = _ON_SQLITE[engine] = found == len(_SQLITE_PARTS)
    return known


def _long(words: list[str]) -> list[str]:
    return [word for word in words if len(word) >= SHORTEST]


def _fts_phrase(words: list[str]) -> str:
    """The words as an FTS5 query: each a quoted string (a quote inside doubled), all of them."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def _like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def indexed(session, words: list[str]) -> bool:
    """Whether the index can narrow a search for `words` on this database (SQLite's FTS5 table)."""
    return session.bind.dialect.name == "sqlite" and bool(_long(words)) and _sqlite_index(session)


def at_most(session, words: list[str]) -> int | None:
    """At most how many people (removed ones included) can match `words`, from the index alone
    (cheap); None where the index cannot say (no word long enough, or no index)."""
    if not indexed(session, words):
        return None
    return session.execute(text("SELECT count(*) FROM person_search WHERE person_search MATCH :phrase"),
                           {"phrase": _fts_phrase(_long(words))}).scalar()


def conditions(session, key, person_id, words: list[str], use_index: bool = True) -> list:
    """Conditions for a query of people: `key` (their search_key column) holds every word.
    `use_index` False leaves SQLite's index out (when most people match, walking the names in
    order and testing each finds a page sooner than sorting everyone the index gives)."""
    postgresql = session.bind.dialect.name == "postgresql"
    found = []
    for word in words:
        if postgresql and len(word) >= SHORTEST:
            # LIKE (nothing typed a wildcard) is what pg_trgm's index answers; strpos is not.
            found.append(key.like(_like_pattern(word), escape="\\"))
        else:
            # A plain "is this text in it" (quicker than LIKE, and nothing typed is a wildcard).
            found.append((func.strpos if postgresql else func.instr)(key, word) > 0)
    if use_index and indexed(session, words):
        pieces = text("SELECT rowid FROM person_search WHERE person_search MATCH :phrase").bindparams(
            phrase=_fts_phrase(_long(words))).columns(column("rowid", Integer))
        found.append(person_id.in_(pieces))
    return found


def not_modelled(name: str | None, type_: str, _parents=None) -> bool:
    """For comparing the ORM models with the migrated schema (Alembic's `include_name`): False for
    the search index's own parts, which only the migration makes (an FTS5 table and its shadow
    tables on SQLite, made only where SQLite has FTS5; the GIN index only where pg_trgm could be),
    and for the team caseload's index (migration 0020: a team database's only, with columns it
    holds but is not ordered by, which the models cannot say without loading PostgreSQL's dialect
    in every command on a SQLite file)."""
    if type_ == "table":
        return not (name or "").startswith("person_search")
    if type_ == "index":
        return name not in ("ix_person_search_trigram", "ix_person_team_caseload")
    return True
