"""Test set-up: offscreen Qt, and every user folder redirected to a temporary folder."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Qt's pretend voice: the real one (speechd) hangs on a machine without sound.
os.environ.setdefault("SMALLSTEPS_SPEECH_ENGINE", "mock")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def qapp_cls():
    """The tests' application puts the program's accessibility rules in place, as the program does."""
    from PySide6.QtWidgets import QApplication

    from ui.app import _keep_none_alive

    _keep_none_alive()  # as the program does at start (PySide 6.12 on Python 3.11 drops None references)

    class TestApplication(QApplication):
        def __init__(self, *args):
            super().__init__(*args)
            from ui import accessibility, theme

            accessibility.install(self)
            theme.apply_theme(self)

    return TestApplication


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    """No test touches the real user's data, config or log folders."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("SMALLSTEPS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SMALLSTEPS_DATABASE_URL", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir):
    from planner.storage.database import Database

    database = Database.open(data_dir)
    yield database
    database.close()


@pytest.fixture
def qt_settings(tmp_path, qapp):
    """QSettings written under the test's own folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def session(db, qt_settings):
    from ui.session import Session

    return Session(db)


@pytest.fixture
def window(session, qtbot):
    from ui.main_window import MainWindow

    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # no worker outlives its window


def database_dump(path: Path) -> str:
    """The whole database as SQL text, for checking that nothing changed."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture(scope="session")
def postgres_server():
    """The URL (without a database name) of a throwaway PostgreSQL server, for the whole run."""
    from tests.postgres_server import throwaway_server_for_tests

    with throwaway_server_for_tests() as (_, url):
        yield url


@pytest.fixture
def pg_url(postgres_server):
    """A new, empty PostgreSQL database for one test (dropped after it)."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"{postgres_server}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_db(pg_url):
    from planner.storage.database import Database

    database = Database.open(url=pg_url)
    yield database
    database.close()
