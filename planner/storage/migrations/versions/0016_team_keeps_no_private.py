"""A team database keeps nothing marked "just me" (issue 18, item 5), guarded by PostgreSQL itself:
every column saying who may see an item gets a CHECK that it is not "private", so no client (the
window, the command line, psql) can write a private item there. New items there default to the
person's support team. SQLite (the person's own computer) is unchanged.

The CHECKs are NOT VALID: PostgreSQL applies them to every row written from now on, and leaves
rows written before alone (a team database from before this may hold items marked "just me"; they
are not deleted behind anyone's back; changing one means choosing who else may see it, or taking
it out of the team's copy, which the window asks about).

Revision ID: 0016_team_keeps_no_private
Revises: 0015_caseload_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_team_keeps_no_private"
down_revision = "0015_caseload_search"
branch_labels = None
depends_on = None

PREFIX = "team_keeps_no_private"
SKIPPED = {"audit_event"}  # the record of changes says how an item was kept; it is append-only


def guarded_columns(bind) -> list[tuple[str, str]]:
    inspector = sa.inspect(bind)
    return [(table, column["name"]) for table in sorted(inspector.get_table_names()) if table not in SKIPPED
            for column in inspector.get_columns(table) if column["name"].endswith("visibility")]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    for table, column in guarded_columns(bind):
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET DEFAULT \'team\'')
        op.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "{PREFIX}_{table}_{column}" '
                   f'CHECK ("{column}" <> \'private\') NOT VALID')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    for table, column in guarded_columns(bind):
        op.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{PREFIX}_{table}_{column}"')
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET DEFAULT \'private\'')
