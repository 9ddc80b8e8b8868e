"""The easy-read plan: large type, one idea a line, a picture beside each, in the first person.

Follows the Department of Health's easy-read guidance (2010) and Mencap's: body text of at
least 16 pt (18 here), a picture on the left and words on the right, short lines, lots of
space. Parts add their pages in `EASY_READ_BUILDERS`.
"""

import re
from collections.abc import Callable
from typing import Any

from planner.content.about_me import about_me_content
from planner.export import blocks as b
from planner.export.sections import ExportContext
from planner.i18n import _, current_language

PERSON, PEOPLE, CALENDAR, HEART, STAR = "1F9D1", "1FAC2", "1F5D3", "1FAC0", "2B50"


def sentences(text: str, limit: int = 6) -> list[str]:
    """Split someone's words into short lines, one idea each (their own words, not changed)."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|\n+", text or "") if p.strip()]
    return parts[:limit] if len(parts) > limit else parts


def symbol(key: str) -> b.Picture:
    return b.Picture("", symbol=key, width_mm=30)


def _me(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    person = data.get("person") or {}
    name = person.get("preferred_name") or person.get("name", "")
    out: list[b.Block] = [b.Heading(_("About me"), 1),
                          b.PictureLine(_("My name is {name}.").format(name=person.get("name", "")), symbol(PERSON))]
    if person.get("preferred_name") and person["preferred_name"] != person.get("name"):
        out.append(b.PictureLine(_("I like to be called {name}.").format(name=name), symbol(PERSON)))
    helpers = (data.get("plan") or {}).get("helpers") or []
    others = [h["name"] for h in helpers if h.get("role") != "me"]
    if others:
        out.append(b.PictureLine(_("These people helped me write my plan: {names}.").format(
            names=", ".join(others)), symbol(PEOPLE)))
    return out


def _about_me(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    areas = (data.get("plan") or {}).get("about_me") or {}
    out: list[b.Block] = []
    for area in about_me_content(current_language()).areas:
        answers = [a for a in areas.get(area.key) or [] if isinstance(a, dict)]
        if not answers:
            continue
        out.append(b.Heading(area.title, 2))
        for answer in answers:
            picture = context.picture(answer.get("picture_id"), 30) or symbol(area.symbol)
            for index, line in enumerate(sentences(answer.get("text", ""))):
                out.append(b.PictureLine(line, picture if index == 0 else None))
    return out


GOAL, LADDER, DONE = "1F3AF", "1FA9C", "2B50"


def _goals(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    goals = [g for g in (data.get("plan") or {}).get("goals") or [] if isinstance(g, dict)]
    if not goals:
        return []
    out: list[b.Block] = [b.Heading(_("My goals"), 1)]
    for goal in goals:
        out.append(b.PictureLine(_("I want to: {goal}").format(goal=goal.get("title", "")), symbol(GOAL)))
        for line in sentences(goal.get("why_it_matters", ""), 3):
            out.append(b.PictureLine(line, None))
        steps = [s for s in goal.get("steps") or [] if isinstance(s, dict)]
        for step in steps:
            done = step.get("status") == "done"
            words = (_("Done: {step}") if done else _("Next: {step}")).format(step=step.get("what", ""))
            out.append(b.PictureLine(words, symbol(DONE if done else LADDER)))
    return out


def _staying_well(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    from planner.export.sections import staying_well

    return staying_well.easy_read(data, context)


def _part(name: str):
    def build(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
        from planner.export import easy_read_parts

        return getattr(easy_read_parts, name)(data, context)

    return build


EASY_READ_BUILDERS: list[Callable[[dict[str, Any], ExportContext], list[b.Block]]] = [
    _me, _about_me, _part("people"), _part("week"), _part("needs"), _goals, _staying_well, _part("support"),
    _part("meetings")]


def easy_read_blocks(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    out: list[b.Block] = []
    for builder in EASY_READ_BUILDERS:
        out.extend(builder(data, context))
    return out
