"""One count of a goal's small steps (done, skipped, still to do), used by every page, picture
and PDF, so the poster, the ladder, the goal's page and the panel pack never disagree.

Skipped steps are not counted towards progress: "2 of 6 steps done (1 skipped)" for a goal of
seven steps, two done and one skipped.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from planner.i18n import _, ngettext, number


@dataclass(frozen=True)
class StepCount:
    done: int = 0
    skipped: int = 0
    to_do: int = 0  # to do, or being done now

    @property
    def counted(self) -> int:
        """The steps that count towards progress (all but the skipped)."""
        return self.done + self.to_do

    @property
    def total(self) -> int:
        return self.counted + self.skipped

    def words(self) -> str:
        """ "2 of 6 steps done (1 skipped)", "1 of 1 step done", "No steps yet"."""
        if not self.total:
            return _("No steps yet")
        words = ngettext("{done} of {n} step done", "{done} of {n} steps done", self.counted).format(
            done=number(self.done), n=number(self.counted))
        if self.skipped:
            words += " " + ngettext("({n} skipped)", "({n} skipped)", self.skipped).format(n=number(self.skipped))
        return words


def count_steps(statuses: Iterable[object]) -> StepCount:
    """The count for steps with these statuses ("todo", "doing", "done", "skipped", or the enum)."""
    done = skipped = to_do = 0
    for status in statuses:
        value = getattr(status, "value", status)
        if value == "done":
            done += 1
        elif value == "skipped":
            skipped += 1
        else:
            to_do += 1
    return StepCount(done, skipped, to_do)


def count_document_steps(goal: dict) -> StepCount:
    """The count for a goal as a plan document holds it."""
    return count_steps(s.get("status", "todo") for s in goal.get("steps") or [] if isinstance(s, dict))
