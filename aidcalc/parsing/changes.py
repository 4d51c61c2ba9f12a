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
"gegenüber", "contre", "wobec") unless its clause names a country in any of its cases
(``context.names_a_country``: "€8bn, compared with €5bn a year earlier"; "versus $5bn from the
United States", "wobec 3 mld euro od Niemiec" are another giver's). The value before a
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
from functools import lru_cache
from typing import Any, NamedTuple

from ..words import (
    AFTER_VALUE_WORDS,
    AGENT_MARKERS,
    BEFORE_VALUE_TIMES,
    CHANGE_BY,
    CHANGE_CUES,
    CHANGE_FROM,
    CHANGE_TO,
    CHANGE_TO_ALONE,
    CHANGE_VERBS,
    PAST_PERIODS,
    POSSESSIVE_DETERMINERS,
    PREVIOUS_VALUE_CUES,
    RELATIVE_YEARS,
    STOP_WORDS,
    VERB,
)
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    NUM,
    OPEN,
    OTHER,
    PERCENT,
    PUNCT,
    QUAL,
    RPAREN,
    SCALE,
    WORDS,
    Atom,
)
from .context import names_a_country
from .lexicon import lexicon

NO_LANGS: frozenset[str] = frozenset()
# words between the verb and "from" ("was sharply raised from", "increased its aid to Kyiv
# from"); a number, currency, scale word, qualifier or punctuation mark ends the search
MAX_WORDS_BETWEEN = 6
# the same before a word for "by" when a possessive (``words.POSSESSIVE_DETERMINERS``) among
# the first two words after the verb makes its object the giver's own ("raised its total
# commitment for Ukraine this year by €2.5m to €5m": a change, not a range of €2.5m to €5m);
# without one the "by" may be a passive's ("rose for charities in the east of the country hit
# by $2m to $5m cuts": a range)
MAX_WORDS_BEFORE_BY = 10
_WORD_KINDS = frozenset({OTHER, JOIN, OPEN, FILLER, WORDS})
_AMOUNT_KINDS = frozenset({NUM, CUR, SCALE})

_BY = CHANGE_BY  # words for "by" before a change ("rose by €3bn"): never a value before
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
    if not langs and atoms[at].kind in _WORD_KINDS:
        # "Aid rose €3bn to €8bn", "stieg 3 Mrd. auf 8 Mrd.": a verb of change right before
        # the amount, with no word for "from" or "by", makes it the change, as "by" does
        return verb_languages(atoms[at].text)
    if not langs or at < 1:
        return NO_LANGS
    by = bool(_BY.get(atoms[at].text))
    reach = MAX_WORDS_BEFORE_BY if by else MAX_WORDS_BETWEEN
    between = 0  # the words between the verb and "from" ("l'Ucraina", "Ukraine's": one each)
    crossed = False  # an amount passed over ("raised its pledge of €3m to Ukraine by")
    i = at - 1
    while i >= 0:
        if _elision(atoms, i):
            between -= 1  # the word after it and the one before are one
            i -= 1
            continue
        if by and not crossed and atoms[i].kind in _AMOUNT_KINDS:
            while i > 0 and atoms[i - 1].kind in _AMOUNT_KINDS:
                i -= 1  # the amount counts as one word, a possessive after the verb required
            crossed = True
        elif atoms[i].kind not in _WORD_KINDS and not _is_year(atoms[i]):
            return NO_LANGS
        told = verb_languages(atoms[i].text) & langs
        if told and not _compound_head(atoms, i):
            if (between > MAX_WORDS_BETWEEN or crossed) and not {
                a.text for a in atoms[i + 1 : i + 3]
            } & POSSESSIVE_DETERMINERS:
                return NO_LANGS  # "rose for charities … hit by $2m to $5m cuts"
            return told
        between += 1
        if between > reach:
            return NO_LANGS
        i -= 1
    return NO_LANGS


def _elision(atoms: list[Atom], i: int) -> bool:
    """True when atom ``i`` is an apostrophe glued between two words ("l'Ucraina",
    "Ukraine's"): part of the words, no end of the search for a verb."""
    return (
        atoms[i].text in ("'", "’")
        and atoms[i].adjacent
        and i + 1 < len(atoms)
        and atoms[i + 1].adjacent
        and atoms[i + 1].kind in _WORD_KINDS
    )


def _compound_head(atoms: list[Atom], i: int) -> bool:
    """True when atom ``i`` is glued by a hyphen to the word after it: the head of a compound
    noun ("porte-parole", "porte-avions"), not the verb it spells alone ("porte")."""
    return (
        i + 2 < len(atoms)
        and atoms[i + 1].text == "-"
        and atoms[i + 1].adjacent
        and atoms[i + 2].adjacent
    )


def _is_year(atom: Atom) -> bool:
    """A year among the words ("erhöht 2024 von 5 auf 8 Milliarden")."""
    return atom.kind == NUM and len(atom.text) == 4 and atom.text[:2] in ("19", "20")


def joins_change(atoms: list[Atom], first: int, joiner: Atom, aside: bool = False) -> bool:
    """True when the amount starting at atom ``first`` and the number after ``joiner`` are a
    change: ``joiner`` is the word for "to" of a language ``change_languages`` tells, or a
    word for "to" that needs no verb (``CHANGE_TO_ALONE``: "von 5 auf 8 Milliarden") after
    that language's word for "from"; with ``aside`` (a comma or a share between the amount
    and ``joiner``: ``change_joiner``), only the first."""
    to = CHANGE_TO.get(joiner.text)
    if not to:
        return False
    if _counts_after(atoms, joiner):
        return False  # "o 500 milionů korun na 3 roky", "di 2 milioni a 3 Paesi": a count
    if _year_before_scaled(atoms, first, joiner):
        return False  # "increased by 2023 to $300 million": a year, then the value
    alone = CHANGE_TO_ALONE.get(joiner.text, NO_LANGS)
    if (
        alone
        and not aside
        and first > 0
        and CHANGE_FROM.get(atoms[first - 1].text, NO_LANGS) & alone
    ):
        return True
    return bool(to & change_languages(atoms, first))


def _year_before_scaled(atoms: list[Atom], first: int, joiner: Atom) -> bool:
    """True when the number at atom ``first`` is a bare year right before ``joiner`` and the
    value after it writes a scale word: the year would borrow that scale ("Aid increased by
    2023 to $300 million", "aumentó en marzo de 2024 a 300 millones": read USD 2,023 million
    as the value before until session 24); a time, no value of the change."""
    if not (_is_year(atoms[first]) and first + 1 < len(atoms) and atoms[first + 1] is joiner):
        return False
    return any(atom.kind == SCALE for atom in atoms[first + 2 : first + 5])


# words after a range's bare top that leave it a range: a rate's ("€5 to 10 per person") and
# the function words of every language
_RANGE_TOP_WORDS = frozenset(
    {"per", "pro", "par", "por", "je", "each", "apiece", "daily", "monthly", "yearly"}
).union(*STOP_WORDS.values())


def counts_word(atoms: list[Atom], at: int) -> bool:
    """True when atom ``at`` is a plain word of three letters or more that no language uses as
    a function word or a rate's: the noun a bare number before it counts ("to 5 regions",
    "a 3 Paesi", "na 3 roky"), neither a range's top (``grammar.Reader.amount_at``) nor a
    change's value after (``_counts_after``)."""
    if at >= len(atoms):
        return False
    word = atoms[at]
    return (
        word.kind == OTHER
        and len(word.text) >= 3
        and word.text.isalpha()
        and word.text not in _RANGE_TOP_WORDS
    )


def _counts_after(atoms: list[Atom], joiner: Atom) -> bool:
    """True when ``joiner`` ("to") is followed by a bare number and a plain word: a count of
    things ("na 3 roky", "a 3 Paesi", "to 5 regions", "auf 5 Jahre"), no value after a change
    (probe 24b: each took the scale and currency of the amount before)."""
    at = next((i for i in range(len(atoms) - 1, -1, -1) if atoms[i] is joiner), None)
    if at is None or at + 2 >= len(atoms):
        return False
    return atoms[at + 1].kind == NUM and counts_word(atoms, at + 2)


def change_joiner(atoms: list[Atom], after: int) -> int | None:
    """The index of the word for "to" (``CHANGE_TO``) of a change whose first amount ends
    before atom ``after``: that atom itself, or the word after a comma ("grew from €5bn, to
    €8bn", "o 1 mld zł, do 3 mld zł"), or after a share set apart by commas or brackets
    ("rose by €3bn, or 60%, to €8bn", "um 3 Mrd. (60 %) auf 8 Mrd."); None when none is.

    >>> from aidcalc.parsing.grammar import Reader
    >>> atoms = Reader("by €3bn, or 60%, to €8bn", None, None).atoms
    >>> atoms[change_joiner(atoms, 4)].text
    'to'
    """
    n = len(atoms)
    at = after
    if at < n and atoms[at].text in _ASIDE_OPEN:
        closer = _share_end(atoms, at + 1)
        if closer is not None and atoms[closer].text in _ASIDE_CLOSE[atoms[at].text]:
            at = closer + 1 if atoms[closer].text != "," else closer
        if at < n and atoms[at].text == ",":
            at += 1
    if at < n and at + 1 < n and atoms[at].text in CHANGE_TO:
        return at
    return None


_ASIDE_OPEN = frozenset({",", "("})
_ASIDE_CLOSE = {",": frozenset({","}), "(": frozenset({")"})}
_ABBREVIATION = 4  # letters of a word whose full stop marks it short ("r.", "proc.")
_MAX_ASIDE_WORDS = 2  # words before the share in an aside ("or", "czyli o", "soit")


def _share_end(atoms: list[Atom], at: int) -> int | None:
    """The index of the atom after a share ("or 60%", "soit +60 %", "60 proc.") starting at
    atom ``at``, when one is there; else None."""
    words = 0
    while at < len(atoms) and atoms[at].kind in _WORD_KINDS and words < _MAX_ASIDE_WORDS:
        if atoms[at].text in CHANGE_TO:
            return None
        at, words = at + 1, words + 1
    if at < len(atoms) and atoms[at].text in ("+", "-", "−"):
        at += 1
    if at + 1 >= len(atoms) or atoms[at].kind != NUM:
        return None
    at += 1
    if atoms[at].kind == PERCENT:
        at += 1
    elif atoms[at].text in PERCENT_WORDS:
        at += 1
        if at < len(atoms) and atoms[at].text == ".":
            at += 1
    else:
        return None
    return at if at < len(atoms) else None


# words for "per cent" that are no PERCENT atom ("60 proc.", "60 Prozent")
PERCENT_WORDS = frozenset({"proc", "procent", "prozent", "percent", "відсотків", "відсотка"})


def to_of_change(atoms: list[Atom], j: int) -> frozenset[str]:
    """The languages in which the qualifier atom ``j`` ("up to", "do", "до") is the word for
    "to" of a change, not a ceiling: its last word is a word for "to" (``CHANGE_TO``) and a
    verb of change of that language stands before it ("Spending went up to €8bn", "Pomoc
    wzrosła do 3 mld zł", "зросла на 20% до 3 млрд грн"). The English "up to" must follow the
    verb at once; another qualifier may have up to ``MAX_WORDS_BETWEEN`` words, years and
    shares ("o 20 proc.") between ("aumentó la ayuda hasta 50 millones", "ha portato il fondo
    fino a 30 milioni"), but no word for "to" or "by" of the verb's language ("increased to
    up to €8bn", "rose by up to €8bn": a ceiling).

    >>> from aidcalc.parsing.grammar import Reader
    >>> went = Reader("Spending went up to €8bn", None, None).atoms
    >>> will_get = Reader("Kyiv will get up to €8bn", None, None).atoms
    >>> sorted(to_of_change(went, 2)), sorted(to_of_change(will_get, 3))
    (['en'], [])
    """
    atom = atoms[j]
    if atom.kind != QUAL:
        return NO_LANGS
    langs = CHANGE_TO.get(atom.text.rsplit(" ", 1)[-1], NO_LANGS)
    if " " in atom.text:
        # English "up to" after words between is a ceiling ("raised the fund up to €50m");
        # "fino a", "jusqu'à", "až do" are the "to" of a change there too, as one-word
        # qualifiers are ("ha portato il fondo fino a 30 milioni", "a porté son enveloppe
        # jusqu'à 2 milliards", "aumentó la ayuda hasta"; issue 9, amountfaults16)
        words = _verb_before(atoms, j, langs - {"en"}, 1 + MAX_WORDS_BETWEEN)
        return words or _verb_before(atoms, j, langs & {"en"}, 1)
    return _verb_before(atoms, j, langs, 1 + MAX_WORDS_BETWEEN)


def _verb_before(atoms: list[Atom], j: int, langs: frozenset[str], reach: int) -> frozenset[str]:
    """The languages of ``langs`` of a verb of change among the ``reach`` atoms before atom
    ``j``, with only words, years and shares between, none a word for "to" or "from"."""
    i = j - 1
    while langs and i >= 0 and j - i <= reach:
        atom = atoms[i]
        told = verb_languages(atom.text) & langs
        if told:
            return told
        if atom.kind == PERCENT or atom.text in PERCENT_WORDS:
            # a share between ("rose 20% to", "o 20 proc. do"): its number and its "by"
            i -= 1
            while i >= 0 and (atoms[i].kind == NUM or atoms[i].text in ("+", "-")):
                i -= 1
            if i >= 0 and _BY.get(atoms[i].text, NO_LANGS) & langs:
                i -= 1
        elif (
            # a word for "to" or "by" of the verb's languages stops the search; another
            # language's ("la", Romanian "to", in "aumentó la ayuda hasta") is a word between
            atom.kind in _WORD_KINDS
            and not (CHANGE_TO.get(atom.text, NO_LANGS) | _BY.get(atom.text, NO_LANGS)) & langs
        ) or _is_year(atom):
            i -= 1
        elif atom.text == "." and i > 0 and len(atoms[i - 1].text) <= _ABBREVIATION:
            i -= 1  # the full stop of a short word ("w 2024 r. do", "o 20 proc. do")
        else:
            return NO_LANGS
    return NO_LANGS


def value_after_languages(atoms: list[Atom], first: int) -> frozenset[str]:
    """The languages in which the amount starting at atom ``first`` is the value after a
    change: a word for "to" right before it (a plain word or a qualifier ``to_of_change``
    tells), and a verb of change of its language before that ("raised its aid to €8bn",
    "зросла до 3 млрд грн")."""
    at = first - 1
    if at < 0:
        return NO_LANGS
    if atoms[at].kind == QUAL:
        return to_of_change(atoms, at)
    langs = CHANGE_TO.get(atoms[at].text, NO_LANGS)
    return _verb_before(atoms, at, langs, 1 + MAX_WORDS_BETWEEN)


# the words of each "from" written in several ("de la": Romanian), with their languages
_FROM_PHRASES = {tuple(w.split()): langs for w, langs in CHANGE_FROM.items() if " " in w}


def value_before_at(atoms: list[Atom], after: int, langs: frozenset[str]) -> int | None:
    """The index of the number of a value before written after the value after, when a word
    for "from" of ``langs`` (not one for "by") follows it at atom ``after``, or after a
    comma: "зросла до 3 млрд грн з 2 млрд", "went up to €8bn, from €5bn". A "from" of
    several words (``CHANGE_FROM`` entries with a space) counts whole, as its last word:
    Romanian "a crescut la 8 miliarde de euro de la 5 miliarde". A year after the word is no
    value ("to €8bn from 2025 on")."""
    at = after + 1 if after < len(atoms) and atoms[after].text == "," else after
    if at + 1 >= len(atoms) or not langs:
        return None
    for phrase, phrase_langs in _FROM_PHRASES.items():
        if phrase_langs & langs and tuple(a.text for a in atoms[at : at + len(phrase)]) == phrase:
            at += len(phrase) - 1
            if at + 1 >= len(atoms):
                return None
            break
    word = atoms[at].text
    if not CHANGE_FROM.get(word, NO_LANGS) & langs or _BY.get(word, NO_LANGS) & langs:
        return None
    number = atoms[at + 1]
    if number.kind not in (NUM, WORDS) or _is_year(number):
        return None
    return at + 1


_CUE_ATOMS = 5  # atoms between an amount and a value before after a cue ("(bisher: 5")
_CUE_PUNCT = frozenset({",", ":", "("})


def compared_at(text: str, atoms: list[Atom], after: int) -> int | None:
    """The index of the number of a value before written right after an amount ending before
    atom ``after``, behind a cue of ``CHANGE_CUES`` or ``PREVIOUS_VALUE_CUES`` ("€8bn, up 20%
    from 5bn", "8 milliards d'euros (contre 5 milliards l'an dernier)", "8 Mrd. Euro (bisher:
    5 Mrd.)") or the words of a period before opening a bracket ("(vorig jaar 400 miljoen)",
    ``previous_period_aside``), when the clause after it names no country ("versus 5bn from
    the United States" is another giver's); None otherwise. ``text`` is the reader's cleaned
    text."""
    at = after
    while at < len(atoms) and at - after < _CUE_ATOMS:
        atom = atoms[at]
        if atom.kind == NUM and at + 1 < len(atoms) and atoms[at + 1].kind == PERCENT:
            at += 2  # a share ("up 20% from")
            continue
        if atom.kind == NUM:
            break
        if not (atom.kind in _WORD_KINDS or atom.text in _CUE_PUNCT or atom.text in "+-"):
            return None
        at += 1
    if at >= len(atoms) or at == after or atoms[at].kind != NUM or _is_year(atoms[at]):
        return None
    between = _without_shares(text[atoms[after - 1].end : atoms[at].start].casefold())
    if _PERIOD_OPENS.match(between):
        # "(vorig jaar 400 miljoen)": the value of the period before, in brackets; not with a
        # scale word whose power differs by language ("(loni 800 mil.)": a Czech million or a
        # Spanish thousand), which a bare number read here would have to guess
        scale = atoms[at + 1] if at + 1 < len(atoms) else None
        if scale is not None and scale.kind == SCALE and len(set(scale.data.values())) > 1:
            return None
        return at
    if _CHANGE_CUE.search(between):
        return at
    if not _COMPARISON_CUE.search(between):
        return None
    clause = _ELIDED.sub(" ", text[atoms[at].start : atoms[at].start + _AFTER_WINDOW])
    cut = _CLAUSE_END.search(clause).start()
    return None if names_a_country(clause, lexicon(), cut) else at


def before_ends_fitly(atoms: list[Atom], after: int) -> bool:
    """True when what follows a value before written without its currency (ending before atom
    ``after``) lets it be money: the end, a punctuation mark, a year, or a word of its time
    (``words.BEFORE_VALUE_TIMES``: "5bn a year ago", "5 milliards l'an dernier"), not a noun
    it counts ("compared with 5 million people"), nor a word of "of" before such a noun
    ("contre 5 millions de personnes", "de la 5 milioane de oameni", "5 million of them")."""
    if after >= len(atoms):
        return True
    atom = atoms[after]
    if atom.kind == FILLER:
        return after + 1 >= len(atoms) or atoms[after + 1].kind not in _WORD_KINDS
    return atom.kind in (PUNCT, RPAREN) or _is_year(atom) or atom.text in BEFORE_VALUE_TIMES


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
        + r")[\s:]*$"  # a colon may follow ("(bisher: 5 Mrd. Euro)")
    )


_CHANGE_CUE = _cue_at_end(CHANGE_CUES)
_COMPARISON_CUE = _cue_at_end(PREVIOUS_VALUE_CUES)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[^\s\da-z]|\n")
_CLAUSE_END = re.compile(r"[.!?;]\s|[;\n]|$")
_CUE_WINDOW = 40  # characters before an amount searched for a cue
_AFTER_WINDOW = 60  # characters after a value compared with searched for a country
_OPENING_WORD = re.compile(r"[^\W\d_]+(?=\s)")
# The words of a period before the text's own, of every language (``words.RELATIVE_YEARS`` that
# add a negative number of years: "last year", "vorig jaar", "loni", "förra året", "торік"),
# the longest first, an apostrophe either way ("l'an dernier", "l’an dernier")
_PREVIOUS_PERIODS = "|".join(
    re.escape(phrase).replace("'", "['’]")
    for phrase in sorted(
        {phrase for table in RELATIVE_YEARS.values() for phrase, years in table if years < 0},
        key=len,
        reverse=True,
    )
)
# a bracket that opens with such words, a colon or comma after them, right before an amount
# ("500 miljoen euro (vorig jaar 400 miljoen euro)"), or closes with them right after it
# ("(400 miljoen euro vorig jaar)")
_PERIOD_OPENS = re.compile(rf"^\s*\(\s*(?:{_PREVIOUS_PERIODS})\s*[:,]?\s*$", re.IGNORECASE)
_PERIOD_CLOSES = re.compile(rf"\s*,?\s*(?:{_PREVIOUS_PERIODS})\s*\)", re.IGNORECASE)
_ELIDED = re.compile(r"\b[dlDL]['’]")  # an elided article or preposition before a name


def mark_changes(text: str, found: list, pairs: list) -> list:
    """Return the mentions ``found`` with ``changed_to`` set on each value before a change:
    the first of each pair of mention starts ``pairs`` read by ``Reader.amount_at`` (offsets,
    as the mentions hold them, so that a pair's place survives mentions dropped before); an
    amount after a cue of ``CHANGE_CUES`` ("up from") whose sentence holds an amount before
    it; and an amount after a cue of ``PREVIOUS_VALUE_CUES`` ("compared with", "gegenüber")
    whose clause names no country ("versus $5bn from the United States" is another giver's
    amount). When the amount just before is a restatement, the value before changed to the
    amount it restates ("€8bn ($8.7bn), versus €5bn": the €8bn). ``text`` is the text as
    given, as the mentions' offsets are.

    >>> from aidcalc.parsing import extract_amounts
    >>> found = extract_amounts("Aid is €8bn ($8.7bn), versus €5bn ($5.4bn) a year earlier")
    >>> [m.changed_to for m in found]
    [None, None, 0, None]
    """
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
        if marked[i - 1].changed_to == i:
            continue  # the value after a change read as a pair ("de la 4 la 8": "la" both ways)
        if _SENTENCE_BREAK.search(text, marked[i - 1].end, mention.start):
            continue  # (looked at first: most amounts of a text stand in sentences apart)
        # with the mention's own first word, when a word ("from") opens it
        opening = _OPENING_WORD.match(text, mention.start, mention.end)
        end = opening.end() if opening else mention.start
        before = text[max(marked[i - 1].end, mention.start - _CUE_WINDOW) : end].casefold()
        before = _without_shares(before)  # "up 20% from €4.2bn": "up from"
        # the value after is the amount a restatement just before restates ("€8bn ($8.7bn),
        # versus €5bn"): a change is between amounts, not between an amount and its rendering
        root = i - 1 if marked[i - 1].equivalent_of is None else marked[i - 1].equivalent_of
        if (
            _CHANGE_CUE.search(before)
            or _COMPARISON_CUE.search(before)
            and not _names_country(text, mention, marked[i + 1 :], i)
            or _from_after_to(text, marked[root], _gap(text, marked[i - 1].end, end))
            or _after_past_value(text, marked[root], before, mention)
            or previous_period_aside(text, marked[i - 1].end, mention)
        ):
            marked[i] = replace(mention, changed_to=root)
    return marked


def previous_period_aside(text: str, previous_end: int, mention: Any) -> bool:
    """True when ``mention`` stands alone in a bracket opened right after the amount ending at
    ``previous_end``, with the words of a period before the text's own (``RELATIVE_YEARS``
    phrases that count years back, of any language) opening or closing the bracket: "500
    miljoen euro (vorig jaar 400 miljoen euro)", "1 mld. Kč (loni 800 mil. Kč)", "(förra
    året: 8 miljarder kronor)", "(400 miljoen euro vorig jaar)". That is the value of the
    period before, compared with: neither a new amount nor a restatement.

    >>> from aidcalc.parsing import extract_amounts
    >>> text = "Nederland geeft 500 miljoen euro (vorig jaar 400 miljoen euro)."
    >>> [m.changed_to for m in extract_amounts(text)]
    [None, 0]
    """
    opened = _PERIOD_OPENS.match(text[previous_end : mention.start])
    if opened is not None:
        return text[mention.end :].lstrip().startswith(")")
    return (
        text[previous_end : mention.start].strip() == "("
        and _PERIOD_CLOSES.match(text, mention.end) is not None
    )


_SHARE = re.compile(r"\s*[+−-]?\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|prozent\b|proc\.?|pct\.?)")
_SPACES = re.compile(r"\s+")


def _gap(text: str, start: int, end: int) -> str:
    """The folded text between two amounts, its shares taken out (``_without_shares``)."""
    return _without_shares(text[start:end].casefold())


def _without_shares(before: str) -> str:
    """``before`` with the shares it holds taken out ("up 20% from" is "up from"), so that a
    cue split by the size of the change is still found."""
    if not any(map(str.isdigit, before)):  # (a pass in C, not a generator per letter)
        return before
    return _SPACES.sub(" ", _SHARE.sub(" ", before))


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# a mark other than one comma before "from" opens another clause ("to €8bn; from")
_CLAUSE_MARKS = ",;:()[]–—"
_WORDS_BEFORE = 60  # characters before the value after a change searched for its verb


def _from_after_to(text: str, previous: Any, before: str) -> bool:
    """True when an amount is the value before a change written after its value after: a
    word for "from" before it, a word for "to" of the same language before the amount just
    before it, and a verb of change of that language before that ("raised its aid to €8bn
    from €5bn"). The words between the value after and "from" must stay in its clause
    (``_one_clause``: "rose to €8bn in the first half of this year from €5bn", "wzrosła do
    8 mld zł w tym roku z 5 mld zł"), with no mark but a comma right before "from".
    ``before`` is the folded text between the two amounts."""
    last = _LAST_WORD.search(before)
    langs = CHANGE_FROM.get(last.group(1), NO_LANGS) if last else NO_LANGS
    if not langs:
        return False
    # the bracket closing a restatement of the value after may open it ("€8bn ($8.7bn) from")
    words = before[: last.start()].rstrip().removesuffix(",").lstrip(" )]")
    first = _LAST_WORD.search(words)  # Romanian "de la": a word for "from" in two words
    if first and CHANGE_FROM.get(f"{first.group(1)} {last.group(1)}", NO_LANGS) & langs:
        words = words[: first.start()]
    if any(mark in words for mark in _CLAUSE_MARKS) or not _one_clause(words, langs):
        return False
    return _value_after_change(text, previous, langs)


@lru_cache(maxsize=64)
def _verbs(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The verbs of ``lang`` (its news verbs of giving, receiving and auxiliaries,
    ``words.VERB``, and its verbs of change): whole words and prefixes (``*``)."""
    specs = [table.get(lang, "") for table in VERB.values()]
    words = [w for spec in specs for w in spec.casefold().split()]
    words += [w for w, langs in CHANGE_VERBS.items() if lang in langs]
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(w[:-1] for w in words if w.endswith("*")),
    )


def _one_clause(words: str, langs: frozenset[str]) -> bool:
    """True when ``words`` (folded, between the value after a change and its word for
    "from") open no clause of their own: no verb of ``langs`` (``_verbs``: "to €8bn this year
    from", not "to €8bn that Kyiv got from") and no word that brings in an agent
    (``words.AGENT_MARKERS``: "drones bought by Kyiv from"), however many words of time they
    are; a relative clause needs a verb, and a comma before it is a clause mark already."""
    for word in _LETTERS.findall(words):
        for lang in langs:
            exact, prefixes = _verbs(lang)
            if word in exact or word.startswith(prefixes) or word in AGENT_MARKERS.get(lang, ()):
                return False
    return True


_LETTERS = re.compile(r"[^\W\d_]+")


def _value_after_change(text: str, previous: Any, langs: frozenset[str]) -> bool:
    """True when the amount ``previous`` is the value after a change in one of ``langs``: a
    word for "to" of that language right before it, and a verb of change of that language up
    to ``MAX_WORDS_BETWEEN`` words before that ("raised its aid to Ukraine to €8bn")."""
    earlier = text[max(0, previous.start - _WORDS_BEFORE) : previous.start].casefold().split()
    if not earlier or not CHANGE_TO.get(earlier[-1], NO_LANGS) & langs:
        return False
    return any(verb_languages(word) & langs for word in earlier[-2 - MAX_WORDS_BETWEEN : -1])


_YEAR_AFTER = re.compile(r"([^\W\d_]+)\s+(?:19|20)\d\d(?!\d)")


def _after_past_value(text: str, previous: Any, before: str, mention: Any) -> bool:
    """True when an amount is the value before a change written after its value after with a
    word for "after" (``AFTER_VALUE_WORDS``): that word between them, after words that open
    no clause (``_one_clause``: "to €4bn this year, after"; a comma may stand before it), the
    amount just before the value after a change of the same language
    (``_value_after_change``), and a past period right after the amount (``PAST_PERIODS``:
    "last year", "im Vorjahr", "w ubiegłym roku"; or a word of its time and a year: "in
    2024"): "raised its aid to €8bn, after €5bn last year". Without the past period "after
    €5bn" may be a time ("after €5bn was spent"), never read as the value before.

    >>> from aidcalc.parsing import extract_amounts
    >>> text = "Germany raised its aid to Ukraine to €8bn, after €5bn last year."
    >>> [m.changed_to for m in extract_amounts(text)]
    [None, 0]
    """
    last = _LAST_WORD.search(before)
    langs = AFTER_VALUE_WORDS.get(last.group(1), NO_LANGS) if last else NO_LANGS
    if not langs:
        return False
    # words of time may stand before it ("to €4bn this year, after €3bn last year")
    words = before[: last.start()].rstrip().removesuffix(",").lstrip(" )]")
    if any(mark in words for mark in _CLAUSE_MARKS) or not _one_clause(words, langs):
        return False
    if not _value_after_change(text, previous, langs):
        return False
    rest = text[mention.end : mention.end + _AFTER_WINDOW].casefold().lstrip(" ,")
    for period, period_langs in PAST_PERIODS.items():
        if (
            period_langs & langs
            and rest.startswith(period)
            and (len(rest) == len(period) or not rest[len(period)].isalnum())
        ):
            return True
    year = _YEAR_AFTER.match(rest)
    return bool(year) and year.group(1) in BEFORE_VALUE_TIMES


def _names_country(text: str, mention: Any, later: list, index: int) -> bool:
    """True when the clause after a value compared with (mention ``index``) names a country:
    another giver's or receiver's amount ("versus $5bn from the United States", "wobec 3 mld
    euro od Niemiec"), not the value before. Its restatements right after it are read past
    ("versus $5bn (€4.6bn) from the United States"): the clause goes on after them."""
    start = mention.end
    while later and later[0].equivalent_of == index:
        start, later = later[0].end, later[1:]
    stop = min(len(text), start + _AFTER_WINDOW, *(m.start for m in later[:1]))
    clause = _ELIDED.sub(" ", text[start:stop])  # "à l'Allemagne": the country's word alone
    if _currency_of_country(text[mention.start : mention.end]):
        return True
    return names_a_country(clause, lexicon(), _CLAUSE_END.search(clause).start())


def _currency_of_country(shown: str) -> bool:
    """True when an amount's own words end with the country its currency is named after
    ("5 milliards de dollars des États-Unis"): after a comparison that is the country's amount
    as much as its currency's name, so it names a giver; a country before the currency word
    ("5bn US dollars") or an adjective ("dollars américains") does not."""
    from ..places import find_places

    return any(
        p.kind != "demonym" and p.end == len(shown.rstrip()) and p.start > 0
        for p in find_places(shown)
    )
