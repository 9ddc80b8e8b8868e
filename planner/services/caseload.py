"""The caseload: everyone with their plan's status, the goal they are working on now, the last
contact and the next review due. A fixed handful of queries for everyone (never one a person);
searching, filtering and sorting then work on the rows in memory, so each keystroke costs no
database trip.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import func, select

from planner import collector
from planner.domain import name_order
from planner.domain import review_schedule as schedule_rules
from planner.domain.plan import PlanStatus
from planner.domain.review_schedule import Intervals, Urgency
from planner.services import plan_facts, review_settings
from planner.storage.database import Database
from planner.storage.models import Person, Plan
from planner.storage.panel_models import PlanStanding


class CaseloadRow(NamedTuple):
    """One person's line in the caseload (a tuple: ten thousand are made at each opening)."""

    person_id: int
    name: str
    preferred_name: str
    search_key: str
    plan_id: int | None
    plan_title: str
    status: str
    panel_date: dt.date | None
    working_on_now: str | None
    last_contact: dt.date | None
    next_review: dt.date | None
    next_review_kind: str | None  # a ReviewKind value
    schedule: schedule_rules.Schedule



class CaseloadFilter(StrEnum):
    ALL = "all"
    REVIEWS_DUE = "reviews_due"  # overdue, or due within 30 days
    READY_FOR_PANEL = "ready_for_panel"
    AT_PANEL = "at_panel"
    AGREED = "agreed"  # agreed, or agreed with changes


def _people_and_plans(plan_id: int | None = None):
    text = plan_facts.stored_date  # dates read as stored, parsed once below
    query = (
        select(Person.id, Person.name, Person.preferred_name, Person.search_key, Plan.id, Plan.title,
               # reviews fall due from the plan's start, else from the day it was made
               Plan.status, text(func.coalesce(Plan.started_on, func.date(Plan.created_at))),
               text(PlanStanding.panel_date),
               text(PlanStanding.assessed_on))
        .outerjoin(Plan, Plan.person_id == Person.id)
        .outerjoin(PlanStanding, PlanStanding.plan_id == Plan.id)
        .where(Person.removed_at.is_(None))
        .order_by(Person.search_key, Person.id, Plan.id)
    )
    return query if plan_id is None else query.where(Plan.id == plan_id)


def _read(db: Database, intervals: Intervals, plan_id: int | None = None) -> list[CaseloadRow]:
    """Everyone (or one plan's person): one query for people and plans, three for their facts
    (the same number however many people there are)."""
    dates = plan_facts.Dates()
    # Ten thousand tuples, none in a cycle: the collector would start over and over while they
    # are made (a third of the time, measured).
    with collector.paused():
        with db.session() as session:
            result = session.execute(_people_and_plans(plan_id)).all()
            facts = plan_facts.caseload_facts(session, plan_id, dates)
        return _rows(result, facts, intervals, dates)


def _rows(result, facts, intervals: Intervals, dates: plan_facts.Dates) -> list[CaseloadRow]:
    no_facts, schedule = plan_facts.NO_FACTS, schedule_rules.schedule
    ended = PlanStatus.ENDED.value
    seen: set[int] = set()
    rows = []
    for person_id, name, preferred, key, plan, title, status, started, panel_date, assessed in result:
        if person_id in seen:
            continue  # one row a person: their first plan
        seen.add(person_id)
        fact = facts.get(plan, no_facts)
        plan_schedule = schedule(dates[started], fact.last_goal_review, fact.last_plan_review, dates[assessed],
                                 fact.agreed_next, intervals, ended=status == ended or plan is None)
        due = plan_schedule.next()
        rows.append(CaseloadRow(
            person_id, name, preferred, key, plan, title or "", status or "", dates[panel_date],
            fact.working_on_now, fact.last_contact, due.on if due else None,
            due.kind.value if due else None, plan_schedule))
    return rows


def list_caseload(db: Database, intervals: Intervals | None = None) -> list[CaseloadRow]:
    """Everyone in the database (not removed), sorted by name; reviews fall due by the intervals
    kept in the database unless others are given."""
    return _read(db, intervals or review_settings.review_intervals(db))


def plan_row(db: Database, plan_id: int, intervals: Intervals | None = None) -> CaseloadRow | None:
    """One plan's row (its review schedule, shown on the plan)."""
    rows = _read(db, intervals or review_settings.review_intervals(db), plan_id)
    return rows[0] if rows else None


# Searching, filtering and sorting (in memory) ---------------------------------------------


def matches_filter(row: CaseloadRow, which: CaseloadFilter | str, today: dt.date) -> bool:
    which = CaseloadFilter(which)
    if which == CaseloadFilter.ALL:
        return True
    if which == CaseloadFilter.REVIEWS_DUE:
        return schedule_rules.urgency(row.next_review, today) in (Urgency.OVERDUE, Urgency.SOON)
    if which == CaseloadFilter.AGREED:
        return row.status in (PlanStatus.AGREED, PlanStatus.AGREED_WITH_CHANGES)
    return row.status == which.value


search_words = name_order.search_words

def visible_rows(rows: Sequence[CaseloadRow], search: str = "", which: CaseloadFilter | str = CaseloadFilter.ALL,
                 today: dt.date | None = None) -> list[int]:
    """The indexes of the rows that match the search (every word, anywhere in the name) and filter."""
    return matching(rows, range(len(rows)), search, which, today)


def matching(rows: Sequence[CaseloadRow], among: Sequence[int], search: str = "",
             which: CaseloadFilter | str = CaseloadFilter.ALL, today: dt.date | None = None) -> list[int]:
    """Those of the row indexes `among` (kept in their order) that match the search and filter.

    Typing more of a search only narrows it, so a list can pass the rows it shows now as `among`
    and look at those alone (with 100,000 people, a keystroke then looks at fewer each time)."""
    today = today or dt.date.today()
    words = search_words(search)
    which = CaseloadFilter(which)
    if not words and which == CaseloadFilter.ALL:
        return list(among)
    if len(words) == 1 and which == CaseloadFilter.ALL:  # the common case, kept to one test a row
        (word,) = words
        return [index for index in among if word in rows[index].search_key]
    out = []
    for index in among:
        row = rows[index]
        key = row.search_key
        if words and not all(word in key for word in words):
            continue
        if which != CaseloadFilter.ALL and not matches_filter(row, which, today):
            continue
        out.append(index)
    return out


class Column(StrEnum):
    """The caseload's columns, in the order shown (what needs doing first)."""

    NAME = "name"
    NEXT_REVIEW = "next_review"
    STATUS = "status"
    WORKING_ON_NOW = "working_on_now"
    LAST_CONTACT = "last_contact"
    PANEL_DATE = "panel_date"


COLUMNS = list(Column)
_STATUS_ORDER = {status.value: index for index, status in enumerate(PlanStatus)}
_FAR = dt.date.max


def sort_key(column: Column | str) -> Callable[[CaseloadRow], tuple]:
    """A key for sorting rows by a column; rows with nothing in it go last either way round
    only for ascending order (descending puts them first, as any sort would)."""
    column = Column(column)
    if column == Column.NAME:
        return lambda r: (r.search_key, r.person_id)
    if column == Column.STATUS:
        return lambda r: (_STATUS_ORDER.get(r.status, 99), r.search_key)
    if column == Column.WORKING_ON_NOW:
        return lambda r: (r.working_on_now is None, (r.working_on_now or "").casefold(), r.search_key)
    if column == Column.LAST_CONTACT:
        return lambda r: (r.last_contact is None, r.last_contact or _FAR, r.search_key)
    if column == Column.NEXT_REVIEW:
        return lambda r: (r.next_review is None, r.next_review or _FAR, r.search_key)
    return lambda r: (r.panel_date is None, r.panel_date or _FAR, r.search_key)


def sorted_indexes(rows: Sequence[CaseloadRow], column: Column | str, descending: bool = False) -> list[int]:
    key = sort_key(column)
    with collector.paused():  # a key tuple a row
        return sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=descending)
