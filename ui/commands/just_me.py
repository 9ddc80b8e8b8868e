"""The one way "just me" is handled on a team database, for every page and dialog.

A team database never keeps anything marked "just me" (README, "What the person keeps to
themselves"; PostgreSQL refuses it, migration 0016). So a change that marks an item "just me"
there asks first and, if the person agrees, takes the item out of the team's copy (Undo puts it
back); a new item marked "just me" is refused by the database with a plain message at the field.
Every command that changes an item can say how to take it out (`taking_out`); `Session.execute`
sends every command through `screen` before it runs.
"""

from PySide6.QtCore import QCoreApplication

from planner.errors import InvalidInput

PRIVATE = "private"


def marks_private(command) -> bool:
    new, old = getattr(command, "new", None), getattr(command, "old", None)
    return (isinstance(new, dict) and new.get("visibility") == PRIVATE
            and not (isinstance(old, dict) and old.get("visibility") == PRIVATE))


def question() -> tuple[str, str]:
    return (QCoreApplication.translate("JustMe", "Just for the person?"),
            QCoreApplication.translate(
                "JustMe", "On a team database, \"just me\" means taking this out of the team's copy: "
                "it stays only in the person's own plan file. Take it out now? (Undo puts it back.)"))


def screen(session, command):
    """The command to run instead of `command` (itself, or one taking the item out), or None when
    nothing is to run (`command.error` then says why)."""
    if session.db.is_sqlite or not marks_private(command):
        return command
    taking_out = getattr(command, "taking_out", None)
    if taking_out is None:  # nothing to take out (a detail of the plan itself): the database refuses
        return command
    if not session.ask(*question()):
        command.error = InvalidInput(QCoreApplication.translate("JustMe", "Nothing was changed."), "visibility")
        return None
    return taking_out()
