"""The command line: the same program without a window, for brokers and for automation.

    smallsteps list [--json]
    smallsteps example
    smallsteps export PLAN --as plan-file -o PATH
    smallsteps export PLAN --as fhir-json -o PATH [--audience me|team|panel]
    smallsteps import PATH                  (a plan file, or a FHIR bundle)
    smallsteps check
    smallsteps panel --date YYYY-MM-DD -o DIR
    smallsteps backup [-o FILE] | backups | restore FILE [--yes]
    smallsteps encrypt | decrypt            (--passphrase-file FILE, or asked)

A person's mistake (a wrong file, a missing plan) exits non-zero with one plain line on stderr.
"""

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import planner
from planner import collector
from planner.errors import PlannerError
from planner.i18n import _, language_code, ngettext, using
from planner.storage import paths

EXPORT_KINDS: dict[str, Callable] = {}  # later exports register here: kind -> writer


def _plan_file_export(db, plan_id: int, out: Path, _args) -> Path:
    from planner.services.plan_files import export_plan_file

    return export_plan_file(db, plan_id, out)


EXPORT_KINDS["plan-file"] = _plan_file_export


def _export_of(kind: str):
    def write(db, plan_id: int, out: Path, args) -> Path:
        from planner.services.exports import export

        options = {"dpi": args.dpi} if getattr(args, "dpi", None) else {}
        return export(db, plan_id, kind, out, getattr(args, "audience", None),
                      getattr(args, "language", None), **options)

    return write


def export_kinds() -> dict[str, Callable]:
    """Every `--as` kind: the plan file, and each export (imported only when exporting, so
    that starting the program never waits for the exporters)."""
    from planner.export.kinds import EXPORTS

    for kind in EXPORTS:
        EXPORT_KINDS.setdefault(kind, _export_of(kind))
    return EXPORT_KINDS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one plain line, exit 2
        self.exit(2, f"smallsteps: {message}\n")


def build_parser(commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `commands=False` only the options that come before a
    command (no help, no --version): enough to open the window without building every command's
    parser (argparse looks for its own translations for each one, which delays the first paint).
    With `only` (a command's name), that command's parser alone (see `parse`)."""
    parser = _Parser(
        prog="smallsteps", add_help=commands,
        description=_("Small Steps: write your own support plan. With no command, the program opens."),
    )
    if commands:
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
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=_("read the passphrase of protected plans from FILE (it is never taken on the "
               "command line itself; without a file you are asked)"),
    )
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(subparsers)
    return parser


def _add_list(commands) -> None:
    listing = commands.add_parser("list", help=_("people and plans in the database"))
    listing.add_argument("--json", action="store_true", help=_("one JSON object per plan"))


def _add_example(commands) -> None:
    commands.add_parser("example", help=_("add the example plan and print its id"))


def _add_export(commands) -> None:
    export = commands.add_parser("export", help=_("save a plan as a file"))
    export.add_argument("plan", metavar="PLAN", help=_("the plan's id (see 'smallsteps list')"))
    export.add_argument("--as", dest="kind", required=True, metavar="KIND", help=_(
        "what to make: plan-file, my-plan-pdf, easy-read-pdf, team-pdf, panel-pdf, poster-png, "
        "poster-jpg, crisis-card-pdf, crisis-card-png, meeting-pdf, steps-png, ratings-png, "
        "life-story-png, life-story-jpg, people-map-png, people-map-jpg, week-png, week-jpg, fhir-json"))
    export.add_argument("-o", "--output", required=True, metavar="PATH", help=_("where to save it"))
    export.add_argument(
        "--audience", choices=["me", "team", "panel"], default=None, help=_("who it is for")
    )
    export.add_argument("--dpi", type=int, default=None, help=_("resolution of pictures"))
    export.add_argument(
        "--language", choices=["en", "cy", "cy+en"], default=None,
        help=_("English, Welsh (Cymraeg), or both with Welsh first (default: the plan's own language)"))


def _add_import(commands) -> None:
    importing = commands.add_parser("import", help=_("add a plan from a plan file or a FHIR bundle"))
    importing.add_argument("path", metavar="PATH")
    importing.add_argument("--team", metavar="NAME", help=_("on a team database: the team the person joins"))


def _add_check(commands) -> None:
    commands.add_parser("check", help=_("check the database is healthy"))


def _add_panel(commands) -> None:
    panel = commands.add_parser(
        "panel", help=_("panel day: a panel pack for every plan ready for that date, and an index; "
                        "each plan sent is frozen and marked as with the panel"))
    panel.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=_("the date of the panel"))
    panel.add_argument("-o", "--output", required=True, metavar="DIR", help=_("the folder to fill"))


def _add_backup(commands) -> None:
    backing = commands.add_parser("backup", help=_("make a checked backup of the database now"))
    backing.add_argument("-o", "--output", metavar="FILE", help=_("where to save it (default: the backups folder)"))


def _add_restore(commands) -> None:
    restoring = commands.add_parser("restore", help=_("replace the plans with a backup"))
    restoring.add_argument("file", metavar="FILE")
    restoring.add_argument("--yes", action="store_true", help=_("don't ask before replacing"))


def _add_backups(commands) -> None:
    commands.add_parser("backups", help=_("list the backups in the data folder"))


def _add_encrypt(commands) -> None:
    commands.add_parser("encrypt", help=_("protect the plans and their backups with a passphrase"))


def _add_decrypt(commands) -> None:
    commands.add_parser("decrypt", help=_("take the passphrase protection off"))


def _add_team(commands) -> None:
    from planner import cli_team

    cli_team.add_parser(commands)


# Each command's parser, in the order help lists them.
_COMMANDS: dict[str, Callable] = {
    "list": _add_list, "example": _add_example, "export": _add_export, "import": _add_import,
    "check": _add_check, "panel": _add_panel, "backup": _add_backup, "restore": _add_restore,
    "backups": _add_backups, "encrypt": _add_encrypt, "decrypt": _add_decrypt, "team": _add_team,
}
_HELP_OPTIONS = frozenset({"-h", "--help", "--version"})


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line read. When it plainly names a command (and asks for no help), only that
    command's parser is built (all twelve, built twice as it was, took about 13 ms of every
    command). Anything else (help, a word that is not a command) gets the whole parser, so
    help and mistakes read as they always did."""
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if not _HELP_OPTIONS.intersection(argv):
        _, rest = build_parser(commands=False).parse_known_args(argv)
        if rest and rest[0] in _COMMANDS:
            only = rest[0]
    return build_parser(only=only).parse_args(argv)


def _data_dir(args) -> Path:
    return Path(args.data_dir) if args.data_dir else paths.default_data_dir()


def _passphrase(args, prompt: str) -> str:
    """From --passphrase-file, or asked at the terminal; never from the command line itself."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise PlannerError(_("Small Steps can't read the passphrase file: {why}").format(
                why=getattr(error, "strerror", None) or error)) from None
        secret = text.splitlines()[0] if text.splitlines() else ""
        if not secret:
            raise PlannerError(_("The passphrase file is empty."))
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise PlannerError(
        _("These plans are protected by a passphrase. Put it in a file and add "
          "--passphrase-file FILE (it is never taken on the command line itself).")
    )


def _with_lock(args):
    from planner.errors import DatabaseInUse
    from planner.storage.lock import DatabaseLock

    lock = DatabaseLock(_data_dir(args))
    if not lock.acquire():
        raise DatabaseInUse(_("Small Steps is open on these plans. Please close it first."))
    return lock


def _encrypt(args, out) -> int:
    from planner.services import encryption

    lock = _with_lock(args)
    try:
        if args.passphrase_file:
            secret = again = _passphrase(args, "")
        else:
            secret = _passphrase(args, _("New passphrase: "))
            again = _passphrase(args, _("The same passphrase again: "))
        recovery = encryption.encrypt(_data_dir(args), secret, again)
    finally:
        lock.release()
    print(_("Your plans are now protected. This is your recovery key. Write it down and keep it "
            "somewhere safe: if you forget your passphrase, it is the only way back in. It will "
            "not be shown again."), file=out)
    print(recovery, file=out)
    return 0


def _decrypt(args, out) -> int:
    from planner.services import encryption

    lock = _with_lock(args)
    try:
        encryption.decrypt(_data_dir(args), _passphrase(args, _("Passphrase (or recovery key): ")))
    finally:
        lock.release()
    print(_("The passphrase protection is off. Your plans are now only as safe as this "
            "computer's own disk encryption."), file=out)
    return 0


READING_COMMANDS = frozenset({"export", "list"})  # they change nothing in the database


def _open(args):
    from planner.storage.database import Database
    from planner.storage.encryption import PassphraseNeeded

    url = args.database_url or None
    if url is None:
        url = os.environ.get(paths.DATABASE_URL_VARIABLE) or None
    # A command that only reads skips the whole file's check when the file is just as it was at
    # its last good check (Database.quick_check); every command that writes checks first.
    check_unchanged = getattr(args, "command", None) not in READING_COMMANDS
    try:
        db = Database.open(args.data_dir, url, check_unchanged=check_unchanged)
    except PassphraseNeeded:
        db = Database.open(args.data_dir, url, check_unchanged=check_unchanged,
                           passphrase=_passphrase(args, _("Passphrase (or recovery key): ")))
    if not db.actor:
        import getpass

        try:
            db.actor = f"{getpass.getuser()} (command line)"
        except (OSError, KeyError):
            db.actor = "command line"
    return db


def _plan_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise PlannerError(
            _("'{plan}' is not a plan id. 'smallsteps list' shows the ids.").format(plan=text)
        ) from None


def _restore(args, out) -> int:
    """Restore asks first (unless --yes) and needs the program closed."""
    from planner.errors import DatabaseInUse
    from planner.services import backups
    from planner.storage.lock import DatabaseLock

    if args.database_url or os.environ.get(paths.DATABASE_URL_VARIABLE):
        raise PlannerError(_("A shared team database is restored by its server, not by Small Steps."))
    from planner.services.encryption import is_protected
    from planner.storage import encryption

    data_dir = _data_dir(args)
    key = None
    if is_protected(data_dir):
        key = encryption.unlock(data_dir, _passphrase(args, _("Passphrase (or recovery key): ")))
    backups.check_backup_file(Path(args.file), key)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise PlannerError(_("Restoring replaces every plan in {folder}. Add --yes to go ahead.")
                               .format(folder=data_dir))
        answer = input(_("Replace every plan in {folder} with this backup? [y/N] ").format(folder=data_dir))
        if answer.strip().lower() not in ("y", "yes"):
            print(_("Nothing was changed."), file=out)
            return 1
    lock = DatabaseLock(data_dir)
    if not lock.acquire():
        raise DatabaseInUse(_("Small Steps is open on these plans. Please close it, then restore."))
    try:
        before = backups.restore(data_dir, Path(args.file), key)
    finally:
        lock.release()
    _open(args).close()  # brings an older backup up to date, and checks it
    print(_("Restored. What was there before is kept in {path}.").format(path=before) if before
          else _("Restored."), file=out)
    return 0


def _import(db, args, out) -> None:
    from planner.services import plan_files

    team_id = None
    if args.team:
        from planner.services import team

        team.require_team_database(db)
        team_id = team._team_id(db, args.team)

    added = plan_files.bring_in_file(db, args.path, team_id=team_id)
    print(added.plan_id, file=out)
    if added.kept_private:  # a note beside the id (the id alone stays on standard output)
        print(ngettext("{n} item marked 'just me' stayed behind: a team database never keeps them.",
                       "{n} items marked 'just me' stayed behind: a team database never keeps them.",
                       added.kept_private).format(n=added.kept_private), file=sys.stderr)


def _list(db, args, out) -> None:
    import textwrap

    from planner.services.caseload_pages import every_row

    if not db.is_sqlite:
        from planner.services import team

        roles = {m.role for m in team.my_memberships(db)}
        if roles and not roles & {"coordinator", "broker", "manager", "panel"}:
            print(_("An administrator sees no plans. 'smallsteps team plans' lists every plan's id "
                    "and team."), file=out)
            return
        if roles == {"panel"}:  # a panel member reads the panel's packs, never plans
            packs = team.panel_packs(db)
            if args.json:
                print(json.dumps([{"plan_id": p.plan_id, "name": p.person_name, "copy_id": p.copy_id,
                                   "panel_date": p.panel_date.isoformat() if p.panel_date else None}
                                  for p in packs], ensure_ascii=False, indent=2), file=out)
            for p in packs if not args.json else ():
                print(f"{p.plan_id}\t{p.person_name}\t{p.panel_date}", file=out)
            return
    # A page of people at a time, each printed as it is read (100,000 people are never all in memory).
    rows = every_row(db)
    if args.json:
        # The same text as json.dumps(every object, indent=2), written one object at a time.
        first = True
        for r in rows:
            item = json.dumps({
                "plan_id": r.plan_id, "person_id": r.person_id, "name": r.name,
                "preferred_name": r.preferred_name, "title": r.plan_title, "status": r.status,
                "next_review": r.next_review.isoformat() if r.next_review else None,
                "next_review_kind": r.next_review_kind,
                "panel_date": r.panel_date.isoformat() if r.panel_date else None,
            }, ensure_ascii=False, indent=2)
            print(("[\n" if first else ",\n") + textwrap.indent(item, "  "), end="", file=out)
            first = False
        print("[]" if first else "\n]", file=out)
        return
    empty = True
    for r in rows:
        print(f"{r.plan_id}\t{r.name}\t{r.status}\t{r.plan_title}", file=out)
        empty = False
    if empty:
        print(_("No plans yet. Try 'smallsteps example'.") if db.is_sqlite
              else _("No plans you may see."), file=out)


def _export_from_file(args) -> Path | None:
    """An export read straight from the plans file (see `exports.export_from_file`), or None
    when the command must open the database the usual way (a team's database, a protected,
    older or changed file, a kind that is not there: the usual way says so)."""
    if args.database_url or os.environ.get(paths.DATABASE_URL_VARIABLE):
        return None
    # An export command reads one plan and draws one document, then ends: nearly all it makes
    # lives to the end, and what it frees, reference counting frees. With the cycle collector
    # off, the packs' peak memory was the same (53, 90 and 179 MiB against 53, 90 and 176 for
    # the example, very large and 100x plans) and its 20 ms (0.31 s for the 100x plan) were gone.
    with collector.paused(hand_on=True):
        if args.kind not in export_kinds():
            return None
        from planner.services import exports

        options = {"dpi": args.dpi} if getattr(args, "dpi", None) else {}
        return exports.export_from_file(args.data_dir, _plan_id(args.plan), args.kind, Path(args.output),
                                        getattr(args, "audience", None), getattr(args, "language", None),
                                        **options)


def run(args, out=None) -> int:
    out = out or sys.stdout  # looked up now, not when the module was imported
    if args.command == "export":
        written = _export_from_file(args)
        if written is not None:
            print(written, file=out)
            return 0
    if args.command == "restore":
        return _restore(args, out)
    if args.command == "encrypt":
        return _encrypt(args, out)
    if args.command == "decrypt":
        return _decrypt(args, out)
    if args.command == "backups":
        from planner.services import backups

        data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
        for item in backups.list_backups(data_dir):
            print(f"{item.made_at:%Y-%m-%d %H:%M:%S}\t{item.reason}\t{item.path}", file=out)
        return 0
    db = _open(args)
    try:
        if args.command == "list":
            _list(db, args, out)
        elif args.command == "example":
            from planner.services import plan_files

            print(plan_files.add_example_plan(db), file=out)
        elif args.command == "import":
            _import(db, args, out)
        elif args.command == "team":
            from planner import cli_team

            return cli_team.run(db, args, out)
        elif args.command == "export":
            writer = export_kinds().get(args.kind)
            if writer is None:
                raise PlannerError(
                    _("Small Steps can't export as '{kind}'. Choose one of: {kinds}.").format(
                        kind=args.kind, kinds=", ".join(export_kinds())
                    )
                )
            written = writer(db, _plan_id(args.plan), Path(args.output), args)
            print(written, file=out)
        elif args.command == "panel":
            from planner.services import panel_day

            day = panel_day.prepare(db, args.date)
            passed = panel_day.date_passed_words(day.panel_date)
            if passed:  # said, not refused: a panel may be written up after it met
                print(f"smallsteps: {passed}", file=sys.stderr)
            panel_day.render(day, Path(args.output), _terminal_progress(sys.stderr))
            panel_day.record(db, day)
            for entry in day.sent:
                print(entry.path, file=out)
                if entry.not_seen:  # a note for whoever sends, on the error stream (not the list)
                    print(f"{entry.person_name}: {entry.not_seen}", file=sys.stderr)
            print(day.index_path, file=out)
            for entry in day.not_sent:
                print(_("{name}: not sent. {why}").format(name=entry.person_name, why=entry.problem),
                      file=sys.stderr)
            if day.not_sent:
                return 1
        elif args.command == "backup":
            from planner.services import backups

            print(backups.backup_now(db, dest=Path(args.output) if args.output else None), file=out)
        elif args.command == "check":
            from planner.services.health import check_database

            problems = check_database(db)
            if problems:
                for problem in problems:
                    print(problem, file=sys.stderr)
                return 1
            print(_("The database is healthy."), file=out)
    finally:
        db.close()
    return 0


def _terminal_progress(stream) -> Callable[[int, int, str], None] | None:
    """Panel day's progress on one line of the terminal (nothing when the output is not a terminal)."""
    if not stream.isatty():
        return None

    def show(done: int, of: int, what: str) -> None:
        line = _("{done} of {of} made").format(done=done, of=of)
        if what:
            line += " · " + _("now: {what}").format(what=what)
        stream.write("\r\x1b[K" + line + ("\n" if done >= of else ""))
        stream.flush()

    return show


def terminal_language() -> str:
    """The language the terminal asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: cy_GB → "cy")."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return language_code(value.split(":")[0])
    return "en"


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. Errors are one line on stderr, never a traceback.

    Messages are in the terminal's language (Welsh on a Welsh computer); exports follow each
    plan's own language unless --language says otherwise."""
    collector.none_at_exit()
    with using(terminal_language()), collector.fewer_collections():
        return _main(argv)


def _main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
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
    except Exception as error:  # noqa: BLE001 (a person never sees a traceback)
        import traceback

        log = Path(tempfile.gettempdir()) / "smallsteps-error.log"
        with contextlib.suppress(OSError):
            log.write_text(traceback.format_exc(), encoding="utf-8")
        print(_("smallsteps: something went wrong inside Small Steps ({what}); nothing more was "
                "changed. Details are in {log}.").format(what=type(error).__name__, log=log),
              file=sys.stderr)
        return 70
