"""Plan status with every change recorded, panel day, who wrote each part, disagreements that
travel with their item, the plan file both ways, the command line, and the upgrade from 0001."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.errors import InvalidInput, NotFound, PlannerError
from planner.export.audience import for_audience
from planner.plan_file.document import content_of
from planner.plan_file.reader import check_data
from planner.plan_file.writer import write_plan_file
from planner.services import (
    about_me,
    authorship,
    exports,
    frozen_copies,
    panel_day,
    people,
    plan_files,
    plan_status,
)
from planner.storage import schema
from planner.storage.database import Database
from tests.helpers import assert_rows_kept, first_schema_rows

ROOT = Path(__file__).resolve().parent.parent


def test_status_changes_need_what_they_need_and_are_recorded_with_when_and_who(db):
    db.actor = "Tomos Baptiste"
    plan_id = people.add_person(db, "Siân").plan_id
    with pytest.raises(InvalidInput) as error:
        plan_status.set_status(db, plan_id, "at_panel")
    assert error.value.field == "panel_date"
    with pytest.raises(InvalidInput, match="changes the panel asked for"):
        plan_status.set_status(db, plan_id, "agreed_with_changes", note="   ")
    with pytest.raises(InvalidInput, match="reasons"):
        plan_status.set_status(db, plan_id, "not_agreed")
    with pytest.raises(InvalidInput):
        plan_status.set_status(db, plan_id, "approved-ish")
    with pytest.raises(InvalidInput):
        plan_status.set_status(db, plan_id, "ready_for_panel", "3rd of December")
    assert plan_status.get_standing(db, plan_id).history == ()
    plan_status.set_status(db, plan_id, "ready_for_panel", "2026-12-03")
    plan_status.set_status(db, plan_id, "at_panel")  # keeps the panel date it has
    standing = plan_status.set_status(db, plan_id, "agreed_with_changes", note="Start with 4 hours a week.")
    assert standing.status == "agreed_with_changes" and standing.note == "Start with 4 hours a week."
    assert [h.status for h in standing.history] == ["ready_for_panel", "at_panel", "agreed_with_changes"]
    assert {h.actor for h in standing.history} == {"Tomos Baptiste"}
    assert standing.history[1].panel_date.isoformat() == "2026-12-03"
    with pytest.raises(NotFound):
        plan_status.set_status(db, 999, "draft")
    with pytest.raises(InvalidInput):
        plan_status.set_assessed_on(db, plan_id, "2999-01-01")
    assert plan_status.set_assessed_on(db, plan_id, "2026-08-20").assessed_on.isoformat() == "2026-08-20"


def test_panel_day_makes_a_pack_each_and_an_index_and_freezes_what_it_wrote(db, tmp_path):
    leri = plan_files.add_example_plan(db)
    dai = people.add_person(db, "Dai / Jones: \"the\" gardener").plan_id
    plan_status.set_status(db, dai, "ready_for_panel", "2026-12-03")
    later = people.add_person(db, "Later").plan_id
    plan_status.set_status(db, later, "ready_for_panel", "2026-12-17")
    seen = []
    day = panel_day.run(db, "2026-12-03", tmp_path / "panel", lambda *a: seen.append(a))
    names = sorted(p.name for p in (tmp_path / "panel").iterdir())
    assert names == ["00 Index.pdf", "01 Dai Jones the gardener.pdf", "02 Eleri Llŷr Hughes.pdf"]
    assert seen[-1][0] == seen[-1][1] == 3
    from tests.pdf_tools import text as pdf_text

    index = pdf_text((tmp_path / "panel" / "00 Index.pdf").read_bytes())
    assert "Eleri Llŷr Hughes" in index and "Dai" in index and "Later" not in index
    for plan_id, entry in ((dai, day.entries[0]), (leri, day.entries[1])):
        (copy,) = frozen_copies.list_copies(db, plan_id)
        assert frozen_copies.copy_bytes(db, copy.copy_id)[1] == entry.path.read_bytes()
        assert plan_status.get_standing(db, plan_id).status == "at_panel"
    again = panel_day.run(db, "2026-12-03", tmp_path / "again")
    assert [e.pack_pdf for e in again.entries] == [e.pack_pdf for e in day.entries]
    assert len(frozen_copies.list_copies(db, leri)) == 1
    empty = panel_day.run(db, "2027-01-07", tmp_path / "empty")
    assert empty.entries == [] and (tmp_path / "empty" / "00 Index.pdf").exists()
    with pytest.raises(PlannerError):
        panel_day.run(db, "not a date", tmp_path / "bad")


def test_the_index_shows_cost_and_allocation_when_the_budget_part_gives_them():
    day = panel_day.PanelDay(__import__("datetime").date(2026, 12, 3),
                             [panel_day.Entry(1, "Leri", 1234567, 1260000), panel_day.Entry(2, "Dai", None, None)])
    from tests.pdf_tools import text as pdf_text

    words = pdf_text(panel_day.index_pdf(day))
    assert "£12,345.67" in words and "£12,600.00" in words and "not worked out yet" in words


def test_plan_facts_read_the_shapes_assumed_and_survive_odd_ones():
    from planner.services import plan_facts

    data = {"plan": {"goals": [{"title": "Swim", "working_on_now": False},
                               {"title": "Allotment", "working_on_now": True,
                                "checkins": [{"happened_on": "2026-10-02"}]}],
                     "reviews": [{"held_on": "2026-09-03", "kind": "plan", "next_review_on": "2026-11-17"}],
                     "meetings": [{"held_on": "2026-10-06"}],
                     "support_budget": {"totals": {"year_pence": 900000, "allocation_pence": 1260000}}}}
    assert plan_facts.working_on_now(data) == "Allotment"
    assert str(plan_facts.last_contact(data)) == "2026-10-06"
    assert str(plan_facts.last_review(data, "plan")) == "2026-09-03"
    assert str(plan_facts.agreed_next_review(data)) == "2026-11-17"
    assert plan_facts.total_cost_pence(data) == 900000 and plan_facts.allocation_pence(data) == 1260000
    points = {"plan": {"support_budget": {"settings": {"allocation_method": "points", "points": 56,
                                                      "price_per_point_pence": 22500}}}}
    assert plan_facts.allocation_pence(points) == 1260000
    for odd in ({}, {"plan": None}, {"plan": {"goals": "x", "reviews": [1, None], "support_budget": []}},
                {"plan": {"reviews": [{"held_on": "not a date"}], "support_budget": {"totals": {"year_pence": 1.5}}}}):
        assert plan_facts.working_on_now(odd) is None and plan_facts.last_contact(odd) is None
        assert plan_facts.total_cost_pence(odd) in (None, 0) and plan_facts.allocation_pence(odd) is None


def test_who_wrote_each_part_and_different_views(db):
    plan_id = people.add_person(db, "Nia").plan_id
    answer = about_me.add_answer(db, plan_id, "home", "", "I'd like to move nearer my sister.", visibility="panel")
    me = authorship.add_author(db, plan_id, "about_me", "me")
    authorship.add_author(db, plan_id, "about_me", "advocate", "Rhys", "panel")
    with pytest.raises(InvalidInput):
        authorship.add_author(db, plan_id, "about_me", "me")  # already listed
    with pytest.raises(InvalidInput):
        authorship.add_author(db, plan_id, "nowhere", "me")
    with pytest.raises(InvalidInput):
        authorship.add_author(db, plan_id, "goals", "wizard")
    removed = authorship.remove_author(db, me.author_id)
    authorship.add_author(db, plan_id, removed.part, removed.role, removed.name, removed.visibility,
                          position=removed.position, author_id=removed.author_id)
    assert [a.role for a in authorship.part_authors(db, plan_id)["about_me"]] == ["me", "advocate"]

    view = authorship.add_disagreement(db, plan_id, "about_me_answer", answer.answer_id, "Mair Evans",
                                       "family", "Moving would mean leaving her GP and friends.", "team")
    authorship.add_disagreement(db, plan_id, "about_me_answer", answer.answer_id, "Rhys", "advocate",
                                "Nia has thought about this for a long time.", "panel")
    with pytest.raises(InvalidInput):
        authorship.add_disagreement(db, plan_id, "about_me_answer", answer.answer_id, "Mair", "family", "  ")
    with pytest.raises(NotFound):
        authorship.add_disagreement(db, plan_id, "about_me_answer", 9999, "Mair", "family", "x")
    with pytest.raises(NotFound):
        authorship.add_disagreement(db, plan_id, "goal", 1, "Mair", "family", "x")
    document = plan_files.plan_document(db, plan_id)
    notes = document.data["plan"]["about_me"]["home"][0]["disagreements"]
    assert [n["who"] for n in notes] == ["Mair Evans", "Rhys"]
    check_data(document.data)
    team = for_audience(document, "team").data["plan"]["about_me"]["home"][0]["disagreements"]
    panel = for_audience(document, "panel").data["plan"]["about_me"]["home"][0]["disagreements"]
    assert len(team) == 2 and [n["who"] for n in panel] == ["Rhys"]
    from tests.pdf_tools import text as pdf_text

    panel_words = pdf_text(exports.export_bytes(db, plan_id, "panel-pdf"))
    team_words = pdf_text(exports.export_bytes(db, plan_id, "team-pdf"))
    assert "long time" in " ".join(panel_words.split()) and "GP and friends" not in " ".join(panel_words.split())
    assert "GP and friends" in " ".join(team_words.split())
    assert "With an advocate (Rhys)" in " ".join(panel_words.split())
    # An item's views go with it when it is removed.
    about_me.remove_answer(db, answer.answer_id)
    assert authorship.disagreements_of(db, plan_id) == []
    assert view.disagreement_id


def test_everything_in_the_plan_file_both_ways(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    plan_status.set_status(db, plan_id, "agreed_with_changes", note="Review the bus help in 3 months.")
    first = plan_files.plan_document(db, plan_id)
    data = first.data["plan"]
    assert data["panel_date"] == "2026-12-03" and data["assessed_on"] == "2026-08-20"
    assert [h["status"] for h in data["status_history"]] == ["ready_for_panel", "agreed_with_changes"]
    assert data["authors"]["about_me"][1]["name"] == "Tomos Baptiste"
    path = write_plan_file(first, tmp_path / "leri.smallsteps")
    again = plan_files.plan_document(db, plan_files.import_plan_file(db, path))
    assert content_of(again) == content_of(first)


def test_hostile_panel_parts_in_a_plan_file_are_refused(db):
    from planner.errors import NotAPlanFile

    base = plan_files.example_document().data
    for change in (
        lambda p: p.__setitem__("panel_date", "someday"),
        lambda p: p.__setitem__("status_history", [{"status": "won", "at": "2026-01-01T00:00", "visibility": "panel"}]),
        lambda p: p.__setitem__("status_history", [{"status": "draft", "at": "x", "visibility": "panel"}]),
        lambda p: p.__setitem__("authors", {"secret_part": []}),
        lambda p: p.__setitem__("authors", {"goals": [{"role": "me", "visibility": "everyone"}]}),
        lambda p: p["about_me"]["home"][0].__setitem__("disagreements", [{"who": "", "text": "x", "visibility": "team"}]),
        lambda p: p["about_me"]["home"][0].__setitem__("disagreements", [{"who": "A", "text": "x" * 20001, "visibility": "team"}]),
    ):
        data = json.loads(json.dumps(base))
        change(data["plan"])
        with pytest.raises(NotAPlanFile):
            check_data(data)


def test_upgrading_the_first_schema_keeps_everything_and_the_panel_tables_work(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "fixtures" / "schema-0001.db", data_dir / "smallsteps.db")
    before = first_schema_rows(data_dir / "smallsteps.db")
    db = Database.open(data_dir)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        assert_rows_kept(connection, before)
    plan_id = before["plan"][1][0][0]
    plan_status.set_status(db, plan_id, "ready_for_panel", "2027-01-14")
    copy = frozen_copies.submit(db, plan_id)
    assert frozen_copies.verify(db, copy.copy_id)
    authorship.add_author(db, plan_id, "details", "me")
    from planner.services.health import check_database

    assert check_database(db) == []
    db.close()


def _smallsteps(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_command_line_panel_and_list(tmp_path):
    data = tmp_path / "data"
    assert _smallsteps("example", data_dir=data).returncode == 0
    (row,) = json.loads(_smallsteps("list", "--json", data_dir=data).stdout)
    assert row["panel_date"] == "2026-12-03" and row["next_review"] == "2027-02-17"  # agreed at the last goals review
    made = _smallsteps("panel", "--date", "2026-12-03", "-o", str(tmp_path / "out"), data_dir=data)
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["00 Index.pdf", "01 Eleri Llŷr Hughes.pdf"]
    (row,) = json.loads(_smallsteps("list", "--json", data_dir=data).stdout)
    assert row["status"] == "at_panel"
    bad = _smallsteps("panel", "--date", "2026-02-30", "-o", str(tmp_path / "x"), data_dir=data)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


def test_the_panel_index_counts_only_what_the_panel_may_see_and_the_sender_is_told(db, tmp_path):
    from planner.plan_file.document import PlanDocument
    from planner.services import items, plan_facts, support_lines

    plan_id = plan_files.add_example_plan(db)
    whole = plan_facts.total_cost_pence(plan_files.plan_document(db, plan_id).data)
    with db.session() as session:
        first = items.siblings(session, support_lines.LINE, plan_id, {})[0].id
    items.update(db, support_lines.LINE, first, {"visibility": "private"})
    day = panel_day.prepare(db, "2026-12-03")
    (entry,) = day.entries
    shared = plan_facts.total_cost_pence(for_audience(PlanDocument(plan_files.plan_document(db, plan_id).data),
                                                      "panel").data)
    assert entry.total_cost_pence == shared < whole  # the private line's cost is not in the index
    assert "1 thing your support pays for is not shared with the panel" in entry.not_seen
    made = _smallsteps("panel", "--date", "2026-12-03", "-o", str(tmp_path / "out"), data_dir=db.data_dir)
    assert made.returncode == 0 and "not shared with the panel" in made.stderr
    assert "not shared" not in made.stdout  # the list of files stays a list of files
