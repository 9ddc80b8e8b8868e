"""One writer at a time; a lock left by a crash is cleared; network folders are spotted."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.storage.lock import DatabaseLock
from planner.storage.paths import looks_like_network_folder

ROOT = Path(__file__).resolve().parent.parent


def test_a_second_holder_is_refused_and_told_who(tmp_path):
    first = DatabaseLock(tmp_path)
    assert first.acquire()
    second = DatabaseLock(tmp_path)
    assert not second.acquire()
    assert second.holder()["pid"] == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_crash_is_stale_and_cleared(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom planner.storage.lock import DatabaseLock\n"
         f"lock = DatabaseLock({str(tmp_path)!r})\nassert lock.acquire()\nprint('held', flush=True)\ntime.sleep(60)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    assert not DatabaseLock(tmp_path).acquire()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    time.sleep(0.05)
    lock = DatabaseLock(tmp_path)
    assert lock.acquire()  # the crashed program's lock is gone with it
    lock.release()


def test_a_second_window_may_look_but_not_change(data_dir, qt_settings):
    from planner.errors import DatabaseInUse
    from planner.services import people
    from ui.app import close_session, open_session
    from ui.commands.people import AddPersonCommand

    first = open_session(data_dir)
    people.add_person(first.db, "Shared")
    with pytest.raises(DatabaseInUse):
        open_session(data_dir)
    asked = []
    second = open_session(data_dir, look_only=lambda holder: asked.append(holder) or True)
    assert asked and asked[0]["pid"] == os.getpid()
    assert second.read_only
    assert [p.name for p in people.list_people(second.db)] == ["Shared"]
    message = second.execute(AddPersonCommand(second, "Sneaky"))
    assert message and "looking only" in message
    assert second.undo_stack.count() == 0
    with pytest.raises(DatabaseInUse):
        open_session(data_dir, look_only=lambda holder: False)
    close_session(second)
    close_session(first)
    assert [p.name for p in people.list_people(open_session(data_dir).db)] == ["Shared"]


@pytest.mark.parametrize(
    "mounts,folder,expected",
    [
        ("server:/export /home/shared nfs4 rw 0 0\n", "/home/shared/plans", True),
        ("//nas/plans /mnt/nas cifs rw 0 0\n", "/mnt/nas", True),
        ("/dev/sda1 / ext4 rw 0 0\n", "/home/me/plans", False),
        ("/dev/sda1 / ext4 rw 0 0\nnas:/x /mnt nfs rw 0 0\n", "/home/me", False),
    ],
)
def test_network_folders_are_spotted(tmp_path, mounts, folder, expected):
    mounts_file = tmp_path / "mounts"
    mounts_file.write_text(mounts)
    assert looks_like_network_folder(Path(folder), str(mounts_file)) is expected


def test_windows_network_paths_are_spotted():
    assert looks_like_network_folder(Path("//server/share/plans"))
