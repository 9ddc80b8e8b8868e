"""Tables of "my support and budget": the allocation, funding streams, phases, support lines,
one-off purchases, travel, and reviews of the hours used.

Money is whole pence (BigInteger: budgets pass 2^31 pence on a server database). Hours are
whole hundredths of an hour (`*_x100`: 750 is 7.5 hours). Links to a phase are foreign keys
without cascade: a phase that still has support in it can't be removed (the service says so).

A support line, a purchase or a travel item is paid by its funding shares (`funding_share`,
one row a stream; none: no stream chosen yet) and a line or a purchase names the goals it
serves (`budget_goal_link`); both go with their item (and a link with its goal).
"""

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
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
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")  # in words
    visibility: Mapped[str] = visibility_column()

    shares: Mapped[list["FundingShare"]] = relationship(
        foreign_keys="FundingShare.support_line_id", order_by="FundingShare.position",
        cascade="all, delete-orphan", passive_deletes=True)
    goal_links: Mapped[list["BudgetGoalLink"]] = relationship(
        foreign_keys="BudgetGoalLink.support_line_id", order_by="BudgetGoalLink.position",
        cascade="all, delete-orphan", passive_deletes=True)


class OneOffPurchase(Versioned, Base):
    """Something bought once (a greenhouse, gardening tools)."""

    __tablename__ = "one_off_purchase"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(String(200), nullable=False)
    amount_pence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()

    shares: Mapped[list["FundingShare"]] = relationship(
        foreign_keys="FundingShare.one_off_purchase_id", order_by="FundingShare.position",
        cascade="all, delete-orphan", passive_deletes=True)
    goal_links: Mapped[list["BudgetGoalLink"]] = relationship(
        foreign_keys="BudgetGoalLink.one_off_purchase_id", order_by="BudgetGoalLink.position",
        cascade="all, delete-orphan", passive_deletes=True)


class TravelItem(Versioned, Base):
    """Travel paid by the mile: miles a week x a rate a mile."""

    __tablename__ = "travel_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(String(200), nullable=False)
    miles_x100: Mapped[int] = _hours()
    rate_pence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("budget_phase.id"), nullable=True)
    visibility: Mapped[str] = visibility_column()

    shares: Mapped[list["FundingShare"]] = relationship(
        foreign_keys="FundingShare.travel_item_id", order_by="FundingShare.position",
        cascade="all, delete-orphan", passive_deletes=True)


def _owner(table: str) -> Mapped[int | None]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=True, index=True)


ONE_OWNER = " + ".join(
    f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)"
    for column in ("support_line_id", "one_off_purchase_id", "travel_item_id")
) + " = 1"


class FundingShare(Base):
    """One funding stream's share of a line, a purchase or a travel item: a percentage (of
    what is left after fixed amounts) or a fixed amount (a week; in all for a purchase)."""

    __tablename__ = "funding_share"
    __table_args__ = (
        CheckConstraint(ONE_OWNER, name="one_owner"),
        CheckConstraint("(percent_x100 IS NULL) <> (amount_pence IS NULL)", name="percent_or_amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    support_line_id: Mapped[int | None] = _owner("support_line")
    one_off_purchase_id: Mapped[int | None] = _owner("one_off_purchase")
    travel_item_id: Mapped[int | None] = _owner("travel_item")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    stream: Mapped[str] = mapped_column(String(32), nullable=False)
    percent_x100: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 5000: 50 %
    amount_pence: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class BudgetGoalLink(Base):
    """A goal that a support line or a one-off purchase serves."""

    __tablename__ = "budget_goal_link"
    __table_args__ = (
        CheckConstraint("(support_line_id IS NULL) <> (one_off_purchase_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = _plan_id()
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), nullable=False,
                                         index=True)
    support_line_id: Mapped[int | None] = _owner("support_line")
    one_off_purchase_id: Mapped[int | None] = _owner("one_off_purchase")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


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
