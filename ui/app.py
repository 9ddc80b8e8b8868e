"""Starting the program: the application, translators, error handling, the database, the window."""

import contextlib
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.errors import PlannerError
from ui import settings


def install_translators(app: QApplication) -> None:
    """Qt's own words and ours in the person's language, where a translation exists."""
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    from importlib import resources

    folder = resources.files("resources") / "translations"
    if folder.is_dir() and ours.load(locale, "smallsteps", "_", str(folder)):
        app.installTranslator(ours)


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


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Small Steps")
    settings.apply_text_size(app, settings.text_size_percent())
    return app


def open_session(data_dir=None, url=None):
    """Open the database (purging anyone removed before a crash) and wrap it in a session."""
    from planner.services import people
    from planner.storage.database import Database
    from ui.session import Session

    db = Database.open(data_dir, url)
    people.purge_removed(db)
    return Session(db)


def run_app(args) -> int:
    app = create_application()
    install_translators(app)
    install_excepthook()
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    window = MainWindow()
    opened = {}

    def open_database() -> None:
        # After the first paint, so the window shows at once while the database opens.
        try:
            opened["session"] = open_session(args.data_dir, args.database_url)
        except PlannerError as error:
            QMessageBox.critical(window, "Small Steps", error.message)
            app.exit(1)
            return
        window.attach(opened["session"])

    window.first_painted.connect(open_database, Qt.ConnectionType.QueuedConnection)
    window.show()
    code = app.exec()
    if "session" in opened:
        close_session(opened["session"])
    return code


def close_session(session) -> None:
    """Removed people are deleted for good when the program closes."""
    from planner.services import people

    with contextlib.suppress(PlannerError):  # closing must not fail; purged next start instead
        people.purge_removed(session.db)
    session.db.close()
