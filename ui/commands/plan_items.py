"""The three shapes of command for items in a plan: add, change, take off (all undoable).

Each calls `planner` services through small functions it is given, so one command class serves
needs, goals, steps, check-ins, reviews and meetings alike. Redo after Undo puts back the very
same item (same id), so later commands that name it still find it.
"""

from collections.abc import Callable
from typing import Any

from planner.services import authorship
from ui.commands.base import SessionCommand


class PlanItemCommand(SessionCommand):
    """A command on something in one plan: views of that plan refresh afterwards."""

    def __init__(self, session, plan_id: int, text: str):
        super().__init__(session, text)
        self.plan_id = plan_id

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class AddItemCommand(PlanItemCommand):
    """Add an item. Undo takes it off (keeping what is needed to restore it); Redo restores it.
    `table` is the item's table and `find(id)` its record: on a team database its id is taken
    first, so an add tried again after the server went away is never added twice."""

    def __init__(self, session, plan_id: int, text: str, add: Callable[[], Any],
                 remove: Callable[[Any], Any], restore: Callable[[Any], Any],
                 table: str, find: Callable[[int], Any]):
        super().__init__(session, plan_id, text)
        self._add, self._remove, self._restore = add, remove, restore
        self.table, self._find = table, find  # its id is taken first (`add_once`)
        self.record: Any = None
        self.removed: Any = None

    def do(self) -> None:
        if self.removed is None:
            self.record = self.add_once(self.table, self._add, self._find)
        else:
            self.record = self._restore(self.removed)

    def undo_change(self) -> None:
        self.removed = self._remove(self.record)


class RemoveItemCommand(PlanItemCommand):
    """Take an item off. Undo puts it back as it was (same id, same place, same links)."""

    def __init__(self, session, plan_id: int, text: str, remove: Callable[[], Any],
                 restore: Callable[[Any], Any]):
        super().__init__(session, plan_id, text)
        self._remove, self._restore = remove, restore
        self.removed: Any = None

    def do(self) -> None:
        # Different views written beside the item go with it, and come back with it on Undo.
        self.removed, self.views = authorship.remove_keeping_views(self.db, self.plan_id, self._remove)

    def undo_change(self) -> None:
        self._restore(self.removed)
        authorship.put_back(self.db, self.views)


class EditItemCommand(PlanItemCommand):
    """Change some fields of an item: `update(**new)`, and `update(**old)` to undo."""

    def __init__(self, session, plan_id: int, text: str, update: Callable[..., Any],
                 old: dict, new: dict, undo_update: Callable[..., Any] | None = None,
                 checked: tuple[str, int] | None = None, take_out: Callable[[], Any] | None = None):
        super().__init__(session, plan_id, text)
        self._update, self._undo_update = update, undo_update or update
        self.old, self.new = dict(old), dict(new)
        self.checked = checked  # (table, id): never written over someone else's change
        if take_out is not None:
            self.taking_out = take_out  # "just me" on a team database (ui.commands.just_me)

    def do(self) -> None:
        self._update(**self.new)

    def undo_change(self) -> None:
        self._undo_update(**self.old)
