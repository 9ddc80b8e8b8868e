"""One writer at a time: a lock file beside the database, held while the program is open.

The lock is an OS file lock (`flock`), so the operating system releases it when the program
ends for any reason: a lock left by a crash is simply not held, and is cleared safely by the
next program that opens the folder. The file also says who holds it, for a plain message.
"""

import datetime as dt
import json
import os
import socket
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here; SQLite still keeps the data safe
    fcntl = None

LOCK_FILE = "smallsteps.lock"


class DatabaseLock:
    """Held by the program that may write; others may only read."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILE
        self._handle = None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another live process does."""
        if fcntl is None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open while held)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }))
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> dict:
        """Who holds the lock, as far as the file says (may be empty)."""
        try:
            return json.loads(self.path.read_text("utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    @property
    def held(self) -> bool:
        return self._handle is not None or fcntl is None

    def release(self) -> None:
        if self._handle is not None:
            try:
                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            finally:
                self._handle.close()
                self._handle = None
