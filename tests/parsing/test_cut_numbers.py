"""A number cut by a gap of several spaces or a tab is refused, never read as one of its pieces
("12  500 zł" was PLN 500, "2  000 EUR" EUR 0, "EUR 5  000 000" EUR 5); a number that only
stands after such a gap, one cell after another, is read as before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

CUT = [
    "2  000 EUR",
    "2\t000 EUR",
    "EUR 2  000",
    "5 000  000 EUR",
    "5 000\t000 EUR",
    "EUR 5  000 000",
    "€2  500  000",
    "12  500 zł",
    "12  500 грн",
    "USD 1,250  000",
    "1.250\t000 €",
    "CHF 3  250",
    "3  250 Kč",
    "Die Hilfe betrug 12  500 Euro.",
    "L'aide atteint 2  000 euros.",
]

APART = [
    ("2024\t5,000 EUR", "5000", "EUR"),
    ("In 2024  we gave €5 million", "5000000", "EUR"),
    ("Germany  5 000 EUR", "5000", "EUR"),
    ("Row 3\t€5m", "5000000", "EUR"),
    ("Total:\t12 500 zł", "12500", "PLN"),
    ("12 500 zł", "12500", "PLN"),
]


@pytest.mark.parametrize("text", CUT)
def test_a_cut_number_is_refused_with_its_place(text):
    with pytest.raises(ParseError, match="number cut by several spaces or a tab"):
        parse_amount(text)


@pytest.mark.parametrize("text", CUT)
def test_extraction_reads_no_piece_of_it(text):
    assert [str(m.amount) for m in extract_amounts(text)] == []


@pytest.mark.parametrize("text, value, currency", APART)
def test_a_number_after_a_gap_is_its_own(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), currency)
