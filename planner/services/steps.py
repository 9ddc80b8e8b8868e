"""Small steps under a goal: add, change, tick off, reorder, split into smaller ones, remove.

Rules: a step says what it is; it can't be due before its goal was made; its cost is exact pence,
never negative, and a surprisingly large cost is kept only once the person has said it is right
(`confirm_cost=True`); a step is "done" on a date that has come (today when none is given).
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain.goal_dates import parse_date, plain_date
from planner.domain.goals import (
    MAX_STEPS,
    StepStatus,
    clean_choice,
    clean_name_text,
    clean_step_text,
    clean_visibility,
)
from planner.domain.step_cost import (
    CostNeedsConfirming,
    is_surprising,
    parse_pence,
    surprising_question,
)
from planner.errors import InvalidInput
from planner.i18n import _
from planner.services.goal_common import check_id_free, live_goal, live_step, place, unknown_field
from planner.services.goal_records import StepRecord, step_record
from planner.storage.database import Database
from planner.storage.goals_models import Checkin, Goal, Step

FIELDS = ("what", "who_helps", "due_on", "cost_pence", "status", "done_on", "visibility")


@dataclass(frozen=True)
class RemovedStep:
    """What Undo needs to put a step back: the step and the check-ins that named it."""

    record: StepRecord
    checkin_ids: tuple[int, ...]


@dataclass(frozen=True)
class SplitResult:
    """A split: the step's words before, and the new steps made after it."""

    step: StepRecord
    original_what: str
    new_steps: tuple[StepRecord, ...]


def clean_step_field(field: str, value: object, *, confirm_cost: bool = False) -> object:
    if field == "what":
        return clean_step_text(value)
    if field == "who_helps":
        return clean_name_text(value, field)
    if field in ("due_on", "done_on"):
        return parse_date(value, field)
    if field == "cost_pence":
        pence = parse_pence(value, field)
        if is_surprising(pence) and not confirm_cost:
            raise CostNeedsConfirming(surprising_question(pence), field)
        return pence
    if field == "status":
        return clean_choice(StepStatus, value, field)
    if field == "visibility":
        return clean_visibility(value)
    raise unknown_field(field)


def _check_step(goal: Goal, step: Step, today: dt.date | None = None) -> None:
    """Rules that depend on more than one field, checked before anything is kept."""
    today = today or dt.date.today()
    if step.due_on is not None and step.due_on < goal.made_on:
        raise InvalidInput(
            _("That is before you made this goal ({made}). Please choose a later date.").format(
                made=plain_date(goal.made_on)
            ),
            "due_on",
        )
    if step.status == StepStatus.DONE:
        if step.done_on is None:
            step.done_on = today
        elif step.done_on > today:
            raise InvalidInput(_("A step can't be done on a day that hasn't come yet."), "done_on")
    else:
        step.done_on = None


def _steps(session, goal_id: int) -> list[Step]:
    return list(session.scalars(select(Step).where(Step.goal_id == goal_id).order_by(Step.position, Step.id)))


def _room_for(session, goal_id: int, more: int) -> list[Step]:
    steps = _steps(session, goal_id)
    if len(steps) + more > MAX_STEPS:
        raise InvalidInput(
            _("This goal already has a lot of steps ({n} is the most). Maybe it could be two goals?").format(
                n=MAX_STEPS
            ),
            "what",
        )
    return steps


def get_step(db: Database, step_id: int) -> StepRecord:
    with db.session() as session:
        return step_record(live_step(session, step_id))


def add_step(
    db: Database,
    goal_id: int,
    what: str,
    *,
    position: int | None = None,
    step_id: int | None = None,
    confirm_cost: bool = False,
    **fields: object,
) -> StepRecord:
    """A new step (or, for Undo, one put back with its id and place).

    A new step is seen by whoever may see its goal, unless a visibility is given.
    """
    cleaned = {f: clean_step_field(f, v, confirm_cost=confirm_cost) for f, v in fields.items()}
    cleaned["what"] = clean_step_field("what", what)
    with db.session() as session:
        goal = live_goal(session, goal_id)
        steps = _room_for(session, goal_id, 1)
        check_id_free(session, Step, step_id, _("That step is already in the plan."))
        step = Step(goal_id=goal_id, visibility=goal.visibility, status=StepStatus.TODO.value)
        if step_id is not None:
            step.id = step_id
        for field, value in cleaned.items():
            setattr(step, field, value)
        _check_step(goal, step)
        session.add(step)
        place(steps, step, position)
        session.flush()
        return step_record(step)


def update_step(db: Database, step_id: int, *, confirm_cost: bool = False, **changes: object) -> StepRecord:
    cleaned = {f: clean_step_field(f, v, confirm_cost=confirm_cost) for f, v in changes.items()}
    with db.session() as session:
        step = live_step(session, step_id)
        for field, value in cleaned.items():
            setattr(step, field, value)
        _check_step(session.get(Goal, step.goal_id), step)
        session.flush()
        return step_record(step)


def set_step_status(db: Database, step_id: int, status: str, done_on: object = None) -> StepRecord:
    """Tick a step off (done today unless another day is given), or change where it is up to."""
    return update_step(db, step_id, status=status, done_on=done_on)


def move_step(db: Database, step_id: int, to_position: int) -> StepRecord:
    with db.session() as session:
        step = live_step(session, step_id)
        place(_steps(session, step.goal_id), step, to_position)
        session.flush()
        return step_record(step)


def split_step(
    db: Database, step_id: int, pieces: Sequence[str], new_ids: Sequence[int] | None = None
) -> SplitResult:
    """Split a step into smaller ones: the step takes the first piece's words; the other pieces
    become new "to do" steps straight after it, with the same helper, date and visibility.
    `new_ids` gives the new steps their old ids again (Redo)."""
    texts = [clean_step_text(piece, "pieces") for piece in pieces if (piece or "").strip()]
    if len(texts) < 2:
        raise InvalidInput(_("Please write at least two smaller steps, one a line."), "pieces")
    if new_ids is not None and len(new_ids) != len(texts) - 1:
        raise InvalidInput(_("That split can't be done again."), "pieces")
    with db.session() as session:
        step = live_step(session, step_id)
        steps = _room_for(session, step.goal_id, len(texts) - 1)
        original = step.what
        step.what = texts[0]
        made = []
        for offset, text in enumerate(texts[1:]):
            new = Step(goal_id=step.goal_id, what=text, who_helps=step.who_helps, due_on=step.due_on,
                       status=StepStatus.TODO.value, visibility=step.visibility)
            if new_ids is not None:
                check_id_free(session, Step, new_ids[offset], _("That step is already in the plan."))
                new.id = new_ids[offset]
            session.add(new)
            steps = place(steps, new, step.position + 1 + offset)
            made.append(new)
        session.flush()
        return SplitResult(step_record(step), original, tuple(step_record(s) for s in made))


def unsplit_step(db: Database, result: SplitResult) -> StepRecord:
    """Undo a split: the new steps go, the step gets its words back."""
    with db.session() as session:
        step = live_step(session, result.step.step_id)
        for new in result.new_steps:
            other = session.get(Step, new.step_id)
            if other is not None:
                session.delete(other)
        step.what = result.original_what
        session.flush()
        for position, other in enumerate(_steps(session, step.goal_id)):
            other.position = position
        session.flush()
        return step_record(step)


def remove_step(db: Database, step_id: int) -> RemovedStep:
    with db.session() as session:
        step = live_step(session, step_id)
        record = step_record(step)
        checkin_ids = tuple(sorted(session.scalars(select(Checkin.id).where(Checkin.step_id == step_id))))
        goal_id = step.goal_id
        session.delete(step)
        session.flush()
        for position, other in enumerate(_steps(session, goal_id)):
            other.position = position
        return RemovedStep(record, checkin_ids)


def restore_step(db: Database, removed: RemovedStep) -> StepRecord:
    r = removed.record
    with db.session() as session:
        goal = live_goal(session, r.goal_id)
        steps = _room_for(session, goal.id, 1)
        check_id_free(session, Step, r.step_id, _("That step is already in the plan."))
        step = Step(id=r.step_id, goal_id=r.goal_id, what=r.what, who_helps=r.who_helps, due_on=r.due_on,
                    cost_pence=r.cost_pence, status=r.status, done_on=r.done_on, visibility=r.visibility)
        session.add(step)
        place(steps, step, r.position)
        session.flush()
        for checkin_id in removed.checkin_ids:
            checkin = session.get(Checkin, checkin_id)
            if checkin is not None and checkin.goal_id == r.goal_id:
                checkin.step_id = step.id
        session.flush()
        return step_record(step)
