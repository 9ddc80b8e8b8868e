"""Settings kept in the database (how often reviews fall due), shared by everyone using it.

Revision ID: 0009_shared_settings
Revises: 0008_caseload_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_shared_settings"
down_revision = "0008_caseload_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shared_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_shared_setting"),
        sa.UniqueConstraint("key", name="uq_shared_setting_key"),
    )


def downgrade() -> None:
    op.drop_table("shared_setting")
