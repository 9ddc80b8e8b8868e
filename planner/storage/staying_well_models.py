"""Tables of the staying-well (crisis) plan: short items by section, and contacts in order."""

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.storage.models import Base, Versioned, visibility_column


class StayingWellItem(Versioned, Base):
    """One short line of the crisis plan (a sign, what helps, a wish...), in its section."""

    __tablename__ = "staying_well_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    section: Mapped[str] = mapped_column(String(32), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    topic: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    text: Mapped[str] = mapped_column(String(200), nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    on_card: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    visibility: Mapped[str] = visibility_column()


class StayingWellContact(Versioned, Base):
    """Someone to contact in a crisis, or who may contact services for the person."""

    __tablename__ = "staying_well_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    relationship: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    how: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    when: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    may_do: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    on_card: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    visibility: Mapped[str] = visibility_column()
