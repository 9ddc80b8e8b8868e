"""A team's people in name order from one index (issue 18, the caseload's p95): on a team database
the caseload starts from the people of the worker's teams, which were found by `team_id` and then
read row by row from the table (about 760 pages of it for a team of 1,250 people, spread among
everyone else's, and then sorted). This index holds, for each team, its people's name keys in
order with the few columns the caseload shows, so they are read from the index alone. The rules
read `team_id` and `id` only, both in it: row-level security still decides every row. SQLite (one
person's computer, no teams) is unchanged.

Revision ID: 0020_team_caseload_index
Revises: 0019_plan_access_rows
"""

from alembic import op

revision = "0020_team_caseload_index"
down_revision = "0019_plan_access_rows"
branch_labels = None
depends_on = None

NAME = "ix_person_team_caseload"
INDEX = (f"CREATE INDEX IF NOT EXISTS {NAME} ON person (team_id, search_key, id) "
         "INCLUDE (name, preferred_name, welsh_key, removed_at)")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(INDEX)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {NAME}")
