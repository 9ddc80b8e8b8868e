"""Commands for a plan's pictures: add, change, remove, and make one the person's own photo."""

from PySide6.QtCore import QCoreApplication

from planner.services import pictures
from ui.commands.base import SessionCommand


class _PictureCommand(SessionCommand):
    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class AddPictureCommand(_PictureCommand):
    """Add a symbol (`symbol_key`) or a cleaned photo (`jpeg`) to the plan's pictures."""

    def __init__(self, session, plan_id: int, description: str, visibility: str,
                 symbol_key: str | None = None, jpeg: bytes | None = None):
        super().__init__(session, QCoreApplication.translate("PictureCommands", "Add a picture"))
        self.plan_id, self.description, self.visibility = plan_id, description, visibility
        self.symbol_key, self.jpeg = symbol_key, jpeg
        self.record: pictures.PictureRecord | None = None

    def do(self) -> None:
        if self.record is None:  # its id taken first: tried again, it is never added twice
            self.record = self.add_once("picture", lambda: self._add(None),
                                        lambda picture_id: pictures.get_picture(self.db, picture_id))
        else:
            self.record = self._add(self.record.picture_id)

    def _add(self, again: int | None) -> pictures.PictureRecord:
        if self.jpeg is not None:
            return pictures.add_photo(self.db, self.plan_id, self.jpeg, self.description, self.visibility, again)
        return pictures.add_symbol(self.db, self.plan_id, self.symbol_key or "", self.description,
                                   self.visibility, again)

    def undo_change(self) -> None:
        pictures.remove_picture(self.db, self.record.picture_id)


class EditPictureCommand(_PictureCommand):
    """Change what a picture is said to show, or who can see it."""

    def __init__(self, session, plan_id: int, picture_id: int, old: dict, new: dict):
        super().__init__(session, QCoreApplication.translate("PictureCommands", "Change a picture"))
        self.plan_id, self.picture_id, self.old, self.new = plan_id, picture_id, old, new
        self.checked = ("picture", picture_id)

    def do(self) -> None:
        pictures.update_picture(self.db, self.picture_id, **self.new)

    def undo_change(self) -> None:
        pictures.update_picture(self.db, self.picture_id, **self.old)


class RemovePictureCommand(_PictureCommand):
    def __init__(self, session, plan_id: int, picture_id: int):
        super().__init__(session, QCoreApplication.translate("PictureCommands", "Remove a picture"))
        self.plan_id, self.picture_id = plan_id, picture_id
        self.removed: pictures.RemovedPicture | None = None

    def do(self) -> None:
        self.removed = pictures.remove_picture(self.db, self.picture_id)

    def undo_change(self) -> None:
        pictures.restore_picture(self.db, self.removed)


class SetProfilePhotoCommand(SessionCommand):
    """Make a picture the person's own photo (the one at the front of their plan)."""

    def __init__(self, session, plan_id: int, jpeg: bytes | None, description: str):
        super().__init__(session, QCoreApplication.translate("PictureCommands", "Change my photo"))
        self.plan_id, self.jpeg, self.description = plan_id, jpeg, description
        self.before: pictures.ProfilePhoto | None = None

    def do(self) -> None:
        if self.before is None:
            self.before = pictures.profile_photo(self.db, self.plan_id)
        pictures.set_profile_photo(self.db, self.plan_id, self.jpeg, self.description)

    def undo_change(self) -> None:
        pictures.set_profile_photo(self.db, self.plan_id, self.before.jpeg, self.before.description)

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)
        self.session.people_changed.emit()
