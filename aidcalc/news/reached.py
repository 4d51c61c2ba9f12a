"""A sum of aid reached: "Germany's aid to Ukraine reached €5bn", "L'aide de la France à
l'Ukraine a atteint 5 milliards d'euros", "Pomoc Niemiec dla Ukrainy osiągnęła 5 mld euro",
"Almanya'nın Ukrayna'ya yardımı 5 milyar avroya ulaştı".

A verb of a sum reached (``words.REACH_VERBS``: "reached", "a atteint", "osiągnęła",
"достигла") right before an amount, at most ``REACH_GAP`` words between (a qualifier: "more
than"), or, verb last, right after it (``REACH_VERBS_AFTER``: "avroya ulaştı", the amount's
case ending glued to it), whose subject is an aid noun (``AID_NOUNS``) standing before it in
the amount's clause, tells the aid given so far: the amount is ``cumulative`` and, unless an
announcement or a future makes it a pledge, an ``allocation`` (docs/extraction.md,
"Measure"). A verb of a sum the aid came to (``SUM_VERBS``: "amounted to", "wyniosła",
"составила") tells aid given, an ``allocation``, but not that it is all the aid so far: a
year's aid comes to a sum too ("Поддержка … в прошлом году составила 35 млн евро"), so its
basis is left to the other words. So too for a sum reached in a year the clause names before
the amount ("Фінансування … торік сягнуло 400 млн євро", "in 2023 aid reached €2bn":
``RELATIVE_YEARS``, a year): that year's aid, new (``SUMMED``). A noun of a whole
(``WHOLE_NOUNS``: "package", "envelope") as that subject sizes one package: "The package
amounted to €500m" is neither. The present of a standing total is a sum reached too ("now
stands at", "liegt inzwischen bei", "wynosi obecnie": ``REACH_VERBS``), and so is an amount
set off by commas after an aid noun that a ranking follows (``RANKING_AFTER``: "Japan's
contribution, at about $12 billion, remains the largest": the largest so far). A verb of
exceeding (``EXCEED_VERBS``: "exceeds", "přesáhla", "premašila", "depășește") after an aid
noun is a sum reached too: "Total Indian aid to Afghanistan now exceeds ₹500 crore" is the aid
so far, above that figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import (
    AID_NOUNS,
    EXCEED_VERBS,
    NEWS_LANGUAGES,
    RANKING_AFTER,
    REACH_VERBS,
    REACH_VERBS_AFTER,
    RELATIVE_YEARS,
    SUM_VERBS,
    WHOLE_NOUNS,
)
from .cues import phrase_pattern

__all__ = ["REACHED", "SUMMED", "sum_of_aid"]

REACHED = "reached"  # a sum reached: cumulative, an allocation
SUMMED = "summed"  # a sum the aid came to: an allocation

# At most this many words between the verb and the amount ("reached more than €5bn")
REACH_GAP = 3
# the marks that end a clause
CLAUSE_MARKS = ",;:()"


def sum_of_aid(sentence: str, lang: str | None, where: tuple[int, int]) -> str | None:
    """Return ``REACHED`` when the amount at ``where`` in ``sentence`` is a sum of aid
    reached, ``SUMMED`` when it is a sum the aid came to (the module docstring), else None.

    >>> sum_of_aid("Germany's aid to Ukraine reached €5bn.", "en", (33, 37))
    'reached'
    >>> sum_of_aid("Germany's aid amounted to €5bn.", "en", (26, 30))
    'summed'
    >>> sum_of_aid("The package amounted to €500m.", "en", (24, 29)) is None
    True
    >>> sum_of_aid("Almanya'nın Ukrayna'ya yardımı 5 milyar avroya ulaştı.", "tr", (31, 44))
    'reached'
    >>> sum_of_aid("Czech aid to Ukraine now exceeds CZK 1.2bn.", "en", (33, 42))
    'reached'
    >>> sum_of_aid("Last year Germany's aid reached €5bn.", "en", (32, 36))
    'summed'
    """
    table = lang if lang in NEWS_LANGUAGES else "en"
    start, end = where
    opened = max(sentence.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
    found = None
    for kind, pattern in (
        (REACHED, _before_pattern(table, REACHED)),
        (SUMMED, _before_pattern(table, SUMMED)),
    ):
        match = pattern.search(sentence, opened, start) if pattern is not None else None
        if match is not None:
            found = (kind, match.start())
            break
    if found is None and _exceeding_pattern(table) is not None:
        # the parser's qualifier: "exceeds ₹500 crore" read as one amount, the verb its start
        match = _exceeding_pattern(table).match(sentence, start)
        if match is not None:
            found = (REACHED, start)
    after = _after_pattern(table)
    if found is None and after is not None and after.match(sentence, end):
        found = (REACHED, start)
    if found is None:
        return _ranked(sentence, table, where, opened)
    nouns = _noun_pattern(table)
    if nouns is None or nouns.search(sentence, opened, found[1]) is None:
        return None
    if found[0] == REACHED and _of_a_year(sentence[opened:start], table):
        return SUMMED  # "торік сягнуло": the aid of that year
    return found[0]


# At most this many words between the comma and an amount set off by commas ("at about")
APPOSITION_WORDS = 3
_WORD_RE = re.compile(r"[^\W\d_]+")


def _ranked(sentence: str, lang: str, where: tuple[int, int], opened: int) -> str | None:
    """Return ``REACHED`` when the amount at ``where`` is set off by commas (at most
    ``APPOSITION_WORDS`` words before it after the first: "at about") right after an aid noun
    of the clause before, and a ranking (``RANKING_AFTER``) follows the second comma: "Japan's
    contribution, at about $12 billion, remains the largest". Else None.

    >>> _ranked("Japan's contribution, at about $12 billion, remains the largest.", "en",
    ...         (31, 42), 21)
    'reached'
    >>> _ranked("The package, at about $12 billion, remains the largest.", "en", (22, 33), 12)
    """
    rankings = _ranking_pattern(lang)
    start, end = where
    if rankings is None or opened == 0 or sentence[opened - 1] != ",":
        return None
    if len(_WORD_RE.findall(sentence, opened, start)) > APPOSITION_WORDS:
        return None
    closed = sentence.find(",", end)
    if closed < 0 or sentence[end:closed].strip() or not rankings.match(sentence, closed + 1):
        return None
    before = max(sentence.rfind(mark, 0, opened - 1) for mark in CLAUSE_MARKS) + 1
    nouns = _noun_pattern(lang)
    if nouns is None or nouns.search(sentence, before, opened - 1) is None:
        return None
    return REACHED


@lru_cache(maxsize=32)
def _ranking_pattern(lang: str) -> re.Pattern[str] | None:
    """The phrases of ``RANKING_AFTER``, after spaces."""
    phrases = RANKING_AFTER.get(lang, ())
    if not phrases:
        return None
    return re.compile(r"\s*(?:" + "|".join(map(phrase_pattern, phrases)) + ")", re.IGNORECASE)


def _of_a_year(clause: str, lang: str) -> bool:
    """True when ``clause`` names a year ("2023") or a year relative to the publication
    (``RELATIVE_YEARS``: "last year", "торік")."""
    if _YEAR_RE.search(clause):
        return True
    folded = clause.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(phrase.casefold())}(?!\w)", folded)
        for phrase, _ in RELATIVE_YEARS.get(lang, ())
    )


_YEAR_RE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


@lru_cache(maxsize=32)
def _before_pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    """A verb of ``REACH_VERBS`` (``kind`` ``REACHED``) or ``SUM_VERBS`` and at most
    ``REACH_GAP`` words, ending the text searched."""
    verbs = (REACH_VERBS if kind == REACHED else SUM_VERBS).get(lang, ())
    if kind == REACHED:  # "Czech aid to Ukraine exceeds CZK 1.2bn": the aid so far, above it
        verbs = (*verbs, *sorted(EXCEED_VERBS.get(lang, ())))
    if not verbs:
        return None
    alternatives = "|".join(phrase_pattern(verb) for verb in verbs)
    gap = rf"(?:\s+[^\W\d_]+){{0,{REACH_GAP}}}"
    return re.compile(rf"(?:{alternatives}){gap}\s*$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _exceeding_pattern(lang: str) -> re.Pattern[str] | None:
    """A verb of ``EXCEED_VERBS`` and a space, at most two words before it, at the start of the
    text searched."""
    verbs = sorted(EXCEED_VERBS.get(lang, ()))
    if not verbs:
        return None
    # perhaps after an auxiliary the parser read with it ("has surpassed C$300 million")
    alternatives = "|".join(map(phrase_pattern, verbs))
    return re.compile(rf"(?:[^\W\d_]+\s+){{0,2}}(?:{alternatives})\s", re.IGNORECASE)


@lru_cache(maxsize=32)
def _after_pattern(lang: str) -> re.Pattern[str] | None:
    """A case ending glued to the amount, then a verb of ``REACH_VERBS_AFTER``."""
    verbs = REACH_VERBS_AFTER.get(lang, ())
    if not verbs:
        return None
    alternatives = "|".join(phrase_pattern(verb) for verb in verbs)
    return re.compile(rf"['’]?[^\W\d_]{{0,4}}\s+(?:{alternatives})", re.IGNORECASE)


@lru_cache(maxsize=32)
def _noun_pattern(lang: str) -> re.Pattern[str] | None:
    """The aid nouns of ``lang`` (``AID_NOUNS``) but those of a whole (``WHOLE_NOUNS``)."""
    wholes = tuple(stem.casefold() for stem in WHOLE_NOUNS.get(lang, ()))
    nouns = [
        noun
        for noun in AID_NOUNS.get(lang, "").split()
        if not noun.rstrip("*").casefold().startswith(wholes)
    ]
    if not nouns:
        return None
    return re.compile("|".join(phrase_pattern(noun) for noun in nouns), re.IGNORECASE)
