"""Plain words and rules for the life-charts: my life story, my people and places, my week.

The keys here are stable: they are used in the database and in plan files. The words are what a
person reads, in the window and on the pictures.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.errors import InvalidInput
from planner.i18n import _

MAX_AGE = 120
TITLE_MAX = 300
SHORT_MAX = 300  # "what they are to me", "where", "with whom"


# My life story -----------------------------------------------------------------------------


class MomentKind(StrEnum):
    HOME = "home"
    FAMILY = "family_friends"
    HEALTH = "health"
    WORK = "work_learning"
    PROUD = "proud"
    LOSS = "loss"
    OTHER = "other"


def moment_kind_label(kind: MomentKind | str) -> str:
    return {
        MomentKind.HOME: _("Home"),
        MomentKind.FAMILY: _("Family and friends"),
        MomentKind.HEALTH: _("Health and hospital"),
        MomentKind.WORK: _("Work and learning"),
        MomentKind.PROUD: _("Something I'm proud of"),
        MomentKind.LOSS: _("A loss"),
        MomentKind.OTHER: _("Something else"),
    }[MomentKind(kind)]


FEELINGS: tuple[int, ...] = (1, 2, 3, 4, 5)  # 1: a very hard time ... 5: a very good time
NEUTRAL_FEELING = 3


def feeling_label(feeling: int) -> str:
    """Five steps from a very hard time to a very good time, in words."""
    return {
        1: _("A very hard time"),
        2: _("A hard time"),
        3: _("In between"),
        4: _("A good time"),
        5: _("A very good time"),
    }[int(feeling)]


def week_feeling_label(feeling: int) -> str:
    """How a person feels about something they do in their week."""
    return {
        1: _("I really don't like it"),
        2: _("I don't like it much"),
        3: _("It's all right"),
        4: _("I like it"),
        5: _("I really like it"),
    }[int(feeling)]


class WhenKind(StrEnum):
    YEAR = "year"
    MONTH = "year_month"
    AGE = "age"
    UNKNOWN = "unknown"


def when_kind_label(kind: WhenKind | str) -> str:
    return {
        WhenKind.YEAR: _("A year"),
        WhenKind.MONTH: _("A month and year"),
        WhenKind.AGE: _("How old I was"),
        WhenKind.UNKNOWN: _("I'm not sure when"),
    }[WhenKind(kind)]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def month_name(month: int) -> str:
    """The month's name in the chosen language (Babel's, from CLDR)."""
    from planner.i18n import month_name as name

    return name(month)


@dataclass(frozen=True)
class When:
    """When a moment happened: a year, a month and year, an age, or not known."""

    kind: str = WhenKind.UNKNOWN.value
    year: int | None = None
    month: int | None = None
    age: int | None = None
    approximate: bool = False

    def words(self) -> str:
        """Plain words: "1998", "around March 2003", "when I was 12", "I'm not sure when"."""
        about = self.approximate
        if self.kind == WhenKind.YEAR:
            return (_("Around {year}") if about else "{year}").format(year=self.year)
        if self.kind == WhenKind.MONTH:
            text = f"{month_name(self.month)} {self.year}"
            return _("Around {when}").format(when=text) if about else text
        if self.kind == WhenKind.AGE:
            return (_("When I was about {age}") if about else _("When I was {age}")).format(age=self.age)
        return _("I'm not sure when")

    def short_words(self) -> str:
        """A short form for the chart: "1998", "~1998", "Mar 2003", "age 12"."""
        mark = "~" if self.approximate else ""
        if self.kind == WhenKind.YEAR:
            return f"{mark}{self.year}"
        if self.kind == WhenKind.MONTH:
            return f"{mark}{month_name(self.month)[:3]} {self.year}"
        if self.kind == WhenKind.AGE:
            return _("age {mark}{age}").format(mark=mark, age=self.age)
        return _("not sure when")

    def sort_key(self, birth_year: int | None) -> float | None:
        """A year (with a fraction for the month) to put moments in order; None if unknown."""
        if self.kind == WhenKind.YEAR:
            return self.year + 0.5
        if self.kind == WhenKind.MONTH:
            return self.year + (self.month - 0.5) / 12
        if self.kind == WhenKind.AGE and birth_year is not None:
            return birth_year + self.age + 0.5
        return None


def when_to_file(when: When) -> dict[str, Any] | None:
    """The plan file's `when` for a moment (None: not sure when)."""
    if when.kind == WhenKind.YEAR:
        return {"year": when.year, "around": when.approximate}
    if when.kind == WhenKind.MONTH:
        return {"year": when.year, "month": when.month, "around": when.approximate}
    if when.kind == WhenKind.AGE:
        return {"age": when.age, "around": when.approximate}
    return None


def when_from_file(value: dict[str, Any] | None) -> tuple[str, int | None, int | None, int | None, bool]:
    """(when_kind, year, month, age, approximate) from the file's `when`."""
    if not value:
        return WhenKind.UNKNOWN.value, None, None, None, False
    around = bool(value.get("around", False))
    if value.get("age") is not None:
        return WhenKind.AGE.value, None, None, value["age"], around
    if value.get("month") is not None:
        return WhenKind.MONTH.value, value["year"], value["month"], None, around
    return WhenKind.YEAR.value, value.get("year"), None, None, around


def _number(value: object, field: str, message: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidInput(message, field)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 6:
        return int(value.strip())
    raise InvalidInput(message, field)


def _future() -> str:
    return _("That hasn't happened yet. Your life story is about what has already happened; "
             "hopes for later can go in your goals.")


def clean_when(kind: object, year: object = None, month: object = None, age: object = None,
               approximate: object = False, *, birth_year: int | None = None,
               today: dt.date | None = None) -> When:
    """Check when a moment happened. Nothing in the future, no age above 120."""
    today = today or dt.date.today()
    try:
        kind = WhenKind(kind or WhenKind.UNKNOWN).value
    except ValueError:
        raise InvalidInput(_("Please choose how you want to say when it happened."), "when_kind") from None
    about = bool(approximate)
    if kind in (WhenKind.YEAR, WhenKind.MONTH):
        year = _number(year, "year", _("Please write the year as a number, like 1998."))
        if year is None:
            raise InvalidInput(_("Please write the year, like 1998."), "year")
        if year > today.year:
            raise InvalidInput(_future(), "year")
        if year < today.year - MAX_AGE:
            raise InvalidInput(
                _("That year is more than {years} years ago. Please check it.").format(years=MAX_AGE), "year")
        if kind == WhenKind.YEAR:
            return When(kind, year=year, approximate=about)
        month = _number(month, "month", _("Please choose a month."))
        if month is None or not 1 <= month <= 12:
            raise InvalidInput(_("Please choose a month."), "month")
        if (year, month) > (today.year, today.month):
            raise InvalidInput(_future(), "month")
        return When(kind, year=year, month=month, approximate=about)
    if kind == WhenKind.AGE:
        age = _number(age, "age", _("Please write how old you were as a number, like 12."))
        if age is None:
            raise InvalidInput(_("Please write how old you were, like 12."), "age")
        if age < 0:
            raise InvalidInput(_("Please write how old you were as a number, like 12."), "age")
        if age > MAX_AGE:
            raise InvalidInput(
                _("That age is over {age}. Please check it.").format(age=MAX_AGE), "age")
        if birth_year is not None and birth_year + age > today.year:
            raise InvalidInput(_future(), "age")
        return When(kind, age=age, approximate=about)
    return When(WhenKind.UNKNOWN.value, approximate=False)


def clean_feeling(value: object, *, field: str = "feeling", optional: bool = False) -> int | None:
    if value in (None, "") and optional:
        return None
    if isinstance(value, bool) or value not in FEELINGS:
        raise InvalidInput(_("Please choose how it felt, from a very hard time to a very good time."), field)
    return int(value)


def clean_moment_kind(value: object) -> str:
    try:
        return MomentKind(value or MomentKind.OTHER).value
    except ValueError:
        raise InvalidInput(_("Please choose what kind of moment this is."), "kind") from None


# My people and places ----------------------------------------------------------------------


class MemberKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    SERVICE = "service"
    GROUP = "group"
    PET = "pet"


def member_kind_label(kind: MemberKind | str) -> str:
    return {
        MemberKind.PERSON: _("A person"),
        MemberKind.PLACE: _("A place"),
        MemberKind.SERVICE: _("A service"),
        MemberKind.GROUP: _("A group"),
        MemberKind.PET: _("A pet"),
    }[MemberKind(kind)]


def member_kind_word(kind: MemberKind | str) -> str:
    """One word for the map's labels and key."""
    return {
        MemberKind.PERSON: _("Person"),
        MemberKind.PLACE: _("Place"),
        MemberKind.SERVICE: _("Service"),
        MemberKind.GROUP: _("Group"),
        MemberKind.PET: _("Pet"),
    }[MemberKind(kind)]


class Closeness(StrEnum):
    """The three circles of the map, from the middle out."""

    VERY_CLOSE = "very_close"
    CLOSE = "close"
    AROUND = "around"


CLOSENESS_ORDER: tuple[str, ...] = tuple(c.value for c in Closeness)


def closeness_label(closeness: Closeness | str) -> str:
    return {
        Closeness.VERY_CLOSE: _("Very close to me"),
        Closeness.CLOSE: _("Close to me"),
        Closeness.AROUND: _("Around me"),
    }[Closeness(closeness)]


def clean_member_kind(value: object) -> str:
    try:
        return MemberKind(value or MemberKind.PERSON).value
    except ValueError:
        raise InvalidInput(_("Please choose a person, a place, a service, a group or a pet."), "kind") from None


def clean_closeness(value: object) -> str:
    try:
        return Closeness(value or Closeness.CLOSE).value
    except ValueError:
        raise InvalidInput(_("Please choose how close they are to you."), "closeness") from None


def step_closeness(closeness: str, step: int) -> str | None:
    """One circle closer (-1) or further out (+1); None if there is no such circle."""
    index = CLOSENESS_ORDER.index(Closeness(closeness).value) + step
    return CLOSENESS_ORDER[index] if 0 <= index < len(CLOSENESS_ORDER) else None


# My week -----------------------------------------------------------------------------------

DAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIMES: tuple[str, ...] = ("morning", "afternoon", "evening", "night")


def day_label(day: str) -> str:
    return {
        "monday": _("Monday"), "tuesday": _("Tuesday"), "wednesday": _("Wednesday"),
        "thursday": _("Thursday"), "friday": _("Friday"), "saturday": _("Saturday"),
        "sunday": _("Sunday"),
    }[day]


def time_label(time: str) -> str:
    return {
        "morning": _("Morning"), "afternoon": _("Afternoon"), "evening": _("Evening"),
        "night": _("Night"),
    }[time]


def clean_day(value: object) -> str:
    if value not in DAYS:
        raise InvalidInput(_("Please choose a day of the week."), "day")
    return str(value)


def clean_time(value: object) -> str:
    if value not in TIMES:
        raise InvalidInput(_("Please choose morning, afternoon, evening or night."), "time_of_day")
    return str(value)
