"""Silent values a new-user trial found in the parser (issue 9, trial 7), each kind with forms
in several languages: digit groups parted by single spaces as no number groups them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import extract_amounts, parse_amount
from aidcalc.errors import ParseError
from aidcalc.parsing import _simple_amount
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.plain import plain_amount
from aidcalc.parsing.spaced import word_amount


def _read(text: str) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text)]


# digit groups one space apart that no writing system groups so: neither head nor tail is read
IRREGULAR_RUNS = [
    "1 234 5678 €",
    "12 34 €",
    "1 23 456 €",
    "1,234 567 zł",
    "1.234 567 zł",
    "€1 234 5678",
    "12 34 EUR",
    "5 12 34 €",
    "1 234\u00a05678 €",  # a no-break space parts the groups
    "Die Hilfe betrug 12 34 Euro.",
    "Polska przekazała 1 23 456 zł.",
    "L'aide atteint 1 234 5678 euros.",
    "Україна отримала 12 34 гривень.",
    "Lietuva skyrė 1 234 5678 eurų.",
    "In 2024 12 34 € were paid.",  # the year read, the run after it still irregular
]


@pytest.mark.parametrize("text", IRREGULAR_RUNS)
def test_an_irregular_run_of_spaced_digit_groups_is_refused_whole(text):
    assert _read(text) == []
    with pytest.raises(ParseError, match="grouped by spaces as no number is"):
        parse_amount(text)


@pytest.mark.parametrize("text", IRREGULAR_RUNS)
def test_the_fast_paths_decline_an_irregular_run(text):
    assert _simple_amount(text) is None
    assert word_amount(text) is None
    assert plain_amount(Reader(text, None, None)) is None


KEPT = [  # regular groupings, a year before the amount, cents after dollars, words between
    ("1 234 567 €", ["EUR 1234567"]),
    ("12 345 678,9 €", ["EUR 12345678.9"]),
    ("1,00,00,000 €", ["EUR 10000000"]),
    ("In 2024 5 million euros were pledged.", ["EUR 5000000"]),
    ("Im Jahr 2023 150 000 € gezahlt.", ["EUR 150000"]),
    ("W 2022 300 mln zł trafiło do Kijowa.", ["PLN 300000000"]),
    ("In 2024  5 million euros", ["EUR 5000000"]),  # two spaces: no grouping
    ("In 2024, 5 € were paid.", ["EUR 5"]),
    ("Of the 120 soldiers, 45 million euros", ["EUR 45000000"]),
    ("$20 43", ["USD 20.43"]),
    ("EUR 12 34", ["EUR 12.34"]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_regular_groups_and_years_before_an_amount_read_as_before(text, expected):
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    head=st.integers(min_value=1, max_value=999),
    tail=st.integers(min_value=1000, max_value=99999),
    currency=st.sampled_from(["€", "EUR", "zł", "euros"]),
)
def test_a_head_before_a_longer_group_never_leaves_its_tail(head, tail, currency):
    # "12 3456 €": the 4- or 5-digit group cannot follow a group, so nothing is read
    text = f"{head} {tail} {currency}"
    assert _read(text) == []
