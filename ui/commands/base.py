"""The shared shape of every command: do, undo, and say what changed.

An edit that names the row it changes (`checked`: its table and id) and keeps `old` and `new`
(the fields as the window saw them, and as typed) is never written over someone else's change:
before it is done (and before Undo or Redo) the row is read again, and if any of those fields
was changed meanwhile nothing is written and `ChangedMeanwhile` says what they are now and who
changed them; the window then shows both (the session's `conflict`). One mechanism for every
editor; lists edited through `planner.services.items` are checked inside the write as well.
"""

from PySide6.QtGui import QUndoCommand

from planner.errors import ChangedMeanwhile, PlannerError, ServerAway
from planner.services import meanwhile, new_ids
from ui.saving import unchanged


class SessionCommand(QUndoCommand):
    """A command whose `do` and `undo_change` call planner services.

    If the first `do` fails, the command records the error and marks itself obsolete, so the
    undo stack drops it: nothing changed, nothing to undo.
    """

    checked: tuple[str, int] | None = None  # (table, row id) an edit is based on, if it names one
    reserved: int | None = None  # a new item's id, taken before it is added (a team database)

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.error: PlannerError | None = None
        self.undo_error: PlannerError | None = None
        self._after_do: dict | None = None  # the row as this command left it (for Undo)
        self._after_undo: dict | None = None  # the row as Undo left it (for Redo)
        self._seen: tuple = ("", 0, None)  # (table, id, version) the last check read
        self.waiting = False  # the team database was away: kept, in order, until it is back
        self.void = False  # it waited and was then refused: nothing of it is in the database

    @property
    def db(self):
        return self.session.db

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        """Tell views what changed."""

    # Based on what was seen ------------------------------------------------------------------

    def fields(self, which: str) -> dict | None:
        """`old` or `new` as field -> value (None when this command keeps no such fields)."""
        value = getattr(self, which, None)
        if isinstance(value, dict):
            return value
        field = getattr(self, "field", None)
        return {field: value} if isinstance(field, str) and hasattr(self, which) else None

    def _now(self) -> dict | None:
        """The row's fields as this command left them (remembered as this window's own)."""
        if self.checked is None or self.fields("new") is None:
            return None
        now, _who = meanwhile.fields_now(self.db, *self.checked, self.fields("new"))
        self.session.own_writes.setdefault(self.checked, {}).update(now)
        return now

    def refuse_if_changed(self, expected: dict | None, wanted: dict | None = None) -> bool:
        """Raise `ChangedMeanwhile` when someone else changed the fields of `expected` since.
        True when the row already holds `wanted` (a change tried again after the server went
        away mid-write had in fact been saved: it is not written twice)."""
        self._seen = ("", 0, None)
        if self.checked is None or not expected:
            return False
        theirs, who, version = meanwhile.changed_meanwhile(self.db, *self.checked, expected, unchanged)
        self._seen = (*self.checked, version)  # the write goes over this version only
        ours = self.session.own_writes.get(self.checked, {})  # a page showing an older copy of
        theirs = {name: value for name, value in theirs.items()  # this window's own change
                  if not (name in ours and unchanged(ours[name], value))}
        if theirs and wanted and all(name in wanted and unchanged(wanted[name], value)
                                     for name, value in theirs.items()):
            return True
        if theirs:
            raise meanwhile.refusal(theirs, who)
        return False

    def rebase(self, theirs: dict) -> None:
        """Keep mine: the change is now based on what someone else saved ("old" becomes theirs,
        so Undo puts theirs back)."""
        old = self.fields("old")
        if isinstance(getattr(self, "old", None), dict):
            self.old = {**old, **theirs}
        elif old is not None:
            self.old = theirs.get(self.field, self.old)

    def add_once(self, table: str, add, find):
        """`add()`, its id taken first on a team database: tried again after the server went away
        mid-write, an add that had in fact been saved is found there (`find(id)`), not added twice."""
        if self.reserved is None:
            self.reserved = new_ids.reserve(self.db, table)
        elif new_ids.exists(self.db, table, self.reserved):
            return find(self.reserved)
        with new_ids.taking(table, self.reserved):
            return add()

    # Qt ----------------------------------------------------------------------------------------

    def redo(self) -> None:
        if self.void or self.waiting:  # nothing of it is in the database yet (or ever)
            return
        try:
            self.try_again()
        except ServerAway as error:  # kept, in order, and tried again until the server is back
            self.session.wait_for_server(self, error)
            return
        except PlannerError as error:
            self.error = error
            self.setObsolete(True)
            return
        self.notify()
        self.session.saved.emit()

    def try_again(self) -> None:
        """Do it, based on what was seen (raises as `do` does; `ServerAway`: nothing written)."""
        basis = self._after_undo if self._after_undo is not None else self.fields("old")
        if not self.refuse_if_changed(basis, self.fields("new")):
            with meanwhile.pinned(*self._seen):
                self.do()
        self._after_do = self._now()

    def undo(self) -> None:
        if self.void:
            return
        if self.waiting:  # never reached the database: Undo just forgets it
            self.session.stop_waiting(self)
            return
        try:
            self.refuse_if_changed(self._after_do)
            with meanwhile.pinned(*self._seen):
                self.undo_change()
            self._after_undo = self._now()
        except ChangedMeanwhile as error:
            self.session.failed.emit(error.message)
            self.session.undo_refused(self, error)
            return
        except PlannerError as error:
            self.session.failed.emit(error.message)
            return
        self.notify()
        self.session.saved.emit()

    def undo_anyway(self) -> None:
        """Keep mine after a refused Undo: what was there before this command goes back."""
        self._after_do = None
        self.undo()

    def give_way(self) -> None:
        """Take theirs after a refused Undo: the undo stack drops this command (Qt removes a
        command made obsolete in its undo), so no Redo can write over theirs either."""
        self.setObsolete(True)
