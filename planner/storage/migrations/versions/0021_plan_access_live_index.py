"""The rules' question answered from the index alone (issue 18, the caseload's p95): row-level
security asks of `plan_access`, for each row read, "is there a row for me and this plan (or this
person) that is still live?" (`until` is empty, or later than now: an opening with a reason lasts
its hour). Both indexes the question uses held the login and the plan (or person) but not `until`,
so each answer read the table's row too: a caseload page of 200 people asks it about a thousand
times. The two indexes are made again holding `until` as well (INCLUDE): the same question, the
same rows, read from the index alone. Who may see what is unchanged: the policies are not touched.
PostgreSQL only (SQLite has no rules).

Revision ID: 0021_plan_access_live_index
Revises: 0020_team_caseload_index
"""

from alembic import op

revision = "0021_plan_access_live_index"
down_revision = "0020_team_caseload_index"
branch_labels = None
depends_on = None

# (new name, old name, key columns)
INDEXES = (("ix_plan_access_login_plan_live", "ix_plan_access_login_plan", "login, plan_id"),
           ("ix_plan_access_login_person_live", "ix_plan_access_login_person", "login, person_id"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for new, old, key in INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {new} ON plan_access ({key}) INCLUDE (until)")
        op.execute(f"DROP INDEX IF EXISTS {old}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for new, old, key in INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {old} ON plan_access ({key})")
        op.execute(f"DROP INDEX IF EXISTS {new}")
