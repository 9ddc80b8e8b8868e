"""My life story in the plan document: `plan.life_story`, the moments in the person's order.

    "life_story": [
      {"title": "My first job, at the garden centre", "story": "...",
       "when": {"year": 1997, "month": 4, "around": false},   (or {"age": 12}, or null: not sure)
       "kind": "work_learning", "feeling": 5, "visibility": "team", "picture_id": "p2"}
    ]

`feeling` is 1 (a very hard time) to 5 (a very good time); `picture_id` links to
`plan.pictures` (or is null).
"""

from typing import Any

from planner.domain.life_charts import When, clean_when, when_from_file, when_to_file
from planner.domain.plan import clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.parts.pictures import file_ids, loaded_ids
from planner.plan_file.rows import Reader


def dump(reader: Reader, plan_id: int, store: PictureStore, moments: list | None = None) -> list[dict[str, Any]]:
    """The moments (`moments`: the plan's moments already read in this transaction, in order)."""
    ids = file_ids(reader, plan_id)
    if moments is None:
        moments = reader.all("SELECT * FROM life_moment WHERE plan_id = :plan_id ORDER BY position, id",
                             plan_id=plan_id)
    return [
        {
            "title": m.title,
            "story": m.story,
            "when": when_to_file(When(m.when_kind, m.year, m.month, m.age, bool(m.approximate))),
            "kind": m.kind,
            "feeling": m.feeling,
            "visibility": m.visibility,
            "picture_id": ids.get(m.picture_id) if m.picture_id else None,
        }
        for m in moments
    ]


def load(session, plan, items: list[dict[str, Any]], store: PictureStore) -> None:
    from planner.services.life_story import clean_title
    from planner.storage.life_charts_models import LifeMoment

    pictures = loaded_ids(session, plan)
    born = plan.person.date_of_birth
    for position, item in enumerate(items or []):
        when = clean_when(*when_from_file(item.get("when")), birth_year=born.year if born else None)
        session.add(LifeMoment(
            plan_id=plan.id,
            position=position,
            title=clean_title(item["title"]),
            story=clean_text(item.get("story", ""), field="story"),
            when_kind=when.kind, year=when.year, month=when.month, age=when.age,
            approximate=when.approximate,
            kind=item.get("kind") or "other",
            feeling=item.get("feeling", 3),
            visibility=item["visibility"],
            picture_id=pictures.get(item.get("picture_id") or ""),
        ))


PART = Part("life_story", dump, load)
