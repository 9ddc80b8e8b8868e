"""The record of who changed what (append-only, hash-chained).

Revision ID: 0003_audit
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_audit"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

NO_UPDATE = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'The record of changes cannot be altered.'); END
"""
NO_DELETE = """
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
WHEN OLD.chain = 0 OR EXISTS (SELECT 1 FROM plan WHERE plan.id = OLD.chain)
BEGIN SELECT RAISE(ABORT, 'The record of changes cannot be deleted.'); END
"""


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chain", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False, server_default=""),
        sa.Column("item_kind", sa.String(64), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.String(64), nullable=False, server_default=""),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("visibility", sa.String(16), nullable=False, server_default="private"),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_event"),
    )
    op.create_index("ix_audit_event_chain", "audit_event", ["chain"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(NO_UPDATE)
        op.execute(NO_DELETE)


def downgrade() -> None:
    op.drop_table("audit_event")
