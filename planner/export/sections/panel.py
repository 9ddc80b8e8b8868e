"""In the exports: disagreements beside the item they are about, who wrote each part, and where
the plan is up to with the panel. Everything here comes from the filtered document, so an
audience sees a disagreement only when it may see both the item and the disagreement."""

from collections.abc import Callable
from typing import Any

from planner.domain.doc_diff import part_title
from planner.domain.panel import PART_KEYS, part_role_label
from planner.domain.plan import PlanStatus, role_label, status_label
from planner.domain.review_schedule import plain_date
from planner.export import blocks as b
from planner.i18n import _
from planner.plan_file.parts.disagreements import KEY


def disagreement_blocks(item: dict[str, Any], context) -> list[b.Block]:
    out: list[b.Block] = []
    for note in item.get(KEY) or []:
        if not isinstance(note, dict) or not note.get("text"):
            continue
        who = note.get("who", "")
        role = note.get("role")
        if role and role != "other":
            who = f"{who} ({role_label(role)})"
        out.append(b.Paragraph(_("{who} sees this differently: {text}").format(who=who, text=note["text"]),
                               "quote"))
        seen_by = context.who_sees(note)
        if seen_by:
            out.append(b.Paragraph(seen_by, "small"))
    return out


def views_about(things: list[dict[str, Any]], name_of: Callable[[dict[str, Any]], str], context) -> list[b.Block]:
    """Disagreements about items shown in a table, each under words that name its item."""
    out: list[b.Block] = []
    for thing in things:
        views = disagreement_blocks(thing, context)
        if views:
            out.append(b.Paragraph(_("About “{name}”:").format(name=name_of(thing)), "small"))
            out.extend(views)
    return out


def _date(value: Any) -> str:
    import datetime as dt

    try:
        return plain_date(dt.date.fromisoformat(value)) if value else ""
    except (TypeError, ValueError):
        return ""


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    """Who wrote each part, and where the plan is up to."""
    plan = data.get("plan") or {}
    out: list[b.Block] = []
    authors = plan.get("authors") or {}
    rows = []
    for part in PART_KEYS:
        listed = [a for a in authors.get(part) or [] if isinstance(a, dict)]
        if listed:
            words = "; ".join(
                part_role_label(a["role"]) + (f" ({a['name']})" if a.get("name") else "") for a in listed)
            rows.append((part_title(part), words))
    if rows:
        out.append(b.Heading(_("Who wrote each part"), 2))
        out.append(b.KeyValues(tuple(rows)))
    status = plan.get("status")
    if status in {s.value for s in PlanStatus}:
        facts = [(_("Where the plan is up to"), status_label(status))]
        if plan.get("panel_date") and status in (PlanStatus.READY_FOR_PANEL, PlanStatus.AT_PANEL):
            facts.append((_("Panel date"), _date(plan["panel_date"])))
        history = [h for h in plan.get("status_history") or [] if isinstance(h, dict)]
        if history and history[-1].get("status") == status and history[-1].get("note") and status in (
                PlanStatus.AGREED_WITH_CHANGES, PlanStatus.NOT_AGREED):
            label = (_("The changes the panel asked for") if status == PlanStatus.AGREED_WITH_CHANGES
                     else _("The reasons the panel gave"))
            facts.append((label, history[-1]["note"]))
        out.append(b.Heading(_("The plan and the panel"), 2))
        out.append(b.KeyValues(tuple(facts)))
    return out
