"""Dates read the way people write them (planner/domain/date_words.py), and refused plainly."""

import datetime as dt

import pytest

from planner.domain.date_words import read_date
from planner.domain.goal_dates import parse_date
from planner.domain.plan import clean_birth_date
from planner.errors import InvalidInput

TODAY = dt.date(2026, 12, 7)
MAY_14 = dt.date(1979, 5, 14)


@pytest.mark.parametrize("typed", [
    "14 May 1979", "14/5/79", "1979-05-14", "14/05/1979", "14.5.1979", "14-5-1979", "May 14 1979",
    "May 14th, 1979", "14th of May 1979", "Monday 14 May 1979", "14 may 79", "1979 May 14", "14 Mai 1979",
    "14eg o Fai 1979", "dydd Llun 14 Mai 1979", "  14   May   1979  ", "5/14/1979", "1979/5/14", "14 MAY 1979",
])
def test_the_usual_ways_of_writing_a_date(typed):
    assert read_date(typed, past_only=True, today=TODAY) == MAY_14


@pytest.mark.parametrize("typed, month", [
    ("1 Ionawr 2020", 1), ("1 Chwefror 2020", 2), ("1 Mawrth 2020", 3), ("1 Ebrill 2020", 4),
    ("1 Mai 2020", 5), ("1 Mehefin 2020", 6), ("1 Gorffennaf 2020", 7), ("1 Awst 2020", 8),
    ("1 Medi 2020", 9), ("1 Hydref 2020", 10), ("1 Tachwedd 2020", 11), ("1 Rhagfyr 2020", 12),
    ("1af o Fawrth 2020", 3), ("1 o Orffennaf 2020", 7), ("1 o Dachwedd 2020", 11), ("1 Sept 2020", 9),
    ("dydd Mawrth 1 Mawrth 2020", 3), ("1 Rhag 2020", 12), ("1 Chwef 2020", 2), ("1 Gorff 2020", 7),
])
def test_month_names_in_english_and_welsh(typed, month):
    assert read_date(typed, today=TODAY) == dt.date(2020, month, 1)


def test_day_first_and_two_figure_years():
    assert read_date("4/5/1979", today=TODAY) == dt.date(1979, 5, 4)  # the 4th of May, the UK way
    assert read_date("1/2/05", past_only=True, today=TODAY) == dt.date(2005, 2, 1)
    assert read_date("1/2/27", past_only=True, today=TODAY) == dt.date(1927, 2, 1)  # never in the future
    assert read_date("1/2/27", today=TODAY) == dt.date(2027, 2, 1)  # by when: the nearest
    assert read_date("1/2/99", today=TODAY) == dt.date(1999, 2, 1)


@pytest.mark.parametrize("typed", [
    "", "   ", "yesterday", "31/2/2020", "14 May", "14 May 1979 1980", "32/1/2020", "May June 2020",
    "1" * 10_000, "14 May 1979" * 20, "14 May 1979; DROP TABLE people", "\x00\x01", "🎂 14 May 1979",
    "0/0/0", "14/13/13/13", "99999-01-01", "1979-13-40",
])
def test_hostile_and_odd_input_is_refused_plainly(typed):
    with pytest.raises(InvalidInput) as caught:
        read_date(typed, today=TODAY)
    assert "date" in caught.value.message and len(caught.value.message) < 140


def test_every_reader_of_typed_dates_uses_it():
    assert parse_date("14 May 1979", "by_when") == MAY_14
    assert parse_date("", "by_when") is None
    with pytest.raises(InvalidInput) as caught:
        parse_date("not a date", "by_when")
    assert caught.value.field == "by_when"
    assert clean_birth_date("14/5/79", today=TODAY) == MAY_14
    with pytest.raises(InvalidInput):
        clean_birth_date("14/5/2030", today=TODAY)  # in the future
