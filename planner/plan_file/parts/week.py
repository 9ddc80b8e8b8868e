"""My week in the plan document: `plan.week`, Monday morning first.

    "week": [
      {"day": "monday", "time": "morning", "title": "Walk Mot in the park", "place": "The park",
       "with_whom": "Mot", "feeling": 4, "visibility": "team"}
    ]

`time` is morning, afternoon, evening or night; `feeling` 1 (I really don't like it) to 5 (I
really like it), or null. Several entries at one time keep their order.
"""

from typing import Any

from planner.domain.life_charts import DAYS, TIMES
from planner.domain.plan import clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.rows import Reader


def _short(value: Any, field: str) -> str:
    return " ".join(clean_text(value or "", field=field, limit=300).split())


def dump(reader: Reader, plan_id: int, store: PictureStore) -> list[dict[str, Any]]:
    entries = reader.all("SELECT * FROM week_entry WHERE plan_id = :plan_id", plan_id=plan_id)
    entries = sorted(entries, key=lambda e: (DAYS.index(e.day), TIMES.index(e.time_of_day), e.position, e.id))
    return [
        {"day": e.day, "time": e.time_of_day, "title": e.title, "place": e.place,
         "with_whom": e.with_whom, "feeling": e.feeling, "visibility": e.visibility}
        for e in entries
    ]


def load(session, plan, items: list[dict[str, Any]], store: PictureStore) -> None:
    from planner.services.week import clean_entry_title
    from planner.storage.life_charts_models import WeekEntry

    positions: dict[tuple[str, str], int] = {}
    for item in items or []:
        slot = (item["day"], item["time"])
        position = positions.get(slot, 0)
        positions[slot] = position + 1
        session.add(WeekEntry(
            plan_id=plan.id, day=item["day"], time_of_day=item["time"], position=position,
            title=clean_entry_title(item["title"]), place=_short(item.get("place"), "place"),
            with_whom=_short(item.get("with_whom"), "with_whom"), feeling=item.get("feeling"),
            visibility=item["visibility"],
        ))


PART = Part("week", dump, load)
