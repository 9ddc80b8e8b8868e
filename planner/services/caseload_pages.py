"""The caseload a page at a time (issue 17): with 100,000 people, the database searches, filters,
counts and sorts, and only the people a window shows are read with their facts.

A `CaseloadWindow` is one way of looking at the caseload (a search, a filter, a column to sort
by, the window's language). `count()` is how many match; `fetch(n)` gives the next n rows in
order, read by keyset (the next page starts after the last row read, found through the order's
index, never by skipping rows).

By name (in English or Welsh order, see `planner.domain.name_order`), by where the plan is up to
and by panel date, and every filter but "reviews due", are the database's. The next review, the
goal worked on now and the last contact are worked out from the plan's facts by the review rules,
so sorting by them, or showing only reviews due, reads everyone who matches the search and
orders them here (as the caseload always did; see README "Measured" for what that costs).

On a team database the rows are the ones row-level security lets the worker see. The query reads
people from that same set, written in SQL as the rule for reading a person says it (the people of
the teams the worker co-ordinates or manages, and the people of the plans `plan_access` gives
them), so PostgreSQL starts from the worker's own few people instead of testing every row of the
table against the rules; the rules still decide every row read. The first page by name reads its
page of people first and then each one's first plan, and counts everyone who matches in the same
statement (issue 18: one transaction an opening, where there were eight). The same statement brings
each plan's facts and the review intervals too, on PostgreSQL (one statement an opening, where
there were five; each fact still read under the rules of its own table). A team's people are read
in name order from their own index (migration 0020).
"""

import datetime as dt
import weakref
from collections.abc import Iterator, Sequence
from functools import cache

from sqlalchemy import (
    and_,
    bindparam,
    case,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.orm import aliased

from planner import collector
from planner.domain.plan import PlanStatus
from planner.domain.review_schedule import Intervals
from planner.domain.search_text import fold
from planner.services import plan_facts, review_settings
from planner.services.caseload import (
    CaseloadFilter,
    CaseloadRow,
    Column,
    _rows,
    matches_filter,
    search_words,
)
from planner.storage import plan_access as access_rules
from planner.storage import search_index
from planner.storage.database import Database
from planner.storage.models import Person, Plan
from planner.storage.panel_models import PlanStanding

FIRST_PAGE = 60  # rows read when the list opens or a search changes (a screenful is about 30)
PAGE = 200  # rows read at a time as the person scrolls
# At most this many people matching (as the search index counts them), a page is read by looking
# them up and sorting them (about 7 µs each); more, and walking the names in order finds a page
# sooner (at 100,000 people the two cost the same at about 600; measured with bench_caseload).
SPARSE = 600
KNOWN_AT_MOST = 5_000  # rows kept between keystrokes (see CaseloadWindow._with_facts)
_PAGE_STATEMENTS: dict[tuple, tuple] = {}  # a page's statement for each way of looking (see _page_query)

# What the database orders and filters by itself.
SQL_COLUMNS = frozenset({Column.NAME, Column.STATUS, Column.PANEL_DATE})
SQL_FILTERS = {
    CaseloadFilter.ALL: None,
    CaseloadFilter.READY_FOR_PANEL: (PlanStatus.READY_FOR_PANEL.value,),
    CaseloadFilter.AT_PANEL: (PlanStatus.AT_PANEL.value,),
    CaseloadFilter.AGREED: (PlanStatus.AGREED.value, PlanStatus.AGREED_WITH_CHANGES.value),
}
# Made once (statements built from the same aliases are cached by SQLAlchemy, and quicker to build).
_PLAN = aliased(Plan, name="first_plan")
_OTHER = aliased(Plan, name="earlier_plan")
_STANDING = aliased(PlanStanding, name="standing")
_STATUS_RANK = {status.value: index for index, status in enumerate(PlanStatus)}
_FAR = dt.date.max


def welsh(language: str) -> bool:
    return language.split("_")[0].split("-")[0] == "cy"


# Whether the rules narrow what each engine's login sees (asked once a connection's engine: it is
# the login's, not the data's; the rules themselves still decide every row of every statement).
_NARROWED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_PLAN_ACCESS = table("plan_access", column("login"), column("person_id"), column("until"))
# The columns of a person the caseload reads (never the photo).
_PERSON_COLUMNS = ("id", "name", "preferred_name", "search_key", "welsh_key", "removed_at")


def visible_people(session) -> bool | None:
    """On a team database where row-level security decides what the connected worker sees, True:
    the caseload's queries then read from the worker's own people (`worker_people`). None where no
    rules narrow them (SQLite, the database's owner)."""
    if session.bind.dialect.name != "postgresql":
        return None
    engine = session.get_bind()
    engine = getattr(engine, "engine", engine)
    known = _NARROWED.get(engine)
    if known is None:
        known = _NARROWED[engine] = bool(session.execute(text(
            "SELECT row_security_active('person') AND to_regclass('public.plan_access') IS NOT NULL")).scalar())
    return True if known else None


@cache
def worker_people():
    """The people the worker may read, as rows of `person` (the columns the caseload reads), in the
    words of the rule for reading a person (team_access: "ss_person_read"): the people of the
    teams they co-ordinate or manage, and the people of the plans `plan_access` gives them. The
    rule still decides every row; this names the same set so PostgreSQL reads only those rows
    (the team's by its index, the others by their keys) instead of every person's."""
    team = (select(*(Person.__table__.c[name] for name in _PERSON_COLUMNS))
            .where(Person.team_id.in_(select(func.smallsteps_my_teams(
                literal_column("'{coordinator,manager}'::text[]")))))
            .cte("team_people"))
    live = text(access_rules.LIVE.replace("ss_a.", "plan_access."))
    others = (select(*(Person.__table__.c[name] for name in _PERSON_COLUMNS))
              .where(Person.id.in_(select(_PLAN_ACCESS.c.person_id)
                                   .where(_PLAN_ACCESS.c.login == literal_column("session_user"), live,
                                          _PLAN_ACCESS.c.person_id.not_in(select(team.c.id))))))
    return aliased(Person, union_all(select(team), others).subquery("worker_person"), name="worker_person")


class CaseloadWindow:
    def __init__(self, db: Database, search: str = "", which: CaseloadFilter | str = CaseloadFilter.ALL,
                 column: Column | str = Column.NAME, descending: bool = False, language: str = "en",
                 today: dt.date | None = None, intervals: Intervals | None = None,
                 narrowing: "CaseloadWindow | None" = None, visible: "bool | None" = False,
                 worked_out: dict | None = None, known: dict | None = None) -> None:
        self.db = db
        self.typed = self.typed_words(search, language)
        self.words = self.typed.split()
        self.which = CaseloadFilter(which)
        self.column = Column(column)
        self.descending = descending
        self.language = language
        self.today = today or dt.date.today()
        self._intervals = intervals  # read with the first page when not given (see intervals)
        # By name the database reads a page after the last (keyset); by status or panel date it
        # puts everyone's ids in order once; the worked-out columns are ordered here.
        self.keyset = self.column == Column.NAME and self.which in SQL_FILTERS
        self.in_database = self.column in SQL_COLUMNS and self.which in SQL_FILTERS
        self._count: int | None = None
        self._sparse: bool | None = None  # read through the search index (see _by_index)
        self._after: tuple | None = None  # the order's values of the last row read
        self._first: tuple | None = None  # the order's values of the first row read
        self._floor: tuple | None = None  # no row can come before this one (see _narrow)
        self._done = False
        self._ids: list[int] | None = None  # everyone's ids in order (status, panel date)
        self._everyone: list[CaseloadRow] | None = None  # everyone's rows in order (worked out here)
        self._given = 0
        # Whether the queries read from the worker's people (see visible_people): False until asked.
        self.visible = visible
        self.worked_out = worked_out  # see _worked_out_by_name
        # Rows made by earlier windows on the same unchanged caseload, by person (see _with_facts).
        self.known = known
        self._read: list[CaseloadRow] = []  # every row given so far (unless told not to keep them)
        self.remember = True
        self._narrow(narrowing)

    @staticmethod
    def typed_words(search: str, language: str) -> str:
        """A search as it is compared with names (two searches alike here find the same people)."""
        return " ".join(search_words(fold(search, language)))

    def _narrow(self, before: "CaseloadWindow | None") -> None:
        """More letters typed than `before`: whoever matches now matched `before` too. If `before`
        had read everyone it matched, those rows, kept in order, are all that can still match (no
        database trip); if not, by name nobody can come before its first row, so the page is read
        from there (a search that finds few people no longer walks every name before them)."""
        if (before is None or not self.typed.startswith(before.typed)
                or (before.which, before.column, before.descending, before.language, before.today)
                != (self.which, self.column, self.descending, self.language, self.today)):
            return
        if before.has_more():
            if self.keyset and before.keyset and before._first is not None and (
                    self.visible is False or self.visible == before.visible):
                self.visible = before.visible
                self._floor = before._first
            return
        rows = before.read_rows
        self._everyone = [row for row in rows if all(word in row.search_key for word in self.words)]
        self.in_database = self.keyset = False
        self._count = len(self._everyone)

    @property
    def read_rows(self) -> list[CaseloadRow]:
        return self._read

    @property
    def intervals(self) -> Intervals:
        """The months between reviews: as given, or read (with the first page when it is read first)."""
        if self._intervals is None:
            self._intervals = review_settings.review_intervals(self.db)
        return self._intervals

    def _person(self):
        """Where people are read from: the worker's own people where the rules narrow them."""
        return worker_people() if self.visible else Person

    # The query -------------------------------------------------------------------------------

    def _name_key(self):
        person = self._person()
        key = person.welsh_key if welsh(self.language) else person.search_key
        if self.visible:
            # A worker's few people are found by their keys and then sorted: an order no index
            # has (the same order: appending nothing keeps the column's collation) stops
            # PostgreSQL walking everyone's names in order to find them.
            return key.concat("")
        return key

    def _ask_visible(self, session) -> None:
        if self.visible is False:
            self.visible = visible_people(session)

    def _order(self, plan, standing) -> list:
        """The order's expressions, each never NULL (so a keyset can compare them), Person.id last."""
        name, person = self._name_key(), self._person()
        if self.column == Column.STATUS:
            rank = case(*((plan.status == status, index) for status, index in _STATUS_RANK.items()), else_=99)
            return [rank, name, person.id]
        if self.column == Column.PANEL_DATE:
            return [case((standing.panel_date.is_(None), 1), else_=0),
                    func.coalesce(standing.panel_date, _FAR), name, person.id]
        return [name, person.id]

    def _query(self, session, *columns, plan=None, standing=None, use_index=True):
        """People not removed (each with their first plan the worker may see), matching the search
        and the filter; `columns` chosen by the caller (`use_index`: see _by_index)."""
        self._ask_visible(session)
        person = self._person()  # the worker's own people where the rules narrow them
        query = select(*columns).select_from(person).where(person.removed_at.is_(None))
        if plan is not None:  # one row a person whichever way: a count of people needs no plans
            other = _OTHER
            first = ~exists().where(other.person_id == plan.person_id, other.id < plan.id)
            query = query.outerjoin(plan, and_(plan.person_id == person.id, first))
        if standing is not None:
            query = query.outerjoin(standing, standing.plan_id == plan.id)
        for condition in search_index.conditions(session, person.search_key, person.id, self.words, use_index):
            query = query.where(condition)
        statuses = SQL_FILTERS.get(self.which)
        if statuses:
            query = query.where(plan.status.in_(statuses))
        return query

    def _plan_for_count(self):
        return _PLAN if SQL_FILTERS.get(self.which) else None

    def _row_columns(self, plan, standing):
        return self._row_columns_of(self._person(), plan, standing)

    @staticmethod
    @cache
    def _row_columns_of(person, plan, standing):
        text_of = plan_facts.stored_date
        return (person.id, person.name, person.preferred_name, person.search_key, plan.id, plan.title,
                plan.status, text_of(func.coalesce(plan.started_on, func.date(plan.created_at))),
                text_of(standing.panel_date), text_of(standing.assessed_on))

    # Reading ---------------------------------------------------------------------------------

    def total(self) -> int:
        """Everyone in the caseload (not removed), whatever the search and filter."""
        if not self.words and self.which == CaseloadFilter.ALL and self.keyset:
            return self.count()
        everyone = CaseloadWindow(self.db, language=self.language, today=self.today, intervals=self.intervals,
                                  visible=self.visible)
        with self.db.reading() as session:  # one statement
            return session.execute(everyone._query(session, func.count())).scalar_one()

    def count(self) -> int:
        """How many people match (read once for this window)."""
        if self._count is None:
            if self.keyset:
                with self.db.reading() as session:  # one statement
                    self._count = session.execute(
                        self._query(session, func.count(), plan=self._plan_for_count())).scalar_one()
            elif self.in_database:
                self._count = len(self._ordered_ids())
            else:
                self._count = len(self._ordered_here())
        return self._count

    def counted(self) -> bool:
        """Whether count() is known without another look at the database."""
        return self._count is not None or (not self.keyset and (self._ids is not None or self._everyone is not None))

    def has_more(self) -> bool:
        if self.keyset:
            return not self._done
        if self.in_database:
            return self._given < len(self._ordered_ids())
        return self._given < len(self._ordered_here())

    def fetch(self, how_many: int) -> list[CaseloadRow]:
        """The next `how_many` rows in order (fewer at the end; none once every row is read)."""
        if how_many <= 0 or not self.has_more():
            return []
        if self.keyset:
            rows = self._next_by_keyset(how_many)
        elif self.in_database:
            rows = self._rows_of(self._ordered_ids()[self._given:self._given + how_many])
        else:
            rows = self._ordered_here()[self._given:self._given + how_many]
        self._given += len(rows)
        if self.remember:
            self._read.extend(rows)
        return rows

    def _one_statement(self) -> bool:
        """Whether a page by keyset is read by one statement (PostgreSQL with no filter: see
        _page_query), which then needs no transaction of its own (Database.reading)."""
        return self.db.engine.dialect.name == "postgresql" and not SQL_FILTERS.get(self.which)

    def _next_by_keyset(self, how_many: int) -> list[CaseloadRow]:
        reading = self.db.reading if self._one_statement() else self.db.session
        with collector.paused(), reading() as session:
            query, keys, counting, carried = self._page_query(session, how_many)
            values = {f"after{i}": value for i, value in enumerate(self._after or self._floor or ())}
            found = session.execute(query, values).all()
            if counting:  # everyone who matches, counted by the same statement (see _page_query)
                self._count = found[0][10] if found else 0
            if len(found) <= how_many:
                self._done = True
                if self._given == 0:
                    self._count = len(found)  # a first page not filled is everyone who matches
            found = found[:how_many]
            if not found:
                return []
            if self._first is None:
                self._first = tuple(found[0][-keys:])
            self._after = tuple(found[-1][-keys:])
            given = None
            if carried:  # each plan's facts and the review intervals came with the page
                at = 11 if counting else 10
                if self._intervals is None:
                    self._intervals = review_settings.intervals_from_columns(found[0][at + 5:at + 8])
                dates = plan_facts.Dates()
                given = ({row[4]: plan_facts.from_columns(row[at:at + 5], dates) for row in found
                          if row[4] is not None}, dates)
            return self._with_facts(session, [row[:10] for row in found], given)

    def _page_query(self, session, how_many: int):
        """The next page's statement by keyset: (the statement, how many order keys end each row,
        whether the row's eleventh value is how many match, whether each plan's facts and the
        review intervals follow: see _make_page_query). One row more than asked for says
        whether there are more after this page. The last row read (or the first row that can come)
        is bound as after0, after1, ...; the statement is made once for each way of looking (its
        compiled form is cached by SQLAlchemy too, but making it was a fifth of an opening's time)."""
        self._ask_visible(session)
        by_people = session.bind.dialect.name == "postgresql" and not SQL_FILTERS.get(self.which)
        counting = by_people and bool(self.visible) and self._after is None and self._floor is None
        shape = (session.bind.dialect.name, self.visible, self.which, self.column, self.descending,
                 welsh(self.language), tuple(self.words), self._by_index(session),
                 search_index.indexed(session, self.words), self._after is not None, self._floor is not None,
                 counting, how_many)
        made = _PAGE_STATEMENTS.get(shape)
        if made is None:
            if len(_PAGE_STATEMENTS) >= 256:
                _PAGE_STATEMENTS.clear()
            made = _PAGE_STATEMENTS[shape] = self._make_page_query(session, how_many, by_people, counting)
        return made

    def _make_page_query(self, session, how_many: int, by_people: bool, counting: bool):
        plan, standing = _PLAN, _STANDING
        order = self._order(plan, standing)
        keys = [expression.label(f"k{i}") for i, expression in enumerate(order)]
        # The worker's few people are all read to sort them anyway: counting them (`counting`) costs
        # nothing more.
        if by_people:
            # The page's people first (a plan is not needed to choose them), then each one's first
            # plan: PostgreSQL then looks up the plans of this page's people only.
            person = self._person()
            everyone = [func.count().over().label("everyone")] if counting else []
            query = self._query(session, person.id, person.name, person.preferred_name, person.search_key,
                                *everyone, *keys, use_index=self._by_index(session))
        else:
            query = self._query(session, *self._row_columns(plan, standing), *keys, plan=plan, standing=standing,
                                use_index=self._by_index(session))
        last = tuple_(*(bindparam(f"after{i}", type_=expression.type) for i, expression in enumerate(order)))
        if self._after is not None:
            query = query.where(tuple_(*order) < last if self.descending else tuple_(*order) > last)
        elif self._floor is not None:
            query = query.where(tuple_(*order) <= last if self.descending else tuple_(*order) >= last)
        query = query.order_by(*(o.desc() for o in order) if self.descending else order).limit(how_many + 1)
        if not by_people:
            return query, len(order), False, False
        page = query.subquery("page")
        first = (select(Plan.id, Plan.title, Plan.status, Plan.started_on, Plan.created_at)
                 .where(Plan.person_id == page.c.id).order_by(Plan.id).limit(1).lateral("first_plan"))
        text_of = plan_facts.stored_date
        page_keys = [page.c[key.name] for key in keys]
        # Each plan's facts (the goal worked on now, the reviews, the last contact) and the review
        # intervals in the same statement, read under the same rules as their own queries were
        # (issue 18: one statement an opening, where there were five).
        facts = plan_facts.facts_of_plan(first.c.id)
        carried = (*facts.columns, *review_settings.stored_columns()) if facts is not None else ()
        joined = page.outerjoin(first, true()).outerjoin(standing, standing.plan_id == first.c.id)
        if facts is not None:
            joined = joined.outerjoin(facts.reviews, true())
        query = (select(page.c.id, page.c.name, page.c.preferred_name, page.c.search_key, first.c.id, first.c.title,
                        first.c.status, text_of(func.coalesce(first.c.started_on, func.date(first.c.created_at))),
                        text_of(standing.panel_date), text_of(standing.assessed_on),
                        *([page.c.everyone] if counting else []), *carried, *page_keys)
                 .select_from(joined)
                 .order_by(*(k.desc() for k in page_keys) if self.descending else page_keys))
        return query, len(order), counting, facts is not None

    def _by_index(self, session) -> bool:
        """Whether a page is read through the search index (few people match: they are looked up
        and sorted) or by walking the names in order, testing each (many match: a page is found
        after a few hundred names, sooner than sorting thousands). Decided once a window."""
        if self._sparse is None:
            most = search_index.at_most(session, self.words)
            self._sparse = most is not None and most <= SPARSE
        return self._sparse

    def first_page_sql(self, session, how_many: int) -> str:
        """The first page's query as SQL with its values written in (for EXPLAIN in benchmarks)."""
        query = self._page_query(session, how_many)[0]
        return str(query.compile(dialect=session.bind.dialect, compile_kwargs={"literal_binds": True}))

    def _with_facts(self, session, found, given=None) -> list[CaseloadRow]:
        """Rows of the people `found` with their facts: `given` (facts by plan, and the dates read)
        when the statement brought them, read here otherwise."""
        known = self.known
        if known is not None and len(found) <= KNOWN_AT_MOST:
            # People whose rows were made since the list was read (a letter typed shows many of
            # the same people again): kept, so only the others' facts are read.
            new = [row for row in found if row[0] not in known]
            if new:
                if len(known) + len(new) > KNOWN_AT_MOST:
                    known.clear()
                for row in self._with_facts_read(session, new, given):
                    known[row.person_id] = row
            return [known[row[0]] for row in found]
        return self._with_facts_read(session, found, given)

    def _with_facts_read(self, session, found, given=None) -> list[CaseloadRow]:
        if given is not None:
            facts, dates = given
            return _rows(found, facts, self.intervals, dates)
        if self._intervals is None:  # read in the same transaction as the page
            self._intervals = review_settings.review_intervals_in(session)
        plans = [row[4] for row in found if row[4] is not None]
        dates = plan_facts.Dates()
        facts = plan_facts.caseload_facts(session, None if len(plans) > 1000 else plans, dates) if plans else {}
        return _rows(found, facts, self.intervals, dates)

    def _ordered_ids(self) -> list[int]:
        """Everyone who matches, by status or panel date: their ids in order (one sort in the
        database; each page then reads only its own people)."""
        if self._ids is None:
            plan, standing = _PLAN, _STANDING
            with self.db.session() as session:
                self._ask_visible(session)
                order = self._order(plan, standing)
                query = self._query(session, self._person().id, plan=plan, standing=standing)
                query = query.order_by(*(o.desc() for o in order) if self.descending else order)
                self._ids = list(session.execute(query).scalars())
        return self._ids

    def _rows_of(self, ids: Sequence[int]) -> list[CaseloadRow]:
        if not ids:
            return []
        plan, standing = _PLAN, _STANDING
        with collector.paused(), self.db.session() as session:
            self._ask_visible(session)  # (the columns are the worker's people's)
            query = self._query(session, *self._row_columns(plan, standing), plan=plan, standing=standing)
            found = session.execute(query.where(self._person().id.in_(list(ids)))).all()
            rows = self._with_facts(session, found)
        place = {person_id: at for at, person_id in enumerate(ids)}
        return sorted(rows, key=lambda row: place[row.person_id])

    def _ordered_here(self) -> list[CaseloadRow]:
        """Everyone who matches the search, with their facts, filtered and sorted here (for the
        columns and the filter the review rules work out)."""
        if self._everyone is None:
            rows = self._worked_out_by_name()
            if self.which != CaseloadFilter.ALL:
                rows = [row for row in rows if matches_filter(row, self.which, self.today)]
            if self.column != Column.NAME:  # (by status or panel date too, when "reviews due" is chosen)
                rows = _sorted_here(rows, self.column, self.descending)
            elif self.descending:
                rows = rows[::-1]
            self._everyone = rows
        return self._everyone

    def _worked_out_by_name(self) -> list[CaseloadRow]:
        """Everyone who matches the search (whatever the filter) by name, each with their facts and
        next review worked out: once for a search, while the same `worked_out` is passed in (the
        list keeps it until it is read again), so sorting by another worked-out column or choosing
        "reviews due" afterwards works no one out again."""
        key = (self.typed, self.language, self.today, self.intervals, self.visible)
        if self.worked_out is not None and key in self.worked_out:
            return self.worked_out[key]
        plan, standing = _PLAN, _STANDING
        everyone = CaseloadWindow(self.db, search=self.typed, language=self.language, today=self.today,
                                  intervals=self.intervals, visible=self.visible)
        with collector.paused(), self.db.session() as session:
            everyone._ask_visible(session)  # (the columns are the worker's people's)
            query = everyone._query(session, *everyone._row_columns(plan, standing), plan=plan, standing=standing)
            found = session.execute(query.order_by(everyone._name_key(), everyone._person().id)).all()
            rows = self._with_facts(session, found)
        self.visible = everyone.visible
        if self.worked_out is not None:
            self.worked_out.clear()  # one search's people kept, no more
            self.worked_out[key] = rows
        return rows

    def position_of(self, person_id: int, most: int = 50_000) -> int | None:
        """Where a person is in this window's order (None: not in it, or further than `most`)."""
        if not self.keyset:
            ids = self._ordered_ids() if self.in_database else [row.person_id for row in self._ordered_here()]
            at = ids.index(person_id) if person_id in ids else None
            return at if at is not None and at < most else None
        plan, standing = _PLAN, _STANDING
        with self.db.session() as session:
            self._ask_visible(session)
            order = self._order(plan, standing)
            mine = session.execute(self._query(session, *order, plan=plan, standing=standing)
                                   .where(self._person().id == person_id)).first()
            if mine is None:
                return None
            before = tuple_(*order) > tuple_(*mine) if self.descending else tuple_(*order) < tuple_(*mine)
            at = session.execute(self._query(session, func.count(), plan=plan, standing=standing)
                                 .where(before)).scalar_one()
        return at if at < most else None


def _sorted_here(rows: Sequence[CaseloadRow], column: Column, descending: bool) -> list[CaseloadRow]:
    """Rows (in name order) sorted by a worked-out column; names stay in order among equals, and
    rows with nothing in the column go last (first when descending, as in the database)."""
    if column == Column.NEXT_REVIEW:
        def key(r):
            return (r.next_review is None, r.next_review or _FAR)
    elif column == Column.LAST_CONTACT:
        def key(r):
            return (r.last_contact is None, r.last_contact or _FAR)
    elif column == Column.STATUS:  # as the database orders them (see CaseloadWindow._order)
        def key(r):
            return _STATUS_RANK.get(r.status, 99)
    elif column == Column.PANEL_DATE:
        def key(r):
            return (r.panel_date is None, r.panel_date or _FAR)
    else:
        def key(r):
            return (r.working_on_now is None, (r.working_on_now or "").casefold())
    if descending:  # reversed first, so equal rows keep the names' order reversed too
        return sorted(reversed(rows), key=key, reverse=True)
    return sorted(rows, key=key)


def every_row(db: Database, page: int = 2000) -> Iterator[CaseloadRow]:
    """Everyone in the caseload (not removed) by name, as `caseload.list_caseload` gives them, read
    a page at a time and not kept (for the command line: 100,000 people never all in memory)."""
    window = CaseloadWindow(db)
    window.remember = False
    while window.has_more():
        rows = window.fetch(page)
        if not rows:
            return
        yield from rows


def first_rows(db: Database, how_many: int = 100, **view) -> tuple[CaseloadWindow, list[CaseloadRow]]:
    """A window on the caseload and its first page (what the list shows when it opens)."""
    window = CaseloadWindow(db, **view)
    return window, window.fetch(how_many)

