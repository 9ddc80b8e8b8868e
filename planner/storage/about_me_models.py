"""About me: the person's answers about the areas of their life, and where they got to."""

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, Versioned, utcnow, visibility_column
from planner.storage.pictures_models import Picture


class AboutMeAnswer(Versioned, Base):
    """One answer in the person's own words, in an area of their life."""

    __tablename__ = "about_me_answer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    area: Mapped[str] = mapped_column(String(32), nullable=False)
    prompt: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tag: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    visibility: Mapped[str] = visibility_column()
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("picture.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    picture: Mapped[Picture | None] = relationship()


class AboutMePlace(Versioned, Base):
    """Where the person got to in the walk-through, so they can carry on from there."""

    __tablename__ = "about_me_place"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True
    )
    area: Mapped[str] = mapped_column(String(32), nullable=False)
    prompt: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
