"""Bad input to the budget: a clear message at the field, and nothing wrong is kept."""

import datetime as dt
from decimal import Decimal as D

import pytest

from planner.domain import amounts, budget
from planner.errors import InvalidInput
from planner.services import budget as budget_service
from planner.services import items, people, plan_files
from planner.services.support_lines import LINE, PURCHASE, TRAVEL, overview
from tests.conftest import database_dump


@pytest.mark.parametrize("text,pence", [
    ("12", 1200), ("12.5", 1250), ("12.50", 1250), ("£1,250.00", 125000), (" 0.07 ", 7),
    ("0", 0), (1999, 1999), ("", None), (None, None),
])
def test_money_as_typed(text, pence):
    assert amounts.parse_money(text, field="rate") == pence


@pytest.mark.parametrize("text,words", [
    ("-5", "less than nothing"), ("17.333", "two numbers after the point"),
    ("twelve", "amount of money"), ("NaN", "amount of money"), ("1e5", "amount of money"),
    ("Infinity", "amount of money"), ("12.5.0", "amount of money"), ([12], "amount of money"),
    (True, "amount of money"), (-1, "less than nothing"), ("99999999999", "too big"),
])
def test_bad_money_is_refused_at_the_field(text, words):
    with pytest.raises(InvalidInput) as raised:
        amounts.parse_money(text, field="rate_pence")
    assert words in raised.value.message and raised.value.field == "rate_pence"


@pytest.mark.parametrize("text,hours", [("7.5", D("7.50")), ("0.25", D("0.25")), ("168", D(168)),
                                        (D("3"), D("3.00")), (4, D("4.00"))])
def test_hours_as_typed(text, hours):
    assert amounts.parse_hours(text, field="hours") == hours


@pytest.mark.parametrize("text,words", [
    ("-1", "less than nothing"), ("168.01", "168 hours"), ("1000", "168 hours"),
    ("7.125", "two numbers after the point"), ("", "number of hours"), ("lots", "number of hours"),
    ("1e2", "number of hours"), ("sNaN", "number of hours"),
])
def test_bad_hours_are_refused(text, words):
    with pytest.raises(InvalidInput) as raised:
        amounts.parse_hours(text, field="hours")
    assert words in raised.value.message


def test_money_and_hours_are_shown_plainly():
    assert amounts.money_text(123456789) == "£1,234,567.89"
    assert amounts.money_text(-48000) == "-£480.00"
    assert amounts.money_field_text(5) == "0.05"
    assert amounts.hours_text(D("7.50")) == "7.5" and amounts.hours_text(D("12.00")) == "12"
    assert amounts.round_pence(D("2.5")) == 3 and amounts.round_pence(D("-2.5")) == -3


def test_a_split_that_does_not_add_up():
    assert budget.resolve_split(D(10), None, D(2), D(1), D(1)) == D(6)  # the rest is planned
    assert budget.resolve_split(D(10), D(6), D(2), D(1), D(1)) == D(6)
    with pytest.raises(InvalidInput) as raised:
        budget.resolve_split(D(10), D(7), D(2), D(1), D(1))
    assert "add up to 11, but the hours a week are 10" in raised.value.message
    assert raised.value.field == "proactive_hours"
    with pytest.raises(InvalidInput) as raised:
        budget.resolve_split(D(2), None, D(2), D(1), D(0))
    assert raised.value.field == "flex_hours"


def test_phases_that_overlap_or_end_before_they_start():
    a = budget.Span(1, "First weeks", dt.date(2026, 9, 1), dt.date(2026, 10, 12))
    b = budget.Span(2, "Later", dt.date(2026, 10, 12), dt.date(2027, 3, 1))
    with pytest.raises(InvalidInput) as raised:
        budget.check_phases([a, b], changed=2)
    assert "overlaps “First weeks” (2026-09-01 to 2026-10-12)" in raised.value.message
    with pytest.raises(InvalidInput) as raised:
        budget.check_phases([budget.Span(1, "x", dt.date(2026, 9, 2), dt.date(2026, 9, 1))])
    assert "end before it starts" in raised.value.message and raised.value.field == "ends_on"
    long = budget.Span(3, "Long", dt.date(2026, 9, 1), dt.date(2027, 9, 1))
    with pytest.raises(InvalidInput) as raised:
        budget.check_phases([long])
    assert "52-week year" in raised.value.message
    budget.check_phases([long], dt.date(2026, 9, 1), dt.date(2027, 9, 3))  # fits a dated year
    with pytest.raises(InvalidInput):
        budget.check_phases([long], dt.date(2026, 9, 2), dt.date(2027, 9, 3))


def test_a_year_with_dates():
    budget.check_year(None, None)
    for first, last, field in [
        (dt.date(2026, 9, 1), None, "year_ends_on"), (None, dt.date(2026, 9, 1), "year_starts_on"),
        (dt.date(2026, 9, 1), dt.date(2026, 8, 1), "year_ends_on"),
        (dt.date(2026, 9, 1), dt.date(2027, 9, 30), "year_ends_on"),
    ]:
        with pytest.raises(InvalidInput) as raised:
            budget.check_year(first, last)
        assert raised.value.field == field


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Bea").plan_id


GOOD_LINE = {"kind": "provider", "who": "Help Ltd", "hours": "10", "flex_hours": "2",
             "rate_pence": "20.00", "visibility": "panel"}


@pytest.mark.parametrize("changes,field", [
    ({"hours": "-3"}, "hours"),
    ({"hours": "169"}, "hours"),
    ({"rate_pence": "-20"}, "rate_pence"),
    ({"rate_pence": "20.005"}, "rate_pence"),
    ({"rate_pence": ""}, "rate_pence"),
    ({"bank_holiday_rate_pence": "30.123"}, "bank_holiday_rate_pence"),
    ({"proactive_hours": "9"}, "proactive_hours"),
    ({"flex_hours": "11"}, "flex_hours"),
    ({"who": "   "}, "who"),
    ({"kind": "wizard"}, "kind"),
    ({"stream": "lottery"}, "stream"),
    ({"phase_id": 999}, "phase_id"),
    ({"visibility": "everyone"}, "visibility"),
])
def test_a_bad_support_line_is_not_kept(db, data_dir, plan_id, changes, field):
    before = database_dump(data_dir / "smallsteps.db")
    with pytest.raises(InvalidInput) as raised:
        items.add(db, LINE, plan_id, {**GOOD_LINE, **changes})
    assert raised.value.field == field and raised.value.message
    assert database_dump(data_dir / "smallsteps.db") == before


def test_a_good_line_and_a_bad_change_to_it(db, plan_id):
    line = items.add(db, LINE, plan_id, GOOD_LINE)
    assert (line.hours, line.proactive_hours, line.flex_hours, line.rate_pence) == (
        D(10), D(8), D(2), 2000)
    with pytest.raises(InvalidInput):
        items.update(db, LINE, line.item_id, {"hours": "1"})  # flex 2 is more than 1
    assert items.update(db, LINE, line.item_id, {"hours": "12", "proactive_hours": ""}).proactive_hours == D(10)


def test_phases_through_the_service(db, plan_id):
    phase = items.add(db, budget_service.PHASE, plan_id, {
        "name": "First 6 weeks", "starts_on": "2026-09-01", "ends_on": "2026-10-12"})
    with pytest.raises(InvalidInput) as raised:
        items.add(db, budget_service.PHASE, plan_id, {
            "name": "Later", "starts_on": "2026-10-01", "ends_on": "2027-01-01"})
    assert "overlaps" in raised.value.message and raised.value.field == "starts_on"
    with pytest.raises(InvalidInput) as raised:
        items.add(db, budget_service.PHASE, plan_id, {
            "name": "Later", "starts_on": "2026-12-01", "ends_on": "2026-11-01"})
    assert raised.value.field == "ends_on"
    with pytest.raises(InvalidInput):
        items.add(db, budget_service.PHASE, plan_id, {"name": "No date", "starts_on": "soon", "ends_on": ""})
    line = items.add(db, LINE, plan_id, {**GOOD_LINE, "phase_id": phase.item_id})
    with pytest.raises(InvalidInput) as raised:
        items.remove(db, budget_service.PHASE, phase.item_id)
    assert "Move them" in raised.value.message
    items.update(db, LINE, line.item_id, {"phase_id": None})
    items.remove(db, budget_service.PHASE, phase.item_id)
    assert overview(db, plan_id).phases == ()


def test_the_year_cannot_shrink_round_its_phases(db, plan_id):
    items.add(db, budget_service.PHASE, plan_id, {
        "name": "Autumn", "starts_on": "2026-09-01", "ends_on": "2026-11-30"})
    with pytest.raises(InvalidInput) as raised:
        budget_service.update_settings(db, plan_id, year_starts_on="2026-10-01", year_ends_on="2027-09-30")
    assert "no longer fit" in raised.value.message and raised.value.field == "year_ends_on"
    assert budget_service.budget_settings(db, plan_id).year_starts_on is None


@pytest.mark.parametrize("changes,field", [
    ({"allocation_pence": "12,000.001"}, "allocation_pence"),
    ({"points": "4.5"}, "points"), ({"points": "-2"}, "points"),
    ({"price_per_point_pence": "-1"}, "price_per_point_pence"),
    ({"bank_holidays": "30"}, "bank_holidays"), ({"bank_holidays": ""}, "bank_holidays"),
    ({"held_as": "under the mattress"}, "held_as"), ({"allocation_method": "guess"}, "allocation_method"),
    ({"year_starts_on": "2026-02-30"}, "year_starts_on"), ({"nonsense": 1}, "nonsense"),
])
def test_bad_settings(db, plan_id, changes, field):
    with pytest.raises(InvalidInput) as raised:
        budget_service.update_settings(db, plan_id, **changes)
    assert raised.value.field == field


def test_settings_points_and_allocation(db, plan_id):
    settings = budget_service.update_settings(
        db, plan_id, allocation_method="points", points="48", price_per_point_pence="250")
    assert settings.allocation == 12_000_00
    settings = budget_service.update_settings(db, plan_id, allocation_method="typed", allocation_pence="9,000")
    assert settings.allocation == 9_000_00 and settings.points == 48


def test_funding_streams_are_one_a_kind(db, plan_id):
    items.add(db, budget_service.STREAM, plan_id, {"stream": "health", "amount_pence": "100"})
    with pytest.raises(InvalidInput) as raised:
        items.add(db, budget_service.STREAM, plan_id, {"stream": "health", "amount_pence": "5"})
    assert raised.value.field == "stream"


def test_purchases_and_travel(db, plan_id):
    with pytest.raises(InvalidInput) as raised:
        items.add(db, PURCHASE, plan_id, {"what": "Greenhouse", "amount_pence": "-349.99"})
    assert raised.value.field == "amount_pence"
    with pytest.raises(InvalidInput) as raised:
        items.add(db, TRAVEL, plan_id, {"what": "Car", "miles": "12.345", "rate_pence": "0.45"})
    assert raised.value.field == "miles"
    items.add(db, PURCHASE, plan_id, {"what": "Greenhouse 🌱", "amount_pence": "349.99"})
    items.add(db, TRAVEL, plan_id, {"what": "Car", "miles": "12", "rate_pence": "0.45"})
    assert overview(db, plan_id).totals.year == 349_99 + 12 * 45 * 52


def test_huge_and_odd_input(db, plan_id):
    who = "Ŵ" * 200
    line = items.add(db, LINE, plan_id, {**GOOD_LINE, "who": who, "purpose": "🌱\n" * 2000})
    assert line.who == who
    with pytest.raises(InvalidInput):
        items.add(db, LINE, plan_id, {**GOOD_LINE, "who": "x" * 201})
    for _ in range(3):
        items.add(db, LINE, plan_id, {**GOOD_LINE, "hours": "168", "flex_hours": "0",
                                      "rate_pence": "1000"})
    assert overview(db, plan_id).totals.year == 3 * 168 * 1000_00 * 52 + 10 * 2000 * 52


def test_a_plan_that_is_gone(db, plan_id):
    person = plan_files.plan_document(db, plan_id).data["person"]["name"]
    assert person == "Bea"
    people.remove_person(db, people.list_people(db)[0].person_id)
    with pytest.raises(Exception) as raised:
        items.add(db, LINE, plan_id, GOOD_LINE)
    assert "no longer" in str(raised.value)


def test_weeks_in_words():
    from fractions import Fraction

    assert budget.weeks_words(Fraction(42, 7)) == "6 weeks"
    assert budget.weeks_words(Fraction(7, 7)) == "1 week"
    assert budget.weeks_words(Fraction(10, 7)) == "1 week and 3 days"
    assert budget.weeks_words(Fraction(365, 7)) == "52 weeks and 1 day"
    assert budget.weeks_words(Fraction(4, 7)) == "4 days"
