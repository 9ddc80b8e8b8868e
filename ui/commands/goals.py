"""Commands for what I need, my goals and their small steps (all undoable)."""

from PySide6.QtCore import QCoreApplication

from planner.services import goals, needs, steps
from ui.commands.plan_items import (
    AddItemCommand,
    EditItemCommand,
    PlanItemCommand,
    RemoveItemCommand,
)

# What I need ---------------------------------------------------------------------------------


class AddNeedCommand(AddItemCommand):
    def __init__(self, session, plan_id: int, domain: str, words: str, funding_stream: str, visibility: str):
        db = session.db
        super().__init__(
            session, plan_id, QCoreApplication.translate("GoalCommands", "Add a need"),
            add=lambda: needs.add_need(db, plan_id, domain, words, funding_stream, visibility),
            remove=lambda record: needs.remove_need(db, record.need_id),
            restore=lambda removed: needs.restore_need(db, removed),
            table="need", find=lambda need_id: needs.get_need(db, need_id),
        )


class EditNeedCommand(EditItemCommand):
    def __init__(self, session, plan_id: int, need_id: int, field: str, old, new):
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Change a need"),
                         lambda **c: needs.update_need(session.db, need_id, **c), {field: old}, {field: new},
                         checked=("need", need_id), take_out=lambda: RemoveNeedCommand(session, plan_id, need_id))


class RemoveNeedCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, need_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Take a need off"),
                         remove=lambda: needs.remove_need(db, need_id),
                         restore=lambda removed: needs.restore_need(db, removed))


# Goals ---------------------------------------------------------------------------------------


class AddGoalCommand(AddItemCommand):
    """A new goal (with starter steps when the person took an idea to get started)."""

    def __init__(self, session, plan_id: int, title: str, step_texts=(), **fields):
        db = session.db
        step_texts = tuple(step_texts)
        super().__init__(
            session, plan_id, QCoreApplication.translate("GoalCommands", "Add a goal"),
            add=lambda: goals.add_goal(db, plan_id, title, steps=step_texts, **fields),
            remove=lambda record: goals.remove_goal(db, record.goal_id),
            restore=lambda removed: goals.restore_goal(db, removed),
            table="goal", find=lambda goal_id: goals.get_goal(db, goal_id),
        )


class EditGoalCommand(EditItemCommand):
    def __init__(self, session, plan_id: int, goal_id: int, field: str, old, new):
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Change a goal"),
                         lambda **c: goals.update_goal(session.db, goal_id, **c), {field: old}, {field: new},
                         checked=("goal", goal_id), take_out=lambda: RemoveGoalCommand(session, plan_id, goal_id))


class RemoveGoalCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, goal_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Take a goal off"),
                         remove=lambda: goals.remove_goal(db, goal_id),
                         restore=lambda removed: goals.restore_goal(db, removed))


# Steps ---------------------------------------------------------------------------------------


class AddStepCommand(AddItemCommand):
    def __init__(self, session, plan_id: int, goal_id: int, what: str, confirm_cost: bool = False, **fields):
        db = session.db
        super().__init__(
            session, plan_id, QCoreApplication.translate("GoalCommands", "Add a step"),
            add=lambda: steps.add_step(db, goal_id, what, confirm_cost=confirm_cost, **fields),
            remove=lambda record: steps.remove_step(db, record.step_id),
            restore=lambda removed: steps.restore_step(db, removed),
            table="step", find=lambda step_id: steps.get_step(db, step_id),
        )


class EditStepCommand(EditItemCommand):
    """Change one detail of a step. A cost the person confirmed stays confirmed on Redo; Undo puts
    the old value back as it was."""

    def __init__(self, session, plan_id: int, step_id: int, field: str, old, new, confirm_cost: bool = False):
        db = session.db
        super().__init__(
            session, plan_id, QCoreApplication.translate("GoalCommands", "Change a step"),
            update=lambda **c: steps.update_step(db, step_id, confirm_cost=confirm_cost, **c),
            undo_update=lambda **c: steps.update_step(db, step_id, confirm_cost=True, **c),
            old={field: old}, new={field: new},
            checked=("step", step_id), take_out=lambda: RemoveStepCommand(session, plan_id, step_id),
        )


class RemoveStepCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, step_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Take a step off"),
                         remove=lambda: steps.remove_step(db, step_id),
                         restore=lambda removed: steps.restore_step(db, removed))


class SetStepStatusCommand(PlanItemCommand):
    """Where a step is up to (to do, doing, done, skipped). A step ticked off today stays dated
    today on Redo, whatever day Redo happens."""

    def __init__(self, session, plan_id: int, step, status: str, done_on=None):
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Tick a step off") if status == "done" else QCoreApplication.translate("GoalCommands", "Change a step"))
        self.step_id = step.step_id
        self.old = (step.status, step.done_on)
        self.new = (status, done_on)

    def do(self) -> None:
        record = steps.set_step_status(self.db, self.step_id, *self.new)
        self.new = (record.status, record.done_on)

    def undo_change(self) -> None:
        steps.set_step_status(self.db, self.step_id, *self.old)


class MoveStepCommand(PlanItemCommand):
    """Put a step somewhere else in its goal's list (by dragging, or with the keyboard)."""

    def __init__(self, session, plan_id: int, step_id: int, from_position: int, to_position: int):
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Move a step"))
        self.step_id, self.from_position, self.to_position = step_id, from_position, to_position

    def do(self) -> None:
        steps.move_step(self.db, self.step_id, self.to_position)

    def undo_change(self) -> None:
        steps.move_step(self.db, self.step_id, self.from_position)


class SplitStepCommand(PlanItemCommand):
    """Split a step into smaller ones. Undo joins them back; Redo splits again with the same ids."""

    def __init__(self, session, plan_id: int, step_id: int, pieces: list[str]):
        super().__init__(session, plan_id, QCoreApplication.translate("GoalCommands", "Split a step"))
        self.step_id, self.pieces = step_id, list(pieces)
        self.result = None

    def do(self) -> None:
        new_ids = [s.step_id for s in self.result.new_steps] if self.result else None
        self.result = steps.split_step(self.db, self.step_id, self.pieces, new_ids)

    def undo_change(self) -> None:
        steps.unsplit_step(self.db, self.result)
