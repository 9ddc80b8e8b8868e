"""About me in the plan document: `plan.about_me`, one list of answers per area.

    "about_me": {
      "background": [
        {"prompt": "growing_up", "text": "...", "tag": "like", "visibility": "private",
         "picture_id": "p1"}
      ],
      "relationships": [], ...
    }

Area keys are stable (see `planner.domain.about_me.AREA_KEYS`); `prompt` is the key of the
question the answer was written for ("" for the area as a whole); `tag` may be null;
`picture_id` links to `plan.pictures` (or is null).
"""

from typing import Any

from planner.content.about_me import prompt_keys
from planner.domain.about_me import AREA_KEYS
from planner.domain.plan import clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.parts.disagreements import (
    disagreements_by_item,
    load_disagreements,
    with_disagreements,
)
from planner.plan_file.parts.pictures import file_ids, loaded_ids
from planner.plan_file.rows import Reader


def dump(reader: Reader, plan_id: int, store: PictureStore) -> dict[str, list[dict[str, Any]]]:
    ids = file_ids(reader, plan_id)
    notes = disagreements_by_item(reader, plan_id, "about_me_answer")
    answers = reader.all("SELECT id, area, prompt, text, tag, visibility, picture_id FROM about_me_answer "
                         "WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)
    areas: dict[str, list[dict[str, Any]]] = {key: [] for key in AREA_KEYS}
    for answer in answers:
        if answer.area not in areas:
            continue
        areas[answer.area].append(with_disagreements({
            "prompt": answer.prompt,
            "text": answer.text,
            "tag": answer.tag or None,
            "visibility": answer.visibility,
            "picture_id": ids.get(answer.picture_id) if answer.picture_id else None,
        }, notes.get(answer.id)))
    return areas


def load(session, plan, areas: dict[str, Any], store: PictureStore) -> None:
    from planner.storage.about_me_models import AboutMeAnswer

    pictures = loaded_ids(session, plan)
    for area in AREA_KEYS:
        known = prompt_keys(area)
        position = 0
        for item in areas.get(area) or []:
            picture_id = pictures.get(item.get("picture_id") or "")
            text = clean_text(item.get("text", ""), field="text")
            if not text.strip() and picture_id is None:
                continue  # nothing left to show (its picture was not shared)
            answer = AboutMeAnswer(
                plan_id=plan.id,
                area=area,
                prompt=item.get("prompt") if item.get("prompt") in known else "",
                position=position,
                text=text,
                tag=item.get("tag") or "",
                visibility=item["visibility"],
                picture_id=picture_id,
            )
            session.add(answer)
            if item.get("disagreements"):
                session.flush()
                load_disagreements(session, plan, "about_me_answer", answer.id, item)
            position += 1


PART = Part("about_me", dump, load)
