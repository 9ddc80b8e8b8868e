"""Turning encryption on and off for a data folder: the database and every backup in it.

The caller closes the database first (the window pauses; the command line holds the lock).
Each file is converted into a new file, checked, then put in place of the old one, so a failure
part way leaves every file readable (each either as it was or fully converted), and the key file
is written before anything is encrypted and removed only after everything is decrypted.
"""

import os
from pathlib import Path

from planner.errors import PlannerError, StorageError
from planner.i18n import _
from planner.storage import backup, encryption, paths


def is_protected(data_dir: Path) -> bool:
    data_dir = Path(data_dir)
    return encryption.is_encrypted(data_dir / paths.DATABASE_FILE) and (data_dir / encryption.KEY_FILE).exists()


def _files(data_dir: Path) -> list[Path]:
    """Backups first, the database last: an interrupted run is finished by running it again."""
    files = [info.path for info in backup.list_backups(data_dir)]
    files.append(data_dir / paths.DATABASE_FILE)
    return [f for f in files if f.exists()]


def _convert_in_place(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    converted = path.with_name(path.name + ".converting")
    try:
        encryption.convert(path, converted, old_key, new_key)
        problem = backup.check_file(converted, new_key)
        if problem is not None:
            raise StorageError(_("A converted copy failed its check: {what}").format(what=problem))
        os.replace(converted, path)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except Exception as error:
        converted.unlink(missing_ok=True)
        if isinstance(error, PlannerError):
            raise
        raise StorageError(
            _("Small Steps could not convert {name} ({what}). Your plans are as they were.")
            .format(name=path.name, what=error)
        ) from error


def encrypt(data_dir: Path, passphrase: str, again: str | None = None) -> str:
    """Protect the plans and their backups; returns the recovery key (show it once)."""
    data_dir = Path(data_dir)
    encryption.check_new_passphrase(passphrase, again)
    if is_protected(data_dir):
        raise PlannerError(_("These plans are already protected by a passphrase."))
    if not (data_dir / paths.DATABASE_FILE).exists():
        raise PlannerError(_("There are no plans in {folder} yet.").format(folder=data_dir))
    if (data_dir / encryption.KEY_FILE).exists():
        # An earlier run did not finish: carry on with the same key, so nothing is stranded.
        try:
            key = encryption.unlock(data_dir, passphrase)
        except encryption.WrongPassphrase:
            raise PlannerError(_("An earlier attempt to protect these plans did not finish. "
                                 "Please use the same passphrase as then.")) from None
        recovery = _("(the recovery key you were given the first time)")
    else:
        keys = encryption.create_key_file(data_dir, passphrase)
        key, recovery = keys.key, keys.recovery_key
    for path in _files(data_dir):
        if not encryption.is_encrypted(path):
            _convert_in_place(path, None, key)
    return recovery


def decrypt(data_dir: Path, secret: str) -> None:
    """Take the protection off the plans and their backups."""
    data_dir = Path(data_dir)
    if not is_protected(data_dir):
        raise PlannerError(_("These plans are not protected by a passphrase."))
    key = encryption.unlock(data_dir, secret)
    for path in _files(data_dir):
        if encryption.is_encrypted(path):
            _convert_in_place(path, key, None)
    (data_dir / encryption.KEY_FILE).unlink(missing_ok=True)
