"""Import keeps the dates a plan file carries; reviews fall due from the start, else from when the
plan was made (issue 16, item 7)."""

import datetime as dt

from planner.services import caseload, people, plan_files
from planner.storage.models import Plan


def test_import_keeps_the_plans_own_dates_and_fills_only_what_is_missing(db):
    document = plan_files.example_document()
    document.data["plan"].update(made_on="2025-03-04", changed_on="2025-06-01")
    made_on = [g["made_on"] for g in document.data["plan"]["goals"]]
    back = plan_files.plan_document(db, plan_files.add_document(db, document)).data["plan"]
    assert (back["made_on"], back["changed_on"]) == ("2025-03-04", "2025-06-01")
    assert [g["made_on"] for g in back["goals"]] == made_on  # never today's date
    older = plan_files.example_document()  # a file from before these dates were kept
    older.data["plan"].pop("made_on", None)
    older.data["plan"].pop("changed_on", None)
    filled = plan_files.plan_document(db, plan_files.add_document(db, older)).data["plan"]
    assert filled["made_on"] == dt.date.today().isoformat()


def test_a_plan_with_no_start_date_falls_due_from_when_it_was_made(db):
    plan_id = people.add_person(db, "No Start").plan_id
    with db.session() as session:
        plan = session.get(Plan, plan_id)
        plan.started_on = None
        plan.created_at = dt.datetime(2026, 1, 10, 9, 30)
    row = caseload.plan_row(db, plan_id)
    assert row.next_review == dt.date(2026, 4, 10) and row.next_review_kind == "goals"
