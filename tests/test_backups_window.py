"""Backups in the window: back up now, restore (everything pauses, then comes back), the
half-hourly and on-close backups, the health check, and settings for the data folder."""

from PySide6.QtWidgets import QMessageBox

from planner.services import backups, people
from tests.ui_helpers import answer_dialog
from ui.dialogs.backups_dialog import BackupsDialog


def names_in(window):
    model = window.caseload.model
    return [model.person_at(row).name for row in range(model.rowCount())]


def test_back_up_now_and_restore_from_the_dialog(window, monkeypatch, data_dir):
    people.add_person(window.session.db, "Before")
    window.caseload.refresh()

    def back_up(dialog):
        dialog.back_up_now()
        assert dialog.list.count() == 1 and "made by you" in dialog.list.item(0).text()
        return 0

    answer_dialog(monkeypatch, BackupsDialog, back_up)
    window.backups_action.trigger()
    people.add_person(window.session.db, "After")
    window.caseload.refresh()
    assert names_in(window) == ["After", "Before"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def restore_oldest(dialog):
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog._restore()
        return 1

    answer_dialog(monkeypatch, BackupsDialog, restore_oldest)
    window.backups_action.trigger()
    assert names_in(window) == ["Before"]
    assert window.session.undo_stack.count() == 0
    reasons = [b.reason for b in backups.list_backups(data_dir)]
    assert "before-restore" in reasons


def test_the_half_hourly_backup_only_when_something_changed(window, data_dir):
    assert window.backup_timer.isActive() and window.backup_timer.interval() == 30 * 60 * 1000
    window.auto_backup()
    assert backups.list_backups(data_dir) == []
    from ui.commands.people import AddPersonCommand

    window.session.execute(AddPersonCommand(window.session, "Changed"))
    window.auto_backup()
    assert [b.reason for b in backups.list_backups(data_dir)] == ["auto"]
    window.auto_backup()
    assert len(backups.list_backups(data_dir)) == 1


def test_a_backup_is_made_on_close_when_something_changed(data_dir, qt_settings, qtbot):
    from ui.app import close_session, open_session
    from ui.commands.people import AddPersonCommand

    session = open_session(data_dir)
    close_session(session)
    assert backups.list_backups(data_dir) == []
    session = open_session(data_dir)
    session.execute(AddPersonCommand(session, "New"))
    close_session(session)
    assert [b.reason for b in backups.list_backups(data_dir)] == ["on-close"]


def test_the_health_check_from_the_help_menu(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    window.check_action.trigger()
    assert shown and "healthy" in shown[0][2]


def test_settings_warn_about_network_folders(window, monkeypatch, tmp_path):
    from ui.dialogs import settings_dialog

    monkeypatch.setattr("planner.storage.paths.looks_like_network_folder", lambda folder: True)
    dialog = settings_dialog.SettingsDialog(window, tmp_path)
    assert not dialog.folder_warning.isHidden() and "network folder" in dialog.folder_warning.text()
    monkeypatch.setattr(settings_dialog.QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "elsewhere"))
    dialog._choose_folder()
    dialog.accept()
    from ui import settings

    assert settings.chosen_data_dir() == str(tmp_path / "elsewhere")
