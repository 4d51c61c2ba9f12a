"""A coin word before an amount set off after it is a share, not a coin (issue shares11).

"Half of it (€1.5bn) goes to air defence, a quarter (€750m) to drones." read "a quarter" as
0.25 USD (the US coin, ``COINS``). A coin word counted by "a" or a number is no coin when a
bracket, comma, colon or dash and then an amount follow it (``Grammar.coin_at``,
``aidcalc.parsing.currency_beside``): only the amount after it is read. Coins elsewhere ("He
found a quarter on the floor.", "two quarters") are read as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc.parsing import extract_amounts


def readings(text):
    return [
        (text[m.start : m.end], m.amount.value, m.amount.currency, m.amount.high)
        for m in extract_amounts(text, lang="en")
    ]


SHARES = [
    (
        "Half of it (€1.5bn) goes to air defence, a quarter (€750m) to drones.",
        [("€1.5bn", Decimal("1.5e9"), "EUR"), ("€750m", Decimal("7.5e8"), "EUR")],
    ),
    ("A quarter (€750m) goes to drones.", [("€750m", Decimal("7.5e8"), "EUR")]),
    ("a quarter, €750m, goes to drones", [("€750m", Decimal("7.5e8"), "EUR")]),
    ("a quarter - €750m - goes to drones", [("€750m", Decimal("7.5e8"), "EUR")]),
    ("a quarter: 750 million euros for drones", [("750 million euros", Decimal("7.5e8"), "EUR")]),
    ("three quarters ($2.25bn) went to arms", [("$2.25bn", Decimal("2.25e9"), "USD")]),
    ("a dime, or $5m, for demining", [("$5m", Decimal("5e6"), "USD")]),
    ("two quarters [£1bn] for energy", [("£1bn", Decimal("1e9"), "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_coin_word_before_a_set_off_amount_is_no_coin(text, expected):
    assert [(shown, value, code) for shown, value, code, _ in readings(text)] == expected
    assert all(high is None for *_, high in readings(text))  # never a range from the coin


COINS_KEPT = [
    ("He found a quarter on the floor.", [("a quarter", Decimal("0.25"), "USD", None)]),
    ("It costs a quarter.", [("a quarter", Decimal("0.25"), "USD", None)]),
    ("two quarters and a dime", [("two quarters", Decimal("0.50"), "USD", None)]),
    ("four quarters, please", [("four quarters", Decimal("1.00"), "USD", None)]),
    ("a quarter of the money", []),
]


@pytest.mark.parametrize(("text", "expected"), COINS_KEPT)
def test_coins_elsewhere_read_as_before(text, expected):
    assert readings(text) == expected
