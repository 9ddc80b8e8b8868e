"""The foundation: people, plans and who helped write them.

Revision ID: 0001_foundation
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("preferred_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("pronouns", sa.String(100), nullable=False, server_default=""),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("details_visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("photo_jpeg", sa.LargeBinary(), nullable=True),
        sa.Column("photo_description", sa.Text(), nullable=False, server_default=""),
        sa.Column("photo_visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("needs_easy_read", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("needs_large_text", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("needs_read_aloud", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("preferred_language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("other_communication_needs", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("search_key", sa.String(401), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
    )
    op.create_index("ix_person_search_key", "person", ["search_key"])
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        sa.Column("status", sa.String(32), nullable=False, server_default="draft"),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plan"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_plan_person_id_person", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_plan_person_id", "plan", ["person_id"])
    op.create_table(
        "plan_helper",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False, server_default="other"),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.PrimaryKeyConstraint("id", name="pk_plan_helper"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name="fk_plan_helper_plan_id_plan", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_plan_helper_plan_id", "plan_helper", ["plan_id"])


def downgrade() -> None:
    op.drop_table("plan_helper")
    op.drop_table("plan")
    op.drop_table("person")
