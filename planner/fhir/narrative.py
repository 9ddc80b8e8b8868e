"""The narrative of each section of the Composition: the plan's own words, for a person to read in
any system that shows a FHIR document (the XHTML `section.text`, status `generated`).

Made from the same audience-filtered document as everything else in the bundle, so a section
shows nothing its audience may not see.
"""

import html
from typing import Any

from planner.fhir.questionnaire import HEADINGS


def _lines(data: dict[str, Any], part: str) -> list[str]:
    person = data.get("person") or {}
    plan = data.get("plan") or {}
    if part == "details":
        names = [person.get("name") or ""]
        if person.get("preferred_name"):
            names.append(f"Likes to be called {person['preferred_name']}")
        return names
    if part == "about_me":
        about = plan.get("about_me") or {}
        return [f"{title}: {answer.get('text')}" for _code, title, areas in HEADINGS for area in areas
                for answer in about.get(area) or [] if answer.get("text")]
    if part == "pictures":
        return [p.get("description") or "" for p in plan.get("pictures") or []]
    if part == "life_story":
        return [m.get("title") or "" for m in plan.get("life_story") or []]
    if part == "people_places":
        return [" — ".join(x for x in (p.get("name"), p.get("relation")) if x) for p in plan.get("people_places") or []]
    if part == "week":
        return [f"{w.get('day', '').capitalize()} {w.get('time', '')}: {w.get('title', '')}" for w in plan.get("week") or []]
    if part == "needs":
        return [n.get("words") or "" for n in plan.get("needs") or []]
    if part == "goals":
        out = []
        for goal in plan.get("goals") or []:
            out.append(f"Goal: {goal.get('title') or ''}")
            out += [f"Small step: {s.get('what') or ''}" for s in goal.get("steps") or []]
        return out
    if part == "staying_well":
        return [item.get("text") or item.get("name") or "" for items in (plan.get("staying_well") or {}).values()
                for item in items or [] if isinstance(item, dict)]
    if part == "reviews":
        return [f"Review {r.get('held_on') or ''}: {r.get('decisions') or ''}" for r in plan.get("reviews") or []] + [
            f"Planning meeting {m.get('held_on') or ''}: {m.get('purpose') or ''}" for m in plan.get("meetings") or []]
    if part == "authors":
        return [h.get("name") or "" for h in plan.get("helpers") or []]
    if part == "panel":
        return [f"Sent to the panel {c.get('submitted_at') or ''}" for c in plan.get("frozen_copies") or []]
    return []


def section_text(data: dict[str, Any], part: str) -> dict[str, str] | None:
    lines = [line.strip() for line in _lines(data, part) if line and line.strip()]
    if not lines:
        return None
    items = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in lines)
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml"><ul>{items}</ul></div>'}
