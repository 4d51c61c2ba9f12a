"""The size of a change stated alone in a pledge sentence: the amount added, or a cut.

"Germany announced an increase of €800m in its aid" gives the change, not the value after it
(issue 9, changes8): the parser reads EUR 800 million, an amount like any other, and pledge
extraction decides what it is. A phrase of ``words.CHANGE_ALONE`` right before the amount
("an increase of", "rose by", "Erhöhung um", "une hausse de", "wzrost o", "збільшення на")
makes it the amount added: the row stays a candidate, its basis is ``new`` (an increment, never
a running total) and its evidence names the phrase. A phrase of a fall ("a cut of", "cut by",
"Kürzung um", "une baisse de", "spadek o") makes it money taken away, no aid given: the row is
``rejected``, its evidence saying why, so that no total adds it. A change written with its
value after ("rose by €3bn to €8bn") never comes here: the parser links the change to the
value after (``Mention.changed_to``), and only the value after makes a row. A change stated
right after the sentence's amount before it, after a comma ("€5m to Ukraine, up €2m on last
year"), is that amount's difference to an earlier one: rejected too (``change_after_amount``).

>>> change_alone("Germany announced an increase of ")
('up', 'an increase of')
>>> change_alone("Der Etat wurde um ") is None, change_alone("The aid was cut by ")
(True, ('down', 'cut by'))
>>> change_alone("Germany cut its aid to Ukraine by ")
('down', 'cut … by')
"""

from __future__ import annotations

import re

from ..parsing.changes import verb_languages
from ..words import AGENT_MARKERS, CHANGE_ALONE, CHANGE_BY

_WINDOW = 40  # characters before an amount searched for a phrase


def _pattern(phrases) -> re.Pattern:
    """The phrases, the longest first, each whole at a text's end."""
    ordered = sorted({p.casefold() for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?:^|[^\w])(" + "|".join(re.escape(p) for p in ordered) + r")\s*$")


_PATTERNS = {
    kind: _pattern(phrase for phrases in by_lang.values() for phrase in phrases)
    for kind, by_lang in CHANGE_ALONE.items()
}


# verbs of a fall: the word before a word for "by" in the phrases of a fall ("cut by": "cut")
_FALLING = frozenset(
    words[-2]
    for phrases in CHANGE_ALONE.get("down", {}).values()
    for phrase in phrases
    if len(words := phrase.casefold().split()) > 1 and CHANGE_BY.get(words[-1])
)
_VERB_REACH = 6  # words between a verb of change and its word for "by"


def change_alone(before: str) -> tuple[str, str] | None:
    """("up" | "down", the phrase) when the text ``before`` an amount ends with a phrase of
    ``CHANGE_ALONE`` (of any language: the phrases are specific), or with a word for "by"
    (``CHANGE_BY``) after a verb of change of its language up to ``_VERB_REACH`` words
    before ("cut its aid to Ukraine by": down, as the verb is one of a fall), else None."""
    tail = " ".join(before[-_WINDOW:].casefold().split())
    for kind, pattern in _PATTERNS.items():
        found = pattern.search(tail + " " if before[-1:].isspace() else tail)
        if found:
            return kind, found.group(1)
    words = re.findall(r"[^\W\d_]+", before[-_WINDOW * 2 :].casefold())
    if not words or not re.search(r"[^\W\d_]\s*$", before):
        return None
    langs = CHANGE_BY.get(words[-1])
    if not langs:
        return None
    for word in reversed(words[-2 - _VERB_REACH : -1]):
        if verb_languages(word) & langs:
            return ("down" if word in _FALLING else "up"), f"{word} … {words[-1]}"
    return None


def change_after_amount(
    sentence: str, previous_end: int, start: int, end: int | None = None
) -> bool:
    """True when the change stated at ``start`` follows the sentence's amount before it (ending
    at ``previous_end``, 0 when none) with at most ``_CLAUSE_WORDS`` words of its clause, a
    comma, semicolon or dash and the change's phrase between ("Germany pledged €5m to Ukraine,
    up €2m on last year", "…, an increase of €2m"): the change is the difference of that amount
    to an earlier one, not money of its own (counted, the €2m were added to the €5m). A giver
    named right after the change's amount (``end``: "topped up by €2m from Norway") makes it
    that giver's money, no difference.

    >>> change_after_amount("Germany pledged €5m to Ukraine, up €2m on last year.", 19, 35)
    True
    >>> change_after_amount("Germany pledged €5m and announced an increase of €2m.", 19, 49)
    False
    """
    if not previous_end:
        return False
    after = _AGENT_AFTER_RE.match(sentence, end) if end is not None else None
    if after is not None and after.group(1).casefold() in _AGENT_WORDS:
        # "topped up by €2m from Norway": another giver's money, no difference ("down €1m
        # from last year" names no giver: a lower-case word)
        return False
    gap = sentence[previous_end:start]
    cut = max(gap.rfind(mark) for mark in ",;–—")
    if cut < 0:
        return False
    return len(gap[:cut].split()) <= _CLAUSE_WORDS and len(gap[cut + 1 :].split()) <= _GAP_WORDS


_GAP_WORDS = 4  # words of the change's phrase after the comma ("an increase of", "up")
# a word after the amount, then a capitalised word (a name: "from Norway", "by the EU")
_AGENT_AFTER_RE = re.compile(r"\s+([^\W\d_]+)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ]")
# the words marking a giver after an amount, in every language (``words.AGENT_MARKERS``)
_AGENT_WORDS = frozenset(word.casefold() for words in AGENT_MARKERS.values() for word in words)
_CLAUSE_WORDS = 4  # words of the amount's clause before the comma ("to Ukraine")


def difference_evidence(kind: str, phrase: str) -> str:
    """The evidence of a change stated right after the amount it changes (rejected)."""
    return f"a difference to the amount before ({phrase!r}): no pledge of its own"


def change_evidence(kind: str, phrase: str) -> str:
    """The evidence a pledge row of a change alone carries."""
    if kind == "down":
        return f"a cut stated alone ({phrase!r}): money taken away, no aid given"
    return f"a change stated alone ({phrase!r}): the amount added, not the level after"
