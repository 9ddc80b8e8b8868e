"""Staying well (the crisis plan) in the plan file: `plan.staying_well`.

One list a section (in the order the person gave), and two lists of contacts: `contacts` (who
to contact and how, in the order to try them) and `on_my_behalf` (who may contact services for
the person). Every item is short and carries `visibility` and `on_card` (put it on the wallet
crisis card), so a card can be made straight from it.
"""

from typing import Any

from planner.domain.staying_well import ContactKind, Section
from planner.errors import InvalidInput, NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.rows import Reader, flag, grouped

ITEM_FIELDS = ("topic", "text", "detail", "on_card", "visibility")
CONTACT_FIELDS = ("name", "relationship", "how", "when", "may_do", "on_card", "visibility")


def dump(reader: Reader, plan_id: int, store: PictureStore) -> dict[str, Any]:
    data: dict[str, Any] = {}
    sections = grouped(reader.all("SELECT * FROM staying_well_item WHERE plan_id = :plan_id ORDER BY position, id",
                                  plan_id=plan_id), "section")
    for section in Section:
        data[section.value] = [_item(row, ITEM_FIELDS) for row in sections.get(section.value, [])]
    kinds = grouped(reader.all("SELECT * FROM staying_well_contact WHERE plan_id = :plan_id ORDER BY position, id",
                               plan_id=plan_id), "kind")
    for kind in ContactKind:
        key = "contacts" if kind == ContactKind.CONTACT else kind.value
        data[key] = [_item(row, CONTACT_FIELDS) for row in kinds.get(kind.value, [])]
    return data


def _item(row, names: tuple[str, ...]) -> dict[str, Any]:
    item = {name: getattr(row, name) for name in names}
    item["on_card"] = flag(item["on_card"])
    return item


def load(session, plan, data: dict[str, Any], store: PictureStore) -> None:
    from planner.services import items
    from planner.services.staying_well import CONTACT, ITEM

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
