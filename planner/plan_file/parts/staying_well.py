"""Staying well (the crisis plan) in the plan file: `plan.staying_well`.

One list a section (in the order the person gave), and two lists of contacts: `contacts` (who
to contact and how, in the order to try them) and `on_my_behalf` (who may contact services for
the person). Every item is short and carries `visibility` and `on_card` (put it on the wallet
crisis card), so a card can be made straight from it.
"""

from typing import Any

from sqlalchemy.orm import Session

from planner.domain.staying_well import ContactKind, Section
from planner.errors import InvalidInput, NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part, PictureStore
from planner.services import items
from planner.services.staying_well import CONTACT, ITEM
from planner.storage.models import Plan

ITEM_FIELDS = ("topic", "text", "detail", "on_card", "visibility")
CONTACT_FIELDS = ("name", "relationship", "how", "when", "may_do", "on_card", "visibility")


def dump(session: Session, plan: Plan, store: PictureStore) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for section in Section:
        rows = items.siblings(session, ITEM, plan.id, {"section": section.value})
        data[section.value] = [{f: getattr(row, f) for f in ITEM_FIELDS} for row in rows]
    for kind in ContactKind:
        key = "contacts" if kind == ContactKind.CONTACT else kind.value
        rows = items.siblings(session, CONTACT, plan.id, {"kind": kind.value})
        data[key] = [{f: getattr(row, f) for f in CONTACT_FIELDS} for row in rows]
    return data


def load(session: Session, plan: Plan, data: dict[str, Any], store: PictureStore) -> None:
    try:
        for section in Section:
            for item in data.get(section.value, []):
                items.add_in_session(session, ITEM, plan.id, {**item, "section": section.value})
        for kind in ContactKind:
            key = "contacts" if kind == ContactKind.CONTACT else kind.value
            for contact in data.get(key, []):
                items.add_in_session(session, CONTACT, plan.id, {**contact, "kind": kind.value})
    except InvalidInput as error:
        raise NotAPlanFile(
            _("The crisis plan in this file has something Small Steps can't keep: {why}").format(
                why=error.message
            )
        ) from None


PART = Part("staying_well", dump, load)
