"""Panel day on every core (issue 17): packs made by worker processes say exactly what the same
packs made one by one say, come back in order, and the progress counts up to the end."""

from planner.services import panel_day, panel_packs, people, plan_files, plan_status
from tests.pdf_tools import info, text


def _day(db):
    for _ in range(2):
        plan_id = plan_files.add_example_plan(db)
        plan_status.set_status(db, plan_id, "ready_for_panel", "2026-12-03")
    dai = people.add_person(db, "Dai").plan_id
    plan_status.set_status(db, dai, "ready_for_panel", "2026-12-03")
    return panel_day.prepare(db, "2026-12-03")


def test_packs_made_in_worker_processes_are_the_packs_made_one_by_one(db):
    day = _day(db)
    submissions = [entry.submission for entry in day.entries]
    assert len(submissions) == 3
    order = []
    together = panel_packs.make(submissions, order.append, workers=2)
    alone = panel_packs.make(submissions, workers=1)
    assert sorted(order) == [0, 1, 2]
    for mine, theirs, submission in zip(together, alone, submissions, strict=True):
        assert text(mine) == text(theirs)
        assert info(mine)["Pages"] == info(theirs)["Pages"]
        assert submission.person_name.split()[0] in text(mine)


def test_panel_day_progress_counts_up_to_every_pack_and_the_index(db, tmp_path):
    day = _day(db)
    seen = []
    panel_day.render(day, tmp_path / "panel", lambda *a: seen.append(a))
    counts = [done for done, _of, _what in seen]
    assert counts == sorted(counts) and seen[0][0] == 0 and seen[-1][:2] == (4, 4)
    assert all(of == 4 for _done, of, _what in seen)
    assert len(list((tmp_path / "panel").iterdir())) == 4


def test_the_command_line_shows_progress_on_a_terminal_only():
    import io

    from planner import cli

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert cli._terminal_progress(io.StringIO()) is None
    terminal = Terminal()
    show = cli._terminal_progress(terminal)
    show(0, 3, "Eleri")
    show(3, 3, "")
    assert "0 of 3 made · now: Eleri" in terminal.getvalue() and terminal.getvalue().endswith("3 of 3 made\n")


def test_a_worker_sets_the_exporters_aside_from_the_cycle_collector():
    """In a worker (its own process), what it started with is frozen and the collector runs
    every 50,000 new objects: a pack's own cycles are still collected."""
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from planner.services import panel_packs  # noqa: F401 (what a worker starts with)\n"
        "from planner import collector\n"
        "collector.settle_worker()\n"
        "assert gc.get_freeze_count() > 10_000, gc.get_freeze_count()\n"
        "assert gc.get_threshold()[0] == 50_000 and gc.isenabled()\n"
        "a = []; a.append(a); del a\n"
        "assert gc.collect() >= 1\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


def test_workers_start_settled(db, monkeypatch):
    from concurrent import futures

    seen = {}

    class Recording(futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            seen.update(kwargs)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(panel_packs, "ProcessPoolExecutor", Recording)
    submissions = [entry.submission for entry in _day(db).entries][:2]
    assert len(panel_packs.make(submissions, workers=2)) == 2
    from planner import collector

    assert seen["initializer"] is collector.settle_worker
