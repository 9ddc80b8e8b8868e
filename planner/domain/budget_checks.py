"""Checks on a budget's dates and hours, before anything is kept: a dated year, phases that
don't overlap and fit the year, and hours split into kinds that add up (see
`planner.domain.budget` for the rules they keep)."""

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from planner.domain.amounts import hours_text
from planner.errors import InvalidInput
from planner.i18n import _

DAYS_IN_A_52_WEEK_YEAR = 364
MAX_YEAR_DAYS = 371  # 53 weeks: some councils' years have 53 paying weeks


def days_in(first: dt.date, last: dt.date) -> int:
    """Days from `first` to `last`, both counted."""
    return (last - first).days + 1


def check_year(first: dt.date | None, last: dt.date | None) -> None:
    """A dated budget year: both days or neither, in order, at most 371 days."""
    if first is None and last is None:
        return
    if first is None:
        raise InvalidInput(_("Please give the first day of the year too, or neither."), "year_starts_on")
    if last is None:
        raise InvalidInput(_("Please give the last day of the year too, or neither."), "year_ends_on")
    if last < first:
        raise InvalidInput(_("The year can't end before it starts."), "year_ends_on")
    if days_in(first, last) > MAX_YEAR_DAYS:
        raise InvalidInput(
            _("A budget year can be at most 53 weeks (371 days). Please check the dates."),
            "year_ends_on",
        )


@dataclass(frozen=True)
class Span:
    """A phase's dates (for checking), with its name for messages."""

    key: Hashable
    name: str
    first: dt.date
    last: dt.date


def check_phase_dates(first: dt.date | None, last: dt.date | None) -> None:
    if first is None:
        raise InvalidInput(_("Please give the day this phase starts."), "starts_on")
    if last is None:
        raise InvalidInput(_("Please give the day this phase ends."), "ends_on")
    if last < first:
        raise InvalidInput(_("A phase can't end before it starts."), "ends_on")


def check_phases(
    phases: Iterable[Span], year_first: dt.date | None = None, year_last: dt.date | None = None,
    *, changed: Hashable = None,
) -> None:
    """Phases that do not overlap and fit in the year. Messages name the phase `changed`."""
    spans = sorted(phases, key=lambda s: (s.first, s.last))
    for span in spans:
        check_phase_dates(span.first, span.last)
    for before, after in zip(spans, spans[1:], strict=False):
        if after.first <= before.last:
            other = before if after.key == changed else after
            raise InvalidInput(
                _("This phase overlaps “{other}” ({first} to {last}). Phases can't overlap.").format(
                    other=other.name or _("another phase"), first=other.first.isoformat(),
                    last=other.last.isoformat(),
                ),
                "starts_on" if after.key == changed else "ends_on",
            )
    if not spans:
        return
    if year_first is not None and year_last is not None:
        for span in spans:
            if span.first < year_first or span.last > year_last:
                raise InvalidInput(
                    _("This phase must fall inside the budget year ({first} to {last}).").format(
                        first=year_first.isoformat(), last=year_last.isoformat()
                    ),
                    "starts_on" if span.first < year_first else "ends_on",
                )
    elif days_in(spans[0].first, spans[-1].last) > DAYS_IN_A_52_WEEK_YEAR:
        raise InvalidInput(
            _(
                "All the phases must fit in one 52-week year (364 days). To plan a longer "
                "time, give the budget year's first and last day."
            ),
            "ends_on",
        )


def resolve_split(
    hours: Decimal, proactive: Decimal | None, flex: Decimal, crisis: Decimal, background: Decimal
) -> Decimal:
    """The planned (proactive) hours: given, or what is left after the reactive hours.

    The four kinds must add up to the hours a week exactly.
    """
    reactive = flex + crisis + background
    if proactive is None:
        if reactive > hours:
            raise InvalidInput(
                _(
                    "The flexible, crisis and background hours come to {reactive}, more than "
                    "the {hours} hours a week."
                ).format(reactive=_h(reactive), hours=_h(hours)),
                "flex_hours",
            )
        return hours - reactive
    if proactive + reactive != hours:
        raise InvalidInput(
            _(
                "The kinds of hours add up to {total}, but the hours a week are {hours}. "
                "Please make them add up (or leave planned hours empty to fill in the rest)."
            ).format(total=_h(proactive + reactive), hours=_h(hours)),
            "proactive_hours",
        )
    return proactive


def _h(hours: Decimal) -> str:
    return hours_text(hours)
