"""The architecture's rules, checked."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import planner

ROOT = Path(__file__).resolve().parent.parent


def _planner_modules() -> list[str]:
    names = ["planner"]
    for info in pkgutil.walk_packages(planner.__path__, "planner."):
        if ".migrations" in info.name:
            continue  # Alembic loads these itself
        names.append(info.name)
    return names


def test_planner_never_imports_qt():
    modules = _planner_modules()
    assert "planner.cli" in modules and "planner.storage.database" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_headless_commands_do_not_load_qt_reportlab_or_pillow(tmp_path):
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'list'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab', 'PIL'})\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout


def test_ui_holds_no_sql():
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text("utf-8")
        assert "sqlalchemy" not in text, path
        assert "sqlite3" not in text, path


def test_every_known_revision_has_a_script():
    from alembic.script import ScriptDirectory

    from planner.storage import schema

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == schema.KNOWN_REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_models_match_the_migrations(db):
    """The ORM models and the migrated schema agree (no change without a migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from planner.storage import search_index
    from planner.storage.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": search_index.not_modelled})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_help_names_every_export_kind():
    from planner import cli

    text = cli.build_parser()._subparsers._group_actions[0].choices["export"].format_help()
    import re

    flat = re.sub(r"-\s+", "-", " ".join(text.split()))  # argparse wraps long help at hyphens
    for kind in cli.export_kinds():
        assert kind in flat, kind


def test_starting_the_window_does_not_wait_for_the_database_or_exporters():
    """Start-up paints before SQLAlchemy and the exporters are imported (see bench_startup)."""
    code = (
        "import sys\n"
        "from planner import cli\n"
        "cli.build_parser().parse_args([])\n"
        "import ui.main_window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'reportlab', 'PIL', 'alembic'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


FIRST_PAINT = """
import enum, sys
made = []
create = enum.EnumType._create_
def counted(*args, **kwargs):
    made.append(args[1])
    return create(*args, **kwargs)
enum.EnumType._create_ = counted
import ui.main_window as main_window
from PySide6.QtWidgets import QApplication
paint, attach = main_window.MainWindow.paintEvent, main_window.MainWindow.attach
def painted(self, event):
    if not self._painted:
        app = QApplication.instance()
        print("AT_PAINT", "AlignmentFlag" in made, bool(app.property("smallsteps_accessibility_installed")))
    paint(self, event)
def attached(self, session):
    attach(self, session)
    app = QApplication.instance()
    print("AT_READY", bool(app.property("smallsteps_accessibility_installed")),
          self.opening.alignment().name, self.import_action.shortcut().isEmpty())
    app.quit()
main_window.MainWindow.paintEvent, main_window.MainWindow.attach = painted, attached
from ui.launcher import main
sys.exit(main([]))
"""


def test_the_first_paint_waits_for_nothing_the_first_frame_does_not_show(tmp_path):
    """Before the first paint (bench_startup): no screen-reader event filter on every event, and
    Qt's namespace of 94 enumerations never named (PySide builds them all at once); both are
    there as soon as the window has painted, before the database and the pages."""
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT], cwd=ROOT, capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                                 "SMALLSTEPS_DATA_DIR": str(tmp_path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("AT_")]
    assert lines[0] == ["AT_PAINT", "False", "False"], lines
    assert lines[1] == ["AT_READY", "True", "AlignCenter", "False"], lines  # centred; Ctrl+O still set
