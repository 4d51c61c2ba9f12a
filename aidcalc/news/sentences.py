"""Cutting a news text into sentences, without cutting at abbreviations ("Nov. 4", "U.S.", "Mio.").

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes and brackets included) before
whitespace, or at a Chinese or Japanese full stop ``。`` (or a full-width ``！``, ``？``) whatever
follows it, unless the word before the period is a known abbreviation, a single letter or dotted
initials, or a day number before a month name (German ordinal dates: "am 24. Februar"), or the
next word starts in lower case. A currency abbreviation written last ("zł.", "грн.") still ends
the sentence before a capital letter, and so does "year" abbreviated after a year ("2023 г.",
"2023 r.") unless a short date phrase opening the sentence ends there; a year written with its
ordinal full stop (Croatian, Serbian) does not before a dash: "Beograd, 10. februar 2025. –
Vlada …" is a dateline and its sentence; nor do the stops of a day and month in numbers, each
followed by a space ("Japonsko 12. 2. 2025 darovalo …", Czech and Slovak). A blank line always
ends a sentence; a single line break does too unless the next line starts in lower case (a
wrapped line). One pass over the text: linear time.

>>> text = "On Nov. 4 the U.S. gave 5 Mio. Euro. Kyiv thanked it.\\nNext line"
>>> [text[s:e] for s, e in split_sentences(text)]
['On Nov. 4 the U.S. gave 5 Mio. Euro.', 'Kyiv thanked it.', 'Next line']
>>> text = "Am 24. Februar gab Polen 500 mln zł. Kijów dankte."
>>> [text[s:e] for s, e in split_sentences(text)]
['Am 24. Februar gab Polen 500 mln zł.', 'Kijów dankte.']
>>> text = "Zagreb, 10. veljače 2025. – Vlada je odobrila 5 milijuna eura. Kijev je zahvalio."
>>> [text[s:e] for s, e in split_sentences(text)][0]
'Zagreb, 10. veljače 2025. – Vlada je odobrila 5 milijuna eura.'
>>> text = "ドイツは4億ユーロを拠出した。フランスも続いた。"
>>> [text[s:e] for s, e in split_sentences(text)]
['ドイツは4億ユーロを拠出した。', 'フランスも続いた。']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import (
    ABBREVIATIONS,
    DASHES,
    ENDING_ABBREVIATIONS,
    EXTRA_MONTH_ABBREVIATIONS,
    NEWS_LANGUAGES,
    YEAR_ABBREVIATIONS,
)

# ABBREVIATIONS end in a period inside a sentence (folded, without the period); they are data,
# one module per language in aidcalc/words/. Month abbreviations and dotted scale words come
# from CLDR and the lexicon on top of these.

# Chinese and Japanese end a sentence with an ideographic full stop ("。") or a full-width "！"
# or "？" and no space after it: those end one whatever follows.
BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[。！？]+[」』”’）)\]]*|\n[ \t]*(?:\n\s*)?")
WORD_BEFORE_RE = re.compile(r"(\S+)$")
DOTTED_RE = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
DAY_RE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# The most words a phrase opening a sentence with a month and its year may have ("Nakon
# potresa u veljači 2023."), the year included
OPENING_DATE_WORDS = 6


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Return the folded month names (wide and abbreviated) of the news languages (CLDR)."""
    from babel import Locale

    names = set()
    for lang in NEWS_LANGUAGES:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(n.casefold().rstrip(".") for n in months[context][width].values())
    return frozenset(names)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Return the folded words that a period after them does not end a sentence."""
    from babel import Locale

    words = set(ABBREVIATIONS)
    for lang in NEWS_LANGUAGES:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for name in months[context]["abbreviated"].values():
                words.add(name.casefold().rstrip("."))
        words.update(EXTRA_MONTH_ABBREVIATIONS.get(lang, ()))
    return frozenset(words)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the sentences of ``text``, spaces trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    known = abbreviations()
    for match in BOUNDARY_RE.finditer(text):
        end = match.end()
        nxt = _next_char(text, end)
        mark = match.group()
        if mark.startswith("\n"):
            if "\n" not in mark[1:] and nxt.islower():
                continue  # a wrapped line
            _add(spans, text, start, match.start())
            start = end
            continue
        if nxt.islower() or nxt in ",;:":
            continue
        if mark.startswith(".") and len(mark.rstrip("\"'”’»)]")) == 1:
            before = WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
            word = before.group(1).lstrip("([\"'“‘«").casefold() if before else ""
            if word in ENDING_ABBREVIATIONS and nxt.isupper():
                pass  # "500 mln zł. Kijów …": the currency ends the sentence
            elif word in YEAR_ABBREVIATIONS and nxt.isupper() and _year_ends(text, start, before):
                pass  # "… лева през 2023 г. Германия даде …": the year ends the sentence
            elif word and (
                word in known or len(word) == 1 and word.isalpha() or DOTTED_RE.match(word)
            ):
                continue
            elif DAY_RE.match(word) and _next_word(text, end) in month_names():
                continue  # "am 24. Februar"
            elif DAY_RE.match(word) and _numeric_date(text, before.start()):
                continue  # "Japonsko 12. 2. 2025 darovalo": a day and month in numbers
            elif YEAR_RE.match(word) and (
                nxt in DASHES or _opening_date(text, start, before.start())
            ):
                # "Nakon potresa u veljači 2023. Vlada je …": an ordinal year; "Beograd, 10.
                # februar 2025. – Vlada …": a dateline's year, its dash no sentence's start
                continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans


# a day, a month and a year in numbers, a space after each stop ("12. 2. 2025")
SPACED_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\. \d{1,2}\. (?:19|20)\d\d(?!\d)")


def _numeric_date(text: str, at: int) -> bool:
    """Whether the number at ``at`` is the day or month of a spaced numeric date
    ("12. 2. 2025"): its stop ends no sentence.

    >>> _numeric_date("Japonsko 12. 2. 2025 darovalo", 9), _numeric_date("… 12. 2. 2025", 5)
    (True, True)
    >>> _numeric_date("Dala 12. Pak 2025", 5)
    False
    """
    low = max(0, at - 4)
    return any(
        found.start() <= at < found.end() for found in SPACED_DATE_RE.finditer(text, low, at + 12)
    )


def _year_ends(text: str, start: int, before: re.Match[str]) -> bool:
    """Return whether the year abbreviation matched by ``before`` ("г", "r") ends the
    sentence begun at ``start``: a year stands right before it and more than
    ``OPENING_DATE_WORDS`` - 1 words before that year in the sentence ("България предостави
    на Украйна 100 млн. лева през 2023 г. Германия …"); a short phrase opening the sentence
    ("През 2023 г. България …", "На 15 март 2023 г. Министерският съвет …") is a date inside
    it.

    >>> text = "България даде на Украйна 100 млн. лева през 2023 г. Германия даде 50."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['България даде на Украйна 100 млн. лева през 2023 г.', 'Германия даде 50.']
    >>> text = "През 2023 г. България даде на Украйна 100 млн. лева."
    >>> len(split_sentences(text))
    1
    """
    words = text[start : before.start()].split()
    return len(words) >= OPENING_DATE_WORDS and bool(YEAR_RE.match(words[-1]))


def _opening_date(text: str, start: int, year: int) -> bool:
    """Return whether the words from ``start`` to the year at ``year`` in ``text`` are only a
    short phrase naming a month and that year ("U veljači 2023.", "Nakon potresa u veljači
    2023."): a year written with its ordinal full stop (Croatian and others), opening the
    sentence it dates rather than ending one. At most ``OPENING_DATE_WORDS`` words, the one
    before the year a month (``aidcalc.news.dates.month_words``, its cases included), no other
    digit."""
    words = text[start:year].split()
    if not words or len(words) >= OPENING_DATE_WORDS or any(c.isdigit() for c in text[start:year]):
        return False
    return words[-1].casefold().strip(",") in _month_forms()


@lru_cache(maxsize=1)
def _month_forms() -> frozenset[str]:
    """The folded full month forms of the news languages, their "in …" cases included."""
    from .dates import month_words

    return frozenset(
        form for lang in NEWS_LANGUAGES for form, number in month_words(lang).items() if number > 0
    )


def _next_word(text: str, index: int) -> str:
    """Return the folded word after the whitespace at ``index`` ('' if none)."""
    match = NEXT_WORD_RE.match(text, index)
    return match.group(1).casefold() if match else ""


def _next_char(text: str, index: int) -> str:
    """Return the first character after the whitespace at ``index`` ('' at the end)."""
    length = len(text)
    while index < length and text[index].isspace():
        index += 1
    return text[index] if index < length else ""


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
