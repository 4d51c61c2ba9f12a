"""``news.language.POSSESSIVE_RE`` opens with the apostrophe (the letter before it asked by a
look-behind after it) and removes what the plain form, a look-behind first, removes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news.language import POSSESSIVE_RE, infer_language

PLAIN = re.compile(r"(?<=[^\W\d_])['’]s(?![^\W\d_])")  # the rule as first written

CASES = [
    ("Korea's government", "Korea government"),
    ("Germany’s aid", "Germany aid"),
    ("the EU's and the UK's funds", "the EU and the UK funds"),
    ("Ukrainy's", "Ukrainy"),
    ("Україна's", "Україна"),  # any script's letter before it
    ("it'sa word", "it'sa word"),  # a letter after the "s": a word goes on
    ("5's and 6's", "5's and 6's"),  # a digit before it
    ("'s alone", "'s alone"),
    ("rock 'n' roll's", "rock 'n' roll"),
    ("x_'s", "x_'s"),
    ("Paris’s’s", "Paris"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_possessive_endings_removed(text, expected):
    assert POSSESSIVE_RE.sub("", text) == expected == PLAIN.sub("", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab'’sS1 äы_", max_size=24))
def test_possessive_pattern_matches_its_plain_form(text):
    found = [match.span() for match in POSSESSIVE_RE.finditer(text)]
    assert found == [match.span() for match in PLAIN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany pledged €2bn. Korea's government promised $300m.", "en"),
        ("Lietuva skyrė Ukrainai 10 mln. eurų paramą.", "lt"),
        ("Deutschland's Regierung hat der Ukraine 2 Mrd. Euro zugesagt.", "de"),
    ],
)
def test_language_with_possessives(text, lang):
    assert infer_language(text) == lang
