"""Needs, goals, reviews and meetings in the plan file, the example plan, the migration, and
hostile plan files refused with the database unchanged."""

import json
import shutil
from pathlib import Path

import pytest

from planner.errors import NotAPlanFile
from planner.export.audience import for_audience
from planner.plan_file.document import content_of
from planner.plan_file.reader import read_plan_bytes
from planner.services import goals, needs, plan_files, reviews, steps
from planner.storage import schema
from planner.storage.database import Database
from tests.conftest import database_dump
from tests.helpers import assert_rows_kept, example_json, first_schema_rows, zip_of

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_example_plan_shows_everything(db):
    plan_id = plan_files.add_example_plan(db)
    listed = goals.list_goals(db, plan_id)
    assert len(listed) >= 3
    assert {s.status for g in listed for s in g.steps} == {"todo", "doing", "done", "skipped"}
    assert {g.status for g in listed} >= {"working_on", "paused", "changed_mind"}
    assert sum(g.working_on_now for g in listed) == 1
    data = plan_files.plan_document(db, plan_id).data["plan"]
    reasons = [c for g in data["goals"] for c in g["checkins"] if c["reasons"]]
    assert len(reasons) >= 3
    rated = [r for r in reviews.list_reviews(db, plan_id) if r.ratings]
    assert len(rated) >= 2
    assert data["meetings"] and data["meetings"][0]["actions"] and data["meetings"][0]["apologies"]
    assert len(needs.list_needs(db, plan_id)) >= 5
    assert any(s["cost_pence"] for g in data["goals"] for s in g["steps"])


def test_goals_travel_both_ways_with_links_intact(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    first = goals.list_goals(db, plan_id)[0]
    steps.split_step(db, first.steps[0].step_id, ["Ring them", "Ask about the plot"])
    path = plan_files.export_plan_file(db, plan_id, tmp_path / "leri.smallsteps")
    other = Database.open(tmp_path / "other")
    new_id = plan_files.import_plan_file(other, path)
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(plan_files.plan_document(db, plan_id))
    def linked_words(database, pid):
        words = {n.need_id: n.words for n in needs.list_needs(database, pid)}
        return [sorted(words[n] for n in goal.need_ids) for goal in goals.list_goals(database, pid)]

    assert linked_words(other, new_id) == linked_words(db, plan_id)
    assert len(linked_words(other, new_id)[0]) == 2
    other.close()


def test_the_panel_sees_only_what_was_shared_with_it(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    panel = for_audience(document, "panel").data["plan"]
    team = for_audience(document, "team").data["plan"]
    everything = repr(document.data)
    assert "Get a job at the garden centre" in everything
    assert "garden centre" not in repr(team["goals"]) and "garden centre" not in repr(panel["goals"])
    assert [g["title"] for g in panel["goals"]] == ["Get back to my allotment"]
    assert all(s["visibility"] == "panel" for g in panel["goals"] for s in g["steps"])
    assert [r["held_on"] for r in panel["reviews"]] == ["2026-11-17"]
    assert panel["meetings"] == [] and team["meetings"]
    assert all(n["visibility"] == "panel" for n in panel["needs"])


def _bad(mutate) -> bytes:
    data = example_json()
    mutate(data["plan"])
    return zip_of({"plan.json": json.dumps(data), **plan_files.example_document().pictures})


HOSTILE = {
    "link to a missing need": lambda p: p["goals"][0]["needs"].append("need-99"),
    "link to a missing step": lambda p: p["goals"][0]["checkins"][0].update(step="step-99"),
    "step of another goal": lambda p: p["goals"][0]["checkins"][0].update(step="step-8"),
    "two steps with one id": lambda p: p["goals"][1]["steps"][0].update(id="step-1"),
    "two needs with one id": lambda p: p["needs"][1].update(id="need-1"),
    "a day that doesn't exist": lambda p: p["goals"][0]["steps"][0].update(done_on="2026-02-30"),
    "a review on a day that doesn't exist": lambda p: p["reviews"][0].update(held_on="2026-13-01"),
}

SCHEMA_REFUSES = {
    "negative cost": lambda p: p["goals"][0]["steps"][0].update(cost_pence=-1),
    "absurd cost": lambda p: p["goals"][0]["steps"][0].update(cost_pence=10**12),
    "cost as float": lambda p: p["goals"][0]["steps"][0].update(cost_pence=12.5),
    "rating of six": lambda p: p["reviews"][0]["ratings"].update(home=6),
    "rating of an unknown area": lambda p: p["reviews"][0]["ratings"].update(garden=3),
    "empty goal title": lambda p: p["goals"][0].update(title="   "),
    "goal with no visibility": lambda p: p["goals"][0].pop("visibility"),
    "step visible to everyone": lambda p: p["goals"][0]["steps"][0].update(visibility="everyone"),
    "too many steps": lambda p: p["goals"][0].update(
        steps=[dict(p["goals"][0]["steps"][0], id=f"s{i}") for i in range(1001)]),
    "unknown status": lambda p: p["goals"][0].update(status="abandoned"),
    "extra field": lambda p: p["meetings"][0].update(sql="DROP TABLE goal"),
    "unknown reason": lambda p: p["goals"][0]["checkins"][0].update(reasons=["aliens"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_broken_links_and_dates_are_refused_with_nothing_added(db, data_dir, name):
    plan_files.add_example_plan(db)
    before = database_dump(data_dir / "smallsteps.db")
    with pytest.raises(NotAPlanFile):  # refused when read, or at the latest when added
        plan_files.add_document(db, read_plan_bytes(_bad(HOSTILE[name])))
    assert database_dump(data_dir / "smallsteps.db") == before


@pytest.mark.parametrize("name", sorted(SCHEMA_REFUSES))
def test_the_schema_refuses_bad_goal_data(name):
    with pytest.raises(NotAPlanFile):
        read_plan_bytes(_bad(SCHEMA_REFUSES[name]))


def test_the_first_schema_with_data_gains_goals_with_nothing_lost(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    before = first_schema_rows(data_dir / "smallsteps.db")
    db = Database.open(data_dir)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD and "0004_goals" in schema.KNOWN_REVISIONS
        assert_rows_kept(connection, before)
    plan_id = before["plan"][1][0][0]
    need = needs.add_need(db, plan_id, "money", "Help with bills")
    made = goals.add_goal(db, plan_id, "Pay my bills on time", need_ids=[need.need_id], steps=["Open the letters"])
    reviews.add_review(db, plan_id, "2026-01-01", ratings={"home": 3})
    assert goals.get_goal(db, made.goal_id).steps[0].what == "Open the letters"
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_removing_a_plan_removes_its_goals(db):
    from planner.services import people, plans

    plan_id = plan_files.add_example_plan(db)
    person_id = plans.get_plan(db, plan_id).person_id
    people.remove_person(db, person_id)
    assert people.purge_removed(db) == 1
    with db.engine.connect() as connection:
        for table in ("need", "goal", "step", "checkin", "review", "review_rating", "meeting", "meeting_action"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0, table


def test_every_item_knows_its_plan(db):
    """Each table's rows reach their plan through a parent (what a record of changes needs)."""
    from sqlalchemy import select

    from planner.storage.goals_models import (
        Checkin,
        GoalBarrier,
        GoalNeed,
        MeetingAction,
        MeetingPerson,
        ReviewRating,
        Step,
    )

    plan_id = plan_files.add_example_plan(db)
    with db.session() as session:
        for model, parent in ((Step, "goal"), (GoalBarrier, "goal"), (GoalNeed, "goal"), (Checkin, "goal"),
                              (ReviewRating, "review"), (MeetingPerson, "meeting"), (MeetingAction, "meeting")):
            rows = session.scalars(select(model)).all()
            assert rows, model.__name__
            assert all(getattr(row, parent).plan_id == plan_id for row in rows), model.__name__
