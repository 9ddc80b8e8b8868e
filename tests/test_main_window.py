"""The main window used as a person would: add, rename, remove, undo, and find it all tomorrow."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.services import people
from tests.ui_helpers import answer_dialog, press, type_text
from ui.dialogs.name_dialog import NameDialog


def _name_dialog_typing(text):
    def fill(dialog):
        dialog.name.clear()
        type_text(dialog.name, text)
        dialog._try_accept()
        return dialog.result()
    return fill


def names_in(window):
    model = window.caseload.model
    return [model.person_at(row).name for row in range(model.rowCount())]


def test_starts_with_a_friendly_empty_list(window):
    assert window.caseload.empty.isVisible()
    assert "No one is here yet" in window.caseload.empty.text()
    assert not window.caseload.open_button.isEnabled()


def test_add_rename_remove_and_undo(window, monkeypatch, qtbot):
    answer_dialog(monkeypatch, NameDialog, _name_dialog_typing("Siôn Llŷr 🌱"))
    window.add_action.trigger()
    assert names_in(window) == ["Siôn Llŷr 🌱"]
    person = window.caseload.current_person()

    answer_dialog(monkeypatch, NameDialog, _name_dialog_typing("Siôn ap Llŷr"))
    window.caseload.rename_button.click()
    assert names_in(window) == ["Siôn ap Llŷr"]

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    window.caseload.remove_button.click()
    assert asked and names_in(window) == []

    window.undo_action.trigger()  # remove undone
    assert names_in(window) == ["Siôn ap Llŷr"]
    window.undo_action.trigger()  # rename undone
    assert names_in(window) == ["Siôn Llŷr 🌱"]
    window.redo_action.trigger()
    assert names_in(window) == ["Siôn ap Llŷr"]
    assert people.get_person(window.session.db, person.person_id).name == "Siôn ap Llŷr"


def test_remove_asks_first_and_no_means_no(window, monkeypatch):
    people.add_person(window.session.db, "Stays")
    window.caseload.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.caseload.remove_button.click()
    assert names_in(window) == ["Stays"]


def test_an_empty_name_gets_a_message_and_adds_nothing(window, monkeypatch):
    shown = answer_dialog(monkeypatch, NameDialog, _name_dialog_typing("   "))
    window.add_action.trigger()
    dialog = shown[0]
    assert not dialog.message.isHidden() and "write something" in dialog.message.text()
    assert names_in(window) == []
    assert window.session.undo_stack.count() == 0


def test_search_as_you_type(window, qtbot):
    for name in ("Ann", "Bethan", "Ceri"):
        people.add_person(window.session.db, name)
    window.caseload.refresh()
    type_text(window.caseload.search, "beth")
    qtbot.waitUntil(lambda: names_in(window) == ["Bethan"], timeout=2000)
    window.caseload.search.clear()
    qtbot.waitUntil(lambda: len(names_in(window)) == 3, timeout=2000)


def test_example_plan_from_the_window_opens_it(window):
    window.caseload.example_button.click()
    assert window.stack.currentWidget() is window.plan_view
    assert "allotment" in window.plan_view.heading.text()
    assert window.plan_view.parts.count() == 12


def test_every_part_is_reachable_and_each_page_is_made_only_when_shown(window):
    window.caseload.example_button.click()
    view = window.plan_view
    assert len(view.made_pages()) == 1  # opening a plan made the first part's page only
    for row in range(view.parts.count()):
        view.parts.setCurrentRow(row)
        page = view.stack.currentWidget()
        assert page.isVisible() and page.objectName() == f"part_{view.part_list[row].key}"
        assert len(view.made_pages()) == row + 1
    view.parts.setCurrentRow(0)
    assert len(view.made_pages()) == view.parts.count()  # made once, kept


def test_a_page_made_for_one_plan_shows_the_next_plan_when_shown_again(window):
    window.caseload.example_button.click()
    view = window.plan_view
    assert "allotment" in view.page_for("details").title.text()
    view.parts.setCurrentRow(view.row_of("goals"))
    window.show_caseload()
    other = people.add_person(window.session.db, "Second Sam").plan_id
    window.open_plan(other)
    assert view.stack.currentWidget().objectName() == "part_goals"  # the same part, the new plan
    assert view.stack.currentWidget().plan_id == other
    assert "allotment" not in view.page_for("details").title.text()


def test_everything_is_there_after_a_restart(data_dir, qt_settings, qtbot, monkeypatch):
    from ui.app import close_session, open_session
    from ui.main_window import MainWindow

    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    answer_dialog(monkeypatch, NameDialog, _name_dialog_typing("Tomorrow Tam"))
    window.add_action.trigger()
    window.caseload.open_button.click()
    details = window.plan_view.page_at(0)
    details.title.clear()
    type_text(details.title, "Tam's plan")
    press(details.title, Qt.Key.Key_Return)
    window.close()
    close_session(session)

    again = open_session(data_dir)
    window = MainWindow(again)
    qtbot.addWidget(window)
    assert names_in(window) == ["Tomorrow Tam"]
    assert window.caseload.model.person_at(0).plan_title == "Tam's plan"
    close_session(again)


def test_removed_people_are_gone_for_good_after_closing(data_dir, qt_settings, qtbot, monkeypatch):
    from ui.app import close_session, open_session
    from ui.main_window import MainWindow

    session = open_session(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    people.add_person(session.db, "Leaving")
    window.caseload.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.caseload.remove_button.click()
    close_session(session)
    import sqlite3

    connection = sqlite3.connect(data_dir / "smallsteps.db")
    assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    assert connection.execute("SELECT count(*) FROM plan").fetchone()[0] == 0
    connection.close()


def test_undo_and_redo_have_the_standard_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)


def test_the_saved_indicator(window):
    people.add_person(window.session.db, "X")
    window.caseload.refresh()
    from ui.commands.people import EditPersonCommand

    person = window.caseload.current_person()
    window.session.execute(EditPersonCommand(window.session, person.person_id, "name", "X", "Y"))
    assert window.saved_label.text().startswith("Saved at")
    window.session.execute(EditPersonCommand(window.session, person.person_id, "name", "Y", ""))
    assert window.saved_label.text().startswith("Not saved")


def test_changes_made_elsewhere_show_without_losing_anything_here(window, data_dir):
    """The command line beside the window (or another computer on a team database) changes
    plans: the list of people shows it; a plan open here is left alone, with a note."""
    from planner.storage.database import Database

    window.caseload.example_button.click()
    window.show_caseload()
    window.check_elsewhere()  # nothing new from anyone else
    elsewhere = Database.open(data_dir)
    elsewhere.actor = "Priya (command line)"
    try:
        people.add_person(elsewhere, "Added Elsewhere")
        assert "Added Elsewhere" not in names_in(window)
        window.check_elsewhere()
        assert "Added Elsewhere" in names_in(window)

        leri = window.caseload.model.person_at(0)
        window.open_plan(leri.plan_id)
        from planner.services import plans

        plans.update_plan(elsewhere, leri.plan_id, title="Changed on another computer")
        window.check_elsewhere()
        assert "Priya (command line) changed this plan from elsewhere" in window.statusBar().currentMessage()
        assert "Changed on another computer" in window.plan_view.heading.text()  # followed here (issue 18)
        window.statusBar().clearMessage()
        plans.update_plan(window.session.db, leri.plan_id, title="Changed here")
        window.check_elsewhere()
        assert window.statusBar().currentMessage() == ""  # our own change is not "elsewhere"
    finally:
        elsewhere.close()
