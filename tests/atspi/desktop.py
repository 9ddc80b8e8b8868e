"""A desktop of our own for the screen-reader tests: Xvfb, a D-Bus session bus (which starts the
AT-SPI bus and registry on demand), and Small Steps started with Qt's accessibility bridge on.

Everything runs in a temporary folder and is stopped at the end; nothing of the machine's own
desktop is used (CI has none).
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


class DesktopError(RuntimeError):
    pass


def _wait_for(check, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise DesktopError(f"timed out waiting for {what}")


class Desktop:
    """Xvfb + a session bus; `start_program` runs Small Steps on them."""

    def __init__(self, width: int = 1280, height: int = 1024):
        self.width, self.height = width, height
        self.folder = Path(tempfile.mkdtemp(prefix="smallsteps-atspi-"))
        self.processes: list[subprocess.Popen] = []
        self.env = dict(os.environ)
        self.display = ""
        self.bus_address = ""
        self.bus_pid = 0

    def start(self) -> "Desktop":
        for tool in ("Xvfb", "dbus-daemon"):
            if shutil.which(tool) is None:
                raise DesktopError(f"{tool} is not installed (bash .ci/setup --test installs it)")
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.width}x{self.height}x24", "-nolisten", "tcp",
             "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self.processes.append(xvfb)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise DesktopError("Xvfb did not start")
        self.display = f":{number}"
        home = self.folder / "home"
        for sub in ("", ".config", ".local/share", ".cache", ".local/state", "runtime"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        (home / "runtime").chmod(0o700)
        self.env.update({
            "DISPLAY": self.display, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"), "XDG_RUNTIME_DIR": str(home / "runtime"),
            "SMALLSTEPS_DATA_DIR": str(self.folder / "data"), "SMALLSTEPS_SPEECH_ENGINE": "mock",
            "NO_AT_BRIDGE": "0", "GTK_A11Y": "atspi",
        })
        self.env.pop("SMALLSTEPS_DATABASE_URL", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1", "--nopidfile"],
            env=self.env, capture_output=True, text=True, timeout=30, check=True)
        address, pid = bus.stdout.split()[:2]
        self.bus_address, self.bus_pid = address, int(pid)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        return self

    def start_program(self, *args: str) -> subprocess.Popen:
        env = dict(self.env)
        env.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"})
        root = Path(__file__).resolve().parents[2]
        env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
        log = open(self.folder / "program.log", "wb")  # noqa: SIM115 (closed with the desktop)
        command = [sys.executable, "-X", "faulthandler", "-c", "import sys; from ui.launcher import main; sys.exit(main())", *args]
        if os.environ.get("SMALLSTEPS_ATSPI_GDB"):  # a crash's native stack in the log, for finding its cause
            command = ["gdb", "-q", "-batch", "-ex", "handle SIGPIPE nostop noprint", "-ex", "run",
                       "-ex", "thread apply all bt 40", "--args", *command]
        program = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)
        self.processes.append(program)
        return program

    def log(self) -> str:
        path = self.folder / "program.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        if self.bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.bus_pid, signal.SIGTERM)
        # The AT-SPI bus launcher and registry were started by the bus; they end when it does.
        keep = os.environ.get("SMALLSTEPS_ATSPI_LOG")  # to read the program's output after a failure
        if keep and (self.folder / "program.log").exists():
            shutil.copy(self.folder / "program.log", keep)
        shutil.rmtree(self.folder, ignore_errors=True)
