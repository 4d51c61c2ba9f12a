"""The language of the words around an amount, as evidence for its decimal mark.

The parser sits below ``aidcalc.news`` (layer 2 against 4), so it cannot call
``aidcalc.news.language.infer_language``; this is the same scoring on the same curated words
(``aidcalc.words``: ``STOP_WORDS``, one point per frequent function word; ``LETTERS``, two points
per word holding a letter only one Latin-script language uses), reduced to what the decimal mark
needs: a language, or None when no word tells. Cyrillic text is Ukrainian or Russian, both of
which write a decimal comma, so the script alone answers.

>>> text_language("The fund received 312.000 EUR from donors.")
'en'
>>> text_language("Der Fonds erhielt 1.500 Millionen Euro von den Gebern.")
'de'
>>> text_language("Фонд отримав 700.000 грн") in ("uk", "ru")
True
>>> text_language("€1.500") is None
True
"""

from __future__ import annotations

import re

from ..words import LETTERS, SCRIPTS, STOP_WORDS

SAMPLE_CHARS = 5_000
_WORD_RE = re.compile(r"[^\W\d_]+")
_LATIN_LETTERS = {lang: letters for lang, letters in LETTERS.items() if SCRIPTS[lang] == "Latn"}


def text_language(text: str) -> str | None:
    """Return the ISO 639-1 code the words of ``text`` point to, or None if none does."""
    scores = dict.fromkeys(STOP_WORDS, 0)
    cyrillic = latin = 0
    for match in _WORD_RE.finditer(text[:SAMPLE_CHARS].casefold()):
        word = match.group()
        if "\u0400" <= word[0] <= "\u04ff":
            cyrillic += 1
            continue
        latin += 1
        for lang, words in STOP_WORDS.items():
            if word in words:
                scores[lang] += 1
        letters = set(word)
        for lang, only in _LATIN_LETTERS.items():
            if letters & only:
                scores[lang] += 2
    if cyrillic > latin:
        return "ru" if set(text) & LETTERS["ru"] and not set(text) & LETTERS["uk"] else "uk"
    best = max(scores, key=scores.get) if scores else None
    return best if best and scores[best] else None
