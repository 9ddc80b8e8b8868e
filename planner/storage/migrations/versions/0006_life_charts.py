"""Life-charts: moments of my life story, my people and places, my week.

Revision ID: 0006_life_charts
Revises: 0005_staying_well_budget
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_life_charts"
down_revision = "0005_staying_well_budget"
branch_labels = None
depends_on = None


def _plan_and_picture(table: str, with_picture: bool = True) -> list:
    items = [
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=f"fk_{table}_plan_id_plan", ondelete="CASCADE"
        ),
    ]
    if with_picture:
        items.append(sa.ForeignKeyConstraint(
            ["picture_id"], ["picture.id"], name=f"fk_{table}_picture_id_picture",
            ondelete="SET NULL",
        ))
    return items


def _stamps() -> list:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "life_moment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("story", sa.Text(), nullable=False, server_default=""),
        sa.Column("when_kind", sa.String(16), nullable=False, server_default="unknown"),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("approximate", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("kind", sa.String(32), nullable=False, server_default="other"),
        sa.Column("feeling", sa.Integer(), nullable=False, server_default="3"),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("picture_id", sa.Integer(), nullable=True),
        *_stamps(),
        *_plan_and_picture("life_moment"),
    )
    op.create_index("ix_life_moment_plan_id", "life_moment", ["plan_id"])
    op.create_index("ix_life_moment_picture_id", "life_moment", ["picture_id"])
    op.create_table(
        "network_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("kind", sa.String(16), nullable=False, server_default="person"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(300), nullable=False, server_default=""),
        sa.Column("helps_with", sa.Text(), nullable=False, server_default=""),
        sa.Column("closeness", sa.String(16), nullable=False, server_default="close"),
        sa.Column("contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("contact_visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("picture_id", sa.Integer(), nullable=True),
        *_stamps(),
        *_plan_and_picture("network_member"),
    )
    op.create_index("ix_network_member_plan_id", "network_member", ["plan_id"])
    op.create_index("ix_network_member_picture_id", "network_member", ["picture_id"])
    op.create_table(
        "week_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(16), nullable=False),
        sa.Column("time_of_day", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("place", sa.String(300), nullable=False, server_default=""),
        sa.Column("with_whom", sa.String(300), nullable=False, server_default=""),
        sa.Column("feeling", sa.Integer(), nullable=True),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        *_stamps(),
        *_plan_and_picture("week_entry", with_picture=False),
    )
    op.create_index("ix_week_entry_plan_id", "week_entry", ["plan_id"])


def downgrade() -> None:
    op.drop_table("week_entry")
    op.drop_table("network_member")
    op.drop_table("life_moment")
