"""A capitalised currency name before a year names an event ("Euro 2024"): every path reads it
so (trial 6 found parse_amount's word tier and plain shapes reading EUR 2024 where
extract_amounts, by the grammar's event rule, found no amount)."""

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.errors import ParseError
from aidcalc.parsing import parse_mention


@pytest.mark.parametrize(
    "text", ["Euro 2024", "EURO 2024", "Euro 2016", "Euro 2024.", "Dollar 2024", "Rand 2024"]
)
def test_a_name_and_its_year_is_no_amount_on_any_path(text):
    assert extract_amounts(text) == []
    with pytest.raises(ParseError):
        parse_amount(text)
    with pytest.raises(ParseError):
        parse_mention(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EUR 2024", "EUR 2024"),  # a code leads its number
        ("euro 2024", "EUR 2024"),
        ("€2024", "EUR 2024"),
        ("Euro 2000 Millionen", "EUR 2000000000"),  # a scale word after the year
        ("Euro 2024 Millionen", "EUR 2024000000"),
    ],
)
def test_a_code_sign_or_scale_keeps_the_amount(text, expected):
    assert str(parse_amount(text)) == expected
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Euro-2024",
        "Euro-2024-Finale",
        "Євро-2024 пройшло в Німеччині.",
        "Germany paid EUR-2024 fees.",
        "Die Euro-2024 war ein Erfolg.",
    ],
)
def test_a_hyphen_glued_after_a_currency_word_is_no_minus_sign(text):
    # trial 7: "Euro-2024" read EUR -2024 on every path, a pledge row of -2024 included
    assert extract_amounts(text) == []
    with pytest.raises(ParseError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("€-15.00", "EUR -15"), ("€ -15.00", "EUR -15"), ("USD -1,000,000", "USD -1000000")],
)
def test_a_minus_after_a_sign_or_a_space_stays_a_minus(text, expected):
    assert str(parse_amount(text)) == expected
