"""What changed between two plan documents, part by part, in plain words.

Generic: it knows no part's shape. Items in a list are matched by what they are, not only by
where they are: identical items pair first (wherever they moved), then the rest pair by how alike
they are (their main words and how many of their details agree), best pairs first; whatever is
left was added or removed. File-local ids (`id`, and picture links, which are compared by the
picture they name) are never taken as content, since a file may number things afresh.
"""

import datetime as dt
import difflib
import json
from dataclasses import dataclass
from typing import Any

from planner.i18n import N_, _

IGNORED_TOP = {"format", "version", "app_version", "exported_at", "audience", "withheld", "language"}
IGNORED_KEYS = {"id"}
IGNORED_PLAN = {"frozen_copies", "made_on", "changed_on"}  # the record of what was sent, not the plan's content
LABEL_KEYS = ("title", "name", "what", "text", "who", "stream", "held_on", "happened_on", "barrier",
              "description", "prompt", "status", "role", "kind")
MATCH_THRESHOLD = 0.5
MAX_PAIRS = 40_000  # beyond this many comparisons, leftovers pair by position
TEXT_SHOWN = 80


@dataclass(frozen=True)
class Change:
    part: str  # the plan part's key ("details" for the person and the plan's own fields)
    action: str  # "added", "removed" or "changed"
    where: tuple[str, ...]  # plain-word path to the item
    field: str  # plain words for the detail that changed ("" for a whole item)
    old: str
    new: str

    def sentence(self) -> str:
        place = " › ".join(self.where)
        if self.action == "added":
            return _("{place}: added {what}").format(place=place, what=self.new)
        if self.action == "removed":
            return _("{place}: removed {what}").format(place=place, what=self.old)
        return _("{place}: {field} changed from {old} to {new}").format(
            place=place, field=self.field, old=self.old, new=self.new)


PART_TITLES = {
    "details": N_("Me and my plan"), "about_me": N_("About me"), "pictures": N_("Pictures"),
    "life_story": N_("My life story"), "people_places": N_("My people and places"), "week": N_("My week"),
    "needs": N_("What I need"), "goals": N_("My goals"), "reviews": N_("Reviews"), "meetings": N_("Planning meetings"),
    "staying_well": N_("Staying well"), "support_budget": N_("My support and budget"),
    "status_history": N_("Where the plan is up to"), "authors": N_("Who wrote each part"),
}
NOUNS = {
    "goals": N_("a goal"), "steps": N_("a step"), "checkins": N_("a check-in"), "barriers": N_("a barrier"),
    "needs": N_("a need"), "reviews": N_("a review"), "meetings": N_("a meeting"), "actions": N_("an action"),
    "helpers": N_("a helper"), "pictures": N_("a picture"), "support_lines": N_("some support"),
    "one_off_purchases": N_("a one-off purchase"), "travel": N_("some travel"), "phases": N_("a phase"),
    "funding_streams": N_("a funding stream"), "status_history": N_("a change of status"),
    "disagreements": N_("a disagreement"), "missed_visits": N_("a missed visit"),
    "shares": N_("a funding stream's share"),
}
FIELD_WORDS = {
    "text": N_("the words"), "title": N_("the name"), "what": N_("what"), "cost_pence": N_("the cost"),
    "amount_pence": N_("the amount"), "rate_pence": N_("the hourly rate"), "visibility": N_("who can see it"),
    "due_on": N_("the date"), "done_on": N_("the date done"), "status": N_("the status"), "tag": N_("the kind"),
    "picture_id": N_("the picture"), "working_on_now": N_("working on it now"), "who_helps": N_("who helps"),
    "started_on": N_("the start date"), "ends_on": N_("the end date"), "panel_date": N_("the panel date"),
    "preferred_name": N_("the name they like to be called"), "name": N_("the name"),
    "shares": N_("who pays"), "stream": N_("who pays"), "percent": N_("the percentage"),
    "goals": N_("the goals it serves"),
    # About me's areas
    "background": N_("My story so far"), "relationships": N_("My people"),
    "personal_status": N_("How I feel about myself"), "home": N_("My home"),
    "places_and_activities": N_("Where I go and what I do"), "preferences": N_("What I like and don't like"),
    "desirable_future": N_("My future"),
}
PART_NOUNS = {"about_me": N_("an answer")}


def part_title(key: str) -> str:
    return _(PART_TITLES.get(key, key.replace("_", " ").capitalize()))


def _words(key: str) -> str:
    return _(FIELD_WORDS.get(key, key.replace("_", " ")))


def _noun(key: str, part: str = "") -> str:
    return _(NOUNS.get(key) or PART_NOUNS.get(part, N_("an item")))


def show(value: Any, key: str = "") -> str:
    """A value in plain words, short."""
    if value is None or value == "":
        return _("nothing")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if key in ("status", "old_status") and isinstance(value, str):
        from planner.domain.plan import PlanStatus, status_label

        if value in {s.value for s in PlanStatus}:
            return f"“{status_label(value)}”"
    if isinstance(value, int) and key.endswith("_pence"):
        from planner.i18n import money

        return money(value, always_pence=True)
    if isinstance(value, dict):
        return _label(value) or _("some details")
    if isinstance(value, list):
        return ", ".join(show(v) for v in value) or _("nothing")
    text = " ".join(str(value).split())
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and (key.endswith("_on") or key.endswith("date")):
        try:
            from planner.domain.review_schedule import plain_date

            return plain_date(dt.date.fromisoformat(text))
        except ValueError:
            pass
    if len(text) > TEXT_SHOWN:
        text = text[: TEXT_SHOWN - 1] + "…"
    return f"“{text}”"


def _label(item: dict[str, Any]) -> str:
    for key in LABEL_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return show(value, key)
    return ""


def _signature(value: Any) -> str:
    return json.dumps(_strip(value), sort_keys=True, ensure_ascii=False, default=str)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in IGNORED_KEYS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _likeness(old: Any, new: Any) -> float:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return 1.0 if old == new else 0.0
    keys = (set(old) | set(new)) - IGNORED_KEYS
    same = sum(1 for k in keys if _signature(old.get(k)) == _signature(new.get(k)))
    fields = same / len(keys) if keys else 1.0
    a, b = _label(old), _label(new)
    words = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if (a or b) else fields
    return 0.5 * words + 0.5 * fields


def match_items(old: list[Any], new: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (old index, new index), then old indexes removed, new indexes added."""
    pairs: list[tuple[int, int]] = []
    free_old = list(range(len(old)))
    by_signature: dict[str, list[int]] = {}
    for i in free_old:
        by_signature.setdefault(_signature(old[i]), []).append(i)
    free_new = []
    for j, item in enumerate(new):
        same = by_signature.get(_signature(item))
        if same:
            pairs.append((same.pop(0), j))
        else:
            free_new.append(j)
    paired_old = {i for i, _j in pairs}
    free_old = [i for i in free_old if i not in paired_old]
    if free_old and free_new:
        if len(free_old) * len(free_new) <= MAX_PAIRS:
            scored = sorted(
                ((_likeness(old[i], new[j]), -abs(i / max(len(old), 1) - j / max(len(new), 1)), i, j)
                 for i in free_old for j in free_new), reverse=True)
            used_old: set[int] = set()
            used_new: set[int] = set()
            for score, _closeness, i, j in scored:
                if score < MATCH_THRESHOLD:
                    break
                if i in used_old or j in used_new:
                    continue
                used_old.add(i)
                used_new.add(j)
                pairs.append((i, j))
        else:
            for i, j in zip(free_old, free_new, strict=False):
                if _likeness(old[i], new[j]) >= MATCH_THRESHOLD:
                    pairs.append((i, j))
        paired_old = {i for i, _j in pairs}
        paired_new = {j for _i, j in pairs}
        free_old = [i for i in free_old if i not in paired_old]
        free_new = [j for j in free_new if j not in paired_new]
    pairs.sort(key=lambda pair: pair[1])
    return pairs, free_old, free_new


class _Differ:
    def __init__(self):
        self.changes: list[Change] = []

    def value(self, part: str, where: tuple[str, ...], key: str, old: Any, new: Any) -> None:
        if _signature(old) == _signature(new):
            return
        if isinstance(old, dict) and isinstance(new, dict):
            self.mapping(part, where + ((_words(key),) if key else ()), old, new)
        elif isinstance(old, list) and isinstance(new, list) and (
                any(isinstance(v, dict) for v in old + new)):
            inner = where if key in NOUNS else where + (_words(key),)
            self.items(part, inner, key, old, new)
        elif isinstance(old, list) and isinstance(new, list):
            gone = [v for v in old if v not in new]
            came = [v for v in new if v not in old]
            place = where + (_words(key),)
            for v in came:
                self.changes.append(Change(part, "added", place, "", "", show(v, key)))
            for v in gone:
                self.changes.append(Change(part, "removed", place, "", show(v, key), ""))
            if not came and not gone:
                self.changes.append(Change(part, "changed", where, _("the order of {what}").format(
                    what=_words(key)), show(old, key), show(new, key)))
        else:
            self.changes.append(Change(part, "changed", where, _words(key), show(old, key), show(new, key)))

    def mapping(self, part: str, where: tuple[str, ...], old: dict, new: dict) -> None:
        for key in list(old) + [k for k in new if k not in old]:
            if key in IGNORED_KEYS:
                continue
            self.value(part, where, key, old.get(key), new.get(key))

    def items(self, part: str, where: tuple[str, ...], key: str, old: list, new: list) -> None:
        pairs, removed, added = match_items(old, new)
        noun = _noun(key, part)
        for i in removed:
            self.changes.append(Change(part, "removed", where, "", f"{noun} {show(old[i])}".strip(), ""))
        for j in added:
            self.changes.append(Change(part, "added", where, "", "", f"{noun} {show(new[j])}".strip()))
        for i, j in pairs:
            label = ""
            if isinstance(new[j], dict) and isinstance(old[i], dict) and _label(new[j]) == _label(old[i]):
                label = _label(new[j])  # a changed label is shown as the change itself
            inner = where + ((f"{noun.split(' ', 1)[-1]} {label}".strip()),)
            if isinstance(old[i], dict) and isinstance(new[j], dict):
                self.mapping(part, inner, old[i], new[j])
            else:
                self.value(part, where, key, old[i], new[j])


def _pictures_resolved(data: dict[str, Any]) -> dict[str, Any]:
    """A copy where every `picture_id` names the picture itself (ids differ between files)."""
    plan = data.get("plan") or {}
    pictures = {p.get("id"): p for p in plan.get("pictures") or [] if isinstance(p, dict)}

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                if k == "picture_id" and v is not None:
                    picture = pictures.get(v) or {}
                    v = picture.get("description") or picture.get("symbol") or picture.get("picture") or v
                out[k] = walk(v)
            return out
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    return walk(data)


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new` (the data of two plan documents), part by part."""
    old, new = _pictures_resolved(old), _pictures_resolved(new)
    differ = _Differ()
    details = (part_title("details"),)
    old_person, new_person = old.get("person") or {}, new.get("person") or {}
    differ.mapping("details", details, old_person, new_person)
    old_plan, new_plan = old.get("plan") or {}, new.get("plan") or {}
    for key in list(old_plan) + [k for k in new_plan if k not in old_plan]:
        if key in IGNORED_PLAN:
            continue
        a, b = old_plan.get(key), new_plan.get(key)
        if isinstance(a, dict | list) or isinstance(b, dict | list):
            where = (part_title(key),)
            if isinstance(a, dict) or isinstance(b, dict):
                differ.mapping(key, where, a if isinstance(a, dict) else {}, b if isinstance(b, dict) else {})
            else:
                differ.items(key, where, key, a if isinstance(a, list) else [], b if isinstance(b, list) else [])
        else:
            differ.value("details", details, key, a, b)
    differ.changes.extend(_kept_back_changes(old, new))
    return differ.changes


def _kept_back(data: dict[str, Any]) -> dict[str, int]:
    """How many items of each part a filtered document's audience may not see (counts only)."""
    out: dict[str, int] = {}
    for place, counts in (data.get("withheld") or {}).items():
        part = place.split(".", 1)[0]
        part = "details" if part == "person" else part
        out[part] = out.get(part, 0) + sum(n for n in counts.values() if isinstance(n, int))
    return out


def _kept_back_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Items kept from this audience, part by part, when their number changed: never what they are."""
    before, after = _kept_back(old), _kept_back(new)
    changes = []
    for part in list(before) + [p for p in after if p not in before]:
        if before.get(part, 0) != after.get(part, 0):
            changes.append(Change(part, "changed", (part_title(part),), _("how many items are kept back"),
                                  str(before.get(part, 0)), str(after.get(part, 0))))
    return changes


def changes_by_part(changes: list[Change]) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        grouped.setdefault(change.part, []).append(change)
    return grouped
