"""Properties of the budget arithmetic that must hold for every budget (Hypothesis)."""

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import budget as b
from planner.domain.support import FundingStream
from planner.errors import InvalidInput

START = dt.date(2026, 4, 1)
STREAMS = [None, *[s.value for s in FundingStream]]

hours = st.integers(0, 16_800).map(lambda n: Decimal(n) / 100)
pence = st.integers(0, 200_00)


@st.composite
def phases(draw):
    """Up to 4 phases that don't overlap, inside a 52-week year."""
    count = draw(st.integers(0, 4))
    out, day = [], 0
    for index in range(count):
        gap = draw(st.integers(0, 20))
        length = draw(st.integers(1, 120))
        if day + gap + length > b.DAYS_IN_A_52_WEEK_YEAR:
            break
        first = START + dt.timedelta(days=day + gap)
        last = first + dt.timedelta(days=length - 1)
        out.append(b.Phase(f"p{index}", f"Phase {index}", first, last))
        day += gap + length
    return tuple(out)


@st.composite
def budgets(draw):
    phase_list = draw(phases())
    keys = [None] + [p.key for p in phase_list]
    lines = tuple(
        b.Line(f"l{i}", h, draw(pence), draw(st.none() | pence), draw(st.sampled_from(keys)),
               draw(st.sampled_from(STREAMS)), {"proactive": h})
        for i, h in enumerate(draw(st.lists(hours, max_size=6)))
    )
    travel = tuple(
        b.Travel(f"t{i}", miles, draw(st.integers(0, 100)), draw(st.sampled_from(keys)),
                 draw(st.sampled_from(STREAMS)))
        for i, miles in enumerate(draw(st.lists(hours, max_size=3)))
    )
    purchases = tuple(
        b.Purchase(f"b{i}", amount, draw(st.sampled_from(keys)), draw(st.sampled_from(STREAMS)))
        for i, amount in enumerate(draw(st.lists(st.integers(0, 5_000_00), max_size=3)))
    )
    dated = draw(st.booleans())
    return b.Budget(
        lines=lines, travel=travel, purchases=purchases, phases=phase_list,
        year_first=START if dated else None,
        year_last=START + dt.timedelta(days=draw(st.integers(363, 370))) if dated else None,
        bank_holidays=draw(st.integers(0, 10)),
        allocation_pence=draw(st.none() | st.integers(0, 100_000_00)),
        stream_amounts={s: draw(st.none() | pence) for s in draw(st.sets(st.sampled_from(STREAMS[1:])))},
    )


def summary(t: b.Totals):
    """Everything that does not depend on the order of the lines."""
    return (t.year, t.average_week, t.support, t.travel, t.purchases, t.unphased_purchases,
            t.left, t.periods, t.streams, sorted((c.key, c.usual_week, c.total) for c in t.lines))


@settings(max_examples=150, deadline=None)
@given(budgets(), st.randoms(use_true_random=False))
def test_totals_never_change_when_lines_are_reordered(budget, random):
    lines, travel, purchases, phase_list = (list(x) for x in (budget.lines, budget.travel,
                                                              budget.purchases, budget.phases))
    for items in (lines, travel, purchases, phase_list):
        random.shuffle(items)
    shuffled = b.Budget(**{**budget.__dict__, "lines": tuple(lines), "travel": tuple(travel),
                           "purchases": tuple(purchases), "phases": tuple(phase_list)})
    assert summary(b.totals(shuffled)) == summary(b.totals(budget))


@settings(max_examples=150, deadline=None)
@given(budgets(), st.data())
def test_splitting_a_line_in_two_keeps_the_total(budget, data):
    if not budget.lines:
        return
    index = data.draw(st.integers(0, len(budget.lines) - 1))
    line = budget.lines[index]
    part = data.draw(st.integers(0, int(line.hours * 100)).map(lambda n: Decimal(n) / 100))
    first = b.Line("split-a", part, line.rate_pence, line.bank_holiday_rate_pence, line.phase,
                   line.stream, {"proactive": part})
    second = b.Line("split-b", line.hours - part, line.rate_pence, line.bank_holiday_rate_pence,
                    line.phase, line.stream, {"proactive": line.hours - part})
    lines = list(budget.lines)
    lines[index:index + 1] = [first, second]
    split = b.Budget(**{**budget.__dict__, "lines": tuple(lines)})
    before, after = b.totals(budget), b.totals(split)
    assert (after.year, after.support, after.left, after.periods, after.streams) == (
        before.year, before.support, before.left, before.periods, before.streams)


@settings(max_examples=150, deadline=None)
@given(budgets())
def test_the_periods_make_up_the_year(budget):
    t = b.totals(budget)
    assert sum(p.weeks for p in t.periods) == t.year_weeks
    pieces = sum(p.total + p.purchases for p in t.periods) + t.unphased_purchases
    assert abs(pieces - t.year) <= len(t.periods)  # each period is rounded on its own
    assert abs(t.year - (t.support + t.travel + t.purchases)) <= 1  # two rounded, one whole


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(-5, 100)), max_size=5))
def test_phases_that_pass_the_check_never_overlap(spans):
    phase_list = [
        b.Span(i, f"p{i}", START + dt.timedelta(days=s), START + dt.timedelta(days=s + length))
        for i, (s, length) in enumerate(spans)
    ]
    try:
        b.check_phases(phase_list)
    except InvalidInput:
        return
    days = [set(range((p.first - START).days, (p.last - START).days + 1)) for p in phase_list]
    for i, a in enumerate(days):
        assert a, "a phase that passes has at least one day"
        for other in days[i + 1:]:
            assert not a & other
    if phase_list:
        assert max(p.last for p in phase_list) - min(p.first for p in phase_list) < dt.timedelta(days=364)
