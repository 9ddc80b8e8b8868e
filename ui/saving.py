"""The one saving rule: a field is written only when its value really changed.

Spaces at the ends do not count, nothing and "" are the same, and a date counts by the day it
means ("14 May 1979" is the same as 1979-05-14), so Tabbing through a field, or a date shown back
in words, never writes anything and never adds a step to Undo.
"""

import datetime as dt

from planner.domain.goal_dates import parse_date
from planner.errors import InvalidInput


def _normal(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return value


def unchanged(old, new) -> bool:
    """True when saving `new` over `old` would change nothing."""
    old, new = _normal(old), _normal(new)
    if old == new:
        return True
    if isinstance(old, dt.date) or isinstance(new, dt.date):
        try:
            return parse_date(old or None, "date") == parse_date(new or None, "date")
        except InvalidInput:
            return False  # the page's save says what is wrong
    return False
