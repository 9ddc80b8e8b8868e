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
from planner.i18n import _


def _outcomes(data: dict[str, Any]) -> list[b.Block]:
    from planner.export.sections.goals import panel_outcomes

    return panel_outcomes(data)


# Each builder returns blocks for the summary (or none); parts add theirs here.
SUMMARY_BUILDERS: list[Callable[[dict[str, Any]], list[b.Block]]] = [_outcomes]


def _who_helped(data: dict[str, Any]) -> list[b.Block]:
    helpers = (data.get("plan") or {}).get("helpers") or []
    if not helpers:
        return [b.Heading(_("Who helped write the plan"), 2),
                b.Paragraph(_("The person has not shared who helped write the plan."), "note")]
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
