"""Tables of "my support and budget": the allocation, funding streams, phases, support lines,
one-off purchases, travel, and reviews of the hours used.

Money is whole pence (BigInteger: budgets pass 2^31 pence on a server database). Hours are
whole hundredths of an hour (`*_x100`: 750 is 7.5 hours). Links to a phase are foreign keys
without cascade: a phase that still has support in it can't be removed (the service says so).
"""

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, Versioned, visibility_column


def _plan_id() -> Mapped[int]:
    return mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True)


def _hours(nullable: bool = False) -> Mapped[int]:
    return mapped_column(Integer, nullable=nullable, default=None if nullable else 0)


class BudgetSettings(Versioned, Base):
    """One a plan: the allocation, how the money is held, and the budget year."""

    __tablename__ = "budget"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    allocation_method: Mapped[str] = mapped_column(String(16), nullable=False, default="typed")
    allocation_pence: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    points: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_per_point_pence: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    held_as: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    year_starts_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    year_ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    bank_holidays: Mapped[int] = mapped_column(Integer, nullable=False, default=8)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class FundingStreamAmount(Versioned, Base):
    """How much of the budget one funding stream carries."""

    __tablename__ = "funding_stream"
    __table_args__ = (UniqueConstraint("plan_id", "stream"),)  # one row a stream

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    stream: Mapped[str] = mapped_column(String(32), nullable=False)
    amount_pence: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class BudgetPhase(Versioned, Base):
    """A stretch of the year with support of its own (e.g. the first 6 weeks home)."""

    __tablename__ = "budget_phase"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class SupportLine(Versioned, Base):
    """Support bought by the hour: who, how many hours a week, the rate, the split of hours."""

    __tablename__ = "support_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="provider")
    who: Mapped[str] = mapped_column(String(200), nullable=False)
    hours_x100: Mapped[int] = _hours()
    proactive_x100: Mapped[int] = _hours()
    flex_x100: Mapped[int] = _hours()
    crisis_x100: Mapped[int] = _hours()
    background_x100: Mapped[int] = _hours()
    rate_pence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    bank_holiday_rate_pence: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    stream: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    # What it is for, in words. A link to the plan's goals comes with the goals part.
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class OneOffPurchase(Versioned, Base):
    """Something bought once (a greenhouse, gardening tools)."""

    __tablename__ = "one_off_purchase"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(String(200), nullable=False)
    amount_pence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    stream: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class TravelItem(Versioned, Base):
    """Travel paid by the mile: miles a week x a rate a mile."""

    __tablename__ = "travel_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(String(200), nullable=False)
    miles_x100: Mapped[int] = _hours()
    rate_pence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    stream: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    visibility: Mapped[str] = visibility_column()


class HoursReview(Versioned, Base):
    """A review period: the hours used by kind, banked, and with two workers."""

    __tablename__ = "hours_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    planned_x100: Mapped[int | None] = _hours(nullable=True)  # None: from the support lines
    proactive_x100: Mapped[int] = _hours()
    flex_x100: Mapped[int] = _hours()
    crisis_x100: Mapped[int] = _hours()
    background_x100: Mapped[int] = _hours()
    two_workers_x100: Mapped[int] = _hours()
    banked_x100: Mapped[int] = _hours()
    from_bank_x100: Mapped[int] = _hours()
    less_support_needed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class MissedVisit(Versioned, Base):
    """A visit that did not happen in a review period, and why."""

    __tablename__ = "missed_visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(
        ForeignKey("hours_review.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    on_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    hours_x100: Mapped[int] = _hours()
    reason: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    visibility: Mapped[str] = visibility_column()

    # So the record of changes files a missed visit under its plan (through its review).
    review: Mapped[HoursReview] = relationship()
