"""Translation of the words `planner` shows (error messages, export text), by gettext.

`planner` cannot use Qt's translators, so it uses gettext catalogues from `resources/locale`
(`smallsteps.po`, compiled to `smallsteps.mo`), extracted and compiled by Babel (see
`resources/locale/README.md`). Wrap every string a person reads in `_("literal")` or
`ngettext("one", "many", n)`, with `{placeholders}` filled in by `.format()` afterwards (never an
f-string inside `_()`). A constant defined before a language is known is marked with
`N_("literal")` where it is defined (extracted, not translated) and passed to `_()` where shown.

The language is not one setting for the whole process: `using("cy")` chooses it for the code run
inside it (a `ContextVar`, so each thread and each export has its own), which is how one
bilingual export builds its Welsh half and then its English half. `set_language` only sets the
language used where nothing chose one (the window's own language, the command line's messages).
"""

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from importlib import resources

DOMAIN = "smallsteps"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "cy")  # the languages with a complete catalogue (English is the source)
BILINGUAL = "cy+en"  # an export in Welsh first, then English

_default_language = SOURCE_LANGUAGE
_chosen: ContextVar[str | None] = ContextVar("smallsteps_language", default=None)


def language_code(code: str | None) -> str:
    """"cy", "cy_GB", "cy-GB", "Cymraeg" → "cy"; anything without a catalogue → "en"."""
    text = (code or "").strip().casefold().replace("-", "_")
    if text in ("cymraeg", "welsh"):
        return "cy"
    base = text.split("_")[0].split(".")[0]
    return base if base in LANGUAGES else SOURCE_LANGUAGE


@cache
def translation(code: str) -> gettext.NullTranslations:
    """The catalogue for `code` (English, the source, needs none)."""
    code = language_code(code)
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    locale_dir = resources.files("resources") / "locale"
    return gettext.translation(DOMAIN, localedir=str(locale_dir), languages=[code], fallback=True)


def set_language(code: str | None) -> None:
    """The language where no `using()` chose one (e.g. the window's language)."""
    global _default_language
    _default_language = language_code(code)


def current_language() -> str:
    return _chosen.get() or _default_language


@contextmanager
def using(code: str | None) -> Iterator[str]:
    """Everything translated inside this block is in `code` (this thread only)."""
    token = _chosen.set(language_code(code))
    try:
        yield _chosen.get()
    finally:
        _chosen.reset(token)


def _(message: str) -> str:
    """Translate `message` into the chosen language."""
    return translation(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count (Welsh has six forms: 0, 1, 2, 3, 6, other)."""
    return translation(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (the name gettext tools know)
    """Mark a constant for the catalogue without translating it; `_()` it where it is shown."""
    return message


def export_languages(choice: str | None, plan_language: str | None) -> tuple[str, ...]:
    """The languages an export is made in, in order: ("cy", "en") for bilingual, Welsh first.

    `choice` is what was asked for (en, cy or cy+en); without one, the plan's own language.
    """
    text = (choice or "").strip().casefold().replace(" ", "")
    if text in ("cy+en", "en+cy", "bilingual", "both"):
        return ("cy", "en")
    return (language_code(choice or plan_language),)


# Dates and numbers, by Babel (CLDR) for the chosen language ----------------------------------
# Babel is imported when first needed, so starting the command line stays quick.

_BABEL_LOCALE = {"en": "en", "cy": "cy_GB"}  # "en": "Sep", as before (en_GB writes "Sept")


def babel_locale(code: str | None = None) -> str:
    return _BABEL_LOCALE.get(language_code(code or current_language()), "en")


def date_in_words(date, *, short: bool = False) -> str:
    """"3 December 2026" / "3 Rhagfyr 2026" (short: "3 Dec 2026" / "3 Rhag 2026"); "" for none.

    The one way every export writes a date: `date` is a date, a date and time, or a date as a plan
    file stores it ("2026-12-03"); text that is not a date is given back as it is."""
    if date is None or date == "":
        return ""
    import datetime as dt

    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            return date
    elif isinstance(date, dt.datetime):
        date = date.date()
    return _date_words(date, short, babel_locale())


@lru_cache(maxsize=4096)
def _date_words(date, short: bool, locale: str) -> str:
    """Babel's words for a day (it parses its pattern and locale each time: a panel pack of a
    huge plan names the same few days hundreds of times)."""
    from babel.dates import format_date

    return format_date(date, "d MMM y" if short else "d MMMM y", locale=locale)


def month_name(month: int, *, short: bool = False) -> str:
    """"March" / "Mawrth" (1 is January)."""
    return _month_names(current_language(), short)[month]


@cache
def _month_names(language: str, short: bool) -> dict[int, str]:
    """Babel's month names for a language, looked up once (a chart may name thousands)."""
    from babel.dates import get_month_names

    return dict(get_month_names("abbreviated" if short else "wide", "stand-alone", locale=babel_locale(language)))


def money(pence: int, *, always_pence: bool = False) -> str:
    """"£1,158.01" in the chosen language's way of writing numbers; whole pounds as "£12"
    unless `always_pence` ("£12.00", for columns of money)."""
    return _money(int(pence), always_pence, str(babel_locale()))


@lru_cache(maxsize=4096)
def _money(pence: int, always_pence: bool, locale: str) -> str:
    """Written once for each amount (a budget page writes hundreds, many of them the same)."""
    from babel.numbers import format_currency

    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    if rest == 0 and not always_pence:
        text = format_currency(pounds, "GBP", format="¤#,##0", currency_digits=False, locale=locale)
    else:
        from decimal import Decimal

        text = format_currency(Decimal(pounds) + Decimal(rest) / 100, "GBP", locale=locale)
    return sign + text


def number(value) -> str:
    """1,234.5 in the chosen language's way."""
    if type(value) is int:  # counts, asked for again and again (a list of goals: three a row)
        return _whole_number(value, str(babel_locale()))
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale())


@lru_cache(maxsize=4096)
def _whole_number(value: int, locale: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)
