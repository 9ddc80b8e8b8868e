"""The same code on a team's PostgreSQL database: a throwaway server started for the run (see
tests/postgres_server.py). Migrations, the caseload, plan files both ways (and the same plan on
SQLite and PostgreSQL), hostile files, the record of changes and its guards, frozen copies, what
changed, exports and the command line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from planner.errors import NotAPlanFile, PlannerError
from planner.plan_file.document import content_of
from planner.plan_file.writer import write_plan_file
from planner.services import (
    caseload,
    exports,
    frozen_copies,
    health,
    people,
    plan_files,
    plan_status,
    plans,
    review_settings,
    steps,
    what_changed,
)
from planner.storage import schema, search_index

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(db) -> dict:
    """Every row of every table (to show that a refused change changed nothing)."""
    out = {}
    with db.engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            out[table] = sorted(map(repr, rows))
    return out


def test_migrations_reach_the_newest_schema_and_match_the_models(pg_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from planner.storage.models import Base

    with pg_db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        # plan_access is the team rules' own table (kept by triggers, like the policies and
        # functions, which have no model either: planner/storage/plan_access.py).
        def modelled(name, kind, parents):
            return search_index.not_modelled(name, kind, parents) and "plan_access" not in (
                name, parents.get("table_name"))

        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": modelled})
        assert compare_metadata(context, Base.metadata) == []
    assert health.check_database(pg_db) == []


def test_the_caseload_reads_the_same_facts_as_on_sqlite(pg_db, db):
    for database in (pg_db, db):
        plan_files.add_example_plan(database)
        people.add_person(database, "Siân Llŷr-Évans")
    on_pg, on_sqlite = caseload.list_caseload(pg_db), caseload.list_caseload(db)
    strip = lambda row: row._replace(person_id=0, plan_id=0)  # noqa: E731 (ids differ, nothing else)
    assert [strip(r) for r in on_pg] == [strip(r) for r in on_sqlite]
    assert on_pg[0].working_on_now and on_pg[0].last_contact and on_pg[0].next_review
    found = caseload.visible_rows(on_pg, "llŷr évans")
    assert [on_pg[i].name for i in found] == ["Siân Llŷr-Évans"]


def test_a_plan_file_is_the_same_plan_on_either_database(pg_db, db, tmp_path):
    from planner.services.team_privacy import for_team

    path = write_plan_file(plan_files.example_document(), tmp_path / "leri.smallsteps")
    on_pg = plan_files.plan_document(pg_db, plan_files.import_plan_file(pg_db, path))
    # A team database keeps what the team may see (nothing marked "just me"): the same as SQLite
    # keeps of the same file filtered for the team.
    on_sqlite = plan_files.plan_document(db, plan_files.add_document(db, for_team(plan_files.example_document()).document))
    assert content_of(on_pg) == content_of(on_sqlite)
    again = write_plan_file(on_pg, tmp_path / "again.smallsteps")
    assert content_of(plan_files.plan_document(pg_db, plan_files.import_plan_file(pg_db, again))) == content_of(on_pg)


def test_a_hostile_plan_file_changes_nothing(pg_db, tmp_path):
    plan_files.add_example_plan(pg_db)
    before = _snapshot(pg_db)
    data = json.loads(json.dumps(plan_files.example_document().data))
    data["plan"]["goals"][0]["checkins"][0]["step"] = "step-9999"  # names a step that is not there
    from planner.plan_file.document import PlanDocument
    from planner.plan_file.writer import plan_file_bytes

    path = tmp_path / "bad.smallsteps"
    path.write_bytes(plan_file_bytes(PlanDocument(data, plan_files.example_document().pictures)))
    with pytest.raises(NotAPlanFile):
        plan_files.import_plan_file(pg_db, path)
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(NotAPlanFile):
        plan_files.import_plan_file(pg_db, path)
    assert _snapshot(pg_db) == before


def test_the_record_of_changes_and_frozen_copies_cannot_be_altered(pg_db):
    from sqlalchemy.exc import DBAPIError

    plan_id = plan_files.add_example_plan(pg_db)
    plans.update_plan(pg_db, plan_id, title="Leri's plan, again")
    copy = frozen_copies.submit(pg_db, plan_id, "2026-12-03")
    for statement in ("UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event",
                      "UPDATE frozen_copy SET plan_file_sha256 = 'x'", "DELETE FROM frozen_copy"):
        with pytest.raises(DBAPIError, match="cannot be"), pg_db.engine.begin() as connection:
            connection.execute(text(statement))
    with pytest.raises(PlannerError), pg_db.session() as session:
        from planner.storage.panel_models import FrozenCopy

        session.get(FrozenCopy, copy.copy_id).pack_pdf_sha256 = "0" * 64
    assert health.check_database(pg_db) == []
    # Deleting someone for good takes their record and copies with them (and only theirs).
    other = people.add_person(pg_db, "Stays")
    person_id = people.list_people(pg_db)[0].person_id
    people.remove_person(pg_db, person_id)
    people.purge_removed(pg_db)
    with pg_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM frozen_copy")).scalar() == 0
        chains = {c for (c,) in connection.execute(text("SELECT DISTINCT chain FROM audit_event"))}
    assert plan_id not in chains and other.plan_id in chains
    assert health.check_database(pg_db) == []


def test_status_copies_and_what_changed(pg_db, tmp_path):
    plan_id = plan_files.add_example_plan(pg_db)
    first = frozen_copies.submit(pg_db, plan_id, "2026-12-03")
    goal = plan_files.plan_document(pg_db, plan_id).data["plan"]["goals"][0]
    from planner.services import goals

    step = goals.list_goals(pg_db, plan_id)[0].steps[0]
    steps.update_step(pg_db, step.step_id, what="Ring the allotment society on Monday")
    plan_status.set_status(pg_db, plan_id, "at_panel", "2026-12-03")
    second = frozen_copies.submit(pg_db, plan_id, "2026-12-03")
    changes = what_changed.what_changed(pg_db, plan_id, first.copy_id, second.copy_id)
    words = json.dumps([str(c) for c in changes], ensure_ascii=False)
    assert "Ring the allotment society on Monday" in words and goal["title"]
    assert plan_status.get_standing(pg_db, plan_id).history[-1].status == "at_panel"
    # The copies travel in the plan file, byte for byte, into a PostgreSQL database too.
    moved = plan_files.import_plan_file(pg_db, write_plan_file(plan_files.plan_document(pg_db, plan_id),
                                                               tmp_path / "sent.smallsteps"))
    copies = frozen_copies.list_copies(pg_db, moved)
    assert [c.pack_pdf_sha256 for c in copies] == [first.pack_pdf_sha256, second.pack_pdf_sha256]
    assert all(frozen_copies.verify(pg_db, c.copy_id) for c in copies)


def test_exports_and_the_review_settings(pg_db):
    plan_id = plan_files.add_example_plan(pg_db)
    assert exports.export_bytes(pg_db, plan_id, "panel-pdf").startswith(b"%PDF")
    review_settings.set_review_intervals(pg_db, 2, 4, 12)
    assert review_settings.review_intervals(pg_db).goal_months == 2


def test_the_command_line_works_on_a_team_database(pg_url, tmp_path):
    import os

    env = dict(os.environ, SMALLSTEPS_DATABASE_URL=pg_url, QT_QPA_PLATFORM="offscreen")

    def smallsteps(*args):
        return subprocess.run([sys.executable, "-m", "ui.launcher", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    assert smallsteps("example").returncode == 0
    listed = smallsteps("list", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["name"] == "Eleri Llŷr Hughes" and row["next_review"]
    made = smallsteps("export", str(row["plan_id"]), "--as", "crisis-card-pdf", "-o", str(tmp_path / "card.pdf"))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    checked = smallsteps("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_two_computers_on_one_team_database_see_each_others_changes(pg_url):
    from planner.services import history
    from planner.storage.database import Database

    here, there = Database.open(url=pg_url), Database.open(url=pg_url)
    here.actor, there.actor = "Tomos", "Priya"
    try:
        start = history.last_change_id(here)
        added = people.add_person(here, "Shared Sam")
        assert [p.name for p in people.list_people(there)] == ["Shared Sam"]
        plans.update_plan(there, added.plan_id, title="Sam's plan")
        assert plans.get_plan(here, added.plan_id).title == "Sam's plan"
        seen_here = history.changes_since(here, start, here.actor)  # what the window would show
        assert seen_here.actors == ("Priya",) and added.plan_id in seen_here.plans
        with here.session() as session:
            from planner.storage.models import Person

            assert session.scalars(select(Person.name)).all() == ["Shared Sam"]
    finally:
        here.close()
        there.close()


def test_the_window_works_on_a_team_database(pg_url, qt_settings, qtbot, monkeypatch):
    from ui.app import close_session, open_session
    from ui.main_window import MainWindow

    monkeypatch.setenv("SMALLSTEPS_DATABASE_URL", pg_url)
    session = open_session(None, pg_url)
    assert session.db.actor  # every change is kept with who made it
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.caseload.example_button.click()
    assert window.stack.currentWidget() is window.plan_view
    assert "allotment" in window.plan_view.page_for("details").title.text()
    window.show_caseload()
    assert window.caseload.model.rowCount() == 1
    window.close()
    close_session(session)
