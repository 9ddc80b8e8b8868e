"""The command line: the same program without a window, for brokers and for automation.

    smallsteps list [--json]
    smallsteps example
    smallsteps export PLAN --as plan-file -o PATH
    smallsteps import PATH
    smallsteps check

A person's mistake (a wrong file, a missing plan) exits non-zero with one plain line on stderr.
"""

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import planner
from planner.errors import PlannerError
from planner.i18n import _
from planner.storage import paths

EXPORT_KINDS: dict[str, Callable] = {}  # later exports register here: kind -> writer


def _plan_file_export(db, plan_id: int, out: Path, _args) -> Path:
    from planner.services.plan_files import export_plan_file

    return export_plan_file(db, plan_id, out)


EXPORT_KINDS["plan-file"] = _plan_file_export


def _goal_picture_export(maker: str):
    """A chart of the plan as a PNG picture, for --audience (default: me) at --dpi (default 150).

    `maker` names a function in `planner.export.goal_pictures` taking the document already
    filtered for the audience (imported only when used).
    """

    def export(db, plan_id: int, out: Path, args) -> Path:
        from planner.export import goal_pictures
        from planner.export.audience import for_audience
        from planner.files import write_atomically
        from planner.services.plan_files import plan_document

        goal_pictures.check_dpi(args.dpi)
        shared = for_audience(plan_document(db, plan_id), args.audience or "me")
        return write_atomically(out, getattr(goal_pictures, maker)(shared, {"dpi": args.dpi}))

    return export


EXPORT_KINDS["steps-png"] = _goal_picture_export("steps_png")
EXPORT_KINDS["ratings-png"] = _goal_picture_export("ratings_png")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one plain line, exit 2
        self.exit(2, f"smallsteps: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smallsteps",
        description=_("Small Steps: write your own support plan. With no command, the program opens."),
    )
    parser.add_argument("--version", action="version", version=f"Small Steps {planner.__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_("the folder that holds the plans (or set {var})").format(var=paths.DATA_DIR_VARIABLE),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=_("a shared team database, e.g. postgresql+psycopg://host/db (or set {var})").format(
            var=paths.DATABASE_URL_VARIABLE
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("list", help=_("people and plans in the database"))
    listing.add_argument("--json", action="store_true", help=_("one JSON object per plan"))
    commands.add_parser("example", help=_("add the example plan and print its id"))
    export = commands.add_parser("export", help=_("save a plan as a file"))
    export.add_argument("plan", metavar="PLAN", help=_("the plan's id (see 'smallsteps list')"))
    export.add_argument("--as", dest="kind", required=True, metavar="KIND", help=", ".join(EXPORT_KINDS))
    export.add_argument("-o", "--output", required=True, metavar="PATH", help=_("where to save it"))
    export.add_argument(
        "--audience", choices=["me", "team", "panel"], default=None, help=_("who it is for")
    )
    export.add_argument("--dpi", type=int, default=None, help=_("resolution of pictures"))
    importing = commands.add_parser("import", help=_("add a plan from a plan file"))
    importing.add_argument("path", metavar="PATH")
    commands.add_parser("check", help=_("check the database is healthy"))
    return parser


def _open(args):
    from planner.storage.database import Database

    url = args.database_url or None
    if url is None:
        import os

        url = os.environ.get(paths.DATABASE_URL_VARIABLE) or None
    return Database.open(args.data_dir, url)


def _plan_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise PlannerError(
            _("'{plan}' is not a plan id. 'smallsteps list' shows the ids.").format(plan=text)
        ) from None


def run(args, out=sys.stdout) -> int:
    from planner.services import people, plan_files
    from planner.services.health import check_database

    db = _open(args)
    try:
        if args.command == "list":
            rows = people.list_people(db)
            if args.json:
                print(json.dumps([
                    {"plan_id": r.plan_id, "person_id": r.person_id, "name": r.name,
                     "preferred_name": r.preferred_name, "title": r.plan_title, "status": r.status}
                    for r in rows
                ], ensure_ascii=False, indent=2), file=out)
            elif not rows:
                print(_("No plans yet. Try 'smallsteps example'."), file=out)
            else:
                for r in rows:
                    print(f"{r.plan_id}\t{r.name}\t{r.status}\t{r.plan_title}", file=out)
        elif args.command == "example":
            print(plan_files.add_example_plan(db), file=out)
        elif args.command == "import":
            print(plan_files.import_plan_file(db, args.path), file=out)
        elif args.command == "export":
            writer = EXPORT_KINDS.get(args.kind)
            if writer is None:
                raise PlannerError(
                    _("Small Steps can't export as '{kind}'. Choose one of: {kinds}.").format(
                        kind=args.kind, kinds=", ".join(EXPORT_KINDS)
                    )
                )
            written = writer(db, _plan_id(args.plan), Path(args.output), args)
            print(written, file=out)
        elif args.command == "check":
            problems = check_database(db)
            if problems:
                for problem in problems:
                    print(problem, file=sys.stderr)
                return 1
            print(_("The database is healthy."), file=out)
    finally:
        db.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. Errors are one line on stderr, never a traceback."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        print(_("Please give a command, or run 'smallsteps' with none to open the program."), file=sys.stderr)
        return 2
    try:
        return run(args)
    except PlannerError as error:
        print(f"smallsteps: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
