"""The kinds of export: each takes a document already filtered for its audience, never more.

`EXPORTS[kind]` gives the audience it is for by default, the file suffix, and the function
that turns the filtered `PlanDocument` into bytes.
"""

from collections.abc import Callable
from dataclasses import dataclass

from planner.export import blocks as b
from planner.export.sections import context_for, plan_sections
from planner.export.sections.details import display_name
from planner.i18n import N_, _, date_in_words
from planner.plan_file.document import PlanDocument


@dataclass(frozen=True)
class ExportKind:
    audience: str
    suffix: str
    make: Callable[[PlanDocument, dict], bytes]
    description: str = ""  # marked with N_: show it with `label()`
    # PDFs laid out from blocks: the blocks and their style, so a bilingual export can put the
    # Welsh document and the English one into one PDF (planner.export.bilingual).
    build: Callable[[PlanDocument, dict], tuple[b.ExportDocument, object]] | None = None

    def label(self) -> str:
        """What this export is, in the current language."""
        return _(self.description)


def _credits(document: PlanDocument) -> list[b.Block]:
    from planner.export.credits import credits_for

    lines = credits_for(document)
    return [b.Paragraph(line, "small") for line in lines]


def _render(built: tuple[b.ExportDocument, object], document: PlanDocument, options: dict) -> bytes:
    from planner.export.pdf import render

    export, style = built
    return render(export, document.pictures, style=style, invariant=options.get("invariant", False))


def _plan_document(document: PlanDocument, *, subject: str, show_visibility: bool,
                   front: list | None = None, running_extra: str = ""):
    from planner.export.styles import PLAIN

    data = document.data
    name = display_name(data)
    title = (data.get("plan") or {}).get("title") or _("{name}'s plan").format(name=name)
    export = b.ExportDocument(title=title, person_name=(data.get("person") or {}).get("name", ""),
                              subject=subject,
                              running_head=" · ".join(p for p in (name, subject, running_extra) if p))
    export.blocks.append(b.Heading(title, 0))
    export.blocks.extend(front or [])
    context = context_for(data, data.get("audience", "me"), show_visibility=show_visibility)
    export.blocks.extend(plan_sections(data, context))
    export.blocks.extend(_credits(document))
    return export, PLAIN


def _date_words(value: str) -> str:
    """A stored date in words in the export's language ("3 Rhagfyr 2026"); as stored if odd."""
    import datetime as dt


    try:
        return date_in_words(dt.date.fromisoformat(value))
    except (TypeError, ValueError):
        return value


def my_plan_document(document: PlanDocument, options: dict):
    return _plan_document(document, subject=_("My plan"), show_visibility=True)


def team_document(document: PlanDocument, options: dict):
    return _plan_document(document, subject=_("Copy for my support team"), show_visibility=False)


def panel_document(document: PlanDocument, options: dict):
    from planner.export.panel import panel_summary

    plan = document.data.get("plan") or {}
    panel_date = plan.get("panel_date") or ""
    extra = _("Panel date: {date}").format(date=_date_words(panel_date)) if panel_date else ""
    return _plan_document(document, subject=_("Panel pack"), show_visibility=False,
                          front=panel_summary(document.data), running_extra=extra)


def my_plan_pdf(document: PlanDocument, options: dict) -> bytes:
    return _render(my_plan_document(document, options), document, options)


def team_pdf(document: PlanDocument, options: dict) -> bytes:
    return _render(team_document(document, options), document, options)


def panel_pdf(document: PlanDocument, options: dict) -> bytes:
    return _render(panel_document(document, options), document, options)


def easy_read_document(document: PlanDocument, options: dict):
    from planner.export.easy_read import easy_read_blocks
    from planner.export.styles import EASY_READ

    data = document.data
    name = display_name(data)
    title = _("My plan")
    export = b.ExportDocument(title=_("{name}'s plan (easy read)").format(name=name),
                              person_name=(data.get("person") or {}).get("name", ""),
                              subject=_("Easy read"), running_head=_("{name}'s plan").format(name=name))
    export.blocks.append(b.Heading(title, 0))
    context = context_for(data, data.get("audience", "me"), show_visibility=False, easy_read=True)
    export.blocks.extend(easy_read_blocks(data, context))
    export.blocks.extend(_credits(document))
    return export, EASY_READ


def easy_read_pdf(document: PlanDocument, options: dict) -> bytes:
    return _render(easy_read_document(document, options), document, options)


def poster_png(document: PlanDocument, options: dict) -> bytes:
    from planner.export.poster import poster_bytes

    return poster_bytes(document, options, "png")


def poster_jpg(document: PlanDocument, options: dict) -> bytes:
    from planner.export.poster import poster_bytes

    return poster_bytes(document, options, "jpg")


def steps_png(document: PlanDocument, options: dict) -> bytes:
    from planner.export.goal_pictures import steps_png as make

    return make(document, options)


def ratings_png(document: PlanDocument, options: dict) -> bytes:
    from planner.export.goal_pictures import ratings_png as make

    return make(document, options)


def meeting_document(document: PlanDocument, options: dict):
    """The actions of planning meetings, to circulate: who agreed to do what, by when."""
    from planner.export.sections.goals import one_meeting
    from planner.export.styles import PLAIN

    data = document.data
    name = display_name(data)
    meetings = [m for m in (data.get("plan") or {}).get("meetings") or [] if isinstance(m, dict)]
    which = options.get("meeting")
    if which is not None:
        meetings = [m for m in meetings if m.get("held_on") == which] or meetings[-1:]
    else:
        meetings = sorted(meetings, key=lambda m: m.get("held_on") or "")[-1:]
    full_name = (data.get("person") or {}).get("name", "") or name
    title = _("Planning meeting for {name}").format(name=full_name)
    export = b.ExportDocument(title=title, person_name=full_name,
                              subject=_("Meeting actions"), running_head=title)
    export.blocks.append(b.Heading(title, 0))
    if not meetings:
        export.blocks.append(b.Paragraph(_("There is no planning meeting to show."), "note"))
    for meeting in meetings:
        export.blocks.extend(one_meeting(meeting))
    return export, PLAIN


def meeting_pdf(document: PlanDocument, options: dict) -> bytes:
    return _render(meeting_document(document, options), document, options)


def fhir_json(document: PlanDocument, options: dict) -> bytes:
    """The plan for other systems: a FHIR R4 document bundle (PRSB About Me and care plan)."""
    from planner.fhir.bundle import bundle_json

    return bundle_json(document, options)


def crisis_card_pdf(document: PlanDocument, options: dict) -> bytes:
    from planner.export.crisis_card import card_pdf

    return card_pdf(document, options)


def crisis_card_png(document: PlanDocument, options: dict) -> bytes:
    from planner.export.crisis_card import card_png

    return card_png(document, options)


EXPORTS: dict[str, ExportKind] = {
    "my-plan-pdf": ExportKind("me", ".pdf", my_plan_pdf, N_("my plan, everything in it"), my_plan_document),
    "team-pdf": ExportKind("team", ".pdf", team_pdf, N_("the copy for my support team"), team_document),
    "panel-pdf": ExportKind("panel", ".pdf", panel_pdf, N_("the panel pack"), panel_document),
    "easy-read-pdf": ExportKind("me", ".pdf", easy_read_pdf, N_("my plan in easy read"), easy_read_document),
    "poster-png": ExportKind("me", ".png", poster_png, N_("my plan as a picture (PNG)")),
    "poster-jpg": ExportKind("me", ".jpg", poster_jpg, N_("my plan as a picture (JPEG)")),
    "crisis-card-pdf": ExportKind("me", ".pdf", crisis_card_pdf, N_("my crisis card (wallet size, two sides)")),
    "crisis-card-png": ExportKind("me", ".png", crisis_card_png, N_("my crisis card as a picture")),
    "meeting-pdf": ExportKind("team", ".pdf", meeting_pdf, N_("the actions of the last planning meeting"),
                              meeting_document),
    "steps-png": ExportKind("me", ".png", steps_png, N_("the ladders of my goals (A4 landscape)")),
    "ratings-png": ExportKind("me", ".png", ratings_png, N_("my ratings across reviews (A4 landscape)")),
    "fhir-json": ExportKind("me", ".json", fhir_json,
                            N_("my plan for other health and care systems (FHIR R4: About Me and care plan)")),
}


def _life_chart_kinds() -> None:
    """My life story, my people and places, my week: pictures of A4 landscape (PNG or JPEG)."""
    from planner.export.life_charts import export_kind

    words = {
        "life-story": (N_("my life story as a picture (PNG)"), N_("my life story as a picture (JPEG)")),
        "people-map": (N_("my people and places as a picture (PNG)"),
                       N_("my people and places as a picture (JPEG)")),
        "week": (N_("my week as a picture (PNG)"), N_("my week as a picture (JPEG)")),
    }
    for chart, (png, jpg) in words.items():
        for kind, description in (("png", png), ("jpg", jpg)):
            EXPORTS[f"{chart}-{kind}"] = ExportKind("me", f".{kind}", export_kind(chart, kind), description)


_life_chart_kinds()
