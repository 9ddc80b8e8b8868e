"""The shared shape of every command: do, undo, and say what changed."""

from PySide6.QtGui import QUndoCommand

from planner.errors import PlannerError


class SessionCommand(QUndoCommand):
    """A command whose `do` and `undo_change` call planner services.

    If the first `do` fails, the command records the error and marks itself obsolete, so the
    undo stack drops it: nothing changed, nothing to undo.
    """

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.error: PlannerError | None = None

    @property
    def db(self):
        return self.session.db

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        """Tell views what changed."""

    def redo(self) -> None:
        try:
            self.do()
        except PlannerError as error:
            self.error = error
            self.setObsolete(True)
            return
        self.notify()
        self.session.saved.emit()

    def undo(self) -> None:
        try:
            self.undo_change()
        except PlannerError as error:
            self.session.failed.emit(error.message)
            return
        self.notify()
        self.session.saved.emit()
