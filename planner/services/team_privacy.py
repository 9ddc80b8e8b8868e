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


def _ids(value: Any, out: set) -> set:
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            out.add(value["id"])
        for child in value.values():
            _ids(child, out)
    elif isinstance(value, list):
        for child in value:
            _ids(child, out)
    return out


def _unlink(value: Any, gone: set) -> Any:
    """Links to items that stayed behind are taken off (a team goal serving a private need keeps
    the goal, without the link); the items themselves are untouched."""
    if isinstance(value, dict):
        return {key: (None if key != "id" and isinstance(child, str) and child in gone else _unlink(child, gone))
                for key, child in value.items()}
    if isinstance(value, list):
        return [_unlink(child, gone) for child in value if not (isinstance(child, str) and child in gone)]
    return value


def for_team(document: PlanDocument) -> ForTeam:
    """The document a team's database may keep, and how many private items stayed behind."""
    kept = count_private(document.data)
    filtered = for_audience(document, Audience.TEAM)
    filtered.data.pop("audience", None)
    gone = _ids(document.data, set()) - _ids(filtered.data, set())
    if gone:
        filtered = PlanDocument(_unlink(filtered.data, gone), filtered.pictures)
    plan = filtered.data.get("plan") or {}
    copies = plan.get(copies_part.KEY) or []
    keep = []
    for copy in copies:  # the audience filter leaves the copies' files out: they come from the original
        names = [name for name in (copy.get("plan_file"), copy.get("pack_pdf")) if name]
        if _copy_holds_private(document.pictures.get(copy.get("plan_file", ""))):
            kept += 1
        else:
            keep.append(copy)
            filtered.pictures.update({name: document.pictures[name] for name in names if name in document.pictures})
    if copies:
        plan[copies_part.KEY] = keep
    return ForTeam(filtered, kept)
