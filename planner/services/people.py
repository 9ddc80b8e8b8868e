"""Use-cases for people: the caseload list, adding, renaming, removing and restoring.

Each function is one transaction and returns plain records, never ORM objects.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain import plan as plan_rules
from planner.domain.name_order import search_words
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.models import Person, Plan, utcnow


@dataclass(frozen=True)
class PersonSummary:
    """One row of the caseload."""

    person_id: int
    name: str
    preferred_name: str
    plan_id: int | None
    plan_title: str
    status: str


@dataclass(frozen=True)
class PersonDetails:
    person_id: int
    name: str
    preferred_name: str
    pronouns: str
    date_of_birth: dt.date | None
    details_visibility: str
    has_photo: bool
    photo_description: str
    photo_visibility: str
    needs_easy_read: bool
    needs_large_text: bool
    needs_read_aloud: bool
    preferred_language: str
    other_communication_needs: str


EDITABLE_FIELDS = {
    "name",
    "preferred_name",
    "pronouns",
    "date_of_birth",
    "details_visibility",
    "photo_description",
    "photo_visibility",
    "needs_easy_read",
    "needs_large_text",
    "needs_read_aloud",
    "preferred_language",
    "other_communication_needs",
}


def clean_person_field(field: str, value: object) -> object:
    """Check one field of a person; raise `InvalidInput` with a message at the field."""
    if field == "name":
        return plan_rules.clean_name(value)
    if field in ("preferred_name",):
        return plan_rules.clean_text(value, field=field, limit=plan_rules.NAME_MAX)
    if field == "pronouns":
        return plan_rules.clean_text(value, field=field, limit=100)
    if field == "date_of_birth":
        return plan_rules.clean_birth_date(value)
    if field in ("details_visibility", "photo_visibility"):
        try:
            return Visibility(value).value
        except ValueError:
            raise InvalidInput(_("Please choose who can see this."), field) from None
    if field in ("needs_easy_read", "needs_large_text", "needs_read_aloud"):
        if not isinstance(value, bool):
            raise InvalidInput(_("Please choose yes or no."), field)
        return value
    if field == "preferred_language":
        text = plan_rules.clean_text(value, field=field, limit=16)
        return text or "en"
    if field in ("photo_description", "other_communication_needs"):
        return plan_rules.clean_text(value, field=field)
    raise InvalidInput(_("Small Steps does not keep that detail."), field)


def _details(person: Person) -> PersonDetails:
    return PersonDetails(
        person_id=person.id,
        name=person.name,
        preferred_name=person.preferred_name,
        pronouns=person.pronouns,
        date_of_birth=person.date_of_birth,
        details_visibility=person.details_visibility,
        has_photo=person.photo_jpeg is not None,
        photo_description=person.photo_description,
        photo_visibility=person.photo_visibility,
        needs_easy_read=person.needs_easy_read,
        needs_large_text=person.needs_large_text,
        needs_read_aloud=person.needs_read_aloud,
        preferred_language=person.preferred_language,
        other_communication_needs=person.other_communication_needs,
    )


def _get(session, person_id: int, *, include_removed: bool = False) -> Person:
    person = session.get(Person, person_id)
    if person is None or (person.removed_at is not None and not include_removed):
        raise NotFound(_("That person is no longer in Small Steps."))
    return person


def list_people(db: Database, search: str = "") -> list[PersonSummary]:
    """Everyone in the database (not removed), with their plan, sorted by name."""
    query = (
        select(Person.id, Person.name, Person.preferred_name, Plan.id, Plan.title, Plan.status)
        .outerjoin(Plan, Plan.person_id == Person.id)
        .where(Person.removed_at.is_(None))
        .order_by(Person.search_key, Person.id, Plan.id)
    )
    words = " ".join(search_words(search))  # as names are kept: case-folded, accents taken away
    if words:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Person.search_key.like(f"%{escaped}%", escape="\\"))
    with db.session() as session:
        rows = session.execute(query).all()
    seen: set[int] = set()
    people = []
    for person_id, name, preferred, plan_id, title, status in rows:
        if person_id in seen:
            continue  # one row a person: their first plan
        seen.add(person_id)
        people.append(
            PersonSummary(person_id, name, preferred, plan_id, title or "", status or "")
        )
    return people


def add_person(db: Database, name: str) -> PersonSummary:
    """A new person with an empty plan of their own."""
    clean = plan_rules.clean_name(name)
    with db.session() as session:
        person = Person(name=clean)
        plan = Plan(person=person, title="", started_on=dt.date.today())
        session.add_all([person, plan])
        session.flush()
        return PersonSummary(person.id, person.name, "", plan.id, "", plan.status)


def get_summary(db: Database, person_id: int) -> PersonSummary:
    """One person as a row of the caseload (with their first plan)."""
    with db.session() as session:
        person = _get(session, person_id)
        plan = session.scalars(select(Plan).where(Plan.person_id == person_id).order_by(Plan.id)).first()
        return PersonSummary(person.id, person.name, person.preferred_name, plan and plan.id,
                             (plan and plan.title) or "", (plan and plan.status) or "")


def get_person(db: Database, person_id: int) -> PersonDetails:
    with db.session() as session:
        return _details(_get(session, person_id))


def update_person(db: Database, person_id: int, **changes: object) -> PersonDetails:
    """Change some details of a person; every value is checked before anything is saved."""
    cleaned = {field: clean_person_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        person = _get(session, person_id)
        for field, value in cleaned.items():
            setattr(person, field, value)
        session.flush()
        return _details(person)


def rename_person(db: Database, person_id: int, name: str) -> PersonDetails:
    return update_person(db, person_id, name=name)


def set_photo(db: Database, person_id: int, jpeg: bytes | None, description: str = "") -> None:
    """Store an already sanitised JPEG (see `planner.pictures`) as the person's photo."""
    text = plan_rules.clean_text(description, field="photo_description")
    with db.session() as session:
        person = _get(session, person_id)
        person.photo_jpeg = jpeg
        person.photo_description = text


def get_photo(db: Database, person_id: int) -> bytes | None:
    with db.session() as session:
        return _get(session, person_id).photo_jpeg


def remove_person(db: Database, person_id: int) -> None:
    """Take a person out of the list. Undo brings them back until the program closes."""
    with db.session() as session:
        _get(session, person_id).removed_at = utcnow()


def restore_person(db: Database, person_id: int) -> None:
    with db.session() as session:
        _get(session, person_id, include_removed=True).removed_at = None


def purge_removed(db: Database) -> int:
    """Delete for good everyone who was removed, with their plans and the history of them.

    The record of changes keeps one line saying a person was deleted for good (no name)."""
    from planner.storage import audit

    with db.session() as session:
        removed = session.scalars(select(Person).where(Person.removed_at.is_not(None))).all()
        for person in removed:
            chains = [plan.id for plan in person.plans]
            session.info["audit"] = False
            session.delete(person)
            session.flush()
            session.info["audit"] = True
            deleted = audit.delete_chains(session.connection(), chains)
            audit.write_rows(session.connection(), [{
                "chain": audit.SYSTEM_CHAIN, "item_kind": "person", "item_id": person.id,
                "action": "purged", "field": "", "old_value": None,
                "new_value": f"deleted for good, with {deleted} entries of history",
                "visibility": "panel",
            }], session.info.get("actor", ""))
        return len(removed)
