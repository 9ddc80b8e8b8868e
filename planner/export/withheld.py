"""Absent, kept private, and shared are three different things.

The audience filter leaves in a filtered document how many items of each place the audience may
not see (`data["withheld"]`, counts only). These words turn those counts into what a reader is
told: "Nothing written yet" where nothing was written, "2 kept private by the person" where
something was, and never a word of what it was.
"""

from typing import Any

from planner.export.audience import MARKER
from planner.i18n import _, ngettext


def _matches(place: str, wanted: str) -> bool:
    """`"goals"` is the goals themselves; `"goals.*"` the goals and everything inside them."""
    if wanted.endswith(".*"):
        return place == wanted[:-2] or place.startswith(wanted[:-1])
    return place == wanted


def counts(data: dict[str, Any], *places: str) -> dict[str, int]:
    """How many items at `places` were kept back from the audience, by how."""
    out = {"private": 0, "team": 0}
    for place, kept in (data.get(MARKER) or {}).items():
        if any(_matches(place, wanted) for wanted in places):
            for how, n in kept.items():
                if how in out and isinstance(n, int):
                    out[how] += n
    return out


def withheld_count(data: dict[str, Any], *places: str) -> int:
    return sum(counts(data, *places).values())


def kept_words(data: dict[str, Any], *places: str) -> str:
    """ "2 kept private by the person" (and what only their team may see), or "" when none."""
    kept = counts(data, *places)
    words = []
    if kept["private"]:
        words.append(ngettext("1 kept private by the person", "{count} kept private by the person",
                              kept["private"]).format(count=kept["private"]))
    if kept["team"] and data.get("audience") == "panel":
        words.append(ngettext("1 for the team only", "{count} for the team only", kept["team"]).format(
            count=kept["team"]))
    return "; ".join(words)


def absent_words(data: dict[str, Any], *places: str) -> str:
    """What to say for a part the audience sees nothing of: kept back, or nothing written yet."""
    return kept_words(data, *places) or _("Nothing written yet")


def with_kept(data: dict[str, Any], words: str, *places: str) -> str:
    """`words` about what is shown, followed by how many more were kept back, if any (short:
    "(and 4 more private; 12 for the team only)")."""
    kept = counts(data, *places)
    more = []
    if kept["private"]:
        more.append(ngettext("1 more private", "{count} more private", kept["private"]).format(
            count=kept["private"]))
    if kept["team"] and data.get("audience") == "panel":
        more.append(ngettext("1 for the team only", "{count} for the team only", kept["team"]).format(
            count=kept["team"]))
    return _("{words} (and {kept})").format(words=words, kept="; ".join(more)) if more else words
