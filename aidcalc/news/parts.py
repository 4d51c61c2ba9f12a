"""Parts of a pledge: an amount that breaks down the one before it is not a new pledge.

"Belgium pledged €1 billion, of which €150 million for demining", "£2.5 billion, including
£245 million for …", "davon 400 Mio. Euro", "з них 200 мільйонів": the part gets ``part_of``, the
row of the whole, and ``aidcalc summary`` never adds it again. An amount is a part when a phrase
of ``PART_BEFORE`` (``aidcalc/words/``) stands between the previous amount of its sentence (or
the sentence start) and it, or a phrase of ``PART_AFTER`` follows it within a few characters
("€150 million of it"); the whole is the latest earlier row that is no part itself, in the same
sentence or the one before.

>>> is_part("Germany pledged €1 billion, of which €400 million has been disbursed.", "en",
...         (37, 49), 26)
True
>>> is_part("Germany pledged €1 billion for drones.", "en", (16, 26), 0)
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import NEWS_LANGUAGES, PART_AFTER, PART_BEFORE
from .cues import phrase_pattern

# How far after an amount a PART_AFTER phrase may start ("€150 million of it").
AFTER_REACH = 3


@lru_cache(maxsize=32)
def _pattern(lang: str | None, table: str) -> re.Pattern[str] | None:
    words = PART_BEFORE if table == "before" else PART_AFTER
    phrases = words.get(lang, ()) if lang in NEWS_LANGUAGES else words["en"]
    if not phrases:
        return None
    body = "|".join(phrase_pattern(p.rstrip(".")) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(body, re.IGNORECASE)


def is_part(sentence: str, lang: str | None, where: tuple[int, int], previous_end: int) -> bool:
    """Return whether the amount at ``where`` is part of an earlier one, by the words between
    ``previous_end`` (the end of the sentence's previous amount, or 0) and it, or just after it."""
    before = _pattern(lang, "before")
    if before is not None and before.search(sentence, previous_end, where[0]):
        return True
    after = _pattern(lang, "after")
    if after is not None:
        found = after.search(sentence, where[1], min(len(sentence), where[1] + 40))
        if found and found.start() - where[1] <= AFTER_REACH:
            return True
    return False
