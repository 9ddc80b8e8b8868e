"""About me: pictures of a plan, answers about the areas of a person's life, walk-through place.

Revision ID: 0002_about_me
Revises: 0003_audit
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_about_me"
down_revision = "0003_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "picture",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("symbol_key", sa.String(64), nullable=False, server_default=""),
        sa.Column("jpeg", sa.LargeBinary(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_picture"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name="fk_picture_plan_id_plan", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_picture_plan_id", "picture", ["plan_id"])
    op.create_table(
        "about_me_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("prompt", sa.String(64), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("tag", sa.String(32), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("picture_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_about_me_answer"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name="fk_about_me_answer_plan_id_plan", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["picture_id"], ["picture.id"], name="fk_about_me_answer_picture_id_picture",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_about_me_answer_plan_id", "about_me_answer", ["plan_id"])
    op.create_index("ix_about_me_answer_picture_id", "about_me_answer", ["picture_id"])
    op.create_table(
        "about_me_place",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("prompt", sa.String(64), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", name="pk_about_me_place"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name="fk_about_me_place_plan_id_plan", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("about_me_place")
    op.drop_table("about_me_answer")
    op.drop_table("picture")
