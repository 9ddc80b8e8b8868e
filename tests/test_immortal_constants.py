"""PySide 6.12.0 on Python 3.11 drops references to None and True (every `Signal.emit()` returns
True without the reference it owes). The program makes the three constants immortal at start, as
Python 3.12 does; here a process emits more signals than True has references and must live."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from ui.app import _keep_none_alive

    class Talker(QObject):
        said = Signal(int)

    app = QCoreApplication([])
    times = sys.getrefcount(True) + 20000 if sys.version_info < (3, 12) else 20000
    _keep_none_alive()
    talker = Talker()
    heard = []
    talker.said.connect(heard.append)
    for n in range(times):
        talker.said.emit(n)
    assert len(heard) == times
    print("alive", times)
    """
)


def test_constants_are_kept_alive_through_many_signals():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("alive")


def test_the_guard_adds_references_on_python_3_11():
    from ui.app import _keep_none_alive

    before = sys.getrefcount(True)
    _keep_none_alive()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > before and sys.getrefcount(False) > 1 << 39
        assert sys.getrefcount(None) > 1 << 39
