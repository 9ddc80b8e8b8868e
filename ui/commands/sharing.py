"""Changing who can see a whole part of the plan at once (undoable)."""

from PySide6.QtCore import QCoreApplication

from planner.services import sharing
from ui.commands.base import SessionCommand


class SetPartVisibilityCommand(SessionCommand):
    def __init__(self, session, plan_id: int, part: str, visibility: str):
        super().__init__(session, QCoreApplication.translate("SharingCommands", "Change who can see a part"))
        self.plan_id, self.part, self.visibility = plan_id, part, visibility
        self.old: dict = {}

    def do(self) -> None:
        self.old = sharing.set_part_visibility(self.db, self.plan_id, self.part, self.visibility)

    def undo_change(self) -> None:
        sharing.restore_visibility(self.db, self.old)

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)
