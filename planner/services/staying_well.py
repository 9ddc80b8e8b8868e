"""Use-cases for staying well (the crisis plan): items by section, and contacts in order.

Adding, changing, moving, removing and restoring go through `planner.services.items` with the
kinds `ITEM` and `CONTACT` below.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from planner.domain import staying_well as rules
from planner.domain.plan import clean_text
from planner.domain.staying_well import ContactKind, Section
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services import items
from planner.storage.database import Database
from planner.storage.staying_well_models import StayingWellContact, StayingWellItem


@dataclass(frozen=True)
class CrisisItemRecord:
    item_id: int
    plan_id: int
    position: int
    section: str
    topic: str
    text: str
    detail: str
    on_card: bool
    visibility: str


@dataclass(frozen=True)
class ContactRecord:
    item_id: int
    plan_id: int
    position: int
    kind: str
    name: str
    relationship: str
    how: str
    when: str
    may_do: str
    on_card: bool
    visibility: str


@dataclass(frozen=True)
class StayingWellPlan:
    items: dict[str, tuple[CrisisItemRecord, ...]]  # by section, in order
    contacts: dict[str, tuple[ContactRecord, ...]]  # by contact kind, in order


def _bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(_("Please choose yes or no."), field)
    return value


def _clean_item(session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    try:
        section = Section(values.get("section"))
    except ValueError:
        raise InvalidInput(_("That is not a part of the crisis plan Small Steps knows."), "section") from None
    topic = values.get("topic") or ""
    topics = rules.TOPICS.get(section)
    if topics is None:
        topic = ""
    elif topic:
        try:
            topic = topics(topic).value
        except ValueError:
            raise InvalidInput(_("Please choose what this is about."), "topic") from None
    text = clean_text(values.get("text"), field="text", limit=rules.SHORT_MAX, required=True)
    if row is None and len(items.siblings(session, ITEM, plan_id, {"section": section.value})) >= rules.ITEMS_MAX:
        raise InvalidInput(_("This part of the plan is full. Please take something off first."), "text")
    return {
        "section": section.value,
        "topic": topic,
        "text": " ".join(text.split()),  # one line: it goes on the card
        "detail": clean_text(values.get("detail"), field="detail", limit=rules.DETAIL_MAX),
        "on_card": _bool(values.get("on_card", False), "on_card"),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


def _clean_contact(session, plan_id: int, values: dict[str, Any], row) -> dict[str, Any]:
    try:
        kind = ContactKind(values.get("kind"))
    except ValueError:
        raise InvalidInput(_("That is not a kind of contact Small Steps knows."), "kind") from None
    name = clean_text(values.get("name"), field="name", limit=rules.NAME_MAX, required=True)
    if row is None and len(items.siblings(session, CONTACT, plan_id, {"kind": kind.value})) >= rules.ITEMS_MAX:
        raise InvalidInput(_("This list is full. Please take someone off first."), "name")

    def line(field: str, limit: int) -> str:
        return " ".join(clean_text(values.get(field), field=field, limit=limit).split())

    return {
        "kind": kind.value,
        "name": " ".join(name.split()),
        "relationship": line("relationship", rules.RELATIONSHIP_MAX),
        "how": line("how", rules.SHORT_MAX),
        "when": line("when", rules.SHORT_MAX),
        "may_do": line("may_do", rules.SHORT_MAX),
        "on_card": _bool(values.get("on_card", False), "on_card"),
        "visibility": items.clean_visibility(values.get("visibility")),
    }


def _item_record(row: StayingWellItem) -> CrisisItemRecord:
    return CrisisItemRecord(
        row.id, row.plan_id, row.position, row.section, row.topic, row.text, row.detail,
        row.on_card, row.visibility,
    )


def _contact_record(row: StayingWellContact) -> ContactRecord:
    return ContactRecord(
        row.id, row.plan_id, row.position, row.kind, row.name, row.relationship, row.how,
        row.when, row.may_do, row.on_card, row.visibility,
    )


ITEM = items.ItemKind(
    name="staying_well_item",
    model=StayingWellItem,
    fields=("section", "topic", "text", "detail", "on_card", "visibility"),
    clean=_clean_item,
    record=_item_record,
    group=("section",),
)

CONTACT = items.ItemKind(
    name="staying_well_contact",
    model=StayingWellContact,
    fields=("kind", "name", "relationship", "how", "when", "may_do", "on_card", "visibility"),
    clean=_clean_contact,
    record=_contact_record,
    group=("kind",),
)


def staying_well(db: Database, plan_id: int) -> StayingWellPlan:
    """The whole crisis plan, section by section, in order."""
    with db.session() as session:
        items.plan_row(session, plan_id)
        found = session.scalars(
            select(StayingWellItem).where(StayingWellItem.plan_id == plan_id)
            .order_by(StayingWellItem.position, StayingWellItem.id)
        )
        by_section: dict[str, list] = {section.value: [] for section in Section}
        for row in found:
            by_section.setdefault(row.section, []).append(_item_record(row))
        contacts = session.scalars(
            select(StayingWellContact).where(StayingWellContact.plan_id == plan_id)
            .order_by(StayingWellContact.position, StayingWellContact.id)
        )
        by_kind: dict[str, list] = {kind.value: [] for kind in ContactKind}
        for row in contacts:
            by_kind.setdefault(row.kind, []).append(_contact_record(row))
        return StayingWellPlan(
            {key: tuple(value) for key, value in by_section.items()},
            {key: tuple(value) for key, value in by_kind.items()},
        )
