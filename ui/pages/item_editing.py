"""Running the commands of an `ItemListEditor`: add or change in a dialog, take off, move."""

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
    # "Just me" on a team database: asked and handled by the session, as on every page
    # (ui.commands.just_me); a new "just me" item is refused there, with the message at the field.
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
