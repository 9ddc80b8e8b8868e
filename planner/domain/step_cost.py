"""What a step costs: exact pence (an integer), never a float.

Small sums matter (the booklet: a match ticket, some gardening tools), so a cost is typed in
pounds and pence and kept exactly. A surprisingly large cost for one small step asks "is this
right?" before it is kept; an impossible one is refused.
"""

import re
from decimal import Decimal, InvalidOperation

from planner.errors import InvalidInput
from planner.i18n import _

SURPRISING_PENCE = 100_000  # £1,000 or more for one small step: ask "is this right?"
MAX_PENCE = 1_000_000_000  # £10,000,000: more than any step could cost

_AMOUNT = re.compile(r"^(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]{1,2})?$")
_PENCE = re.compile(r"^[0-9]+p$")


class CostNeedsConfirming(InvalidInput):
    """The cost is possible but surprising: the person is asked to confirm it."""


def parse_pence(text: object, field: str = "cost") -> int:
    """Pence from what the person typed: "£12.50", "12.5", "1,000", "50p" or "" (nothing)."""
    if text is None:
        return 0
    if isinstance(text, bool):
        raise InvalidInput(_("That doesn't look like an amount of money. Write it like £12.50."), field)
    if isinstance(text, int):
        return clean_pence(text, field)
    if not isinstance(text, str):
        raise InvalidInput(_("That doesn't look like an amount of money. Write it like £12.50."), field)
    value = text.strip()
    if value.startswith("£"):
        value = "£" + value[1:].lstrip()
    if not value:
        return 0
    if len(value) > 30:
        raise InvalidInput(_("That amount is far too long. Please check it."), field)
    if value.startswith("-") or value.startswith("£-") or value.startswith("-£"):
        raise InvalidInput(_("A cost can't be less than nothing. Please check the amount."), field)
    value = value.removeprefix("£")
    if _PENCE.match(value):
        return clean_pence(int(value[:-1]), field)
    if not _AMOUNT.match(value):
        if re.match(r"^[0-9,]*\.[0-9]{3,}$", value):
            raise InvalidInput(_("Please use pounds and pence, like £12.50."), field)
        raise InvalidInput(_("That doesn't look like an amount of money. Write it like £12.50."), field)
    try:
        pounds = Decimal(value.replace(",", ""))
    except InvalidOperation:
        raise InvalidInput(_("That doesn't look like an amount of money. Write it like £12.50."), field) from None
    return clean_pence(int(pounds * 100), field)


def clean_pence(pence: object, field: str = "cost") -> int:
    if isinstance(pence, bool) or not isinstance(pence, int):
        raise InvalidInput(_("That doesn't look like an amount of money. Write it like £12.50."), field)
    if pence < 0:
        raise InvalidInput(_("A cost can't be less than nothing. Please check the amount."), field)
    if pence > MAX_PENCE:
        raise InvalidInput(
            _("That is more than any one step could cost ({most} at most). Please check the amount.").format(
                most=format_pence(MAX_PENCE)
            ),
            field,
        )
    return pence


def is_surprising(pence: int) -> bool:
    return pence >= SURPRISING_PENCE


def surprising_question(pence: int) -> str:
    return _("That is a lot for one small step: {cost}. Is this right?").format(cost=format_pence(pence))


def format_pence(pence: int) -> str:
    """£1,234.50; whole pounds without pence (£12); nothing as £0."""
    from planner.i18n import money

    return money(pence)


def total_pence(values) -> int:
    """The exact sum of costs (Decimal on the way, so no rounding ever creeps in)."""
    return int(sum((Decimal(int(v)) for v in values), Decimal(0)))
