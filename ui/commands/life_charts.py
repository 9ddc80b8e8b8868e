"""Commands for the life-charts (moments, people and places, the week): all undoable.

One set of commands serves all three parts: each part names its services in an `ItemServices`
(see `LIFE_STORY`, `PEOPLE_PLACES`, `WEEK`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.domain.life_charts import step_closeness
from planner.services import life_story, people_places, week
from ui.commands.base import SessionCommand


@dataclass(frozen=True)
class ItemServices:
    """How one part adds, changes, removes and orders its items (planner services)."""

    key: str
    table: str  # the items' table (changes based on what was seen are checked against it)
    merge_id: int  # typing into one field of one item is one step to undo
    add: Callable
    get: Callable
    update: Callable
    remove: Callable
    restore: Callable
    move: Callable
    set_order: Callable  # (db, record, order): put back the order before a move
    id_of: Callable


LIFE_STORY = ItemServices(
    "life_story", "life_moment", 4101, life_story.add_moment, life_story.get_moment, life_story.update_moment,
    life_story.remove_moment, life_story.restore_moment, life_story.move_moment,
    lambda db, record, order: life_story.set_moment_order(db, record.plan_id, order),
    lambda record: record.moment_id,
)
PEOPLE_PLACES = ItemServices(
    "people_places", "network_member", 4102, people_places.add_member, people_places.get_member,
    people_places.update_member, people_places.remove_member, people_places.restore_member,
    people_places.move_member,
    lambda db, record, order: people_places.set_member_order(db, record.plan_id, order),
    lambda record: record.member_id,
)
WEEK = ItemServices(
    "week", "week_entry", 4103, week.add_entry, week.get_entry, week.update_entry, week.remove_entry,
    week.restore_entry, week.move_entry,
    lambda db, record, order: week.set_slot_order(db, record.plan_id, record.day, record.time_of_day, order),
    lambda record: record.entry_id,
)


class _ItemCommand(SessionCommand):
    def __init__(self, session, services: ItemServices, plan_id: int, text: str):
        super().__init__(session, text)
        self.services, self.plan_id = services, plan_id

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class AddItemCommand(_ItemCommand):
    def __init__(self, session, services: ItemServices, plan_id: int, values: dict, text: str = ""):
        super().__init__(session, services, plan_id, text or QCoreApplication.translate("LifeChartCommands", "Add"))
        self.values = dict(values)
        self.record = None

    @property
    def item_id(self) -> int:
        return self.services.id_of(self.record)

    def do(self) -> None:
        if self.record is None:  # its id taken first: tried again, it is never added twice
            self.record = self.add_once(self.services.table,
                                        lambda: self.services.add(self.db, self.plan_id, **self.values),
                                        lambda item_id: self.services.get(self.db, item_id))
        else:
            self.record = self.services.restore(self.db, self.record)

    def undo_change(self) -> None:
        self.record = self.services.remove(self.db, self.item_id)


class EditItemCommand(_ItemCommand):
    """Change some fields of an item; `old` holds the same fields as they were."""

    def __init__(self, session, services: ItemServices, plan_id: int, item_id: int, old: dict, new: dict,
                 text: str = ""):
        super().__init__(session, services, plan_id, text or QCoreApplication.translate("LifeChartCommands", "Change"))
        self.item_id, self.old, self.new = item_id, dict(old), dict(new)
        self.undo_extra: dict = {}
        self.checked = (services.table, item_id)

    def taking_out(self) -> "RemoveItemCommand":
        return RemoveItemCommand(self.session, self.services, self.plan_id, self.item_id)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.services.merge_id if len(self.new) == 1 else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt override)
        if (not isinstance(other, EditItemCommand) or other.item_id != self.item_id
                or other.services is not self.services or other.error is not None
                or set(other.new) != set(self.new)):
            return False
        self.new = dict(other.new)
        self._after_do = other._after_do
        return True

    def do(self) -> None:
        if not self.undo_extra and self.services is WEEK:
            before = self.services.get(self.db, self.item_id)
            self.undo_extra = {"position": before.position}
        self.services.update(self.db, self.item_id, **self.new)

    def undo_change(self) -> None:
        self.services.update(self.db, self.item_id, **self.old, **self.undo_extra)


class RemoveItemCommand(_ItemCommand):
    def __init__(self, session, services: ItemServices, plan_id: int, item_id: int, text: str = ""):
        super().__init__(session, services, plan_id, text or QCoreApplication.translate("LifeChartCommands", "Remove"))
        self.item_id = item_id
        self.record = None

    def do(self) -> None:
        self.record = self.services.remove(self.db, self.item_id)

    def undo_change(self) -> None:
        self.services.restore(self.db, self.record)


class MoveItemCommand(_ItemCommand):
    """Move an item one place up (-1) or down (+1) in its list."""

    def __init__(self, session, services: ItemServices, plan_id: int, item_id: int, step: int, text: str = ""):
        super().__init__(session, services, plan_id, text or QCoreApplication.translate("LifeChartCommands", "Move"))
        self.item_id, self.step = item_id, step
        self.before: list[int] | None = None

    def do(self) -> None:
        self.before = self.services.move(self.db, self.item_id, self.step)

    def undo_change(self) -> None:
        self.services.set_order(self.db, self.services.get(self.db, self.item_id), self.before)


class DateOrderCommand(_ItemCommand):
    """Put the moments of the life story in date order (moments with no date stay put)."""

    def __init__(self, session, plan_id: int):
        super().__init__(session, LIFE_STORY, plan_id, QCoreApplication.translate("LifeChartCommands", "Put the moments in date order"))
        self.before: list[int] | None = None
        self.after: list[int] | None = None

    def do(self) -> None:
        if self.before is None:
            self.before = life_story.moment_order(self.db, self.plan_id)
            self.after = life_story.date_order(self.db, self.plan_id)
            if self.after == self.before:
                from planner.errors import InvalidInput

                raise InvalidInput(QCoreApplication.translate("LifeChartCommands", "The moments are already in date order."), "position")
        life_story.set_moment_order(self.db, self.plan_id, self.after)

    def undo_change(self) -> None:
        life_story.set_moment_order(self.db, self.plan_id, self.before)


class ClosenessCommand(_ItemCommand):
    """Put someone or something on the map one circle closer (-1) or further out (+1), or
    straight into a circle (by dragging). Given the circle the window shows (`seen`), it is
    based on it: a move someone else made meanwhile is shown, never moved over."""

    def __init__(self, session, plan_id: int, member_id: int, step: int = 0, to: str | None = None,
                 seen: str | None = None):
        super().__init__(session, PEOPLE_PLACES, plan_id, QCoreApplication.translate("LifeChartCommands", "Change how close"))
        self.member_id, self.step, self.to = member_id, step, to
        self.before: str | None = None
        if seen is not None and to is None:
            self.to = step_closeness(seen, step) if step in (-1, 1) else None
        if seen is not None and self.to is not None:
            self.checked = (PEOPLE_PLACES.table, member_id)
            self.old, self.new = {"closeness": seen}, {"closeness": self.to}

    def do(self) -> None:
        if self.to is None:
            self.before, self.to = people_places.change_closeness(self.db, self.member_id, self.step)
            return
        record = people_places.get_member(self.db, self.member_id)
        if self.before is None:
            if record.closeness == self.to:
                from planner.errors import InvalidInput

                raise InvalidInput(QCoreApplication.translate("LifeChartCommands", "That is already in this circle."), "closeness")
            self.before = record.closeness
        people_places.update_member(self.db, self.member_id, closeness=self.to)

    def undo_change(self) -> None:
        people_places.update_member(self.db, self.member_id, closeness=self.before)
