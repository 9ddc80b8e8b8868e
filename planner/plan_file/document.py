"""A plan as one JSON-ready document, and back.

The same document is the content of `plan.json` in a plan file, the input of the audience
filter, and (filtered) what every exporter receives. Pictures travel beside it as bytes keyed
by their path inside the file (`pictures/<name>.jpg`).

Each part of a plan is a `Part` (see `planner.plan_file.parts`) with `dump` and `load`; its items carry
`"visibility"` so the audience filter needs to know nothing about them. A part is read with plain
SQL through a `Reader` (`planner.plan_file.rows`), written through the program's own tables.
"""

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import planner
from planner.domain import plan as plan_rules
from planner.plan_file import FORMAT, VERSION
from planner.plan_file.rows import Reader, SessionReader, blob, day, flag, moment, one


@dataclass
class PlanDocument:
    """A whole plan: `data` is the JSON of `plan.json`, `pictures` the files beside it (the
    pictures, `pictures/…`, and the copies sent to the panel, `frozen/…`). The audience filter
    keeps only the pictures an audience's document still names, so no export receives a copy."""

    data: dict[str, Any]
    pictures: dict[str, bytes] = field(default_factory=dict)


class PictureStore:
    """Collects pictures while a plan is dumped, naming each by its content."""

    def __init__(self, pictures: dict[str, bytes] | None = None):
        self.pictures: dict[str, bytes] = dict(pictures or {})

    def add(self, jpeg: bytes) -> str:
        name = f"pictures/{hashlib.sha256(jpeg).hexdigest()[:32]}.jpg"
        self.pictures[name] = jpeg
        return name

    def add_file(self, name: str, blob: bytes) -> str:
        """Any other file beside `plan.json` (a copy sent to the panel), by the name given."""
        self.pictures[name] = blob
        return name

    def get(self, name: str) -> bytes:
        return self.pictures[name]


@dataclass(frozen=True)
class Part:
    """One part of a plan in the document: its key and how to dump and load it."""

    key: str
    dump: Callable[[Reader, int, PictureStore], Any]  # (reader, plan id, pictures) -> the part
    load: Callable[[Any, Any, Any, PictureStore], None]  # (session, plan row, the part, pictures)


def parts() -> list[Part]:
    """The plan's parts (about me, life-charts, goals, ...): see `planner.plan_file.parts`."""
    from planner.plan_file.parts import all_parts

    return all_parts()


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def dump_plan(session, plan, only: Collection[str] | None = None,
              rows: Mapping[str, list] | None = None) -> PlanDocument:
    """The plan (a row of the session's) as a document: see `read_plan`."""
    return read_plan(SessionReader(session), plan.id, only, rows)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def plan_row(reader: Reader, plan_id: int):
    """The plan's own row with its person's (the person's columns named `person_...`), or None
    when there is no such plan (`person_removed_at` says whether its person was removed)."""
    return one(reader, "SELECT plan.title, plan.status, plan.started_on, plan.ends_on, plan.created_at, "
               "plan.updated_at, person.name AS person_name, person.preferred_name AS person_preferred_name, "
               "person.details_visibility AS person_details_visibility, person.pronouns AS person_pronouns, "
               "person.date_of_birth AS person_date_of_birth, "
               "person.preferred_language AS person_preferred_language, "
               "person.needs_easy_read AS person_needs_easy_read, "
               "person.needs_large_text AS person_needs_large_text, "
               "person.needs_read_aloud AS person_needs_read_aloud, "
               "person.other_communication_needs AS person_other_communication_needs, "
               "person.photo_jpeg AS person_photo_jpeg, person.photo_visibility AS person_photo_visibility, "
               "person.photo_description AS person_photo_description, person.removed_at AS person_removed_at "
               "FROM plan JOIN person ON person.id = plan.person_id "
               "WHERE plan.id = :plan_id", plan_id=plan_id)


def read_plan(reader: Reader, plan_id: int, only: Collection[str] | None = None,
              rows: Mapping[str, list] | None = None) -> PlanDocument:
    """The plan with everything in it, as a document; with `only`, the person, the plan's own
    details, and of its other parts only those named, with the pictures they link to (a chart of
    a huge plan reads its own part, not every goal and step, nor every photo). `rows`: a part's
    rows already read in this transaction (its dump is given them instead of reading them again).
    The plan must be there (see `plan_row`)."""
    plan = plan_row(reader, plan_id)
    if plan is None:
        raise LookupError(plan_id)
    store = PictureStore()
    photo = None
    if plan.person_photo_jpeg:
        photo = {
            "visibility": plan.person_photo_visibility,
            "picture": store.add(blob(plan.person_photo_jpeg)),
            "description": plan.person_photo_description,
        }
    created, updated = moment(plan.created_at), moment(plan.updated_at)
    helpers = reader.all("SELECT name, role, visibility FROM plan_helper WHERE plan_id = :plan_id "
                         "ORDER BY position, id", plan_id=plan_id)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": planner.__version__,
        "exported_at": _utcnow().replace(microsecond=0).isoformat() + "Z",
        "person": {
            "name": plan.person_name,
            "preferred_name": plan.person_preferred_name,
            "details": {
                "visibility": plan.person_details_visibility,
                "pronouns": plan.person_pronouns,
                "date_of_birth": _date(day(plan.person_date_of_birth)),
                "preferred_language": plan.person_preferred_language,
                "needs_easy_read": flag(plan.person_needs_easy_read),
                "needs_large_text": flag(plan.person_needs_large_text),
                "needs_read_aloud": flag(plan.person_needs_read_aloud),
                "other_communication_needs": plan.person_other_communication_needs,
            },
            "photo": photo,
        },
        "plan": {
            "title": plan.title,
            "status": plan.status,
            "started_on": _date(day(plan.started_on)),
            "ends_on": _date(day(plan.ends_on)),
            "made_on": _date(created.date()) if created else None,
            "changed_on": _date(updated.date()) if updated else None,
            "helpers": [{"name": h.name, "role": h.role, "visibility": h.visibility} for h in helpers],
        },
    }
    for part in parts():
        if rows is not None and part.key in rows:
            data["plan"][part.key] = part.dump(reader, plan_id, store, rows[part.key])
        elif only is None or part.key in only:
            data["plan"][part.key] = part.dump(reader, plan_id, store)
        elif part.key == "pictures":  # (its place kept: filled in once the parts named are read)
            data["plan"][part.key] = []
    if only is not None:  # of the pictures, those the parts read link to (their photos only)
        from planner.plan_file.parts import pictures

        linked = strings_under([data["plan"][key] for key in only if key in data["plan"]], "picture_id")
        data["plan"]["pictures"] = pictures.dump(reader, plan_id, store, linked)
    return PlanDocument(data, store.pictures)


def rows_and_part(db, plan_id: int, part: str, find_plan, rows_sql: str, records) -> tuple[list, PlanDocument]:
    """A part's records as its page lists them, and the plan's document of that part alone (as
    `plan_files.plan_document(db, plan_id, (part,))` gives it), read together: the rows are read
    once for both (a huge plan's page shows its list and its chart). `find_plan(session, plan_id)`
    is the part's own service's check; `rows_sql` reads the part's rows in order (`:plan_id`);
    `records(reader, rows)` makes their records."""
    with db.session() as session:
        find_plan(session, plan_id)
        reader = SessionReader(session)
        rows = reader.all(rows_sql, plan_id=plan_id)
        document = read_plan(reader, plan_id, (part,), {part: rows})
        return records(reader, rows), document


def strings_under(value: Any, name: str) -> set[str]:
    """Every text held under the key `name` anywhere in `value` (nested dicts and lists): the
    pictures a part links to (`"picture_id"`), or a plan file's picture names (`"picture"`)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if key == name and isinstance(child, str):
                    found.add(child)
                elif isinstance(child, dict | list):
                    stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def load_plan(session, document: PlanDocument):
    """Add the document's person and plan to the database (inside the caller's transaction);
    returns the plan's row.

    The document must already be checked (see `planner.plan_file.reader`).
    """
    from planner.storage.models import Person, Plan, PlanHelper

    store = PictureStore(document.pictures)
    person_data = document.data["person"]
    details = person_data.get("details") or {}
    photo = person_data.get("photo")
    person = Person(
        name=plan_rules.clean_name(person_data["name"]),
        preferred_name=plan_rules.clean_text(person_data.get("preferred_name", ""), field="preferred_name"),
        pronouns=plan_rules.clean_text(details.get("pronouns", ""), field="pronouns"),
        date_of_birth=plan_rules.clean_birth_date(details.get("date_of_birth")),
        details_visibility=details.get("visibility"),  # None: the database's own default
        preferred_language=details.get("preferred_language", "en"),
        needs_easy_read=details.get("needs_easy_read", False),
        needs_large_text=details.get("needs_large_text", False),
        needs_read_aloud=details.get("needs_read_aloud", False),
        other_communication_needs=details.get("other_communication_needs", ""),
    )
    if photo:
        person.photo_jpeg = store.get(photo["picture"])
        person.photo_description = photo.get("description", "")
        person.photo_visibility = photo["visibility"]
    plan_data = document.data["plan"]
    plan = Plan(
        person=person,
        title=plan_data.get("title", ""),
        status=plan_data.get("status", "draft"),
        started_on=_parse_date(plan_data.get("started_on")),
        ends_on=_parse_date(plan_data.get("ends_on")),
    )
    made_on = _parse_date(plan_data.get("made_on"))
    if made_on is not None:  # the file's own dates are kept; only what it lacks is today
        plan.created_at = dt.datetime.combine(made_on, dt.time())
    plan.helpers = [
        PlanHelper(position=i, name=plan_rules.clean_name(h["name"]), role=h["role"],
                   visibility=h["visibility"])
        for i, h in enumerate(plan_data.get("helpers", []))
    ]
    session.add_all([person, plan])
    session.flush()
    for part in parts():
        if part.key in plan_data:
            part.load(session, plan, plan_data[part.key], store)
    changed_on = _parse_date(plan_data.get("changed_on"))
    if changed_on is not None:
        plan.updated_at = dt.datetime.combine(max(changed_on, made_on or changed_on), dt.time())
    session.flush()
    return plan


def content_of(document: PlanDocument) -> dict[str, Any]:
    """The document without what changes on every export (for comparing two plans' content)."""
    data = dict(document.data)
    data.pop("exported_at", None)
    data.pop("app_version", None)
    return data
