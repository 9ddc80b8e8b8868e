"""A command imports only what it needs (issue 17): exporting a plan never starts Qt, and saving a
plan file never loads the PDF or picture libraries. Each runs in a fresh interpreter through the
`smallsteps` entry point (ui.launcher:main), as a broker's script would."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(data_dir: Path, *commands: list[str]) -> set[str]:
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"for command in {[list(c) for c in commands]!r}:\n"
        f"    assert main(['--data-dir', {str(data_dir)!r}, *command]) == 0, command\n"
        "print('LOADED=' + ','.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED="))
    return set(line.removeprefix("LOADED=").split(","))


def _packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_exporting_a_plan_never_imports_qt(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    _modules_after(tmp_path, ["example"])  # made (and the new database migrated) beforehand
    loaded = _modules_after(
        tmp_path,
        ["export", "1", "--as", "panel-pdf", "-o", str(out / "pack.pdf")],
        ["export", "1", "--as", "life-story-png", "-o", str(out / "story.png")])
    assert (out / "pack.pdf").read_bytes().startswith(b"%PDF") and (out / "story.png").stat().st_size
    assert "reportlab" in _packages(loaded)  # the check can see what an export loads
    assert not _packages(loaded) & {"PySide6", "shiboken6"}, _packages(loaded) & {"PySide6", "shiboken6"}
    # An export reads the plan straight from the file with Python's own sqlite3: none of
    # SQLAlchemy (about half a second of the command) is imported.
    assert "sqlalchemy" not in _packages(loaded) and "sqlite3" in loaded


def test_the_usual_way_on_a_sqlite_file_never_loads_the_postgresql_dialect(tmp_path):
    # SQLAlchemy's PostgreSQL dialect takes about 70 ms to import: the indexes get their
    # PostgreSQL options only when a PostgreSQL database opens. (The usual way: the database
    # opened, the plan read through the session, as a changed or protected file is exported.)
    _modules_after(tmp_path, ["example"])  # (a new database's migrations load more)
    code = ("import sys\n"
            "from planner.services import exports\n"
            "from planner.storage.database import Database\n"
            f"exports.export(Database.open({str(tmp_path)!r}), 1, 'panel-pdf', {str(tmp_path / 'p.pdf')!r})\n"
            "print('LOADED=' + ','.join(sorted(sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded = set(next(line for line in result.stdout.splitlines() if line.startswith("LOADED="))[7:].split(","))
    assert "sqlalchemy.dialects.sqlite" in loaded
    assert "sqlalchemy.dialects.postgresql" not in loaded


def test_saving_a_plan_file_loads_no_pdf_or_picture_drawing(tmp_path):
    loaded = _modules_after(tmp_path, ["example"],
                            ["export", "1", "--as", "plan-file", "-o", str(tmp_path / "leri.smallsteps")])
    assert (tmp_path / "leri.smallsteps").stat().st_size
    assert not _packages(loaded) & {"PySide6", "shiboken6", "reportlab", "svglib"}, _packages(loaded)


def test_the_window_opens_without_building_every_command(monkeypatch, tmp_path, capsys):
    import ui.app
    from planner import cli
    from ui import launcher

    opened, built = [], []
    monkeypatch.setattr(ui.app, "run_app", lambda args: opened.append(args) or 0)
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda commands=True, only=None: built.append(commands)
                        or real(commands, only))
    assert launcher.main(["--data-dir", str(tmp_path)]) == 0
    assert opened[0].data_dir == str(tmp_path) and opened[0].command is None
    assert built == [False]  # the commands' parsers were never made
    assert launcher.main([f"--data-dir={tmp_path}", "list"]) == 0  # a command still runs
    assert "No plans yet" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stopped:  # odd options still fail with one plain line
        launcher.main(["--data-dir", str(tmp_path), "--bogus"])
    assert stopped.value.code == 2 and "smallsteps: unrecognized" in capsys.readouterr().err


def test_with_nothing_typed_the_window_opens_without_the_command_line(monkeypatch):
    """`smallsteps` alone opens the window at once, with what the parser would have given it."""
    import ui.app
    from planner import cli
    from ui import launcher

    opened = []
    monkeypatch.setattr(ui.app, "run_app", lambda args: opened.append(args) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda commands=True, only=None: pytest.fail("no parser is needed"))
    assert launcher.main([]) == 0
    monkeypatch.undo()
    parsed, rest = cli.build_parser(commands=False).parse_known_args([])
    parsed.command = None
    assert rest == [] and vars(opened[0]) == vars(parsed) == vars(launcher.window_defaults())


def test_a_command_runs_the_cycle_collector_less_often_and_gives_the_defaults_back(monkeypatch, tmp_path):
    """A command (short, ending) collects cycles every 50,000 new objects, not every 700: most of
    what it makes (imports, the ORM's set-up) lives to the end. The caller's settings come back."""
    import gc

    from planner import cli

    seen = []
    real_run = cli.run
    monkeypatch.setattr(cli, "run", lambda args, out=None: seen.append(gc.get_threshold()) or real_run(args, out))
    before = gc.get_threshold()
    assert cli.main(["--data-dir", str(tmp_path), "list"]) == 0
    assert seen[0][0] == 50_000 and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before
    monkeypatch.setattr(cli, "run", lambda args, out=None: 1 / 0)  # even when the command fails
    assert cli.main(["--data-dir", str(tmp_path), "list"]) == 70
    assert gc.get_threshold() == before


def test_an_export_draws_with_the_cycle_collector_off_and_turns_it_back_on(monkeypatch, tmp_path):
    """An export command makes one document and ends: the cycle collector is off while it reads
    and draws (the packs' peak memory was the same without it), and afterwards it is on again
    with its settings, what the command made handed to the oldest generation rather than walked
    at the next new object; also when the export fails."""
    import gc

    from planner import cli
    from planner.services import exports

    assert cli.main(["--data-dir", str(tmp_path), "example"]) == 0
    seen = []
    real = exports.export_from_file

    def export(*args, **kwargs):
        seen.append(gc.isenabled())
        made = [[index] for index in range(5_000)]  # young objects the collector would walk
        seen.append(made)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "export_from_file", export)
    before = gc.get_threshold()
    out = tmp_path / "pack.pdf"
    assert cli.main(["--data-dir", str(tmp_path), "export", "1", "--as", "panel-pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and seen[0] is False
    assert gc.isenabled() and gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert gc.get_count()[0] < before[0]  # nothing left waiting to be walked at once

    def broken(*args, **kwargs):
        seen.append(gc.isenabled())
        raise OSError("the disk is full")

    monkeypatch.setattr(exports, "export_from_file", broken)
    assert cli.main(["--data-dir", str(tmp_path), "export", "1", "--as", "panel-pdf", "-o", str(out)]) == 70
    assert seen[-1] is False and gc.isenabled() and gc.get_threshold() == before


def test_a_command_leaves_its_objects_out_of_the_collection_at_exit(tmp_path):
    """Ending, Python would walk every object still alive looking for cycles (a quarter of an
    export command's processor time): a command freezes them first, once the command is done,
    and its handlers that run later (logging's) still run."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('FROZEN=%d' % gc.get_freeze_count(), flush=True))\n"
        "from planner import cli\n"
        f"assert cli.main(['--data-dir', {str(tmp_path)!r}, 'example']) == 0\n"
        "print('BEFORE_EXIT=%d' % gc.get_freeze_count(), flush=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "BEFORE_EXIT=0" in result.stdout  # nothing frozen while the process goes on
    frozen = int(result.stdout.split("FROZEN=")[1].split()[0])
    assert frozen > 100_000  # SQLAlchemy, the plan and the rest: left alone at exit
    again = subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(tmp_path), "list"],
                           cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0 and "Eleri" in again.stdout  # the plan added was saved whole


def test_a_command_builds_only_its_own_parser_and_reads_the_same(monkeypatch):
    """`smallsteps export ...` builds the export command's parser alone (all twelve cost about
    8 ms); what it reads is what the whole parser reads. Help, and a word
    that is not a command, still get the whole parser."""
    from planner import cli

    argv = ["--data-dir", "/tmp/x", "export", "7", "--as", "panel-pdf", "-o", "p.pdf", "--language", "cy"]
    whole = cli.build_parser().parse_args(argv)
    asked = []
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda commands=True, only=None: asked.append((commands, only))
                        or real(commands, only))
    assert vars(cli.parse(argv)) == vars(whole)
    assert asked == [(False, None), (True, "export")]
    asked.clear()
    team = ["team", "add-worker", "sam", "--role", "broker", "--team", "North"]
    assert vars(cli.parse(team)) == vars(real().parse_args(team))
    assert asked[-1] == (True, "team")
    for odd in (["frobnicate"], ["--data-dir", "/tmp/x", "1", "export"]):
        asked.clear()
        with pytest.raises(SystemExit):
            cli.parse(odd)
        assert asked[-1] == (True, None)
    asked.clear()
    with pytest.raises(SystemExit):
        cli.parse(["export", "--help"])
    assert asked == [(True, None)]
    assert set(cli._COMMANDS) == set(real()._subparsers._group_actions[0].choices)
