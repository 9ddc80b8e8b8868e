"""The record of who changed what: complete, append-only, chained, and private where it must be."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from planner.services import history, people, plan_files, plans
from planner.services.health import check_database
from planner.storage.audit import AuditEvent

ROOT = Path(__file__).resolve().parent.parent


def rows(db):
    with db.session() as session:
        return session.scalars(__import__("sqlalchemy").select(AuditEvent).order_by(AuditEvent.id)).all()


def test_changes_are_recorded_with_who_and_what(db):
    db.actor = "Tomos (care co-ordinator)"
    added = people.add_person(db, "Ffion")
    people.update_person(db, added.person_id, name="Ffion Jones", other_communication_needs="x" * 500)
    plans.add_helper(db, added.plan_id, "Anwen", "family", "team")
    recorded = rows(db)
    assert all(r.actor == "Tomos (care co-ordinator)" for r in recorded)
    assert all(r.chain == added.plan_id for r in recorded)
    renamed = [r for r in recorded if r.field == "name"]
    assert (renamed[0].old_value, renamed[0].new_value) == ("Ffion", "Ffion Jones")
    long = [r for r in recorded if r.field == "other_communication_needs"][0]
    assert long.new_value == "(long text, 500 letters)"
    assert check_database(db) == []


def test_the_record_cannot_be_changed_or_deleted(db):
    people.add_person(db, "Gareth")
    with db.engine.begin() as connection, pytest.raises(DBAPIError) as raised:
        connection.execute(text("UPDATE audit_event SET new_value = 'forged'"))
    assert "cannot be altered" in str(raised.value)
    with db.engine.begin() as connection, pytest.raises(DBAPIError) as raised:
        connection.execute(text("DELETE FROM audit_event"))
    assert "cannot be deleted" in str(raised.value)


def test_changing_one_row_by_hand_is_reported_by_check(db, data_dir):
    added = people.add_person(db, "Gareth")
    people.rename_person(db, added.person_id, "Gareth Ll")
    db.close()
    connection = sqlite3.connect(data_dir / "smallsteps.db")
    connection.execute("DROP TRIGGER audit_event_no_update")
    connection.execute("UPDATE audit_event SET new_value = 'Someone else' WHERE field = 'name'")
    connection.commit()
    connection.close()
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), "check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "altered at entry" in result.stderr and "guard" in result.stderr


def test_removing_a_row_from_the_middle_is_reported(db, data_dir):
    added = people.add_person(db, "Gareth")
    for name in ("A", "B", "C"):
        people.rename_person(db, added.person_id, name)
    db.close()
    connection = sqlite3.connect(data_dir / "smallsteps.db")
    connection.execute("DROP TRIGGER audit_event_no_delete")
    connection.execute("DELETE FROM audit_event WHERE new_value = 'B'")
    connection.commit()
    connection.close()
    from planner.storage.database import Database

    assert any("gap" in p for p in check_database(Database.open(data_dir)))


def test_deleting_a_person_for_good_takes_their_history_and_leaves_one_line(db):
    gone = people.add_person(db, "Leaving Lowri")
    stays = people.add_person(db, "Staying")
    people.rename_person(db, gone.person_id, "Lowri L")
    people.remove_person(db, gone.person_id)
    people.purge_removed(db)
    recorded = rows(db)
    assert not [r for r in recorded if r.chain == gone.plan_id]
    assert all("Lowri" not in (r.old_value or "") + (r.new_value or "") for r in recorded)
    purged = [r for r in recorded if r.action == "purged"]
    assert len(purged) == 1 and purged[0].chain == 0
    assert [r for r in recorded if r.chain == stays.plan_id]
    assert check_database(db) == []


def test_history_in_plain_words_hides_private_content_from_others(db):
    added = people.add_person(db, "Hywel")
    people.update_person(db, added.person_id, pronouns="he/him")  # details are private by default
    plans.add_helper(db, added.plan_id, "Secret Friend", "friend", "private")
    plans.add_helper(db, added.plan_id, "Open Broker", "broker", "panel")
    mine = " ".join(e.text for e in history.plan_history(db, added.plan_id, "me"))
    panel = " ".join(e.text for e in history.plan_history(db, added.plan_id, "panel"))
    assert "he/him" in mine and "Secret Friend" in mine
    assert "he/him" not in panel and "Secret Friend" not in panel
    assert "Open Broker" in panel and "private" in panel


def test_history_filters_by_part_and_person(db):
    plan_id = plan_files.add_example_plan(db)
    db.actor = "Priya"
    plans.update_plan(db, plan_id, title="New title")
    by_priya = history.plan_history(db, plan_id, actor="Priya")
    assert len(by_priya) == 1 and "New title" in by_priya[0].text
    assert history.actors(db, plan_id) == ["", "Priya"]
    assert all(e.part == "details" for e in history.plan_history(db, plan_id, part="details"))


def test_history_dialog_from_the_plan(window, monkeypatch):
    from ui.dialogs.history_dialog import HistoryDialog

    window.caseload.example_button.click()
    window.session.db.actor = "Leri"
    plans.update_plan(window.session.db, window.plan_view.plan_id, title="Leri's year")
    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    window.plan_view.history_button.click()
    dialog = shown[0]
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Leri's year" in texts[0] and "Leri:" in texts[0]
    dialog.person.setCurrentIndex(dialog.person.findData("Leri"))
    assert dialog.list.count() == 1


def test_added_and_removed_items_are_named_in_their_own_words(db):
    from planner.services import about_me, goals, steps

    added = people.add_person(db, "Iolo")
    goal = goals.add_goal(db, added.plan_id, "Swim again", steps=["Find my trunks"], visibility="panel")
    about_me.add_answer(db, added.plan_id, "home", "", "I hate the stairs at home.", visibility="private")
    steps.remove_step(db, goal.steps[0].step_id)
    mine = " ".join(e.text for e in history.plan_history(db, added.plan_id, "me"))
    panel = " ".join(e.text for e in history.plan_history(db, added.plan_id, "panel"))
    assert "Find my trunks" in mine and "I hate the stairs" in mine
    assert "Find my trunks" in panel and "I hate the stairs" not in panel  # the answer is private


def test_an_added_item_is_recorded_with_its_id(db):
    """What was added is recorded by its id as well as its words (it was left empty for every
    new item: the id is written during the save, before the item has its identity)."""
    from sqlalchemy import select

    from planner.services import needs, reviews

    plan_id = people.add_person(db, "Ceri").plan_id
    need = needs.add_need(db, plan_id, "personal_care", "help to wash", "social_care", "team")
    review = reviews.add_review(db, plan_id, "2026-11-20", ratings={"home": 2}, visibility="team")
    with db.session() as session:
        added = dict(session.execute(select(AuditEvent.item_kind, AuditEvent.item_id)
                                     .where(AuditEvent.action == "added")).all())
    assert added["person"] and added["plan"] == plan_id
    assert added["need"] == need.need_id
    assert added["review"] == review.review_id
    assert added["review_rating"] == review.review_id  # a rating is kept under its review's id
    assert check_database(db) == []  # the chain still checks out
