"""Verbs of exceeding: "Seit Kriegsbeginn übersteigt die deutsche Hilfe 30 Mrd. Euro".

A running total is often said as exceeding a round figure ("the aid exceeds €1bn",
"надхвърля 1 млрд. лева", "přesahuje 5 miliard korun"): the figure is a lower bound, the
qualifier ``over``. The parser reads a verb of ``QUALIFIERS`` right before its amount so
("exceeds €1bn"); in the verb-second and free-order languages the subject often stands between
them ("übersteigt die Hilfe 30 Mrd. Euro", "přesahuje česká pomoc Ukrajině 5 miliard korun"),
which only the amount's clause shows. The verbs are data: ``EXCEED_VERBS`` in
``aidcalc/words/``.

>>> exceeding("Seit Beginn des Krieges übersteigt die deutsche Hilfe 30 Mrd. Euro.", "de",
...           (54, 66), [(54, 66)])
'übersteigt'
>>> exceeding("Deutschland gab 30 Mrd. Euro.", "de", (16, 28), [(16, 28)]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..words import EXCEED_VERBS

# At most this many words between the verb and its amount ("übersteigt die deutsche Hilfe für
# die Ukraine 30 Mrd. Euro": 6)
WORDS_BETWEEN = 7
_WORD_RE = re.compile(r"[^\W\d_]+")


def exceeding(
    sentence: str, lang: str | None, where: tuple[int, int], wheres: Sequence[tuple[int, int]]
) -> str | None:
    """Return the verb of ``EXCEED_VERBS`` that makes the amount at ``where`` (offsets in
    ``sentence``) a lower bound, or None: the last such verb before it in its clause
    (``aidcalc.news.dates.clause_spans`` among the sentence's amounts at ``wheres``), at most
    ``WORDS_BETWEEN`` words and no digit between; or, in a clause that ends with the verb, the
    verb right after it ("…, dass die Hilfe 30 Mrd. Euro übersteigt."). English is read when
    the language has no verbs of its own.
    """
    verbs = EXCEED_VERBS.get(lang or "en") or EXCEED_VERBS.get("en", frozenset())
    from .dates import clause_spans

    ordered = sorted(set(wheres) | {where})
    low, high = clause_spans(sentence, ordered, lang)[ordered.index(where)]
    before = sentence[low : where[0]]
    words = list(_WORD_RE.finditer(before))
    for index in range(len(words) - 1, max(-1, len(words) - 2 - WORDS_BETWEEN), -1):
        word = words[index][0].casefold()
        if word in verbs:
            verb_at = low + words[index].start()
            if re.search(r"\d", before[words[index].end() :]) or _amount_subject(
                sentence, verb_at, wheres
            ):
                return None
            return word
    after = re.match(r"\s*([^\W\d_]+)\s*(?:[.,;:!?)]|$)", sentence[where[1] : high])
    if after is not None and after[1].casefold() in verbs:
        return after[1].casefold()
    return None


def _amount_subject(sentence: str, verb_at: int, wheres: Sequence[tuple[int, int]]) -> bool:
    """Whether an amount before the verb at ``verb_at`` is its subject, no clause mark between
    them ("Germany's €30bn exceeds France's €20bn": the €20bn is compared with, no bound)."""
    ends = [end for _, end in wheres if end <= verb_at]
    return bool(ends) and not re.search(r"[,;:]", sentence[max(ends) : verb_at])
