"""The window's language: chosen in Settings (the computer's by default), changed at once
without a restart, kept for the next time Small Steps opens."""

import pytest
from PySide6.QtWidgets import QApplication

from ui import language
from ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def english_after(qapp):
    """Every test leaves the program in English, as the other tests expect it."""
    yield
    language.apply_language(qapp, "en")


def _choose(monkeypatch, code):
    def fill(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()
        return True

    monkeypatch.setattr(SettingsDialog, "exec", fill)


def test_the_computers_language_by_default(qt_settings, english_after, monkeypatch):
    assert language.chosen_language() == ""
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Welsh,
                                                           QLocale.Country.UnitedKingdom))
    assert language.window_language() == "cy"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.French,
                                                           QLocale.Country.France))
    assert language.window_language() == "en"  # no French yet: English


def test_an_odd_saved_choice_is_the_computers(qt_settings, english_after):
    from ui.settings import app_settings

    app_settings().setValue(language.LANGUAGE_KEY, "xx<script>")
    assert language.chosen_language() == ""
    assert language.apply_language(QApplication.instance(), "xx") == "en"


def test_choosing_welsh_changes_the_window_at_once_and_keeps_the_plan_open(
        window, english_after, monkeypatch):
    from planner.services import plan_files

    plan_id = plan_files.add_example_plan(window.session.db)
    window.session.people_changed.emit()
    window.open_plan(plan_id)
    window.plan_view.parts.setCurrentRow(window.plan_view.row_of("goals"))
    assert window.menuBar().actions()[0].text() == "&File"
    _choose(monkeypatch, "cy")
    window.open_settings()
    assert language.current_language() == "cy"
    assert [a.text() for a in window.menuBar().actions()] == ["&Ffeil", "&Golygu", "&Help"]
    assert window.stack.currentWidget() is window.plan_view
    assert window.plan_view.plan_id == plan_id
    assert window.plan_view.parts.currentItem().text() == "Fy nodau"
    assert window.plan_view.back_button.text() == "← Yn ôl at y bobl"
    # Undo still works on the same session after the pages are built again.
    assert window.undo_action.text().startswith("&Dadwneud")
    # Each key still does one thing (the old actions went with the old words).
    from PySide6.QtGui import QKeySequence

    keys = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), keys
    assert QKeySequence("Ctrl+PgDown").toString() in keys
    # Kept for next time.
    assert language.chosen_language() == "cy"
    _choose(monkeypatch, "en")
    window.open_settings()
    assert window.plan_view.parts.currentItem().text() == "My goals"
    assert language.chosen_language() == "en"


def test_the_choice_survives_a_restart(qt_settings, english_after, qtbot):
    from ui.app import install_translators
    from ui.main_window import MainWindow

    language.save_language("cy")
    install_translators(QApplication.instance())  # what the program does when it starts
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.opening.text() == "Yn agor eich cynlluniau…"
    from planner.i18n import _

    assert language.current_language() == "cy"
    assert isinstance(_("Just me"), str)  # planner's words follow the window too


def test_settings_names_each_language_in_itself(qt_settings, english_after, qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Cymraeg"]
    assert names[0].startswith("The computer's language (")
    language.apply_language(QApplication.instance(), "cy")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0).startswith("Iaith y cyfrifiadur (")
