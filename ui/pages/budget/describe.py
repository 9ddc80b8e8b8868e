"""Each item of the budget in plain words, as the lists on the budget page show it."""

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from planner.domain.amounts import hours_text, money_text
from planner.domain.budget import weeks_words
from planner.domain.funding_shares import paid_by_words
from planner.domain.support import (
    missed_reason_label,
    stream_explained,
    stream_label,
    support_kind_label,
)
from planner.domain.visibility import visibility_label


def seen(record) -> str:
    return QCoreApplication.translate("Budget", "Seen by: {who}").format(who=visibility_label(record.visibility))


def _cost(costs, record):
    for cost in costs:
        if cost.key == record.item_id:
            return cost
    return None


def paid_and_when(record, overview, costs=(), *, weekly: bool = True) -> str:
    cost = _cost(costs, record)
    stream = paid_by_words(record.shares, cost.streams if cost else (), weekly=weekly)
    phase = overview.phase_name(record.phase_id) if record.phase_id else None
    return QCoreApplication.translate("Budget", "Paid by: {stream} · When: {when}").format(
        stream=stream, when=phase or QCoreApplication.translate("Budget", "all year"))


def goals_text(record, overview) -> str:
    """What this pays for: the goals it serves, by their titles."""
    titles = [overview.goal_titles[g] for g in record.goal_ids if g in overview.goal_titles]
    if not titles:
        return ""
    return QCoreApplication.translate("Budget", "What this pays for: {goals}").format(goals="; ".join(titles))


def cost_of(costs, record) -> str:
    for cost in costs:
        if cost.key == record.item_id:
            return QCoreApplication.translate("Budget", "{week} in a usual week; {total} in all ({weeks})").format(
                week=money_text(cost.usual_week), total=money_text(cost.total),
                weeks=weeks_words(cost.weeks))
    return ""


def stream_text(record, overview) -> str:
    carries = QCoreApplication.translate("Budget", "carries {amount} a year").format(amount=money_text(record.amount_pence)) \
        if record.amount_pence is not None else QCoreApplication.translate("Budget", "no amount written down yet")
    lines = [f"{stream_label(record.stream)}: {carries}", stream_explained(record.stream)]
    for total in overview.totals.streams:
        if total.stream == record.stream:
            spent = QCoreApplication.translate("Budget", "Spent: {spent}").format(spent=money_text(total.spent))
            if total.left is not None:
                spent += " · " + (QCoreApplication.translate("Budget", "{left} left").format(left=money_text(total.left))
                                  if total.left >= 0 else
                                  QCoreApplication.translate("Budget", "{over} over").format(over=money_text(-total.left)))
            lines.append(spent)
    if record.note:
        lines.append(record.note)
    lines.append(seen(record))
    return "\n".join(lines)


def phase_text(record) -> str:
    days = (record.ends_on - record.starts_on).days + 1
    lines = [QCoreApplication.translate("Budget", "{name}: {first} to {last} ({weeks})").format(
        name=record.name, first=record.starts_on.isoformat(), last=record.ends_on.isoformat(),
        weeks=weeks_words(Fraction(days, 7)))]
    if record.note:
        lines.append(record.note)
    lines.append(seen(record))
    return "\n".join(lines)


def split_text(record) -> str:
    parts = [
        (record.proactive_hours, QCoreApplication.translate("Budget", "planned")), (record.flex_hours, QCoreApplication.translate("Budget", "flexible")),
        (record.crisis_hours, QCoreApplication.translate("Budget", "crisis")), (record.background_hours, QCoreApplication.translate("Budget", "background")),
    ]
    shown = [f"{hours_text(h)} {label}" for h, label in parts if h]
    return ", ".join(shown)


def line_text(record, overview) -> str:
    hours = QCoreApplication.translate("Budget", "{hours} hours a week").format(hours=hours_text(record.hours))
    split = split_text(record)
    rate = QCoreApplication.translate("Budget", "{rate} an hour").format(rate=money_text(record.rate_pence))
    if record.bank_holiday_rate_pence is not None:
        rate += " " + QCoreApplication.translate("Budget", "({rate} on bank holidays)").format(
            rate=money_text(record.bank_holiday_rate_pence))
    lines = [
        f"{record.who}: {support_kind_label(record.kind)}",
        f"{hours}: {split}" if split else hours,
        rate,
        paid_and_when(record, overview, overview.totals.lines),
        cost_of(overview.totals.lines, record),
        goals_text(record, overview),
    ]
    if record.purpose:
        lines.append(QCoreApplication.translate("Budget", "For: {what}").format(what=record.purpose))
    lines.append(seen(record))
    return "\n".join(line for line in lines if line)


def purchase_text(record, overview) -> str:
    lines = [f"{record.what}: {money_text(record.amount_pence)}",
             paid_and_when(record, overview, overview.totals.purchase_items, weekly=False),
             goals_text(record, overview)]
    if record.purpose:
        lines.append(QCoreApplication.translate("Budget", "For: {what}").format(what=record.purpose))
    lines.append(seen(record))
    return "\n".join(line for line in lines if line)


def travel_text(record, overview) -> str:
    lines = [
        QCoreApplication.translate("Budget", "{what}: {miles} miles a week × {rate} a mile").format(
            what=record.what, miles=hours_text(record.miles), rate=money_text(record.rate_pence)),
        paid_and_when(record, overview, overview.totals.travel_items),
        cost_of(overview.totals.travel_items, record),
        seen(record),
    ]
    return "\n".join(line for line in lines if line)


def review_text(summary) -> str:
    review = summary.review
    used = (review.proactive_hours + review.flex_hours + review.crisis_hours
            + review.background_hours)
    title = review.label or QCoreApplication.translate("Budget", "Review")
    due = QCoreApplication.translate("Budget", "Hours due: {hours}").format(hours=hours_text(summary.planned))
    if summary.planned_from_lines:
        due += " " + QCoreApplication.translate("Budget", "(worked out from the support)")
    answer = QCoreApplication.translate("Budget", "Had the hours? Yes") if summary.answer.had_their_hours else QCoreApplication.translate("Budget", "Had the hours? No")
    lines = [
        QCoreApplication.translate("Budget", "{title}: {first} to {last}").format(
            title=title, first=review.starts_on.isoformat(), last=review.ends_on.isoformat()),
        due,
        QCoreApplication.translate("Budget", "Used: {used} ({p} planned, {f} flexible, {c} crisis, {b} background)").format(
            used=hours_text(used), p=hours_text(review.proactive_hours),
            f=hours_text(review.flex_hours), c=hours_text(review.crisis_hours),
            b=hours_text(review.background_hours)),
        QCoreApplication.translate("Budget", "Two workers together: {two} · Banked: {banked} · Taken from the bank: {taken} · "
           "In the bank after: {after}").format(
            two=hours_text(review.two_worker_hours), banked=hours_text(review.banked_hours),
            taken=hours_text(review.from_bank_hours), after=hours_text(summary.bank_after)),
        answer,
        seen(review),
    ]
    return "\n".join(lines)


def missed_text(record) -> str:
    when = record.on_date.isoformat() if record.on_date else QCoreApplication.translate("Budget", "date not written down")
    lines = [QCoreApplication.translate("Budget", "{when}: {hours} hours. {why}").format(
        when=when, hours=hours_text(record.hours), why=missed_reason_label(record.reason))]
    if record.note:
        lines.append(record.note)
    lines.append(seen(record))
    return "\n".join(lines)
