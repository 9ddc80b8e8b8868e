"""What I need, in the plan file: `plan.needs`, a list; each need has a file-local `id`
("need-1", "need-2", ...) that goals use to say which needs they answer."""

from planner.errors import NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part
from planner.plan_file.parts.disagreements import (
    disagreements_by_item,
    load_disagreements,
    with_disagreements,
)
from planner.plan_file.rows import Reader

KEY = "needs"
KIND = "need"  # the kind of item disagreements are written beside
SESSION_KEY = "plan_file_needs"  # file id -> Need, for the goals part to link to while loading


def need_file_ids(reader: Reader, plan_id: int) -> dict[int, str]:
    """Database id -> file id, in the plan's order (the goals part uses the same ids)."""
    needs = reader.all("SELECT id FROM need WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)
    return {need.id: f"need-{index}" for index, need in enumerate(needs, start=1)}


def dump(reader: Reader, plan_id: int, _store) -> list:
    notes = disagreements_by_item(reader, plan_id, KIND)
    needs = reader.all("SELECT id, domain, words, funding_stream, visibility FROM need "
                       "WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)
    return [
        with_disagreements({"id": f"need-{index}", "domain": need.domain, "words": need.words,
                            "funding_stream": need.funding_stream, "visibility": need.visibility},
                           notes.get(need.id))
        for index, need in enumerate(needs, start=1)
    ]


def load(session, plan, data: list, _store) -> None:
    from planner.storage.goals_models import Need

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
