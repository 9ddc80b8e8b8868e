"""Tables for what I need, my goals and small steps, and how it's going.

Each item knows its parent (a many-to-one relationship), and so the plan it belongs to.
Items the person writes carry `visibility` (needs, goals, steps, check-ins, reviews, meetings).
What belongs inside one of them (a goal's barriers, a review's ratings, a meeting's lists and
actions) is part of that item and is seen by whoever may see it.

"Who helps" with a step is typed for now. When "My people and places" arrives, a step gains a
nullable link to a network member (ON DELETE SET NULL) in a migration of its own; the typed
name stays, so a step still says who helped if that person is later taken off the map.
"""

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, Versioned, utcnow, visibility_column


class Need(Versioned, Base):
    """Something the person needs help with, in their words, under an assessment domain."""

    __tablename__ = "need"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    domain: Mapped[str] = mapped_column(String(32), nullable=False)
    words: Mapped[str] = mapped_column(Text, nullable=False, default="")
    funding_stream: Mapped[str] = mapped_column(String(32), nullable=False, default="not_known")
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Goal(Versioned, Base):
    """Something the person wants, in their own words, broken into small steps."""

    __tablename__ = "goal"
    # For the caseload's facts, read for everyone at once (migration 0008_caseload_indexes).
    __table_args__ = (Index("ix_goal_now", "working_on_now", "plan_id", "title"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    why_it_matters: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    what_helps: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Areas of life this goal answers: checklist keys separated by commas, in checklist order.
    areas: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(32), nullable=False, default="idea")
    working_on_now: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    made_on: Mapped[dt.date] = mapped_column(Date, nullable=False, default=dt.date.today)
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    steps: Mapped[list["Step"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True, order_by="Step.position"
    )
    barriers: Mapped[list["GoalBarrier"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True,
        order_by="GoalBarrier.position",
    )
    need_links: Mapped[list["GoalNeed"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )
    checkins: Mapped[list["Checkin"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Checkin.happened_on",
    )


class GoalNeed(Base):
    """Which needs a goal answers."""

    __tablename__ = "goal_need"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), primary_key=True, index=True)

    goal: Mapped[Goal] = relationship(back_populates="need_links")


class GoalBarrier(Versioned, Base):
    """Something that might get in the way of a goal, and ideas to get round it."""

    __tablename__ = "goal_barrier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    barrier: Mapped[str] = mapped_column(Text, nullable=False, default="")
    ideas: Mapped[str] = mapped_column(Text, nullable=False, default="")

    goal: Mapped[Goal] = relationship(back_populates="barriers")


class Step(Versioned, Base):
    """A small step towards a goal."""

    __tablename__ = "step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who_helps: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    cost_pence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="todo")
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    goal: Mapped[Goal] = relationship(back_populates="steps")


class Checkin(Versioned, Base):
    """Did it happen? A note on a goal or one of its steps, and if not, why not."""

    __tablename__ = "checkin"
    # For the caseload's facts, read for everyone at once (migration 0008_caseload_indexes).
    __table_args__ = (Index("ix_checkin_goal_day", "goal_id", "happened_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), nullable=False, index=True)
    step_id: Mapped[int | None] = mapped_column(
        ForeignKey("step.id", ondelete="SET NULL"), nullable=True, index=True
    )
    happened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    happened: Mapped[str] = mapped_column(String(16), nullable=False)
    # Quick picks for why not: keys separated by commas.
    reasons: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    other_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    goal: Mapped[Goal] = relationship(back_populates="checkins")


class Review(Versioned, Base):
    """A review of the goals (every 3 months) or of the whole plan (every 6 months)."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="goals")
    who_took_part: Mapped[str] = mapped_column(Text, nullable=False, default="")
    working_for_me: Mapped[str] = mapped_column(Text, nullable=False, default="")
    not_working_for_me: Mapped[str] = mapped_column(Text, nullable=False, default="")
    working_for_others: Mapped[str] = mapped_column(Text, nullable=False, default="")
    not_working_for_others: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decisions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    ratings: Mapped[list["ReviewRating"]] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True
    )


class ReviewRating(Versioned, Base):
    """The person's own rating (1-5) of how things are in one area of life, at a review."""

    __tablename__ = "review_rating"

    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    area: Mapped[str] = mapped_column(String(32), primary_key=True)
    rating: Mapped[int] = mapped_column(Integer, nullable=False)

    review: Mapped[Review] = relationship(back_populates="ratings")


class Meeting(Versioned, Base):
    """A planning meeting: who was asked, who came, and who agreed to do what by when."""

    __tablename__ = "meeting"
    # For the caseload's facts, read for everyone at once (migration 0008_caseload_indexes).
    __table_args__ = (Index("ix_meeting_plan_day", "plan_id", "held_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_meeting_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    people: Mapped[list["MeetingPerson"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MeetingPerson.position",
    )
    actions: Mapped[list["MeetingAction"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MeetingAction.position",
    )


class MeetingPerson(Versioned, Base):
    """A name in one of a meeting's lists: invited, came, or sent apologies."""

    __tablename__ = "meeting_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True)
    list_name: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(200), nullable=False)

    meeting: Mapped[Meeting] = relationship(back_populates="people")


class MeetingAction(Versioned, Base):
    """Who agreed to do what, by when, and whether it is done."""

    __tablename__ = "meeting_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    who: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    what: Mapped[str] = mapped_column(Text, nullable=False)
    by_when: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
