"""The open database in the window: the undo stack and the signals views listen to."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.storage.database import Database


class Session(QObject):
    """One open database. Every edit is a command pushed here; each is saved as it is made."""

    people_changed = Signal()
    plan_changed = Signal(int)  # plan id
    saved = Signal()
    failed = Signal(str)  # a message for the person

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)

    def execute(self, command) -> str | None:
        """Do `command` (a `SessionCommand`); returns None, or the message if it failed.

        A failed command changes nothing and is not kept on the undo stack.
        """
        self.undo_stack.push(command)
        if command.error is not None:
            self.failed.emit(command.error.message)
            return command.error.message
        return None
