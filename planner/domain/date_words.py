"""Reading a date the way people write it: "14 May 1979", "14/5/79", "1979-05-14", "May 14th
1979", "14 Mai 1979" (Welsh month names too, with their mutated forms: "14eg o Fai 1979").

The rules:
- Numbers are read day first (the UK way): 4/5/1979 is the 4th of May. Only when day first
  cannot be a date (5/14/1979) is it read month first.
- A year of two figures is the most recent such year that is not in the future when the date must
  be in the past (a date of birth: 79 is 1979, 05 is 2005); otherwise the nearest one to today
  (by when: 27 is 2027).
- Anything longer than a date could be, or with odd characters, is refused with a plain message;
  nothing here ever raises anything but `InvalidInput`.
"""

import datetime as dt
import re

from planner.errors import InvalidInput
from planner.i18n import _

MAX_LENGTH = 60

# English month names and their usual short forms.
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december")
# Welsh month names, each with the mutated forms met after "o" ("of") and "ym mis" ("in the month of").
_WELSH = (
    ("ionawr",), ("chwefror",), ("mawrth", "fawrth"), ("ebrill",), ("mai", "fai"),
    ("mehefin", "fehefin"), ("gorffennaf", "orffennaf"), ("awst",), ("medi", "fedi"),
    ("hydref",), ("tachwedd", "dachwedd"), ("rhagfyr",),
)
_WELSH_SHORT = ("ion", "chwef", "maw", "ebr", "mai", "meh", "gorff", "awst", "medi", "hyd", "tach", "rhag")
_WORDS_TO_SKIP = {"the", "of", "o", "ym", "mis", "on", "ar", "y", "yr", "st", "nd", "rd", "th", "eg", "af", "ydd",
                  "fed", "ed", "ain", "il"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
             "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "llun", "mawrth", "mercher", "iau", "gwener",
             "sadwrn", "sul", "dydd"}
_ALLOWED = re.compile(r"^[\w\s/.,\-']*$", re.UNICODE)


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, name in enumerate(_ENGLISH, start=1):
        names[name] = number
        names[name[:3]] = number
    names["sept"] = 9
    for number, forms in enumerate(_WELSH, start=1):
        for form in forms:
            names[form] = number
    for number, short in enumerate(_WELSH_SHORT, start=1):  # as Babel writes them ("3 Rhag 2026")
        names[short] = number
    names["chw"], names["gor"] = 2, 7
    return names


MONTH_NAMES = _month_names()


def _problem() -> InvalidInput:
    return InvalidInput(_("That date doesn't look right. Please write it like 14 May 1979 or 14/5/1979, "
                          "or choose it from the calendar."), "date")


def _full_year(year: int, digits: int, past_only: bool, today: dt.date) -> int:
    if digits > 2:
        return year
    if past_only:
        return 2000 + year if 2000 + year <= today.year else 1900 + year
    candidates = (1900 + year, 2000 + year, 2100 + year)
    return min(candidates, key=lambda y: abs(y - today.year))


def _make(year: int, month: int, day: int) -> dt.date:
    if not 1 <= year <= 9999:
        raise _problem()
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _problem() from None


def read_date(text: str, *, past_only: bool = False, today: dt.date | None = None) -> dt.date:
    """The date `text` means, or `InvalidInput` with a plain message (never anything else)."""
    today = today or dt.date.today()
    if not isinstance(text, str):
        raise _problem()
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise InvalidInput(_("That is too long to be a date. Please write it like 14 May 1979."), "date")
    if not text or not _ALLOWED.match(text):
        raise _problem()
    lowered = text.lower().replace("'", "")
    # 1979-05-14 (ISO), also with / or . between.
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", lowered)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]))
    tokens = [t for t in re.split(r"[\s/.,\-]+", lowered) if t]
    # "14th" -> "14", "14eg" -> "14"; weekday names and little words are left out.
    words: list[str] = []
    for token in tokens:
        match = re.fullmatch(r"(\d{1,4})(st|nd|rd|th|eg|af|ail|ydd|fed|ed|ain|il)?", token)
        if match:
            words.append(match[1])
        elif token in MONTH_NAMES and not (token in _WEEKDAYS and token != "mawrth"):
            words.append(token)
        elif token in _WORDS_TO_SKIP or token in _WEEKDAYS:
            continue
        else:
            raise _problem()
    if len(words) > 3:
        # "dydd mawrth 14 mawrth 1979": a weekday that is also a month name comes first.
        words = [w for i, w in enumerate(words) if not (i == 0 and w == "mawrth")]
    if len(words) != 3:
        raise _problem()
    named = [w for w in words if not w.isdigit()]
    if len(named) > 1:
        raise _problem()
    if named:
        month = MONTH_NAMES[named[0]]
        numbers = [w for w in words if w.isdigit()]
        # day month year, month day year, year month day
        if len(numbers[0]) == 4:
            year_text, day_text = numbers
        else:
            day_text, year_text = numbers
        year = _full_year(int(year_text), len(year_text), past_only, today)
        return _make(year, month, int(day_text))
    first, second, third = words
    if len(first) == 4:  # 1979 5 14
        return _make(int(first), int(second), int(third))
    year = _full_year(int(third), len(third), past_only, today)
    day, month = int(first), int(second)
    if month > 12 and day <= 12:  # 5/14/1979 can only be month first
        day, month = month, day
    return _make(year, month, day)
