"""Commands for people: add, change details, remove (all undoable)."""

from PySide6.QtCore import QCoreApplication

from planner.services import people, plans
from ui.commands.base import SessionCommand


class _PeopleCommand(SessionCommand):
    def notify(self) -> None:
        self.session.people_changed.emit()


class AddPersonCommand(_PeopleCommand):
    """Add a person with an empty plan. Undo takes them out again; Redo brings them back."""

    def __init__(self, session, name: str):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Add {name}").format(name=name.strip()[:40]))
        self.name = name
        self.person_id: int | None = None
        self.plan_id: int | None = None

    def do(self) -> None:
        if self.person_id is None:
            added = self.add_once("person", lambda: people.add_person(self.db, self.name),
                                  lambda person_id: people.get_summary(self.db, person_id))
            self.person_id, self.plan_id = added.person_id, added.plan_id
        else:
            people.restore_person(self.db, self.person_id)

    def undo_change(self) -> None:
        people.remove_person(self.db, self.person_id)


class RemovePersonCommand(_PeopleCommand):
    def __init__(self, session, person_id: int, name: str):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Remove {name}").format(name=name[:40]))
        self.person_id = person_id

    def do(self) -> None:
        people.remove_person(self.db, self.person_id)

    def undo_change(self) -> None:
        people.restore_person(self.db, self.person_id)


class EditPersonCommand(_PeopleCommand):
    """Change one detail of a person (their name, pronouns, needs...)."""

    def __init__(self, session, person_id: int, field: str, old, new, plan_id: int | None = None):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Change details"))
        self.person_id, self.field, self.old, self.new = person_id, field, old, new
        self.plan_id = plan_id
        self.checked = ("person", person_id)

    def do(self) -> None:
        people.update_person(self.db, self.person_id, **{self.field: self.new})

    def undo_change(self) -> None:
        people.update_person(self.db, self.person_id, **{self.field: self.old})

    def notify(self) -> None:
        super().notify()
        if self.plan_id is not None:
            self.session.plan_changed.emit(self.plan_id)


class EditPlanCommand(SessionCommand):
    """Change one detail of a plan (its title, dates)."""

    def __init__(self, session, plan_id: int, field: str, old, new):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Change the plan"))
        self.plan_id, self.field, self.old, self.new = plan_id, field, old, new
        self.checked = ("plan", plan_id)

    def do(self) -> None:
        plans.update_plan(self.db, self.plan_id, **{self.field: self.new})

    def undo_change(self) -> None:
        plans.update_plan(self.db, self.plan_id, **{self.field: self.old})

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)
        self.session.people_changed.emit()


class AddHelperCommand(SessionCommand):
    def __init__(self, session, plan_id: int, name: str, role: str, visibility: str):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Add a helper"))
        self.plan_id, self.name, self.role, self.visibility = plan_id, name, role, visibility
        self.record = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.add_once(
                "plan_helper", lambda: plans.add_helper(self.db, self.plan_id, self.name, self.role, self.visibility),
                lambda helper_id: plans.get_helper(self.db, helper_id))
            return
        self.record = plans.add_helper(self.db, self.plan_id, self.name, self.role, self.visibility,
                                       helper_id=self.record.helper_id)

    def undo_change(self) -> None:
        plans.remove_helper(self.db, self.record.helper_id)

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class RemoveHelperCommand(SessionCommand):
    def __init__(self, session, plan_id: int, helper_id: int):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Remove a helper"))
        self.plan_id, self.helper_id = plan_id, helper_id
        self.record = None

    def do(self) -> None:
        self.record = plans.remove_helper(self.db, self.helper_id)

    def undo_change(self) -> None:
        r = self.record
        plans.add_helper(
            self.db, self.plan_id, r.name, r.role, r.visibility, position=r.position,
            helper_id=r.helper_id,
        )

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)


class EditHelperCommand(SessionCommand):
    def __init__(self, session, plan_id: int, helper_id: int, field: str, old, new):
        super().__init__(session, QCoreApplication.translate("PeopleCommands", "Change a helper"))
        self.plan_id, self.helper_id, self.field, self.old, self.new = (
            plan_id, helper_id, field, old, new
        )
        self.checked = ("plan_helper", helper_id)

    def taking_out(self) -> "RemoveHelperCommand":
        return RemoveHelperCommand(self.session, self.plan_id, self.helper_id)

    def do(self) -> None:
        plans.update_helper(self.db, self.helper_id, **{self.field: self.new})

    def undo_change(self) -> None:
        plans.update_helper(self.db, self.helper_id, **{self.field: self.old})

    def notify(self) -> None:
        self.session.plan_changed.emit(self.plan_id)
