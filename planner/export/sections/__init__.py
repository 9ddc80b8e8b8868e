"""Each part of the plan turns its piece of the (filtered) plan document into export blocks.

A builder takes the document's data and an `ExportContext` and returns blocks; one that finds
nothing to show returns none, so an audience that may see nothing of a part sees no heading.
"""

from dataclasses import dataclass, field
from typing import Any

from planner.domain.visibility import visibility_label
from planner.export import blocks as b
from planner.i18n import _


@dataclass
class ExportContext:
    audience: str
    show_visibility: bool = True  # "my plan" shows the person who can see each thing
    easy_read: bool = False
    picture_index: dict[str, dict[str, Any]] = field(default_factory=dict)

    def picture(self, picture_id: str | None, width_mm: float = 28) -> b.Picture | None:
        """The picture a `picture_id` of the document points at, if the audience has it."""
        item = self.picture_index.get(picture_id or "")
        if item is None:
            return None
        if item.get("kind") == "symbol":
            return b.Picture(item.get("description", ""), symbol=item.get("symbol"), width_mm=width_mm)
        return b.Picture(item.get("description", ""), ref=item.get("picture"), width_mm=width_mm)

    def who_sees(self, item: dict[str, Any]) -> str:
        if not self.show_visibility or "visibility" not in item:
            return ""
        return _("Seen by: {who}").format(who=visibility_label(item["visibility"]))


def context_for(data: dict[str, Any], audience: str, **options) -> ExportContext:
    index = {p["id"]: p for p in (data.get("plan", {}).get("pictures") or []) if isinstance(p, dict)}
    return ExportContext(audience=audience, picture_index=index, **options)


def plan_sections(data: dict[str, Any], context: ExportContext) -> list[b.Block]:
    """The person's own plan, part by part, as they chose to share it."""
    from planner.export.sections import (
        about_me,
        details,
        goals,
        life_charts,
        panel,
        staying_well,
        support_budget,
    )

    out: list[b.Block] = []
    for builder in (details.blocks, panel.blocks, about_me.blocks, life_charts.blocks, goals.needs_blocks,
                    goals.goal_blocks, staying_well.blocks, support_budget.blocks, goals.review_blocks,
                    goals.meeting_blocks):
        out.extend(builder(data, context))
    return out
