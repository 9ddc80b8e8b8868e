"""What the person keeps to themselves never reaches a team database.

Anything marked "just me" (private) is left out of a plan before it is stored in a team's
database (an import, the example), and a copy sent to the panel whose plan file holds such an
item is left out too (its bytes can't be changed). Only how many stayed behind is told, never
what they are. Marking an item "just me" on a team database removes it from the team's copy
(see `planner.services.items` and the window's question before it).
"""

import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from planner.domain.visibility import Audience, Visibility
from planner.export.audience import for_audience
from planner.plan_file.document import PlanDocument
from planner.plan_file.parts import frozen_copies as copies_part

PRIVATE = Visibility.PRIVATE.value


@dataclass(frozen=True)
class ForTeam:
    document: PlanDocument
    kept_private: int  # how many items (and copies holding them) stayed with the person


def count_private(value: Any) -> int:
    """Items marked "just me" (one for each, however much is inside it)."""
    if isinstance(value, dict):
        if value.get("visibility") == PRIVATE:
            return 1
        return sum(count_private(child) for child in value.values())
    if isinstance(value, list):
        return sum(count_private(child) for child in value)
    return 0


def _copy_holds_private(blob: bytes | None) -> bool:
    if blob is None:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            return count_private(json.loads(archive.read("plan.json"))) > 0
    except (zipfile.BadZipFile, KeyError, ValueError):
        return True  # can't tell: it stays behind


def for_team(document: PlanDocument) -> ForTeam:
    """The document a team's database may keep, and how many private items stayed behind."""
    kept = count_private(document.data)
    filtered = for_audience(document, Audience.TEAM)
    filtered.data.pop("audience", None)
    plan = filtered.data.get("plan") or {}
    copies = plan.get(copies_part.KEY) or []
    keep = []
    for copy in copies:
        if _copy_holds_private(filtered.pictures.get(copy.get("plan_file", ""))):
            kept += 1
            for name in (copy.get("plan_file"), copy.get("pack_pdf")):
                filtered.pictures.pop(name, None)
        else:
            keep.append(copy)
    if copies:
        plan[copies_part.KEY] = keep
    return ForTeam(filtered, kept)
