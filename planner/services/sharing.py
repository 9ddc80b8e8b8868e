"""Who sees what, part by part: counting and changing the visibility of a whole part at once."""

from collections import Counter

from sqlalchemy import inspect, select

from planner.domain.visibility import Visibility
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services.history import PART_OF_KIND
from planner.storage.audit import _chain_of
from planner.storage.database import Database
from planner.storage.models import Base


def _classes_of(part: str) -> list[type]:
    found = []
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        table = getattr(cls, "__tablename__", "")
        if "visibility" in mapper.columns and PART_OF_KIND.get(table) == part:
            found.append(cls)
    return found


def _items(session, plan_id: int, part: str):
    for cls in _classes_of(part):
        if "plan_id" in inspect(cls).columns:
            yield from session.scalars(select(cls).where(cls.plan_id == plan_id))
        else:
            yield from (obj for obj in session.scalars(select(cls)) if _chain_of(obj) == plan_id)


def part_counts(db: Database, plan_id: int, parts: list[str]) -> dict[str, Counter]:
    """How many items of each part each audience setting has."""
    with db.session() as session:
        return {part: Counter(item.visibility for item in _items(session, plan_id, part)) for part in parts}


def set_part_visibility(db: Database, plan_id: int, part: str, visibility: str) -> dict[tuple[str, int], str]:
    """Give every item of `part` the same visibility; returns the old ones (for Undo)."""
    try:
        chosen = Visibility(visibility).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None
    old: dict[tuple[str, int], str] = {}
    with db.session() as session:
        for item in _items(session, plan_id, part):
            old[(item.__tablename__, item.id)] = item.visibility
            item.visibility = chosen
    return old


def restore_visibility(db: Database, old: dict[tuple[str, int], str]) -> None:
    by_table = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    with db.session() as session:
        for (table, item_id), visibility in old.items():
            item = session.get(by_table[table], item_id)
            if item is not None:
                item.visibility = visibility
