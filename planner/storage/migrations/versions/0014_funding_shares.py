"""Shared funding and what the budget pays for: a support line, a one-off purchase or a travel
item is paid by funding shares (one row a stream: a percentage or a fixed amount), and a line or
a purchase names the goals it serves.

Each item's one stream becomes one share of 100 %; an item with no stream chosen gets no share.
A line marked "joint" keeps one 100 % share on the joint stream (a pooled fund): what each
funder pays of it was never written down, so it is not guessed; the broker can split it into
real shares. Then the old `stream` columns go (a table rebuild on SQLite: migrations run with
foreign keys off, see `planner.storage.schema`). On PostgreSQL the team rules (row-level
security, see `planner.storage.team_access`) are made again so the two new tables have them.

Revision ID: 0014_funding_shares
Revises: 0013_row_versions
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_funding_shares"
down_revision = "0013_row_versions"
branch_labels = None
depends_on = None

OWNERS = (("support_line", "support_line_id"), ("one_off_purchase", "one_off_purchase_id"),
          ("travel_item", "travel_item_id"))
ONE_OWNER = " + ".join(
    f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)" for _table, column in OWNERS) + " = 1"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}",
                                   ondelete="CASCADE")


def upgrade() -> None:
    bind = op.get_bind()
    kept = {table: bind.execute(sa.text(
        f"SELECT id, plan_id, stream FROM {table} WHERE stream <> '' ORDER BY id")).all()
        for table, _column in OWNERS}
    for table, _column in OWNERS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("stream")

    op.create_table(
        "funding_share",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=True) for _table, column in OWNERS),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("stream", sa.String(32), nullable=False),
        sa.Column("percent_x100", sa.Integer(), nullable=True),
        sa.Column("amount_pence", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_funding_share"),
        _fk("funding_share", "plan_id", "plan"),
        *(_fk("funding_share", column, table) for table, column in OWNERS),
        sa.CheckConstraint(ONE_OWNER, name="ck_funding_share_one_owner"),
        sa.CheckConstraint("(percent_x100 IS NULL) <> (amount_pence IS NULL)",
                           name="ck_funding_share_percent_or_amount"),
    )
    for column in ("plan_id", *(column for _table, column in OWNERS)):
        op.create_index(f"ix_funding_share_{column}", "funding_share", [column])

    op.create_table(
        "budget_goal_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("support_line_id", sa.Integer(), nullable=True),
        sa.Column("one_off_purchase_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_budget_goal_link"),
        _fk("budget_goal_link", "plan_id", "plan"),
        _fk("budget_goal_link", "goal_id", "goal"),
        _fk("budget_goal_link", "support_line_id", "support_line"),
        _fk("budget_goal_link", "one_off_purchase_id", "one_off_purchase"),
        sa.CheckConstraint("(support_line_id IS NULL) <> (one_off_purchase_id IS NULL)",
                           name="ck_budget_goal_link_one_owner"),
    )
    for column in ("plan_id", "goal_id", "support_line_id", "one_off_purchase_id"):
        op.create_index(f"ix_budget_goal_link_{column}", "budget_goal_link", [column])

    shares = sa.table("funding_share", sa.column("plan_id"), sa.column("position"), sa.column("stream"),
                      sa.column("percent_x100"), *(sa.column(column) for _table, column in OWNERS))
    rows = [{"plan_id": plan_id, "position": 0, "stream": stream, "percent_x100": 100_00,
             **{c: (item_id if t == table else None) for t, c in OWNERS}}
            for table, _column in OWNERS for item_id, plan_id, stream in kept[table]]
    if rows:
        op.bulk_insert(shares, rows)
    from planner.storage import team_access

    team_access.apply(bind)


def downgrade() -> None:
    """Back to one stream an item: its only share's stream, "joint" when it had several."""
    bind = op.get_bind()
    for table, column in OWNERS:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("stream", sa.String(32), nullable=False, server_default=""))
        found = bind.execute(sa.text(
            f"SELECT {column}, min(stream), count(*) FROM funding_share WHERE {column} IS NOT NULL "
            f"GROUP BY {column}")).all()
        for item_id, stream, count in found:
            bind.execute(sa.text(f"UPDATE {table} SET stream = :stream WHERE id = :id"),
                         {"stream": stream if count == 1 else "joint", "id": item_id})
    op.drop_table("budget_goal_link")
    op.drop_table("funding_share")
    from planner.storage import team_access

    team_access.apply(bind)
