"""The symbol library: a curated set of OpenMoji symbols, found by plain words.

OpenMoji (https://openmoji.org) is licensed CC BY-SA 4.0: anything that shows these symbols
must credit it (`ATTRIBUTION`; see also resources/licences.json). Symbols are SVG files in
`resources/symbols/<key>.svg`; their names and search words are in
`resources/symbols/symbols.<language>.json` (built by planner/maintenance/curate_symbols.py).
"""

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from planner.content import localised_file
from planner.i18n import N_, _

ATTRIBUTION = N_(
    "Symbols designed by OpenMoji, the open-source emoji and icon project "
    "(openmoji.org). Licence: CC BY-SA 4.0."
)


@dataclass(frozen=True)
class Symbol:
    key: str
    name: str
    tags: tuple[str, ...]


def attribution() -> str:
    """The credit to print wherever symbols are shown (exports, About)."""
    return _(ATTRIBUTION)


def _fold(text: str) -> str:
    """Lower case, without accents, for matching ("cafe" finds "café")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def all_symbols(language: str = "en") -> tuple[Symbol, ...]:
    data = json.loads(localised_file("symbols", "symbols", language).read_text("utf-8"))
    return tuple(Symbol(s["key"], s["name"], tuple(s["tags"])) for s in data["symbols"])


@cache
def _by_key(language: str) -> dict[str, Symbol]:
    return {symbol.key: symbol for symbol in all_symbols(language)}


def get_symbol(key: str, language: str = "en") -> Symbol | None:
    return _by_key(language).get(key)


def is_symbol(key: object) -> bool:
    return isinstance(key, str) and key in _by_key("en")


def _rank(wanted: list[str], symbol: Symbol) -> int | None:
    """How well every typed word matches: 0 a whole word of the name, 1 the start of one,
    2 a whole word of the other words, 3 the start of one (the worst word counts); None: no."""
    name_words = _fold(symbol.name).split()
    tag_words = [w for tag in symbol.tags for w in _fold(tag).split()]
    worst = 0
    for part in wanted:
        for rank, (pool, whole) in enumerate(((name_words, True), (name_words, False),
                                              (tag_words, True), (tag_words, False))):
            if any(w == part if whole else w.startswith(part) for w in pool):
                worst = max(worst, rank)
                break
        else:
            return None
    return worst


def search(words: str, language: str = "en", limit: int | None = None) -> list[Symbol]:
    """Symbols whose name or words match every word typed (each as the start of a word).

    Whole words before the starts of words, names before other words, and (in a language other
    than English) the language's own words before English ones. An empty search gives every symbol.
    """
    wanted = _fold(words).split()
    found: list[tuple[int, int, Symbol]] = []
    english = _by_key("en")
    for index, symbol in enumerate(all_symbols(language)):
        rank = _rank(wanted, symbol)
        if rank is None and language != "en" and (other := english.get(symbol.key)) is not None:
            # Many people who write in Welsh search in English too: those come after.
            rank = _rank(wanted, other)
            rank = None if rank is None or not wanted else rank + 4
        if rank is not None:
            found.append((rank, index, symbol))
    found.sort(key=lambda item: (item[0], item[1]))
    symbols = [symbol for _rank, _index, symbol in found]
    return symbols[:limit] if limit is not None else symbols


def symbol_svg(key: str) -> bytes:
    """The SVG of a symbol; raises KeyError for a key not in the library."""
    if not is_symbol(key):
        raise KeyError(key)
    return (resources.files("resources") / "symbols" / f"{key}.svg").read_bytes()
