"""The plan's pictures in the plan document: `plan.pictures`.

    "pictures": [
      {"id": "p1", "kind": "symbol", "symbol": "1F955", "description": "Carrots", "visibility": "private"},
      {"id": "p2", "kind": "photo", "picture": "pictures/<hash>.jpg", "description": "...", "visibility": "team"}
    ]

Other parts link to a picture by its file-local `"picture_id"` (never a database id). A
filtered document (for the team or the panel) may have links to pictures it no longer holds;
readers treat those as "no picture". This part loads first, so the parts after it can find the
pictures they link to with `loaded_ids`.
"""

from collections.abc import Collection
from typing import Any

from planner.content import symbols
from planner.domain.plan import clean_text
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.rows import Reader, blob

_LOADED = "smallsteps.picture_ids"


def file_ids(reader: Reader, plan_id: int) -> dict[int, str]:
    """Database id -> file-local id ("p1", "p2", ...) for every picture of the plan (their ids
    only: each part that links to pictures asks)."""
    found = reader.all("SELECT id FROM picture WHERE plan_id = :plan_id ORDER BY id", plan_id=plan_id)
    return {row.id: f"p{index}" for index, row in enumerate(found, 1)}


def loaded_ids(session, plan) -> dict[str, int]:
    """File-local id -> database id of the pictures just loaded for `plan`."""
    return session.info.get(_LOADED, {}).get(plan.id, {})


def dump(reader: Reader, plan_id: int, store: PictureStore,
         named: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Every picture of the plan; with `named`, only those with these file-local ids (the same
    ids as in the whole list: a page showing one part reads only the photos that part shows)."""
    ids = file_ids(reader, plan_id)
    columns = "id, kind, symbol_key, description, visibility"
    if named is None:
        found = reader.all(f"SELECT {columns}, jpeg FROM picture WHERE plan_id = :plan_id ORDER BY id",
                           plan_id=plan_id)
    else:  # the pictures named only, so only their photos are read
        wanted = {f"p{index}": key for index, (key, name) in enumerate(ids.items()) if name in named}
        found = reader.all(
            f"SELECT {columns}, jpeg FROM picture WHERE plan_id = :plan_id AND id IN "
            f"({', '.join(':' + name for name in wanted)}) ORDER BY id", plan_id=plan_id, **wanted,
        ) if wanted else []
    items = []
    for picture in found:
        item: dict[str, Any] = {"id": ids[picture.id], "kind": picture.kind}
        if picture.kind == "photo" and picture.jpeg:
            item["picture"] = store.add(blob(picture.jpeg))
        else:
            item["symbol"] = picture.symbol_key
        item["description"] = picture.description
        item["visibility"] = picture.visibility
        items.append(item)
    return items


def load(session, plan, items: list[dict[str, Any]], store: PictureStore) -> None:
    from planner.storage.pictures_models import Picture

    ids: dict[str, int] = {}
    for item in items:
        if item["kind"] == "photo":
            picture = Picture(kind="photo", jpeg=store.get(item["picture"]))
        elif symbols.is_symbol(item.get("symbol")):
            picture = Picture(kind="symbol", symbol_key=item["symbol"])
        else:
            continue  # a symbol this version does not have: the item shows no picture
        picture.plan_id = plan.id
        picture.description = " ".join(clean_text(item.get("description", ""), field="description").split())
        picture.visibility = item["visibility"]
        session.add(picture)
        session.flush()
        ids[item["id"]] = picture.id
    session.info.setdefault(_LOADED, {})[plan.id] = ids


PART = Part("pictures", dump, load)
