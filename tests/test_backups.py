"""Backups: made with the backup API, checked, thinned, listed and restored; damage is never
repaired in place."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.errors import DatabaseDamaged, PlannerError, StorageError
from planner.services import backups, people, plan_files
from planner.storage import backup
from planner.storage.backup import BackupInfo, backups_to_keep
from planner.storage.database import Database
from tests.conftest import database_dump

ROOT = Path(__file__).resolve().parent.parent


def names(db):
    return [p.name for p in people.list_people(db)]


def test_a_backup_restored_into_a_fresh_folder_gives_back_the_same_plans(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    people.add_person(db, "Second Person")
    made = backups.backup_now(db)
    fresh = tmp_path / "fresh"
    backups.restore(fresh, made)
    restored = Database.open(fresh)
    assert names(restored) == names(db)
    assert plan_files.plan_document(restored, plan_id).data["plan"] == plan_files.plan_document(db, plan_id).data["plan"]
    restored.close()


def test_restore_backs_up_what_was_there_first(db, data_dir):
    people.add_person(db, "Before")
    early = backups.backup_now(db)
    people.add_person(db, "After")
    db.close()
    before = backups.restore(data_dir, early)
    again = Database.open(data_dir)
    assert names(again) == ["Before"]
    again.close()
    backups.restore(data_dir, before)  # changing your mind
    again = Database.open(data_dir)
    assert names(again) == ["After", "Before"]
    again.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\x00" * 50])
def test_restoring_something_that_is_not_a_backup_changes_nothing(db, data_dir, tmp_path, content):
    people.add_person(db, "Kept")
    db.close()
    before = database_dump(data_dir / "smallsteps.db")
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(PlannerError):
        backups.restore(data_dir, bad)
    assert database_dump(data_dir / "smallsteps.db") == before


def test_a_backup_from_a_newer_version_is_refused(db, data_dir, tmp_path):
    made = backups.backup_now(db, dest=tmp_path / "b.db")
    connection = sqlite3.connect(made)
    connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(PlannerError) as raised:
        backups.restore(data_dir, made)
    assert "newer version" in raised.value.message


def test_backups_are_listed_newest_first_and_checked(db, data_dir):
    first = backups.backup_now(db, "by-hand")
    second = backups.backup_now(db, "auto")
    listed = backups.list_backups(data_dir)
    assert [b.path for b in listed][:2] == [second, first]
    assert all(backup.check_file(b.path) is None for b in listed)
    assert not list((data_dir / "backups").glob("*.partial"))


def test_thinning_keeps_recent_then_daily_weekly_monthly():
    now = dt.datetime(2026, 11, 22, 12, 0)
    made = [now - dt.timedelta(hours=h) for h in range(0, 24 * 800, 6)]  # every 6 hours, 800 days
    infos = [BackupInfo(Path(f"/b/{i}.db"), when, "auto", 1) for i, when in enumerate(made)]
    keep = backups_to_keep(infos, now)
    kept = sorted((b.made_at for b in infos if b.path in keep), reverse=True)
    assert kept[0] == now  # the newest
    recent = [k for k in kept if now - k <= dt.timedelta(days=1)]
    assert len(recent) == 5  # every one from the last day
    daily = [k for k in kept if dt.timedelta(days=1) < now - k <= dt.timedelta(days=14)]
    assert len({k.date() for k in daily}) == len(daily) and 12 <= len(daily) <= 14
    assert all(now - k <= dt.timedelta(days=730) for k in kept)
    assert len(kept) < 60


def test_thinning_happens_when_backups_are_made(db, data_dir):
    folder = data_dir / "backups"
    old = dt.datetime.now() - dt.timedelta(days=3)
    for minute in range(5):  # five backups on one old day: one is kept
        backup.backup_before(db.path, data_dir, "auto", now=old + dt.timedelta(minutes=minute))
    backups.backup_now(db)
    assert len([b for b in backups.list_backups(data_dir) if b.made_at.date() == old.date()]) == 1
    assert folder.is_dir()


def test_a_failing_backup_leaves_no_half_file(db, data_dir, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", broken)
    with pytest.raises(StorageError) as raised:
        backups.backup_now(db)
    assert "could not make a backup" in raised.value.message
    assert list((data_dir / "backups").iterdir()) == []


def test_a_damaged_database_is_never_repaired_and_the_newest_good_backup_is_offered(db, data_dir):
    plan_files.add_example_plan(db)
    good = backups.backup_now(db)
    db.close()
    path = data_dir / "smallsteps.db"
    blob = bytearray(path.read_bytes())
    for offset in range(4096, len(blob), 1024):  # scribble over every page but the header
        blob[offset:offset + 64] = b"\xde\xad" * 32
    path.write_bytes(bytes(blob))
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as raised:
        Database.open(data_dir)
    assert raised.value.backup is not None and raised.value.backup.path == good
    assert "has not changed it" in raised.value.message
    assert path.read_bytes() == damaged  # not repaired in place
    backups.restore(data_dir, raised.value.backup.path)
    assert names(Database.open(data_dir)) == ["Eleri Llŷr Hughes"]
    assert list((data_dir / "backups").glob("damaged_*.db"))  # the damaged file kept aside


def test_a_file_that_is_not_a_database_at_all(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "smallsteps.db").write_bytes(b"hello" * 1000)
    with pytest.raises(DatabaseDamaged) as raised:
        Database.open(data_dir)
    assert "no good backup" in raised.value.message


def cli(*args, data_dir, stdin=None):
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, stdin=stdin)


def test_command_line_backup_and_restore(tmp_path):
    data = tmp_path / "data"
    assert cli("example", data_dir=data).returncode == 0
    out = tmp_path / "copy.db"
    made = cli("backup", "-o", str(out), data_dir=data)
    assert made.returncode == 0 and out.exists()
    again = cli("backup", "-o", str(out), data_dir=data)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert cli("import", str(out), data_dir=data).returncode == 1  # a backup is not a plan file
    refused = cli("restore", str(out), data_dir=tmp_path / "other", stdin=subprocess.DEVNULL)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    restored = cli("restore", str(out), "--yes", data_dir=tmp_path / "other")
    assert restored.returncode == 0, restored.stderr
    listed = cli("list", "--json", data_dir=tmp_path / "other")
    assert "Eleri" in listed.stdout
    assert cli("backups", data_dir=data).stdout.count("\n") >= 1
