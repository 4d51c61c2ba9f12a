"""The countries a text names, as the currencies they use: context for a shared currency name.

``kroner``, ``kr.``, ``крон``, ``koron`` and ``crowns`` are the money of several countries; a
text about Norway's aid that says ``500 million kroner`` means Norwegian kroner. This module
finds the countries a text names and gives the one currency among a word's candidates that they
use, looking in ever wider scopes around the amount:

1. the clause holding it (cut at ``,`` ``;`` ``:`` and sentence ends);
2. its sentence (cut at ``.`` ``!`` ``?`` before a capital, and at line breaks);
3. the whole text.

The first scope that names a country using one of the candidates decides: one such currency is
the answer, two or more (``Denmark and Norway each give 1 billion kroner``) leave the word
ambiguous, and a wider scope is not consulted then. A country counts when its name in any
CLDR locale (``Norway``, ``Norge``, ``Norwegen``, ``Норвегия``; names of four letters or more,
starting with a capital where the script has capitals, shorter ones in capitals only, ``UK``;
``aidcalc.countries``; an English
possessive counts as the name: ``India's``), the name of one of its cities, emirates or
regions that ``data/geo/currency_places.csv`` lists (``Dubai``, ``Rabat``, ``Oslo``) or the
adjective of one of its currency's names (``Danish``, ``danske``, ``норвежских``;
``Lexicon.adjective``) stands in the scope. The currency of a territory is the one CLDR lists
as in use there today.

>>> from aidcalc.parsing.lexicon import lexicon
>>> text = "Norway will give 500 million kroner"
>>> named_currency(text, text.index("500"), frozenset({"DKK", "NOK", "SEK"}), lexicon())
('NOK', frozenset({'NOK'}))
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress
from operator import add, itemgetter
from typing import NamedTuple

from .cldr import month_abbreviations, tender_history
from .lexicon import Lexicon

# Where a sentence ends: a stop before a space and a capital (not "mia. kr."), a line break.
# (``[.!?…]+…|\n`` written to open with one character class, as ``side_value.SENTENCE_END`` is:
# the engine then skips to the next stop or line end in C instead of trying the alternation at
# every character; the same matches, ``tests/parsing/test_extract_speed_23.py``)
SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"'”»)]*\s+(?=[\"'“«(]*[^\W\d_a-zà-ÿ]))")
# Where a clause ends inside a sentence: a comma, semicolon or colon before a space, a dash.
CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—]\s")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

# Territory names shorter than this are too often other words ("sec" is a name of Czechia in
# some locale): they count only written in capitals ("UK", "USA").
SHORTEST_NAME = 4
LONGEST_NAME = 4  # words


class Named(NamedTuple):
    """A country named in a text: where, and the currency it uses."""

    start: int
    end: int
    currency: str
    possessive: bool = False  # written "India's"
    past: frozenset[str] = frozenset()  # the withdrawn currencies it used ("Germany": DEM)


def named_currency(
    text: str, position: int, codes: frozenset[str], lex: Lexicon
) -> tuple[str | None, frozenset[str]]:
    """Return (the one currency of ``codes`` the countries named around ``position`` use, or
    None; the candidates those countries use, empty when none is named).

    ``position`` is the character offset of the currency word. See the module's docstring for
    the scopes.
    """
    found = named_countries(text, lex)
    if not found:
        return None, frozenset()
    for pattern in (CLAUSE_END, SENTENCE_END, None):
        start, end = _scope(text, position, pattern)
        # a country's currency of today, else the withdrawn ones it used ("Portugal …
        # escudos": PTE; "Cabo Verde … escudos": CVE, not the PTE it used until 1975)
        used = frozenset().union(
            *(({n.currency} & codes or n.past & codes) for n in found if start <= n.start < end)
        )
        if used:
            return (next(iter(used)) if len(used) == 1 else None), used
    return None, frozenset()


def possessive_currency(
    text: str, position: int, codes: frozenset[str], lex: Lexicon
) -> str | None:
    """Return the currency of the one country written in the English possessive before
    ``position`` in the scope where countries of several candidates are named, else None.

    "India's Rs 5 million aid to Nepal" names India (INR) and Nepal (NPR); the amount is
    India's, so INR (``resolve`` records ``country-possessive``). Two possessives of
    countries with different currencies, none, or a possessive closing a list of countries
    ("India and Pakistan's") decide nothing.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> text = "India's Rs 5 million aid to Nepal"
    >>> possessive_currency(text, text.index("Rs"), frozenset({"INR", "NPR"}), lexicon())
    'INR'
    """
    found = named_countries(text, lex)
    for pattern in (CLAUSE_END, SENTENCE_END, None):
        start, end = _scope(text, position, pattern)
        named = [n for n in found if start <= n.start < end and n.currency in codes]
        if named:
            owners = {
                n.currency
                for i, n in enumerate(named)
                if n.possessive
                and n.end <= position
                and not (i and JOINED.fullmatch(text[named[i - 1].end : n.start]))
            }
            return owners.pop() if len(owners) == 1 else None
    return None


def subject_currency(
    text: str, position: int, codes: frozenset[str], lex: Lexicon, lang: str | None = None
) -> str | None:
    """Return the currency of the country that gives, in a sentence naming countries of
    several candidates, else None.

    The giving or receiving verb nearest before the amount (``words.VERBS``: "gave",
    "pledged", "zugesagt"; "received", "got") splits the sentence: with a giving verb, the
    one candidate currency of the countries named before it (its subject) is the answer
    ("Britain gave Egypt £5 million": GBP; "Egypt gave Britain £5 million": EGP); with a
    receiving verb, the one of the countries named after it ("Egypt received £5 million
    from Britain": GBP). A donor pledges in its own money; ``resolve`` records
    ``country-subject``. ``position`` is where the amount starts. No verb, a number between
    the verb and the amount (the verb's own amount came first: "Sweden gives SEK 5 million and
    Norway 10 million crowns"), or countries of two candidates on the side that tells decide
    nothing. A giving verb in the passive (an auxiliary, ``words.PASSIVE_AUXILIARIES``, one
    or two words before it, and no gerund: "Egypt was given £5 million by Britain") turns the
    roles round: its subject receives, and only the countries right after an agent marker
    (``words.AGENT_MARKERS``: "by", "par", "por", "da", "von", with a determiner between)
    and those listed with them ("by Britain and Egypt") give; no such country, or a receiving
    verb in the passive, decides nothing.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> text = "Britain gave Egypt £5 million"
    >>> subject_currency(text, text.index("£"), frozenset({"GBP", "EGP"}), lexicon())
    'GBP'
    """
    start, end = _scope(text, position, SENTENCE_END)
    verb = _verb_before(text, start, position, lang)
    if verb is None:
        return None
    at, kind = verb
    named = [n for n in named_countries(text, lex) if start <= n.start < end]
    if _passive(text, start, at, lang):
        if kind != "give":
            return None  # "… was received by Egypt from Britain": too many roles to tell
        side = _agents(text, start, at, named, lang)
    else:
        side = [n for n in named if (n.end <= at if kind == "give" else n.start > at)]
    used = frozenset().union(*(({n.currency} & codes or n.past & codes) for n in side))
    return next(iter(used)) if len(used) == 1 else None


def passive_without_giver(
    text: str, position: int, codes: frozenset[str], lex: Lexicon, lang: str | None = None
) -> bool:
    """True when the verb nearest before the amount at ``position`` gives in the passive and no
    agent using one of ``codes`` is named: "Egypt was given £5 million" names its receiver
    only, so Egypt's pound is no more likely than the giver's (``resolve`` refuses).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> text = "Egypt was given £5 million"
    >>> passive_without_giver(text, text.index("£"), frozenset({"GBP", "EGP"}), lexicon())
    True
    """
    start, end = _scope(text, position, SENTENCE_END)
    verb = _verb_before(text, start, position, lang, numbers_between=True)
    if verb is None or not _passive(text, start, verb[0], lang):
        return False
    named = [n for n in named_countries(text, lex) if start <= n.start < end]
    side = _agents(text, start, verb[0], named, lang)
    return not any({n.currency} & codes or n.past & codes for n in side)


def _verb_before(
    text: str, start: int, position: int, lang: str | None, numbers_between: bool = False
):
    """(offset, "give" or "receive") of the giving or receiving verb nearest before
    ``position`` from ``start``; None when there is none or, unless ``numbers_between``, a
    number stands between (the verb's amount came before: "Sweden gives SEK 5m and Norway 10m
    crowns"; ``position`` may be the currency name after its own number)."""
    verb = None
    for match in WORD.finditer(text, start, position):
        kind = _verb_kind(match.group().casefold(), lang)
        if kind is not None:
            verb = (match.start(), kind)
    if verb is None or (not numbers_between and any(c.isdigit() for c in text[verb[0] : position])):
        return None
    return verb


def _agents(text: str, start: int, at: int, named: list[Named], lang: str | None) -> list:
    """The countries after the verb at ``at`` that an agent marker leads ("by Britain"), and
    those listed with them ("by Britain and Egypt")."""
    agent, side = _agent_pattern(lang), []
    for n in (n for n in named if n.start > at):
        if agent.search(text, start, n.start) or (
            side and JOINED.fullmatch(text[side[-1].end : n.start])
        ):
            side.append(n)
    return side


def _passive(text: str, start: int, at: int, lang: str | None) -> bool:
    """True when the verb at ``at`` is in the passive: an auxiliary of ``lang`` (else of any
    language) one or two words before it, and the verb no gerund ("was giving" is active)."""

    verb = WORD.match(text, at)
    if verb is None or verb.group().casefold().endswith(("ing", "ndo")):
        return False
    auxiliaries = _auxiliaries(lang)
    before = [m.group().casefold() for m in WORD.finditer(text, start, at)][-2:]
    return any(word in auxiliaries for word in before)


@lru_cache(maxsize=64)
def _auxiliaries(lang: str | None) -> frozenset[str]:
    """The passive auxiliaries of ``lang`` (else of every language), made once per language."""
    from ..words import PASSIVE_AUXILIARIES

    return frozenset().union(
        *(words for code, words in PASSIVE_AUXILIARIES.items() if lang in (None, code))
    )


@lru_cache(maxsize=64)
def _agent_pattern(lang: str | None) -> re.Pattern:
    """The agent marker of ``lang`` (else of any language) and its determiner, ending where a
    country's name starts ("by ", "par la ", "dall'")."""
    from ..words import AGENT_MARKERS, DETERMINERS

    def alternatives(table: dict[str, frozenset[str]]) -> str:
        words = {w for code, ws in table.items() if lang in (None, code) for w in ws}
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    markers, determiners = alternatives(AGENT_MARKERS), alternatives(DETERMINERS)
    return re.compile(rf"(?<!\w)(?:{markers})[\s'’]+(?:(?:{determiners})[\s'’]+)?\Z", re.IGNORECASE)


def _verb_kind(word: str, lang: str | None) -> str | None:
    """Return "give" or "receive" for a verb form of ``lang`` (else of any language).

    The answer for a word that is no exact form is remembered per word and language
    (``_VERB_KINDS``): finding it tries every prefix form of every language.

    >>> _verb_kind("pledged", "en"), _verb_kind("received", None), _verb_kind("said", None)
    ('give', 'receive', None)
    """
    exact, prefixes = _verb_forms(lang)
    found = exact.get(word)
    if found is None:
        key = (word, lang)
        found = _VERB_KINDS.get(key, _VERB_KINDS)
        if found is _VERB_KINDS:
            found = next((k for p, k in prefixes if word.startswith(p)), None)
            if len(_VERB_KINDS) >= _VERB_KINDS_MAX:
                _VERB_KINDS.clear()
            _VERB_KINDS[key] = found
    return found


# {(word, language): ``_verb_kind`` by a prefix form, or None}, for the words met so far
_VERB_KINDS: dict[tuple[str, str | None], str | None] = {}
_VERB_KINDS_MAX = 50_000  # words remembered before the table starts afresh


@lru_cache(maxsize=64)
def _verb_forms(lang: str | None) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Return ({verb form: kind}, ((prefix, kind), …)) of the give and receive cues."""
    from ..words import VERB

    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for kind in ("give", "receive"):
        for language, cues in VERB.get(kind, {}).items():
            if lang is not None and language != lang:
                continue
            for cue in cues.split():
                if " " in cue or "#" in cue:
                    continue
                if cue.endswith("*"):
                    prefixes.append((cue[:-1].casefold(), kind))
                else:
                    exact.setdefault(cue.casefold(), kind)
    return exact, tuple(prefixes)


# Countries listed before one possessive own it together ("India and Pakistan's"): no owner.
JOINED = re.compile(r"\s*(?:,|&|and|or|und|et)\s*")


# A year a text states: four digits from 1800 to 2099 standing alone ("En 2001,", "1999'da").
YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![.,]?\d)")


def sentence_year(text: str, position: int) -> int | None:
    """Return the year the sentence around ``position`` states nearest it, else None: the
    date an amount of that sentence is of, for a currency that was withdrawn or redenominated
    (``resolve.withdrawn_named``, ``resolve.dated_predecessor``).

    >>> sentence_year("Paris, 2010. En 2001, la France a versé 50 millions de francs.", 40)
    2001
    >>> sentence_year("Bağış 2,4 milyon lira toplandı. 1800 more donors followed.", 6) is None
    True
    >>> sentence_year("Au total 16,5 milioane lei. 1800 more donors followed.", 9) is None
    True
    >>> sentence_year("It gave 40 million francs on Nov. 4, 1998.", 8)
    1998
    """
    start, end = _scope(text, position, SENTENCE_END)
    for stop in _WORD_STOP.finditer(text, position, end):  # "… toplandı. 1800 more donors."
        if stop.group(1).casefold() not in month_abbreviations():  # "Nov. 4, 2024" goes on
            end = stop.start(1) + 1  # a stop after a word ends the sentence before a number
            break
    years = [(abs(m.start() - position), int(m.group())) for m in YEAR.finditer(text, start, end)]
    return min(years)[1] if years else None


# a full stop after a word of two letters or more, then a space: unless the word is a month's
# abbreviation ("Jan. 2005", "Nov. 4, 2024" keep their year; ``cldr.month_abbreviations``), a
# number after it opens the next sentence ("… 3,3 milioane euro. 1800 more donors followed.")
_WORD_STOP = re.compile(r"([^\W\d_]{2,})[.!?]\s")


def _scope(text: str, position: int, pattern: re.Pattern | None) -> tuple[int, int]:
    """Return the span around ``position`` that ``pattern``'s matches (and sentence ends) bound:
    from the end of the last match ending at or before ``position`` to the start of the first
    match starting at or after it (a match around ``position`` bounds nothing). The matches
    of a text are found once (``_ends_in``) and the two nearest found by bisection.

    >>> text = "Oslo gave NOK 5m, he said. Bergen gave more"
    >>> _scope(text, text.index("NOK"), CLAUSE_END), _scope(text, text.index("NOK"), None)
    ((0, 16), (0, 43))
    >>> _scope(text, text.index("more"), SENTENCE_END)
    (27, 43)
    """
    if pattern is None:
        return 0, len(text)
    start, end = 0, len(text)
    for ends in (pattern, SENTENCE_END) if pattern is not SENTENCE_END else (pattern,):
        starts, stops = _ends_in(text, ends)
        before = bisect_right(stops, position)  # the matches ending at or before position
        if before:
            start = max(start, stops[before - 1])
        after = bisect_left(starts, position)  # the first match starting at or after it
        if after < len(starts):
            end = min(end, starts[after])
    return start, end


@lru_cache(maxsize=16)
def _ends_in(text: str, pattern: re.Pattern) -> tuple[list[int], list[int]]:
    """Return (starts, ends) of the matches of ``pattern`` in ``text``, in order: every
    currency word of a text asks for the same clause and sentence ends (``_scope``), each
    time from the text's start before. None of the patterns matches an empty string, so both
    lists rise."""
    starts, stops = [], []
    for match in pattern.finditer(text):
        starts.append(match.start())
        stops.append(match.end())
    return starts, stops


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    """``countries.normalize_name`` of one word, remembered: texts repeat their words."""
    from ..countries import normalize_name

    return normalize_name(word)


@lru_cache(maxsize=16)
def named_countries(text: str, lex: Lexicon) -> tuple[Named, ...]:
    """Return the countries ``text`` names (territory names and currency adjectives), in order.

    Only a word that may start a name (its folded form the first word of a territory name,
    not written in lower case) or is a currency adjective of one code can name a country;
    whether a word is either is remembered per word (``_word_facts``), and only such words are
    looked at one by one (with the words after them that a name of several words may take).
    """
    names, first_words = _name_currencies()
    # (what stands before a word, the word) up to the last word: past it, the expression
    # would be tried at every character, each time taking all the rest (numbers, signs) to the
    # end, a time the square of their number
    tail = _NO_LETTERS.match(text[::-1]).end()
    pairs = _GAP_WORD.findall(text, 0, len(text) - tail)
    raws = list(map(_WORD_OF, pairs))
    facts = _word_facts(lex)
    get = facts.get
    marks = list(map(get, raws))
    if None in marks:  # words met for the first time
        for index, mark in enumerate(marks):
            if mark is None:
                marks[index] = _word_fact(facts, raws[index], first_words, lex)
    hits = list(compress(range(len(marks)), map(_MAY_NAME, marks)))
    if not hits:
        return ()
    ends = list(accumulate(map(add, map(len, map(_GAP_OF, pairs)), map(len, raws))))
    longest = _name_lengths()
    found: list[Named] = []
    index = 0
    for hit in hits:
        if hit < index:
            continue  # a word of a name read before
        index = hit
        raw, fold, starts_name, adjective, _ = marks[index]
        end = ends[index]
        start = end - len(raws[index])
        used = 0
        if starts_name:
            for length in range(min(longest[fold], len(raws) - index), 0, -1):
                key = " ".join(map(_FOLD_OF, marks[index : index + length]))
                currency = names.get(key)
                if currency is not None and len(key) < SHORTEST_NAME and not raw.isupper():
                    currency = None  # a short name counts in capitals only: "UK", not "uk"
                if currency is not None:
                    last = index + length - 1
                    last_end = ends[last]
                    owner = _possessive(raws[last])  # "India's": the ending was cut
                    past = _past_of_names().get(key, frozenset())
                    found.append(Named(start, last_end, currency, owner, past))
                    used = length
                    break
        if not used:
            # "norway" in lower case is a name, counted with its capital only: no adjective
            if adjective is not None and fold not in names:
                owner = _possessive(raws[index])  # "Britain's": the ending was cut
                found.append(Named(start, end, adjective, owner))  # "Danish", "норвежских"
            used = 1
        index += used
    return tuple(found)


def names_a_country(clause: str, lex: Lexicon, starts_before: int | None = None) -> bool:
    """True when ``clause`` names a country: a territory name or currency adjective
    (``named_countries``), or a name in any of its cases, a short form or a capital as the
    gazetteer finds them (``aidcalc.places``: "od Niemiec", "наданими Німеччиною", "des
    États-Unis", "de EE. UU.", "poskytnutým Německem"). A demonym alone ("French aid") names
    no giver here. Used by the comparison rule of ``parsing.changes``: a compared amount
    whose clause names a country is another giver's, not the value before. With
    ``starts_before``, ``clause`` is a longer window and a name must start before that offset
    (a stop inside a short form, "de EE. UU.", cuts no name).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> names_a_country(" od Niemiec.", lexicon()), names_a_country(" a year ago", lexicon())
    (True, False)
    """
    cut = len(clause) if starts_before is None else starts_before
    if named_countries(clause[:cut], lex):
        return True
    from ..places import find_places

    return any(p.kind != "demonym" and p.start < cut for p in find_places(clause))


# a word and what stands before it (no letter: a letter always starts a word), so that
# ``findall`` gives the offsets by the lengths, without a match object per word
_GAP_WORD = re.compile(rf"([\W\d_]*)({WORD.pattern})")
_GAP_OF, _WORD_OF, _MAY_NAME = itemgetter(0), itemgetter(1), itemgetter(4)
_FOLD_OF = itemgetter(1)  # a word's folded form, of its ``_word_fact``
_NO_LETTERS = re.compile(r"[\W\d_]*")  # no letter of ``WORD``: read on the reversed text, its end
_WORD_FACTS: dict[int, tuple[Lexicon, dict[str, tuple]]] = {}
_WORD_FACTS_MAX = 200_000  # words remembered before the table starts afresh


def _word_facts(lex: Lexicon) -> dict[str, tuple]:
    """Return the table of ``_word_fact`` answers for ``lex`` (filled as words are met)."""
    held = _WORD_FACTS.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) > _WORD_FACTS_MAX:
        held = _WORD_FACTS[id(lex)] = (lex, {})
    return held[1]


def _word_fact(facts: dict, word: str, first_words: frozenset[str], lex: Lexicon) -> tuple:
    """Return (and remember in ``facts``) what ``named_countries`` needs of one word: the word
    without a possessive, its folded form, whether a territory name may start with it, the
    one code of the currency adjective it is (else None), and whether it is either."""
    raw = _without_possessive(word)
    elided = _ELIDED.match(raw)
    if (
        elided is not None
        and raw[elided.end()].isupper()
        and _folded(raw[elided.end() :]) in first_words
    ):  # "L'Italia", "d'Autriche": the name after its article ("Côte d'Ivoire" stays whole)
        raw = raw[elided.end() :]
    fold = _folded(raw)
    starts_name = fold in first_words and not raw[0].islower()
    codes = lex.adjective(raw.casefold())
    adjective = next(iter(codes)) if codes is not None and len(codes) == 1 else None
    fact = (raw, fold, starts_name, adjective, starts_name or adjective is not None)
    facts[word] = fact
    return fact


@lru_cache(maxsize=1)
def _name_lengths() -> dict[str, int]:
    """Return {first word of a territory name: the most words a name starting with it has}."""
    lengths: dict[str, int] = {}
    for key in _name_currencies()[0]:
        first = key.split(" ")[0]
        lengths[first] = max(lengths.get(first, 0), key.count(" ") + 1)
    return lengths


# An English possessive ("India's", "Nepal’s"): the country's name is the word before it.
POSSESSIVE = re.compile(r"['’]s$")


# A Romance article elided before a name ("L'Italia", "d'Autriche", "dell'Austria").
_ELIDED = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")


def _possessive(word: str) -> bool:
    """True when ``word`` ends in an English possessive that ``_without_possessive`` cuts."""
    return len(word) > 3 and POSSESSIVE.search(word) is not None


def _without_possessive(word: str) -> str:
    """Return a word without an English possessive ending ("India's" -> "India").

    >>> _without_possessive("India's"), _without_possessive("Côte")
    ('India', 'Côte')
    """
    return POSSESSIVE.sub("", word) if len(word) > 3 else word


@lru_cache(maxsize=1)
def _name_currencies() -> tuple[dict[str, str], frozenset[str]]:
    """Return ({folded territory name: its currency}, the first words of those names).

    Names of territories with different currencies ("Guinea" in some locale) are left out.
    """
    from ..countries import territory_name_index

    names: dict[str, str] = {}
    for key, territories in territory_name_index().items():
        if len(key.replace(" ", "")) < SHORTEST_NAME and " " in key or len(key) < 2:
            continue
        if key.count(" ") >= LONGEST_NAME:
            continue
        currencies = {territory_currency(code) for code in territories}
        if len(currencies) == 1 and None not in currencies:
            names[key] = currencies.pop()
    for key, territory in currency_places().items():  # "Dubai", "Rabat": a country's places
        currency = territory_currency(territory)
        if currency is not None:
            names.setdefault(key, currency)
    return names, frozenset(key.split(" ")[0] for key in names)


@lru_cache(maxsize=1)
def currency_places() -> dict[str, str]:
    """Return {folded place name: ISO 3166 alpha-2} of ``data/geo/currency_places.csv``: the
    cities, emirates and regions of the countries whose currency shares a name with another
    country's (dirham, riyal, krone, dinar, rupee), which count as the country named, as its
    capital does ("Dubai gave Dh 5 million": the UAE's dirham; issue 9 item 14).

    >>> currency_places()["dubai"], currency_places()["kopenhagen"]
    ('AE', 'DK')
    """
    import csv

    from .._paths import data_file
    from ..countries import normalize_name

    found: dict[str, str] = {}
    with data_file("geo", "currency_places.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in row["names"].split("|"):
                found[normalize_name(name)] = row["territory"]
    return found


@lru_cache(maxsize=1)
def _past_of_names() -> dict[str, frozenset[str]]:
    """Return {folded territory name: the withdrawn currencies its territories used}."""
    from ..countries import territory_name_index

    history = tender_history()
    found = {}
    for key, territories in territory_name_index().items():
        past = frozenset(
            code
            for territory in territories
            for code, _first, last in history.get(territory, ())
            if last is not None
        )
        if past:
            found[key] = past
    return found


@lru_cache(maxsize=1)
def successors() -> dict[str, frozenset[str]]:
    """Return {withdrawn code: the currencies in use that replaced it}, per CLDR.

    A withdrawn currency's successors are the currencies in use today in the territories
    where it was used last, begun before it ended there or the year after (the rouble of 1998
    gave way to the one of 1999): the Romanian leu of 2005 replaced the
    old leu (ROL), the koruna of Czechia the Czechoslovak one (CSK), the euro the mark (DEM).
    The Portuguese escudo (PTE, in use in Portugal until 2002) is no predecessor of the Cape
    Verdean escudo, although Cape Verde used it until 1975.

    >>> sorted(successors()["ROL"]), sorted(successors()["CSK"]), sorted(successors()["PTE"])
    (['RON'], ['CZK'], ['EUR'])
    """
    history = tender_history()
    last_year: dict[str, int] = {}
    for entries in history.values():
        for code, _first, last in entries:
            if last is not None:
                last_year[code] = max(last_year.get(code, 0), last)
    found: dict[str, set[str]] = {}
    for entries in history.values():
        for code, _first, last in entries:
            if last is None or last != last_year[code]:
                continue
            found.setdefault(code, set()).update(
                other for other, first, end in entries if end is None and first <= last + 1
            )
    return {code: frozenset(codes) for code, codes in found.items()}


@lru_cache(maxsize=256)
def territory_currency(territory: str) -> str | None:
    """Return the currency in use in an ISO 3166 territory today, per CLDR."""
    from babel.numbers import get_territory_currencies

    try:
        currencies = get_territory_currencies(territory)
    except Exception:  # noqa: BLE001 - a territory CLDR does not know
        return None
    return currencies[0] if currencies else None
