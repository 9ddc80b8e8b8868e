"""The panel and reviews in the plan document (`plan.panel_date`, `plan.assessed_on`,
`plan.status_history`, `plan.authors`):

    "panel_date": "2026-12-03",            # or null: the panel the plan is ready for, or at
    "assessed_on": "2026-08-20",           # or null: the last assessment (reassessment counts from it)
    "status_history": [                    # oldest first
      {"status": "ready_for_panel", "old_status": "draft", "at": "2026-11-20T10:12:00",
       "by": "Priya Shah", "panel_date": "2026-12-03", "note": "", "visibility": "panel"}
    ],
    "authors": {                           # who helped write each part, and how
      "about_me": [{"role": "me", "name": "", "visibility": "panel"},
                   {"role": "family", "name": "Anwen", "visibility": "panel"}]
    }

The copies sent to the panel are a part of their own (`frozen_copies.py`).
"""

import datetime as dt
from typing import Any

from planner.domain import panel as rules
from planner.domain.plan import clean_name, clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.rows import Reader, day, moment, one


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _standing(session, plan):
    from planner.storage.panel_models import PlanStanding

    row = session.get(PlanStanding, plan.id)
    if row is None:
        row = PlanStanding(plan_id=plan.id)
        session.add(row)
    return row


def _standing_row(reader: Reader, plan_id: int):
    return one(reader, "SELECT panel_date, assessed_on FROM plan_standing WHERE plan_id = :plan_id",
               plan_id=plan_id)


def dump_panel_date(reader: Reader, plan_id: int, _store: PictureStore) -> str | None:
    row = _standing_row(reader, plan_id)
    return _date(day(row.panel_date)) if row else None


def load_panel_date(session, plan, value: Any, _store: PictureStore) -> None:
    _standing(session, plan).panel_date = rules.clean_date(value, "panel_date")


def dump_assessed_on(reader: Reader, plan_id: int, _store: PictureStore) -> str | None:
    row = _standing_row(reader, plan_id)
    return _date(day(row.assessed_on)) if row else None


def load_assessed_on(session, plan, value: Any, _store: PictureStore) -> None:
    _standing(session, plan).assessed_on = rules.clean_date(value, "assessed_on")


def dump_history(reader: Reader, plan_id: int, _store: PictureStore) -> list[dict[str, Any]]:
    rows = reader.all("SELECT * FROM plan_status_change WHERE plan_id = :plan_id ORDER BY at, id", plan_id=plan_id)
    return [{"status": r.status, "old_status": r.old_status or None,
             "at": moment(r.at).replace(microsecond=0).isoformat(), "by": r.actor,
             "panel_date": _date(day(r.panel_date)), "note": r.note, "visibility": r.visibility}
            for r in rows]


def load_history(session, plan, items: Any, _store: PictureStore) -> None:
    from planner.storage.panel_models import StatusChange

    for item in items or []:
        session.add(StatusChange(
            plan_id=plan.id, at=dt.datetime.fromisoformat(item["at"]).replace(tzinfo=None),
            actor=clean_text(item.get("by", ""), field="by", limit=200),
            old_status=rules.clean_status(item["old_status"]).value if item.get("old_status") else "",
            status=rules.clean_status(item["status"]).value,
            panel_date=rules.clean_date(item.get("panel_date"), "panel_date"),
            note=clean_text(item.get("note", ""), field="note", limit=rules.NOTE_MAX),
            visibility=item["visibility"]))


def dump_authors(reader: Reader, plan_id: int, _store: PictureStore) -> dict[str, list[dict[str, Any]]]:
    rows = reader.all("SELECT part, role, name, visibility FROM part_author WHERE plan_id = :plan_id "
                      "ORDER BY position, id", plan_id=plan_id)
    out: dict[str, list[dict[str, Any]]] = {}
    for part in rules.PART_KEYS:
        listed = [{"role": r.role, "name": r.name, "visibility": r.visibility} for r in rows if r.part == part]
        if listed:
            out[part] = listed
    return out


def load_authors(session, plan, parts: Any, _store: PictureStore) -> None:
    from planner.storage.panel_models import PartAuthor

    for part, listed in (parts or {}).items():
        rules.clean_part(part)
        for position, item in enumerate(listed or []):
            name = item.get("name") or ""
            session.add(PartAuthor(plan_id=plan.id, part=part, position=position,
                                   role=rules.clean_role(item["role"]),
                                   name=clean_name(name) if name.strip() else "",
                                   visibility=item["visibility"]))


PARTS = [
    Part("panel_date", dump_panel_date, load_panel_date),
    Part("assessed_on", dump_assessed_on, load_assessed_on),
    Part("status_history", dump_history, load_history),
    Part("authors", dump_authors, load_authors),
]
