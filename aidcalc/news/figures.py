"""Figures of another clause: numbers with a scale word that the parser reads as no amount.

A sentence may set beside its amount a figure without a currency of its own ("España prometió
20 millones de euros; en 2023 había aportado 15 millones", "contre 60 millions l'an dernier").
The parser gives it no ``Mention`` (no currency: no amount), yet the year or relative time of
its clause is its own, not the amount's. A figure counts here when

1. it is a number followed by a scale word of the sentence's language (of any language when
   it is None) as the lexicon knows them ("15 millones", "60 Mio.", "2 mld"), inside no
   amount and no span to skip;
2. it stands in a clause apart from its neighbouring amounts: between it and the amount
   before it, and between it and the amount after it, there is a clause end (a comma not
   before a digit, a semicolon, a colon, a bracket or a dash between spaces) or a word of
   ``OTHER_TIME_WORDS`` ("compared with", "gegenüber", "had", "había").

``aidcalc.news.dates.amount_dates`` gives such a figure its own clause, so that a date there
dates it alone (docs/extraction.md, "Value dates").

>>> text = "España prometió 20 millones de euros a Ucrania; en 2023 había aportado 15 millones."
>>> [text[a:b] for a, b in figures_apart(text, "es", [(16, 36)])]
['15 millones']
>>> figures_apart("Germany will deliver 1 million shells worth €2bn.", "en", [(44, 48)])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..words import OTHER_TIME_WORDS

# A number and the word after it, with its full stop if any ("60 Mio.")
_FIGURE_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s*([^\W\d_]+)(\.?)")
# A clause end, as ``aidcalc.news.dates.CLAUSE_END_RE`` reads one
_CLAUSE_END_RE = re.compile(r",(?!\s*\d)|[;:()\[\]]|\s[–—-]\s")


@lru_cache(maxsize=1)
def _other_time_re() -> re.Pattern[str]:
    """The pattern of every ``OTHER_TIME_WORDS`` word or phrase, folded."""
    words = sorted(OTHER_TIME_WORDS, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def _scale_end(match: re.Match[str], lang: str | None) -> int | None:
    """Where the scale word of ``match`` ends (after its full stop when the lexicon writes it
    with one: "Mio."), or None when its word is no scale word of ``lang``."""
    from ..parsing.lexicon import lexicon

    scales = lexicon().scales
    word = match[1].casefold()
    for key, end in ((f"{word} .", match.end(2)), (word, match.end(1))):
        found = scales.get(key) if match[2] or key == word else None
        if found and (lang is None or lang in found):
            return end
    return None


def _apart(between: str) -> bool:
    """True when the text ``between`` a figure and an amount divides their clauses."""
    return bool(_CLAUSE_END_RE.search(between) or _other_time_re().search(between.casefold()))


def figures_apart(
    sentence: str, lang: str | None, wheres: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the (start, end) of each figure of ``sentence`` in a clause apart from the
    amounts at ``wheres`` (offsets; amounts and spans to skip), as the module says."""
    taken = sorted(wheres)
    found = []
    for match in _FIGURE_RE.finditer(sentence):
        start, end = match.start(), _scale_end(match, lang)
        if end is None or any(a < end and start < b for a, b in taken):
            continue
        before = [b for a, b in taken if b <= start]
        after = [a for a, b in taken if a >= end]
        if before and not _apart(sentence[before[-1] : start]):
            continue
        if after and not _apart(sentence[end : after[0]]):
            continue
        if before or after:
            found.append((start, end))
    return found
