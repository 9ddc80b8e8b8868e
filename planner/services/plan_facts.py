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

from sqlalchemy import ColumnElement, String, case, cast, func, literal, select, true

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


def agreed_next_of(value) -> str | None:
    """The date part of the caseload's "agreed_next" column ("held_on|next_review_on")."""
    if not value:
        return None
    text = str(value)
    return text.split("|", 1)[1] or None if "|" in text else text


FACT_KEYS = ("working_on_now", "last_goal_review", "last_plan_review", "agreed_next",
             "last_review", "last_meeting", "last_checkin")


def with_caseload_facts(query):
    """`query` (over Plan) with one labelled column per fact in FACT_KEYS: each from a grouped
    sub-query joined once (each table is read once for everyone, not once a person)."""
    columns: dict[str, ColumnElement] = {}
    goal = _table("goal", "plan_id", "title", "working_on_now")
    if goal is not None:
        now = (select(goal.c.plan_id, func.min(goal.c.title).label("title"))
               .where(goal.c.working_on_now == true()).group_by(goal.c.plan_id).subquery("goal_now"))
        query = query.outerjoin(now, now.c.plan_id == Plan.id)
        columns["working_on_now"] = now.c.title
    review = _table("review", "plan_id", "held_on", "kind")
    if review is not None:
        held = [func.max(case((review.c.kind != "plan", review.c.held_on))).label("goals"),
                func.max(case((review.c.kind == "plan", review.c.held_on))).label("plan"),
                func.max(review.c.held_on).label("any")]
        if "next_review_on" in review.c:
            # The latest review's agreed next date: "held_on|next" sorts by held_on (ISO dates).
            held.append(func.max(cast(review.c.held_on, String(10)) + "|"
                                 + func.coalesce(cast(review.c.next_review_on, String(10)), ""))
                        .label("next"))
        reviews = (select(review.c.plan_id, *held).group_by(review.c.plan_id).subquery("reviews_held"))
        query = query.outerjoin(reviews, reviews.c.plan_id == Plan.id)
        columns.update(last_goal_review=reviews.c.goals, last_plan_review=reviews.c.plan,
                       last_review=reviews.c.any)
        if "next_review_on" in review.c:
            columns["agreed_next"] = reviews.c.next
    meeting = _table("meeting", "plan_id", "held_on")
    if meeting is not None:
        meetings = (select(meeting.c.plan_id, func.max(meeting.c.held_on).label("held_on"))
                    .group_by(meeting.c.plan_id).subquery("meetings_held"))
        query = query.outerjoin(meetings, meetings.c.plan_id == Plan.id)
        columns["last_meeting"] = meetings.c.held_on
    checkin = _table("checkin", "goal_id", "happened_on")
    if checkin is not None and goal is not None:
        checkins = (select(goal.c.plan_id, func.max(checkin.c.happened_on).label("happened_on"))
                    .join(goal, goal.c.id == checkin.c.goal_id).group_by(goal.c.plan_id)
                    .subquery("checkins_noted"))
        query = query.outerjoin(checkins, checkins.c.plan_id == Plan.id)
        columns["last_checkin"] = checkins.c.happened_on
    return query.add_columns(*((columns.get(key, literal(None))).label(key) for key in FACT_KEYS))
