"""A bare number joined to a lower one that alone writes the currency (issue 9, item 6; trial 8):
'20-10 EUR' read EUR 10 and lost the 20 without a word, on every path. With no scale word to
tell a range, the pair is refused whole, and extraction reports it; a scaled range written
high to low is still read low to high ('range-reordered')."""

from __future__ import annotations

import io

import pytest

from aidcalc.errors import ParseError
from aidcalc.parsing import extract_amounts, parse_amount
from aidcalc.pledges.read import read_pledges

REFUSED = [
    "20-10 EUR",
    "5 to 3 euros",
    "from 20 to 10 EUR",
    "It cost 20-10 EUR.",
    "2024-10 EUR",
    "1999-12 USD",
    "score 3-1 EUR",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_number_joined_to_a_lower_one_is_refused(text):
    with pytest.raises(ParseError, match="joins a number to a lower one"):
        parse_amount(text)
    refused: list = []
    assert extract_amounts(text, refused=refused) == []
    assert [r.reason for r in refused] and "lower one" in refused[0].reason


# still read: a range low to high, a scaled range reordered, a year label before a spaced dash
READ = [
    ("10-20 EUR", "EUR 10-20", ()),
    ("€9–6 million", "EUR 6000000-9000000", ("range-reordered",)),
    ("20–10 mln zł", "PLN 10000000-20000000", ("range-reordered",)),
    ("20-10 млн грн", "UAH 10000000-20000000", ("range-reordered",)),
    ("In 2023 – 500 EUR", "EUR 500", ()),
    ("W 2023 – 500 zł", "PLN 500", ()),
]


@pytest.mark.parametrize(("text", "amount", "assumed"), READ)
def test_ranges_and_labels_still_read(text, amount, assumed):
    assert str(parse_amount(text)) == amount
    (mention,) = extract_amounts(text)
    assert (str(mention.amount), mention.assumptions) == (amount, assumed)


def test_a_table_cell_gets_the_parsers_reason():
    table = "donor,date,value,currency\nDEU,2024-01-05,20-10,EUR\n"
    with pytest.raises(ValueError) as caught:
        read_pledges(io.StringIO(table), format="csv")
    assert "lower one" in str(caught.value)
