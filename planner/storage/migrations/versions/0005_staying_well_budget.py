"""Staying well (crisis plan), and my support and budget.

Revision ID: 0005_staying_well_budget
Revises: 0007_panel
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_staying_well_budget"
down_revision = "0007_panel"
branch_labels = None
depends_on = None


def _id(table: str) -> list:
    return [sa.Column("id", sa.Integer(), primary_key=True)]


def _plan(table: str) -> list:
    return [
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=f"fk_{table}_plan_id_plan", ondelete="CASCADE"
        ),
    ]


def _phase(table: str) -> list:
    return [
        sa.Column("phase_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["budget_phase.id"], name=f"fk_{table}_phase_id_budget_phase"
        ),
    ]


def _position() -> sa.Column:
    return sa.Column("position", sa.Integer(), nullable=False, server_default="0")


def _visibility() -> sa.Column:
    return sa.Column("visibility", sa.String(16), nullable=False, server_default="private")


def _hours(name: str, nullable: bool = False) -> sa.Column:
    if nullable:
        return sa.Column(name, sa.Integer(), nullable=True)
    return sa.Column(name, sa.Integer(), nullable=False, server_default="0")


def _text(name: str, length: int | None = None) -> sa.Column:
    kind = sa.Text() if length is None else sa.String(length)
    return sa.Column(name, kind, nullable=False, server_default="")


def _table(name: str, *columns) -> None:
    op.create_table(name, *columns, sa.PrimaryKeyConstraint("id", name=f"pk_{name}"))


def upgrade() -> None:
    _table(
        "staying_well_item", *_id("staying_well_item"), *_plan("staying_well_item"),
        sa.Column("section", sa.String(32), nullable=False),
        _position(),
        _text("topic", 32),
        sa.Column("text", sa.String(200), nullable=False),
        _text("detail"),
        sa.Column("on_card", sa.Boolean(), nullable=False, server_default=sa.false()),
        _visibility(),
    )
    op.create_index("ix_staying_well_item_plan_id", "staying_well_item", ["plan_id"])
    _table(
        "staying_well_contact", *_id("staying_well_contact"), *_plan("staying_well_contact"),
        sa.Column("kind", sa.String(32), nullable=False),
        _position(),
        sa.Column("name", sa.String(200), nullable=False),
        _text("relationship", 100),
        _text("how", 200),
        _text("when", 200),
        _text("may_do", 200),
        sa.Column("on_card", sa.Boolean(), nullable=False, server_default=sa.false()),
        _visibility(),
    )
    op.create_index("ix_staying_well_contact_plan_id", "staying_well_contact", ["plan_id"])
    _table(
        "budget", *_id("budget"), *_plan("budget"),
        sa.Column("allocation_method", sa.String(16), nullable=False, server_default="typed"),
        sa.Column("allocation_pence", sa.BigInteger(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=True),
        sa.Column("price_per_point_pence", sa.BigInteger(), nullable=True),
        _text("held_as", 32),
        sa.Column("year_starts_on", sa.Date(), nullable=True),
        sa.Column("year_ends_on", sa.Date(), nullable=True),
        sa.Column("bank_holidays", sa.Integer(), nullable=False, server_default="8"),
        _text("notes"),
        _visibility(),
        sa.UniqueConstraint("plan_id", name="uq_budget_plan_id"),
    )
    _table(
        "funding_stream", *_id("funding_stream"), *_plan("funding_stream"),
        _position(),
        sa.Column("stream", sa.String(32), nullable=False),
        sa.Column("amount_pence", sa.BigInteger(), nullable=True),
        _text("note"),
        _visibility(),
        sa.UniqueConstraint("plan_id", "stream", name="uq_funding_stream_plan_id"),
    )
    op.create_index("ix_funding_stream_plan_id", "funding_stream", ["plan_id"])
    _table(
        "budget_phase", *_id("budget_phase"), *_plan("budget_phase"),
        _position(),
        _text("name", 200),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        _text("note"),
        _visibility(),
    )
    op.create_index("ix_budget_phase_plan_id", "budget_phase", ["plan_id"])
    _table(
        "support_line", *_id("support_line"), *_plan("support_line"),
        _position(),
        sa.Column("kind", sa.String(32), nullable=False, server_default="provider"),
        sa.Column("who", sa.String(200), nullable=False),
        _hours("hours_x100"), _hours("proactive_x100"), _hours("flex_x100"),
        _hours("crisis_x100"), _hours("background_x100"),
        sa.Column("rate_pence", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("bank_holiday_rate_pence", sa.BigInteger(), nullable=True),
        _text("stream", 32),
        *_phase("support_line"),
        _text("purpose"),
        _visibility(),
    )
    op.create_index("ix_support_line_plan_id", "support_line", ["plan_id"])
    _table(
        "one_off_purchase", *_id("one_off_purchase"), *_plan("one_off_purchase"),
        _position(),
        sa.Column("what", sa.String(200), nullable=False),
        sa.Column("amount_pence", sa.BigInteger(), nullable=False, server_default="0"),
        _text("stream", 32),
        *_phase("one_off_purchase"),
        _text("purpose"),
        _visibility(),
    )
    op.create_index("ix_one_off_purchase_plan_id", "one_off_purchase", ["plan_id"])
    _table(
        "travel_item", *_id("travel_item"), *_plan("travel_item"),
        _position(),
        sa.Column("what", sa.String(200), nullable=False),
        _hours("miles_x100"),
        sa.Column("rate_pence", sa.BigInteger(), nullable=False, server_default="0"),
        _text("stream", 32),
        *_phase("travel_item"),
        _visibility(),
    )
    op.create_index("ix_travel_item_plan_id", "travel_item", ["plan_id"])
    _table(
        "hours_review", *_id("hours_review"), *_plan("hours_review"),
        _position(),
        _text("label", 200),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        _hours("planned_x100", nullable=True),
        _hours("proactive_x100"), _hours("flex_x100"), _hours("crisis_x100"),
        _hours("background_x100"), _hours("two_workers_x100"), _hours("banked_x100"),
        _hours("from_bank_x100"),
        sa.Column("less_support_needed", sa.Boolean(), nullable=False, server_default=sa.false()),
        _text("notes"),
        _visibility(),
    )
    op.create_index("ix_hours_review_plan_id", "hours_review", ["plan_id"])
    _table(
        "missed_visit", *_id("missed_visit"),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"], ["hours_review.id"], name="fk_missed_visit_review_id_hours_review",
            ondelete="CASCADE",
        ),
        _position(),
        sa.Column("on_date", sa.Date(), nullable=True),
        _hours("hours_x100"),
        sa.Column("reason", sa.String(32), nullable=False, server_default="other"),
        _text("note", 500),
        _visibility(),
    )
    op.create_index("ix_missed_visit_review_id", "missed_visit", ["review_id"])


def downgrade() -> None:
    for table in (
        "missed_visit", "hours_review", "travel_item", "one_off_purchase", "support_line",
        "budget_phase", "funding_stream", "budget", "staying_well_contact", "staying_well_item",
    ):
        op.drop_table(table)
