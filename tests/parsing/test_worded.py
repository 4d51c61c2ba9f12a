"""``parsing._worded_amount``, the fast path for English counts in words before a scale word
and a currency ("two billion euros", "half a billion dollars"), reads as the general grammar
reads, or takes the general path."""

from __future__ import annotations

import pytest

from aidcalc import parse_amount
from aidcalc.amount import known_currencies
from aidcalc.parsing import _worded_amount
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon
from aidcalc.parsing.worded import COUNTS, SCALES


def _general(text: str):
    found = Reader(text, None, None).mentions(first_only=True)
    return found[0].amount if found else None


WORDED = [
    ("half a billion dollars", "USD 500000000"),
    ("a billion dollars", "USD 1000000000"),
    ("three hundred million euros", "EUR 300000000"),
    ("two billion euros", "EUR 2000000000"),
    ("twenty-five million EUR", "EUR 25000000"),
    ("a hundred million hryvnias", "UAH 100000000"),
    ("fifteen thousand zlotys", "PLN 15000"),
    ("ninety-nine trillion yen", "JPY 99000000000000"),
    ("half a million euro", "EUR 500000"),
    ("one billion dollar", "USD 1000000000"),
    ("seven hundred thousand UAH", "UAH 700000"),
]


@pytest.mark.parametrize(("text", "expected"), WORDED)
def test_worded_amounts_read_as_the_general_grammar(text, expected):
    assert str(_worded_amount(text)) == expected
    assert str(parse_amount(text)) == expected
    assert str(_general(text)) == expected


LEFT = [
    "two and a half billion euros",  # "and": not a count of the table
    "Two billion euros",  # a capital
    "two billion pounds",  # pounds: a weight too
    "two billion rubles",  # rubles: several currencies
    "two  billion euros",  # two spaces
    "two billion euros in aid",  # more words
    "a half billion euros",
    "half billion euros",
    "ten hundred million euros",
    "twenty-ten million euros",
    "two milliards euros",  # not an English scale
    "two billion",  # no currency
    "2 billion euros",  # digits: the other paths
    "two billion Canadian dollars",
]


@pytest.mark.parametrize("text", LEFT)
def test_other_shapes_take_the_general_path(text):
    assert _worded_amount(text) is None


@pytest.mark.parametrize("scale", sorted(SCALES))
def test_every_count_before_every_scale_reads_as_the_grammar_reads_it(scale):
    for count in COUNTS:
        for mark in ("euros", "dollars", "dollar", "EUR", "USD", "hryvnias", "zlotys", "yen"):
            text = f"{count} {scale} {mark}"
            fast = _worded_amount(text)
            assert fast is not None, text
            general = _general(text)
            assert (str(fast), fast.value) == (str(general), general.value), text


def test_every_one_currency_name_and_code_reads_as_the_grammar_reads_it():
    lex = lexicon()
    names = sorted(k for k in lex.first_tokens() if k.isalpha() and k.islower())
    names += sorted(k for k in lex._load_names() if k.isalpha() and k.islower())
    marks = sorted(set(names)) + sorted(known_currencies())
    taken = 0
    for mark in marks:
        for text in (f"two billion {mark}", f"half a million {mark}"):
            fast = _worded_amount(text)
            if fast is None:
                continue
            taken += 1
            general = _general(text)
            assert (str(fast), fast.value) == (str(general), general.value), text
    assert taken > 5_000
