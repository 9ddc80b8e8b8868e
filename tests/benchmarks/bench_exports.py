"""Benchmark: exports at 1x, 10x and 100x the example plan and the issue's very large plan, each
beside a yardstick measured in the same run (issue 17).

Run:  python -m tests.benchmarks.bench_exports [--sizes 1,10,100,large,example] [--runs 3] [--no-commands]

The plans: 1x, 10x and 100x are the example plan grown, with everything shared with the panel so
the pack holds it all (1x: 32 pages); "example" is the example plan as it is, with its own
sharing (its panel pack leaves out what Leri keeps to herself: 15 pages).

For each plan it prints one row of a table (Markdown, for the README's "Measured" section):
- the panel pack made inside a running program (database open, modules imported: what a person
  waits for after pressing Save), median of `--runs`, beside a fixed ReportLab document of the same
  number of pages (`reference_pdf`) built in the same process, and the ratio of the two;
- the peak of Python memory while making it (tracemalloc, a run of its own);
- the whole `smallsteps export` command in a fresh process (imports, database, file), beside the
  yardstick as a whole process, with the peak resident memory of each (getrusage of that child).
The machine is shared and noisy: the ratios to the same-run yardstick are the honest figures.
Nothing here asserts a time.
"""

import argparse
import copy
import gc
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from planner.plan_file.document import PlanDocument
from planner.services import exports, plan_files
from planner.storage.database import Database
from tests.benchmarks.processes import installed_env

ROOT = Path(__file__).resolve().parents[2]


def _photo(index: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 900), (40 + index * 3 % 200, 120, 90))
    draw = ImageDraw.Draw(image)
    for step in range(0, 1200, 60):
        draw.line((step, 0, 1200 - step, 900), fill=(200, 200 - index % 100, 100), width=9)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _grow(items: list, count: int, mark: str) -> list:
    """`items` repeated (with a number added to their words) until there are `count`."""
    if not items:
        return items
    grown = []
    for index in range(count):
        item = _renamed(copy.deepcopy(items[index % len(items)]), f"-{mark}{index}")
        for key in ("text", "what", "title", "name", "description"):
            if isinstance(item.get(key), str) and item[key]:
                item[key] = f"{item[key]} ({mark} {index + 1})"
        grown.append(item)
    return grown


def _renamed(item, suffix: str):
    """A copy's file-local ids made unique (and links inside the copy kept pointing at them)."""
    ids = set()

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                ids.add(value["id"])
            for child in value.values():
                collect(child)
        elif isinstance(value, list):
            for child in value:
                collect(child)

    def rename(value):
        if isinstance(value, dict):
            return {k: rename(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        return value + suffix if isinstance(value, str) and value in ids else value

    collect(item)
    return rename(item)


def large_document() -> PlanDocument:
    """The example plan grown to the issue's 'very large plan', every item shared with the panel."""
    document = plan_files.example_document()
    data = copy.deepcopy(document.data)
    plan = data["plan"]
    pictures = dict(document.pictures)
    goals = plan.get("goals")
    if isinstance(goals, list) and goals:
        plan["goals"] = _grow(goals, 50, "goal")
        for goal in plan["goals"]:
            if isinstance(goal.get("steps"), list):
                goal["steps"] = _grow(goal["steps"], 20, "step")
                goal["checkins"] = []  # they name the original steps
        renamed = {old.get("id"): new.get("id") for old, new in zip(goals, plan["goals"], strict=False)}
        for key in ("support_lines", "one_off_purchases"):  # support names the goals it serves
            for item in (plan.get("support_budget") or {}).get(key) or []:
                if isinstance(item.get("goals"), list):
                    item["goals"] = [renamed.get(goal, goal) for goal in item["goals"]]
    for key, count in (("life_story", 200), ("people_places", 100)):
        part = plan.get(key)
        if isinstance(part, list):
            plan[key] = _grow(part, count, key)
        elif isinstance(part, dict):
            for list_key, value in part.items():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    part[list_key] = _grow(value, count, key)
    photos = plan.setdefault("pictures", [])
    for index in range(50):
        name = f"pictures/big{index:02d}.jpg"
        pictures[name] = _photo(index)
        photos.append({"id": f"big{index}", "kind": "photo", "picture": name,
                       "description": f"Photo {index + 1}", "visibility": "panel"})
    answers = plan.get("about_me", {}).get("background")
    if isinstance(answers, list):
        for index in range(50):
            answers.append({"prompt": "", "text": f"A photo I took ({index + 1})", "tag": None,
                            "visibility": "panel", "picture_id": f"big{index}"})

    from tests.benchmarks.export_plans import share_everything

    share_everything(plan)
    return PlanDocument(data, pictures)


def timed(function, runs: int = 3) -> float:
    return timed_both(function, runs)[0]


def timed_both(function, runs: int = 3) -> tuple[float, float]:
    """Median (wall seconds, processor seconds) of `runs` calls. On a machine shared with other
    work the processor time says more about the code: waiting for a core is not counted."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), statistics.median(cpu)


def peak_python_mib(function) -> float:
    """The most memory Python held at once while `function` ran (tracemalloc), in MiB."""
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


PEAK = """
import os, runpy, sys
sys.argv = sys.argv[1:]
try:
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
finally:
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(peak)
"""


def whole_process(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak resident MiB, processor seconds) of one fresh Python process running the
    module `args[0]` (processor time: the child's user and system time, from getrusage).

    The peak is the process's own high-water mark (VmHWM, kept by the kernel like getrusage's
    ru_maxrss), read as it ends: a forked child's ru_maxrss would report this big parent's."""
    with tempfile.NamedTemporaryFile() as peak_file:
        env = installed_env(PYTHONPATH=str(ROOT), BENCH_PEAK_FILE=peak_file.name)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PEAK, *args], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise RuntimeError(f"{args} failed: {done.stderr.decode()[-500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return seconds, int(Path(peak_file.name).read_text() or 0) / 1024, cpu


def documents(sizes: list[str]) -> dict[str, PlanDocument]:
    from tests.benchmarks.export_plans import scaled_document

    out = {}
    for size in sizes:
        if size != "example":  # (added as it is, by `plan_files.add_example_plan`)
            out[size] = large_document() if size == "large" else scaled_document(int(size))
    return out


LABELS = {"1": "example plan (1x)", "10": "10x the example", "100": "100x the example",
          "large": "very large plan (issue 17)", "example": "the example plan as it is"}


def measure(db, data_dir: Path, plan_id: int, runs: int, commands: bool) -> dict:
    from tests.benchmarks.reference_pdf import build

    pack = exports.export_bytes(db, plan_id, "panel-pdf")
    pages = pack.count(b"/Type /Page\n")
    build(pages)  # the yardstick's first build warms the same caches ours had
    ours, reference = [], []
    for _ in range(runs):  # interleaved, so a burst of load falls on both
        ours.append(timed_both(lambda: exports.export_bytes(db, plan_id, "panel-pdf"), 1))
        reference.append(timed_both(lambda: build(pages), 1))
    row = {"pages": pages, "in_process_s": statistics.median(t for t, _ in ours),
           "reference_s": statistics.median(t for t, _ in reference),
           "in_process_cpu_s": statistics.median(c for _, c in ours),
           "reference_cpu_s": statistics.median(c for _, c in reference),
           "python_peak_mib": peak_python_mib(lambda: exports.export_bytes(db, plan_id, "panel-pdf")),
           "reference_python_peak_mib": peak_python_mib(lambda: build(pages))}
    row["ratio"] = row["in_process_s"] / row["reference_s"]
    row["cpu_ratio"] = row["in_process_cpu_s"] / row["reference_cpu_s"]
    if commands:
        with tempfile.TemporaryDirectory() as out:
            command, yardstick = [], []
            for index in range(max(1, runs) + 1):  # the first of each, unmeasured, writes bytecode
                ours_run = whole_process(
                    ["ui.launcher", "--data-dir", str(data_dir), "export", str(plan_id),
                     "--as", "panel-pdf", "-o", str(Path(out) / "pack.pdf")])
                theirs = whole_process(
                    ["tests.benchmarks.reference_pdf", str(pages), str(Path(out) / "ref.pdf")])
                if index:
                    command.append(ours_run)
                    yardstick.append(theirs)
        row["command_s"] = statistics.median(t for t, _, _ in command)
        row["command_peak_mib"] = max(m for _, m, _ in command)
        row["command_cpu_s"] = statistics.median(c for _, _, c in command)
        row["reference_command_s"] = statistics.median(t for t, _, _ in yardstick)
        row["reference_command_peak_mib"] = max(m for _, m, _ in yardstick)
        row["reference_command_cpu_s"] = statistics.median(c for _, _, c in yardstick)
        row["command_ratio"] = row["command_s"] / row["reference_command_s"]
        row["command_cpu_ratio"] = row["command_cpu_s"] / row["reference_command_cpu_s"]
    return row


def table(rows: dict[str, dict]) -> str:
    lines = ["| plan (panel pack) | pages | in process (yardstick, ratio) | processor time in process "
             "| Python peak (yardstick) | whole command (yardstick, ratio) | processor time of the command "
             "| command peak RSS (yardstick) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for size, r in rows.items():
        command = command_cpu = peak = "not run"
        if "command_s" in r:
            command = (f"{r['command_s']:.2f} s ({r['reference_command_s']:.2f} s, "
                       f"{r['command_ratio']:.2f}x)")
            command_cpu = (f"{r['command_cpu_s']:.2f} s ({r['reference_command_cpu_s']:.2f} s, "
                           f"{r['command_cpu_ratio']:.2f}x)")
            peak = f"{r['command_peak_mib']:.0f} MiB ({r['reference_command_peak_mib']:.0f} MiB)"
        lines.append(
            f"| {LABELS.get(size, size)} | {r['pages']} | {r['in_process_s']:.2f} s "
            f"({r['reference_s']:.2f} s, {r['ratio']:.2f}x) | {r['in_process_cpu_s']:.2f} s "
            f"({r['reference_cpu_s']:.2f} s, {r['cpu_ratio']:.2f}x) | {r['python_peak_mib']:.0f} MiB "
            f"({r['reference_python_peak_mib']:.0f} MiB) | {command} | {command_cpu} | {peak} |")
    return "\n".join(lines)


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,10,100,large",
                        help="1, 10, 100 (x the example, everything shared), large, example (as it is)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-commands", action="store_true", help="skip the whole-command runs")
    parser.add_argument("--unsettled", action="store_true",
                        help="in process, leave every object made in setting up to the cycle collector "
                             "(the window sets them aside when the first plan opens; figures before 2026-12-07 16:40 were taken this way)")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    rows = {}
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        try:
            ids = {size: plan_files.add_document(db, doc) for size, doc in documents(sizes).items()}
            example = plan_files.add_example_plan(db)
            if "example" in sizes:
                ids["example"] = example
            exports.export_bytes(db, example, "panel-pdf")  # imports and fonts, once
            if not args.unsettled:
                # As the window does when the first plan opens (ui/pages/plan_view.py): what was
                # made so far, here the plans' documents too, is set aside from the cycle collector,
                # which otherwise walks it again and again during each export (0.1-0.35 s of
                # processor time for the very large plan's pack, measured on 2026-12-07).
                gc.collect()
                gc.freeze()
            for size, plan_id in ids.items():
                rows[size] = measure(db, Path(folder), plan_id, args.runs, not args.no_commands)
            poster, poster_cpu = timed_both(
                lambda: exports.export_bytes(db, example, "poster-png", dpi=300), args.runs)
        finally:
            db.close()
    print(table(rows))
    print(f"picture plan at 300 dpi, in process: {poster:.2f} s ({poster_cpu:.2f} s of processor time)")
    return {"rows": rows, "poster_300dpi_s": poster, "poster_300dpi_cpu_s": poster_cpu}


if __name__ == "__main__":
    main()
