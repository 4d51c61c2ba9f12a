"""The finance press's "MMM" is a thousand million (10^9), as its "MM" is a million: after a
sign, a code or a number, glued or apart ("US$5 MMM" was USD 5, silently)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

FORMS = [
    ("US$5 MMM", "5000000000", "USD"),
    ("US$ 5 MMM", "5000000000", "USD"),
    ("$2.5MMM", "2500000000", "USD"),
    ("€5 MMM", "5000000000", "EUR"),
    ("5 MMM EUR", "5000000000", "EUR"),
    ("USD 3 MMM", "3000000000", "USD"),
    ("3 mmm dollars", "3000000000", "USD"),
    ("$5 MM", "5000000", "USD"),
]


@pytest.mark.parametrize("text, value, currency", FORMS)
def test_mm_and_mmm(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), currency)
    sentence = f"The fund raised {text} last year."
    found = [(m.amount.value, m.amount.currency) for m in extract_amounts(sentence)]
    assert found == [(Decimal(value), currency)]
