"""The kinds of export: each takes a document already filtered for its audience, never more.

`EXPORTS[kind]` gives the audience it is for by default, the file suffix, and the function
that turns the filtered `PlanDocument` into bytes.
"""

from collections.abc import Callable
from dataclasses import dataclass

from planner.export import blocks as b
from planner.export.sections import context_for, plan_sections
from planner.export.sections.details import display_name
from planner.i18n import _
from planner.plan_file.document import PlanDocument


@dataclass(frozen=True)
class ExportKind:
    audience: str
    suffix: str
    make: Callable[[PlanDocument, dict], bytes]
    description: str = ""


def _credits(document: PlanDocument) -> list[b.Block]:
    from planner.export.credits import credits_for

    lines = credits_for(document)
    return [b.Paragraph(line, "small") for line in lines]


def _plan_pdf(document: PlanDocument, options: dict, *, subject: str, show_visibility: bool) -> bytes:
    from planner.export.pdf import render

    data = document.data
    name = display_name(data)
    title = (data.get("plan") or {}).get("title") or _("{name}'s plan").format(name=name)
    export = b.ExportDocument(title=title, person_name=(data.get("person") or {}).get("name", ""),
                              subject=subject, running_head=f"{title} · {subject}")
    export.blocks.append(b.Heading(title, 0))
    export.blocks.extend(options.get("front", []))
    context = context_for(data, data.get("audience", "me"), show_visibility=show_visibility)
    export.blocks.extend(plan_sections(data, context))
    export.blocks.extend(_credits(document))
    return render(export, document.pictures, invariant=options.get("invariant", False))


def my_plan_pdf(document: PlanDocument, options: dict) -> bytes:
    return _plan_pdf(document, options, subject=_("My plan"), show_visibility=True)


def team_pdf(document: PlanDocument, options: dict) -> bytes:
    return _plan_pdf(document, options, subject=_("Copy for my support team"), show_visibility=False)


EXPORTS: dict[str, ExportKind] = {
    "my-plan-pdf": ExportKind("me", ".pdf", my_plan_pdf, "my plan, everything in it"),
    "team-pdf": ExportKind("team", ".pdf", team_pdf, "the copy for my support team"),
}
