"""Content shipped with Small Steps as data in `resources/`: checklist prompts and symbols.

Each content file is keyed by language (`areas.en.json`, `areas.cy.json`, ...): a language
without its own file falls back to English, so Welsh can be added without changing code.
"""

from importlib import resources
from importlib.abc import Traversable

FALLBACK_LANGUAGE = "en"


def localised_file(folder: str, stem: str, language: str) -> Traversable:
    """`resources/<folder>/<stem>.<language>.json`, or the English one if there is none."""
    base = resources.files("resources") / folder
    for code in (language, language.split("-")[0].split("_")[0], FALLBACK_LANGUAGE):
        candidate = base / f"{stem}.{code}.json"
        if code and candidate.is_file():
            return candidate
    raise FileNotFoundError(f"resources/{folder}/{stem}.{FALLBACK_LANGUAGE}.json")
