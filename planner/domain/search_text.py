"""How typed searches match names, by language.

In English and Welsh an accent does not make another letter: "Gwyn" finds "Gŵyn", "Sian" finds
"Siân", "Zoe" finds "Zoë" (Welsh's to bach and didolnod mark sound, not a different letter).
Languages where an accented letter is a letter of its own (Swedish å, Finnish ä) keep accents.
"""

import unicodedata

# Languages in which searching ignores accents (every language Small Steps is written in).
ACCENTS_IGNORED = frozenset({"en", "cy"})


def fold(text: str, language: str = "en") -> str:
    """`text` as searches compare it: case folded, and without accents where `language` allows."""
    text = text.casefold()
    if language.split("_")[0].split("-")[0] not in ACCENTS_IGNORED:
        return text
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))
