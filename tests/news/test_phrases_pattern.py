"""``news.cues.phrases_pattern`` finds what the plain alternation of ``phrase_pattern`` finds.

Its look-ahead at the first characters only lets the search pass over places where no phrase
can start; the matches, and which phrase wins at a place, stay those of ``"|".join``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news.cues import phrase_pattern, phrases_pattern
from aidcalc.words import AID_NOUNS, COLLECTIVE_DONORS


def _plain(phrases) -> re.Pattern[str]:
    return re.compile("|".join(phrase_pattern(p) for p in phrases), re.IGNORECASE)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


CASES = [
    (["aid", "military aid*"], "Military aids, aid and AID.", ["Military aids", "aid", "AID"]),
    (["Hilfe", "Militärhilfe*"], "Die MILITÄRHILFEN und Hilfe", ["MILITÄRHILFEN", "Hilfe"]),
    (["парама", "допомог*"], "Військова ДОПОМОГА і парама", ["ДОПОМОГА", "парама"]),
    (["l'aide", "aide"], "l’aide et l'aide, aide", ["l’aide", "l'aide", "aide"]),
    (["#### budget", "pomoc*"], "the 2024 budget, pomocy", ["2024 budget", "pomocy"]),
    (["ayuda"], "AYUDA, ayudas", ["AYUDA"]),  # a whole word only, without a mark
]


@pytest.mark.parametrize(("phrases", "text", "expected"), CASES)
def test_phrases_found(phrases, text, expected):
    pattern = phrases_pattern(phrases)
    assert [match.group() for match in pattern.finditer(text)] == expected
    assert _spans(pattern, text) == _spans(_plain(phrases), text)


def test_prefix_mark_alone_has_no_look_ahead():
    pattern = phrases_pattern(["aid", "*"])  # a phrase that may start with any character
    assert not pattern.pattern.startswith("(?=")
    assert _spans(pattern, "aid to all") == _spans(_plain(["aid", "*"]), "aid to all")


TABLES = [
    (name, lang, phrases)
    for name, table in (("AID_NOUNS", AID_NOUNS), ("COLLECTIVE_DONORS", COLLECTIVE_DONORS))
    for lang, spec in sorted(table.items())
    for phrases in [spec.split() if isinstance(spec, str) else list(spec)]
    if phrases
]


@pytest.mark.parametrize(
    ("name", "lang", "phrases"), TABLES, ids=[f"{n}-{g}" for n, g, _ in TABLES]
)
@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["aid", "AID", "Hilfe", "pomocy", "x", "'", "’", "2024"])))
def test_word_tables_match_their_plain_alternation(name, lang, phrases, words):
    # the table's own phrases, their capitals, and other words around them
    text = " ".join([*words, *phrases, *(p.upper() for p in phrases), *words])
    assert _spans(phrases_pattern(phrases), text) == _spans(_plain(phrases), text)
