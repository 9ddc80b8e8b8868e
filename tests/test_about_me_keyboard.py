"""Must show: the whole walk-through done with the keyboard alone, answers found after a restart."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.content.about_me import about_me_content
from planner.services import about_me, people
from planner.storage.database import Database
from tests.ui_helpers import type_text
from ui.main_window import MainWindow
from ui.session import Session

ANSWERS = {
    "background": "Tyfais i fyny ger y môr ŵ ŷ 🌊",
    "relationships": "My sister Anwen",
    "personal_status": "I am good at listening",
    "home": "A small flat with a view",
    "places_and_activities": "The allotment on Tuesdays",
    "preferences": "Tea in the shed ☕",
    "desirable_future": "Back at my plot every week",
}


def focused():
    return QApplication.focusWidget()


def key(qtbot, which, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), which, modifier)


def tab_to(qtbot, target, limit=80):
    """Press Tab until `target` has the keyboard focus (as a person would)."""
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}; stuck at {focused()!r}")


def open_window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def open_about_me(qtbot, window):
    """From the list of people: open the only plan and its About me part, by keyboard."""
    window.caseload.table.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.plan_view
    assert focused() is window.plan_view.parts
    key(qtbot, Qt.Key.Key_Down)
    page = window.plan_view.stack.currentWidget()
    assert page.objectName() == "part_about_me"
    return page


def test_the_walk_through_by_keyboard_alone_and_after_a_restart(data_dir, qt_settings, qtbot):
    db = Database.open(data_dir)
    plan_id = people.add_person(db, "Eleri").plan_id
    window = open_window(qtbot, Session(db))
    page = open_about_me(qtbot, window)

    tab_to(qtbot, page.walk_button)
    key(qtbot, Qt.Key.Key_Space)
    walk = page.walk
    assert page.stack.currentWidget() is walk
    content = about_me_content()
    seen_areas = []
    while not walk.is_finished():
        area, prompt = walk.steps[walk.index]
        assert focused() is walk.box.text  # each question starts in the answer box
        if area not in seen_areas:  # answer the first question of every area...
            seen_areas.append(area)
            type_text(focused(), ANSWERS[area])
            if area == "preferences":  # ...say what kind of answer, and who may see it
                tab_to(qtbot, walk.box.tag)
                key(qtbot, Qt.Key.Key_Down)
                tab_to(qtbot, walk.box.visibility)
                key(qtbot, Qt.Key.Key_Down)
            tab_to(qtbot, walk.next_button)
            key(qtbot, Qt.Key.Key_Space)
        elif prompt == content.area(area).prompts[1].key:
            key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: next
        else:
            tab_to(qtbot, walk.skip_button)  # ...and skip the rest for now
            key(qtbot, Qt.Key.Key_Space)
    assert seen_areas == list(ANSWERS)
    assert focused() is walk.see_all_button
    key(qtbot, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.overview
    assert "7 of 7" in page.overview.summary.text()
    window.close()
    db.close()

    # A restart: a new database connection, a new window.
    db = Database.open(data_dir)
    saved = {a.area: a for a in about_me.list_answers(db, plan_id)}
    assert {area: a.text for area, a in saved.items()} == ANSWERS
    assert saved["preferences"].tag == "good_at"
    assert saved["preferences"].visibility == "team"
    assert saved["home"].visibility == "private"
    window = open_window(qtbot, Session(db))
    page = open_about_me(qtbot, window)
    assert "7 of 7" in page.overview.summary.text()
    texts = [label.text() for card in page.overview.cards for label in card.findChildren(type(card.status))]
    for answer in ANSWERS.values():
        assert any(answer in text for text in texts), answer
    assert page.walk.is_finished()  # it carries on where it was left: at the end
    tab_to(qtbot, page.walk_button)
    key(qtbot, Qt.Key.Key_Space)
    assert focused() is page.walk.see_all_button
    window.close()
    db.close()


def test_it_resumes_at_the_question_where_the_person_stopped(data_dir, qt_settings, qtbot):
    db = Database.open(data_dir)
    plan_id = people.add_person(db, "Eleri").plan_id
    window = open_window(qtbot, Session(db))
    page = open_about_me(qtbot, window)
    page.open_area("home")
    for _ in range(2):
        page.walk.next_button.click()
    assert page.walk.steps[page.walk.index] == ("home", "things_you_need")
    window.close()
    db.close()
    db = Database.open(data_dir)
    assert about_me.get_place(db, plan_id) == about_me.Place("home", "things_you_need")
    window = open_window(qtbot, Session(db))
    page = open_about_me(qtbot, window)
    assert page.overview.walk_button.text() == "Carry on where you left off"
    page.overview.walk_button.click()
    assert page.walk.steps[page.walk.index] == ("home", "things_you_need")
    assert "Do you have what you need" in page.walk.prompt.text()
    window.close()
    db.close()
