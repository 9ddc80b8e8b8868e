"""Helpers shared by the needs, goals, steps, check-ins, reviews and meetings services."""

from collections.abc import Sequence

from planner.domain.goals import join_keys, split_keys  # noqa: F401 (services take them from here)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.storage.goals_models import Goal, Step
from planner.storage.models import Plan


def live_plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def live_goal(session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFound(_("That goal is no longer in the plan."))
    live_plan(session, goal.plan_id)
    return goal


def live_step(session, step_id: int) -> Step:
    step = session.get(Step, step_id)
    if step is None:
        raise NotFound(_("That step is no longer in the plan."))
    live_goal(session, step.goal_id)
    return step


def place(items: list, item, at: int | None) -> list:
    """`items` with `item` put at `at` (the end when None), positions renumbered 0, 1, 2..."""
    items = [other for other in items if other is not item]
    index = len(items) if at is None else max(0, min(int(at), len(items)))
    items.insert(index, item)
    for position, other in enumerate(items):
        other.position = position
    return items


def renumber(items: Sequence) -> None:
    for position, item in enumerate(items):
        item.position = position


def unknown_field(field: str) -> InvalidInput:
    return InvalidInput(_("Small Steps does not keep that detail."), field)


def check_id_free(session, model, item_id: int | None, message: str) -> None:
    """Undo puts an item back with its old id; refuse if that id is somehow taken."""
    if item_id is not None and session.get(model, item_id) is not None:
        raise InvalidInput(message)
