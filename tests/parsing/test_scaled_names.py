"""``parsing._scaled_name_amount``, the fast path for "billion" or "trillion" before an
English currency name ("2 billion euros", "at least 1.5 trillion hryvnias"), reads as the
general grammar reads, or takes the general path."""

from __future__ import annotations

import pytest

from aidcalc import parse_amount
from aidcalc.parsing import _EN_QUALIFIERS, _scaled_name_amount
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon


def _general(text: str):
    found = Reader(text, None, None).mentions(first_only=True)
    return found[0].amount if found else None


SCALED = [
    ("at least 2 billion euros", "over EUR 2000000000"),
    ("1 billion hryvnias", "UAH 1000000000"),
    ("more than 1.5 trillion zlotys", "over PLN 1500000000000"),
    ("about 0.5 billion euros", "approx EUR 500000000"),
    ("up to 3.25 billion hryvnias", "up to UAH 3250000000"),
    ("nearly 40 billion euros", "under EUR 40000000000"),
    ("12 trillion euros", "EUR 12000000000000"),
]


@pytest.mark.parametrize(("text", "expected"), SCALED)
def test_scaled_names_read_as_the_general_grammar(text, expected):
    assert str(_scaled_name_amount(text)) == expected
    assert str(parse_amount(text)) == expected
    assert str(_general(text)) == expected


LEFT = [
    "2 billion africains",  # French only: the French billion, 10^12
    "over 2 billion euros",  # "over" is Danish too
    "über 2 billion euros",  # a German qualifier
    "2 billion dollars",  # several currencies
    "2 billion pounds",  # a weight too
    "1.500 billion euros",  # the mark needs evidence
    "1,5 billion euros",
    "2 billion EUR",  # a code: the simplest path's
    "2 Billion euros",  # a capital
    "2 billion euros in aid",
    "2  billion euros",
    "02 billion euros",
    "2 million euros",  # one power: the words' path
]


@pytest.mark.parametrize("text", LEFT)
def test_other_shapes_take_the_general_path(text):
    assert _scaled_name_amount(text) is None


def _names() -> list[str]:
    lex = lexicon()
    names = {k for k in lex.first_tokens() if k.isalpha() and k.islower()}
    names |= {k for k in lex._load_names() if k.isalpha() and k.islower()}
    return sorted(names)


def _alike(text: str) -> bool | None:
    fast = _scaled_name_amount(text)
    if fast is None:
        return None
    general = _general(text)
    return general is not None and (str(fast), fast.value) == (str(general), general.value)


def test_every_name_reads_as_the_grammar_reads_it():
    taken = 0
    for name in _names():
        for text in (f"2 billion {name}", f"1.5 trillion {name}", f"at least 0.75 billion {name}"):
            alike = _alike(text)
            if alike is None:
                continue
            taken += 1
            assert alike, text
    assert taken > 300  # the names English writes of one currency


@pytest.mark.parametrize("qualifier", sorted(_EN_QUALIFIERS))
def test_every_english_qualifier_reads_as_the_grammar_reads_it(qualifier):
    for name in ("euros", "euro", "hryvnias", "zlotys", "yen", "rupees", "forints"):
        for text in (f"{qualifier} 2 billion {name}", f"{qualifier} 1.5 trillion {name}"):
            assert _alike(text) in (True, None), text
    assert _scaled_name_amount(f"{qualifier} 2 billion euros") is not None
