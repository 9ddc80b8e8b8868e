"""The "by when" of a meeting's actions is the one date field: typed in words or numbers, a
calendar on Ctrl+D, read back in words in the table, kept as a date; what cannot be read is
refused plainly and nothing is saved."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.services import meetings, plan_files
from ui.widgets.date_field import CalendarDialog, DateField


def _dialog(window, leri):
    """The meeting dialog as How it's going opens it, saving through the page's command."""
    from tests.test_goal_pages import open_part
    from ui.commands.how_its_going import AddMeetingCommand

    page = open_part(window, "how_its_going")
    panel = page.meetings
    dialog = panel._dialog(lambda f: panel.run(AddMeetingCommand(window.session, leri, f)))
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def _focus(dialog, widget) -> None:
    QApplication.processEvents()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    widget.setFocus()
    QApplication.processEvents()


def _type_in_by_when(dialog, words: str) -> str:
    """Type into the "by when" cell by keyboard only; Tab leaves it; what the cell shows then."""
    row = dialog.add_action_row("Tomos", "Ring the housing officer")
    table = dialog.actions
    _focus(dialog, table)
    table.setCurrentCell(row, 2)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    QTest.keyClicks(editor, words)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert not table.isPersistentEditorOpen(table.currentIndex())
    return table.item(row, 2).text()


@pytest.fixture
def leri(window):
    window.caseload.example_button.click()
    QApplication.processEvents()
    return window.plan_view.plan_id


def test_by_when_typed_in_numbers_is_read_back_in_words_and_kept(window, leri):
    dialog = _dialog(window, leri)
    assert _type_in_by_when(dialog, "31/12/26") == "31 December 2026"
    dialog.place.setText("The health centre")
    dialog.try_accept()
    kept = [m for m in meetings.list_meetings(window.session.db, leri) if m.place == "The health centre"]
    assert kept[0].actions[-1].by_when == dt.date(2026, 12, 31)
    reopened = _dialog(window, leri)
    reopened.add_action_row("Tomos", "Ring", kept[0].actions[-1].by_when)
    assert reopened.actions.item(0, 2).text() == "31 December 2026"  # shown in words when it comes back
    reopened.close()


def test_by_when_from_the_calendar(window, leri):
    dialog = _dialog(window, leri)
    row = dialog.add_action_row("Leri", "Buy seeds")
    table = dialog.actions
    _focus(dialog, table)
    table.setCurrentCell(row, 2)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()

    def choose():
        calendar = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CalendarDialog) and w.isVisible())
        calendar.calendar.setSelectedDate(QDate(2027, 3, 5))
        QTest.keyClick(calendar.calendar, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose)
    QTest.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Ctrl+D
    assert editor.text() == "5 March 2027"
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert table.item(row, 2).text() == "5 March 2027"
    dialog.close()


def test_a_by_when_that_cannot_be_read_is_refused_and_nothing_is_saved(window, leri):
    before = plan_files.plan_document(window.session.db, leri).data["plan"]
    dialog = _dialog(window, leri)
    assert _type_in_by_when(dialog, "the 45th of Smarch") == "the 45th of Smarch"  # left as typed
    dialog.try_accept()
    assert dialog.isVisible() and dialog.message.text()  # a plain message, the dialog stays open
    assert "Traceback" not in dialog.message.text()
    assert plan_files.plan_document(window.session.db, leri).data["plan"] == before
    dialog.close()
