"""A footnote marker of superscript digits glued to a word is no part of the amount
(``characters.clean`` drops it), in every language; a unit's power ("m²", "km²") and an
exponent after a digit ("10⁶") are not footnotes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.characters import clean

# (text, value, currency): a scale word, a dotted scale word or a currency name with its marker
MARKED = [
    ("€5 million¹", "5000000", "EUR"),
    ("US$5 billion²", "5000000000", "USD"),
    ("£2.3bn³", "2300000000", "GBP"),
    ("5 Mio.² Euro", "5000000", "EUR"),
    ("2,8 Mrd.¹ Euro", "2800000000", "EUR"),
    ("€5 Mrd¹", "5000000000", "EUR"),
    ("PLN 5 mln¹", "5000000", "PLN"),
    ("₴5 млн³", "5000000", "UAH"),
    ("683 mln. eurų⁴", "683000000", "EUR"),
    ("3 milliards d'euros²", "3000000000", "EUR"),
    ("1.500 millones de euros¹⁰", "1500000000", "EUR"),
    ("5 Mio. Euro¹", "5000000", "EUR"),
    ("около 2 млрд рублей⁵", "2000000000", "RUB"),
    ("$5 MM¹", "5000000", "USD"),
    # a unit of area's letters with a marker no unit takes (a power of 1, two digits): the
    # finance million "mm" and its footnote
    ("€5 mm¹", "5000000", "EUR"),
    ("$5 mm¹²", "5000000", "USD"),
]


@pytest.mark.parametrize("text, value, currency", MARKED)
def test_a_footnote_marker_leaves_the_amount_whole(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), currency)


@pytest.mark.parametrize("text, value, currency", MARKED)
def test_in_a_sentence_too(text, value, currency):
    sentence = f"The pledge of {text} was confirmed."
    found = extract_amounts(sentence)
    assert [(m.amount.value, m.amount.currency) for m in found] == [(Decimal(value), currency)]
    # the mention's span is in the text as given, without the marker
    assert sentence[found[0].start : found[0].end] in text


@pytest.mark.parametrize(
    "text",
    ["120 m² for €5m", "a 5 km² site worth €5m", "cm³ and €5m", "10⁶ and €5m", "40 ft² for $5m"],
)
def test_powers_of_units_and_exponents_are_kept(text):
    assert clean(text)[0] == text


def test_a_marker_glued_to_a_scale_letter_is_refused_not_misread():
    # "€5m²" may be a price per square metre: never EUR 5 or EUR 5 million in silence
    for text in ("€5m¹", "€5m²"):
        with pytest.raises(ParseError):
            parse_amount(text)
