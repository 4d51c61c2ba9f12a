"""Finding the institutions and offices a sentence names: the gazetteer of ``aidcalc/words/``.

A news sentence often names the giver by an office rather than a country: "the Pentagon", "the
Dutch defence ministry", "Уряд Японії", "la Commission européenne". The gazetteer
(``INSTITUTIONS`` in each language module of ``aidcalc/words/``) maps a named institution to its
country or body (``Pentagon`` -> ``USA``, ``European Commission`` -> ``EU``, ``EIB``) and marks
an office that any country has ("government", "Verteidigungsministerium", "rząd") with no code:
``aidcalc.news.donors`` then gives it the country named beside it, or the article's.

Phrases use the cue syntax (``*`` ends a prefix, so "ministerij*" finds every case ending) and
match ignoring case, except acronyms written in capitals ("EIB", "MON"), which must be written
so. The text's language is searched with English (names such as "Pentagon" travel).

>>> [(i.code, i.text) for i in find_institutions("The Pentagon and the German government", "en")]
[('USA', 'Pentagon'), ('', 'government')]
>>> [(i.code, i.text) for i in find_institutions("Уряд Японії надав Україні", "uk")]
[('', 'Уряд')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..words import INSTITUTIONS
from .cues import phrase_pattern


class Institution(NamedTuple):
    """An institution or office named in a text: offsets, code ("" for an office of any
    country) and the words as written."""

    start: int
    end: int
    code: str
    text: str


# How many first letters of a phrase's first word index it (shorter words are indexed whole).
PREFIX = 3
WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _compiled(lang: str | None) -> tuple[re.Pattern[str] | None, tuple[str, ...], frozenset[str]]:
    """Return one pattern for the gazetteer of ``lang`` and English, the code per group, and the
    folded first letters of the phrases (only words starting so are tried)."""
    langs = [lang] if lang in INSTITUTIONS and lang != "en" else []
    phrases: list[tuple[str, str]] = []
    for code_lang in ["en", *langs]:
        for code, forms in INSTITUTIONS[code_lang].items():
            phrases.extend((form, code) for form in forms)
    phrases.sort(key=lambda pair: len(pair[0]), reverse=True)  # the longest phrase wins
    codes = tuple(code for _, code in phrases)
    starts = frozenset(WORD_RE.match(form).group().casefold()[:PREFIX] for form, _ in phrases)
    groups = []
    for index, (form, _) in enumerate(phrases):
        # the word start every phrase asks for is asked once, before them all (the same place)
        body = phrase_pattern(form, word_start=False)
        acronym = form.isupper() and len(form) > 1
        groups.append(f"(?P<i{index}>" + (f"(?-i:{body})" if acronym else body) + ")")
    if not groups:
        return None, codes, starts
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + ")", re.IGNORECASE), codes, starts


def find_institutions(text: str, lang: str | None) -> list[Institution]:
    """Return the institutions and offices ``text`` names, in order, without overlaps."""
    pattern, codes, starts = _compiled(lang)
    if pattern is None:
        return []
    found: list[Institution] = []
    end = 0
    for word in WORD_RE.finditer(text):
        folded = word.group()[:PREFIX].casefold()
        # a phrase's first word shorter than PREFIX may open a longer run in a script that
        # glues particles on ("정부는": "정부" and "는")
        if word.start() < end or (folded not in starts and folded[:2] not in starts):
            continue
        match = pattern.match(text, word.start())
        if match:
            found.append(
                Institution(
                    match.start(), match.end(), codes[int(match.lastgroup[1:])], match.group()
                )
            )
            end = match.end()
    return found
