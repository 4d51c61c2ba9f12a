"""Issue 9, the silent values left after session 12 (items 1, 10, 13, 15, 17): each rule with
forms of our own, in several languages where it applies."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing import parse_mention

# 1. English gives way to the currency's minor units for a number with no scale word: three
# digits after the point of a two-decimal currency are no cents. A three-decimal currency keeps
# English's point, and says it rests on it.
ENGLISH_MARKS = [
    # (text, lang, value, currency, assumptions about the mark)
    ("The fund got 312.000 EUR.", None, "312000", "EUR", ()),
    ("312.000 EUR", "en", "312000", "EUR", ()),
    ("312.000 EUR", "en_US", "312000", "EUR", ()),
    ("250.000 €", "en", "250000", "EUR", ()),
    ("1.500 USD", "en", "1500", "USD", ()),
    ("The council set aside 48.500 zł for the shelter.", "en", "48500", "PLN", ()),
    ("A school raised 10.000 EUR for generators.", "en", "10000", "EUR", ()),
    ("about €1.500", "en", "1500", "EUR", ("decimal-default",)),
    ("€1.500", "en_GB", "1500", "EUR", ("decimal-default",)),
    ("1,500 €", "en", "1500", "EUR", ()),
    ("€1,500", "en", "1500", "EUR", ()),
    ("1.500 JOD", "en", "1.5", "JOD", ("decimal-default",)),
    ("KWD 2.250", "en", "2.25", "KWD", ("decimal-default",)),
    ("The fund got 1.500 JOD.", None, "1.5", "JOD", ("decimal-default",)),
    ("The ministry paid 3.125 BHD in fees.", None, "3.125", "BHD", ("decimal-default",)),
    # a scale word: English's point is its decimal point, as before
    ("€1.500 million", "en", "1500000", "EUR", ()),
    ("1.250 billion USD", "en", "1250000000", "USD", ()),
    # other languages given by the caller keep their own mark
    ("12,345 $", "fr", "12.345", "USD", ()),
    ("1.500 USD", "de", "1500", "USD", ()),
]


@pytest.mark.parametrize(("text", "lang", "value", "currency", "assumed"), ENGLISH_MARKS)
def test_english_gives_way_to_the_minor_units(text, lang, value, currency, assumed):
    m = parse_mention(text, lang=lang)
    assert (m.amount.value, m.amount.currency) == (D(value), currency)
    assert tuple(a for a in m.assumptions if a == "decimal-default") == assumed
    (x,) = extract_amounts(text, lang=lang)
    assert (x.amount, x.assumptions) == (m.amount, m.assumptions)


@pytest.mark.parametrize("lang", ["en", "en_US", None])
def test_no_english_point_reads_cents_beyond_two_decimals(lang):
    """No unscaled number of a two-decimal currency with three digits after its point reads as
    a fraction, whatever English is around it."""
    for text in ("9.999 EUR", "€9.999", "It cost 9.999 USD.", "100.001 GBP"):
        value = parse_amount(text, lang=lang).value
        assert value == value.to_integral_value(), text
