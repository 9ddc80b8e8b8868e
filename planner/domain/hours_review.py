"""At a review: the hours used, and an honest answer to "has this person had their hours?".

Support in mental health does not run like clockwork (the proactive/reactive model): some
hours are planned, some happen when the person asks, some are kept for a crisis, and some are
worked for the person when they are not there. So "had their hours" is answered in words,
in the ways providers answer it:

- yes, though some of it was background work, not face to face;
- yes, though the person chose not to use some of it (the worker was ready);
- yes, with some of it given by two workers together (which uses hours twice as fast);
- no, because the person needs less support now, so the package should be reviewed.

The sums, for one review period:

    planned   = hours due in the period (typed in, or worked out from the support lines)
    used      = proactive + flexible + crisis + background hours (worker hours)
    accounted = (used - hours taken from the bank) + missed on the person's side + banked
    had their hours  when  accounted >= planned

Hours banked are saved for later (a hospital stay, a holiday, an event); the bank balance
runs on from one review to the next, and can't go below nothing.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from planner.domain.amounts import hours_text, round_hours
from planner.domain.budget import days_in
from planner.domain.support import PERSON_SIDE_REASONS, MissedReason
from planner.errors import InvalidInput
from planner.i18n import _

ZERO = Decimal("0.00")


class Because(StrEnum):
    BACKGROUND = "background"  # yes, some of it was background work
    CHOSE_NOT_TO_USE = "chose_not_to_use"  # yes, the person chose not to use some
    TWO_WORKERS = "two_workers"  # yes, some of it was two workers together
    LESS_NEEDED = "less_needed"  # (no,) less support is needed now: review the package
    WORKER_MISSED = "worker_missed"  # no: a worker couldn't come
    NOT_EXPLAINED = "not_explained"  # no: nobody wrote down why


@dataclass(frozen=True)
class Missed:
    hours: Decimal
    reason: str


@dataclass(frozen=True)
class PeriodHours:
    """What happened in one review period."""

    planned: Decimal
    proactive: Decimal = ZERO
    flex: Decimal = ZERO
    crisis: Decimal = ZERO
    background: Decimal = ZERO
    two_workers: Decimal = ZERO  # of the hours used, those given by two workers together
    banked: Decimal = ZERO  # saved for later in this period
    from_bank: Decimal = ZERO  # of the hours used, those taken from the bank
    missed: tuple[Missed, ...] = ()
    less_support_needed: bool = False

    @property
    def used(self) -> Decimal:
        return self.proactive + self.flex + self.crisis + self.background

    @property
    def missed_person_side(self) -> Decimal:
        return sum((m.hours for m in self.missed if m.reason in PERSON_SIDE_REASONS), ZERO)

    @property
    def missed_worker_side(self) -> Decimal:
        return sum(
            (m.hours for m in self.missed if m.reason == MissedReason.WORKER_COULD_NOT_COME), ZERO
        )

    @property
    def accounted(self) -> Decimal:
        return self.used - self.from_bank + self.missed_person_side + self.banked


@dataclass(frozen=True)
class Answer:
    had_their_hours: bool
    because: tuple[Because, ...]
    planned: Decimal
    accounted: Decimal
    short_by: Decimal  # hours not accounted for (0 when they had them)
    sentences: tuple[str, ...]  # the answer in words, first sentence first

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def check_period(period: PeriodHours, bank_before: Decimal) -> None:
    """Hours that make sense together; messages at the field that is wrong."""
    if period.two_workers > period.used:
        raise InvalidInput(
            _("The hours with two workers are part of the hours used, so they can't be more "
              "than {used}.").format(used=hours_text(period.used)),
            "two_worker_hours",
        )
    if period.from_bank > period.used:
        raise InvalidInput(
            _("Hours taken from the bank are part of the hours used, so they can't be more "
              "than {used}.").format(used=hours_text(period.used)),
            "from_bank_hours",
        )
    if period.from_bank > bank_before + period.banked:
        raise InvalidInput(
            _("Only {balance} hours were in the bank, so no more than that can be taken out.").format(
                balance=hours_text(bank_before + period.banked)
            ),
            "from_bank_hours",
        )


def planned_hours(
    lines: Iterable[tuple[Decimal, dt.date | None, dt.date | None]], first: dt.date, last: dt.date
) -> Decimal:
    """Hours due from `first` to `last` (both counted) from support lines.

    Each line is (hours a week, first day, last day); a line with no days (no phase) runs all
    the time. Hours are spread evenly over the days of a week, so a period of 10 days holds
    10/7 of a week's hours. Rounded to hundredths of an hour.
    """
    total = Fraction(0)
    for hours, line_first, line_last in lines:
        start = first if line_first is None else max(first, line_first)
        end = last if line_last is None else min(last, line_last)
        if end >= start:
            total += Fraction(hours) * Fraction(days_in(start, end), 7)
    return round_hours(total)


def bank_balances(periods: Iterable[PeriodHours]) -> list[tuple[Decimal, Decimal]]:
    """(balance before, balance after) for periods given in date order."""
    balance = ZERO
    out = []
    for period in periods:
        after = balance + period.banked - period.from_bank
        out.append((balance, after))
        balance = after
    return out


def answer(period: PeriodHours) -> Answer:
    """Has the person had their hours in this period? In words, with the reasons."""
    planned, accounted = period.planned, period.accounted
    had = accounted >= planned
    because: list[Because] = []
    sentences: list[str] = []
    if had:
        sentences.append(
            _("Yes: you had your {planned} hours.").format(planned=hours_text(planned))
            if planned else _("Yes: no hours were planned for this time.")
        )
        if period.background:
            because.append(Because.BACKGROUND)
            sentences.append(_(
                "{hours} of them were background work: things done for you when you weren't "
                "there, like phone calls and forms."
            ).format(hours=_hours(period.background)))
        if period.missed_person_side:
            because.append(Because.CHOSE_NOT_TO_USE)
            sentences.append(_(
                "You chose not to use {hours} of them (missed visits). They still count, "
                "because a worker was ready for you."
            ).format(hours=_hours(period.missed_person_side)))
        if period.two_workers:
            because.append(Because.TWO_WORKERS)
            sentences.append(_(
                "{hours} of them were given by two workers together, which uses hours twice "
                "as fast."
            ).format(hours=_hours(period.two_workers)))
        if period.banked:
            sentences.append(_("{hours} were saved in the bank for later.").format(
                hours=_hours(period.banked)))
        if period.less_support_needed:
            because.append(Because.LESS_NEEDED)
            sentences.append(_(
                "You need less support now, so it is time to look at your package again."
            ))
        short = ZERO
    else:
        short = planned - accounted
        sentences.append(_("No: {short} of your {planned} hours were not used.").format(
            short=_hours(short), planned=hours_text(planned)))
        explained = ZERO
        if period.less_support_needed:
            because.append(Because.LESS_NEEDED)
            sentences.append(_(
                "This is because you need less support now, which is good news. Your package "
                "should be looked at again (reviewed) with your care co-ordinator."
            ))
            explained = short
        if period.missed_worker_side:
            because.append(Because.WORKER_MISSED)
            sentences.append(_(
                "{hours} were missed because a worker couldn't come. Ask the provider to make "
                "them up or not charge for them."
            ).format(hours=_hours(period.missed_worker_side)))
            explained += period.missed_worker_side
        if explained < short:
            because.append(Because.NOT_EXPLAINED)
            sentences.append(_(
                "It is not written down why. Talk about it at your review: if you need less "
                "support now, the package should be reviewed."
            ))
    return Answer(had, tuple(because), planned, accounted, short, tuple(sentences))


def _hours(hours: Decimal) -> str:
    return _("1 hour") if hours == 1 else _("{hours} hours").format(hours=hours_text(hours))
