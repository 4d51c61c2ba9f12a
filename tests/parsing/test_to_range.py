"""``parsing._to_range``, the fast path for ranges in words ("300 to 400 million euros"),
reads every text it takes as the general grammar reads it, and leaves the rest to it
(issue 9, speed: no reading may change)."""

from __future__ import annotations

import pytest

from aidcalc import parse_amount
from aidcalc.amount import known_currencies
from aidcalc.parsing import _to_range
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon


def _general(text: str):
    """The grammar's first mention of ``text``, when it spans the whole text."""
    found = Reader(text, None, None).mentions(first_only=True)
    if not found or found[0].start != 0 or found[0].end != len(text):
        return None
    return found[0].amount


TAKEN = [
    ("300 to 400 million euros", "EUR 300000000-400000000"),
    ("2 to 3 thousand euros", "EUR 2000-3000"),
    ("1.5 to 2 million euros", "EUR 1500000-2000000"),
    ("0 to 400 million euros", "EUR 0-400000000"),
    ("5 to 10 million euro", "EUR 5000000-10000000"),
    ("300 to 400 mn euros", "EUR 300000000-400000000"),
    ("3 to 4 million PLN", "PLN 3000000-4000000"),
    ("12 to 15 thousand USD", "USD 12000-15000"),
    ("2 to 3 million hryvnias", "UAH 2000000-3000000"),
    ("2 to 3 million złotych", "PLN 2000000-3000000"),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_ranges_in_words_read_fast_as_the_grammar_reads_them(text, expected):
    assert str(_to_range(text)) == expected
    assert str(_general(text)) == expected
    assert str(parse_amount(text)) == expected


LEFT = [
    "400 to 300 million euros",  # falling: the grammar reorders it and says so
    "1 to 1 million euros",  # equal ends: no range to the grammar
    "1.500 to 2.000 million euros",  # marks the grammar weighs
    "1,5 to 2 million euros",
    "05 to 10 million euros",
    "5 to 6 million dollars",  # a name of several currencies
    "5 to 6 million pounds",
    "2 to 3 million rubles",  # RUB or BYN: refused by the grammar
    "5 to 6 billion euros",  # a scale word of several powers
    "5 to 6 millions euros",
    "5 to 6 million Euros",
    "5 to 6 million euros.",
    "5 to 6 million kip",  # a currency name that is an ordinary word
    "about 5 to 6 million euros",
    "5 to 6 million grand",
    "5 To 6 million euros",
]


@pytest.mark.parametrize("text", LEFT)
def test_other_range_shapes_take_the_general_path(text):
    assert _to_range(text) is None


def test_every_one_currency_name_and_code_reads_as_the_grammar_reads_it():
    lex = lexicon()
    names = sorted(k for k in lex.first_tokens() if k.isalpha() and k.islower())
    names += sorted(k for k in lex._load_names() if k.isalpha() and k.islower())
    marks = sorted(set(names)) + sorted(known_currencies())
    taken = 0
    for mark in marks:
        for text in (
            f"300 to 400 million {mark}",
            f"2 to 3 thousand {mark}",
            f"1.5 to 2 mn {mark}",
        ):
            fast = _to_range(text)
            if fast is None:
                continue
            taken += 1
            assert fast == _general(text), text
    assert taken > 10_000  # most names and codes are of one currency and no ordinary word
