"""Benchmark: every page of a huge plan shown (issue 17: the very large plan ≤ 150 ms a page, the
100x plan ≤ 300 ms).

Run:  python -m tests.benchmarks.bench_pages [--sizes large,100] [--runs 2]

The real window, offscreen, with the plan open: each part of the plan is chosen in the list down
the side (as a click or an arrow key does) and timed until the page has been laid out and painted
(the window grabbed: what a person sees), and on until the window is free again (anything the
page left for later done too). The first showing builds the page and reads the plan;
later showings (`--runs`) only read it again. For each page: the first showing, the slowest later
one, and the processor time of the first (the machine is shared and noisy: processor time says
more about the code than wall time does). Nothing here asserts a time.

The program's code is measured as installed: compiled to bytecode once beforehand (as `pip
install` does), so a page's first showing imports its modules but does not compile them from
source, which no person waits for. The bytecode is written beside the code, where Python looks
for it (`__pycache__`), even in a shell with PYTHONDONTWRITEBYTECODE set (as this project's
development machines have), and the libraries' own bytecode is used as installed. `--from-source` measures
the old way: each page's code compiled from source the first time it is shown (80-200 ms a
page here).
"""

import argparse
import contextlib
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SMALLSTEPS_SPEECH_ENGINE", "mock")

LABELS = {"1": "example plan (1x)", "10": "10x the example", "100": "100x the example",
          "large": "very large plan"}


def _document(size: str):
    from tests.benchmarks.bench_exports import large_document
    from tests.benchmarks.export_plans import scaled_document

    return large_document() if size == "large" else scaled_document(int(size))


@contextlib.contextmanager
def as_installed(from_source: bool):
    """The program's modules compiled to bytecode before anything is measured (see above)."""
    if from_source:  # an empty folder of its own: no bytecode found anywhere, as before
        import sys

        from tests.benchmarks.processes import bytecode_folder

        kept = sys.pycache_prefix
        sys.pycache_prefix = bytecode_folder()
        try:
            yield
        finally:
            sys.pycache_prefix = kept
        return
    import compileall

    # Written where Python looks for it, beside the code (`__pycache__`, which git ignores), and
    # read from there even where this shell says not to write bytecode. (A folder of the
    # benchmark's own, `sys.pycache_prefix`, was used until 2026-12-07: Python then looks only
    # there, so every library and standard module a page first imported, ReportLab for the
    # Sharing page, Pillow's fonts for a chart, was compiled from source inside the measurement.)
    root = Path(__file__).resolve().parents[2]
    for package in ("planner", "ui"):
        compileall.compile_dir(root / package, quiet=1)
    yield


def _shown(window, view, row: int) -> tuple[float, float, float]:
    """(wall ms, processor ms) from choosing part `row` to its page painted, and (wall ms) until
    the window is free again: whatever the page left to do once shown (a preview read, cards
    made while idle) done too."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    wall, cpu = time.perf_counter(), time.process_time()
    view.parts.setCurrentRow(row)
    window.grab()  # lays out and paints the whole window, the page included
    shown, shown_cpu = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    quiet = 0
    while quiet < 3:  # what was left for later (each idle batch starts the next), until idle
        started = time.perf_counter()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        quiet = quiet + 1 if time.perf_counter() - started < 0.002 else 0
    settled = (time.perf_counter() - wall) * 1000
    return shown, shown_cpu, settled


def measure(window, view, plan_id: int, runs: int) -> dict[str, dict]:
    window.open_plan(plan_id)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    rows = {}
    order = list(range(view.parts.count()))
    for row in order:  # first showing: the page is made
        wall, cpu, settled = _shown(window, view, row)
        rows[view.part_list[row].key] = {"title": view.part_list[row].title, "first_ms": wall,
                                         "first_cpu_ms": cpu, "settled_ms": settled, "again_ms": []}
    for _ in range(runs):
        window.open_plan(plan_id)  # every page reads the plan again when next shown
        QApplication.processEvents()
        for row in order:
            wall, _cpu, _settled = _shown(window, view, row)
            rows[view.part_list[row].key]["again_ms"].append(wall)
    return rows


def table(results: dict[str, dict]) -> str:
    lines = ["| plan | page | first shown (processor) | window free again | shown again (slowest) |",
             "| --- | --- | --- | --- | --- |"]
    for size, rows in results.items():
        for row in rows.values():
            again = f"{max(row['again_ms']):.0f} ms" if row["again_ms"] else "not run"
            lines.append(f"| {LABELS.get(size, size)} | {row['title']} | {row['first_ms']:.0f} ms "
                         f"({row['first_cpu_ms']:.0f} ms) | {row['settled_ms']:.0f} ms | {again} |")
    return "\n".join(lines)


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="large,100", help="1, 10, 100 (x the example), large")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--from-source", action="store_true",
                        help="compile each page's code from source when first shown (not as installed)")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    with as_installed(args.from_source):
        return _measure_sizes(sizes, args.runs)


def _measure_sizes(sizes: list[str], runs: int) -> dict:

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from planner.services import plan_files
    from planner.storage.database import Database
    from ui import accessibility, theme
    from ui.main_window import MainWindow
    from ui.session import Session

    app = QApplication.instance() or QApplication([])
    accessibility.install(app)
    theme.apply_theme(app)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / "qs"))
        db = Database.open(Path(folder) / "data")
        try:
            ids = {size: plan_files.add_document(db, _document(size)) for size in sizes}
            window = MainWindow(Session(db))
            window.resize(1280, 900)
            window.show()
            app.processEvents()
            view = window.plan_view
            for size, plan_id in ids.items():
                results[size] = measure(window, view, plan_id, runs)
            QThreadPool.globalInstance().waitForDone(30_000)
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            db.close()
    print(table(results))
    for size, rows in results.items():
        worst = max(rows.values(), key=lambda r: r["first_ms"])
        busiest = max(rows.values(), key=lambda r: r["settled_ms"])
        print(f"{LABELS.get(size, size)}: slowest page {worst['title']} {worst['first_ms']:.0f} ms first "
              f"({worst['first_cpu_ms']:.0f} ms processor); median page "
              f"{statistics.median(r['first_ms'] for r in rows.values()):.0f} ms; window busy longest "
              f"after {busiest['title']}: {busiest['settled_ms']:.0f} ms")
    return results


if __name__ == "__main__":
    main()
