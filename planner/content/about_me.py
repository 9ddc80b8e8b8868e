"""The "About me" walk-through content: seven areas, each with prompts and tips for helpers.

The words live in `resources/about_me/areas.<language>.json`, written to the person in plain
words (a test keeps their Flesch reading ease at 70 or more). Area and prompt keys are stable:
answers and plan files refer to them.
"""

import json
from dataclasses import dataclass
from functools import cache

from planner.content import localised_file
from planner.domain.about_me import AREA_KEYS


@dataclass(frozen=True)
class Prompt:
    key: str
    text: str


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str
    symbol: str  # a symbol key (see planner.content.symbols)
    prompts: tuple[Prompt, ...]
    tips: tuple[str, ...]

    def prompt(self, key: str) -> Prompt | None:
        return next((p for p in self.prompts if p.key == key), None)


@dataclass(frozen=True)
class AboutMeContent:
    language: str
    title: str
    welcome: str
    tips_title: str
    tips: tuple[str, ...]
    areas: tuple[Area, ...]

    def area(self, key: str) -> Area:
        return next(a for a in self.areas if a.key == key)

    def steps(self) -> list[tuple[str, str]]:
        """Every (area, prompt) of the walk-through, in order."""
        return [(a.key, p.key) for a in self.areas for p in a.prompts]


@cache
def about_me_content(language: str = "en") -> AboutMeContent:
    """The content in `language` (English where there is no translation)."""
    data = json.loads(localised_file("about_me", "areas", language).read_text("utf-8"))
    areas = tuple(
        Area(
            key=a["key"],
            title=a["title"],
            summary=a["summary"],
            symbol=a["symbol"],
            prompts=tuple(Prompt(p["key"], p["text"]) for p in a["prompts"]),
            tips=tuple(a["tips"]),
        )
        for a in data["areas"]
    )
    if tuple(a.key for a in areas) != AREA_KEYS:
        raise ValueError("The About me content must list the seven areas in order.")
    return AboutMeContent(
        language=data["language"],
        title=data["title"],
        welcome=data["welcome"],
        tips_title=data["tips_title"],
        tips=tuple(data["tips"]),
        areas=areas,
    )


def prompt_keys(area: str) -> tuple[str, ...]:
    """The stable prompt keys of an area (the same in every language)."""
    return tuple(p.key for p in about_me_content("en").area(area).prompts)
