"""The whole file's quick check on opening: skipped only by a caller that reads, and only while
the file is exactly as it was at its last good check; damage is still found before a write."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from planner.errors import DatabaseDamaged
from planner.services import backups, people, plan_files
from planner.storage import paths
from planner.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """Every `PRAGMA quick_check` run from now on."""
    ran: list[str] = []
    real = Connection.exec_driver_sql

    def spy(self, statement, *args, **kwargs):
        if "quick_check" in statement:
            ran.append(statement)
        return real(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", spy)
    return ran


def _with_a_plan(data_dir: Path) -> None:
    db = Database.open(data_dir)
    plan_files.add_example_plan(db)
    backups.backup_now(db)
    db.close()


def _scribble(path: Path, start: int = 4096) -> None:
    blob = bytearray(path.read_bytes())
    for offset in range(start, len(blob), 1024):  # from `start` (past the header) to the end
        blob[offset:offset + 64] = b"\xde\xad" * 32
    path.write_bytes(bytes(blob))


def test_an_opening_that_reads_skips_the_check_of_an_unchanged_file(data_dir, checks):
    _with_a_plan(data_dir)
    Database.open(data_dir).close()  # a good check, noted
    assert (data_dir / paths.CHECKED_FILE).exists()
    checks.clear()
    for _ in range(2):
        Database.open(data_dir, check_unchanged=False).close()
    assert checks == []


def test_every_other_opening_checks_every_time(data_dir, checks):
    _with_a_plan(data_dir)
    checks.clear()
    for _ in range(2):
        Database.open(data_dir).close()
    assert len(checks) == 2


def test_a_change_made_since_the_last_check_is_checked(data_dir, checks):
    _with_a_plan(data_dir)
    db = Database.open(data_dir)
    people.add_person(db, "Somebody New")  # a write after the check: the file is not as checked
    db.close()
    checks.clear()
    Database.open(data_dir, check_unchanged=False).close()
    assert len(checks) == 1


def test_a_file_written_over_is_checked_even_with_its_times_set_back(data_dir, checks):
    _with_a_plan(data_dir)
    Database.open(data_dir).close()
    path = data_dir / paths.DATABASE_FILE
    before = path.stat()
    path.write_bytes(path.read_bytes())  # the same size, even the same bytes
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    checks.clear()
    Database.open(data_dir, check_unchanged=False).close()
    assert len(checks) == 1  # its change time said it was written: no program can set that back


def test_damage_is_found_even_with_the_file_times_set_back(data_dir):
    _with_a_plan(data_dir)
    Database.open(data_dir).close()
    path = data_dir / paths.DATABASE_FILE
    before = path.stat()
    _scribble(path, start=path.stat().st_size // 2)  # pages that opening alone does not read
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time cannot be set back
    assert path.stat().st_size == before.st_size
    with pytest.raises(DatabaseDamaged) as raised:
        Database.open(data_dir, check_unchanged=False)
    assert "has not changed it" in raised.value.message
    assert not (data_dir / paths.CHECKED_FILE).exists()  # no good check is claimed any more
    with pytest.raises(DatabaseDamaged):
        Database.open(data_dir, check_unchanged=False)


def test_a_note_that_is_not_ours_or_is_unreadable_only_means_checking(data_dir, checks):
    _with_a_plan(data_dir)
    note = data_dir / paths.CHECKED_FILE
    for content in (b"", b"\xff\xfe nonsense", b"1:2:3:4:5"):
        note.write_bytes(content)
        checks.clear()
        Database.open(data_dir, check_unchanged=False).close()
        assert len(checks) == 1


def test_a_read_only_opening_notes_nothing(data_dir):
    _with_a_plan(data_dir)
    (data_dir / paths.CHECKED_FILE).unlink(missing_ok=True)
    Database.open(data_dir, read_only=True).close()
    assert not (data_dir / paths.CHECKED_FILE).exists()


def _cli(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_an_export_command_of_a_damaged_file_says_so_and_writes_nothing(data_dir, tmp_path):
    _with_a_plan(data_dir)
    first = _cli("export", "1", "--as", "plan-file", "-o", str(tmp_path / "good.smallsteps"),
                 data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert (data_dir / paths.CHECKED_FILE).exists()  # the first export checked and noted it
    _scribble(data_dir / paths.DATABASE_FILE)
    done = _cli("export", "1", "--as", "panel-pdf", "-o", str(tmp_path / "pack.pdf"), data_dir=data_dir)
    assert done.returncode == 1
    assert "Your plans file is damaged" in done.stderr and "newest good backup" in done.stderr
    assert not (tmp_path / "pack.pdf").exists()
