"""What a plans file looked like at its last good whole-file check (see `Database.quick_check`),
and whether it is plain SQLite at all (`is_encrypted`; kept here, where a command that only
reads the file finds it without importing the encryption itself)."""

from contextlib import suppress
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_encrypted(db_path: Path) -> bool:
    """True for an existing database file that is not plain SQLite (judged by its header)."""
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    return len(header) == 16 and header != SQLITE_MAGIC


def file_state(path: Path | None) -> str | None:
    """The database file's and its write-ahead log's identity, size and times, as one line (an
    empty log counts as none: SQLite makes and removes one on each opening)."""
    if path is None:
        return None
    try:
        parts = []
        for file in (path, path.with_name(path.name + "-wal")):
            if file is not path and (not file.exists() or file.stat().st_size == 0):
                continue
            found = file.stat()
            parts.append(f"{found.st_dev}:{found.st_ino}:{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}")
    except OSError:
        return None
    return " ".join(parts)


def read_note(note: Path) -> str | None:
    try:
        return note.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def note_if_unchanged(path: Path, note: Path, before: str | None) -> None:
    """After a good check of `path` begun when it was `before`: note it, if nothing changed it
    meanwhile (a check that raced with a write proves nothing about what was written)."""
    if before is not None and file_state(path) == before:
        with suppress(OSError):
            note.write_text(before, "utf-8")
