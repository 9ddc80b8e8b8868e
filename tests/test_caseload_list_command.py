"""`smallsteps list` reads the caseload a page at a time (issue 17) and prints exactly what reading
everyone at once printed: the same lines, the same JSON text, for an empty database, one person,
odd names, several plans a person and removed people."""

import argparse
import io
import json

import pytest
from sqlalchemy import text

from planner import cli
from planner.services import caseload, caseload_pages, people

NAMES = ["Siân O'Neill", "Gŵyn ap Llŷr", "Zoë 100%", "Under_score", 'Quote "Q"', "Al", "ŷ", "Eleri\tTab",
         "Robert'); DROP TABLE person;--", "Back\\slash", "a" * 200]


def _as_before(db, json_wanted: bool) -> str:
    """What the command printed when it read everyone at once (list_caseload, one json.dumps)."""
    rows = caseload.list_caseload(db)
    if json_wanted:
        return json.dumps([
            {"plan_id": r.plan_id, "person_id": r.person_id, "name": r.name,
             "preferred_name": r.preferred_name, "title": r.plan_title, "status": r.status,
             "next_review": r.next_review.isoformat() if r.next_review else None,
             "next_review_kind": r.next_review_kind,
             "panel_date": r.panel_date.isoformat() if r.panel_date else None}
            for r in rows], ensure_ascii=False, indent=2) + "\n"
    if not rows:
        return "No plans yet. Try 'smallsteps example'.\n"
    return "".join(f"{r.plan_id}\t{r.name}\t{r.status}\t{r.plan_title}\n" for r in rows)


def _listed(db, json_wanted: bool) -> str:
    out = io.StringIO()
    cli._list(db, argparse.Namespace(json=json_wanted), out)
    return out.getvalue()


@pytest.mark.parametrize("json_wanted", [False, True])
def test_the_list_is_what_reading_everyone_at_once_gave(db, monkeypatch, json_wanted):
    assert _listed(db, json_wanted) == _as_before(db, json_wanted)  # no one
    first = people.add_person(db, "Eleri Hughes")
    assert _listed(db, json_wanted) == _as_before(db, json_wanted)  # one person
    made = [people.add_person(db, name) for name in NAMES * 3]
    with db.engine.begin() as connection:  # a second plan for someone: the list shows their first
        connection.execute(text(
            "INSERT INTO plan (person_id, title, status, created_at, updated_at, version) "
            "SELECT person_id, 'Later plan', 'draft', created_at, updated_at, 1 FROM plan WHERE id = :p"),
            {"p": first.plan_id})
    people.remove_person(db, made[0].person_id)
    real = caseload_pages.every_row
    monkeypatch.setattr(caseload_pages, "every_row", lambda database: real(database, page=4))  # many pages
    assert _listed(db, json_wanted) == _as_before(db, json_wanted)
    assert "DROP TABLE" in _listed(db, json_wanted)


def test_rows_are_not_kept_as_they_are_printed(db):
    for name in NAMES:
        people.add_person(db, name)
    rows = caseload_pages.every_row(db, page=3)
    window_rows = [next(rows) for _ in range(4)]
    frame = rows.gi_frame
    assert frame.f_locals["window"].read_rows == []  # each page printed and let go
    assert [r.name for r in window_rows + list(rows)] == [r.name for r in caseload.list_caseload(db)]
