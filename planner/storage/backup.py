"""Backups made with SQLite's own backup API: never a copy of a live file.

Backups live in `backups/` inside the data folder, named by date and reason
(`smallsteps_2026-11-22_14-05-00_123456_on-close.db`). Each is written under a temporary name,
checked with `integrity_check`, then renamed, so a half-made backup never looks like a good one.
Old ones are thinned: everything from the last day, then one a day for two weeks, one a week
for two months, and one a month for two years.
"""

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from planner.errors import StorageError
from planner.i18n import _

BACKUP_FOLDER = "backups"
_NAME = re.compile(r"^smallsteps_(\d{4}-\d{2}-\d{2})_(\d{2}-\d{2}-\d{2})_(\d{6})_([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def _copy(source_path: Path, dest: Path, key: bytes | None = None) -> None:
    """Copy one database into a new file with the backup API, then check the copy.

    An encrypted database is copied with SQLCipher into a file encrypted with the same key."""
    from planner.storage.encryption import connect

    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connect(Path(source_path), key, read_only=True)
    try:
        target = connect(partial, key)
        try:
            source.backup(target)
            (result,) = target.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise StorageError(_("The backup could not be checked: {what}").format(what=result))
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    try:
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)


def make_backup(db_path: Path, dest: Path, key: bytes | None = None) -> Path:
    """Copy the database at `db_path` into the new file `dest`, consistently, and check it."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _copy(Path(db_path), dest, key)
    except Exception as error:
        if not isinstance(error, OSError) and "sqlite" not in type(error).__module__.lower():
            raise
        raise StorageError(
            _("Small Steps could not make a backup ({what}). Nothing was changed.").format(what=error)
        ) from error
    return dest


def backup_before(db_path: Path, data_dir: Path, reason: str, now: dt.datetime | None = None,
                  key: bytes | None = None) -> Path:
    """A dated backup in the data folder's backups folder, named for why it was made."""
    now = now or dt.datetime.now()
    stamp = now.strftime("%Y-%m-%d_%H-%M-%S_%f")
    clean_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    made = make_backup(db_path, backup_folder(data_dir) / f"smallsteps_{stamp}_{clean_reason}.db", key)
    thin_backups(data_dir, now)
    return made


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in the data folder, newest first."""
    folder = backup_folder(data_dir)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if not match:
                continue
            day, time, micro, reason = match.groups()
            made_at = dt.datetime.strptime(f"{day} {time} {micro}", "%Y-%m-%d %H-%M-%S %f")
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(BackupInfo(path, made_at, reason, size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The thinning rule: all from the last day; then the newest of each day (14 days),
    week (8 weeks) and month (24 months). The newest backup is always kept."""
    keep: set[Path] = set()
    seen: set[tuple] = set()
    for backup in sorted(backups, key=lambda b: b.made_at, reverse=True):
        age = now - backup.made_at
        if not keep or age <= dt.timedelta(days=1):
            keep.add(backup.path)
            continue
        if age <= dt.timedelta(days=14):
            bucket = ("day", backup.made_at.date())
        elif age <= dt.timedelta(weeks=8):
            bucket = ("week", tuple(backup.made_at.isocalendar()[:2]))
        elif age <= dt.timedelta(days=730):
            bucket = ("month", backup.made_at.year, backup.made_at.month)
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(backup.path)
    return keep


def thin_backups(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups the thinning rule does not keep; returns what was deleted."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups, now or dt.datetime.now())
    removed = []
    folder = backup_folder(data_dir)
    if folder.is_dir():  # half-made backups left by a crash
        import time

        for partial in folder.glob("*.partial"):
            try:
                if time.time() - partial.stat().st_mtime > 600:
                    partial.unlink()
                    removed.append(partial)
            except OSError:
                pass
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def check_file(path: Path, key: bytes | None = None) -> str | None:
    """None when `path` is a healthy database file; otherwise what is wrong, in plain words."""
    from planner.storage.encryption import connect

    try:
        connection = connect(Path(path), key, read_only=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except Exception as error:  # sqlite3.Error or sqlcipher3's own
        if not isinstance(error, OSError) and "sqlite" not in type(error).__module__.lower():
            raise
        return _("it can't be read ({what})").format(what=error)
    if rows != [("ok",)]:
        return _("it is damaged ({what})").format(what=rows[0][0])
    return None


def copy_into(source: Path, db_path: Path, key: bytes | None = None) -> None:
    """Replace the database at `db_path` with the content of `source` (backup API, in place)."""
    from planner.storage.encryption import connect

    source_connection = connect(Path(source), key, read_only=True)
    try:
        target = connect(Path(db_path), key)
        try:
            source_connection.backup(target)
        finally:
            target.close()
    finally:
        source_connection.close()


def newest_good_backup(data_dir: Path, key: bytes | None = None) -> BackupInfo | None:
    """The newest backup that passes its integrity check."""
    for candidate in list_backups(data_dir):
        if check_file(candidate.path, key) is None:
            return candidate
    return None
