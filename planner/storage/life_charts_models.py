"""The life-charts: moments of my life story, my people and places, and my week.

Each item has its own `visibility` (default: just me). A person or place's contact details
have a visibility of their own, just me by default, whoever may see the rest of the item.
"""

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, Versioned, utcnow, visibility_column
from planner.storage.pictures_models import Picture


class LifeMoment(Versioned, Base):
    """A moment in the person's life: when, what happened, and whether it was a good or hard time."""

    __tablename__ = "life_moment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    story: Mapped[str] = mapped_column(Text, nullable=False, default="")
    when_kind: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approximate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    feeling: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    visibility: Mapped[str] = visibility_column()
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("picture.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    picture: Mapped[Picture | None] = relationship()


class NetworkMember(Versioned, Base):
    """A person, place, service, group or pet in the person's life, and how close they are."""

    __tablename__ = "network_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="person")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    relation: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    helps_with: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closeness: Mapped[str] = mapped_column(String(16), nullable=False, default="close")
    contact: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact_visibility: Mapped[str] = visibility_column()
    visibility: Mapped[str] = visibility_column()
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("picture.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    picture: Mapped[Picture | None] = relationship()


class WeekEntry(Versioned, Base):
    """Something the person does at one time of one day of their week."""

    __tablename__ = "week_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    day: Mapped[str] = mapped_column(String(16), nullable=False)
    time_of_day: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    with_whom: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    feeling: Mapped[int | None] = mapped_column(Integer, nullable=True)
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
