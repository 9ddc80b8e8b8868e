"""The team database's rules cost less on every statement (issue 18, the caseload's p95): a row
reached through its parent (a check-in through its goal, say) was allowed when its parent was among
every parent row the worker may see, a set PostgreSQL made on each statement that read the table
(all the goals of a worker's plans to show a page of check-ins). Now the row's own parent is looked
up by its key, under the parent's own rule. Who may see what is unchanged: the same rows, by the
same rules (tests/test_team_access.py's matrix). SQLite has no rules: nothing changes there.

Revision ID: 0017_cheaper_team_rules
Revises: 0016_team_keeps_no_private
"""

from alembic import op

from planner.storage import team_access

revision = "0017_cheaper_team_rules"
down_revision = "0016_team_keeps_no_private"
branch_labels = None
depends_on = None


def upgrade() -> None:
    team_access.apply(op.get_bind())


def downgrade() -> None:
    team_access.apply(op.get_bind(), correlated=False)
