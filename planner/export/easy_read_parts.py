"""The easy-read plan's other parts: my people, my week, what I need, my support and my money in
plain sums, and my meetings with who does what. One idea a line, a picture beside each, only
what the (already filtered) document holds. See `planner.export.easy_read` for the rules."""

from typing import Any

from planner.export import blocks as b
from planner.export.sections import ExportContext
from planner.i18n import _, date_in_words, money, ngettext

# OpenMoji: people hugging, calendar, clipboard, handshake, banknotes, money bag, two people,
# memo (something agreed to do), star (done), car
PEOPLE, WEEK, NEED, SUPPORT, MONEY, BAG, MEETING, TO_DO, DONE, TRAVEL = (
    "1FAC2", "1F5D3", "1F4CB", "1F91D", "1F4B7", "1F4B0", "1F465", "1F4DD", "2B50", "1F697")


def _plan(data: dict[str, Any]) -> dict[str, Any]:
    return data.get("plan") or {}


def _items(value) -> list[dict[str, Any]]:
    return [item for item in value or [] if isinstance(item, dict)]


def symbol(key: str) -> b.Picture:
    return b.Picture("", symbol=key, width_mm=30)


def people(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    members = _items(_plan(data).get("people_places"))
    if not members:
        return []
    out: list[b.Block] = [b.Heading(_("My people and places"), 1)]
    for member in members:
        name = member.get("name", "")
        words = _("{name} is my {what}.").format(name=name, what=member["relation"]) if member.get("relation") \
            else name
        out.append(b.PictureLine(words, context.picture(member.get("picture_id"), 30) or symbol(PEOPLE)))
        if member.get("helps_with"):
            out.append(b.PictureLine(_("{name} helps me with: {what}").format(name=name, what=member["helps_with"])))
    return out


def week(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    from planner.domain.life_charts import DAYS, TIMES, day_label, time_label

    entries = _items(_plan(data).get("week"))
    if not entries:
        return []
    order = {(d, t): i for i, (d, t) in enumerate((d, t) for d in DAYS for t in TIMES)}
    entries = sorted(entries, key=lambda e: order.get((e.get("day"), e.get("time")), len(order)))
    out: list[b.Block] = [b.Heading(_("My week"), 1)]
    for entry in entries:
        when = _("{day} {time}").format(day=day_label(entry.get("day", "")), time=time_label(entry.get("time", ""))) \
            if entry.get("day") in DAYS and entry.get("time") in TIMES else ""
        words = _("{when}: {what}.").format(when=when, what=entry.get("title", "")) if when else entry.get("title", "")
        out.append(b.PictureLine(words, symbol(WEEK)))
        if entry.get("with_whom"):
            out.append(b.PictureLine(_("I go with {who}.").format(who=entry["with_whom"])))
    return out


def needs(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    from planner.export.easy_read import sentences

    found = _items(_plan(data).get("needs"))
    if not found:
        return []
    out: list[b.Block] = [b.Heading(_("What I need"), 1)]
    for need in found:
        for index, line in enumerate(sentences(need.get("words", ""), 3)):
            out.append(b.PictureLine(line, symbol(NEED) if index == 0 else None))
    return out


def money_sentence(allocation: int | None, costs: int) -> str:
    """ "You get £5,000 a year. Your support costs £4,600. £400 is left." in plain sums."""
    cost = _("Your support costs {cost} a year.").format(cost=money(costs))
    if allocation is None:
        return cost
    get = _("You get {allocation} a year.").format(allocation=money(allocation))
    left = allocation - costs
    if left > 0:
        rest = _("{left} is left.").format(left=money(left))
    elif left == 0:
        rest = _("That is all of your money.")
    else:
        rest = _("That is {over} more than you get.").format(over=money(-left))
    return f"{get} {cost} {rest}"


def support(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    from decimal import Decimal

    from planner.domain.amounts import hours_text
    from planner.export.sections.support_budget import _shared
    from planner.plan_file.parts.support_budget import totals_of

    part = _plan(data).get("support_budget") or {}
    lines = _items(part.get("support_lines"))
    purchases = _items(part.get("one_off_purchases"))
    travel = _items(part.get("travel"))
    settings = part.get("settings") or {}
    if not lines and not purchases and not travel and not settings:
        return []
    out: list[b.Block] = [b.Heading(_("My support and my money"), 1)]
    for line in lines:
        hours = Decimal(line.get("hours") or 0)
        words = ngettext("{who} helps me {hours} hour a week.", "{who} helps me {hours} hours a week.",
                         2 if hours != 1 else 1).format(who=line.get("who", ""), hours=hours_text(hours))
        out.append(b.PictureLine(words, symbol(SUPPORT)))
        if line.get("purpose"):
            out.append(b.PictureLine(_("This is for: {what}").format(what=line["purpose"])))
    for item in purchases:
        out.append(b.PictureLine(_("{what} costs {cost}.").format(
            what=item.get("what", ""), cost=money(item.get("amount_pence") or 0)), symbol(BAG)))
    for item in travel:
        out.append(b.PictureLine(_("Travel: {what}.").format(what=item.get("what", "")), symbol(TRAVEL)))
    shared, _left_out = _shared(part)
    if shared["support_lines"] or shared["one_off_purchases"] or shared["travel"] or settings:
        totals = totals_of(shared)
        allocation = totals.allocation if settings else None
        out.append(b.PictureLine(money_sentence(allocation, totals.year), symbol(MONEY)))
    return out


def meetings(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    found = sorted(_items(_plan(data).get("meetings")), key=lambda m: m.get("held_on") or "")
    if not found:
        return []
    out: list[b.Block] = [b.Heading(_("My meetings"), 1)]
    for meeting in found:
        when = date_in_words(meeting.get("held_on"))
        words = (_("We met on {date} at {place}.").format(date=when, place=meeting["place"]) if meeting.get("place")
                 else _("We met on {date}.").format(date=when))
        out.append(b.PictureLine(words, symbol(MEETING)))
        if meeting.get("purpose"):
            out.append(b.PictureLine(_("We talked about: {what}").format(what=meeting["purpose"])))
        for action in _items(meeting.get("actions")):
            by = date_in_words(action.get("by_when"))
            who, what = action.get("who", ""), action.get("what", "")
            words = (_("{who} will do this by {date}: {what}").format(who=who, what=what, date=by) if by
                     else _("{who} will do this: {what}").format(who=who, what=what))
            if action.get("done"):
                words = words.rstrip(".") + ". " + _("Done.")
            out.append(b.PictureLine(words, symbol(DONE if action.get("done") else TO_DO)))
    return out
