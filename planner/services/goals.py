"""My goals: in the person's own words, with why, what will be different, what helps and what
might get in the way; which needs and areas of life each answers; status; "working on now".

A goal whose person changed their mind is kept (status "changed my mind"), never deleted by a
status change. Removing a goal is a separate, undoable action.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.goals import (
    MAX_BARRIERS,
    MAX_GOALS,
    MAX_STEPS,
    GoalStatus,
    clean_areas,
    clean_choice,
    clean_goal_title,
    clean_long_text,
    clean_step_text,
    clean_visibility,
)
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services.goal_common import (
    check_id_free,
    join_keys,
    live_goal,
    live_plan,
    place,
    renumber,
    unknown_field,
)
from planner.services.goal_records import (
    BarrierRecord,
    CheckinRecord,
    GoalRecord,
    checkin_record,
    goal_record,
    plan_goal_records,
)
from planner.storage.budget_models import BudgetGoalLink, OneOffPurchase, SupportLine
from planner.storage.database import Database
from planner.storage.goals_models import Checkin, Goal, GoalBarrier, GoalNeed, Need, Step

TEXT_FIELDS = ("why_it_matters", "outcome", "what_helps")


@dataclass(frozen=True)
class RemovedGoal:
    """Everything Undo needs to put a removed goal back exactly: steps, check-ins, links."""

    record: GoalRecord
    checkins: tuple[CheckinRecord, ...]
    # support lines and purchases that served it: (line id, purchase id, place in their list)
    budget_links: tuple[tuple[int | None, int | None, int], ...] = ()


def clean_barriers(value: object) -> tuple[BarrierRecord, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise InvalidInput(_("Please write each thing that might get in the way on its own line."), "barriers")
    barriers = []
    for item in value:
        if isinstance(item, BarrierRecord):
            barrier, ideas = item.barrier, item.ideas
        elif isinstance(item, list | tuple) and len(item) == 2:
            barrier, ideas = item
        else:
            raise InvalidInput(_("Please write each thing that might get in the way on its own line."), "barriers")
        barrier, ideas = clean_long_text(barrier, "barriers"), clean_long_text(ideas, "barriers")
        if barrier or ideas:
            barriers.append(BarrierRecord(barrier, ideas))
    if len(barriers) > MAX_BARRIERS:
        raise InvalidInput(_("That is a lot to keep under one goal. Please keep it to {n}.").format(n=MAX_BARRIERS), "barriers")
    return tuple(barriers)


def clean_goal_field(field: str, value: object) -> object:
    if field == "title":
        return clean_goal_title(value)
    if field in TEXT_FIELDS:
        return clean_long_text(value, field)
    if field == "areas":
        return clean_areas(value)
    if field == "need_ids":
        if value is None:
            return ()
        if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset) or not all(
            isinstance(item, int) and not isinstance(item, bool) for item in value
        ):
            raise InvalidInput(_("Please choose from the list of needs."), field)
        return tuple(sorted(set(value)))
    if field == "status":
        return clean_choice(GoalStatus, value, field)
    if field == "working_on_now":
        if not isinstance(value, bool):
            raise InvalidInput(_("Please choose yes or no."), field)
        return value
    if field == "visibility":
        return clean_visibility(value)
    if field == "barriers":
        return clean_barriers(value)
    raise unknown_field(field)


def _goals(session, plan_id: int) -> list[Goal]:
    query = (
        select(Goal).where(Goal.plan_id == plan_id).order_by(Goal.position, Goal.id)
        .options(selectinload(Goal.steps), selectinload(Goal.barriers), selectinload(Goal.need_links))
    )
    return list(session.scalars(query))


def _set_field(session, goal: Goal, field: str, value: object) -> None:
    if field == "areas":
        goal.areas = join_keys(value)
    elif field == "need_ids":
        for need_id in value:
            need = session.get(Need, need_id)
            if need is None or need.plan_id != goal.plan_id:
                raise InvalidInput(_("That need is no longer in the plan."), "need_ids")
        goal.need_links = [GoalNeed(need_id=need_id) for need_id in value]
    elif field == "barriers":
        goal.barriers = [GoalBarrier(position=i, barrier=b.barrier, ideas=b.ideas) for i, b in enumerate(value)]
    else:
        setattr(goal, field, value)


def list_goals(db: Database, plan_id: int) -> list[GoalRecord]:
    """Every goal in the plan, in order, each with its steps."""
    with db.session() as session:
        live_plan(session, plan_id)
        return plan_goal_records(session, plan_id)


def get_goal(db: Database, goal_id: int) -> GoalRecord:
    with db.session() as session:
        return goal_record(live_goal(session, goal_id))


def add_goal(
    db: Database,
    plan_id: int,
    title: str,
    *,
    steps: Sequence[str] = (),
    visibility: str | None = None,
    position: int | None = None,
    **fields: object,
) -> GoalRecord:
    """A new goal; `steps` are starter steps (from an idea the person chose), all "to do"."""
    cleaned = {field: clean_goal_field(field, value) for field, value in fields.items()}
    cleaned["title"] = clean_goal_title(title)
    cleaned["visibility"] = clean_visibility(visibility)
    step_texts = [clean_step_text(text) for text in steps]
    if len(step_texts) > MAX_STEPS:
        raise InvalidInput(_("That is too many steps for one goal."), "steps")
    with db.session() as session:
        live_plan(session, plan_id)
        goals = _goals(session, plan_id)
        if len(goals) >= MAX_GOALS:
            raise InvalidInput(
                _("This plan already has {n} goals, which is as many as it can hold.").format(n=MAX_GOALS), "title"
            )
        goal = Goal(plan_id=plan_id)
        with session.no_autoflush:
            for field, value in cleaned.items():
                _set_field(session, goal, field, value)
        session.add(goal)
        goal.steps = [Step(position=i, what=text, visibility=goal.visibility) for i, text in enumerate(step_texts)]
        place(goals, goal, position)
        session.flush()
        return goal_record(goal)


def update_goal(db: Database, goal_id: int, **changes: object) -> GoalRecord:
    cleaned = {field: clean_goal_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        goal = live_goal(session, goal_id)
        for field, value in cleaned.items():
            _set_field(session, goal, field, value)
        session.flush()
        return goal_record(goal)


def move_goal(db: Database, goal_id: int, to_position: int) -> GoalRecord:
    with db.session() as session:
        goal = live_goal(session, goal_id)
        place(_goals(session, goal.plan_id), goal, to_position)
        session.flush()
        return goal_record(goal)


def remove_goal(db: Database, goal_id: int) -> RemovedGoal:
    with db.session() as session:
        goal = live_goal(session, goal_id)
        record = goal_record(goal)
        checkins = tuple(checkin_record(c) for c in goal.checkins)
        links = tuple(session.execute(
            select(BudgetGoalLink.support_line_id, BudgetGoalLink.one_off_purchase_id,
                   BudgetGoalLink.position).where(BudgetGoalLink.goal_id == goal_id)).all())
        plan_id = goal.plan_id
        session.delete(goal)  # the database takes its links to support and purchases with it
        session.flush()
        renumber(_goals(session, plan_id))
        return RemovedGoal(record, checkins, tuple(tuple(link) for link in links))


def restore_goal(db: Database, removed: RemovedGoal) -> GoalRecord:
    """Put a removed goal back with the same ids, steps, check-ins and links (Undo)."""
    r = removed.record
    with db.session() as session:
        live_plan(session, r.plan_id)
        check_id_free(session, Goal, r.goal_id, _("That goal is already in the plan."))
        goals = _goals(session, r.plan_id)
        goal = Goal(
            id=r.goal_id, plan_id=r.plan_id, title=r.title, why_it_matters=r.why_it_matters,
            outcome=r.outcome, what_helps=r.what_helps, areas=join_keys(r.areas), status=r.status,
            working_on_now=r.working_on_now, made_on=r.made_on, visibility=r.visibility,
        )
        goal.barriers = [GoalBarrier(position=i, barrier=b.barrier, ideas=b.ideas) for i, b in enumerate(r.barriers)]
        goal.need_links = [GoalNeed(need_id=n) for n in r.need_ids if session.get(Need, n) is not None]
        goal.steps = [
            Step(id=s.step_id, position=s.position, what=s.what, who_helps=s.who_helps, due_on=s.due_on,
                 cost_pence=s.cost_pence, status=s.status, done_on=s.done_on, visibility=s.visibility)
            for s in r.steps
        ]
        session.add(goal)
        place(goals, goal, r.position)
        session.flush()
        for c in removed.checkins:
            session.add(Checkin(
                id=c.checkin_id, goal_id=goal.id, step_id=c.step_id, happened_on=c.happened_on,
                happened=c.happened, reasons=join_keys(c.reasons), other_reason=c.other_reason,
                note=c.note, visibility=c.visibility,
            ))
        for line_id, purchase_id, position in removed.budget_links:
            owner = session.get(SupportLine, line_id) if line_id else session.get(OneOffPurchase, purchase_id)
            if owner is not None:
                session.add(BudgetGoalLink(plan_id=r.plan_id, goal_id=goal.id, support_line_id=line_id,
                                           one_off_purchase_id=purchase_id, position=position))
        session.flush()
        session.refresh(goal)
        return goal_record(goal)


def working_on_now_count(goals: Sequence[GoalRecord]) -> int:
    return sum(1 for goal in goals if goal.working_on_now)
