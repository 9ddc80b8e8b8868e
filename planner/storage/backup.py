"""Backups made with SQLite's own backup API: never a copy of a live file."""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from planner.errors import StorageError
from planner.i18n import _

BACKUP_FOLDER = "backups"


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def make_backup(db_path: Path, dest: Path) -> Path:
    """Copy the database at `db_path` into the new file `dest`, consistently, and check it.

    The copy is written under a temporary name, checked with `integrity_check`, then renamed,
    so a half-made backup never looks like a good one.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                (result,) = target.execute("PRAGMA integrity_check").fetchone()
                if result != "ok":
                    raise StorageError(_("The backup could not be checked: {what}").format(what=result))
            finally:
                target.close()
        finally:
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            _("Small Steps could not make a backup ({what}). Nothing was changed.").format(what=error)
        ) from error
    return dest


def backup_before(db_path: Path, data_dir: Path, reason: str) -> Path:
    """A dated backup in the data folder's backups folder, named for why it was made."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S_%f")
    return make_backup(db_path, backup_folder(data_dir) / f"smallsteps_{stamp}_{reason}.db")
