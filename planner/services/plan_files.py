"""Moving plans in and out: plan documents, plan files and the example plan."""

import json
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from planner.errors import InvalidInput, NotAPlanFile, NotFound
from planner.i18n import _
from planner.plan_file.document import PlanDocument, dump_plan, load_plan
from planner.plan_file.reader import check_data, read_plan_file
from planner.plan_file.writer import write_plan_file
from planner.storage import backup
from planner.storage.database import Database
from planner.storage.models import Plan


def plan_document(db: Database, plan_id: int, only: Collection[str] | None = None) -> PlanDocument:
    """The whole plan as a document (audience: the person; filter it before showing others).
    With `only`, just those parts of it (and the person, and the pictures they link to): see
    `dump_plan`."""
    with db.session() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.person.removed_at is not None:
            raise NotFound(_("There is no plan {plan} in this database.").format(plan=plan_id))
        return dump_plan(session, plan, only)


def export_plan_file(db: Database, plan_id: int, path: Path | str) -> Path:
    return write_plan_file(plan_document(db, plan_id), path)


@dataclass(frozen=True)
class Added:
    plan_id: int
    kept_private: int  # on a team database: items marked "just me" left out (a count only)


def add_document(db: Database, document: PlanDocument, *, reason: str = "import",
                 team_id: int | None = None) -> int:
    """Add a checked document as a new person and plan, all of it or none of it (on a team
    database, in `team_id`'s team, or the worker's own)."""
    return bring_in(db, document, reason=reason, team_id=team_id).plan_id


def bring_in(db: Database, document: PlanDocument, *, reason: str = "import",
             team_id: int | None = None) -> Added:
    """`add_document`, saying how many private items a team database left out."""
    kept = 0
    if not db.is_sqlite:  # a team's database never keeps what the person keeps to themselves
        from planner.services.team_privacy import for_team

        for_the_team = for_team(document)
        document, kept = for_the_team.document, for_the_team.kept_private
    if db.path is not None and db.data_dir is not None and db.path.exists():
        backup.backup_before(db.path, db.data_dir, f"before-{reason}")
    try:
        with db.session() as session:
            session.info["team_id"] = team_id
            plan = load_plan(session, document)
            return Added(plan.id, kept)
    except InvalidInput as error:
        raise NotAPlanFile(
            _("This plan file holds something Small Steps can't keep: {what}").format(what=error.message)
        ) from None
    except (ValueError, KeyError, TypeError, IndexError):
        raise NotAPlanFile(_("This plan file is damaged and can't be read.")) from None


def read_any_plan(path: Path | str) -> PlanDocument:
    """A plan file or a FHIR bundle (told apart by their content, never by the file's name),
    checked completely."""
    from planner.fhir.reader import looks_like_bundle, read_bundle_file

    if looks_like_bundle(path):
        return read_bundle_file(path)
    return read_plan_file(path)


def import_plan_file(db: Database, path: Path | str, team_id: int | None = None) -> int:
    """Check a plan file (or a FHIR bundle) completely, then add it; returns the new plan's id."""
    return bring_in_file(db, path, team_id).plan_id


def bring_in_file(db: Database, path: Path | str, team_id: int | None = None) -> Added:
    """Check a plan file (or a FHIR bundle) completely, then add it (without its private items on
    a team database)."""
    return bring_in(db, read_any_plan(path), team_id=team_id)


def example_document() -> PlanDocument:
    """The example plan shipped in `resources/example`."""
    folder = resources.files("resources") / "example"
    data = json.loads((folder / "plan.json").read_text("utf-8"))
    check_data(data)
    pictures = {}
    pictures_folder = folder / "pictures"
    if pictures_folder.is_dir():
        for entry in pictures_folder.iterdir():
            if entry.name.endswith(".jpg"):
                pictures[f"pictures/{entry.name}"] = entry.read_bytes()
    return PlanDocument(data, pictures)


def add_example_plan(db: Database) -> int:
    """Add the example plan (a fictional person) and return its id."""
    return add_document(db, example_document(), reason="example")
