"""How often reviews fall due is kept in the database: the window, the command line and a
team sharing one database all count from the same numbers."""

import json
import subprocess
import sys

import pytest

from planner.domain.review_schedule import Intervals
from planner.errors import InvalidInput
from planner.services import caseload, people, plans, review_settings
from planner.storage.database import Database


def test_three_six_and_eighteen_until_changed(db):
    assert review_settings.review_intervals(db) == Intervals(3, 6, 18)


def test_a_change_is_kept_and_survives_reopening(data_dir):
    db = Database.open(data_dir)
    review_settings.set_review_intervals(db, 2, "12", 24)
    db.close()
    again = Database.open(data_dir)
    assert review_settings.review_intervals(again) == Intervals(2, 12, 24)
    again.close()


@pytest.mark.parametrize("bad", [0, 61, -3, 999, "often", None, 2.5j, True, "", "1e9"])
def test_odd_numbers_are_refused_and_change_nothing(db, bad):
    review_settings.set_review_intervals(db, 4, 8, 20)
    for where in range(3):
        values = [4, 8, 20]
        values[where] = bad
        with pytest.raises(InvalidInput) as raised:
            review_settings.set_review_intervals(db, *values)
        assert "months" in raised.value.message
    assert review_settings.review_intervals(db) == Intervals(4, 8, 20)


def test_a_value_changed_by_hand_is_brought_within_range(db):
    from sqlalchemy import text

    review_settings.set_review_intervals(db, 4, 8, 20)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE shared_setting SET value = '9999' WHERE key = 'reviews.goal_months'"))
        connection.execute(text("UPDATE shared_setting SET value = 'soon' WHERE key = 'reviews.plan_months'"))
    assert review_settings.review_intervals(db) == Intervals(60, 6, 20)


def test_the_caseload_and_the_command_line_count_from_them(data_dir):
    import datetime as dt

    db = Database.open(data_dir)
    added = people.add_person(db, "Ceri")
    plans.update_plan(db, added.plan_id, started_on=dt.date(2026, 1, 31))
    assert caseload.list_caseload(db)[0].next_review == dt.date(2026, 4, 30)  # 3 months
    review_settings.set_review_intervals(db, 1, 6, 18)
    assert caseload.list_caseload(db)[0].next_review == dt.date(2026, 2, 28)  # 1 month, the last day
    db.close()
    out = subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), "list", "--json"],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)[0]["next_review"] == "2026-02-28"
