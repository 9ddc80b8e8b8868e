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
        return backup.make_backup(path, dest, db.key)
    return backup.backup_before(path, db.data_dir, reason, key=db.key)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return backup.list_backups(data_dir)


def check_backup_file(source: Path, key: bytes | None = None) -> None:
    """Raise `PlannerError` unless `source` is a healthy Small Steps database we can read."""
    from planner.storage.encryption import connect, is_encrypted

    source = Path(source)
    if not source.is_file():
        raise PlannerError(_("Small Steps can't find {name}.").format(name=source.name))
    if is_encrypted(source) and key is None:
        raise PlannerError(_("{name} is protected by a passphrase, or is not a backup.").format(name=source.name))
    problem = backup.check_file(source, key if is_encrypted(source) else None)
    if problem is not None:
        raise PlannerError(
            _("{name} can't be restored: {problem}.").format(name=source.name, problem=problem)
        )
    connection = connect(source, key if is_encrypted(source) else None, read_only=True)
    try:
        try:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception as error:  # sqlite3's or sqlcipher3's error: not one of ours
            if not isinstance(error, TypeError) and "sqlite" not in type(error).__module__.lower():
                raise
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


def restore(data_dir: Path, source: Path, key: bytes | None = None) -> Path | None:
    """Replace the plans in `data_dir` with the backup `source`.

    The caller must have closed the database (nothing else may be using it). The current
    plans are first backed up (or, if damaged, set aside as they are), so a restore can itself
    be undone by restoring that backup. Returns the backup of what was there before.
    """
    data_dir = Path(data_dir)
    source = Path(source)
    from planner.storage.encryption import convert, is_encrypted

    check_backup_file(source, key)
    db_path = data_dir / paths.DATABASE_FILE
    source_key = key if is_encrypted(source) else None
    before = None
    if db_path.exists():
        current_key = key if is_encrypted(db_path) else None
        if backup.check_file(db_path, current_key) is None:
            before = backup.backup_before(db_path, data_dir, "before-restore", key=current_key)
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
        current_key = key if db_path.exists() and is_encrypted(db_path) else None
        if db_path.exists() and current_key != source_key:
            # The backup and the plans differ in encryption: write the backup in the plans' way.
            converted = db_path.with_name(db_path.name + ".restoring")
            convert(source, converted, source_key, current_key)
            backup.copy_into(converted, db_path, current_key)
            converted.unlink(missing_ok=True)
        else:
            backup.copy_into(source, db_path, source_key)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            _("The backup could not be restored ({what}). Your plans are as they were; "
              "a copy of them is in {where}.").format(what=error, where=before or data_dir)
        ) from error
    return before
