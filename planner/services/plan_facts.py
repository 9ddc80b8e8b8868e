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

Assumed tables for the caseload's facts (used only when they are in the schema):
`goal(plan_id, title, working_on_now, position)`, `review(plan_id, held_on, kind,
next_review_on)`, `meeting(plan_id, held_on)`, `checkin(goal_id, happened_on)`.
"""

import datetime as dt
from collections.abc import Collection
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    String,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY

from planner.storage.models import Base


def _plan(data: dict[str, Any]) -> dict[str, Any]:
    plan = data.get("plan") if isinstance(data, dict) else None
    return plan if isinstance(plan, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


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
    dates = [as_date(r.get("held_on")) for r in _list(_plan(data).get("reviews"))
             if kind is None or r.get("kind") == kind]
    return max((d for d in dates if d), default=None)


def agreed_next_review(data: dict[str, Any]) -> dt.date | None:
    """The next review date agreed at the latest review, if it set one."""
    reviews = [r for r in _list(_plan(data).get("reviews")) if as_date(r.get("held_on"))]
    if not reviews:
        return None
    latest = max(reviews, key=lambda r: as_date(r.get("held_on")))
    return as_date(latest.get("next_review_on"))


def last_contact(data: dict[str, Any]) -> dt.date | None:
    """The latest date someone met the person: a review, a planning meeting or a check-in."""
    plan = _plan(data)
    dates = [as_date(r.get("held_on")) for r in _list(plan.get("reviews"))]
    dates += [as_date(m.get("held_on")) for m in _list(plan.get("meetings"))]
    for goal in _list(plan.get("goals")):
        dates += [as_date(c.get("happened_on")) for c in _list(goal.get("checkins"))]
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


def stream_totals(data: dict[str, Any]) -> tuple[tuple[str | None, int], ...]:
    """What each funding stream pays for the year, in pence (None: no stream chosen yet); they
    add up to the plan's cost. Empty when the budget can't be worked out."""
    worked_out = _budget_totals(data)
    streams = getattr(worked_out, "streams", None) or ()
    return tuple((s.stream, s.spent) for s in streams if s.spent or s.carries is not None)


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


# For the caseload: every plan's facts at once ---------------------------------------------


def _table(name: str, *columns: str):
    table = Base.metadata.tables.get(name)
    if table is None or any(column not in table.c for column in columns):
        return None
    return table


def as_date(value) -> dt.date | None:
    """A date as the database gives it: ISO text from SQLite (read as text on purpose: parsing it
    here is several times faster than the generic date type), a date from other databases."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return as_date(value[:10]) if isinstance(value, str) and len(value) > 10 else None


class Dates(dict):
    """Stored dates read once each: `dates[value]` is `as_date(value)`, remembered (ten thousand
    people share a few thousand dates, so most reads are a dictionary look-up)."""

    def __missing__(self, value):
        day = self[value] = as_date(value)
        return day


class CaseloadFacts(NamedTuple):
    working_on_now: str | None = None
    last_goal_review: dt.date | None = None
    last_plan_review: dt.date | None = None
    agreed_next: dt.date | None = None  # the next review date agreed at the latest review
    last_contact: dt.date | None = None  # the latest review, planning meeting or check-in


NO_FACTS = CaseloadFacts()


def stored_date(column):
    """A date column read as it is stored (turn it into a date with as_date)."""
    return type_coerce(column, String)


def _for_plans(query, plan_column, plans: str):
    """`query` for every plan ("all"), one (bound as `plan`) or a page of them (bound as `plans`:
    a list written out as one value each ("some"), or one array on PostgreSQL ("array"), where the
    statement's text is then the same whatever the page, so the server keeps it prepared and the
    driver has a short statement to send)."""
    if plans == "all":
        return query
    if plans == "one":
        return query.where(plan_column == bindparam("plan"))
    if plans == "array":
        return query.where(plan_column == any_(bindparam("plans", type_=ARRAY(Integer))))
    return query.where(plan_column.in_(bindparam("plans", expanding=True)))


_BUILT: dict[str, tuple] = {}


def _statements(plans: str) -> tuple:
    """The three facts queries (built once: a page of the caseload asks for them at every keystroke).
    Each is None when its part's tables are not there (then built again next time, in case they
    have been registered since)."""
    if plans in _BUILT:
        return _BUILT[plans]
    working = reviews = contacts = None
    goal = _table("goal", "id", "plan_id", "title", "working_on_now")
    if goal is not None:
        working = _for_plans(select(goal.c.plan_id, func.min(goal.c.title)).where(goal.c.working_on_now == true())
                             .group_by(goal.c.plan_id), goal.c.plan_id, plans)
    parts = []
    review = _table("review", "plan_id", "held_on", "kind")
    if review is not None:
        held_on = stored_date(review.c.held_on)
        # "held_on|next" sorts by held_on (ISO dates), so its max is the latest review's.
        latest = (func.max(cast(review.c.held_on, String) + "|"
                           + func.coalesce(cast(review.c.next_review_on, String), ""))
                  if "next_review_on" in review.c else literal(None))
        reviews = _for_plans(select(review.c.plan_id, func.max(case((review.c.kind != "plan", held_on))),
                                    func.max(case((review.c.kind == "plan", held_on))), latest)
                             .group_by(review.c.plan_id), review.c.plan_id, plans)
        parts.append(_for_plans(select(review.c.plan_id, held_on.label("on")), review.c.plan_id, plans))
    meeting = _table("meeting", "plan_id", "held_on")
    if meeting is not None:
        parts.append(_for_plans(select(meeting.c.plan_id, stored_date(meeting.c.held_on).label("on")),
                                meeting.c.plan_id, plans))
    checkin = _table("checkin", "goal_id", "happened_on")
    if checkin is not None and goal is not None:
        parts.append(_for_plans(select(goal.c.plan_id, stored_date(checkin.c.happened_on).label("on"))
                                .join(goal, goal.c.id == checkin.c.goal_id), goal.c.plan_id, plans))
    if parts:
        every = union_all(*parts).subquery("contacts")
        contacts = select(every.c.plan_id, func.max(every.c.on)).group_by(every.c.plan_id)
    if working is not None and reviews is not None and len(parts) == 3:
        _BUILT[plans] = (working, reviews, contacts)
    return working, reviews, contacts


def caseload_facts(session, plan_id: int | Collection[int] | None = None,
                   dates: Dates | None = None) -> dict[int, CaseloadFacts]:
    """Every plan's facts (or one plan's, or those of a page of plans), keyed by plan id. Three
    grouped queries whatever the number of people (the goal worked on now, the reviews held, the
    last contact), so the cost grows with the rows kept, never with a query a person. Plans with
    no facts are absent (use NO_FACTS)."""
    if plan_id is None:
        plans, values = "all", {}
    elif isinstance(plan_id, int):
        plans, values = "one", {"plan": plan_id}
    else:
        plans = "array" if session.bind.dialect.name == "postgresql" else "some"
        values = {"plans": list(plan_id)}
    working_query, reviews_query, contacts_query = _statements(plans)
    working = dict(session.execute(working_query, values).all()) if working_query is not None else {}
    reviews = ({plan: rest for plan, *rest in session.execute(reviews_query, values)}
               if reviews_query is not None else {})
    contact = dict(session.execute(contacts_query, values).all()) if contacts_query is not None else {}
    dates = Dates() if dates is None else dates
    facts = {}
    for plan in working.keys() | reviews.keys() | contact.keys():
        goals, whole, both = reviews.get(plan, (None, None, None))
        facts[plan] = CaseloadFacts(working.get(plan), dates[goals], dates[whole],
                                    dates[agreed_next_of(both)], dates[contact.get(plan)])
    return facts


class FactsOfPlan(NamedTuple):
    """The caseload's facts of one plan as columns of a statement that reads the plan itself (the
    plan's id is `plan_id` there): `columns`, five values in the order `from_columns` takes them,
    and `reviews`, a subquery to join to it (ON true). None where a part's tables are not there."""

    columns: tuple
    reviews: Any


def facts_of_plan(plan_id) -> FactsOfPlan | None:
    """The three facts queries of `caseload_facts` for the one plan whose id is `plan_id` (a column
    of the statement they join): a page of the caseload then reads its people and their facts in
    one statement. Each table is read as the worker may read it (the rules decide every row, as in
    the three queries); a plan with no facts gives five NULLs (NO_FACTS)."""
    goal = _table("goal", "id", "plan_id", "title", "working_on_now")
    review = _table("review", "plan_id", "held_on", "kind", "next_review_on")
    meeting = _table("meeting", "plan_id", "held_on")
    checkin = _table("checkin", "goal_id", "happened_on")
    if goal is None or review is None or meeting is None or checkin is None:
        return None
    working = (select(func.min(goal.c.title)).where(goal.c.plan_id == plan_id, goal.c.working_on_now == true())
               .scalar_subquery())
    held_on = stored_date(review.c.held_on)
    # One row whatever the plan has (an aggregate of no rows is NULLs): "held_on|next" as above.
    reviews = (select(func.max(case((review.c.kind != "plan", held_on))).label("goals"),
                      func.max(case((review.c.kind == "plan", held_on))).label("whole"),
                      func.max(cast(review.c.held_on, String) + "|"
                               + func.coalesce(cast(review.c.next_review_on, String), "")).label("both"),
                      func.max(review.c.held_on).label("held"))
               .where(review.c.plan_id == plan_id).lateral("plan_reviews"))
    met = select(func.max(meeting.c.held_on)).where(meeting.c.plan_id == plan_id).scalar_subquery()
    # Each goal's latest check-in, from its index backwards (one row a goal, however many
    # check-ins it has: the rule for a check-in is then asked of that row only), then the latest.
    its_goal = goal.alias("checked_goal")
    latest = (select(checkin.c.happened_on).where(checkin.c.goal_id == its_goal.c.id)  # (never NULL)
              .order_by(checkin.c.happened_on.desc()).limit(1).scalar_subquery())
    checked = select(func.max(latest)).where(its_goal.c.plan_id == plan_id).scalar_subquery()
    contact = func.greatest(reviews.c.held, met, checked)  # (PostgreSQL's greatest passes over NULLs)
    return FactsOfPlan((working, reviews.c.goals, reviews.c.whole, reviews.c.both, stored_date(contact)), reviews)


def from_columns(values, dates: Dates) -> CaseloadFacts:
    """A plan's facts from the five values of `facts_of_plan`'s columns."""
    working, goals, whole, both, contact = values
    return CaseloadFacts(working, dates[goals], dates[whole], dates[agreed_next_of(both)], dates[contact])


def agreed_next_of(value) -> str | None:
    """The date part of "held_on|next_review_on" (the latest review's agreed next date)."""
    if not value:
        return None
    text = str(value)
    return text.split("|", 1)[1] or None if "|" in text else text
