"""Every row a person or a worker can edit carries a version (no lost updates): the program's
changes say which version they change, so a change based on an old one is refused.

Revision ID: 0013_row_versions
Revises: 0012_team_access
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_row_versions"
down_revision = "0012_team_access"
branch_labels = None
depends_on = None

TABLES = (
    'about_me_answer',
    'about_me_place',
    'budget',
    'budget_phase',
    'checkin',
    'disagreement',
    'funding_stream',
    'goal',
    'goal_barrier',
    'hours_review',
    'life_moment',
    'meeting',
    'meeting_action',
    'meeting_person',
    'missed_visit',
    'need',
    'network_member',
    'one_off_purchase',
    'part_author',
    'person',
    'picture',
    'plan',
    'plan_helper',
    'plan_standing',
    'review',
    'review_rating',
    'shared_setting',
    'staying_well_contact',
    'staying_well_item',
    'step',
    'support_line',
    'travel_item',
    'week_entry',
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
