"""Running the commands of an `ItemListEditor`: add or change in a dialog, take off, move."""

from PySide6.QtWidgets import QMessageBox

from ui.commands.items import AddItemCommand, EditItemCommand, MoveItemCommand, RemoveItemCommand
from ui.dialogs.form_dialog import FormDialog


def open_item_dialog(parent, session, plan_id: int, kind, owner_id: int, fields, title: str,
                     record=None, fixed: dict | None = None) -> None:
    """A dialog to add an item (record None) or change `record`; saved through a command."""
    values = {} if record is None else {f.key: getattr(record, f.key) for f in fields}

    def submit(typed: dict):
        return save_item(parent, session, plan_id, kind, owner_id, record, typed, title, fixed)

    dialog_title = title if record is None else parent.tr("Change: {what}").format(what=title)
    FormDialog(dialog_title, fields, values, submit, parent=parent).exec()


def save_item(parent, session, plan_id: int, kind, owner_id: int, record, typed: dict, title: str,
              fixed: dict | None = None):
    """Add or change an item through a command; None, or (message, field) for the form."""
    if not session.db.is_sqlite and typed.get("visibility") == "private":
        # A team database never keeps what is "just me" (README: what the person keeps to themselves).
        if record is None:
            return (parent.tr("A team database does not keep anything marked \"just me\". Choose who "
                              "else may see it, or keep it in the person's own plan file."), "visibility")
        if getattr(record, "visibility", None) != "private":
            answer = QMessageBox.question(
                parent, parent.tr("Just for the person?"),
                parent.tr("On a team database, \"just me\" means taking this out of the team's copy: it "
                          "stays only in the person's own plan file. Take it out now? (Undo puts it back.)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return (parent.tr("Nothing was changed."), "visibility")
            command = RemoveItemCommand(session, plan_id, kind, record.item_id,
                                        parent.tr("Take off: {what}").format(what=title))
            error = session.execute(command)
            return None if error is None else (error, None)
    if record is None:
        command = AddItemCommand(session, plan_id, kind, owner_id, {**typed, **(fixed or {})},
                                 parent.tr("Add: {what}").format(what=title))
    else:
        old = {key: getattr(record, key) for key in typed}
        command = EditItemCommand(session, plan_id, kind, record.item_id, old, typed,
                                  parent.tr("Change: {what}").format(what=title))
    error = session.execute(command)
    return None if error is None else (error, getattr(command.error, "field", None))


def remove_item(session, plan_id: int, kind, editor, record) -> None:
    error = session.execute(RemoveItemCommand(
        session, plan_id, kind, record.item_id,
        editor.tr("Take off: {what}").format(what=editor.title)))
    editor.message.show_message(error)


def move_item(session, plan_id: int, kind, editor, record, row: int) -> None:
    error = session.execute(MoveItemCommand(
        session, plan_id, kind, record.item_id, record.position, row,
        editor.tr("Move: {what}").format(what=editor.title)))
    editor.message.show_message(error)
    if error is None:
        editor.choose(row)
