"""Backups and restoring them: the use-cases behind the Backups dialog and the command line."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from planner.errors import PlannerError, StorageError
from planner.i18n import _
from planner.storage import backup, paths, schema
from planner.storage.backup import BackupInfo
from planner.storage.database import Database


def _needs_sqlite(db: Database) -> Path:
    if db.path is None or db.data_dir is None:
        raise PlannerError(
            _("A shared team database is backed up by its server, not by Small Steps.")
        )
    return db.path


def backup_now(db: Database, reason: str = "by-hand", dest: Path | None = None) -> Path:
    """A checked backup: into the backups folder, or to `dest` if given."""
    path = _needs_sqlite(db)
    if dest is not None:
        dest = Path(dest)
        if dest.exists():
            raise PlannerError(_("{name} already exists. Please choose a new name.").format(name=dest.name))
        return backup.make_backup(path, dest)
    return backup.backup_before(path, db.data_dir, reason)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return backup.list_backups(data_dir)


def check_backup_file(source: Path) -> None:
    """Raise `PlannerError` unless `source` is a healthy Small Steps database we can read."""
    source = Path(source)
    if not source.is_file():
        raise PlannerError(_("Small Steps can't find {name}.").format(name=source.name))
    problem = backup.check_file(source)
    if problem is not None:
        raise PlannerError(
            _("{name} can't be restored: {problem}.").format(name=source.name, problem=problem)
        )
    connection = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        try:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except (sqlite3.Error, TypeError):
            raise PlannerError(
                _("{name} is not a Small Steps backup.").format(name=source.name)
            ) from None
    finally:
        connection.close()
    if revision not in schema.KNOWN_REVISIONS:
        raise PlannerError(
            _("{name} was made by a newer version of Small Steps. Please update Small Steps "
              "to restore it.").format(name=source.name)
        )


def restore(data_dir: Path, source: Path) -> Path | None:
    """Replace the plans in `data_dir` with the backup `source`.

    The caller must have closed the database (nothing else may be using it). The current
    plans are first backed up (or, if damaged, set aside as they are), so a restore can itself
    be undone by restoring that backup. Returns the backup of what was there before.
    """
    data_dir = Path(data_dir)
    source = Path(source)
    check_backup_file(source)
    db_path = data_dir / paths.DATABASE_FILE
    before = None
    if db_path.exists():
        if backup.check_file(db_path) is None:
            before = backup.backup_before(db_path, data_dir, "before-restore")
        else:
            stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S_%f")
            before = backup.backup_folder(data_dir) / f"damaged_{stamp}.db"
            before.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal", "-shm"):
                part = db_path.with_name(db_path.name + suffix)
                if part.exists():
                    shutil.move(str(part), str(before) + suffix)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        backup.copy_into(source, db_path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            _("The backup could not be restored ({what}). Your plans are as they were; "
              "a copy of them is in {where}.").format(what=error, where=before or data_dir)
        ) from error
    return before
