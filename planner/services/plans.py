"""Use-cases for a plan's own details and the people who helped write it."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain import plan as plan_rules
from planner.domain.plan import HelperRole
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.models import Person, Plan, PlanHelper


@dataclass(frozen=True)
class HelperRecord:
    helper_id: int
    name: str
    role: str
    visibility: str
    position: int


@dataclass(frozen=True)
class PlanDetails:
    plan_id: int
    person_id: int
    person_name: str
    title: str
    status: str
    started_on: dt.date | None
    ends_on: dt.date | None
    helpers: tuple[HelperRecord, ...]


def _helper(helper: PlanHelper) -> HelperRecord:
    return HelperRecord(helper.id, helper.name, helper.role, helper.visibility, helper.position)


def _get(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _details(plan: Plan) -> PlanDetails:
    return PlanDetails(
        plan.id,
        plan.person_id,
        plan.person.name,
        plan.title,
        plan.status,
        plan.started_on,
        plan.ends_on,
        tuple(_helper(h) for h in plan.helpers),
    )


def clean_plan_field(field: str, value: object) -> object:
    if field == "title":
        return plan_rules.clean_text(value, field=field, limit=plan_rules.TITLE_MAX)
    if field == "status":
        # Only plan_status.set_status changes it: each change is recorded with the date and who.
        raise InvalidInput(_("Where the plan is up to is changed on its own, so the change is "
                             "recorded with the date and who made it."), field)
    if field in ("started_on", "ends_on"):
        from planner.domain.goal_dates import parse_date

        return parse_date(value, field)
    raise InvalidInput(_("Small Steps does not keep that detail."), field)


def get_plan(db: Database, plan_id: int) -> PlanDetails:
    with db.session() as session:
        return _details(_get(session, plan_id))


def plan_of_person(db: Database, person_id: int) -> int:
    """The id of a person's plan."""
    with db.session() as session:
        plan_id = session.scalar(
            select(Plan.id).join(Person).where(Person.id == person_id, Person.removed_at.is_(None))
            .order_by(Plan.id)
        )
    if plan_id is None:
        raise NotFound(_("That person has no plan in Small Steps."))
    return plan_id


def update_plan(db: Database, plan_id: int, **changes: object) -> PlanDetails:
    cleaned = {field: clean_plan_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        plan = _get(session, plan_id)
        for field, value in cleaned.items():
            setattr(plan, field, value)
        starts, ends = plan.started_on, plan.ends_on
        if starts and ends and ends < starts:
            raise InvalidInput(_("The plan can't end before it starts."), "ends_on")
        session.flush()
        return _details(plan)


def _clean_helper(name: object, role: object, visibility: object) -> tuple[str, str, str]:
    clean_name = plan_rules.clean_name(name)
    try:
        clean_role = HelperRole(role).value
    except ValueError:
        raise InvalidInput(_("Please choose how they helped."), "role") from None
    try:
        clean_visibility = None if visibility is None else Visibility(visibility).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None
    return clean_name, clean_role, clean_visibility


def add_helper(
    db: Database,
    plan_id: int,
    name: str,
    role: str = HelperRole.OTHER,
    visibility: str | None = None,
    position: int | None = None,
    helper_id: int | None = None,
) -> HelperRecord:
    """Someone who helped write the plan.

    `position` and `helper_id` put a removed helper back where and as who they were (Undo), so
    later commands that name them still find them.
    """
    clean_name, clean_role, clean_visibility = _clean_helper(name, role, visibility)
    with db.session() as session:
        plan = _get(session, plan_id)
        helpers = list(plan.helpers)
        at = len(helpers) if position is None else max(0, min(position, len(helpers)))
        helper = PlanHelper(name=clean_name, role=clean_role, visibility=clean_visibility)
        if helper_id is not None:
            if session.get(PlanHelper, helper_id) is not None:
                raise InvalidInput(_("That helper is already in the plan."), "name")
            helper.id = helper_id
        helpers.insert(at, helper)
        plan.helpers = helpers
        for index, item in enumerate(helpers):
            item.position = index
        session.flush()
        return _helper(helper)


def get_helper(db: Database, helper_id: int) -> HelperRecord:
    with db.session() as session:
        helper = session.get(PlanHelper, helper_id)
        if helper is None:
            raise NotFound(_("That helper is no longer in the plan."))
        return _helper(helper)


def update_helper(db: Database, helper_id: int, **changes: object) -> HelperRecord:
    with db.session() as session:
        helper = session.get(PlanHelper, helper_id)
        if helper is None:
            raise NotFound(_("That helper is no longer in the plan."))
        name, role, visibility = _clean_helper(
            changes.get("name", helper.name),
            changes.get("role", helper.role),
            changes.get("visibility", helper.visibility),
        )
        helper.name, helper.role, helper.visibility = name, role, visibility
        session.flush()
        return _helper(helper)


def remove_helper(db: Database, helper_id: int) -> HelperRecord:
    """Take a helper off the plan; returns what they were so Undo can put them back."""
    with db.session() as session:
        helper = session.get(PlanHelper, helper_id)
        if helper is None:
            raise NotFound(_("That helper is no longer in the plan."))
        record = _helper(helper)
        plan = helper.plan
        plan.helpers.remove(helper)
        for index, item in enumerate(plan.helpers):
            item.position = index
        return record
