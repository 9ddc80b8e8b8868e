"""Encryption at rest (optional): the database and its backups encrypted with SQLCipher.

The database is encrypted with a random 256-bit data key. That key is kept in
`smallsteps.keys` beside the database only in wrapped form, twice: once under the person's
passphrase and once under a recovery key shown one time at set-up, so a lost passphrase does
not mean a lost life story. Wrapping uses scrypt to turn the secret into two keys: one makes a
pad that is XORed with the data key (a fresh salt each time, so each pad is used once), the
other an HMAC over the result, which is how a wrong passphrase is told apart from a right one.

An encrypted file is only ever opened with `sqlcipher3`, a plain one only with `sqlite3`: the
two libraries are never used on the same file at the same time (their file locks would clash).
Temporary files stay in memory (`temp_store=MEMORY`), so no plain text is written there.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlannerError
from planner.files import write_atomically
from planner.i18n import _
from planner.storage.file_state import SQLITE_MAGIC, is_encrypted  # noqa: F401 (here for callers)

KEY_FILE = "smallsteps.keys"
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSPHRASE = 8


class PassphraseNeeded(PlannerError):
    """The plans are protected; a passphrase (or the recovery key) is needed to open them."""


class WrongPassphrase(PlannerError):
    """The passphrase or recovery key given does not open these plans."""


def raw_key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key syntax: no second key derivation inside SQLCipher."""
    return f"x'{key.hex()}'"


def _derive(secret: str, salt: bytes) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(secret.encode("utf-8"), salt=salt, dklen=64, maxmem=64 * 1024 * 1024,
                              **SCRYPT)
    return material[:32], material[32:]


def _wrap(key: bytes, secret: str, kind: str) -> dict:
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(secret, salt)
    wrapped = bytes(a ^ b for a, b in zip(key, pad, strict=True))
    tag = hmac.new(mac_key, wrapped, hashlib.sha256).digest()
    return {"kind": kind, "salt": salt.hex(), "wrapped": wrapped.hex(), "tag": tag.hex()}


def _unwrap(entry: dict, secret: str) -> bytes | None:
    pad, mac_key = _derive(secret, bytes.fromhex(entry["salt"]))
    wrapped = bytes.fromhex(entry["wrapped"])
    expected = hmac.new(mac_key, wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, bytes.fromhex(entry["tag"])):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


def new_recovery_key() -> str:
    """Twenty-four letters and digits in groups of four, easy to copy by hand."""
    text = base64.b32encode(secrets.token_bytes(15)).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, 24, 4))


def _normalise_recovery(secret: str) -> str:
    return "".join(ch for ch in secret.upper() if ch.isalnum())


def check_new_passphrase(passphrase: str, again: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PlannerError(_("Please choose a passphrase of at least {n} characters. A few "
                             "words you will remember work well.").format(n=MIN_PASSPHRASE))
    if again is not None and again != passphrase:
        raise PlannerError(_("The two passphrases are not the same. Please type them again."))


@dataclass(frozen=True)
class NewKeys:
    key: bytes
    recovery_key: str


def create_key_file(data_dir: Path, passphrase: str) -> NewKeys:
    check_new_passphrase(passphrase)
    key = secrets.token_bytes(32)
    recovery = new_recovery_key()
    write_key_file(data_dir, key, passphrase, recovery)
    return NewKeys(key, recovery)


def write_key_file(data_dir: Path, key: bytes, passphrase: str, recovery: str | None = None,
                   keep_recovery_from: dict | None = None) -> None:
    wraps = [_wrap(key, passphrase, "passphrase")]
    if recovery is not None:
        wraps.append(_wrap(key, _normalise_recovery(recovery), "recovery"))
    elif keep_recovery_from is not None:
        wraps.append(keep_recovery_from)
    content = {"format": "small-steps-keys", "version": 1, "kdf": "scrypt", **SCRYPT, "wraps": wraps}
    write_atomically(Path(data_dir) / KEY_FILE, json.dumps(content, indent=2).encode())


def _read_key_file(data_dir: Path) -> dict:
    try:
        content = json.loads((Path(data_dir) / KEY_FILE).read_text("utf-8"))
        if content.get("format") != "small-steps-keys" or not content.get("wraps"):
            raise ValueError
        return content
    except (OSError, ValueError):
        raise PlannerError(
            _("The key file for these plans ({name}) is missing or damaged, so they can't be "
              "opened. If you have a backup of the whole folder, restore it.").format(name=KEY_FILE)
        ) from None


def unlock(data_dir: Path, secret: str) -> bytes:
    """The data key, from the passphrase or the recovery key."""
    content = _read_key_file(data_dir)
    for entry in content["wraps"]:
        candidate = secret if entry["kind"] == "passphrase" else _normalise_recovery(secret)
        if candidate:
            key = _unwrap(entry, candidate)
            if key is not None:
                return key
    raise WrongPassphrase(_("That passphrase isn't right. Please try again, or use your recovery key."))


def change_passphrase(data_dir: Path, secret: str, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase (the recovery key stays the same)."""
    check_new_passphrase(new_passphrase)
    key = unlock(data_dir, secret)
    recovery = next((w for w in _read_key_file(data_dir)["wraps"] if w["kind"] == "recovery"), None)
    write_key_file(data_dir, key, new_passphrase, keep_recovery_from=recovery)


def connect(path: Path, key: bytes | None, *, read_only: bool = False):
    """A DB-API connection to a database file: sqlcipher3 with the key, else sqlite3."""
    mode = "ro" if read_only else "rwc"
    uri = f"file:{Path(path).as_posix()}?mode={mode}"
    if key is None:
        import sqlite3

        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    connection = sqlcipher3.connect(uri, uri=True)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key="{raw_key_pragma(key)}"')
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def convert(source: Path, dest: Path, source_key: bytes | None, dest_key: bytes | None) -> None:
    """Write `source` into the new file `dest` with another key (or none): sqlcipher_export."""
    import sqlcipher3

    dest.unlink(missing_ok=True)
    connection = sqlcipher3.connect(str(source))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            connection.execute(f'PRAGMA key="{raw_key_pragma(source_key)}"')
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target_key = f"\"{raw_key_pragma(dest_key)}\"" if dest_key is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(dest),))
        connection.execute("SELECT sqlcipher_export('converted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())
