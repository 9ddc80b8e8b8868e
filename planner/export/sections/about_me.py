"""About me: the areas of my life, in my own words and pictures."""

from typing import Any

from planner.content.about_me import about_me_content
from planner.domain.about_me import tag_label
from planner.export import blocks as b
from planner.export.sections.panel import disagreement_blocks
from planner.i18n import _, current_language


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    areas = (data.get("plan") or {}).get("about_me") or {}
    content = about_me_content(current_language())
    out: list[b.Block] = []
    for area in content.areas:
        answers = [a for a in areas.get(area.key) or [] if isinstance(a, dict)]
        if not answers:
            continue
        out.append(b.Heading(area.title, 2))
        for answer in answers:
            prompt = area.prompt(answer.get("prompt") or "")
            label = " · ".join(part for part in (
                prompt.text if prompt else "", tag_label(answer["tag"]) if answer.get("tag") else ""
            ) if part)
            out.append(b.Answer(answer.get("text", ""), label, context.who_sees(answer),
                                context.picture(answer.get("picture_id"))))
            out.extend(disagreement_blocks(answer, context))
    if out:
        out.insert(0, b.Heading(_("About me"), 1))
    return out
