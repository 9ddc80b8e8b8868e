"""The panel and reviews: where a plan stands, status changes, frozen copies, who wrote each
part, disagreements beside items.

Revision ID: 0007_panel
Revises: 0004_goals
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_panel"
down_revision = "0004_goals"
branch_labels = None
depends_on = None

FROZEN_NO_UPDATE = """
CREATE TRIGGER frozen_copy_no_update BEFORE UPDATE ON frozen_copy
BEGIN SELECT RAISE(ABORT, 'A copy sent to the panel cannot be changed.'); END
"""
FROZEN_NO_DELETE = """
CREATE TRIGGER frozen_copy_no_delete BEFORE DELETE ON frozen_copy
WHEN EXISTS (SELECT 1 FROM plan WHERE plan.id = OLD.plan_id)
BEGIN SELECT RAISE(ABORT, 'A copy sent to the panel cannot be removed.'); END
"""


def _plan_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=f"fk_{table}_plan_id_plan",
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "plan_standing",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("plan_id", name="pk_plan_standing"),
        _plan_fk("plan_standing"),
    )
    op.create_index("ix_plan_standing_panel_date", "plan_standing", ["panel_date"])
    op.create_table(
        "plan_status_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False, server_default=""),
        sa.Column("old_status", sa.String(32), nullable=False, server_default=""),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.PrimaryKeyConstraint("id", name="pk_plan_status_change"),
        _plan_fk("plan_status_change"),
    )
    op.create_index("ix_plan_status_change_plan_id", "plan_status_change", ["plan_id"])
    op.create_table(
        "frozen_copy",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.Column("plan_file", sa.LargeBinary(), nullable=False),
        sa.Column("plan_file_sha256", sa.String(64), nullable=False),
        sa.Column("pack_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pack_pdf_sha256", sa.String(64), nullable=False),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="panel"),
        sa.PrimaryKeyConstraint("id", name="pk_frozen_copy"),
        _plan_fk("frozen_copy"),
    )
    op.create_index("ix_frozen_copy_plan_id", "frozen_copy", ["plan_id"])
    op.create_table(
        "part_author",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.PrimaryKeyConstraint("id", name="pk_part_author"),
        _plan_fk("part_author"),
    )
    op.create_index("ix_part_author_plan_id", "part_author", ["plan_id"])
    op.create_table(
        "disagreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(64), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("who", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(32), nullable=False, server_default="other"),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_disagreement"),
        _plan_fk("disagreement"),
    )
    op.create_index("ix_disagreement_plan_id", "disagreement", ["plan_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(FROZEN_NO_UPDATE)
        op.execute(FROZEN_NO_DELETE)


def downgrade() -> None:
    for table in ("disagreement", "part_author", "frozen_copy", "plan_status_change", "plan_standing"):
        op.drop_table(table)
