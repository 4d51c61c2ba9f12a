"""A change of value is two amounts, never a range.

"The budget rose from €5bn to €8bn" states the value before and the value after, not an
estimate between two bounds: read as a range, a table would total 5–8 billion where the
text says 8. A verb of change (``words.CHANGE_VERBS``: "rose", "was cut", "stieg", "est
passée", "wzrosła"), up to ``MAX_WORDS_BETWEEN`` words before a word for "from"
(``CHANGE_FROM``: "from", "von", "de", "z", "з") and a word for "to" between the numbers
(``CHANGE_TO``: "to", "auf", "à", "do", "до"), all three of one language, make the two
numbers two amounts. As in a range, a number written without a scale or currency takes the
other's ("stieg von 5 auf 8 Milliarden Euro": EUR 5 billion, then EUR 8 billion), and says so
(``shared-scale``, ``shared-currency``); a fall is read as written, never reordered.

An amount after a word that gives a value compared with (``PREVIOUS_VALUE_CUES``: "up from",
"compared with", "gegenüber", "contre", "wobec") is the value before the amount just before
it in the same sentence ("€8bn this year, up from €5bn"). The value before a change records
the index of the amount it changed to (``Mention.changed_to``), and pledge extraction
(``aidcalc.news.candidates``) makes no row of it: it was stated, not given anew.

>>> from aidcalc.parsing import extract_amounts
>>> [str(m.amount) for m in extract_amounts("Die Hilfe stieg von 5 auf 8 Milliarden Euro.")]
['EUR 5000000000', 'EUR 8000000000']
>>> [(str(m.amount), m.changed_to) for m in extract_amounts("Aid fell from $10bn to $5bn.")]
[('USD 10000000000', 1), ('USD 5000000000', None)]
>>> [m.changed_to for m in extract_amounts("Aid is €8bn this year, up from €5bn.")]
[None, 0]
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, NamedTuple

from ..words import CHANGE_FROM, CHANGE_TO, CHANGE_VERBS, PREVIOUS_VALUE_CUES
from .atoms import FILLER, JOIN, NUM, OPEN, OTHER, WORDS, Atom

NO_LANGS: frozenset[str] = frozenset()
# words between the verb and "from" ("was sharply raised from", "increased its aid to Kyiv
# from"); a number, currency, scale word, qualifier or punctuation mark ends the search
MAX_WORDS_BETWEEN = 6
_WORD_KINDS = frozenset({OTHER, JOIN, OPEN, FILLER, WORDS})

_EXACT = {word: langs for word, langs in CHANGE_VERBS.items() if not word.endswith("*")}
_PREFIXES = tuple((word[:-1], langs) for word, langs in CHANGE_VERBS.items() if word.endswith("*"))


def verb_languages(word: str) -> frozenset[str]:
    """The languages in which the lower-case ``word`` is a verb of change ("rose": en).

    >>> sorted(verb_languages("increased")), sorted(verb_languages("budget"))
    (['en'], [])
    """
    found = _EXACT.get(word, NO_LANGS)
    for prefix, langs in _PREFIXES:
        if word.startswith(prefix):
            found = found | langs
    return found


def change_languages(atoms: list[Atom], first: int) -> frozenset[str]:
    """The languages in which the amount starting at atom ``first`` is the value a change
    starts from: a word for "from" right before it and a verb of change before that, with
    up to ``MAX_WORDS_BETWEEN`` words between (none when it is not).
    """
    at = first - 1
    if at < 1:
        return NO_LANGS
    langs = CHANGE_FROM.get(atoms[at].text, NO_LANGS)
    if not langs:
        return NO_LANGS
    for i in range(at - 1, max(-1, at - 2 - MAX_WORDS_BETWEEN), -1):
        if atoms[i].kind not in _WORD_KINDS and not _is_year(atoms[i]):
            return NO_LANGS
        told = verb_languages(atoms[i].text) & langs
        if told:
            return told
    return NO_LANGS


def _is_year(atom: Atom) -> bool:
    """A year among the words ("erhöht 2024 von 5 auf 8 Milliarden")."""
    return atom.kind == NUM and len(atom.text) == 4 and atom.text[:2] in ("19", "20")


def joins_change(joiner: Atom, langs: frozenset[str]) -> bool:
    """True when ``joiner`` is the word for "to" of a change in one of ``langs``."""
    return bool(CHANGE_TO.get(joiner.text, NO_LANGS) & langs)


class Change(NamedTuple):
    """A change read by ``Reader.amount_at``: the two values, the atom range [start, end) of
    each, and the assumptions each adds (``shared-scale``, ``shared-currency``)."""

    before: Decimal
    after: Decimal
    before_atoms: tuple[int, int]
    after_atoms: tuple[int, int]
    before_assumed: tuple[str, ...]
    after_assumed: tuple[str, ...]


# the longest cue first, each a whole phrase at the end of the text before an amount
_CUE_AT_END = re.compile(
    r"(?:^|[\s(,;–—-])(?:"
    + "|".join(re.escape(c) for c in sorted(PREVIOUS_VALUE_CUES, key=len, reverse=True))
    + r")\s*$"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[^\s\da-z]|\n")
_CUE_WINDOW = 40  # characters before an amount searched for a cue
_OPENING_WORD = re.compile(r"[^\W\d_]+(?=\s)")


def mark_changes(text: str, found: list, pairs: list) -> list:
    """Return the mentions ``found`` with ``changed_to`` set on each value before a change:
    the first of each pair of mention starts ``pairs`` read by ``Reader.amount_at`` (offsets,
    as the mentions hold them, so that a pair's place survives mentions dropped before), and
    an amount after a cue of ``PREVIOUS_VALUE_CUES`` whose sentence holds an amount before it
    (``text`` is the text as given, as the mentions' offsets are)."""
    marked = list(found)
    if pairs:
        index_of = {mention.start: i for i, mention in enumerate(marked)}
        for before, after in pairs:
            i, j = index_of.get(before), index_of.get(after)
            if i is not None and j is not None:
                marked[i] = replace(marked[i], changed_to=j)
    for i in range(1, len(marked)):
        mention: Any = marked[i]
        if mention.changed_to is not None or mention.equivalent_of is not None:
            continue
        # with the mention's own first word, when a word ("from") opens it
        opening = _OPENING_WORD.match(text, mention.start, mention.end)
        end = opening.end() if opening else mention.start
        before = text[max(marked[i - 1].end, mention.start - _CUE_WINDOW) : end]
        between = text[marked[i - 1].end : mention.start]
        if _CUE_AT_END.search(before.casefold()) and not _SENTENCE_BREAK.search(between):
            marked[i] = replace(mention, changed_to=i - 1)
    return marked
