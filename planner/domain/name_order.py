"""Names in alphabetical order, as keys a database can sort by (kept in `person`, see migration
0015): the list of people is read a page at a time, so the database must put everyone in order,
not the window.

English: the name case-folded with accents taken away (`search_key`, also what a typed search is
compared with: Gwyn finds Gŵyn), character by character.
Welsh: ch, dd, ff, ng, ll, ph, rh and th are letters of their own, each after its first letter
(Cerys before Chris, Lowri before Llinos), as ICU's Welsh collation has it (the window's QCollator
uses ICU; a test checks this order against it). Accents are ignored first (Gŵyn beside Gwyn), then
break ties; space and punctuation come before digits, digits before letters.

Known difference from ICU, kept on purpose: ICU ignores control characters and gives accents,
case and some symbols finer weights; these keys compare the folded letters and then the case-folded
text as it is. For names people type the two orders agree.
"""

import unicodedata

from planner.domain.search_text import fold

# Welsh letters of two characters (lower case, as after folding), each with the letter it follows
# (ng comes after g, not after n: Gwen, Ngaio, Lowri).
WELSH_DIGRAPHS = {"ch": "c", "dd": "d", "ff": "f", "ng": "g", "ll": "l", "ph": "p", "rh": "r", "th": "t"}

# Between a name and the preferred name: before every character a name can hold.
_SEPARATOR = "\x01"


def english_key(name: str, preferred_name: str = "") -> str:
    """The English sort key and what searches look in: the name and preferred name, case-folded,
    accents taken away (as every language Small Steps speaks ignores them in a search)."""
    return fold(f"{name} {preferred_name}".strip(), "cy")


def search_words(typed: str) -> list[str]:
    """The words of a typed search as `search_key` holds names: case-folded, accents taken away
    (control characters, which no name holds and no database takes, dropped)."""
    shown = "".join(ch for ch in typed if unicodedata.category(ch) != "Cc" or ch.isspace())
    return fold(" ".join(shown.split()), "cy").split()


def welsh_key(name: str, preferred_name: str = "") -> str:
    """A key whose plain character order (binary, as SQLite sorts and PostgreSQL's "C" collation)
    is Welsh alphabetical order: each letter is written as itself and "0", each Welsh two-letter
    letter as the letter it follows and "1" (so "ch" sorts after every "c…" and before "d"). After the
    letters, the text itself breaks ties (accents, then the exact spelling)."""
    letters = _SEPARATOR.join(_welsh_units(fold(part.strip(), "cy")) for part in (name, preferred_name))
    return f"{letters}{_SEPARATOR}{_SEPARATOR}{f'{name} {preferred_name}'.casefold().strip()}"


def _welsh_units(text: str) -> str:
    out = []
    at, end = 0, len(text)
    while at < end:
        after = WELSH_DIGRAPHS.get(text[at:at + 2])
        if after:
            out.append(after + "1")
            at += 2
        else:
            out.append(text[at] + "0")
            at += 1
    return "".join(out)


def key_for(language: str, name: str, preferred_name: str = "") -> str:
    """The sort key for the window's language ("cy" or "cy_GB": Welsh; anything else: English)."""
    if language.split("_")[0].split("-")[0] == "cy":
        return welsh_key(name, preferred_name)
    return english_key(name, preferred_name)
