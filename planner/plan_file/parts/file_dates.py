"""Small helpers for the parts of a plan file: dates both ways, checked on the way in."""

import datetime as dt

from planner.errors import NotAPlanFile
from planner.i18n import _


def date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_in(value: str | None) -> dt.date | None:
    """A date from a plan file; the schema checks its shape, this checks it is a real day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise NotAPlanFile(
            _("This plan file has a date that doesn't exist ({date}). It may be damaged.").format(date=value)
        ) from None


def link_error(what: str) -> NotAPlanFile:
    return NotAPlanFile(
        _("This plan file links to {what} that isn't in it. It may be damaged.").format(what=what)
    )
