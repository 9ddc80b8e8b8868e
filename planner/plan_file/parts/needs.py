"""What I need, in the plan file: `plan.needs`, a list; each need has a file-local `id`
("need-1", "need-2", ...) that goals use to say which needs they answer."""

from sqlalchemy import select

from planner.errors import NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part
from planner.plan_file.parts.disagreements import (
    disagreements_by_item,
    load_disagreements,
    with_disagreements,
)
from planner.storage.goals_models import Need

KEY = "needs"
KIND = "need"  # the kind of item disagreements are written beside
SESSION_KEY = "plan_file_needs"  # file id -> Need, for the goals part to link to while loading


def need_file_ids(session, plan) -> dict[int, str]:
    """Database id -> file id, in the plan's order (the goals part uses the same ids)."""
    needs = session.scalars(select(Need).where(Need.plan_id == plan.id).order_by(Need.position, Need.id))
    return {need.id: f"need-{index}" for index, need in enumerate(needs, start=1)}


def dump(session, plan, _store) -> list:
    file_ids = need_file_ids(session, plan)
    notes = disagreements_by_item(session, plan, KIND)
    needs = session.scalars(select(Need).where(Need.plan_id == plan.id).order_by(Need.position, Need.id))
    return [
        with_disagreements({"id": file_ids[need.id], "domain": need.domain, "words": need.words,
                            "funding_stream": need.funding_stream, "visibility": need.visibility},
                           notes.get(need.id))
        for need in needs
    ]


def load(session, plan, data: list, _store) -> None:
    by_file_id: dict[str, Need] = {}
    for position, item in enumerate(data):
        if item["id"] in by_file_id:
            raise NotAPlanFile(_("This plan file has two needs with the same id. It may be damaged."))
        need = Need(plan_id=plan.id, position=position, domain=item["domain"], words=item["words"],
                    funding_stream=item.get("funding_stream", "not_known"), visibility=item["visibility"])
        session.add(need)
        by_file_id[item["id"]] = need
    session.flush()
    for item in data:
        load_disagreements(session, plan, KIND, by_file_id[item["id"]].id, item)
    session.info[SESSION_KEY] = by_file_id


PART = Part(KEY, dump, load)
