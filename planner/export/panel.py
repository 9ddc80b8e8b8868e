"""The panel pack's first part: the plan read the way a panel reads, from what was shared.

It answers, from the person's own plan as they chose to share it, what a support plan must
contain under the Care Act 2014 (sections 25 and 26) and the questions councils check plans
against. Each part of the plan that has something to say adds to it (`SUMMARY_BUILDERS`); where
the person shared nothing for a question, the pack says so rather than guessing.
"""

from collections.abc import Callable
from typing import Any

from planner.domain.plan import role_label
from planner.export import blocks as b
from planner.export.withheld import absent_words, kept_words, with_kept
from planner.i18n import _, ngettext


def shown_costs(budget: dict[str, Any]) -> bool:
    return any(_count(budget.get(key)) for key in ("support_lines", "one_off_purchases", "travel"))


def _count(items) -> int:
    return len([i for i in items or [] if isinstance(i, dict)])


def _council_questions(data: dict[str, Any]) -> list[b.Block]:
    """Where the plan answers what councils check (Care Act 2014 s25-26 and the seven questions)."""
    from planner.domain.support import held_as_label

    plan = data.get("plan") or {}
    about = plan.get("about_me") or {}
    important = sum(1 for answers in about.values() for a in answers or []
                    if isinstance(a, dict) and a.get("tag") in ("important_to_me", "important_for_me"))
    goals = [g for g in plan.get("goals") or [] if isinstance(g, dict)]
    steps = sum(_count(g.get("steps")) for g in goals)
    budget = plan.get("support_budget") or {}
    lines = _count(budget.get("support_lines"))
    held = (budget.get("settings") or {}).get("held_as") or ""
    well = plan.get("staying_well") or {}
    well_items = sum(_count(v) for v in well.values() if isinstance(v, list))
    needs = [n for n in plan.get("needs") or [] if isinstance(n, dict)]
    funded = [n for n in needs if n.get("funding_stream") and n["funding_stream"] != "not_known"]
    shown = bool(budget.get("settings"))

    def say(found: bool, words: str, *places: str) -> str:
        """What was shared (and how many more were kept back), or why there is nothing."""
        return with_kept(data, words, *places) if found else absent_words(data, *places)

    costed = ("support_budget.support_lines", "support_budget.one_off_purchases", "support_budget.travel")
    rows = (
        (_("What is important to you?"), say(important > 0, ngettext(
            "About me: 1 thing marked important", "About me: {n} things marked important", important
        ).format(n=important), "about_me.*")),
        (_("What do you want to change?"), say(bool(goals), ngettext(
            "Goals and outcomes: 1 goal", "Goals and outcomes: {n} goals", len(goals)).format(n=len(goals)),
            "goals")),
        (_("How will you be supported?"), say(lines > 0, ngettext(
            "Support: 1 support line", "Support: {n} support lines", lines).format(n=lines),
            "support_budget.support_lines")),
        (_("How will you use your budget?"), say(shown_costs(budget), _("What the support costs, below"),
                                                 *costed)),
        (_("How will your support be managed?"), say(bool(held), held_as_label(held) if held else "",
                                                     "support_budget.settings")),
        (_("How will you stay in control?"), say(well_items > 0, ngettext(
            "Staying well: 1 item; the person chose what to share",
            "Staying well: {n} items; the person chose what to share", well_items).format(n=well_items),
            "staying_well.*")),
        (_("What is the action plan?"), say(steps > 0, ngettext(
            "Small steps: 1, with who helps and by when", "Small steps: {n}, with who helps and by when",
            steps).format(n=steps), "goals.steps")),
        (_("Needs (Care Act s25)"), say(bool(needs), ngettext(
            "1 need in the person's words", "{n} needs in the person's words", len(needs)).format(n=len(needs)),
            "needs")),
        (_("Eligible needs and how they will be met"), ngettext(  # what was kept back: the row above
            "1 need with a funding stream; see the support below",
            "{n} needs with a funding stream; see the support below", len(funded)).format(n=len(funded))
            if funded else absent_words(data, "needs")),
        (_("The personal budget (s26)"), say(shown or shown_costs(budget),
                                             _("See what the support costs, against the allocation"),
                                             "support_budget.settings", *costed)),
    )
    return [b.Heading(_("What councils check, and where this plan answers it"), 2),
            b.Table((_("Question"), _("Where it is answered")), rows, (0.45, 0.55))]


def _outcomes(data: dict[str, Any]) -> list[b.Block]:
    from planner.export.sections.goals import panel_outcomes

    return panel_outcomes(data)


def _costs(data: dict[str, Any]) -> list[b.Block]:
    from planner.export.sections import support_budget

    return support_budget.summary(data)


# Each builder returns blocks for the summary (or none); parts add theirs here.
SUMMARY_BUILDERS: list[Callable[[dict[str, Any]], list[b.Block]]] = [_council_questions, _outcomes, _costs]


def _who_helped(data: dict[str, Any]) -> list[b.Block]:
    helpers = (data.get("plan") or {}).get("helpers") or []
    if not helpers:
        kept = kept_words(data, "helpers")
        words = (_("Who helped: {kept}.").format(kept=kept) if kept
                 else _("No one is named yet as helping write the plan."))
        return [b.Heading(_("Who helped write the plan"), 2), b.Paragraph(words, "note")]
    return [b.Heading(_("Who helped write the plan"), 2),
            b.Bullets(tuple(f"{h['name']}: {role_label(h['role'])}" for h in helpers))]


def _consent(data: dict[str, Any]) -> list[b.Block]:
    name = (data.get("person") or {}).get("name", "")
    return [
        b.Heading(_("Consent to share"), 2),
        b.Paragraph(_(
            "{name} chose, item by item, what the panel may see. Everything in this pack is "
            "something they marked for the panel; nothing else from their plan is included."
        ).format(name=name)),
    ]


def panel_summary(data: dict[str, Any]) -> list[b.Block]:
    name = (data.get("person") or {}).get("name", "")
    out: list[b.Block] = [
        b.Heading(_("For the panel: summary"), 1),
        b.Paragraph(_(
            "This first part sets out {name}'s plan the way panels read plans. After it comes "
            "the plan itself, in {name}'s own words, as they chose to share it."
        ).format(name=name), "note"),
    ]
    for builder in SUMMARY_BUILDERS:
        out.extend(builder(data))
    out.extend(_who_helped(data))
    out.extend(_consent(data))
    out.append(b.PageBreak())
    out.append(b.Heading(_("The plan in {name}'s own words").format(name=name), 1))
    return out
