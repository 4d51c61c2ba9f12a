"""A change of value is two amounts, never a range.

"The budget rose from €5bn to €8bn" states the value before and the value after, not an
estimate between two bounds: read as a range, a table would total 5–8 billion where the
text says 8. A verb of change (``words.CHANGE_VERBS``: "rose", "was cut", "stieg", "est
passée", "wzrosła"), up to ``MAX_WORDS_BETWEEN`` words before a word for "from"
(``CHANGE_FROM``: "from", "von", "de", "z", "з") and a word for "to" between the numbers
(``CHANGE_TO``: "to", "auf", "à", "do", "до"), all three of one language, make the two
numbers two amounts; German "von … auf" and Dutch "van … naar" need no verb
(``CHANGE_TO_ALONE``: the verb may close the clause), and a word for "by" ("rose by €3bn to
€8bn") gives the change itself, read as the first value. As in a range, a number written
without a scale or currency takes the other's ("stieg von 5 auf 8 Milliarden Euro": EUR 5
billion, then EUR 8 billion), and says so (``shared-scale``, ``shared-currency``); a fall is
read as written, never reordered. Written the other way round, the value after first ("raised
its aid to €8bn from €5bn": a verb of change, "to", the value after, "from", the value
before), the second amount is the value before.

An amount after a word that gives the value before (``CHANGE_CUES``: "up from", "nach zuvor")
is the value before the amount just before it in the same sentence ("€8bn this year, up from
€5bn"); after a word of comparison (``PREVIOUS_VALUE_CUES``: "compared with", "versus",
"gegenüber", "contre", "wobec") unless its clause names a country ("€8bn, compared with €5bn
a year earlier"; "versus $5bn from the United States" is another giver's). The value before a
change records the index of the amount it changed to (``Mention.changed_to``), and pledge
extraction (``aidcalc.news.candidates``) makes no row of it: it was stated, not given anew.

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

from ..words import (
    CHANGE_CUES,
    CHANGE_FROM,
    CHANGE_TO,
    CHANGE_TO_ALONE,
    CHANGE_VERBS,
    PREVIOUS_VALUE_CUES,
)
from .atoms import FILLER, JOIN, NUM, OPEN, OTHER, WORDS, Atom
from .context import named_countries
from .lexicon import lexicon

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
    if at < 0:
        return NO_LANGS
    langs = CHANGE_FROM.get(atoms[at].text, NO_LANGS)
    if not langs or at < 1:
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


def joins_change(atoms: list[Atom], first: int, joiner: Atom) -> bool:
    """True when the amount starting at atom ``first`` and the number after ``joiner`` are a
    change: ``joiner`` is the word for "to" of a language ``change_languages`` tells, or a
    word for "to" that needs no verb (``CHANGE_TO_ALONE``: "von 5 auf 8 Milliarden") after
    that language's word for "from"."""
    to = CHANGE_TO.get(joiner.text)
    if not to:
        return False
    alone = CHANGE_TO_ALONE.get(joiner.text, NO_LANGS)
    if alone and first > 0 and CHANGE_FROM.get(atoms[first - 1].text, NO_LANGS) & alone:
        return True
    return bool(to & change_languages(atoms, first))


class Change(NamedTuple):
    """A change read by ``Reader.amount_at``: the two values, the atom range [start, end) of
    each, and the assumptions each adds (``shared-scale``, ``shared-currency``)."""

    before: Decimal
    after: Decimal
    before_atoms: tuple[int, int]
    after_atoms: tuple[int, int]
    before_assumed: tuple[str, ...]
    after_assumed: tuple[str, ...]


def _cue_at_end(cues) -> re.Pattern:
    """A pattern of the phrases ``cues``, the longest first, each whole at a text's end."""
    return re.compile(
        r"(?:^|[\s(,;–—-])(?:"
        + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        + r")\s*$"
    )


_CHANGE_CUE = _cue_at_end(CHANGE_CUES)
_COMPARISON_CUE = _cue_at_end(PREVIOUS_VALUE_CUES)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[^\s\da-z]|\n")
_CLAUSE_END = re.compile(r"[.!?;]\s|[;\n]|$")
_CUE_WINDOW = 40  # characters before an amount searched for a cue
_AFTER_WINDOW = 60  # characters after a value compared with searched for a country
_OPENING_WORD = re.compile(r"[^\W\d_]+(?=\s)")
_ELIDED = re.compile(r"\b[dlDL]['’]")  # an elided article or preposition before a name


def mark_changes(text: str, found: list, pairs: list) -> list:
    """Return the mentions ``found`` with ``changed_to`` set on each value before a change:
    the first of each pair of mention starts ``pairs`` read by ``Reader.amount_at`` (offsets,
    as the mentions hold them, so that a pair's place survives mentions dropped before); an
    amount after a cue of ``CHANGE_CUES`` ("up from") whose sentence holds an amount before
    it; and an amount after a cue of ``PREVIOUS_VALUE_CUES`` ("compared with", "gegenüber")
    whose clause names no country ("versus $5bn from the United States" is another giver's
    amount). ``text`` is the text as given, as the mentions' offsets are."""
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
        before = text[max(marked[i - 1].end, mention.start - _CUE_WINDOW) : end].casefold()
        if _SENTENCE_BREAK.search(text, marked[i - 1].end, mention.start):
            continue
        if (
            _CHANGE_CUE.search(before)
            or _COMPARISON_CUE.search(before)
            and not _names_country(text, mention, marked[i + 1 :])
            or _from_after_to(text, marked[i - 1], before)
        ):
            marked[i] = replace(mention, changed_to=i - 1)
    return marked


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_WORDS_BEFORE = 60  # characters before the value after a change searched for its verb


def _from_after_to(text: str, previous: Any, before: str) -> bool:
    """True when an amount is the value before a change written after its value after: a
    word for "from" before it, a word for "to" of the same language before the amount just
    before it, and a verb of change of that language before that ("raised its aid to €8bn
    from €5bn"). ``before`` is the folded text between the two amounts."""
    last = _LAST_WORD.search(before)
    langs = CHANGE_FROM.get(last.group(1), NO_LANGS) if last else NO_LANGS
    if not langs or len(before.split()) > 2:
        return False
    earlier = text[max(0, previous.start - _WORDS_BEFORE) : previous.start].casefold().split()
    if not earlier or not CHANGE_TO.get(earlier[-1], NO_LANGS) & langs:
        return False
    return any(verb_languages(word) & langs for word in earlier[-2 - MAX_WORDS_BETWEEN : -1])


def _names_country(text: str, mention: Any, later: list) -> bool:
    """True when the clause after a value compared with names a country: another giver's or
    receiver's amount ("versus $5bn from the United States"), not the value before."""
    stop = min(len(text), mention.end + _AFTER_WINDOW, *(m.start for m in later[:1]))
    clause = text[mention.end : stop]
    clause = clause[: _CLAUSE_END.search(clause).start()]
    clause = _ELIDED.sub(" ", clause)  # "à l'Allemagne": the country's word on its own
    return bool(named_countries(clause, lexicon()))
