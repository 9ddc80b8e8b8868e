"""Disagreements travel inside the item they are written beside, as `"disagreements"`:

    {"text": "...", "visibility": "team",
     "disagreements": [{"who": "Anwen Hughes", "role": "family", "text": "...", "visibility": "team"}]}

The key is there only when someone has written one. A part's `dump` adds them with
`with_disagreements(item, notes.get(row.id))` after `notes = disagreements_by_item(reader, plan_id,
kind)`; its `load` calls `load_disagreements(session, plan, kind, new_row_id, item)`.
"""

from typing import Any

from planner.domain import panel as rules
from planner.domain.plan import clean_name, clean_text
from planner.plan_file.rows import Reader

KEY = "disagreements"


def disagreements_by_item(reader: Reader, plan_id: int, kind: str) -> dict[int, list[dict[str, Any]]]:
    rows = reader.all("SELECT item_id, who, role, text, visibility FROM disagreement "
                      "WHERE plan_id = :plan_id AND item_kind = :kind ORDER BY item_id, position, id",
                      plan_id=plan_id, kind=kind)
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row.item_id, []).append(
            {"who": row.who, "role": row.role, "text": row.text, "visibility": row.visibility})
    return out


def with_disagreements(item: dict[str, Any], notes: list[dict[str, Any]] | None) -> dict[str, Any]:
    if notes:
        item[KEY] = notes
    return item


def load_disagreements(session, plan, kind: str, item_id: int, item: dict[str, Any]) -> None:
    from planner.storage.panel_models import Disagreement

    for position, note in enumerate(item.get(KEY) or []):
        session.add(Disagreement(
            plan_id=plan.id, item_kind=kind, item_id=item_id, position=position,
            who=clean_name(note["who"], field="who"), role=rules.clean_role(note.get("role", "other")),
            text=clean_text(note["text"], field="text", limit=rules.NOTE_MAX), visibility=note["visibility"]))
