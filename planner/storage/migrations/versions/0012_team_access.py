"""Workers, teams and roles on a team database: who may see which plan, enforced by PostgreSQL's
own roles and row-level security (see `planner.storage.team_access`). On SQLite only the tables
and columns are added (one person's computer has no teams).

A person already in a team database belongs to no team after this: only the database's owner
and an administrator reach them, until `smallsteps team move PLAN --team NAME` gives them one.

Revision ID: 0012_team_access
Revises: 0010_postgresql_guards
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_team_access"
down_revision = "0010_postgresql_guards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_team"),
        sa.UniqueConstraint("name", name="uq_team_name"),
    )
    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name="fk_team_member_team_id_team", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_team_member"),
        sa.UniqueConstraint("login", "team_id", "role", name="uq_team_member_login_team_role"),
    )
    op.create_index("ix_team_member_login", "team_member", ["login"])
    op.create_index("ix_team_member_team_id", "team_member", ["team_id"])
    op.create_table(
        "break_glass",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_break_glass"),
    )
    op.create_index("ix_break_glass_login", "break_glass", ["login"])
    op.create_index("ix_break_glass_plan_id", "break_glass", ["plan_id"])
    op.create_table(
        "team_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=63), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False, server_default=""),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_team_event"),
    )
    op.create_index("ix_team_event_team_id", "team_event", ["team_id"])
    op.create_index("ix_team_event_plan_id", "team_event", ["plan_id"])
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("team_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_person_team_id_team", "team", ["team_id"], ["id"])
        batch.create_index("ix_person_team_id", ["team_id"])
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("broker", sa.String(length=63), nullable=True))
        batch.create_index("ix_plan_broker", ["broker"])
    from planner.storage import team_access

    team_access.apply(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in sa.inspect(bind).get_table_names():
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE person ALTER COLUMN team_id DROP DEFAULT")
    with op.batch_alter_table("plan") as batch:
        batch.drop_index("ix_plan_broker")
        batch.drop_column("broker")
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_team_id")
        batch.drop_constraint("fk_person_team_id_team", type_="foreignkey")
        batch.drop_column("team_id")
    for table in ("team_event", "break_glass", "team_member", "team"):
        op.drop_table(table)
