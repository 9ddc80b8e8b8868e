"""Money and hours as people type them, and as Small Steps keeps and shows them.

- Money is kept as a whole number of pence (an `int`). People type pounds: "12", "12.50",
  "£1,250.00". More than two decimal places is refused (a rate of £17.333 an hour is not a
  price anyone can pay), and so is anything below zero.
- Hours are kept as a `Decimal` with at most two decimal places ("7.5", "0.25"): the way hours
  are written on support plans and invoices. In the database they are whole hundredths of an
  hour (`hours_to_hundredths`).
- A value that is already clean (pence as an `int`, hours as a `Decimal`) passes through the
  same checks, so Undo can hand back what a record held.
"""

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from planner.errors import InvalidInput
from planner.i18n import _

HOURS_IN_A_WEEK = Decimal(168)
MAX_PENCE = 100_000_000_00  # £100 million: far above any personal budget; stops typing slips
MAX_RATE_PENCE = 1_000_00  # £1,000 an hour (or a mile)
MAX_HOURS = Decimal(100_000)  # hours over a review period


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 99


def parse_money(
    value: object, *, field: str, required: bool = False, limit: int = MAX_PENCE
) -> int | None:
    """Pounds typed in (str) or pence kept (int) → pence; None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(_("Please write an amount here, like 12.50."), field)
        return None
    if isinstance(value, bool):
        raise InvalidInput(_("Please write an amount of money, like 12.50."), field)
    if isinstance(value, int):
        pence = value
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace(" ", "")
        if text.startswith("£"):
            text = text[1:]
        amount = _decimal(text)
        if amount is None or text.lower() in ("nan", "inf", "infinity") or "e" in text.lower():
            raise InvalidInput(_("Please write an amount of money, like 12.50."), field)
        if amount < 0:
            raise InvalidInput(_("An amount of money can't be less than nothing."), field)
        if _places(amount) > 2:
            raise InvalidInput(
                _("Please give pounds and pence only: at most two numbers after the point."),
                field,
            )
        pence = int(amount * 100)
    else:
        raise InvalidInput(_("Please write an amount of money, like 12.50."), field)
    if pence < 0:
        raise InvalidInput(_("An amount of money can't be less than nothing."), field)
    if pence > limit:
        raise InvalidInput(
            _("That amount looks too big. Please check it (at most {most}).").format(
                most=money_text(limit)
            ),
            field,
        )
    return pence


def parse_hours(
    value: object, *, field: str, required: bool = True, limit: Decimal = HOURS_IN_A_WEEK
) -> Decimal | None:
    """Hours typed in (str) or kept (Decimal) → Decimal with at most two decimal places."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(_("Please write a number of hours here, like 7.5."), field)
        return None
    if isinstance(value, bool):
        raise InvalidInput(_("Please write a number of hours, like 7.5."), field)
    if isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        if "e" in text.lower():
            raise InvalidInput(_("Please write a number of hours, like 7.5."), field)
        parsed = _decimal(text)
        if parsed is None:
            raise InvalidInput(_("Please write a number of hours, like 7.5."), field)
        value = parsed
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidInput(_("Please write a number of hours, like 7.5."), field)
    if value < 0:
        raise InvalidInput(_("Hours can't be less than nothing."), field)
    if _places(value) > 2:
        raise InvalidInput(
            _("Please give hours with at most two numbers after the point, like 7.25."), field
        )
    if value > limit:
        if limit == HOURS_IN_A_WEEK:
            message = _("A week only has 168 hours. Please write 168 or fewer.")
        else:
            message = _("That is more hours than Small Steps can keep. Please check it.")
        raise InvalidInput(message, field)
    return value.quantize(Decimal("0.01"))


def hours_to_hundredths(hours: Decimal) -> int:
    return int(hours * 100)


def hundredths_to_hours(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def round_pence(amount: Fraction | Decimal | int) -> int:
    """An exact amount of pence rounded once to a whole penny: half a penny goes up."""
    exact = Fraction(amount)
    sign = -1 if exact < 0 else 1
    magnitude = abs(exact)
    whole, remainder = divmod(magnitude.numerator, magnitude.denominator)
    if 2 * remainder >= magnitude.denominator:
        whole += 1
    return sign * whole


def round_hours(hours: Fraction | Decimal) -> Decimal:
    """Exact hours rounded to hundredths of an hour (half up), as shown and compared."""
    return (Decimal(round_pence(Fraction(hours) * 100)) / 100).quantize(Decimal("0.01"))


def money_text(pence: int) -> str:
    """£1,234.56 (a minus sign in front of amounts below nothing)."""
    from planner.i18n import money

    return money(pence, always_pence=True)


def money_field_text(pence: int | None) -> str:
    """Pence as typed in a field: 1234.56 (no £, no commas); empty for None."""
    if pence is None:
        return ""
    pounds, rest = divmod(pence, 100)
    return f"{pounds}.{rest:02d}"


def hours_text(hours: Decimal | Fraction | None) -> str:
    """7.5, 12, 0.25: as few decimals as needed."""
    if hours is None:
        return ""
    if isinstance(hours, Fraction):
        hours = round_hours(hours)
    text = f"{hours.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
