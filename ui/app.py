"""Starting the program: the application, translators, error handling, the database, the window."""

import contextlib
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from planner.errors import PlannerError
from ui import settings


def install_translators(app: QApplication) -> None:
    """The window in the language chosen in Settings (the computer's unless chosen)."""
    from ui import language

    language.apply_language(app, language.window_language())


def _log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("smallsteps", "SmallSteps"))


def install_excepthook() -> None:
    """An unexpected error: the person reads a plain message; the details go to a log file."""

    def hook(kind, value, tb):
        details = "".join(traceback.format_exception(kind, value, tb))
        try:
            folder = _log_folder()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "errors.log").open("a", encoding="utf-8").write(details + "\n")
        except OSError:
            pass
        sys.stderr.write(details)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "Small Steps",
                QApplication.translate(
                    "App",
                    "Something went wrong inside Small Steps. What you saved before is safe. "
                    "If this keeps happening, please tell whoever supports you with Small Steps.",
                ),
            )

    sys.excepthook = hook


def _keep_none_alive() -> None:
    """Python 3.11 only: make None, True and False immortal, as Python 3.12 does.

    With the accessibility bridge on (a screen reader running), PySide 6.12 on Python 3.11 drops a
    reference to None somewhere on each of some calls; after a few minutes of use the program
    stopped with "none_dealloc: deallocating None" (seen in tests/test_screen_reader.py, in chart
    painting and in dialogs alike). PySide 6.12.0's `Signal.emit()` likewise returns True without
    the reference it owes (one lost a call, none on 6.11.3), so a long session ended in
    "bool_dealloc". Adding references to these three cannot harm anything.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += 1 << 40


def create_application(argv: list[str] | None = None, *, screen_reader_rules: bool = True) -> QApplication:
    """The application, in the chosen text size and theme. `screen_reader_rules=False` leaves
    `ui.accessibility.install` and `_keep_none_alive` to the caller (the window does both just
    after its first paint: an event filter on the whole application slows every event before then)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Small Steps")
    settings.apply_text_size(app, settings.text_size_percent())
    from ui import theme

    if screen_reader_rules:
        from ui import accessibility

        _keep_none_alive()
        accessibility.install(app)
    theme.apply_theme(app, settings.theme_key(), settings.larger_controls())
    return app


def open_session(data_dir=None, url=None, *, look_only=None, passphrase=None):
    """Open the database and wrap it in a session holding the one-writer lock.

    If another copy of Small Steps holds the lock, `look_only(holder)` is asked whether to open
    the plans read-only; without it, `DatabaseInUse` is raised. Anyone removed before a crash
    is purged first.
    """
    from planner.errors import DatabaseInUse
    from planner.services import people
    from planner.storage import paths
    from planner.storage.database import Database
    from planner.storage.lock import DatabaseLock
    from ui.session import Session

    lock = None
    read_only = False
    if url is None:
        folder = Path(data_dir) if data_dir else paths.default_data_dir()
        lock = DatabaseLock(folder)
        if not lock.acquire():
            holder = lock.holder()
            lock = None
            if look_only is None:
                raise DatabaseInUse(
                    QApplication.translate("App", "Small Steps is already open on these plans.")
                )
            if not look_only(holder):
                raise DatabaseInUse("")  # the person chose to close: nothing more to say
            read_only = True
        data_dir = folder
    try:
        db = Database.open(data_dir, url, read_only=read_only, passphrase=passphrase)
        db.actor = settings.user_name()  # kept with every change (on a team database above all)
        if not read_only:
            people.purge_removed(db)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Session(db, lock=lock)


def close_session(session, *, backup: bool = True) -> None:
    """Removed people are deleted for good, a backup is made if anything changed, and the
    lock is let go."""
    from PySide6.QtCore import QThreadPool

    from planner.services import backups, people

    QThreadPool.globalInstance().waitForDone(30_000)  # exports still being made finish first
    try:
        if not session.read_only:
            with contextlib.suppress(PlannerError):  # closing must not fail; purged next start
                people.purge_removed(session.db)
            if backup and session.changed_since_backup and session.db.path is not None:
                with contextlib.suppress(PlannerError):
                    backups.backup_now(session.db, "on-close")
                    session.changed_since_backup = False
    finally:
        session.db.close()
        if session.lock is not None:
            session.lock.release()


def _ask_look_only(holder: dict) -> bool:
    since = holder.get("since", "").replace("T", " ")
    text = QApplication.translate(
        "App",
        "Small Steps is already open on these plans{where}. Only one copy can change them at a "
        "time, so nothing gets lost.\n\nYou can look at the plans here without changing them, "
        "or close this copy.",
    ).format(where=QApplication.translate("App", " (since {since})").format(since=since) if since else "")
    box = QMessageBox(QMessageBox.Icon.Information, "Small Steps", text)
    look = box.addButton(QApplication.translate("App", "Look only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is look


def _offer_restore(window, error, data_dir) -> bool:
    """The database is damaged: say what was found and offer the newest good backup."""
    from planner.services import backups
    from planner.storage import paths

    box = QMessageBox(QMessageBox.Icon.Warning, "Small Steps", error.message, parent=window)
    restore = None
    if error.backup is not None:
        restore = box.addButton(QApplication.translate("App", "Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("App", "Close Small Steps"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    backups.restore(folder, error.backup.path)
    return True


def _ask_passphrase(window, data_dir):
    """Ask until the passphrase (or recovery key) is right, or the person cancels."""
    from planner.storage import encryption, paths
    from ui.dialogs.passphrase_dialog import PassphraseDialog

    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    right = {}

    def check(secret, _again):
        try:
            encryption.unlock(folder, secret)
        except PlannerError as error:
            return error.message
        right["secret"] = secret
        return None

    if PassphraseDialog(check, window).exec():
        return right["secret"]
    return None


def run_app(args) -> int:
    app = create_application(screen_reader_rules=False)
    install_translators(app)
    install_excepthook()
    from PySide6.QtCore import QTimer

    from planner.errors import DatabaseDamaged
    from ui.main_window import MainWindow

    window = MainWindow()
    import os

    from planner.storage.paths import DATA_DIR_VARIABLE, DATABASE_URL_VARIABLE

    if args.data_dir is None and not os.environ.get(DATA_DIR_VARIABLE):
        args.data_dir = settings.chosen_data_dir()
    database_url = args.database_url or os.environ.get(DATABASE_URL_VARIABLE) or None

    def open_database() -> None:
        # After the first paint, so the window shows at once while the database opens.
        from planner.storage.encryption import PassphraseNeeded
        from ui import accessibility

        _keep_none_alive()
        accessibility.install(app)  # before any dialog or page is made

        passphrase = None
        while True:
            try:
                session = open_session(args.data_dir, database_url, look_only=_ask_look_only,
                                       passphrase=passphrase)
            except PassphraseNeeded:
                passphrase = _ask_passphrase(window, args.data_dir)
                if passphrase is None:
                    app.exit(0)
                    return
                continue
            except DatabaseDamaged as error:
                try:
                    if _offer_restore(window, error, args.data_dir):
                        continue
                except PlannerError as failed:
                    QMessageBox.critical(window, "Small Steps", failed.message)
                app.exit(1)
                return
            except PlannerError as error:
                if error.message:
                    QMessageBox.critical(window, "Small Steps", error.message)
                app.exit(1)
                return
            window._passphrase = passphrase
            window.attach(session)
            return

    # Queued after the paint (QTimer rather than Qt.ConnectionType: naming Qt's namespace costs
    # PySide its 94 enumerations before the first paint).
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_database))
    window.show()
    code = app.exec()
    if window.session is not None:
        close_session(window.session)
    return code
