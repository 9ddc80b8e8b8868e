"""A throwaway PostgreSQL server for the tests: made in a temporary folder, listening only on
127.0.0.1 at a free port, trusting local connections, stopped and removed at the end.

Found from Debian's packages (/usr/lib/postgresql/N/bin). PostgreSQL refuses to run as root, so
as root it runs as the `postgres` user the package makes. Under CI (CI=true) a missing
PostgreSQL is a failure, never a quiet skip.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="smallsteps-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self, fsync: bool = False) -> str:
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8")
        self.options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync={'on' if fsync else 'off'}"
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-w", "-o", self.options, "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def kill(self) -> None:
        """Stop at once, as a crash would (no checkpoint; the next start recovers from the log)."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")

    def restart(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w", "-o",
                  self.options, "start")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def throwaway_server_for_tests():
    """A throwaway server for a test fixture: (server, url), stopped afterwards. Without PostgreSQL
    the tests are skipped on a developer's machine and fail in CI, which must have it."""
    import pytest

    try:
        import psycopg  # noqa: F401
        server = Server()
    except (ImportError, RuntimeError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed for these tests in CI: {error}")
        pytest.skip(f"no PostgreSQL here: {error}")
    url = server.start()
    try:
        yield server, url
    finally:
        server.stop()
