"""Guessing the language of a news text from its script, letters and most common words.

Deliberately simple: Cyrillic text is Ukrainian (Russian when it has Russian-only letters and no
Ukrainian-only ones); Latin text scores one point per frequent function word and per letter only
one of the supported languages uses, and the best score wins. The first 20,000 characters are
enough for an article.

>>> infer_language("Lithuania has provided Ukraine with military support.")
'en'
>>> infer_language("Lietuva skyrė Ukrainai 10 mln. eurų paramą.")
'lt'
>>> infer_language("Литва надала Україні допомогу.")
'uk'
>>> infer_language("12 345") is None
True
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "de", "fr", "lt", "uk", "pl")

SAMPLE_CHARS = 20_000


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent function words (one point each occurrence).
STOP_WORDS = {
    "en": _words("the and of to in is with for has have that was will from by on"),
    "de": _words("der die das und ist mit für den dem von nicht sich hat wird auf des"),
    "fr": _words("le la les et des du est pour une dans sur au aux par qui que"),
    "lt": _words("ir kad su į yra bus iš nuo taip buvo jau dėl kaip bei"),
    "pl": _words("i w z na się że do nie jest dla oraz przez od po"),
}

# Letters only one supported Latin-script language uses (two points each word that has one).
LETTERS = {
    "lt": frozenset("ėįųū"),
    "pl": frozenset("łśźżćń"),
    "de": frozenset("äöüß"),
    "fr": frozenset("éèêàçùœ"),
}

WORD_RE = re.compile(r"[^\W\d_]+")
UKRAINIAN_ONLY = frozenset("іїєґ")
RUSSIAN_ONLY = frozenset("ыэъё")


def infer_language(text: str) -> str | None:
    """Return the ISO 639-1 code ``text`` is most likely written in, or None if nothing tells."""
    sample = text[:SAMPLE_CHARS].casefold()
    scores = dict.fromkeys(STOP_WORDS, 0)
    cyrillic = latin = 0
    ukrainian = russian = 0
    for match in WORD_RE.finditer(sample):
        word = match.group()
        if "\u0400" <= word[0] <= "\u04ff":
            cyrillic += 1
            letters = set(word)
            ukrainian += bool(letters & UKRAINIAN_ONLY)
            russian += bool(letters & RUSSIAN_ONLY)
            continue
        latin += 1
        for lang, words in STOP_WORDS.items():
            if word in words:
                scores[lang] += 1
        letters = set(word)
        for lang, only in LETTERS.items():
            if letters & only:
                scores[lang] += 2
    if cyrillic > latin:
        return "ru" if russian > ukrainian else "uk"
    best = max(scores, key=scores.get)
    return best if scores[best] else None
