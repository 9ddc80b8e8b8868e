"""The one audience filter: every export receives a document already filtered by this.

The rule is structural: any object in the document with a `"visibility"` the audience may not
see is removed, with everything inside it; pictures nobody refers to any more are dropped. So a
part of the plan is private by default as long as its items carry `visibility`.

What was removed leaves a marker, `data["withheld"]`: for each place in the plan (the names of
the lists and fields on the way to it, e.g. `"goals"`, `"goals.steps"`,
`"support_budget.support_lines"`, `"person.details"`), how many items the audience may not see,
by how they were kept (`{"private": 2, "team": 1}`). Only counts, never content: so an export
can say "nothing written yet" or "2 kept private by the person" truthfully (see
`planner.export.withheld`).
"""

from typing import Any

from planner.domain.visibility import Audience, may_see
from planner.i18n import language_code
from planner.plan_file.document import PlanDocument, strings_under

MARKER = "withheld"


def _allowed(item: Any, audience: Audience) -> bool:
    return not (isinstance(item, dict) and "visibility" in item and not may_see(audience, item["visibility"]))


# Values a new plan starts with: an item holding nothing else was never written, only made.
_STARTING_VALUES = {"allocation_method": "typed", "bank_holidays": 8, "preferred_language": "en"}


def _written(value: Any, key: str = "") -> bool:
    """Whether an item holds anything someone wrote (a fresh plan's empty settings do not)."""
    if isinstance(value, dict):
        return any(_written(child, k) for k, child in value.items() if k not in ("id", "visibility"))
    if isinstance(value, list):
        return any(_written(child) for child in value)
    if key in _STARTING_VALUES and value == _STARTING_VALUES[key]:
        return False
    return value not in (None, "", False)


def _kept(item: dict[str, Any]) -> str:
    return "private" if item.get("visibility") == "private" else "team"


class _Filter:
    def __init__(self, audience: Audience):
        self.audience = audience
        self.withheld: dict[str, dict[str, int]] = {}

    def _note(self, path: tuple[str, ...], item: dict[str, Any]) -> None:
        if not _written(item):
            return
        place = ".".join(path[1:] if path[:1] == ("plan",) else path)
        counts = self.withheld.setdefault(place, {})
        kept = _kept(item)
        counts[kept] = counts.get(kept, 0) + 1
        self._inside(path, item, kept)

    def _inside(self, path: tuple[str, ...], value: Any, kept: str) -> None:
        """Items inside a removed item are kept back too (a private goal's steps): counted where
        they live, kept the way their container was (or more strictly)."""
        children = value.items() if isinstance(value, dict) else ((None, c) for c in value) \
            if isinstance(value, list) else ()
        for key, child in children:
            where = path if key is None else (*path, key)
            if isinstance(child, dict) and "visibility" in child and _written(child):
                how = "private" if "private" in (kept, child.get("visibility")) else kept
                place = ".".join(where[1:] if where[:1] == ("plan",) else where)
                counts = self.withheld.setdefault(place, {})
                counts[how] = counts.get(how, 0) + 1
                self._inside(where, child, how)
            elif isinstance(child, dict | list):
                self._inside(where, child, kept)

    def run(self, value: Any, path: tuple[str, ...] = ()) -> Any:
        if isinstance(value, dict):
            out = {}
            for key, child in value.items():
                if _allowed(child, self.audience):
                    out[key] = self.run(child, (*path, key))
                else:
                    self._note((*path, key), child)
                    out[key] = None
            return out
        if isinstance(value, list):
            out_list = []
            for child in value:
                if _allowed(child, self.audience):
                    out_list.append(self.run(child, path))
                else:
                    self._note(path, child)
            return out_list
        return value


def for_audience(document: PlanDocument, audience: Audience | str) -> PlanDocument:
    """A copy of `document` holding only what `audience` may see, with the counts it may not."""
    audience = Audience(audience)
    source = {key: value for key, value in document.data.items() if key != MARKER}
    sift = _Filter(audience)
    for place, counts in (document.data.get(MARKER) or {}).items():  # filtered before: keep its counts
        sift.withheld[place] = {kept: int(n) for kept, n in counts.items()}
    data = sift.run(source)  # a new document: every dict and list is made afresh, the rest is immutable
    data["audience"] = audience.value
    # The language the plan is written in leads its exports. It is kept with the person's
    # details, which may be private: only the code of a language with a catalogue passes ("en"
    # or "cy", never the stored words), since an export printed in Welsh says so anyway. A
    # document filtered before keeps the language it was given.
    details = (document.data.get("person") or {}).get("details") or {}
    data["language"] = language_code(document.data.get("language") or details.get("preferred_language"))
    data[MARKER] = sift.withheld
    used = strings_under(data, "picture")
    pictures = {name: blob for name, blob in document.pictures.items() if name in used}
    return PlanDocument(data, pictures)
