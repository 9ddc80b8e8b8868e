"""Use-cases for "My people and places": who and what is in a person's life, and how close.

Each is a person, a place, a service, a group or a pet, with what they are to the person, what
they help with, contact details (seen by the person only, unless they say otherwise, whoever
may see the rest), a picture, and one of three circles: very close, close, around me.
"""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from planner.domain import plan as plan_rules
from planner.domain.life_charts import (
    SHORT_MAX,
    clean_closeness,
    clean_member_kind,
    step_closeness,
)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.plan_file.document import PlanDocument
from planner.services import ordering
from planner.services.pictures import (
    PictureRecord,
    clean_visibility,
    picture_of_plan,
    record_of,
    records_by_id,
)
from planner.storage.database import Database
from planner.storage.life_charts_models import NetworkMember
from planner.storage.models import Plan

MEMBERS_MAX = 2_000
CONTACT_MAX = 2_000
MEMBER_FIELDS = {"kind", "name", "relation", "helps_with", "closeness", "contact",
                 "contact_visibility", "visibility", "picture_id"}


@dataclass(frozen=True)
class MemberRecord:
    member_id: int
    plan_id: int
    position: int
    kind: str
    name: str
    relation: str
    helps_with: str
    closeness: str
    contact: str
    contact_visibility: str
    visibility: str
    picture: PictureRecord | None

    def values(self) -> dict[str, object]:
        return {
            "kind": self.kind, "name": self.name, "relation": self.relation,
            "helps_with": self.helps_with, "closeness": self.closeness, "contact": self.contact,
            "contact_visibility": self.contact_visibility, "visibility": self.visibility,
            "picture_id": self.picture.picture_id if self.picture else None,
        }


def _made(member, picture: PictureRecord | None) -> MemberRecord:
    """A member's record from its row (the ORM's or a plain one) and its picture's record."""
    return MemberRecord(
        member.id, member.plan_id, member.position, member.kind, member.name, member.relation,
        member.helps_with, member.closeness, member.contact, member.contact_visibility,
        member.visibility, picture,
    )


def _record(member: NetworkMember) -> MemberRecord:
    return _made(member, record_of(member.picture) if member.picture else None)


def _records(reader, rows: list) -> list[MemberRecord]:
    pictures = records_by_id(reader, rows[0].plan_id) if rows else {}
    return [_made(row, pictures.get(row.picture_id)) for row in rows]


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _member(session, member_id: int) -> NetworkMember:
    member = session.get(NetworkMember, member_id)
    if member is None:
        raise NotFound(_("That is no longer on your map of people and places."))
    return member


def _members(session, plan_id: int) -> list[NetworkMember]:
    return list(session.scalars(
        select(NetworkMember).where(NetworkMember.plan_id == plan_id)
        .order_by(NetworkMember.position, NetworkMember.id)
    ))


def clean_member_name(value: object) -> str:
    text = plan_rules.clean_text(value, field="name", limit=plan_rules.NAME_MAX)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(_("Please write a name, like Anwen or the library."), "name")
    return text


def _clean(field: str, value: object) -> object:
    if field == "name":
        return clean_member_name(value)
    if field == "kind":
        return clean_member_kind(value)
    if field == "closeness":
        return clean_closeness(value)
    if field == "relation":
        return " ".join(plan_rules.clean_text(value, field=field, limit=SHORT_MAX).split())
    if field == "helps_with":
        return plan_rules.clean_text(value, field=field)
    if field == "contact":
        return plan_rules.clean_text(value, field=field, limit=CONTACT_MAX)
    if field in ("visibility", "contact_visibility"):
        try:
            return clean_visibility(value)
        except InvalidInput as error:
            raise InvalidInput(error.message, field) from None
    raise InvalidInput(_("Small Steps does not keep that detail."), field)


def _listed(session, plan_id: int) -> list[NetworkMember]:
    return list(session.scalars(  # their pictures in one query, not one a member
        select(NetworkMember).where(NetworkMember.plan_id == plan_id)
        .order_by(NetworkMember.position, NetworkMember.id).options(selectinload(NetworkMember.picture))))


def list_members(db: Database, plan_id: int) -> list[MemberRecord]:
    with db.session() as session:
        _plan(session, plan_id)
        return [_record(m) for m in _listed(session, plan_id)]


def members_with_document(db: Database, plan_id: int) -> tuple[list[MemberRecord], PlanDocument]:
    """`list_members`, and the plan's document of its people and places alone (as
    `plan_files.plan_document(db, plan_id, ("people_places",))` gives it), read together: the
    members are read once for both (a huge plan's page shows its list and its map)."""
    from planner.plan_file.document import rows_and_part

    return rows_and_part(db, plan_id, "people_places", _plan,
                         "SELECT * FROM network_member WHERE plan_id = :plan_id ORDER BY position, id", _records)


def get_member(db: Database, member_id: int) -> MemberRecord:
    with db.session() as session:
        return _record(_member(session, member_id))


def add_member(
    db: Database, plan_id: int, name: str, kind: str = "person", relation: str = "",
    helps_with: str = "", closeness: str = "close", contact: str = "",
    contact_visibility: str | None = None, visibility: str | None = None,
    picture_id: int | None = None, position: int | None = None, member_id: int | None = None,
) -> MemberRecord:
    """Someone or something new on the map (at the end of the list, or at `position`)."""
    values = {"name": name, "kind": kind, "relation": relation, "helps_with": helps_with,
              "closeness": closeness, "contact": contact,
              "contact_visibility": contact_visibility, "visibility": visibility}
    cleaned = {field: _clean(field, value) for field, value in values.items()}
    with db.session() as session:
        _plan(session, plan_id)
        picture = picture_of_plan(session, plan_id, picture_id)
        count = session.scalar(
            select(func.count()).select_from(NetworkMember).where(NetworkMember.plan_id == plan_id))
        if count >= MEMBERS_MAX:
            raise InvalidInput(_("Your map has {count} people and places, as many as Small Steps "
                                 "can keep.").format(count=f"{count:,}"), "name")
        member = NetworkMember(plan_id=plan_id, picture=picture, **cleaned)
        if member_id is not None:
            if session.get(NetworkMember, member_id) is not None:
                raise InvalidInput(_("That is already on your map."), "name")
            member.id = member_id
        members = _members(session, plan_id)
        ordering.insert(members, member, position)
        session.add(member)
        session.flush()
        return _record(member)


def update_member(db: Database, member_id: int, **changes: object) -> MemberRecord:
    unknown = set(changes) - MEMBER_FIELDS
    if unknown:
        raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
    cleaned = {field: _clean(field, value) for field, value in changes.items() if field != "picture_id"}
    with db.session() as session:
        member = _member(session, member_id)
        picture = member.picture
        if "picture_id" in changes:
            picture = picture_of_plan(session, member.plan_id, changes["picture_id"])
        for field, value in cleaned.items():
            setattr(member, field, value)
        member.picture = picture
        session.flush()
        return _record(member)


def change_closeness(db: Database, member_id: int, step: int) -> tuple[str, str]:
    """One circle closer (-1) or further out (+1); returns (before, after) for Undo."""
    with db.session() as session:
        member = _member(session, member_id)
        after = step_closeness(member.closeness, step) if step in (-1, 1) else None
        if after is None:
            raise InvalidInput(
                _("This is already in the middle circle.") if step < 0
                else _("This is already in the outside circle."), "closeness")
        before = member.closeness
        member.closeness = after
        return before, after


def remove_member(db: Database, member_id: int) -> MemberRecord:
    with db.session() as session:
        member = _member(session, member_id)
        record = _record(member)
        members = _members(session, member.plan_id)
        members.remove(member)
        session.delete(member)
        ordering.renumber(members)
        return record


def restore_member(db: Database, record: MemberRecord) -> MemberRecord:
    return add_member(db, record.plan_id, position=record.position, member_id=record.member_id,
                      **record.values())


def member_order(db: Database, plan_id: int) -> list[int]:
    with db.session() as session:
        return [m.id for m in _members(session, plan_id)]


def move_member(db: Database, member_id: int, step: int) -> list[int]:
    with db.session() as session:
        member = _member(session, member_id)
        return ordering.move(_members(session, member.plan_id), member, step)


def set_member_order(db: Database, plan_id: int, order: list[int]) -> None:
    with db.session() as session:
        ordering.set_order(_members(session, plan_id), order)
