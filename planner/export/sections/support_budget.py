"""My support and budget in the exports, and the costs in the panel pack's summary.

Exports see only what their audience may see, so totals here are the totals of what is shown.
Support whose phase is not shared can't be costed (its dates are missing): it is listed, left
out of the totals, and the totals say so.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from planner.domain import hours_review
from planner.domain.amounts import hours_text, money_text
from planner.domain.budget import left_words, weeks_words
from planner.domain.funding_shares import paid_by_words
from planner.domain.support import (
    held_as_explained,
    held_as_label,
    missed_reason_label,
    stream_label,
    support_kind_label,
)
from planner.export import blocks as b
from planner.export.sections.panel import views_about
from planner.export.withheld import kept_words
from planner.i18n import _, date_in_words
from planner.plan_file.parts.support_budget import item_shares, totals_of


def _list(part: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [item for item in part.get(key) or [] if isinstance(item, dict)]


def _shared(part: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The part with only what can be costed, and how many items were left out."""
    phases = {p.get("id") for p in _list(part, "phases")}
    kept, left_out = dict(part), 0
    for key in ("support_lines", "one_off_purchases", "travel"):
        items = _list(part, key)
        costed = [i for i in items if i.get("phase") is None or i.get("phase") in phases]
        left_out += len(items) - len(costed)
        kept[key] = costed
    kept["phases"] = _list(part, "phases")
    kept["funding_streams"] = _list(part, "funding_streams")
    return kept, left_out


def _stream(value: str | None) -> str:
    return stream_label(value) if value else _("not chosen yet")


def _paid_by(item: dict[str, Any], cost, *, weekly: bool = True) -> str:
    """Who pays, share by share, with what each pays in all (see planner.domain.funding_shares)."""
    return paid_by_words(item_shares(item), cost.streams if cost else (), weekly=weekly, sep="\n")


def goal_titles(data: dict[str, Any]) -> dict[str, str]:
    """File id -> title of the goals in this (already filtered) document: only goals the
    audience may see can be named."""
    goals = (data.get("plan") or {}).get("goals") or []
    return {g["id"]: g.get("title", "") for g in goals if isinstance(g, dict) and "id" in g}


def pays_for(item: dict[str, Any], titles: dict[str, str]) -> str:
    """What this pays for: the goals it serves that this audience may see, by their titles."""
    named = [f"“{titles[g]}”" for g in item.get("goals") or [] if g in titles]
    return _("What this pays for: {goals}.").format(goals=", ".join(named)) if named else ""


def _for_words(item: dict[str, Any], titles: dict[str, str]) -> str:
    return "\n".join(text for text in (pays_for(item, titles), item.get("purpose", "")) if text)


def _phase_names(part: dict[str, Any]) -> dict[str, str]:
    return {p["id"]: p.get("name", "") for p in _list(part, "phases") if "id" in p}


def _when(item: dict[str, Any], names: dict[str, str]) -> str:
    phase = item.get("phase")
    if phase is None:
        return _("all year")
    return names.get(phase, _("a phase not shared"))


def _settings_rows(settings: dict[str, Any]) -> list[tuple[str, str]]:
    rows = []
    if settings.get("allocation_method") == "points" and settings.get("points") is not None \
            and settings.get("price_per_point_pence") is not None:
        amount = settings["points"] * settings["price_per_point_pence"]
        rows.append((_("Allocation a year"), _("{amount} ({points} points × {price})").format(
            amount=money_text(amount), points=settings["points"],
            price=money_text(settings["price_per_point_pence"]))))
    elif settings.get("allocation_pence") is not None:
        rows.append((_("Allocation a year"), money_text(settings["allocation_pence"])))
    held = settings.get("held_as") or ""
    if held:
        rows.append((_("How the money is held"), f"{held_as_label(held)}: {held_as_explained(held)}"))
    if settings.get("year_starts_on") and settings.get("year_ends_on"):
        rows.append((_("Budget year"), _("{first} to {last}").format(
            first=date_in_words(settings["year_starts_on"]), last=date_in_words(settings["year_ends_on"]))))
    else:
        rows.append((_("Budget year"), _("52 weeks")))
    rows.append((_("Bank holidays a year"), str(settings.get("bank_holidays", 8))))
    if settings.get("notes"):
        rows.append((_("Notes"), settings["notes"]))
    return rows


def _line_rows(lines, shared, totals, names) -> list[tuple[str, ...]]:
    # `totals_of` keys each costed line by its place in the shared list
    costs = {id(line): cost for line, cost in zip(shared["support_lines"], totals.lines, strict=True)}
    rows = []
    for line in lines:
        split = ", ".join(f"{hours_text(Decimal(line.get(f'{k}_hours') or 0))} {w}" for k, w in (
            ("proactive", _("planned")), ("flex", _("flexible")), ("crisis", _("crisis")),
            ("background", _("background"))) if Decimal(line.get(f"{k}_hours") or 0))
        rate = money_text(line["rate_pence"])
        if line.get("bank_holiday_rate_pence") is not None:
            rate += " " + _("({rate} on bank holidays)").format(rate=money_text(line["bank_holiday_rate_pence"]))
        cost = costs.get(id(line))
        rows.append((
            f"{line.get('who', '')}\n{support_kind_label(line.get('kind') or 'provider')}",
            f"{hours_text(Decimal(line['hours']))}\n{split}",
            rate, f"{_paid_by(line, cost)}\n{_when(line, names)}",
            money_text(cost.usual_week) if cost else "", money_text(cost.total) if cost else "",
        ))
    return rows


def _totals_blocks(totals, part, left_out: int, settings_shared: bool) -> list[b.Block]:
    rows = [(_("A year"), money_text(totals.year)),
            (_("An average week"), money_text(totals.average_week))]
    for period in totals.periods:
        name = period.name or (_("The rest of the year") if totals.periods[0].key is not None
                               else _("All year"))
        rows.append((f"{name} ({weeks_words(period.weeks)})", _(
            "{week} in a usual week, {hours} hours a week; {total} in all").format(
            week=money_text(period.usual_week), hours=hours_text(period.hours_week),
            total=money_text(period.total))))
    for stream in totals.streams:
        value = money_text(stream.spent)
        if stream.carries is not None:
            value += " " + _("of {carries}").format(carries=money_text(stream.carries))
        rows.append((_stream(stream.stream), value))
    out: list[b.Block] = [b.Heading(_("Totals"), 2), b.KeyValues(tuple(rows))]
    if settings_shared:
        out.append(b.Paragraph(left_words(totals.allocation, totals.year)))
    if left_out:
        out.append(b.Paragraph(_(
            "{count} items are not in these totals: the phase they belong to is not shared."
        ).format(count=left_out), "note"))
    return out


def _review_blocks(part: dict[str, Any]) -> list[b.Block]:
    reviews = sorted(_list(part, "reviews"), key=lambda r: r.get("starts_on", ""))
    if not reviews:
        return []
    phases = {p["id"]: p for p in _list(part, "phases") if "id" in p}
    lines = []
    for line in _list(part, "support_lines"):
        phase = phases.get(line.get("phase"))
        if line.get("phase") is not None and phase is None:
            continue
        lines.append((Decimal(line["hours"]),
                      dt.date.fromisoformat(phase["starts_on"]) if phase else None,
                      dt.date.fromisoformat(phase["ends_on"]) if phase else None))
    out: list[b.Block] = [b.Heading(_("At a review: the hours used"), 2)]
    bank = Decimal(0)
    for review in reviews:
        first, last = dt.date.fromisoformat(review["starts_on"]), dt.date.fromisoformat(review["ends_on"])
        planned = Decimal(review["planned_hours"]) if review.get("planned_hours") else \
            hours_review.planned_hours(lines, first, last)
        missed = [m for m in review.get("missed_visits") or [] if isinstance(m, dict)]
        hours = {k: Decimal(review.get(k) or 0) for k in (
            "proactive_hours", "flex_hours", "crisis_hours", "background_hours", "two_worker_hours",
            "banked_hours", "from_bank_hours")}
        period = hours_review.PeriodHours(
            planned, hours["proactive_hours"], hours["flex_hours"], hours["crisis_hours"],
            hours["background_hours"], hours["two_worker_hours"], hours["banked_hours"],
            hours["from_bank_hours"],
            tuple(hours_review.Missed(Decimal(m["hours"]), m["reason"]) for m in missed),
            bool(review.get("less_support_needed")))
        bank_after = bank + period.banked - period.from_bank
        out.append(b.Paragraph(_("{title}: {first} to {last}").format(
            title=review.get("label") or _("Review"), first=date_in_words(first), last=date_in_words(last)), "body"))
        out.append(b.KeyValues((
            (_("Hours due"), hours_text(planned)),
            (_("Hours used"), _("{used} ({p} planned, {f} flexible, {c} crisis, {b} background)").format(
                used=hours_text(period.used), p=hours_text(period.proactive),
                f=hours_text(period.flex), c=hours_text(period.crisis), b=hours_text(period.background))),
            (_("Two workers together"), hours_text(period.two_workers)),
            (_("Bank of hours"), _("{banked} banked, {taken} taken out; {after} in the bank after").format(
                banked=hours_text(period.banked), taken=hours_text(period.from_bank),
                after=hours_text(bank_after))),
        )))
        out.append(b.Paragraph(_("Have you had your hours? {answer}").format(
            answer=hours_review.answer(period).text)))
        if missed:
            out.append(b.Bullets(tuple(
                _("{when}: {hours} hours. {why}").format(
                    when=date_in_words(m.get("on_date")) or _("date not written down"), hours=m["hours"],
                    why=missed_reason_label(m["reason"])) + (f" {m['note']}" if m.get("note") else "")
                for m in missed)))
        if review.get("notes"):
            out.append(b.Paragraph(review["notes"], "quote"))
        bank = bank_after
    return out


def line_name(line: dict[str, Any]) -> str:
    """A line of support named so two lines from one provider can be told apart."""
    try:
        hours = hours_text(Decimal(line.get("hours", "0")))
    except (ArithmeticError, TypeError, ValueError):
        return line.get("who", "")
    return _("{who}, {hours} hours a week").format(who=line.get("who", ""), hours=hours)


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    part = (data.get("plan") or {}).get("support_budget") or {}
    settings = part.get("settings")
    lists = {key: _list(part, key) for key in ("funding_streams", "phases", "support_lines",
                                               "one_off_purchases", "travel", "reviews")}
    if not settings and not any(lists.values()):
        return []
    shared, left_out = _shared(part)
    totals = totals_of(shared)
    names = _phase_names(part)
    out: list[b.Block] = [b.Heading(_("My support and budget"), 1)]
    if settings:
        out.append(b.KeyValues(tuple(_settings_rows(settings))))
    if lists["phases"]:
        out.append(b.Heading(_("Phases"), 2))
        out.append(b.Table((_("Phase"), _("From"), _("To"), _("Why")), tuple(
            (p.get("name", ""), date_in_words(p.get("starts_on")), date_in_words(p.get("ends_on")), p.get("note", ""))
            for p in lists["phases"])))
    if lists["support_lines"]:
        out.append(b.Heading(_("Support"), 2))
        out.append(b.Table(
            (_("Who"), _("Hours a week"), _("Rate an hour"), _("Paid by, and when"),
             _("A usual week"), _("In all")),
            tuple(_line_rows(lists["support_lines"], shared, totals, names)),
            widths=(0.19, 0.15, 0.14, 0.22, 0.15, 0.15), align_right=(4, 5)))  # room for "Wythnos arferol"
        titles = goal_titles(data)
        purposes = [f"{line_name(line)}: " + _for_words(line, titles).replace("\n", " ")
                    for line in lists["support_lines"] if _for_words(line, titles)]
        if purposes:
            out.append(b.Paragraph(_("What the support is for"), "small"))
            out.append(b.Bullets(tuple(purposes)))
        out.extend(views_about(lists["support_lines"], line_name, context))
    if lists["one_off_purchases"]:
        out.append(b.Heading(_("One-off purchases"), 2))
        bought = dict(zip((id(p) for p in shared["one_off_purchases"]), totals.purchase_items, strict=True))
        out.append(b.Table((_("What"), _("Cost"), _("Paid by"), _("When"), _("What it is for")), tuple(
            (p.get("what", ""), money_text(p["amount_pence"]), _paid_by(p, bought.get(id(p)), weekly=False),
             _when(p, names), _for_words(p, goal_titles(data))) for p in lists["one_off_purchases"]),
            widths=(0.2, 0.12, 0.2, 0.15, 0.33), align_right=(1,)))
    if lists["travel"]:
        out.append(b.Heading(_("Travel"), 2))
        went = dict(zip((id(t) for t in shared["travel"]), totals.travel_items, strict=True))
        out.append(b.Table((_("What"), _("Miles a week"), _("Rate a mile"), _("Paid by"), _("When"),
                            _("A usual week"), _("In all")), tuple(
            (t.get("what", ""), hours_text(Decimal(t["miles"])), money_text(t["rate_pence"]),
             _paid_by(t, went.get(id(t))), _when(t, names),
             money_text(went[id(t)].usual_week) if id(t) in went else "",
             money_text(went[id(t)].total) if id(t) in went else "") for t in lists["travel"]),
            widths=(0.2, 0.11, 0.11, 0.18, 0.14, 0.12, 0.14), align_right=(5, 6)))
    if lists["funding_streams"]:
        out.append(b.Heading(_("Funding streams"), 2))
        out.append(b.Bullets(tuple(
            f"{stream_label(s['stream'])}: "
            + (money_text(s["amount_pence"]) if s.get("amount_pence") is not None else _("no amount yet"))
            + (f". {s['note']}" if s.get("note") else "") for s in lists["funding_streams"])))
    out.extend(_totals_blocks(totals, shared, left_out, bool(settings)))
    out.extend(_review_blocks(part))
    return out


costed_keys = ("support_lines", "one_off_purchases", "travel")


def summary(data: dict[str, Any]) -> list[b.Block]:
    """For the panel pack's first part: what the support costs, against the allocation."""
    part = (data.get("plan") or {}).get("support_budget") or {}
    shared, left_out = _shared(part)
    heading = b.Heading(_("What the support costs"), 2)
    costed = ("support_budget.support_lines", "support_budget.one_off_purchases", "support_budget.travel")
    if not shared["support_lines"] and not shared["one_off_purchases"] and not shared["travel"]:
        kept = kept_words(data, *costed)
        words = (_("No costs shown: {kept}.").format(kept=kept) if kept
                 else _("No support has been costed yet."))
        return [heading, b.Paragraph(words, "note")]
    totals = totals_of(shared)
    text = _("{year} a year ({week} in an average week).").format(
        year=money_text(totals.year), week=money_text(totals.average_week))
    out: list[b.Block] = [heading, b.Paragraph(text)]
    if len(totals.streams) > 1 or any(len(item_shares(i)) > 1 for key in costed_keys
                                      for i in shared[key]):
        out.append(b.Paragraph(_("Paid by: {streams}.").format(streams="; ".join(
            f"{_stream(s.stream)} {money_text(s.spent)}" for s in totals.streams))))
    if part.get("settings"):
        out.append(b.Paragraph(left_words(totals.allocation, totals.year)))
    elif kept_words(data, "support_budget.settings"):
        out.append(b.Paragraph(_("The allocation is kept private by the person."), "note"))
    else:
        out.append(b.Paragraph(_("No allocation written yet."), "note"))
    kept = kept_words(data, *costed)
    if kept:
        out.append(b.Paragraph(_("Not in these totals: {kept}.").format(kept=kept), "note"))
    if left_out:
        out.append(b.Paragraph(_(
            "{count} items are not in these totals: the phase they belong to is not shared."
        ).format(count=left_out), "note"))
    return out
