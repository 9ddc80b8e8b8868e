"""A full disk or a read-only database: writing fails cleanly, the person is told, and nothing
already saved is damaged."""

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event

from planner.errors import PlannerError, StorageError
from planner.services import people
from planner.storage.database import Database


def _limit_pages(db: Database, extra: int = 0) -> None:
    """SQLite's own 'database or disk is full', by capping the file's page count."""

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_connection, _record):
        count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={count + extra}")

    db.engine.dispose()


def test_a_full_database_refuses_cleanly_and_keeps_what_was_saved(db, data_dir):
    kept = [people.add_person(db, f"Saved {i}").person_id for i in range(3)]
    _limit_pages(db)
    with pytest.raises(StorageError) as raised:
        people.add_person(db, "Too much " + "x" * 150)
        for i in range(200):  # keep going until the cap bites
            people.update_person(db, kept[0], other_communication_needs="ŵ" * 50_000 + str(i))
    assert "could not be saved" in raised.value.message and "\n" not in raised.value.message
    db.close()
    again = Database.open(data_dir)
    assert {p.person_id for p in people.list_people(again)} >= set(kept)
    with again.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    again.close()


def test_a_read_only_database_refuses_cleanly(db):
    people.add_person(db, "Kept")

    @event.listens_for(db.engine, "connect")
    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only=ON")

    db.engine.dispose()
    with pytest.raises(StorageError):
        people.add_person(db, "New")
    assert [p.name for p in people.list_people(db)] == ["Kept"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB filesystem (tmpfs), where this machine lets us mount one."""
    mount_point = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tiny filesystem")
    yield Path(mount_point)
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_filling_a_real_disk_loses_nothing_that_was_saved(tiny_disk):
    db = Database.open(tiny_disk / "data")
    saved = []
    failure = None
    for i in range(400):
        try:
            added = people.add_person(db, f"Person {i}")
            people.update_person(db, added.person_id, other_communication_needs=f"{i} " + "ŵ" * 20_000)
            saved.append(added.person_id)
        except PlannerError as error:
            failure = error
            break
    assert failure is not None, "the disk never filled"
    assert "\n" not in failure.message
    db.close()
    for leftover in tiny_disk.glob("data/*.partial"):
        leftover.unlink()
    # Reopened with the disk still full: everything acknowledged is there and whole.
    again = Database.open(tiny_disk / "data", migrate=False)
    present = {p.person_id for p in people.list_people(again)}
    assert set(saved) <= present
    with again.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    again.close()


def test_writing_a_file_to_a_full_disk_leaves_no_half_file(tiny_disk):
    (tiny_disk / "filler").write_bytes(b"\0" * (2 * 1024 * 1024 - 4096))
    with pytest.raises(PlannerError) as raised:
        from planner.files import write_atomically

        write_atomically(tiny_disk / "big.bin", b"x" * 100_000)
    assert "couldn't save" in raised.value.message or "can't save" in raised.value.message
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]
