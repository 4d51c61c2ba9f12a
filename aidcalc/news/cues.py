"""The words that tell what a pledge sentence says: its verb, category, basis and measure.

Per news language (``aidcalc.words.NEWS_LANGUAGES``), a cue is a word or phrase; ``*`` ends a
prefix ("drone*" finds drones), ``####`` stands for a year ("since ####"). Matching ignores case.
The cues are data, one module per language in ``aidcalc/words/`` (``VERBS``, ``CATEGORIES``,
``BASIS``, ``INTENTION``, ``MEASURE``, ``FUTURE``, ``NOT_GIVING``, ``CUE_PHRASES``).

>>> [(c.kind, c.text) for c in find_cues("Lithuania has provided drones so far", "en", CATEGORY)]
[('military', 'drones')]
>>> [c.kind for c in find_cues("Lietuva iš viso skyrė", "lt", BASIS)]
['cumulative']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# The cue tables, {kind: {language: cues}}, one module per language in aidcalc/words/. The
# measure of an amount (docs/extraction.md, "Measure") is in the Kiel tracker's sense: money
# announced, planned or promised is a ``pledge`` (INTENTION) even when the verb that follows is
# "allocate"; money delivered, provided or earmarked is an ``allocation`` (MEASURE). FUTURE is
# the future tense: a month after the publication month is then this year or the next.
from ..words import (
    BASIS,
    CATEGORY,
    CUE_PHRASES,
    FUTURE,
    INTENTION,
    MEASURE,
    NOT_GIVING,
    SCRIPTS,
    VERB,
)

__all__ = [
    "BASIS",
    "CATEGORY",
    "FUTURE",
    "INTENTION",
    "MEASURE",
    "NOT_GIVING",
    "PHRASES",
    "VERB",
    "Cue",
    "count_cues",
    "find_cues",
]

_YEAR = "####"


class Cue(NamedTuple):
    """One cue found in a text: its kind (e.g. ``military``) and offsets."""

    kind: str
    start: int
    end: int
    text: str


def _phrases(spec: str) -> list[str]:
    """Split a cue list into phrases: a word without ``*`` that is followed by more words of
    a known phrase is kept together (see ``PHRASES``)."""
    words = spec.split()
    phrases: list[str] = []
    i = 0
    while i < len(words):
        for size in (5, 4, 3, 2):
            candidate = " ".join(words[i : i + size])
            if candidate in PHRASES:
                phrases.append(candidate)
                i += size
                break
        else:
            phrases.append(words[i])
            i += 1
    return phrases


# Multi-word cues (any language); all other cues are single words.
PHRASES = CUE_PHRASES


def phrase_pattern(phrase: str, word_start: bool = True) -> str:
    """Return the regular expression of one cue phrase (``*`` ends a prefix, ``####`` a year,
    perhaps with its unit glued on: "####년 이후", since the year).

    ``word_start=False`` leaves out the look-behind that opens it ("no word character
    before"), for an alternation whose own look-behind stands before all its phrases: the
    same place, asked once instead of once per phrase.
    """
    parts = []
    for word in phrase.split():
        if word.startswith(_YEAR):  # "####", or a year with its unit glued: "####년"
            parts.append(r"(?:19|20)\d\d" + re.escape(word[len(_YEAR) :]))
            continue
        prefix = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace("'", "['’]")
        parts.append(body + (r"\w*" if prefix else ""))
    return (r"(?<!\w)" if word_start else "") + r"\s+".join(parts) + r"(?!\w)"


def phrases_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Return one case-blind pattern matching any of ``phrases`` (``phrase_pattern`` each, the
    first that matches at a place winning, as in ``"|".join``), led by a look-ahead at the
    characters a phrase can start with: the search then passes over most places at once
    instead of trying every phrase there; the word start every phrase asks for is asked once,
    before them all. Without such a character (a phrase that is only a prefix mark) it is the
    plain alternation.

    >>> pattern = phrases_pattern(["aid", "military aid*"])
    >>> [m.group() for m in pattern.finditer("Military aids, aid")]
    ['Military aids', 'aid']
    """
    phrases = list(phrases)
    firsts: set[str] = set()
    for phrase in phrases:
        word = phrase.split()[0] if phrase.split() else ""
        if word.startswith(_YEAR):
            firsts.update("12")  # (?:19|20)
            continue
        body = word.rstrip("*")
        if not body:
            return re.compile("|".join(phrase_pattern(p) for p in phrases), re.IGNORECASE)
        first = body[0]
        firsts.update({first, first.lower(), first.upper(), first.casefold()[:1]})
        if first == "'":
            firsts.add("’")  # phrase_pattern writes either apostrophe
    ahead = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
    # every phrase opens with "no word character before": asked once, before all of them
    alternatives = _alternatives(phrases)
    return re.compile(rf"(?<!\w){ahead}(?:{alternatives})", re.IGNORECASE)


def _alternatives(phrases: list[str]) -> str:
    """Return the alternation of ``phrases`` (``phrase_pattern``, no word start of their own),
    those with the same first letter gathered behind it once ("g(?:ave|ive\\w*)"): the
    engine reads a place's first letter once and tries only the phrases it can start, not all
    of them in turn. The same matches as the plain ``"|".join``: the phrases keep their order
    within a letter, and phrases of different letters never match at the same place (first
    letters that match each other when case is ignored, "k" and the Kelvin sign, are one
    letter here or else the alternation stays plain). A phrase opening with something else than
    a letter (a year, an apostrophe) keeps the whole alternation plain.

    >>> print(_alternatives(["gave", "give*", "sent"]))
    g(?:ave(?!\\w)|ive\\w*(?!\\w))|sent(?!\\w)
    """
    bodies = [phrase_pattern(p, word_start=False) for p in phrases]
    plain = "|".join(bodies)
    by_letter: dict[str, list[str]] = {}
    for phrase, body in zip(phrases, bodies, strict=True):
        first = phrase[:1]
        letter = first.lower()
        if (
            not first.isalpha()
            or phrase.startswith(_YEAR)
            or len(letter) != 1
            or body[:1] != first
            or not re.fullmatch(re.escape(letter), first, re.IGNORECASE)
        ):
            return plain
        by_letter.setdefault(letter, []).append(body[1:])
    letters = list(by_letter)
    for one in letters:
        for other in letters:
            if one != other and re.fullmatch(re.escape(one), other, re.IGNORECASE):
                return plain  # two letters one character matches: keep the phrases' order
    return "|".join(
        re.escape(letter) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in by_letter.items()
    )


_CACHE: dict[tuple[int, str], re.Pattern[str] | None] = {}
# The languages of each table, {table id: languages with a cue of any kind}.
# Scripts written without spaces between words: their cues stand inside longer runs of letters
# ("日本はこれまでにウクライナへ"), so no word start or end is asked for.
UNSPACED_SCRIPTS = ("Jpan", "Hani")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_OTHER_LETTERS_RE = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def cue_language(text: str, lang: str | None, table: dict[str, dict[str, str]]) -> str:
    """Return the language whose cues of ``table`` are looked for in ``text``: ``lang`` when
    the table has it; else, for a text in Japanese (kana) or in Chinese (Han characters and no
    letters of another script), that language when the table has it (a Japanese article read
    with no ``lang``: its language is not inferred); else English.

    >>> cue_language("日本はこれまでにウクライナへ120億ドルを支援した。", None, BASIS)
    'ja'
    >>> cue_language("Japan has given $12bn so far.", None, BASIS)
    'en'

    A language with cues of some kinds only is the table's all the same: Chinese has requests
    among ``NOT_GIVING``, no "not only" contrast (its first kind).

    >>> cue_language("乌克兰要求欧盟提供20亿欧元。", "zh", NOT_GIVING)
    'zh'
    """
    langs = _table_languages(table)
    if lang in langs:
        return lang
    if _KANA_RE.search(text):
        unspaced = "ja"
    elif _HAN_RE.search(text) and not _OTHER_LETTERS_RE.search(text):
        unspaced = "zh"
    else:
        return "en"
    return unspaced if unspaced in langs else "en"


_LANGUAGES: dict[int, frozenset[str]] = {}


def _table_languages(table: dict[str, dict[str, str]]) -> frozenset[str]:
    """Return the languages that hold cues of any kind of ``table`` (a language may hold one
    kind only: Japanese has request words and no other ``NOT_GIVING`` kind), asked once per
    table."""
    langs = _LANGUAGES.get(id(table))
    if langs is None:
        langs = _LANGUAGES[id(table)] = frozenset().union(*table.values())
    return langs


def _compiled(table: dict[str, dict[str, str]], lang: str) -> re.Pattern[str] | None:
    """Return one pattern for all cues of ``table`` in ``lang``, a named group per kind (in a
    language of ``UNSPACED_SCRIPTS``, found inside longer runs)."""
    key = (id(table), lang)
    if key not in _CACHE:
        groups = []
        firsts: set[str] = set()
        for index, by_lang in enumerate(table.values()):
            spec = by_lang.get(lang)
            if spec:
                phrases = sorted(_with_months(_phrases(spec), lang), key=len, reverse=True)
                firsts.update("12" if p.startswith(_YEAR) else p[0].casefold() for p in phrases)
                alternatives = _alternatives(phrases)
                groups.append(f"(?P<k{index}>{alternatives})")
        # every cue starts a word: a word start, then a look-ahead at the first letters, lets
        # the search skip most positions at once (inside words and at other letters); the
        # word start is asked once here, not again by each phrase
        ahead = "(?=[" + re.escape("".join(sorted("".join(firsts)))) + "])"
        pattern = r"(?<!\w)" + ahead + "(?:" + "|".join(groups) + ")"
        if SCRIPTS.get(lang) in UNSPACED_SCRIPTS:
            pattern = pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", "")
        _CACHE[key] = re.compile(pattern, re.IGNORECASE) if groups else None
    return _CACHE[key]


def _with_months(phrases: list[str], lang: str) -> list[str]:
    """Return ``phrases`` and, for each phrase whose year (``####``) follows a word ("od ####",
    "з ####", "dal ####", "by the end of ####"), the same phrase with a full month name of
    ``lang`` before the year (``months.month_words``, every case CLDR and the "in …" rule
    give): "od lutego 2022", "з лютого 2022 року", "dal febbraio 2022" start a running period
    as "od 2022" does. Month abbreviations are left out (many are words too).

    >>> "od lutego ####" in _with_months(["od ####"], "pl")
    True
    >>> _with_months(["łącznie"], "pl")
    ['łącznie']
    """
    dated = [p for p in phrases if " " + _YEAR in p and not p.startswith(_YEAR)]
    if not dated:
        return phrases
    from .months import month_words  # CLDR's month names, read once per table

    months = sorted(form for form, number in month_words(lang).items() if number > 0)
    return [
        *phrases,
        *(p.replace(" " + _YEAR, f" {month} {_YEAR}", 1) for p in dated for month in months),
    ]


def find_cues(text: str, lang: str | None, table: dict[str, dict[str, str]]) -> list[Cue]:
    """Return the cues of ``table`` (e.g. ``CATEGORY``) in ``text``, in order (English if no
    ``lang`` or an unsupported one). The last few look-ups are remembered: the rules of one
    sentence ask for the same table several times."""
    key = (text, lang, id(table))
    found = _RECENT.get(key)
    if found is None:
        found = _RECENT[key] = tuple(_find_cues(text, lang, table))
        if len(_RECENT) > RECENT_SIZE:
            del _RECENT[next(iter(_RECENT))]  # the oldest
    return list(found)


def count_cues(
    text: str,
    lang: str | None,
    table: dict[str, dict[str, str]],
    but: str = "",
    capitalised: bool = True,
) -> int:
    """Return how many of the cues ``find_cues`` finds in ``text`` are not of kind ``but``,
    without building them or remembering the look-up (for a count asked once per sentence and
    language, as ``aidcalc.news.language.sentence_language`` asks for every language's verbs).
    ``capitalised=False``: a cue written with a capital first letter is not counted unless it
    opens ``text`` (a name inside a sentence, "Les Pays-Bas", is no English "pay*" verb; a
    sentence's first word is capitalised whatever it is: "Pledges in Geneva:").

    >>> count_cues("Germany has pledged and will send more aid", "en", VERB, but="aux")
    2
    >>> len(find_cues("Germany has pledged and will send more aid", "en", VERB))
    4
    >>> count_cues("Les Pays-Bas paid", "en", VERB, but="aux", capitalised=False)
    1
    >>> count_cues("Pledges in Geneva:", "en", VERB, but="aux", capitalised=False)
    1
    """
    pattern = _compiled(table, cue_language(text, lang, table))
    if pattern is None:
        return 0
    skip = f"k{list(table).index(but)}" if but in table else None
    if capitalised:
        return sum(match.lastgroup != skip for match in pattern.finditer(text))
    first = _FIRST_WORD.search(text)
    opening = first.start() if first else -1
    return sum(
        match.lastgroup != skip and (match.start() == opening or not text[match.start()].isupper())
        for match in pattern.finditer(text)
    )


_FIRST_WORD = re.compile(r"\w")


# Recent look-ups, {(text, language, table id): cues}, oldest first.
RECENT_SIZE = 64
_RECENT: dict[tuple[str, str | None, int], tuple[Cue, ...]] = {}


def _find_cues(text: str, lang: str | None, table: dict[str, dict[str, str]]) -> list[Cue]:
    pattern = _compiled(table, cue_language(text, lang, table))
    if pattern is None:
        return []
    kinds = list(table)
    cues = []
    for match in pattern.finditer(text):
        index = int(match.lastgroup[1:])
        cues.append(Cue(kinds[index], match.start(), match.end(), match.group()))
    return cues
