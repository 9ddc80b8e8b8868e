"""Benchmark: start-up to the first painted window, beside a bare PySide6 QMainWindow.

Run:  python -m tests.benchmarks.bench_startup [--runs N]
Both are measured in the same run, as whole processes, offscreen, from process start to the
first paint event of the main window, started as a person starts it (`smallsteps`, nothing typed
after it; the data folder is given by SMALLSTEPS_DATA_DIR). The target is Small Steps within 1.5x of the bare floor
(issue 17). The measured processes keep their bytecode, as an installed program does (processes.py).
Also reported: the time until the list of people is on screen and usable (database open,
pages built), which is what a person waits for before they can click anything but the menus.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.processes import installed_env

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class W(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        import time
        print("PAINTED", flush=True)
        print(f"CPU {time.process_time()}", flush=True)
        app.quit()
w = W(); w.resize(1000, 700); w.show()
app.exec()
"""

SMALL_STEPS = """
import sys
import ui.main_window as main_window
original_paint = main_window.MainWindow.paintEvent
original_attach = main_window.MainWindow.attach
def paint(self, event):
    if not self._painted:
        import time
        print("PAINTED", flush=True)
        print(f"CPU {time.process_time()}", flush=True)
    original_paint(self, event)
def attach_and_quit(self, session):
    original_attach(self, session)
    print("READY", flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()
main_window.MainWindow.paintEvent = paint
main_window.MainWindow.attach = attach_and_quit
from ui.launcher import main
sys.exit(main([]))
"""


def time_to(code: str, *args: str) -> dict[str, float]:
    """Seconds from process start to each marker line the child prints."""
    env = installed_env(**({"SMALLSTEPS_DATA_DIR": args[0]} if args else {}))
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    marks = {}
    for line in process.stdout:
        if line.startswith("CPU "):  # the processor time the child had used when it painted
            marks["PAINTED_CPU"] = float(line.split()[1])
            continue
        marks[line.strip()] = time.perf_counter() - start
    process.wait(timeout=30)
    if "PAINTED" not in marks:
        raise RuntimeError("the window never painted")
    return marks


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir:
        # One run each first: creates the database and warms the disk cache.
        time_to(BARE)
        time_to(SMALL_STEPS, data_dir)
        bare, ours, ready, bare_cpu, ours_cpu = [], [], [], [], []
        for _ in range(args.runs):
            marks = time_to(BARE)
            bare.append(marks["PAINTED"])
            bare_cpu.append(marks["PAINTED_CPU"])
            marks = time_to(SMALL_STEPS, data_dir)
            ours.append(marks["PAINTED"])
            ours_cpu.append(marks["PAINTED_CPU"])
            ready.append(marks["READY"])
    result = {
        "bare_ms": statistics.median(bare) * 1000,
        "small_steps_ms": statistics.median(ours) * 1000,
        "ready_ms": statistics.median(ready) * 1000,
        "bare_cpu_ms": statistics.median(bare_cpu) * 1000,
        "small_steps_cpu_ms": statistics.median(ours_cpu) * 1000,
    }
    result["ratio"] = result["small_steps_ms"] / result["bare_ms"]
    result["cpu_ratio"] = result["small_steps_cpu_ms"] / result["bare_cpu_ms"]
    print(
        f"start-up to first paint (median of {args.runs}): bare QMainWindow "
        f"{result['bare_ms']:.0f} ms, Small Steps {result['small_steps_ms']:.0f} ms, "
        f"ratio {result['ratio']:.2f} (target: within 1.5x); processor time to the first paint "
        f"{result['bare_cpu_ms']:.0f} ms and {result['small_steps_cpu_ms']:.0f} ms, ratio "
        f"{result['cpu_ratio']:.2f}; list of people ready at {result['ready_ms']:.0f} ms"
    )
    return result


if __name__ == "__main__":
    main()
