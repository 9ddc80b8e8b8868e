"""Budget arithmetic: what a plan's support costs a week, a year, per phase and per funding
stream, against the allocation. Pure functions over plain values: no database, no Qt.

The rules (written here once, shown to brokers in the program, tested in
tests/test_budget_worked_examples.py):

1. **Money is exact.** Inputs are whole pence and hours with at most two decimal places.
   Everything in between is an exact fraction (nothing is lost dividing by 7 or 52), and each
   amount is rounded to a whole penny only when it is shown, once, half a penny going up.
   So a total is the rounded exact total: it can differ by a penny from adding up rounded
   lines, and it never changes when lines are put in another order or a line is split in two.
2. **A year is 52 weeks**, unless the budget gives its first and last day. Then the year is
   the number of days from the first to the last day (both counted) divided by 7: 1 September
   2026 to 31 August 2027 is 365 days, 52 1/7 weeks. A dated year is 1 to 371 days long.
3. **Phases** are stretches of the year with support of their own (more support in the first
   weeks home from hospital, less later). A phase runs from its first to its last day, both
   counted, so it is days / 7 weeks long (42 days = 6 weeks). Phases may not overlap or end
   before they start; in a dated year they must lie inside it; in a 52-week year they must all
   fit within 52 weeks (364 days) of the first phase's first day. Support with no phase runs
   all year. The weeks of the year outside every phase are "the rest of the year".
4. **Bank holidays.** A year has 8 bank holidays (England and Wales; 9 in Scotland, 10 in
   Northern Ireland; the budget can say which). A period gets its share of them by its length:
   bank holidays x its weeks / the year's weeks (a 6-week phase in a 52-week year: 8 x 6/52).
   Support hours are taken as spread evenly over the 7 days of the week, so a bank holiday
   carries a seventh of a line's weekly hours, paid at the bank-holiday rate instead of the
   usual rate. A line with no bank-holiday rate costs the same every day.
5. A line costs: hours a week x hourly rate x weeks, plus (bank-holiday rate - hourly rate) x
   hours a week / 7 x its bank holidays. Travel costs miles a week x rate a mile x weeks.
   A one-off purchase counts once, in its phase if it has one.
6. "A usual week" is a week with no bank holiday. "An average week" is the year's total
   divided by the year's weeks.
7. **Shared funding.** An item can be paid by several funding streams, each by a share (a
   percentage, or a fixed amount a week or in all); where each odd penny goes is written in
   `planner.domain.funding_shares`. Each item's parts add up to its total, and the totals per
   stream add up to the year's total, to the penny.
"""

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from fractions import Fraction

from planner.domain.amounts import money_text, round_pence
from planner.domain.budget_checks import (  # noqa: F401 (the checks belong with the rules)
    DAYS_IN_A_52_WEEK_YEAR,
    MAX_YEAR_DAYS,
    Span,
    check_phase_dates,
    check_phases,
    check_year,
    days_in,
    resolve_split,
)
from planner.domain.funding_shares import Share, apportion, split_exact
from planner.domain.support import AllocationMethod, FundingStream, HeldAs, HoursKind
from planner.i18n import _, ngettext

WEEKS_IN_A_YEAR = 52
DEFAULT_BANK_HOLIDAYS = 8  # England and Wales
MAX_BANK_HOLIDAYS = 20


# Inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phase:
    key: Hashable
    name: str
    first: dt.date
    last: dt.date

    @property
    def weeks(self) -> Fraction:
        return Fraction(days_in(self.first, self.last), 7)


@dataclass(frozen=True)
class Line:
    """Support bought by the hour."""

    key: Hashable
    hours: Decimal
    rate_pence: int
    bank_holiday_rate_pence: int | None = None
    phase: Hashable = None
    stream: str | None = None
    split: Mapping[str, Decimal] = field(default_factory=dict)  # HoursKind value → hours
    shares: tuple[Share, ...] = ()  # several streams; when empty, `stream` pays it all


@dataclass(frozen=True)
class Travel:
    key: Hashable
    miles: Decimal
    rate_pence: int
    phase: Hashable = None
    stream: str | None = None
    shares: tuple[Share, ...] = ()


@dataclass(frozen=True)
class Purchase:
    key: Hashable
    amount_pence: int
    phase: Hashable = None
    stream: str | None = None
    shares: tuple[Share, ...] = ()


@dataclass(frozen=True)
class Budget:
    lines: tuple[Line, ...] = ()
    travel: tuple[Travel, ...] = ()
    purchases: tuple[Purchase, ...] = ()
    phases: tuple[Phase, ...] = ()
    year_first: dt.date | None = None
    year_last: dt.date | None = None
    bank_holidays: int = DEFAULT_BANK_HOLIDAYS
    allocation_pence: int | None = None
    stream_amounts: Mapping[str, int | None] = field(default_factory=dict)

    @property
    def year_weeks(self) -> Fraction:
        if self.year_first is not None and self.year_last is not None:
            return Fraction(days_in(self.year_first, self.year_last), 7)
        return Fraction(WEEKS_IN_A_YEAR)


# Exact costs -------------------------------------------------------------------------------


def line_week(line: Line) -> Fraction:
    """A usual week of a line (no bank holiday), in exact pence."""
    return Fraction(line.hours) * line.rate_pence


def line_cost(line: Line, weeks: Fraction, bank_holidays: Fraction) -> Fraction:
    """A line over `weeks` holding `bank_holidays` bank holidays, in exact pence."""
    cost = line_week(line) * weeks
    if line.bank_holiday_rate_pence is not None:
        uplift = line.bank_holiday_rate_pence - line.rate_pence
        cost += Fraction(line.hours) / 7 * uplift * bank_holidays
    return cost


def travel_week(item: Travel) -> Fraction:
    return Fraction(item.miles) * item.rate_pence


# Results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemCost:
    key: Hashable
    usual_week: int  # pence, a week with no bank holiday
    total: int  # pence, over the item's phase (or the year)
    weeks: Fraction
    streams: tuple[tuple[str | None, int], ...] = ()  # what each stream pays of `total`


@dataclass(frozen=True)
class PeriodTotal:
    """A phase, or the rest of the year (key None)."""

    key: Hashable
    name: str
    weeks: Fraction
    usual_week: int
    total: int  # support and travel in this period, with its share of bank holidays
    purchases: int  # one-off purchases in this phase
    hours_week: Decimal
    hours_by_kind: Mapping[str, Decimal]


@dataclass(frozen=True)
class StreamTotal:
    stream: str | None  # None: not given a funding stream yet
    spent: int
    carries: int | None
    left: int | None


@dataclass(frozen=True)
class Totals:
    year_weeks: Fraction
    year: int
    average_week: int
    support: int
    travel: int
    purchases: int
    unphased_purchases: int
    allocation: int | None
    left: int | None  # allocation - year; below nothing when over
    lines: tuple[ItemCost, ...]
    travel_items: tuple[ItemCost, ...]
    purchase_items: tuple[ItemCost, ...]
    periods: tuple[PeriodTotal, ...]
    streams: tuple[StreamTotal, ...]


def _bank_holidays(budget: Budget, weeks: Fraction) -> Fraction:
    return Fraction(budget.bank_holidays) * weeks / budget.year_weeks


def shares_of(item) -> tuple[Share, ...]:
    """The item's shares: its own, or its one stream paying it all (None: not chosen yet)."""
    if item.shares:
        return tuple(item.shares)
    return (Share(item.stream or None, Decimal(100)),)


def stream_order(budget: Budget) -> list[str | None]:
    """The plan's funding streams first, then the rest in the usual order, "not chosen" last."""
    order: list[str | None] = list(budget.stream_amounts)
    order += [s.value for s in FundingStream if s.value not in order]
    return [*order, None]


def _costed(key, usual_week: Fraction, exact: Fraction, weeks: Fraction, units: Fraction,
            shares: tuple[Share, ...], order, spend) -> ItemCost:
    parts = split_exact(shares, exact, units)
    for stream, amount in parts:
        spend(stream, amount)
    total = round_pence(exact)
    return ItemCost(key, round_pence(usual_week), total, weeks, tuple(apportion(total, parts, order)))


def totals(budget: Budget) -> Totals:
    """Every total the budget page and the panel pack show."""
    phases = {phase.key: phase for phase in budget.phases}
    for item in (*budget.lines, *budget.travel, *budget.purchases):
        if item.phase is not None and item.phase not in phases:
            raise ValueError(f"unknown phase {item.phase!r}")
    year_weeks = budget.year_weeks
    phase_weeks = sum((p.weeks for p in budget.phases), Fraction(0))
    rest_weeks = year_weeks - phase_weeks
    order = stream_order(budget)
    stream_spent: dict[str | None, Fraction] = {}

    def spend(stream: str | None, amount: Fraction) -> None:
        stream_spent[stream or None] = stream_spent.get(stream or None, Fraction(0)) + amount

    def weeks_of(item) -> Fraction:
        return phases[item.phase].weeks if item.phase is not None else year_weeks

    support = Fraction(0)
    line_costs = []
    for line in budget.lines:
        weeks = weeks_of(line)
        exact = line_cost(line, weeks, _bank_holidays(budget, weeks))
        support += exact
        line_costs.append(_costed(line.key, line_week(line), exact, weeks, weeks, shares_of(line),
                                  order, spend))
    travel_costs = []
    exact_travel = Fraction(0)
    for item in budget.travel:
        weeks = weeks_of(item)
        exact = travel_week(item) * weeks
        exact_travel += exact
        travel_costs.append(_costed(item.key, travel_week(item), exact, weeks, weeks,
                                    shares_of(item), order, spend))
    purchase_costs = []
    purchases = Fraction(0)
    for purchase in budget.purchases:
        exact = Fraction(purchase.amount_pence)
        purchases += exact
        purchase_costs.append(_costed(purchase.key, Fraction(0), exact, Fraction(0), Fraction(1),
                                      shares_of(purchase), order, spend))
    year = support + exact_travel + purchases
    rounded_year = round_pence(year)

    periods = [_period(budget, phase.key, phase.name, phase.weeks) for phase in
               sorted(budget.phases, key=lambda p: p.first)]
    if rest_weeks > 0 or not budget.phases:
        periods.append(_period(budget, None, "", rest_weeks))

    # streams given an amount, in the plan's order; then streams used but not given an amount,
    # "not given a stream yet" last. Shared out from the year's total (funding_shares rule 4).
    shown = list(budget.stream_amounts) + sorted(
        (stream for stream in stream_spent if stream not in budget.stream_amounts),
        key=lambda s: order.index(s) if s in order else len(order),
    )
    spent = dict(apportion(rounded_year, [(s, stream_spent.get(s, Fraction(0))) for s in shown], order))
    streams = []
    for stream in shown:
        carries = budget.stream_amounts.get(stream)
        streams.append(StreamTotal(stream, spent[stream], carries,
                                   None if carries is None else carries - spent[stream]))

    allocation = budget.allocation_pence
    return Totals(
        year_weeks=year_weeks,
        year=rounded_year,
        average_week=round_pence(year / year_weeks),
        support=round_pence(support),
        travel=round_pence(exact_travel),
        purchases=round_pence(purchases),
        unphased_purchases=sum(p.amount_pence for p in budget.purchases if p.phase is None),
        allocation=allocation,
        left=None if allocation is None else allocation - rounded_year,
        lines=tuple(line_costs),
        travel_items=tuple(travel_costs),
        purchase_items=tuple(purchase_costs),
        periods=tuple(periods),
        streams=tuple(streams),
    )


def _period(budget: Budget, key: Hashable, name: str, weeks: Fraction) -> PeriodTotal:
    """Everything running in a phase (key) or in the rest of the year (key None)."""
    bank_holidays = _bank_holidays(budget, weeks)
    lines = [line for line in budget.lines if line.phase is None or line.phase == key]
    travel = [item for item in budget.travel if item.phase is None or item.phase == key]
    week = sum((line_week(line) for line in lines), Fraction(0)) + sum(
        (travel_week(item) for item in travel), Fraction(0)
    )
    total = sum((line_cost(line, weeks, bank_holidays) for line in lines), Fraction(0)) + sum(
        (travel_week(item) * weeks for item in travel), Fraction(0)
    )
    purchases = sum(p.amount_pence for p in budget.purchases if key is not None and p.phase == key)
    by_kind = {kind.value: Decimal(0) for kind in HoursKind}
    for line in lines:
        for kind, hours in line.split.items():
            by_kind[kind] += hours
    return PeriodTotal(
        key, name, weeks, round_pence(week), round_pence(total), purchases,
        sum((line.hours for line in lines), Decimal(0)), by_kind,
    )


def allocation_from_points(points: int, price_per_point_pence: int) -> int:
    return points * price_per_point_pence


# Words -------------------------------------------------------------------------------------


def left_words(allocation: int | None, spent: int) -> str:
    """What is left of the allocation, or how far over it the plan is, in a sentence."""
    if allocation is None:
        return _("No allocation is written down yet, so there is nothing to compare with.")
    left = allocation - spent
    if left > 0:
        return _("{left} is left to spend out of {allocation}.").format(
            left=money_text(left), allocation=money_text(allocation)
        )
    if left == 0:
        return _("This uses the whole allocation of {allocation}, to the penny.").format(
            allocation=money_text(allocation)
        )
    return _("This is {over} over the allocation of {allocation}. The plan costs more than "
             "the money agreed.").format(over=money_text(-left), allocation=money_text(allocation))


def weeks_words(weeks: Fraction) -> str:
    """6 weeks; 1 week and 3 days; 4 days (a period is always whole days)."""
    whole, rest = divmod(weeks.numerator, weeks.denominator)
    days = int(Fraction(rest, weeks.denominator) * 7)
    week_text = ngettext("{n} week", "{n} weeks", whole).format(n=whole)
    day_text = ngettext("{n} day", "{n} days", days).format(n=days)
    if days == 0:
        return week_text
    if whole == 0:
        return day_text
    return _("{weeks} and {days}").format(weeks=week_text, days=day_text)


@dataclass(frozen=True)
class BudgetSettingsRecord:
    plan_id: int
    allocation_method: str = AllocationMethod.TYPED.value
    allocation_pence: int | None = None
    points: int | None = None
    price_per_point_pence: int | None = None
    held_as: str = HeldAs.NOT_CHOSEN.value
    year_starts_on: dt.date | None = None
    year_ends_on: dt.date | None = None
    bank_holidays: int = DEFAULT_BANK_HOLIDAYS
    notes: str = ""
    visibility: str = "private"

    @property
    def allocation(self) -> int | None:
        """The allocation a year in pence: typed in, or points x price of a point."""
        if self.allocation_method == AllocationMethod.POINTS:
            if self.points is None or self.price_per_point_pence is None:
                return None
            return allocation_from_points(self.points, self.price_per_point_pence)
        return self.allocation_pence


SETTINGS_FIELDS = tuple(f.name for f in fields(BudgetSettingsRecord) if f.name != "plan_id")
