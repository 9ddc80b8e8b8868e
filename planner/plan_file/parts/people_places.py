"""My people and places in the plan document: `plan.people_places`, in the person's order.

    "people_places": [
      {"kind": "person", "name": "Anwen", "relation": "My sister", "helps_with": "...",
       "closeness": "very_close",
       "contact": {"details": "07700 900123", "visibility": "private"},   (or null)
       "visibility": "team", "picture_id": "p3"}
    ]

Contact details have their own visibility, so a copy for the panel can show Anwen without her
phone number (the audience filter turns `contact` into null).
"""

from typing import Any

from planner.domain.plan import clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.parts.pictures import file_ids, loaded_ids
from planner.plan_file.rows import Reader


def dump(reader: Reader, plan_id: int, store: PictureStore, members: list | None = None) -> list[dict[str, Any]]:
    """The people and places (`members`: the plan's, already read in this transaction, in order)."""
    ids = file_ids(reader, plan_id)
    if members is None:
        members = reader.all("SELECT * FROM network_member WHERE plan_id = :plan_id ORDER BY position, id",
                             plan_id=plan_id)
    return [
        {
            "kind": m.kind,
            "name": m.name,
            "relation": m.relation,
            "helps_with": m.helps_with,
            "closeness": m.closeness,
            "contact": {"details": m.contact, "visibility": m.contact_visibility} if m.contact else None,
            "visibility": m.visibility,
            "picture_id": ids.get(m.picture_id) if m.picture_id else None,
        }
        for m in members
    ]


def load(session, plan, items: list[dict[str, Any]], store: PictureStore) -> None:
    from planner.services.people_places import CONTACT_MAX, clean_member_name
    from planner.storage.life_charts_models import NetworkMember

    pictures = loaded_ids(session, plan)
    for position, item in enumerate(items or []):
        contact = item.get("contact") or {}
        details = clean_text(contact.get("details", ""), field="contact", limit=CONTACT_MAX)
        session.add(NetworkMember(
            plan_id=plan.id,
            position=position,
            kind=item["kind"],
            name=clean_member_name(item["name"]),
            relation=" ".join(clean_text(item.get("relation", ""), field="relation").split()),
            helps_with=clean_text(item.get("helps_with", ""), field="helps_with"),
            closeness=item["closeness"],
            contact=details,
            contact_visibility=contact.get("visibility") if details else None,  # None: the database's default
            visibility=item["visibility"],
            picture_id=pictures.get(item.get("picture_id") or ""),
        ))


PART = Part("people_places", dump, load)
