"""Who sees what, part by part: counting and changing the visibility of a whole part at once."""

from collections import Counter
from dataclasses import dataclass

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


LEVEL = {Visibility.PRIVATE.value: 0, Visibility.TEAM.value: 1, Visibility.PANEL.value: 2}
WORD_FIELDS = ("title", "text", "name", "what", "words", "who", "description", "place", "pronouns")


@dataclass(frozen=True)
class PartChange:
    """What changing who may see a whole part would do, before it is done."""

    part: str
    visibility: str
    widened: tuple[tuple[str, str], ...]  # (the item in a few words, who could see it before)
    narrowed: int  # items that fewer people will see
    kept_private: tuple[str, ...]  # "just me" items a bulk change leaves alone

    @property
    def changes(self) -> int:
        return len(self.widened) + self.narrowed


def item_words(item) -> str:
    for name in WORD_FIELDS:
        words = getattr(item, name, None)
        if isinstance(words, str) and words.strip():
            words = " ".join(words.split())
            return words if len(words) <= 70 else words[:70].rstrip() + "…"
    return _("(an item with no words)")


def _chosen(visibility: str) -> str:
    try:
        return Visibility(visibility).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None


def _bulk(item, chosen: str) -> bool:
    """Whether a change of the whole part touches this item: never widens a "just me" item
    (those are shared one by one, on their own), and never touches one already right."""
    if item.visibility == chosen:
        return False
    return not (item.visibility == Visibility.PRIVATE.value and LEVEL[chosen] > 0)


def preview_part_change(db: Database, plan_id: int, part: str, visibility: str) -> PartChange:
    """What `set_part_visibility` would do: which items more people would see, and who saw
    them before; how many fewer people would see; which "just me" items it leaves alone."""
    chosen = _chosen(visibility)
    widened, narrowed, kept = [], 0, []
    with db.session() as session:
        for item in _items(session, plan_id, part):
            if not _bulk(item, chosen):
                if item.visibility == Visibility.PRIVATE.value and chosen != item.visibility:
                    kept.append(item_words(item))
                continue
            if LEVEL.get(item.visibility, 0) < LEVEL[chosen]:
                widened.append((item_words(item), item.visibility))
            else:
                narrowed += 1
    return PartChange(part, chosen, tuple(widened), narrowed, tuple(kept))


def set_part_visibility(db: Database, plan_id: int, part: str, visibility: str) -> dict[tuple[str, int], str]:
    """Give the items of `part` the same visibility, except "just me" items when more people
    would see them (see `preview_part_change`); returns the old ones (for Undo)."""
    chosen = _chosen(visibility)
    old: dict[tuple[str, int], str] = {}
    with db.session() as session:
        for item in _items(session, plan_id, part):
            if _bulk(item, chosen):
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
