"""Storage: pragmas, migrations on a populated database, refusing newer or foreign files."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.errors import DatabaseTooNew, StorageError
from planner.storage import schema
from planner.storage.database import Database
from tests.conftest import database_dump

FIXTURES = Path(__file__).parent / "fixtures"


def test_every_connection_has_the_safety_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_new_database_is_at_the_newest_schema(db):
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db, data_dir):
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    before = database_dump(data_dir / "smallsteps.db")
    with pytest.raises(DatabaseTooNew) as raised:
        Database.open(data_dir)
    assert "newer version of Small Steps" in raised.value.message
    assert database_dump(data_dir / "smallsteps.db") == before


def test_a_database_of_another_program_is_refused(data_dir):
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(data_dir / "smallsteps.db")
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError):
        Database.open(data_dir)


def test_an_unusable_folder_is_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as raised:
        Database.open(blocker / "inside")
    assert "cannot use the folder" in raised.value.message


def test_first_schema_with_data_upgrades_with_nothing_lost(data_dir):
    """The fixture was written at schema 0001 with people, plans and helpers in it."""
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    source = sqlite3.connect(data_dir / "smallsteps.db")
    counts = {t: source.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("person", "plan", "plan_helper")}
    names = source.execute("SELECT name FROM person ORDER BY id").fetchall()
    source.close()
    assert counts == {"person": 3, "plan": 3, "plan_helper": 5}

    db = Database.open(data_dir)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        for table, count in counts.items():
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
        assert connection.exec_driver_sql("SELECT name FROM person ORDER BY id").fetchall() == names
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_upgrade_from_every_known_revision_keeps_rows(data_dir, tmp_path):
    """Each known revision, populated, then upgraded to the newest."""
    from sqlalchemy import create_engine

    for revision in schema.KNOWN_REVISIONS:
        folder = tmp_path / f"at-{revision}"
        folder.mkdir()
        engine = create_engine(f"sqlite:///{folder / 'smallsteps.db'}")
        schema.upgrade(engine, revision)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO person (id, name, created_at, updated_at) "
                "VALUES (1, 'Siân', '2026-01-01', '2026-01-01')"
            )
            connection.exec_driver_sql(
                "INSERT INTO plan (id, person_id, created_at, updated_at) "
                "VALUES (1, 1, '2026-01-01', '2026-01-01')"
            )
            connection.exec_driver_sql(
                "INSERT INTO plan_helper (plan_id, name) VALUES (1, 'Gwyn')"
            )
        engine.dispose()
        db = Database.open(folder)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM plan_helper").scalar() == 1
            assert connection.exec_driver_sql("SELECT name FROM person").scalar() == "Siân"
        db.close()


def test_migrations_run_with_foreign_keys_off(data_dir, monkeypatch):
    """The cascade trap: a table rebuild with foreign keys on would empty child tables."""
    from alembic import command

    seen = []
    real_upgrade = command.upgrade

    def spy(config, target):
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        return real_upgrade(config, target)

    monkeypatch.setattr(command, "upgrade", spy)
    db = Database.open(data_dir)
    assert seen == [0]
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_a_backup_is_made_before_an_upgrade(data_dir, monkeypatch):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    upgrades = []
    monkeypatch.setattr(schema, "needs_upgrade", lambda engine: (True, "0001_foundation"))
    monkeypatch.setattr(schema, "upgrade", lambda engine: upgrades.append(engine))
    Database.open(data_dir).close()
    backups = list((data_dir / "backups").glob("*before-update-from-0001-foundation.db"))
    assert len(backups) == 1 and upgrades
    connection = sqlite3.connect(backups[0])
    assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    connection.close()


def test_backup_uses_the_backup_api_and_is_checked(db, data_dir):
    from planner.services import people
    from planner.storage.backup import backup_before

    people.add_person(db, "Rhodri")
    copy = backup_before(db.path, data_dir, "test")
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT name FROM person").fetchall() == [("Rhodri",)]
    connection.close()
    assert not list(copy.parent.glob("*.partial"))


def test_a_failing_write_changes_nothing_and_says_so(db, monkeypatch):
    from sqlalchemy.orm import Session

    from planner.services import people

    people.add_person(db, "Before")

    def broken_flush(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Session, "flush", broken_flush)
    with pytest.raises(StorageError) as raised:
        people.add_person(db, "After")
    assert "could not be saved" in raised.value.message
    monkeypatch.undo()
    assert [p.name for p in people.list_people(db)] == ["Before"]
