"""How often reviews fall due (months between goal reviews, plan reviews and reassessments),
kept in the database so the window, the command line and everyone sharing a team database
count from the same numbers. 3, 6 and 18 until someone changes them."""

from sqlalchemy import select

from planner.domain.review_schedule import (
    DEFAULT_GOAL_MONTHS,
    DEFAULT_PLAN_MONTHS,
    DEFAULT_REASSESSMENT_MONTHS,
    MONTHS_MAX,
    MONTHS_MIN,
    Intervals,
    clamp_months,
)
from planner.errors import InvalidInput
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.settings_models import SharedSetting

KEYS = {"goal_months": ("reviews.goal_months", DEFAULT_GOAL_MONTHS),
        "plan_months": ("reviews.plan_months", DEFAULT_PLAN_MONTHS),
        "reassessment_months": ("reviews.reassessment_months", DEFAULT_REASSESSMENT_MONTHS)}


def review_intervals(db: Database) -> Intervals:
    """The months between reviews (a value someone changed by hand is brought within 1-60)."""
    with db.session() as session:
        return review_intervals_in(session)


def review_intervals_in(session) -> Intervals:
    """review_intervals, read in a transaction already open."""
    stored = dict(session.execute(select(SharedSetting.key, SharedSetting.value)
                                  .where(SharedSetting.key.in_([k for k, _d in KEYS.values()]))).all())
    return intervals_of(stored)


def intervals_of(stored: dict) -> Intervals:
    """The intervals from the stored values by key (a key not there: its default)."""
    return Intervals(**{field: clamp_months(stored.get(key, default), default)
                        for field, (key, default) in KEYS.items()})


def stored_columns() -> tuple:
    """The three stored values as columns of any statement (NULL where not stored), in the order
    of KEYS: read with something else, they cost no statement of their own."""
    return tuple(select(SharedSetting.value).where(SharedSetting.key == key).scalar_subquery()
                 for key, _default in KEYS.values())


def intervals_from_columns(values) -> Intervals:
    """The intervals from the values of `stored_columns` (in the same order)."""
    return intervals_of({key: value for (key, _d), value in zip(KEYS.values(), values, strict=True)
                         if value is not None})


def _months(value: object, field: str) -> int:
    if isinstance(value, bool):
        value = None
    try:
        months = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        months = 0
    if not MONTHS_MIN <= months <= MONTHS_MAX:
        raise InvalidInput(_("Please choose between {low} and {high} months.").format(low=MONTHS_MIN, high=MONTHS_MAX),
                           field)
    return months


def set_review_intervals(db: Database, goal_months: object, plan_months: object,
                         reassessment_months: object) -> Intervals:
    """Change all three at once (all are checked before anything is kept)."""
    wanted = {"goal_months": _months(goal_months, "goal_months"),
              "plan_months": _months(plan_months, "plan_months"),
              "reassessment_months": _months(reassessment_months, "reassessment_months")}
    with db.session() as session:
        rows = {row.key: row for row in session.scalars(select(SharedSetting))}
        for field, months in wanted.items():
            key = KEYS[field][0]
            if key in rows:
                if rows[key].value != str(months):
                    rows[key].value = str(months)
            else:
                session.add(SharedSetting(key=key, value=str(months)))
    return Intervals(**wanted)
