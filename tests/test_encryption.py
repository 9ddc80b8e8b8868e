"""Encryption at rest: nothing readable on disk, a recovery key, clear messages, and a way back."""

import subprocess
import sys
from pathlib import Path

import pytest

from planner.plan_file.document import content_of
from planner.services import backups, encryption, people, plan_files, plans
from planner.storage import encryption as storage_encryption
from planner.storage.database import Database
from planner.storage.encryption import PassphraseNeeded, WrongPassphrase

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "apple tree morning"
MARKERS = ["MARKER-NAME-Zq81", "MARKER-HELPER-Xw22", "MARKER-NEEDS-Pv93"]


def all_bytes(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def leaks(folder: Path, markers=MARKERS) -> list[str]:
    found = []
    for path, blob in all_bytes(folder).items():
        for marker in markers:
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                if encoded in blob:
                    found.append(f"{marker} in {path.name}")
    return found


def make_plans(data_dir: Path) -> int:
    db = Database.open(data_dir)
    added = people.add_person(db, MARKERS[0])
    plans.add_helper(db, added.plan_id, MARKERS[1], "friend", "team")
    people.update_person(db, added.person_id, other_communication_needs=MARKERS[2] * 3)
    backups.backup_now(db)
    db.close()
    return added.plan_id


def test_no_marker_is_left_readable_anywhere(data_dir, tmp_path, monkeypatch):
    make_plans(data_dir)
    assert leaks(data_dir)  # the check itself works: plain files show the markers
    recovery = encryption.encrypt(data_dir, PASSPHRASE, PASSPHRASE)
    assert recovery.count("-") == 5
    assert leaks(data_dir) == []
    # Work while protected, with the write-ahead log still open, and temporary files watched.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    more = people.add_person(db, "MARKER-LATER-Kk44")
    plans.add_helper(db, more.plan_id, "MARKER-LATER-Kk44 helper", "friend")
    backups.backup_now(db)
    assert (data_dir / "smallsteps.db-wal").exists()
    assert leaks(data_dir, MARKERS + ["MARKER-LATER-Kk44"]) == []
    assert leaks(scratch, MARKERS + ["MARKER-LATER-Kk44"]) == []
    assert all(storage_encryption.is_encrypted(b.path) for b in backups.list_backups(data_dir))
    db.close()


def test_passphrases_and_the_recovery_key(data_dir):
    plan_id = make_plans(data_dir)
    recovery = encryption.encrypt(data_dir, PASSPHRASE)
    with pytest.raises(PassphraseNeeded):
        Database.open(data_dir)
    with pytest.raises(WrongPassphrase) as raised:
        Database.open(data_dir, passphrase="not it at all")
    assert "isn't right" in raised.value.message
    db = Database.open(data_dir, passphrase=recovery.lower().replace("-", " "))
    assert people.list_people(db)[0].name == MARKERS[0]
    db.close()
    storage_encryption.change_passphrase(data_dir, recovery, "a brand new phrase")
    with pytest.raises(WrongPassphrase):
        Database.open(data_dir, passphrase=PASSPHRASE)
    Database.open(data_dir, passphrase="a brand new phrase").close()
    Database.open(data_dir, passphrase=recovery).close()  # the recovery key still works
    assert plan_id


def test_turning_it_on_and_off_loses_nothing(data_dir):
    plan_id = make_plans(data_dir)
    db = Database.open(data_dir)
    before = content_of(plan_files.plan_document(db, plan_id))
    db.close()
    encryption.encrypt(data_dir, PASSPHRASE)
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    assert content_of(plan_files.plan_document(db, plan_id)) == before
    db.close()
    encryption.decrypt(data_dir, PASSPHRASE)
    assert not (data_dir / "smallsteps.keys").exists()
    assert not any(storage_encryption.is_encrypted(p) for p in (data_dir / "backups").glob("*.db"))
    db = Database.open(data_dir)
    assert content_of(plan_files.plan_document(db, plan_id)) == before
    from planner.services.health import check_database

    assert check_database(db) == []
    db.close()


def test_weak_or_mismatched_passphrases_are_refused(data_dir):
    from planner.errors import PlannerError

    make_plans(data_dir)
    with pytest.raises(PlannerError) as raised:
        encryption.encrypt(data_dir, "short")
    assert "at least 8" in raised.value.message
    with pytest.raises(PlannerError) as raised:
        encryption.encrypt(data_dir, PASSPHRASE, PASSPHRASE + "x")
    assert "not the same" in raised.value.message
    assert not (data_dir / "smallsteps.keys").exists()


def test_an_interrupted_encryption_finishes_with_the_same_passphrase(data_dir, monkeypatch):
    from planner.errors import PlannerError

    make_plans(data_dir)
    real = storage_encryption.convert
    calls = []

    def fail_on_the_database(source, dest, old, new):
        calls.append(source.name)
        if source.name == "smallsteps.db":
            raise OSError(28, "No space left on device")
        return real(source, dest, old, new)

    monkeypatch.setattr(storage_encryption, "convert", fail_on_the_database)
    with pytest.raises(PlannerError):
        encryption.encrypt(data_dir, PASSPHRASE)
    monkeypatch.setattr(storage_encryption, "convert", real)
    Database.open(data_dir).close()  # still readable as it was
    with pytest.raises(PlannerError) as raised:
        encryption.encrypt(data_dir, "another phrase entirely")
    assert "same passphrase" in raised.value.message
    encryption.encrypt(data_dir, PASSPHRASE)
    assert leaks(data_dir) == []
    Database.open(data_dir, passphrase=PASSPHRASE).close()


def test_encrypted_backups_restore(data_dir, tmp_path):
    make_plans(data_dir)
    encryption.encrypt(data_dir, PASSPHRASE)
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    saved = backups.backup_now(db)
    people.add_person(db, "Added after")
    key = db.key
    db.close()
    backups.restore(data_dir, saved, key)
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    assert [p.name for p in people.list_people(db)] == [MARKERS[0]]
    db.close()


def cli(*args, data_dir, stdin=subprocess.DEVNULL):
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=stdin)


def test_command_line_never_waits_and_never_takes_the_passphrase_itself(tmp_path):
    data = tmp_path / "data"
    cli("example", data_dir=data)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    refused = cli("encrypt", data_dir=data)
    assert refused.returncode == 1 and "--passphrase-file" in refused.stderr
    made = cli("--passphrase-file", str(secret), "encrypt", data_dir=data)
    assert made.returncode == 0, made.stderr and "recovery key" in made.stdout
    locked = cli("list", data_dir=data)
    assert locked.returncode == 1 and len(locked.stderr.strip().splitlines()) == 1
    assert "protected by a passphrase" in locked.stderr
    listed = cli("--passphrase-file", str(secret), "list", "--json", data_dir=data)
    assert listed.returncode == 0 and "Eleri" in listed.stdout
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope nope nope\n")
    assert "isn't right" in cli("--passphrase-file", str(wrong), "list", data_dir=data).stderr
    off = cli("--passphrase-file", str(secret), "decrypt", data_dir=data)
    assert off.returncode == 0 and "only as safe" in off.stdout
    assert cli("list", data_dir=data).returncode == 0
