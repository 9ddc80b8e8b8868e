"""The open database in the window: the undo stack, the lock, and the signals views listen to."""

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.errors import ChangedMeanwhile
from planner.storage.database import Database


class Session(QObject):
    """One open database. Every edit is a command pushed here; each is saved as it is made."""

    people_changed = Signal()
    plan_changed = Signal(int)  # plan id
    saved = Signal()
    failed = Signal(str)  # a message for the person
    # (command, ChangedMeanwhile): someone else changed it meanwhile; the window asks which to keep
    conflict = Signal(object, object)

    def __init__(self, db: Database, parent: QObject | None = None, lock=None):
        super().__init__(parent)
        self.db = db
        self.lock = lock  # planner.storage.lock.DatabaseLock held by this window, if any
        self.undo_stack = QUndoStack(self)
        self.changed_since_backup = False
        self.saved.connect(self._note_change)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def _note_change(self) -> None:
        self.changed_since_backup = True

    def execute(self, command) -> str | None:
        """Do `command` (a `SessionCommand`); returns None, or the message if it failed.

        A failed command changes nothing and is not kept on the undo stack.
        """
        if self.read_only:
            message = QCoreApplication.translate(
                "Session",
                "These plans are open for looking only, because Small Steps is already open on "
                "them. Close the other copy to make changes here.",
            )
            self.failed.emit(message)
            return message
        self.undo_stack.push(command)
        if command.error is not None:
            self.failed.emit(command.error.message)
            if isinstance(command.error, ChangedMeanwhile) and hasattr(command, "again_over"):
                self.conflict.emit(command, command.error)
            return command.error.message
        return None
