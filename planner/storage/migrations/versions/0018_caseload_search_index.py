"""A search of 100,000 people without reading every name (issue 17): an index of the three-letter
pieces of each person's `search_key` (case-folded, accents taken away, see migration 0015), so a
search that finds few people, or no one, looks them up instead of testing every name.

SQLite: an FTS5 table with the trigram tokenizer over `person.search_key` (external content: the
index holds the pieces, not another copy of the names), kept in step by triggers in the same
transaction as every change to a person, and filled in here for everyone already there.
PostgreSQL: pg_trgm's GIN index on `search_key` (the people not removed), where the extension can
be made; where it cannot (a server without it, a role not allowed), nothing is added and searches
read the names as before. Searches of one or two letters (too short for three-letter pieces) and
every result are still checked against the names themselves (see planner/storage/search_index.py).

Revision ID: 0018_caseload_search_index
Revises: 0017_cheaper_team_rules
"""

import sqlalchemy as sa
from alembic import op

from planner.storage import team_access

revision = "0018_caseload_search_index"
down_revision = "0017_cheaper_team_rules"
branch_labels = None
depends_on = None

SQLITE = (
    "CREATE VIRTUAL TABLE person_search USING fts5("
    "search_key, content='person', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER person_search_added AFTER INSERT ON person BEGIN "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER person_search_removed AFTER DELETE ON person BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER person_search_changed AFTER UPDATE OF search_key ON person BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO person_search(person_search) VALUES ('rebuild')",
)
POSTGRESQL_INDEX = ("CREATE INDEX ix_person_search_trigram ON person USING gin (search_key gin_trgm_ops) "
                    "WHERE removed_at IS NULL")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
                bind.exec_driver_sql("DROP TABLE temp.trigram_probe")
        except sa.exc.OperationalError:
            return  # a SQLite without FTS5's trigrams: searches read the names, as before
        for statement in SQLITE:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql(POSTGRESQL_INDEX)
        except sa.exc.DBAPIError:
            pass  # not allowed here, or not installed: searches read the names, as before
    team_access.apply(bind)  # (the rules of a team database; nothing on SQLite)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("person_search_added", "person_search_removed", "person_search_changed"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS person_search")
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP INDEX IF EXISTS ix_person_search_trigram")
