"""Commands for the plan's status, the last assessment, who wrote each part and different views
(all undoable). Sending a plan to the panel is not a command: a frozen copy is never taken back."""

from PySide6.QtCore import QCoreApplication

from planner.services import authorship, plan_status
from ui.commands.base import SessionCommand


class _PlanCommand(SessionCommand):
    plan_id: int

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)
        self.session.people_changed.emit()


class SetStatusCommand(_PlanCommand):
    """Change where the plan is up to (recorded with when and who; Undo records the change back).
    Given where the window shows it is up to (`seen`), it is based on that: a change someone else
    made meanwhile is shown first, never written over."""

    def __init__(self, session, plan_id: int, status: str, panel_date=None, note: str = "",
                 seen: str | None = None):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Change where the plan is up to"))
        self.plan_id, self.status, self.panel_date, self.note = plan_id, status, panel_date, note
        self.before = None
        if seen is not None:
            self.checked = ("plan", plan_id)
            self.old, self.new = {"status": seen}, {"status": status}

    def do(self) -> None:
        if self.before is None:
            self.before = plan_status.get_standing(self.db, self.plan_id)
        plan_status.set_status(self.db, self.plan_id, self.status, self.panel_date, self.note)

    def undo_change(self) -> None:
        before = self.before
        plan_status.set_status(self.db, self.plan_id, before.status, before.panel_date, before.note,
                               keep_panel_date=False)


class SetAssessedOnCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, old, new):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Change the date of the last assessment"))
        self.plan_id, self.old, self.new = plan_id, old, new

    def do(self) -> None:
        plan_status.set_assessed_on(self.db, self.plan_id, self.new)

    def undo_change(self) -> None:
        plan_status.set_assessed_on(self.db, self.plan_id, self.old)


class AddAuthorCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, part: str, role: str, name: str, visibility: str):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Add who helped write a part"))
        self.plan_id, self.values = plan_id, dict(part=part, role=role, name=name, visibility=visibility)
        self.record = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.add_once("part_author", lambda: authorship.add_author(self.db, self.plan_id, **self.values),
                                        lambda author_id: authorship.get_author(self.db, author_id))
        else:
            self.record = authorship.add_author(self.db, self.plan_id, author_id=self.record.author_id,
                                                position=self.record.position, **self.values)

    def undo_change(self) -> None:
        authorship.remove_author(self.db, self.record.author_id)


class RemoveAuthorCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, author_id: int):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Take off who helped write a part"))
        self.plan_id, self.author_id = plan_id, author_id
        self.record = None

    def do(self) -> None:
        self.record = authorship.remove_author(self.db, self.author_id)

    def undo_change(self) -> None:
        r = self.record
        authorship.add_author(self.db, r.plan_id, r.part, r.role, r.name, r.visibility,
                              position=r.position, author_id=r.author_id)


class AddDisagreementCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, item_kind: str, item_id: int, who: str, role: str,
                 text: str, visibility: str):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Write down a different view"))
        self.plan_id = plan_id
        self.values = dict(item_kind=item_kind, item_id=item_id, who=who, role=role, text=text,
                           visibility=visibility)
        self.record = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.add_once(
                "disagreement", lambda: authorship.add_disagreement(self.db, self.plan_id, **self.values),
                lambda disagreement_id: authorship.get_disagreement(self.db, disagreement_id))
        else:
            self.record = authorship.add_disagreement(
                self.db, self.plan_id, position=self.record.position,
                disagreement_id=self.record.disagreement_id, **self.values)

    def undo_change(self) -> None:
        authorship.remove_disagreement(self.db, self.record.disagreement_id)


class RemoveDisagreementCommand(_PlanCommand):
    def __init__(self, session, plan_id: int, disagreement_id: int):
        super().__init__(session, QCoreApplication.translate("PanelCommands", "Take off a different view"))
        self.plan_id, self.disagreement_id = plan_id, disagreement_id
        self.record = None

    def do(self) -> None:
        self.record = authorship.remove_disagreement(self.db, self.disagreement_id)

    def undo_change(self) -> None:
        r = self.record
        authorship.add_disagreement(self.db, r.plan_id, r.item_kind, r.item_id, r.who, r.role, r.text,
                                    r.visibility, position=r.position, disagreement_id=r.disagreement_id)
