"""Letters glued to a dollar sign are the sign's, never a word telling the text's language.

"Australia pledged AU$1.1 billion" was guessed French by the "au" of "AU$" (a French word),
and the French billion, 10^12, was read without a word said (found by parsespeed12)."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing.language import text_language

BILLION = 10**9


@pytest.mark.parametrize(
    "text, code",
    [
        ("Australia pledged AU$1.1 billion", "AUD"),
        ("Germany pledged AU$1.1 billion", "AUD"),
        ("The government pledged AU$ 1.1 billion", "AUD"),
        ("Wellington gave NZ$1.1 billion", "NZD"),
        ("Brazil pledged R$1.1 billion", "BRL"),
        ("Singapore pledged S$1.1 billion", "SGD"),
        ("Ottawa pledged C$1.1 billion", "CAD"),
        ("Canberra pledged $AU1.1 billion", "AUD"),
        ("Hong Kong gave HK$1.1 billion", "HKD"),
    ],
)
def test_a_lettered_dollar_does_not_make_the_billion_long(text, code):
    [found] = extract_amounts(text)
    assert found.amount.currency == code
    # the English billion, or another power only with the default it rests on named
    assert found.amount.value == 1_100_000_000 or found.assumptions


@pytest.mark.parametrize(
    "text, lang",
    [
        ("AU$1.1 billion", None),
        ("Australia pledged AU$1.1 billion", None),
        ("Die Regierung gab AU$1,1 Milliarden und mehr.", "de"),
        ("Au total, la France a versé 3 milliards.", "fr"),  # "au" as a word still counts
        ("Le Canada verse C$2 milliards au fonds.", "fr"),
    ],
)
def test_sign_letters_tell_no_language(text, lang):
    assert text_language(text) == lang


@pytest.mark.parametrize(
    "text, value",
    [
        ("Die Regierung gab AU$1,1 Billionen.", 1_100 * BILLION),  # the German Billion, written
        ("Australien hat AU$1,1 Milliarden zugesagt.", 1_100_000_000),
        ("Australia pledged AU$1.1 billion on Monday.", 1_100_000_000),
    ],
)
def test_the_words_around_still_decide(text, value):
    [found] = extract_amounts(text)
    assert found.amount.value == value
