"""Commands for items in ordered lists (crisis plan items, contacts, support lines...) and for
the budget's settings. Every one is undoable; each tells views the plan changed."""

from PySide6.QtCore import QCoreApplication

from planner.services import authorship, budget, items
from ui.commands.base import SessionCommand


class _PlanCommand(SessionCommand):
    def __init__(self, session, plan_id: int, text: str):
        super().__init__(session, text)
        self.plan_id = plan_id

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class AddItemCommand(_PlanCommand):
    """Add an item to a list. Undo takes it out; Redo puts it back with the same id."""

    def __init__(self, session, plan_id: int, kind: items.ItemKind, owner_id: int, values: dict,
                 text: str | None = None):
        super().__init__(session, plan_id, text or QCoreApplication.translate("ItemCommands", "Add"))
        self.kind, self.owner_id, self.values = kind, owner_id, dict(values)
        self.record = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.add_once(self.kind.model.__tablename__,
                                        lambda: items.add(self.db, self.kind, self.owner_id, self.values),
                                        lambda item_id: items.find(self.db, self.kind, item_id))
        else:
            items.add(self.db, self.kind, self.owner_id, self.values,
                      position=self.record.position, item_id=self.record.item_id)

    def undo_change(self) -> None:
        items.remove(self.db, self.kind, self.record.item_id)


class EditItemCommand(_PlanCommand):
    """Change an item: `old` holds what it was (as kept), `new` what was typed."""

    def __init__(self, session, plan_id: int, kind: items.ItemKind, item_id: int, old: dict,
                 new: dict, text: str | None = None):
        super().__init__(session, plan_id, text or QCoreApplication.translate("ItemCommands", "Change"))
        self.kind, self.item_id, self.old, self.new = kind, item_id, dict(old), dict(new)
        self.label = text  # kept in Python: a refused command is gone from the stack (and Qt)
        self.checked = (kind.model.__tablename__, item_id)

    def taking_out(self) -> "RemoveItemCommand":
        """ "Just me" on a team database: the item leaves the team's copy (ui.commands.just_me)."""
        return RemoveItemCommand(self.session, self.plan_id, self.kind, self.item_id,
                                 QCoreApplication.translate("ItemCommands", "Take off"))

    def do(self) -> None:
        # Based on what it was: a change someone else made meanwhile is never written over.
        record = items.update(self.db, self.kind, self.item_id, self.new, expected=self.old)
        self.saved = {name: getattr(record, name) for name in self.new}  # as kept, not as typed

    def undo_change(self) -> None:
        items.update(self.db, self.kind, self.item_id, self.old, expected=self.saved)

    def again_over(self, theirs: dict) -> "EditItemCommand":
        """The same change, now based on what someone else saved meanwhile ("keep mine")."""
        return EditItemCommand(self.session, self.plan_id, self.kind, self.item_id,
                               self.old | theirs, self.new, self.label)


class RemoveItemCommand(_PlanCommand):
    """Take an item (and anything in it) out; Undo brings it back in its place."""

    def __init__(self, session, plan_id: int, kind: items.ItemKind, item_id: int,
                 text: str | None = None):
        super().__init__(session, plan_id, text or QCoreApplication.translate("ItemCommands", "Take off"))
        self.kind, self.item_id = kind, item_id
        self.removed = None

    def do(self) -> None:
        # Different views written beside the item go with it, and come back with it on Undo.
        self.removed, self.views = authorship.remove_keeping_views(
            self.db, self.plan_id, lambda: items.remove(self.db, self.kind, self.item_id))

    def undo_change(self) -> None:
        items.restore(self.db, self.kind, self.removed)
        authorship.put_back(self.db, self.views)


class MoveItemCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, kind: items.ItemKind, item_id: int, old: int,
                 new: int, text: str | None = None):
        super().__init__(session, plan_id, text or QCoreApplication.translate("ItemCommands", "Move"))
        self.kind, self.item_id, self.old, self.new = kind, item_id, old, new

    def do(self) -> None:
        items.move(self.db, self.kind, self.item_id, self.new)

    def undo_change(self) -> None:
        items.move(self.db, self.kind, self.item_id, self.old)


class EditBudgetSettingsCommand(_PlanCommand):
    """Change one of the budget's settings (the allocation, the year...), based on `old` (as the
    window shows it): a change someone else made meanwhile is shown first, never written over."""

    def __init__(self, session, plan_id: int, field: str, old, new):
        super().__init__(session, plan_id, QCoreApplication.translate("ItemCommands", "Change the budget"))
        self.field, self.old, self.new = field, old, new
        self._row: int | None = None

    @property
    def checked(self) -> tuple[str, int] | None:  # the settings' row, once there is one
        if self._row is None:
            self._row = budget.settings_id(self.db, self.plan_id)
        return None if self._row is None else ("budget", self._row)

    def do(self) -> None:
        budget.update_settings(self.db, self.plan_id, **{self.field: self.new})

    def undo_change(self) -> None:
        budget.update_settings(self.db, self.plan_id, **{self.field: self.old})
