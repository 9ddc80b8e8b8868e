"""Budgets worked out by hand (the working is beside each), checked to the penny.

The rules are in planner/domain/budget.py: a year is 52 weeks unless the budget gives its
dates; a phase of N days is N/7 weeks; 8 bank holidays a year by default, shared out to a
phase by its length, each carrying a seventh of a line's weekly hours at the bank-holiday
rate; amounts exact until shown, then rounded once, half a penny up.
"""

import datetime as dt
from decimal import Decimal as D
from fractions import Fraction

import pytest

from planner.domain import budget as b
from planner.domain.budget import Budget, Line, Phase, Purchase, Travel
from planner.domain.funding_shares import Share, apportion, check_shares
from planner.errors import InvalidInput

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
    All year: Tŷ Newydd 2 h x £19 x 52 = £1,976 (half social care, half housing-related
      support: £988.00 each); Gwen 3 h x £14 x 52 = £2,184 + 8 x 3/7 h x
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
        "social_care": 8_631_81, "housing_support": 988_00, "section_117": 2_208_00,
    }  # social care: 7,643.8065 + 988 = 8,631.8065 -> £8,631.81


# Shared funding (planner/domain/funding_shares.py): worked by hand, to the penny ----------------

def pct(stream, percent):
    return Share(stream, percent=D(percent))


def fixed(stream, pence):
    return Share(stream, amount_pence=pence)


def parts(cost):
    return dict(cost.streams)


def test_17_half_each_with_an_odd_penny():
    # 0.25 h x £10.01 = £2.5025 a week; x 52 = £130.13. Half is £65.065 each: both round down
    # to £65.06, one penny is left, both lost the same, so it goes to the stream first in the
    # usual order (social care): £65.07 + £65.06 = £130.13.
    t = b.totals(Budget(lines=(Line("a", D("0.25"), 1001, shares=(pct("housing_support", 50),
                                                                   pct("social_care", 50))),)))
    assert t.lines[0].total == 130_13
    assert parts(t.lines[0]) == {"social_care": 65_07, "housing_support": 65_06}
    assert {s.stream: s.spent for s in t.streams} == {"social_care": 65_07, "housing_support": 65_06}


def test_18_sixty_forty_with_odd_pence():
    # 7 h x £19.37 = £135.59 a week; x 52 = £7,050.68.
    # 60 %: £4,230.408 -> £4,230.40 (0.8p lost); 40 %: £2,820.272 -> £2,820.27 (0.2p lost).
    # One penny left: it goes to the 60 % share, which lost more (listed second: order is no
    # matter here). £4,230.41 + £2,820.27 = £7,050.68.
    t = b.totals(Budget(lines=(Line("a", D(7), 19_37, shares=(pct("housing_support", 40),
                                                              pct("social_care", 60))),)))
    assert t.lines[0].total == 7_050_68
    assert parts(t.lines[0]) == {"housing_support": 2_820_27, "social_care": 4_230_41}


def test_19_a_fixed_amount_a_week_and_the_rest():
    # 10 h x £21.50 = £215.00 a week (bank holidays £32.25); 52 weeks, 8 bank holidays.
    # Year: 215 x 52 = £11,180 + 8 x 10/7 h x £10.75 = 860/7 = £122.857... -> £11,302.857...
    #   -> £11,302.86.
    # Housing-related support pays £40.00 a week: 40 x 52 = £2,080.00 exactly.
    # Social care pays 100 % of the rest: £9,222.857... -> £9,222.85, and the penny left
    # (£11,302.86 - £2,080.00 - £9,222.85) goes to it: £9,222.86.
    t = b.totals(Budget(lines=(Line("a", D(10), 21_50, 32_25, shares=(
        fixed("housing_support", 40_00), pct("social_care", 100))),)))
    assert t.lines[0].total == 11_302_86
    assert parts(t.lines[0]) == {"housing_support": 2_080_00, "social_care": 9_222_86}
    assert sum(parts(t.lines[0]).values()) == t.year


def test_20_a_purchase_split():
    # Greenhouse £349.99: health pays £100.00 fixed; the rest, £249.99, half each by housing-
    # related support and social care: £124.995 each, both down to £124.99, one penny left, a
    # tie: it goes to the stream first in the plan's list (housing-related support here).
    t = b.totals(Budget(
        purchases=(Purchase("greenhouse", 349_99, shares=(
            fixed("health", 100_00), pct("social_care", 50), pct("housing_support", 50))),),
        stream_amounts={"housing_support": None, "social_care": None},
    ))
    assert parts(t.purchase_items[0]) == {"health": 100_00, "social_care": 124_99,
                                          "housing_support": 125_00}
    assert [(s.stream, s.spent) for s in t.streams] == [
        ("housing_support", 125_00), ("social_care", 124_99), ("health", 100_00)]
    assert t.year == 349_99


def test_21_bank_holidays_and_phases_with_shares():
    # A 6-week phase (42 days) in a 52-week year: 8 x 6/52 = 12/13 bank holidays.
    # Line A: 10 h x £20 (bank holidays £28), half each. As example 11: £1,200 + 960/91 =
    #   £1,210.5494... -> £1,210.55. Half: £605.2747... each, both down to £605.27, a penny
    #   left on a tie: social care (first in the usual order) £605.28, housing £605.27.
    # Line B: 7 h x £20 = £140 a week (bank holidays £30), all in fixed amounts: social care
    #   £100 a week, health £40 a week. Weeks: £600 and £240. The bank-holiday extra,
    #   1 h x £10 x 12/13 = £9.2307..., is shared 100:40: social care £6.5934..., health
    #   £2.6373... Social care £606.5934..., health £242.6373...; the line £849.2307... ->
    #   £849.23. Down: £606.59 + £242.63 = £849.22; the penny goes to health (lost 0.74p,
    #   more than social care's 0.34p): £606.59 + £242.64 = £849.23.
    # Per stream (exact, then shared out from the year £2,059.78...):
    #   social care 605.2747 + 606.5934 = £1,211.8681...; housing £605.2747...; health
    #   £242.6373...; year 2,059.7802... -> £2,059.78. Down: 1,211.86 + 605.27 + 242.63 =
    #   2,059.76; two pennies left: health (0.73p lost) and social care (0.68p lost):
    #   £1,211.87 + £605.27 + £242.64 = £2,059.78.
    phase = Phase("p", "Home", SEP_1, dt.date(2026, 10, 12))
    t = b.totals(Budget(
        lines=(Line("a", D(10), 20_00, 28_00, "p", shares=(pct("social_care", 50),
                                                           pct("housing_support", 50))),
               Line("b", D(7), 20_00, 30_00, "p", shares=(fixed("social_care", 100_00),
                                                         fixed("health", 40_00)))),
        phases=(phase,),
    ))
    assert [c.total for c in t.lines] == [1_210_55, 849_23]
    assert parts(t.lines[0]) == {"social_care": 605_28, "housing_support": 605_27}
    assert parts(t.lines[1]) == {"social_care": 606_59, "health": 242_64}
    assert t.year == 2_059_78
    assert {s.stream: s.spent for s in t.streams} == {
        "social_care": 1_211_87, "housing_support": 605_27, "health": 242_64}
    assert sum(s.spent for s in t.streams) == t.year


def test_22_half_each_and_a_one_stream_line_add_up_to_the_year():
    # Half each: 10 h x £20 x 52 = £10,400 -> £5,200 each. Gwen, section 117 only:
    # 3 h x £14 x 52 = £2,184. Travel, no stream chosen: 12 miles x £0.45 x 52 = £280.80.
    t = b.totals(Budget(
        lines=(Line("a", D(10), 20_00, shares=(pct("social_care", 50), pct("housing_support", 50))),
               line("gwen", "3", 14_00, stream="section_117")),
        travel=(Travel("car", D(12), 45),),
    ))
    assert [(s.stream, s.spent) for s in t.streams] == [
        ("social_care", 5_200_00), ("housing_support", 5_200_00), ("section_117", 2_184_00),
        (None, 280_80)]
    assert sum(s.spent for s in t.streams) == t.year == 12_864_80


@pytest.mark.parametrize("shares, words", [
    ((pct("social_care", 60), pct("health", 30)), "add up to 90 %"),
    ((pct("social_care", 60), pct("health", "40.5")), "add up to 100.5 %"),
    ((pct("social_care", 50), pct("social_care", 50)), "only one share"),
    ((fixed("health", 250_00), pct("social_care", 100)), "more than the £200.00"),
    ((fixed("health", 150_00), fixed("social_care", 40_00)), "add up to £190.00 a week"),
    ((pct("health", 0), pct("social_care", 100)), "more than 0 %"),
    ((pct("health", -10), pct("social_care", 110)), "more than 0 %"),
    ((fixed("health", 0), pct("social_care", 100)), "more than nothing"),
])
def test_23_shares_that_do_not_add_up_are_refused(shares, words):
    with pytest.raises(InvalidInput) as raised:
        check_shares(shares, Fraction(200_00), weekly=True)
    assert words in raised.value.message and raised.value.field == "shares"


def test_24_apportion_never_loses_a_penny():
    for total, pieces in ((100_01, [Fraction(10001, 2)] * 2), (100, [Fraction(100, 3)] * 3),
                          (7, [Fraction(7, 6)] * 6)):
        shared = apportion(total, list(enumerate(pieces)))
        assert sum(p for _k, p in shared) == total
        assert max(p for _k, p in shared) - min(p for _k, p in shared) <= 1
