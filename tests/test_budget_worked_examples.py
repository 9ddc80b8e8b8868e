"""Budgets worked out by hand (the working is beside each), checked to the penny.

The rules are in planner/domain/budget.py: a year is 52 weeks unless the budget gives its
dates; a phase of N days is N/7 weeks; 8 bank holidays a year by default, shared out to a
phase by its length, each carrying a seventh of a line's weekly hours at the bank-holiday
rate; amounts exact until shown, then rounded once, half a penny up.
"""

import datetime as dt
from decimal import Decimal as D
from fractions import Fraction

from planner.domain import budget as b
from planner.domain.budget import Budget, Line, Phase, Purchase, Travel

SEP_1 = dt.date(2026, 9, 1)


def line(key, hours, rate, bh=None, phase=None, stream=None):
    return Line(key, D(hours), rate, bh, phase, stream, {"proactive": D(hours)})


def test_1_one_line_all_year():
    # 10 h x £20.00 = £200.00 a week; x 52 = £10,400.00
    t = b.totals(Budget(lines=(line("pa", "10", 2000),)))
    assert t.lines[0].usual_week == 200_00
    assert t.year == 10_400_00
    assert t.average_week == 200_00
    assert t.year_weeks == 52


def test_2_two_lines_with_half_pennies():
    # 6 h x £18.50 = £111.00; 4.5 h x £15.75 = £70.875 -> shown £70.88
    # a week: £181.875 -> £181.88; a year: 181.875 x 52 = £9,457.50 (exact, no rounding)
    t = b.totals(Budget(lines=(line("a", "6", 1850), line("b", "4.5", 1575))))
    assert [c.usual_week for c in t.lines] == [111_00, 70_88]
    assert [c.total for c in t.lines] == [5_772_00, 3_685_50]  # 70.875 x 52 = 3,685.50
    assert t.periods[0].usual_week == 181_88
    assert t.year == 9_457_50


def test_3_bank_holiday_rate_england_and_wales():
    # 7 h x £20.00 x 52 = £7,280.00; 8 bank holidays, each a seventh of the week (1 hour)
    # paid £30 instead of £20: 8 x 1 x £10 = £80.00. Year £7,360.00.
    # Average week 7,360 / 52 = 141.538... -> £141.54; a usual week is still £140.00.
    t = b.totals(Budget(lines=(line("a", "7", 2000, bh=3000),)))
    assert t.year == 7_360_00
    assert t.average_week == 141_54
    assert t.periods[0].usual_week == 140_00


def test_4_bank_holidays_in_scotland():
    # 14 h x £18.00 x 52 = £13,104.00; 9 bank holidays x 2 h x (£27 - £18) = £162.00
    t = b.totals(Budget(lines=(line("a", "14", 1800, bh=2700),), bank_holidays=9))
    assert t.year == 13_266_00


def test_5_travel():
    # 20 miles x £0.45 = £9.00 a week, x 52 = £468.00; support 3 h x £15 = £45 a week, £2,340
    t = b.totals(Budget(lines=(line("a", "3", 1500),), travel=(Travel("car", D(20), 45),)))
    assert t.travel_items[0].usual_week == 9_00
    assert t.travel == 468_00
    assert t.year == 2_808_00
    assert t.periods[0].usual_week == 54_00


def test_6_phases_more_support_after_hospital():
    # First 6 weeks (1 Sep to 12 Oct 2026: 42 days): 12 h x £21.50 = £258 x 6 = £1,548.00
    # Then 13 Oct 2026 to 30 Aug 2027 (322 days = 46 weeks): 6 h x £21.50 = £129 x 46 = £5,934.00
    first = Phase("p1", "First 6 weeks", SEP_1, dt.date(2026, 10, 12))
    later = Phase("p2", "Later", dt.date(2026, 10, 13), dt.date(2027, 8, 30))
    t = b.totals(Budget(
        lines=(line("a", "12", 2150, phase="p1"), line("b", "6", 2150, phase="p2")),
        phases=(first, later),
    ))
    assert first.weeks == 6 and later.weeks == 46
    assert [(p.name, p.usual_week, p.total) for p in t.periods] == [
        ("First 6 weeks", 258_00, 1_548_00), ("Later", 129_00, 5_934_00)
    ]  # no "rest of the year": the phases fill all 52 weeks
    assert t.year == 7_482_00


def test_7_over_the_allocation_worked_out_from_points():
    # 48 points x £250.00 = £12,000.00; 12 h x £20 x 52 = £12,480.00: £480.00 over
    allocation = b.allocation_from_points(48, 250_00)
    t = b.totals(Budget(lines=(line("a", "12", 2000),), allocation_pence=allocation))
    assert allocation == 12_000_00
    assert t.left == -480_00
    assert b.left_words(t.allocation, t.year) == (
        "This is £480.00 over the allocation of £12,000.00. The plan costs more than the money agreed."
    )


def test_8_one_off_purchases_and_what_is_left():
    # greenhouse £349.99 + tools £85.50 + 5 h x £16 x 52 (£4,160.00) = £4,595.49; of £5,000: £404.51 left
    t = b.totals(Budget(
        lines=(line("a", "5", 1600),),
        purchases=(Purchase("greenhouse", 349_99), Purchase("tools", 85_50)),
        allocation_pence=5_000_00,
    ))
    assert t.purchases == 435_49
    assert t.year == 4_595_49
    assert t.left == 404_51
    assert b.left_words(t.allocation, t.year) == "£404.51 is left to spend out of £5,000.00."


def test_9_a_dated_year_of_365_days():
    # 1 Sep 2026 to 31 Aug 2027 = 365 days = 52 1/7 weeks; 7 h x £20 = £140 a week
    # 140 x 365/7 = 20 x 365 = £7,300.00 (not 52 x 140 = £7,280)
    t = b.totals(Budget(lines=(line("a", "7", 2000),), year_first=SEP_1, year_last=dt.date(2027, 8, 31)))
    assert t.year_weeks == Fraction(365, 7)
    assert t.year == 7_300_00


def test_10_a_dated_year_rounded_once():
    # 3 h x £17.33 = £51.99 a week; x 365/7 = 18,976.35 / 7 = 2,710.9071... -> £2,710.91
    t = b.totals(Budget(lines=(line("a", "3", 1733),), year_first=SEP_1, year_last=dt.date(2027, 8, 31)))
    assert t.year == 2_710_91


def test_11_bank_holidays_shared_out_to_a_phase():
    # 10 h x £20 (bank holidays £28) for a 6-week phase in a 52-week year with 8 bank holidays.
    # Weeks: 6 x £200 = £1,200. The phase holds 8 x 6/52 = 12/13 bank holidays, each with
    # 10/7 hours at £8 more: 8 x 10/7 x 12/13 = 960/91 = £10.549... Total £1,210.549... -> £1,210.55
    phase = Phase("p", "Home", SEP_1, dt.date(2026, 10, 12))
    t = b.totals(Budget(lines=(line("a", "10", 2000, bh=2800, phase="p"),), phases=(phase,)))
    assert t.lines[0].total == 1_210_55
    assert t.year == 1_210_55


def test_12_half_a_penny_goes_up():
    # 0.25 h x £10.02 = £2.505 a week -> £2.51; a year 2.505 x 52 = £130.26 (exact)
    t = b.totals(Budget(lines=(line("a", "0.25", 1002),)))
    assert t.lines[0].usual_week == 2_51
    assert t.year == 130_26


def test_13_all_year_support_with_a_phase_and_the_rest_of_the_year():
    # All year: 2 h x £19 = £38 a week. A 4-week phase (28 days) adds 10 h x £20 = £200 a week.
    # Year: 38 x 52 = £1,976 + 200 x 4 = £800 -> £2,776.00
    # The phase: (38 + 200) x 4 = £952.00; the rest of the year: 48 weeks x £38 = £1,824.00
    phase = Phase("p", "Busy month", SEP_1, dt.date(2026, 9, 28))
    t = b.totals(Budget(lines=(line("all", "2", 1900), line("busy", "10", 2000, phase="p")),
                        phases=(phase,)))
    assert t.year == 2_776_00
    assert [(p.key, p.weeks, p.usual_week, p.total) for p in t.periods] == [
        ("p", 4, 238_00, 952_00), (None, 48, 38_00, 1_824_00)
    ]
    assert t.periods[0].hours_week == D(12)


def test_14_per_funding_stream():
    # Social care: 10 h x £20 x 52 = £10,400 of £10,000 carried: £400 over.
    # Housing-related support: 2 h x £19 x 52 = £1,976 of £2,500: £524 left.
    # Travel with no stream yet: 10 miles x £0.45 x 52 = £234.00.
    t = b.totals(Budget(
        lines=(line("a", "10", 2000, stream="social_care"), line("b", "2", 1900, stream="housing_support")),
        travel=(Travel("car", D(10), 45),),
        stream_amounts={"social_care": 10_000_00, "housing_support": 2_500_00},
    ))
    assert [(s.stream, s.spent, s.carries, s.left) for s in t.streams] == [
        ("social_care", 10_400_00, 10_000_00, -400_00),
        ("housing_support", 1_976_00, 2_500_00, 524_00),
        (None, 234_00, None, None),
    ]
    assert t.year == 12_610_00


def test_15_exactly_the_allocation():
    # 5 h x £20 x 52 = £5,200.00 = the allocation
    t = b.totals(Budget(lines=(line("a", "5", 2000),), allocation_pence=5_200_00))
    assert t.left == 0
    assert "whole allocation of £5,200.00, to the penny" in b.left_words(t.allocation, t.year)


def test_16_the_example_plan_leri(db):
    """Leri's budget (resources/example/plan.json), worked by hand:

    First 6 weeks: Glanrafon 10 h x £21.50 x 6 = £1,290 + bank holidays 8 x 6/52 x 10/7 h x
      £10.75 = 5,160/364 = £14.1758... -> £1,304.1758...
    After: Glanrafon 5 h x £21.50 x 46 = £4,945 + 8 x 46/52 x 5/7 h x £10.75 = 19,780/364
      = £54.3407... -> £4,999.3407...
    All year: Tŷ Newydd 2 h x £19 x 52 = £1,976; Gwen 3 h x £14 x 52 = £2,184 + 8 x 3/7 h x
      £7 = £24 -> £2,208; the group 2 h x £6 x 52 = £624; travel 12 miles x £0.45 x 52 =
      £280.80; greenhouse £349.99 and tools £85.50.
    Year: 11,827.8065 -> £11,827.81. Allocation 56 points x £225 = £12,600: £772.19 left.
    """
    from planner.services import plan_files, support_lines

    plan_id = plan_files.add_example_plan(db)
    t = support_lines.overview(db, plan_id).totals
    assert t.year == 11_827_81
    assert t.allocation == 12_600_00 and t.left == 772_19
    assert [p.total for p in t.periods] == [1_891_35, 9_500_97]
    # the phases (with the tools bought in the first) and the greenhouse make up the year
    assert sum(p.total + p.purchases for p in t.periods) + t.unphased_purchases == t.year
    assert {s.stream: s.spent for s in t.streams} == {
        "social_care": 7_643_81, "housing_support": 1_976_00, "section_117": 2_208_00,
    }
