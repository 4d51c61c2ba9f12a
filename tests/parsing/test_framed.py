"""The simplest shapes framed by ordinary English words (``parsing.framed``) read as the
general grammar reads them, or take the general path."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, parse_amount
from aidcalc.parsing import _framed_amount, _simple_amount
from aidcalc.parsing.framed import ARTICLES, FRAME_WORDS, framed_core
from aidcalc.parsing.grammar import Reader


def _general(text: str):
    found = Reader(text, None, None).mentions(first_only=True)
    return found[0].amount if found else None


# (text, what parse_amount reads): each taken by the framed path
FRAMED = [
    ("a package worth $2.5 billion", "USD 2500000000"),
    ("some $400 million in aid", "approx USD 400000000"),
    ("$5.5 billion in military aid", "USD 5500000000"),
    ("an additional $425 million", "USD 425000000"),
    ("a humanitarian package worth €50m", "EUR 50000000"),
    ("about £1.2bn in budget support", "approx GBP 1200000000"),
    ("EUR 1.4 billion in loans", "EUR 1400000000"),
    ("further USD 250,000 in grants", "USD 250000"),
    ("military aid worth up to €5 billion", "up to EUR 5000000000"),
    ("1.5 million EUR in emergency relief", "EUR 1500000"),
    ("an extra US$1.2bn", "USD 1200000000"),
    ("reconstruction funding worth more than $61 billion", "over USD 61000000000"),
    ("$12,345.67 in credit guarantees", "USD 12345.67"),
    ("energy support worth CHF 5 million", "CHF 5000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRAMED)
def test_framed_amounts_read_as_the_general_grammar(text, expected):
    assert str(_framed_amount(text)) == expected
    assert str(parse_amount(text)) == expected
    assert str(_general(text)) == expected


# texts the framed path leaves to the general one (None), whatever the general one reads
NOT_FRAMED = [
    "a $5m grant",  # an article right before the amount
    "€5m a year",  # an article after it
    "package AU$1.1 billion",  # a lettered dollar: the grammar weighs the sign's languages
    "aid C$500 million",
    "Aid $5m",  # a capital: no frame word
    "new $5m",  # "new": not a frame word (the grammar weighs it)
    "aid  $5m",  # two spaces
    "aid $5m.",  # a full stop
    "aid aid",  # no amount
    "$5m",  # no frame
    "aid in 5 million euros",  # no simple shape in the frame
    "Ukraine $5m",  # a country: its currency may be meant
]


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_texts_left_to_the_general_path(text):
    assert _framed_amount(text) is None


def test_framed_core_cuts_frame_words_at_both_ends_only():
    assert framed_core("aid worth $5m in aid") == "$5m"
    assert framed_core("a package worth about $5m") == "about $5m"
    assert framed_core("aid $5m Kyiv aid") == "$5m Kyiv"  # not simple: read by the grammar
    assert _framed_amount("aid $5m Kyiv aid") is None


# the simplest shapes whose marks the framed path reads
CORES = [
    "$2.5 billion", "€5m", "£1.2bn", "EUR 1.4 billion", "1.5 million EUR", "$400 million",
    "about $50 million", "some $400 million", "up to €5 billion", "USD 250,000", "$12,345.67",
    "£500,000", "CHF 5 million", "NOK 75 billion", "$1,234", "US$1.2bn", "US $1.2 billion",
    "$.5 billion", "JPY 4.5 billion", "more than $61 billion", "~$40bn", "$1 trillion",
    "50 M€", "$5k", "59.90 €", "PLN 3 billion", "roughly £150m", "nearly $1 trillion",
]  # fmt: skip


def _reads_alike(text: str) -> bool:
    fast = _framed_amount(text)
    if fast is None:
        return True  # the general path reads it
    general = _general(text)
    return general is not None and (str(fast), fast.value) == (str(general), general.value)


@pytest.mark.parametrize("word", sorted(FRAME_WORDS - ARTICLES))
def test_each_frame_word_around_each_shape_reads_as_the_general_grammar(word):
    for core in CORES:
        assert _simple_amount(core) is not None
        framings = (f"{word} {core}", f"{core} {word}", f"a {word} {core}", f"{word} {core} {word}")
        for text in framings:
            assert _reads_alike(text), text
        assert _framed_amount(f"{word} {core}") is not None


@settings(max_examples=300, deadline=None)
@given(
    before=st.lists(st.sampled_from(sorted(FRAME_WORDS)), max_size=3),
    core=st.sampled_from(CORES),
    after=st.lists(st.sampled_from(sorted(FRAME_WORDS)), max_size=3),
)
def test_framed_path_never_reads_otherwise_than_the_general_grammar(before, core, after):
    text = " ".join([*before, core, *after])
    assert _reads_alike(text), text
    if (before or after) and not (before and before[-1] in ARTICLES) and not ARTICLES & set(after):
        assert _framed_amount(text) is not None, text
    try:
        parse_amount(text)
    except ParseError:
        assert _framed_amount(text) is None


# Found while checking the frame words (open fault, not of the fast paths): among English words,
# a lettered dollar sign that CLDR gives several long-scale languages ("AU$": cs, da, de, nl, pt,
# tr) is read with the long scale's billion, 10^12, and the reading records no assumption: a
# silent thousandfold. Alone ("AU$1.1 billion") or after one word it reads 10^9.
@pytest.mark.parametrize(
    "text", ["a package worth AU$1.1 billion", "Australia pledged AU$1.1 billion"]
)
def test_a_lettered_dollar_among_english_words_reads_the_english_billion(text):
    found = Reader(text, None, None).mentions(first_only=True)[0]
    assert found.amount.value == 1_100_000_000 or found.assumptions
