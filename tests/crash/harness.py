"""Crash safety, proven: the real program code makes a stream of edits and imports in a child
process that is killed with SIGKILL at random moments; after each kill the database is
reopened and checked.

Run:  python -m tests.crash.harness --kills 1000 [--seed 1]   (prints a JSON summary)

The child acknowledges each change on a pipe only after the service call that made it has
returned (that is, after the commit). After every kill the parent checks: integrity_check is
ok, foreign keys are whole, every acknowledged change is present, and no import is half done
(every imported plan has all of its helpers). Children are forked from a parent that has the
program already imported, so each restart costs milliseconds, not a whole interpreter start.
"""

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from planner.plan_file.writer import plan_file_bytes
from planner.services import people, plan_files, plans
from planner.storage.database import Database

EXAMPLE_HELPERS = len(plan_files.example_document().data["plan"]["helpers"])
IMPORT_TITLE = plan_files.example_document().data["plan"]["title"]


def child(data_dir: Path, plan_file: Path, write_fd: int, seed: int, base_plan: int) -> None:
    """Edit for ever; acknowledge each committed change. Never returns."""
    try:
        db = Database.open(data_dir)
        db.actor = "crash test"
        rng = random.Random(seed)
        n = 0
        while True:
            n += 1
            kind = rng.choices(["person", "title", "helper", "import"], weights=[4, 4, 4, 1])[0]
            if kind == "person":
                name = f"p-{seed}-{n}"
                people.add_person(db, name)
                message = f"person {name}"
            elif kind == "title":
                plans.update_plan(db, base_plan, title=f"t {seed:08d} {n:06d}")
                message = f"title {seed:08d} {n:06d}"
            elif kind == "helper":
                name = f"h-{seed}-{n}"
                plans.add_helper(db, base_plan, name, "friend", "team")
                message = f"helper {name}"
            else:
                plan_id = plan_files.import_plan_file(db, plan_file)
                message = f"import {plan_id}"
            os.write(write_fd, (message + "\n").encode())
    finally:
        os._exit(0)


def check(data_dir: Path, acks: list[str], base_plan: int) -> list[str]:
    """Problems found after a kill (empty: all is well)."""
    problems = []
    path = data_dir / "smallsteps.db"
    raw = sqlite3.connect(path)
    try:
        if raw.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        if raw.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check failed")
        names = {name for (name,) in raw.execute("SELECT name FROM person")}
        helpers = {name for (name,) in raw.execute("SELECT name FROM plan_helper WHERE plan_id = ?", (base_plan,))}
        title = raw.execute("SELECT title FROM plan WHERE id = ?", (base_plan,)).fetchone()[0]
        plan_ids = {plan_id for (plan_id,) in raw.execute("SELECT id FROM plan")}
        for plan_id, count in raw.execute(
            "SELECT plan.id, count(plan_helper.id) FROM plan LEFT JOIN plan_helper ON plan_helper.plan_id = plan.id "
            "WHERE plan.title = ? GROUP BY plan.id", (IMPORT_TITLE,)
        ):
            if count != EXAMPLE_HELPERS:
                problems.append(f"half an import: plan {plan_id} has {count} helpers")
    finally:
        raw.close()
    last_title = None
    for ack in acks:
        kind, _, value = ack.partition(" ")
        present = {
            "person": lambda v: v in names,
            "helper": lambda v: v in helpers,
            "import": lambda v: int(v) in plan_ids,
        }.get(kind)
        if present is not None and not present(value):
            problems.append(f"lost: {ack}")
        elif kind == "title":
            last_title = value
    if last_title is not None and not (title.startswith("t ") and title[2:] >= last_title):
        problems.append(f"lost: title {last_title} (found {title!r})")
    return problems


def run(kills: int, seed: int = 1, folder: Path | None = None) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(folder or scratch)
        data_dir = root / "data"
        plan_file = root / "example.smallsteps"
        plan_file.write_bytes(plan_file_bytes(plan_files.example_document()))
        db = Database.open(data_dir)
        base_plan = people.add_person(db, "Crash Test Base").plan_id
        db.close()
        summary = {"kills": 0, "acknowledged": 0, "lost": 0, "corrupt": 0, "half_imports": 0,
                   "problems": [], "seconds": 0.0}
        started = time.perf_counter()
        all_acks: list[str] = []
        for round_number in range(kills):
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                child(data_dir, plan_file, write_fd, seed * 100_000 + round_number, base_plan)
            os.close(write_fd)
            deadline = time.perf_counter() + rng.uniform(0.02, 0.3)
            buffer = b""
            while time.perf_counter() < deadline:
                ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.perf_counter()))
                if ready:
                    chunk = os.read(read_fd, 65536)
                    if not chunk:
                        break
                    buffer += chunk
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            while True:
                chunk = os.read(read_fd, 65536)
                if not chunk:
                    break
                buffer += chunk
            os.close(read_fd)
            acks = [line for line in buffer.decode().splitlines() if line]
            all_acks.extend(acks)
            summary["kills"] += 1
            summary["acknowledged"] += len(acks)
            problems = check(data_dir, all_acks, base_plan)
            for problem in problems:
                if problem.startswith("lost"):
                    summary["lost"] += 1
                elif problem.startswith("half"):
                    summary["half_imports"] += 1
                else:
                    summary["corrupt"] += 1
            summary["problems"].extend(f"after kill {round_number + 1}: {p}" for p in problems[:5])
            if problems:
                break
        # The database opens cleanly afterwards through the program's own checks.
        Database.open(data_dir).close()
        summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    summary = run(args.kills, args.seed)
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 1 if summary["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
