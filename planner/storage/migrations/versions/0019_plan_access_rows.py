"""The team database's rules as rows (issue 18, the caseload's p95): who may read which plan is
kept in the table `plan_access` (one row for each worker and plan they may read), by triggers on
every change the rules read: roles and teams, a person moved, a plan added or its status, broker
or person changed, a plan opened with a reason. Row-level security then looks up one row by its
key, instead of every statement making the set of all the plans the worker may see (about a
dozen times an opening of the caseload). Who may see what is unchanged: the rules are written
once, as the view `plan_access_rules`, and tests/test_plan_access.py compares the rows with the
rules' own function for every worker after every kind of change. SQLite has no rules: nothing
changes there.

Revision ID: 0019_plan_access_rows
Revises: 0018_caseload_search_index
"""

from alembic import op

from planner.storage import plan_access, team_access

revision = "0019_plan_access_rows"
down_revision = "0018_caseload_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(plan_access.TABLE)
    team_access.apply(bind)  # the rules read the table now, and fill it


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    team_access.apply(bind, access=False)  # the policies no longer read the table
    op.execute(plan_access.DROP)
