"""Shared funding: one support line, travel item or one-off purchase paid by several funding
streams, each by a share. Pure functions over plain values: no database, no Qt.

The rules (shown to brokers beside the shares, tested in tests/test_budget_worked_examples.py):

1. A share is either **a percentage** or **a fixed amount**: a fixed amount is so much a week
   for support and travel, and so much in all for a one-off purchase.
2. **Fixed amounts are paid first**; the percentages share out what is left, so they must add
   up to exactly 100 %. With no percentages, the fixed amounts must add up to the whole (a usual
   week of the line, or the purchase's price), and anything a usual week does not hold (the
   extra on bank holidays) is shared in proportion to them.
3. No stream pays twice for one item; at most one share a stream. An item with no shares has
   no funding stream chosen yet.
4. **Pennies.** Each stream's part is exact until shown. An item's total is rounded once (half
   a penny up), then shared out so the parts add up to that total exactly: every part is first
   rounded down to the penny, and the pennies left over go one each to the parts that lost the
   most in rounding down; when two lost the same, the penny goes to the stream that comes first
   in the plan's list of funding streams (then social care, housing-related support, health,
   section 117, joint, not chosen yet). A line of £100.01 paid half each: £50.01 to the first
   stream, £50.00 to the second. The budget's totals per stream are shared out the same way
   from the year's total, so the streams always add up to the year, to the penny.
"""

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from planner.domain.amounts import money_text
from planner.errors import InvalidInput
from planner.i18n import _

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Share:
    """A funding stream's share of one item: a percentage, or a fixed amount in pence."""

    stream: str
    percent: Decimal | None = None  # of what is left after the fixed amounts
    amount_pence: int | None = None  # a week (support, travel) or in all (a purchase)

    @property
    def is_fixed(self) -> bool:
        return self.amount_pence is not None


def percent_text(percent: Decimal) -> str:
    """50 %; 33.33 %; 12.5 %."""
    text = format(percent.normalize(), "f")
    return f"{text} %"


def check_shares(shares: Sequence[Share], whole: Fraction, *, weekly: bool) -> None:
    """Shares that add up to the whole item (`whole`: a usual week, or a purchase's price).

    Raises InvalidInput with a plain message naming the field "shares".
    """
    if not shares:
        return
    streams = [share.stream for share in shares]
    if len(set(streams)) != len(streams):
        raise InvalidInput(_("Each funding stream can pay only one share. Please put its "
                             "shares together."), "shares")
    for share in shares:
        if (share.percent is None) == (share.amount_pence is None):
            raise InvalidInput(_("Please give each stream a percentage or a fixed amount."), "shares")
        if share.percent is not None and not Decimal(0) < share.percent <= HUNDRED:
            raise InvalidInput(_("A percentage is more than 0 % and at most 100 %."), "shares")
        if share.amount_pence is not None and share.amount_pence <= 0:
            raise InvalidInput(_("A fixed amount needs to be more than nothing."), "shares")
    fixed = sum(share.amount_pence for share in shares if share.is_fixed)
    percents = [share.percent for share in shares if not share.is_fixed]
    unit = _("a week") if weekly else _("in all")
    if fixed > whole:
        raise InvalidInput(_(
            "The fixed amounts come to {fixed} {unit}, more than the {whole} it costs. "
            "Please make them smaller."
        ).format(fixed=money_text(fixed), unit=unit, whole=_money(whole)), "shares")
    if percents:
        total = sum(percents, Decimal(0))
        if total != HUNDRED:
            raise InvalidInput(_(
                "The percentages add up to {total}. They need to add up to 100 % of what is "
                "left after any fixed amounts."
            ).format(total=percent_text(total)), "shares")
    elif fixed != whole:
        raise InvalidInput(_(
            "The fixed amounts add up to {fixed} {unit}, but it costs {whole}. Please make them "
            "add up, or give one stream a percentage to pay the rest."
        ).format(fixed=money_text(fixed), unit=unit, whole=_money(whole)), "shares")


def _money(amount: Fraction) -> str:
    if amount.denominator == 1:
        return money_text(int(amount))
    return _("{amount} (with part of a penny)").format(amount=money_text(math.floor(amount)))


def split_exact(shares: Sequence[Share], total: Fraction, units: Fraction) -> list[tuple[str, Fraction]]:
    """The exact part of `total` each stream pays. `units`: the weeks a fixed amount a week is
    paid for (1 for a purchase). The parts add up to `total` exactly."""
    fixed = [(share.stream, Fraction(share.amount_pence) * units) for share in shares if share.is_fixed]
    rest = total - sum((amount for _stream, amount in fixed), Fraction(0))
    rated = [share for share in shares if not share.is_fixed]
    if rated:
        weights = [(share.stream, Fraction(share.percent)) for share in rated]
    else:
        weights = [(share.stream, Fraction(share.amount_pence)) for share in shares]
    whole = sum((weight for _stream, weight in weights), Fraction(0))
    parts: dict[str, Fraction] = {}
    for stream, amount in fixed:
        parts[stream] = parts.get(stream, Fraction(0)) + amount
    for stream, weight in weights:
        parts[stream] = parts.get(stream, Fraction(0)) + (rest * weight / whole if whole else 0)
    return [(share.stream, parts[share.stream]) for share in shares]


def apportion(total: int, parts: Iterable[tuple[Hashable, Fraction]],
              order: Sequence[Hashable] = ()) -> list[tuple[Hashable, int]]:
    """Whole pence for each exact part, adding up to `total` exactly (rule 4 above).

    Each part is rounded down; the pennies left go to the parts that lost the most, and on a
    tie to the key that comes first in `order` (keys not in `order` after, in the order given).
    """
    parts = list(parts)
    floors = [math.floor(amount) for _key, amount in parts]
    left = total - sum(floors)
    rank = {key: index for index, key in enumerate(order)}

    def priority(index: int):
        key, amount = parts[index]
        return (-(amount - floors[index]), rank.get(key, len(rank)), index)

    ranked = sorted(range(len(parts)), key=priority)
    if left < 0:  # only if `total` is not the rounded sum of the parts: take from the smallest
        ranked.reverse()
    for step in range(abs(left)):
        floors[ranked[step % len(ranked)]] += 1 if left > 0 else -1
    return [(key, pence) for (key, _amount), pence in zip(parts, floors, strict=True)]


def share_words(share: Share, *, weekly: bool) -> str:
    """Social care: 50 %; Health: £40.00 a week; Health: £100.00 (a purchase)."""
    from planner.domain.support import stream_label

    if share.percent is not None:
        amount = percent_text(share.percent)
    elif weekly:
        amount = _("{amount} a week").format(amount=money_text(share.amount_pence))
    else:
        amount = money_text(share.amount_pence)
    return _("{stream}: {share}").format(stream=stream_label(share.stream), share=amount)


def paid_by_words(shares: Sequence[Share], parts: Sequence[tuple[str | None, int]] = (),
                  *, weekly: bool, sep: str = "; ") -> str:
    """Who pays an item, share by share, with what each pays in all when it is known:
    "Social care: 50 % (£988.00); Housing-related support: 50 % (£988.00)"; "Health" when one
    stream pays it all."""
    if not shares:
        return _("not chosen yet")
    if len(shares) == 1 and shares[0].percent == HUNDRED:  # one stream pays it all
        from planner.domain.support import stream_label

        return stream_label(shares[0].stream)
    paid = dict(parts)
    words = []
    for share in shares:
        text = share_words(share, weekly=weekly)
        if len(shares) > 1 and share.stream in paid:
            text = _("{share} ({amount})").format(share=text, amount=money_text(paid[share.stream]))
        words.append(text)
    return sep.join(words)


def shares_of_rows(rows) -> tuple[Share, ...]:
    """The shares kept as rows (`stream`, `percent_x100`: 5000 is 50 %, `amount_pence`)."""
    return tuple(Share(r.stream, None if r.percent_x100 is None else Decimal(r.percent_x100) / 100,
                       r.amount_pence) for r in rows)
