"""A time of an amount's own: a year named in its clause, or a future tense, before it.

A running-total word ("in total", "since 2022", "celkem") says a sum of every year so far; an
amount whose own clause names one year ("v roce 2023 … celkem 4,2 miliardy": that year's
total) or speaks in the future ("e nel 2025 stanzierà 15 milioni") is money of its own time,
new (docs/extraction.md, "Basis"). The clause of an amount runs from the last comma, semicolon,
colon or parenthesis before it, or from the end of the amount before it, whichever is later.
A year inside a running-total cue or after a "since" word ("dal 2022", "seit 2022") is the
start of a running total, not a time of its own.

>>> sentence = "Italy gave €1.7bn since 2022 and in 2025 will give €15m"
>>> has_own_time(sentence, "en", (51, 55), [(11, 17), (51, 55)], [(18, 28)])
True
>>> has_own_time(sentence, "en", (11, 17), [(11, 17), (51, 55)], [(18, 28)])
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..words import IN_YEAR, SINCE
from .cues import FUTURE, find_cues

_YEAR = r"(?:19|20)\d\d(?!\w)"


@lru_cache(maxsize=1)
def _year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a year after an "in" word, a year after a "since" word), any news language."""

    def words(table) -> str:
        phrases = sorted(table, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)

    in_year = re.compile(rf"(?<!\w)(?:{words(IN_YEAR)})\s+{_YEAR}", re.IGNORECASE)
    since = re.compile(rf"(?<!\w)(?:{words(SINCE)})\s+{_YEAR}", re.IGNORECASE)
    return in_year, since


def clause_start(sentence: str, where: tuple[int, int], wheres: Sequence[tuple[int, int]]) -> int:
    """Return where the clause of the amount at ``where`` starts (see the module)."""
    start = where[0]
    opened = max(sentence.rfind(mark, 0, start) for mark in ",;:(") + 1
    before = max((end for _, end in wheres if end <= start), default=0)
    return max(opened, before)


def has_own_time(
    sentence: str,
    lang: str | None,
    where: tuple[int, int],
    wheres: Sequence[tuple[int, int]],
    cues: Sequence[tuple[int, int]],
) -> bool:
    """Return whether the amount at ``where`` (offsets in ``sentence``) has a time of its own
    in its clause before it: a year after an ``IN_YEAR`` word ("in 2025", "v roce 2023") or a
    ``FUTURE`` cue ("will", "stanzierà"). ``wheres``: all amounts of the sentence; ``cues``:
    the spans of its running-total cues, whose years are no time of the amount's own."""
    start = clause_start(sentence, where, wheres)
    in_year, since = _year_patterns()
    window = sentence[start : where[0]]
    sinces = [(start + m.start(), start + m.end()) for m in since.finditer(window)]
    for match in in_year.finditer(window):
        year_start, year_end = start + match.start(), start + match.end()
        inside = any(a <= year_end and year_start < b for a, b in [*cues, *sinces])
        if not inside and not _SPAN_ON.match(sentence, year_end):
            return True
    return any(
        start <= cue.start and cue.end <= where[0] for cue in find_cues(sentence, lang, FUTURE)
    )


# a year that opens a span of years ("w latach 2022-2023", "in 2022–2024", "from 2022 to
# 2024"): a total over the span is a running total, no time of one year's own
_SPAN_ON = re.compile(rf"\s*(?:[-–—/]|\s(?:to|bis|do|à|a|al|till|až|i|and|und|et|e|y)\s)\s*{_YEAR}")


_BARE_YEAR = re.compile(rf"(?<![\w.,/-]){_YEAR}")


def names_year(sentence: str, where: tuple[int, int], wheres: Sequence[tuple[int, int]]) -> bool:
    """Return whether the clause of the amount at ``where`` names a year before it, with or
    without a word before it ("Im Haushalt 2025 sind … 7 Mrd. € vorgesehen"), other than the
    year after a "since" word and a year opening a span ("w latach 2022-2023"): an amount
    that takes its basis from an earlier sentence takes no running total then
    (docs/extraction.md, "Basis").

    >>> names_year("Im Haushalt 2025 sind 7 Mrd. € vorgesehen", (22, 30), [(22, 30)])
    True
    >>> names_year("Seit 2022 sind es 38 Mrd. €", (18, 27), [(18, 27)])
    False
    """
    start = clause_start(sentence, where, wheres)
    window = sentence[start : where[0]]
    _, since = _year_patterns()
    sinces = [(m.start(), m.end()) for m in since.finditer(window)]
    return any(
        not any(a <= m.start() < b for a, b in sinces) and not _SPAN_ON.match(window, m.end())
        for m in _BARE_YEAR.finditer(window)
    )
