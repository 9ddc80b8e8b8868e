"""Facts about a plan that other parts keep: the goal being worked on now, reviews held, the last
contact, the total cost and the allocation. The one place that knows where those parts keep them.

Each reader returns None when the part is not there (or not in the shape expected), so the
caseload, the review schedule and the panel index work before those parts exist and never fail
on an odd document.

Assumed shapes in the plan document (`data["plan"]`):
- `goals`: list of {"title", "working_on_now": bool, "steps": [{"what", "cost_pence"}],
  "checkins": [{"happened_on"}]}
- `reviews`: list of {"held_on": "YYYY-MM-DD", "kind": "goals" | "plan", "next_review_on"}
- `meetings`: list of {"held_on"}
- `support_budget`: {"totals": {"year_pence", "allocation_pence"}} when present; otherwise
  {"settings": {"allocation_method", "allocation_pence", "points", "price_per_point_pence"}} and
  the totals are worked out by `planner.plan_file.parts.support_budget.totals_of` if it exists.

Assumed tables for the caseload's one query (used only when they are in the schema):
`goal(plan_id, title, working_on_now, position)`, `review(plan_id, held_on, kind,
next_review_on)`, `meeting(plan_id, held_on)`, `checkin(goal_id, happened_on)`.
"""

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, select, true

from planner.storage.models import Base, Plan


def _plan(data: dict[str, Any]) -> dict[str, Any]:
    plan = data.get("plan") if isinstance(data, dict) else None
    return plan if isinstance(plan, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _pence(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# From the plan document ------------------------------------------------------------------


def working_on_now(data: dict[str, Any]) -> str | None:
    """The title of the goal marked "what I'm working on now"."""
    for goal in _list(_plan(data).get("goals")):
        if goal.get("working_on_now") is True and isinstance(goal.get("title"), str):
            return goal["title"]
    return None


def last_review(data: dict[str, Any], kind: str | None = None) -> dt.date | None:
    """The date of the latest review held (of `kind`: "goals" or "plan"; any when None)."""
    dates = [_date(r.get("held_on")) for r in _list(_plan(data).get("reviews"))
             if kind is None or r.get("kind") == kind]
    return max((d for d in dates if d), default=None)


def agreed_next_review(data: dict[str, Any]) -> dt.date | None:
    """The next review date agreed at the latest review, if it set one."""
    reviews = [r for r in _list(_plan(data).get("reviews")) if _date(r.get("held_on"))]
    if not reviews:
        return None
    latest = max(reviews, key=lambda r: _date(r.get("held_on")))
    return _date(latest.get("next_review_on"))


def last_contact(data: dict[str, Any]) -> dt.date | None:
    """The latest date someone met the person: a review, a planning meeting or a check-in."""
    plan = _plan(data)
    dates = [_date(r.get("held_on")) for r in _list(plan.get("reviews"))]
    dates += [_date(m.get("held_on")) for m in _list(plan.get("meetings"))]
    for goal in _list(plan.get("goals")):
        dates += [_date(c.get("happened_on")) for c in _list(goal.get("checkins"))]
    return max((d for d in dates if d), default=None)


def _budget_totals(data: dict[str, Any]):
    budget = _plan(data).get("support_budget")
    if not isinstance(budget, dict):
        return None
    try:
        from planner.plan_file.parts.support_budget import totals_of  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return totals_of(budget)
    except Exception:  # noqa: BLE001 (an odd budget means "not known", never a failure)
        return None


def total_cost_pence(data: dict[str, Any]) -> int | None:
    """The plan's cost for the year, in pence."""
    budget = _plan(data).get("support_budget")
    if not isinstance(budget, dict):
        return None
    totals = budget.get("totals")
    if isinstance(totals, dict) and _pence(totals.get("year_pence")) is not None:
        return totals["year_pence"]
    worked_out = _budget_totals(data)
    return _pence(getattr(worked_out, "year", None))


def allocation_pence(data: dict[str, Any]) -> int | None:
    """The indicative allocation for the year, in pence."""
    budget = _plan(data).get("support_budget")
    if not isinstance(budget, dict):
        return None
    totals = budget.get("totals")
    if isinstance(totals, dict) and _pence(totals.get("allocation_pence")) is not None:
        return totals["allocation_pence"]
    settings = budget.get("settings") if isinstance(budget.get("settings"), dict) else {}
    if settings.get("allocation_method") == "points":
        points, price = _pence(settings.get("points")), _pence(settings.get("price_per_point_pence"))
        return points * price if points is not None and price is not None else None
    return _pence(settings.get("allocation_pence"))


# For the caseload's one query -----------------------------------------------------------


def _table(name: str, *columns: str):
    table = Base.metadata.tables.get(name)
    if table is None or any(column not in table.c for column in columns):
        return None
    return table


def _none() -> ColumnElement:
    return literal(None)


def caseload_columns() -> dict[str, ColumnElement]:
    """Correlated sub-queries (one per fact, evaluated inside the caseload's single query)."""
    columns: dict[str, ColumnElement] = {}
    goal = _table("goal", "plan_id", "title", "working_on_now")
    if goal is not None:
        order = [goal.c.position, goal.c.id] if "position" in goal.c else [goal.c.id]
        columns["working_on_now"] = (
            select(goal.c.title).where(goal.c.plan_id == Plan.id, goal.c.working_on_now == true())
            .order_by(*order).limit(1).scalar_subquery()
        )
    else:
        columns["working_on_now"] = _none()
    review = _table("review", "plan_id", "held_on", "kind")
    contacts = []
    if review is not None:
        for key, condition in (("last_goal_review", review.c.kind != "plan"),
                               ("last_plan_review", review.c.kind == "plan")):
            columns[key] = (select(func.max(review.c.held_on))
                            .where(and_(review.c.plan_id == Plan.id, condition)).scalar_subquery())
        if "next_review_on" in review.c:
            columns["agreed_next"] = (
                select(review.c.next_review_on).where(review.c.plan_id == Plan.id)
                .order_by(review.c.held_on.desc(), review.c.id.desc()).limit(1).scalar_subquery()
            )
        contacts.append(select(review.c.held_on.label("on")).where(review.c.plan_id == Plan.id))
    for key in ("last_goal_review", "last_plan_review", "agreed_next"):
        columns.setdefault(key, _none())
    meeting = _table("meeting", "plan_id", "held_on")
    if meeting is not None:
        contacts.append(select(meeting.c.held_on.label("on")).where(meeting.c.plan_id == Plan.id))
    checkin = _table("checkin", "goal_id", "happened_on")
    if checkin is not None and goal is not None:
        contacts.append(select(checkin.c.happened_on.label("on")).join(goal, goal.c.id == checkin.c.goal_id)
                        .where(goal.c.plan_id == Plan.id))
    if contacts:
        union = contacts[0].union_all(*contacts[1:]).subquery() if len(contacts) > 1 else contacts[0].subquery()
        columns["last_contact"] = select(func.max(union.c.on)).scalar_subquery()
    else:
        columns["last_contact"] = _none()
    return columns
