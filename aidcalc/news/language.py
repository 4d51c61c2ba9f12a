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

from ..words import LETTERS as _LETTERS
from ..words import SCRIPTS, STOP_WORDS

SAMPLE_CHARS = 20_000

# The words and letters are data, one module per language in aidcalc/words/: STOP_WORDS are
# frequent function words (one point each occurrence); LETTERS those only one supported
# Latin-script language uses (two points each word that has one).
LETTERS = {lang: letters for lang, letters in _LETTERS.items() if SCRIPTS[lang] == "Latn"}

WORD_RE = re.compile(r"[^\W\d_]+")
UKRAINIAN_ONLY = _LETTERS["uk"]
RUSSIAN_ONLY = _LETTERS["ru"]


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
