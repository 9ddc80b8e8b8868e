"""What I need: needs in the person's words, under the assessment domains panels use."""

from dataclasses import dataclass

from sqlalchemy import select

from planner.domain.goals import (
    MAX_NEEDS,
    FundingStream,
    NeedDomain,
    clean_choice,
    clean_long_text,
    clean_visibility,
)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services.goal_common import check_id_free, live_plan, place, renumber, unknown_field
from planner.storage.database import Database
from planner.storage.goals_models import Goal, GoalNeed, Need


@dataclass(frozen=True)
class NeedRecord:
    need_id: int
    plan_id: int
    position: int
    domain: str
    words: str
    funding_stream: str
    visibility: str


@dataclass(frozen=True)
class RemovedNeed:
    """What Undo needs to put a need back: the need and the goals that answered it."""

    record: NeedRecord
    goal_ids: tuple[int, ...]


def _record(need: Need) -> NeedRecord:
    return NeedRecord(need.id, need.plan_id, need.position, need.domain, need.words,
                      need.funding_stream, need.visibility)


def clean_need_field(field: str, value: object) -> object:
    if field == "domain":
        return clean_choice(NeedDomain, value, field)
    if field == "words":
        text = clean_long_text(value, field)
        if not text:
            raise InvalidInput(_("Please write what you need, in your own words."), field)
        return text
    if field == "funding_stream":
        return clean_choice(FundingStream, value, field)
    if field == "visibility":
        return clean_visibility(value)
    raise unknown_field(field)


def _needs(session, plan_id: int) -> list[Need]:
    return list(session.scalars(select(Need).where(Need.plan_id == plan_id).order_by(Need.position, Need.id)))


def list_needs(db: Database, plan_id: int) -> list[NeedRecord]:
    with db.session() as session:
        live_plan(session, plan_id)
        # Plain rows, not ORM objects: the same records, quicker for a plan of hundreds of needs
        # (What I need and My goals read them each time they are shown).
        return [NeedRecord(*row) for row in session.execute(
            select(Need.id, Need.plan_id, Need.position, Need.domain, Need.words,
                   Need.funding_stream, Need.visibility)
            .where(Need.plan_id == plan_id).order_by(Need.position, Need.id))]


def get_need(db: Database, need_id: int) -> NeedRecord:
    with db.session() as session:
        need = session.get(Need, need_id)
        if need is None:
            raise NotFound(_("That need is no longer in the plan."))
        live_plan(session, need.plan_id)
        return _record(need)


def add_need(
    db: Database,
    plan_id: int,
    domain: str,
    words: str,
    funding_stream: str = FundingStream.NOT_KNOWN,
    visibility: str | None = None,
    *,
    position: int | None = None,
    need_id: int | None = None,
    goal_ids: tuple[int, ...] = (),
) -> NeedRecord:
    """A new need (or, for Undo, one put back with its id, place and goals)."""
    cleaned = {
        "domain": clean_need_field("domain", domain),
        "words": clean_need_field("words", words),
        "funding_stream": clean_need_field("funding_stream", funding_stream),
        "visibility": clean_need_field("visibility", visibility),
    }
    with db.session() as session:
        live_plan(session, plan_id)
        needs = _needs(session, plan_id)
        if len(needs) >= MAX_NEEDS:
            raise InvalidInput(
                _("This plan already has {n} needs, which is as many as it can hold.").format(n=MAX_NEEDS),
                "words",
            )
        check_id_free(session, Need, need_id, _("That need is already in the plan."))
        need = Need(plan_id=plan_id, **cleaned)
        if need_id is not None:
            need.id = need_id
        session.add(need)
        place(needs, need, position)
        session.flush()
        for goal_id in goal_ids:
            goal = session.get(Goal, goal_id)
            if goal is not None and goal.plan_id == plan_id:
                session.add(GoalNeed(goal_id=goal_id, need_id=need.id))
        session.flush()
        return _record(need)


def update_need(db: Database, need_id: int, **changes: object) -> NeedRecord:
    cleaned = {field: clean_need_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        need = session.get(Need, need_id)
        if need is None:
            raise NotFound(_("That need is no longer in the plan."))
        live_plan(session, need.plan_id)
        for field, value in cleaned.items():
            setattr(need, field, value)
        session.flush()
        return _record(need)


def remove_need(db: Database, need_id: int) -> RemovedNeed:
    with db.session() as session:
        need = session.get(Need, need_id)
        if need is None:
            raise NotFound(_("That need is no longer in the plan."))
        live_plan(session, need.plan_id)
        record = _record(need)
        goal_ids = tuple(sorted(session.scalars(select(GoalNeed.goal_id).where(GoalNeed.need_id == need_id))))
        plan_id = need.plan_id
        session.delete(need)
        session.flush()
        renumber(_needs(session, plan_id))
        return RemovedNeed(record, goal_ids)


def restore_need(db: Database, removed: RemovedNeed) -> NeedRecord:
    r = removed.record
    return add_need(db, r.plan_id, r.domain, r.words, r.funding_stream, r.visibility,
                    position=r.position, need_id=r.need_id, goal_ids=removed.goal_ids)
