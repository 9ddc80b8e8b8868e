"""The window when the team database goes away (issue 18, item 6): a throwaway PostgreSQL server
of this test's own is killed under an open window in the middle of edits and an add, and started
again. What was typed stays on the screen, the window says the team database cannot be reached,
keeps the changes in order and tries them again on its own, and writes none of them twice."""

import uuid

import pytest
from sqlalchemy import create_engine, text

from planner.services import health, items, needs, people, staying_well
from planner.storage.database import Database
from tests.postgres_server import throwaway_server_for_tests
from ui.commands.goals import EditNeedCommand
from ui.commands.items import AddItemCommand
from ui.session import Session


@pytest.fixture(scope="module")
def own_server():
    """A server of this module's own (the session's is shared: it is never killed)."""
    with throwaway_server_for_tests() as (own, url):
        yield own, url


@pytest.fixture
def server(own_server):
    own, url = own_server
    name = f"faults_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return own, f"{url}/{name}"


def _changes(db, table: str, item_id: int) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM audit_event WHERE item_kind = :t AND item_id = :i "
                                       "AND action = 'changed'"), {"t": table, "i": item_id}).scalar_one()


def test_the_window_keeps_what_is_typed_retries_and_writes_nothing_twice(server, qt_settings, qtbot):
    from ui.main_window import MainWindow

    own, url = server
    db = Database.open(url=url)
    session = Session(db)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    person = people.add_person(db, "Ceri")
    plan_id = person.plan_id
    need = needs.add_need(db, plan_id, "personal_care", "help to wash", "social_care")
    window.open_plan(plan_id)
    details = window.plan_view.page_for("details")
    try:
        own.kill()  # the server goes away, as in a crash or a restart
        details.pronouns.setFocus()
        details.pronouns.setText("they/them")
        details.pronouns.editingFinished.emit()
        assert details.pronouns.text() == "they/them"  # what is typed stays on the screen
        assert "cannot be reached" in window.saved_label.text()
        assert "kept here" in window.saved_label.text()
        edit = EditNeedCommand(session, plan_id, need.need_id, "words", "help to wash", "help to wash and dress")
        add = AddItemCommand(session, plan_id, staying_well.ITEM, plan_id,
                             {"section": "what_helps", "text": "a walk", "visibility": "team"})
        assert session.execute(edit) is None and session.execute(add) is None
        assert len(session.waiting) == 3 and session.retry_timer.isActive()
        session.retry_waiting()  # still away: nothing lost, nothing written, still waiting
        assert len(session.waiting) == 3

        own.restart()
        # The worst case: the edit and the add had in fact reached the database before the
        # connection dropped (their answer was lost). Tried again, neither is written twice.
        elsewhere = Database.open(url=url)
        needs.update_need(elsewhere, need.need_id, words="help to wash and dress")
        add.reserved = items.reserve_id(elsewhere, staying_well.ITEM)
        items.add(elsewhere, staying_well.ITEM, plan_id, add.values, item_id=add.reserved)
        session.retry_waiting()
        assert session.waiting == [] and not session.retry_timer.isActive()
        assert "Saved at" in window.saved_label.text()
        assert people.get_person(db, person.person_id).pronouns == "they/them"
        assert _changes(db, "need", need.need_id) == 1  # the one that reached it, not a second
        with db.session() as s:
            kept = [r.text for r in items.siblings(s, staying_well.ITEM, plan_id, {"section": "what_helps"})]
        assert kept == ["a walk"]
        assert health.check_database(db) == []
        assert session.undo_stack.count() == 3  # and each can be undone
        session.undo_stack.undo()
        with db.session() as s:
            assert items.siblings(s, staying_well.ITEM, plan_id, {"section": "what_helps"}) == []
        elsewhere.close()
    finally:
        session.undo_stack.clear()
        window.close()
        db.close()


def test_an_undo_of_a_change_still_waiting_forgets_it(server, qt_settings):
    own, url = server
    db = Database.open(url=url)
    session = Session(db)
    plan_id = people.add_person(db, "Ceri").plan_id
    need = needs.add_need(db, plan_id, "personal_care", "help to wash", "social_care")
    try:
        own.kill()
        session.execute(EditNeedCommand(session, plan_id, need.need_id, "words", "help to wash", "typed"))
        assert len(session.waiting) == 1
        session.undo_stack.undo()
        assert session.waiting == [] and not session.retry_timer.isActive()
        own.restart()
        session.retry_waiting()
        assert needs.list_needs(db, plan_id)[0].words == "help to wash"  # never written
    finally:
        session.undo_stack.clear()
        db.close()
