"""The caseload: one query for everyone, facts from the goals part when it is there, searching,
filtering and sorting in memory."""

import datetime as dt

import pytest
from sqlalchemy import event

from planner.services import caseload, people, plan_status
from planner.services.caseload import CaseloadFilter
from planner.services.caseload import Column as C


@pytest.fixture
def goals_tables(db, monkeypatch):
    """The goals part's own tables (merged into the app now)."""
    from planner.storage.models import Base

    return {name: Base.metadata.tables[name] for name in ("goal", "review", "meeting", "checkin")}


def _queries(db):
    seen = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_fixed_few_queries_with_the_facts_from_the_goals_part(db, goals_tables):
    ann = people.add_person(db, "Ann")
    bob = people.add_person(db, "Bob")
    plans = {ann.plan_id: dt.date(2026, 1, 31), bob.plan_id: dt.date(2026, 6, 1)}
    from planner.services import plans as plan_service

    for plan_id, started in plans.items():
        plan_service.update_plan(db, plan_id, started_on=started)
    with db.engine.begin() as connection:
        connection.execute(goals_tables["goal"].insert(), [
            {"id": 1, "plan_id": ann.plan_id, "position": 0, "title": "Swim", "working_on_now": False},
            {"id": 2, "plan_id": ann.plan_id, "position": 1, "title": "Allotment", "working_on_now": True}])
        connection.execute(goals_tables["review"].insert(), [
            {"plan_id": ann.plan_id, "held_on": dt.date(2026, 4, 30), "kind": "goals", "next_review_on": None},
            {"plan_id": ann.plan_id, "held_on": dt.date(2026, 5, 31), "kind": "plan",
             "next_review_on": dt.date(2026, 7, 1)}])
        connection.execute(goals_tables["meeting"].insert(), [{"plan_id": ann.plan_id, "held_on": dt.date(2026, 6, 2)}])
        connection.execute(goals_tables["checkin"].insert(), [{"goal_id": 2, "happened_on": dt.date(2026, 6, 9),
                                                                "happened": "yes"}])
    seen = _queries(db)
    rows = {r.name: r for r in caseload.list_caseload(db)}
    selects = len([q for q in seen if q.lstrip().upper().startswith("SELECT")])
    # the review intervals, people and plans, then the goal worked on now, reviews held, last contact
    assert selects == 5
    ann_row, bob_row = rows["Ann"], rows["Bob"]
    assert ann_row.working_on_now == "Allotment" and ann_row.last_contact == dt.date(2026, 6, 9)
    assert ann_row.schedule.goals == dt.date(2026, 7, 1)  # agreed at the last review
    assert ann_row.schedule.plan == dt.date(2026, 11, 30)  # 31 May + 6 months
    assert ann_row.next_review == dt.date(2026, 7, 1) and ann_row.next_review_kind == "goals"
    assert bob_row.working_on_now is None and bob_row.last_contact is None
    assert bob_row.next_review == dt.date(2026, 9, 1)


def test_without_the_goals_part_the_facts_are_simply_empty(db):
    people.add_person(db, "Ceri")
    (row,) = caseload.list_caseload(db)
    assert row.working_on_now is None and row.last_contact is None and row.next_review is not None
    assert caseload.plan_row(db, row.plan_id).person_id == row.person_id


def _rows(db):
    today = dt.date.today()
    names = {"Ann Llŷr": ("ready_for_panel", today - dt.timedelta(days=200)),
             "Bethan": ("at_panel", today - dt.timedelta(days=80)),
             "Ceri 100%_x": ("agreed_with_changes", today),
             "Dai": ("ended", today - dt.timedelta(days=900))}
    from planner.services import plans as plan_service

    for name, (status, started) in names.items():
        added = people.add_person(db, name)
        plan_service.update_plan(db, added.plan_id, started_on=started)
        plan_status.set_status(db, added.plan_id, status, "2026-12-03", note="Fewer hours.")
    return caseload.list_caseload(db)


def test_search_filters_and_sorting(db):
    rows = _rows(db)
    names = lambda indexes: [rows[i].name for i in indexes]  # noqa: E731
    assert names(caseload.visible_rows(rows, "llŷr")) == ["Ann Llŷr"]
    assert names(caseload.visible_rows(rows, "  ANN   llŶr ")) == ["Ann Llŷr"]
    assert names(caseload.visible_rows(rows, "100%_")) == ["Ceri 100%_x"]
    assert names(caseload.visible_rows(rows, "%")) == ["Ceri 100%_x"]
    assert caseload.visible_rows(rows, "nobody") == []
    assert names(caseload.visible_rows(rows, "", CaseloadFilter.READY_FOR_PANEL)) == ["Ann Llŷr"]
    assert names(caseload.visible_rows(rows, "", CaseloadFilter.AT_PANEL)) == ["Bethan"]
    assert names(caseload.visible_rows(rows, "", CaseloadFilter.AGREED)) == ["Ceri 100%_x"]
    due = names(caseload.visible_rows(rows, "", CaseloadFilter.REVIEWS_DUE))
    assert "Ann Llŷr" in due and "Bethan" in due and "Dai" not in due  # ended plans have no reviews
    by_review = names(caseload.sorted_indexes(rows, C.NEXT_REVIEW))
    assert by_review[0] == "Ann Llŷr" and by_review[-1] == "Dai"  # no date goes last
    assert names(caseload.sorted_indexes(rows, C.NAME, descending=True))[0] == "Dai"
    for column in caseload.COLUMNS:
        assert sorted(caseload.sorted_indexes(rows, column)) == list(range(len(rows)))


def test_removed_people_are_not_in_the_caseload(db):
    gone = people.add_person(db, "Gone")
    people.add_person(db, "Here")
    people.remove_person(db, gone.person_id)
    assert [r.name for r in caseload.list_caseload(db)] == ["Here"]


def test_the_number_of_queries_does_not_grow_with_the_people(db):
    for name in ("One", "Two"):
        people.add_person(db, name)
    seen = _queries(db)
    caseload.list_caseload(db)
    few = len(seen)
    for index in range(30):
        people.add_person(db, f"Person {index}")
    seen.clear()
    assert len(caseload.list_caseload(db)) == 32
    assert len(seen) == few


def test_odd_stored_dates_read_as_no_date_rather_than_failing():
    from planner.services.plan_facts import as_date

    assert as_date("2026-11-22") == dt.date(2026, 11, 22)
    assert as_date("2026-11-22 00:00:00.000000") == dt.date(2026, 11, 22)
    assert as_date(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    for odd in ("", "yesterday", "2026-02-31", "9" * 40, None, 12):
        assert as_date(odd) is None


def test_the_caseload_indexes_arrive_on_a_populated_database(tmp_path):
    """Migration 0008 on a database at 0006 with goals, check-ins and meetings: rows kept, the
    indexes there, and the caseload reads the same facts."""
    from sqlalchemy import create_engine

    from planner.storage import schema
    from planner.storage.database import Database

    folder = tmp_path / "at-0006"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'smallsteps.db'}")
    schema.upgrade(engine, "0006_life_charts")
    with engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO person (id, name, search_key, created_at, updated_at) "
            "VALUES (1, 'Siân', 'sian', '2026-01-01', '2026-01-01')")
        run("INSERT INTO plan (id, person_id, title, status, started_on, created_at, updated_at) "
            "VALUES (1, 1, 'Plan', 'draft', '2026-01-01', '2026-01-01', '2026-01-01')")
        run("INSERT INTO goal (id, plan_id, title, working_on_now, made_on, created_at) "
            "VALUES (1, 1, 'Swim again', 1, '2026-01-01', '2026-01-01')")
        run("INSERT INTO checkin (goal_id, happened_on, happened, created_at) "
            "VALUES (1, '2026-03-04', 'yes', '2026-03-04')")
        run("INSERT INTO meeting (plan_id, held_on, created_at) VALUES (1, '2026-02-01', '2026-02-01')")
    engine.dispose()
    db = Database.open(folder)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        names = {row[1] for table in ("goal", "checkin", "meeting")
                 for row in connection.exec_driver_sql(f"PRAGMA index_list({table})")}
    assert {"ix_goal_now", "ix_checkin_goal_day", "ix_meeting_plan_day"} <= names
    (row,) = caseload.list_caseload(db)
    assert row.working_on_now == "Swim again" and row.last_contact == dt.date(2026, 3, 4)
    db.close()
