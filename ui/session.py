"""The open database in the window: the undo stack, the lock, and the signals views listen to."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.errors import ChangedMeanwhile, PlannerError, ServerAway
from planner.storage.database import Database
from ui.commands import just_me
from ui.widgets.visibility import use_team_database

# (who, theirs, mine) -> True to keep mine: someone else changed it meanwhile (the window asks)
Resolver = Callable[[str, dict, dict], bool]
RETRY_EVERY_MS = 3_000  # how often changes kept while the team database is away are tried again


def ask(title: str, text: str) -> bool:
    answer = QMessageBox.question(
        QApplication.activeWindow(), title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class Session(QObject):
    """One open database. Every edit is a command pushed here; each is saved as it is made."""

    people_changed = Signal()
    plan_changed = Signal(int)  # plan id
    saved = Signal()
    failed = Signal(str)  # a message for the person

    def __init__(self, db: Database, parent: QObject | None = None, lock=None):
        super().__init__(parent)
        self.db = db
        self.lock = lock  # planner.storage.lock.DatabaseLock held by this window, if any
        self.undo_stack = QUndoStack(self)
        self.changed_since_backup = False
        self.saved.connect(self._note_change)
        self.ask = ask  # (title, question) -> yes: the window's question ("just me" on a team database)
        self.resolve: Resolver | None = None  # set by the window; None: someone else's change stands
        # Changes kept while the team database is away, oldest first (tried again in order).
        self.waiting: list = []
        # (table, id) -> fields as this window last wrote them: not "someone else's" change
        self.own_writes: dict[tuple[str, int], dict] = {}
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_EVERY_MS)
        self.retry_timer.timeout.connect(self.retry_waiting)
        use_team_database(not db.is_sqlite)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def _note_change(self) -> None:
        self.changed_since_backup = True

    def _keep_mine(self, command, error: ChangedMeanwhile, mine: dict | None) -> bool:
        keep = self.resolve is not None and self.resolve(error.who, error.theirs, mine or {})
        if not keep and hasattr(command, "plan_id"):
            self.plan_changed.emit(command.plan_id)  # the page shows theirs
        return keep

    def _refuse(self, command, error: PlannerError) -> str:
        command.error = error
        self.failed.emit(error.message)
        return error.message

    def execute(self, command) -> str | None:
        """Do `command` (a `SessionCommand`); returns None, or the message if it failed.

        A failed command changes nothing and is not kept on the undo stack. Every command passes
        the same two guards first: "just me" on a team database (`ui.commands.just_me`), and a
        change based on what someone else has changed meanwhile (the person chooses)."""
        if self.read_only:
            message = QCoreApplication.translate(
                "Session",
                "These plans are open for looking only, because Small Steps is already open on "
                "them. Close the other copy to make changes here.",
            )
            self.failed.emit(message)
            return message
        screened = just_me.screen(self, command)
        if screened is None:
            return self._refuse(command, command.error)
        command = screened
        if self.waiting:  # the team database is away: this change waits its turn behind the others
            command.waiting = True
            self.waiting.append(command)
            self.undo_stack.push(command)
            return None
        try:
            command.refuse_if_changed(command.fields("old"))
        except ServerAway:
            pass  # tried (and checked) again in order once the database is back: see `redo`
        except ChangedMeanwhile as error:
            if not self._keep_mine(command, error, command.fields("new")):
                return self._refuse(command, error)
            command.rebase(error.theirs)
        except PlannerError as error:
            return self._refuse(command, error)
        self.undo_stack.push(command)
        if command.error is not None:
            error = command.error
            self.failed.emit(error.message)
            racing = isinstance(error, ChangedMeanwhile) and hasattr(command, "again_over") and error.theirs
            if racing and self._keep_mine(command, error, command.fields("new")):  # refused inside the write
                return self.execute(command.again_over(error.theirs))
            return error.message
        return None

    # The team database away -----------------------------------------------------------------

    def _away_message(self) -> str:
        return QCoreApplication.translate(
            "Session", "The team database cannot be reached just now. What you typed is kept here, "
            "and Small Steps saves it as soon as the database is back.")

    def wait_for_server(self, command, error: ServerAway) -> None:
        """`command` could not reach the team database: keep it and try again every few seconds."""
        command.waiting = True
        if command not in self.waiting:
            self.waiting.append(command)
        self.failed.emit(self._away_message())
        if not self.retry_timer.isActive():
            self.retry_timer.start()

    def stop_waiting(self, command) -> None:
        """Undo of a change that never reached the database: it is forgotten."""
        command.waiting = False
        if command in self.waiting:
            self.waiting.remove(command)
        if not self.waiting:
            self.retry_timer.stop()

    def retry_waiting(self) -> None:
        """Try the kept changes again, oldest first; each is written once (one already saved
        before the connection dropped is found there and not written again)."""
        while self.waiting:
            command = self.waiting[0]
            try:
                command.try_again()
            except ServerAway:
                return  # still away: the timer tries again
            except ChangedMeanwhile as error:
                if self._keep_mine(command, error, command.fields("new")):
                    command.rebase(error.theirs)
                    continue
                self._give_up(command, error)
            except PlannerError as error:
                self._give_up(command, error)
            else:
                self.waiting.pop(0)
                command.waiting = False
                command.notify()
                self.saved.emit()
        self.retry_timer.stop()

    def _give_up(self, command, error: PlannerError) -> None:
        self.waiting.pop(0)
        command.waiting, command.void, command.error = False, True, error
        self.failed.emit(error.message)
        command.notify()  # the page shows what the database holds

    def undo_refused(self, command, error: ChangedMeanwhile) -> None:
        """An Undo over someone else's change: keep mine (Undo anyway) or theirs (drop the Undo)."""
        if self._keep_mine(command, error, command.fields("old")):
            command.undo_anyway()
            return
        command.give_way()
