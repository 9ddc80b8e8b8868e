"""What I need, my goals and small steps, check-ins, reviews and planning meetings.

Revision ID: 0004_goals
Revises: 0002_about_me
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_goals"
down_revision = "0002_about_me"
branch_labels = None
depends_on = None


def _visibility() -> sa.Column:
    return sa.Column("visibility", sa.String(16), nullable=False, server_default="private")


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("domain", sa.String(32), nullable=False),
        sa.Column("words", sa.Text(), nullable=False, server_default=""),
        sa.Column("funding_stream", sa.String(32), nullable=False, server_default="not_known"),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_need"),
        _fk("need", "plan_id", "plan"),
    )
    op.create_index("ix_need_plan_id", "need", ["plan_id"])

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("why_it_matters", sa.Text(), nullable=False, server_default=""),
        sa.Column("outcome", sa.Text(), nullable=False, server_default=""),
        sa.Column("what_helps", sa.Text(), nullable=False, server_default=""),
        sa.Column("areas", sa.String(200), nullable=False, server_default=""),
        sa.Column("status", sa.String(32), nullable=False, server_default="idea"),
        sa.Column("working_on_now", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("made_on", sa.Date(), nullable=False),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_goal"),
        _fk("goal", "plan_id", "plan"),
    )
    op.create_index("ix_goal_plan_id", "goal", ["plan_id"])

    op.create_table(
        "goal_need",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("goal_id", "need_id", name="pk_goal_need"),
        _fk("goal_need", "goal_id", "goal"),
        _fk("goal_need", "need_id", "need"),
    )
    op.create_index("ix_goal_need_need_id", "goal_need", ["need_id"])

    op.create_table(
        "goal_barrier",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("barrier", sa.Text(), nullable=False, server_default=""),
        sa.Column("ideas", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_goal_barrier"),
        _fk("goal_barrier", "goal_id", "goal"),
    )
    op.create_index("ix_goal_barrier_goal_id", "goal_barrier", ["goal_id"])

    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who_helps", sa.String(200), nullable=False, server_default=""),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("cost_pence", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("status", sa.String(16), nullable=False, server_default="todo"),
        sa.Column("done_on", sa.Date(), nullable=True),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_step"),
        _fk("step", "goal_id", "goal"),
    )
    op.create_index("ix_step_goal_id", "step", ["goal_id"])

    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("happened", sa.String(16), nullable=False),
        sa.Column("reasons", sa.String(300), nullable=False, server_default=""),
        sa.Column("other_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checkin"),
        _fk("checkin", "goal_id", "goal"),
        _fk("checkin", "step_id", "step", ondelete="SET NULL"),
    )
    op.create_index("ix_checkin_goal_id", "checkin", ["goal_id"])
    op.create_index("ix_checkin_step_id", "checkin", ["step_id"])

    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False, server_default="goals"),
        sa.Column("who_took_part", sa.Text(), nullable=False, server_default=""),
        sa.Column("working_for_me", sa.Text(), nullable=False, server_default=""),
        sa.Column("not_working_for_me", sa.Text(), nullable=False, server_default=""),
        sa.Column("working_for_others", sa.Text(), nullable=False, server_default=""),
        sa.Column("not_working_for_others", sa.Text(), nullable=False, server_default=""),
        sa.Column("decisions", sa.Text(), nullable=False, server_default=""),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review"),
        _fk("review", "plan_id", "plan"),
    )
    op.create_index("ix_review_plan_id", "review", ["plan_id"])

    op.create_table(
        "review_rating",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("review_id", "area", name="pk_review_rating"),
        _fk("review_rating", "review_id", "review"),
    )

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(300), nullable=False, server_default=""),
        sa.Column("purpose", sa.Text(), nullable=False, server_default=""),
        sa.Column("next_meeting_on", sa.Date(), nullable=True),
        _visibility(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting"),
        _fk("meeting", "plan_id", "plan"),
    )
    op.create_index("ix_meeting_plan_id", "meeting", ["plan_id"])

    op.create_table(
        "meeting_person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_person"),
        _fk("meeting_person", "meeting_id", "meeting"),
    )
    op.create_index("ix_meeting_person_meeting_id", "meeting_person", ["meeting_id"])

    op.create_table(
        "meeting_action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("who", sa.String(200), nullable=False, server_default=""),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_action"),
        _fk("meeting_action", "meeting_id", "meeting"),
    )
    op.create_index("ix_meeting_action_meeting_id", "meeting_action", ["meeting_id"])


def downgrade() -> None:
    for table in (
        "meeting_action", "meeting_person", "meeting", "review_rating", "review", "checkin",
        "step", "goal_barrier", "goal_need", "goal", "need",
    ):
        op.drop_table(table)
