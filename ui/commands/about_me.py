"""Commands for About me answers: add, change, move, remove (all undoable)."""

from PySide6.QtCore import QCoreApplication

from planner.services import about_me, authorship
from ui.commands.base import SessionCommand

# Typing into one answer makes one step on the undo stack, not one per pause.
EDIT_TEXT_ID = 3101



class _AnswerCommand(SessionCommand):
    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class AddAnswerCommand(_AnswerCommand):
    def __init__(self, session, plan_id: int, area: str, prompt: str, text: str, tag: str = "",
                 visibility: str | None = None, picture_id: int | None = None):
        super().__init__(session, QCoreApplication.translate("AboutMeCommands", "Add an answer"))
        self.plan_id = plan_id
        self.values = {"area": area, "prompt": prompt, "text": text, "tag": tag,
                       "visibility": visibility, "picture_id": picture_id}
        self.record: about_me.AnswerRecord | None = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.add_once("about_me_answer",
                                        lambda: about_me.add_answer(self.db, self.plan_id, **self.values),
                                        lambda answer_id: about_me.get_answer(self.db, answer_id))
        else:
            about_me.restore_answer(self.db, self.record)

    def undo_change(self) -> None:
        self.record = about_me.remove_answer(self.db, self.record.answer_id)


class EditAnswerCommand(_AnswerCommand):
    """Change some of an answer: its words, tag, who can see it, or its picture."""

    def __init__(self, session, plan_id: int, answer_id: int, old: dict, new: dict):
        super().__init__(session, QCoreApplication.translate("AboutMeCommands", "Change an answer"))
        self.plan_id, self.answer_id, self.old, self.new = plan_id, answer_id, old, new
        self.checked = ("about_me_answer", answer_id)

    def taking_out(self) -> "RemoveAnswerCommand":
        return RemoveAnswerCommand(self.session, self.plan_id, self.answer_id)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return EDIT_TEXT_ID if set(self.new) == {"text"} else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditAnswerCommand) or other.answer_id != self.answer_id:
            return False
        if other.error is not None or set(other.new) != {"text"}:
            return False
        self.new = dict(other.new)
        self._after_do = other._after_do
        return True

    def do(self) -> None:
        about_me.update_answer(self.db, self.answer_id, **self.new)

    def undo_change(self) -> None:
        about_me.update_answer(self.db, self.answer_id, **self.old)


class MoveAnswerCommand(_AnswerCommand):
    """Move an answer up (-1) or down (+1) among the answers to its question."""

    def __init__(self, session, plan_id: int, area: str, answer_id: int, step: int):
        super().__init__(session, QCoreApplication.translate("AboutMeCommands", "Move an answer"))
        self.plan_id, self.area, self.answer_id, self.step = plan_id, area, answer_id, step
        self.before: list[int] | None = None

    def do(self) -> None:
        self.before = about_me.move_answer(self.db, self.answer_id, self.step)

    def undo_change(self) -> None:
        about_me.set_answer_order(self.db, self.plan_id, self.area, self.before)


class RemoveAnswerCommand(_AnswerCommand):
    def __init__(self, session, plan_id: int, answer_id: int):
        super().__init__(session, QCoreApplication.translate("AboutMeCommands", "Remove an answer"))
        self.plan_id, self.answer_id = plan_id, answer_id
        self.record: about_me.AnswerRecord | None = None

    def do(self) -> None:
        # Different views written beside the answer go with it, and come back with it on Undo.
        self.record, self.views = authorship.remove_keeping_views(
            self.db, self.plan_id, lambda: about_me.remove_answer(self.db, self.answer_id))

    def undo_change(self) -> None:
        about_me.restore_answer(self.db, self.record)
        authorship.put_back(self.db, self.views)
