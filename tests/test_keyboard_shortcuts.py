"""The keyboard shortcuts (ui/shortcuts.py): Ctrl+N adds one of what the list holds, Delete takes
the chosen one off, Ctrl+Up/Down move it, Ctrl+Z undoes and both Ctrl+Y and Ctrl+Shift+Z redo,
Ctrl+PgDown/PgUp go through the parts of the plan, and Help lists them all."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from planner.services import goals, life_story
from tests.test_goal_pages import leri, open_part, settle  # noqa: F401  (fixtures)
from tests.ui_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def key(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def test_list_keys_on_my_life_story(window, leri):  # noqa: F811
    window.activateWindow()
    page = open_part(window, "life_story")
    db = window.session.db
    before = len(life_story.list_moments(db, leri))
    page.list.setFocus()
    key(Qt.Key.Key_N, CTRL)
    field = QApplication.focusWidget()
    assert field is page.form.widgets["title"]  # straight to the words of a new moment
    type_text(field, "Learnt to swim")
    key(Qt.Key.Key_Return)
    moments = life_story.list_moments(db, leri)
    assert len(moments) == before + 1
    added = page.current.moment_id
    page.list.setFocus()
    row = page.model.row_of(added)
    key(Qt.Key.Key_Up, CTRL) if row > 0 else key(Qt.Key.Key_Down, CTRL)
    assert page.model.row_of(added) != row
    page.list.setFocus()
    key(Qt.Key.Key_Delete)
    assert len(life_story.list_moments(db, leri)) == before
    assert QApplication.focusWidget() is page.list  # the keyboard stays in the list
    key(Qt.Key.Key_Z, CTRL)
    assert len(life_story.list_moments(db, leri)) == before + 1
    key(Qt.Key.Key_Y, CTRL)
    assert len(life_story.list_moments(db, leri)) == before
    key(Qt.Key.Key_Z, CTRL)
    key(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(life_story.list_moments(db, leri)) == before


def test_delete_in_a_text_field_deletes_a_letter_not_the_item(window, leri):  # noqa: F811
    window.activateWindow()
    page = open_part(window, "life_story")
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0, 0))
    settle()
    before = len(life_story.list_moments(window.session.db, leri))
    title = page.form.widgets["title"]
    title.setFocus()
    title.setCursorPosition(0)
    key(Qt.Key.Key_Delete)
    assert len(life_story.list_moments(window.session.db, leri)) == before


def test_ctrl_n_adds_a_goal_and_a_step(window, leri):  # noqa: F811
    window.activateWindow()
    page = open_part(window, "goals")
    page.list.setFocus()
    key(Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.new_goal
    page.list.setCurrentIndex(page.model.index(0, 0))
    settle()
    page.tabs.setCurrentIndex(1)
    settle()
    page.steps.list.setFocus()
    settle()
    key(Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.steps.new_step
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    first = goals.list_goals(window.session.db, leri)[0]
    assert first.title


def test_next_and_previous_part_of_the_plan(window, leri):  # noqa: F811
    window.activateWindow()
    view = window.plan_view
    view.parts.setCurrentRow(0)
    view.parts.setFocus()
    key(Qt.Key.Key_PageDown, CTRL)
    assert view.parts.currentRow() == 1
    key(Qt.Key.Key_PageUp, CTRL)
    assert view.parts.currentRow() == 0


def test_help_lists_the_shortcuts(window, monkeypatch):
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.shortcuts import SHORTCUTS

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.shortcuts_action.trigger()
    dialog = shown[0]
    assert dialog.table.rowCount() == len(SHORTCUTS)
    words = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert any("Add one more" in w for w in words) and any("Redo" in w for w in words)
    assert {s.toString() for s in window.redo_action.shortcuts()} == {"Ctrl+Y", "Ctrl+Shift+Z"}
