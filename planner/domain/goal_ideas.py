"""Ideas to get started: common goals with starter steps, from `resources/goal_ideas.json`.

The person can take an idea, change it, or ignore it; nothing is ever added for them. Words are
keyed by language ("en", later "cy" beside it); English is used where a language has none.
"""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class GoalIdea:
    key: str
    title: str
    why: str
    steps: tuple[str, ...]
    areas: tuple[str, ...]
    domain: str


@cache
def _raw() -> dict:
    return json.loads((resources.files("resources") / "goal_ideas.json").read_text("utf-8"))


def _pick(words: dict[str, str], language: str) -> str:
    return words.get(language) or words["en"]


def goal_ideas(language: str = "en") -> list[GoalIdea]:
    """The library of ideas, in `language` where it has words for it."""
    ideas = []
    for item in _raw()["ideas"]:
        ideas.append(
            GoalIdea(
                key=item["key"],
                title=_pick(item["title"], language),
                why=_pick(item["why"], language),
                steps=tuple(_pick(step, language) for step in item["steps"]),
                areas=tuple(item.get("areas", ())),
                domain=item.get("domain", ""),
            )
        )
    return ideas
