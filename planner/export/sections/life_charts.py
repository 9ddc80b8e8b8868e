"""The life-charts in the plan's PDFs: my life story, my people and places, my week.

Each part, if the audience may see any of it, gets its chart (the same geometry as on screen
and in the pictures, laid out for the page) and then every item in words.
"""

from typing import Any

from planner.charts import life_story, people_map, week
from planner.domain.life_charts import (
    closeness_label,
    day_label,
    feeling_label,
    member_kind_label,
    moment_kind_label,
    time_label,
    week_feeling_label,
)
from planner.export import blocks as b
from planner.i18n import _

PAGE_CANVAS = (700.0, 560.0)  # points: drawn 170 mm wide, the words stay readable


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [item for item in (data.get("plan") or {}).get(key) or [] if isinstance(item, dict)]


def _life_story(data: dict[str, Any], context) -> list[b.Block]:
    moments = life_story.moments_of(data)
    if not moments:
        return []
    out: list[b.Block] = [b.Heading(_("My life story"), 1),
                          b.ChartBlock(life_story.layout(data, *PAGE_CANVAS))]
    items = [item for item in _items(data, "life_story") if str(item.get("title") or "").strip()]
    for moment, item in zip(moments, items, strict=False):
        label = " · ".join((moment.when.words(), moment_kind_label(moment.kind), feeling_label(moment.feeling)))
        text = moment.title + (f"\n{moment.story}" if moment.story else "")
        out.append(b.Answer(text, label, context.who_sees(item), context.picture(item.get("picture_id"))))
    return out


def _people_places(data: dict[str, Any], context) -> list[b.Block]:
    items = [item for item in _items(data, "people_places") if str(item.get("name") or "").strip()]
    if not items:
        return []
    out: list[b.Block] = [b.Heading(_("My people and places"), 1),
                          b.ChartBlock(people_map.layout(data, *PAGE_CANVAS))]
    for member, item in zip(people_map.members_of(data), items, strict=False):
        lines = [member.name + (f": {member.relation}" if member.relation else "")]
        if member.helps_with:
            lines.append(_("Helps with: {what}").format(what=member.helps_with))
        contact = item.get("contact")
        if isinstance(contact, dict) and contact.get("details"):
            lines.append(_("Contact: {details}").format(details=contact["details"]))
        label = " · ".join((member_kind_label(member.kind), closeness_label(member.closeness)))
        out.append(b.Answer("\n".join(lines), label, context.who_sees(item),
                            context.picture(item.get("picture_id"))))
    return out


def _week(data: dict[str, Any], context) -> list[b.Block]:
    entries = week.entries_of(data)
    if not entries:
        return []
    rows = tuple(
        (f"{day_label(e.day)} {time_label(e.time).lower()}", e.title, e.place, e.with_whom,
         week_feeling_label(e.feeling) if e.feeling else "")
        for e in entries
    )
    return [b.Heading(_("My week"), 1), b.ChartBlock(week.layout(data, *PAGE_CANVAS)),
            b.Table((_("When"), _("What I do"), _("Where"), _("Who with"), _("How I feel about it")), rows,
                    (0.18, 0.27, 0.2, 0.17, 0.18))]


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    return _life_story(data, context) + _people_places(data, context) + _week(data, context)
