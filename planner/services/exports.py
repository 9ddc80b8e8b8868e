"""Making an export: the plan, filtered for its audience, handed to the exporter, written safely.

This is the one way out of the computer for a plan. The exporter is handed only what the
audience may see (`for_audience`), never the database nor the whole plan.

A command that only exports from the plans on this computer reads the plan straight from the
file (`export_from_file`), without SQLAlchemy: importing it, declaring the tables and compiling
the statements was about half a second of every such command, longer than making the example
plan's pack.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.visibility import Audience
from planner.errors import NotFound, PlannerError
from planner.export.audience import for_audience
from planner.files import write_atomically
from planner.i18n import _, export_languages, using

if TYPE_CHECKING:
    from planner.storage.database import Database


def kinds() -> dict:
    from planner.export.kinds import EXPORTS

    return EXPORTS


def _audience_of(kind: str, audience: str | None) -> Audience:
    exports = kinds()
    if kind not in exports:
        raise PlannerError(_("Small Steps can't export as '{kind}'.").format(kind=kind))
    return Audience(audience or exports[kind].audience)


def filtered_document(db: "Database", plan_id: int, kind: str, audience: str | None = None):
    """The plan as `kind`'s audience may see it (read on the caller's thread)."""
    from planner.services.plan_files import plan_document

    chosen = _audience_of(kind, audience)
    return for_audience(plan_document(db, plan_id), chosen)


LANGUAGE_CHOICES = ("en", "cy", "cy+en")  # English, Welsh, or both (Welsh first)


def languages_for(filtered, language: str | None = None) -> tuple[str, ...]:
    """The languages an export is made in: `language` if asked, else the plan's own."""
    if language is not None and language not in LANGUAGE_CHOICES:
        raise PlannerError(_("Please choose English (en), Welsh (cy) or both (cy+en)."))
    return export_languages(language, filtered.data.get("language"))


def make(kind: str, filtered, language: str | None = None, still_wanted=None, **options) -> bytes:
    """Turn an already filtered document into the export's bytes (safe on a worker thread).

    Made in the plan's own language unless `language` says otherwise ("en", "cy", "cy+en").
    `still_wanted` (a preview's): once it answers False the making stops, raising
    `planner.export.stopping.NoLongerWanted`."""
    from planner.export import stopping

    spec = kinds()[kind]
    languages = languages_for(filtered, language)
    with stopping.while_wanted(still_wanted):
        stopping.check()
        if len(languages) == 1:
            with using(languages[0]):
                return spec.make(filtered, options)
        from planner.export.bilingual import make as make_bilingual

        return make_bilingual(spec, filtered, options, languages)


def export_bytes(db: "Database", plan_id: int, kind: str, audience: str | None = None,
                 language: str | None = None, **options) -> bytes:
    return make(kind, filtered_document(db, plan_id, kind, audience), language, **options)


def _checked_out(out: Path | str) -> Path:
    out = Path(out)
    if out.is_dir():
        raise PlannerError(_("{path} is a folder. Please give a file name.").format(path=out))
    return out


def export(db: "Database", plan_id: int, kind: str, out: Path | str, audience: str | None = None,
           language: str | None = None, **options) -> Path:
    """Write the export to `out` (a temporary name first, then renamed: never half a file)."""
    out = _checked_out(out)
    return write_atomically(out, export_bytes(db, plan_id, kind, audience, language, **options))


def export_from_file(data_dir: Path | str | None, plan_id: int, kind: str, out: Path | str,
                     audience: str | None = None, language: str | None = None, **options) -> Path | None:
    """`export`, reading the plan straight from the plans file in `data_dir` with Python's own
    sqlite3 (`planner.plan_file.rows.SqliteReader`), or None when it must not: the file is not
    there, is protected by a passphrase, needs updating for this version, or fails SQLite's
    quick check (run, as every opening does, when the file has changed since its last good one).
    Then the caller opens the database as usual, which updates it, says what is damaged and
    which backup is good, or asks for the passphrase, and reads the same document."""
    from planner.plan_file.document import plan_row, read_plan
    from planner.plan_file.rows import SqliteReader
    from planner.storage import paths
    from planner.storage.file_state import file_state, is_encrypted, note_if_unchanged, read_note
    from planner.storage.revisions import HEAD

    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    db_file = folder / paths.DATABASE_FILE
    if not db_file.is_file() or is_encrypted(db_file):
        return None
    chosen = None if kind == PLAN_FILE else _audience_of(kind, audience)
    if chosen is not None:
        out = _checked_out(out)
    import sqlite3

    try:
        connection = sqlite3.connect(db_file, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA busy_timeout=5000")
        reader = SqliteReader(connection)
        revision = reader.all("SELECT version_num FROM alembic_version")
        if [row.version_num for row in revision] != [HEAD]:
            return None
        # Its state once open (SQLite, run by root, gives its write-ahead log the file's owner
        # when it opens it, which changes the log's change time): as the usual way notes it.
        state, note = file_state(db_file), folder / paths.CHECKED_FILE
        if state is None:
            return None
        if read_note(note) != state:  # changed since its last good check: the same check first
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return None  # (the usual way says it is damaged, and names the newest good backup)
            note_if_unchanged(db_file, note, state)
        connection.execute("BEGIN")  # one snapshot for every statement (the window may be writing)
        plan = plan_row(reader, plan_id)
        if plan is None or plan.person_removed_at is not None:
            raise NotFound(_("There is no plan {plan} in this database.").format(plan=plan_id))
        document = read_plan(reader, plan_id)
    except sqlite3.Error:
        return None  # (the usual way says what is wrong, and checks the whole file)
    finally:
        connection.close()
    if chosen is None:  # the whole plan, as `plan_files.export_plan_file` writes it
        from planner.plan_file.writer import write_plan_file

        return write_plan_file(document, out)
    return write_atomically(out, make(kind, for_audience(document, chosen), language, **options))


PLAN_FILE = "plan-file"  # the command line's name for a plan file, beside the exports' kinds
