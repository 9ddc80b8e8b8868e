"""Passphrase protection from the window: turn it on, see the recovery key once, lock when left
alone, unlock, and turn it off."""

from planner.services import people
from planner.storage.encryption import is_encrypted
from tests.ui_helpers import answer_dialog, type_text
from ui.dialogs.passphrase_dialog import PassphraseDialog, RecoveryKeyDialog
from ui.dialogs.settings_dialog import SettingsDialog

PASSPHRASE = "blue door garden"


def open_window(data_dir, qtbot):
    from ui.app import open_session
    from ui.main_window import MainWindow

    window = MainWindow(open_session(data_dir))
    qtbot.addWidget(window)
    window.show()
    return window


def test_protect_lock_unlock_and_unprotect(data_dir, qt_settings, qtbot, monkeypatch):
    window = open_window(data_dir, qtbot)
    people.add_person(window.session.db, "Protected Person")

    answer_dialog(monkeypatch, SettingsDialog, lambda d: d.protect_button.click() or d.result())

    def choose(dialog):
        type_text(dialog.secret, PASSPHRASE)
        type_text(dialog.again, PASSPHRASE)
        dialog._try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, PassphraseDialog, choose)
    shown = answer_dialog(monkeypatch, RecoveryKeyDialog, lambda d: 1)
    window.settings_action.trigger()
    assert shown and len(shown[0].key.text()) == 29
    assert window.session.db.key is not None and is_encrypted(data_dir / "smallsteps.db")
    assert [p.name for p in people.list_people(window.session.db)] == ["Protected Person"]

    window.idle_lock.lock()
    assert window.stack.currentWidget() is window.idle_lock.page
    assert not window.menuBar().isEnabled()
    assert "isn't right" in window.idle_lock.unlock("wrong words")
    assert window.idle_lock.unlock(PASSPHRASE) is None
    assert window.stack.currentWidget() is window.caseload and window.menuBar().isEnabled()

    answer_dialog(monkeypatch, SettingsDialog, lambda d: d.protect_button.click() or d.result())

    def give(dialog):
        type_text(dialog.secret, PASSPHRASE)
        dialog._try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, PassphraseDialog, give)
    window.settings_action.trigger()
    assert window.session.db.key is None and not is_encrypted(data_dir / "smallsteps.db")
    assert [p.name for p in people.list_people(window.session.db)] == ["Protected Person"]


def test_the_idle_lock_only_runs_when_protected(window):
    window.idle_lock.restart()
    assert not window.idle_lock.timer.isActive()


def test_settings_say_plainly_when_not_protected(window):
    dialog = SettingsDialog(window, window.session.db.data_dir, False)
    assert "only as safe as this computer's own disk encryption" in dialog.protect_status.text()


def test_asking_for_the_passphrase_at_start(data_dir, qt_settings, qtbot, monkeypatch):
    from planner.services import encryption
    from planner.storage.database import Database
    from ui.app import _ask_passphrase

    Database.open(data_dir).close()
    encryption.encrypt(data_dir, PASSPHRASE)
    attempts = iter(["wrong words", PASSPHRASE])
    messages = []

    def answer(dialog):
        for secret in attempts:
            dialog.secret.setText(secret)
            dialog._try_accept()
            if dialog.result():
                return 1
            messages.append(dialog.message.text())
        return 0

    answer_dialog(monkeypatch, PassphraseDialog, answer)
    assert _ask_passphrase(None, data_dir) == PASSPHRASE
    assert messages and "isn't right" in messages[0]
