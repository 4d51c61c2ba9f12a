"""Issue 14, item 10: the public functions take their arguments the same way.

Amount text wherever an ``Amount`` goes, currency codes in any case, and a frame without the
needed columns refused with the columns named.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from aidcalc import ParseError, UnknownCurrency, convert, normalize, totals
from aidcalc.amount import Amount, currency_code
from aidcalc.errors import MissingColumns

TEXT_AND_AMOUNT = [
    ("683 million euros", Amount(Decimal("683000000"), "EUR")),
    ("over €683 million", Amount(Decimal("683000000"), "EUR", "over")),
    ("2,8 Mrd. Euro", Amount(Decimal("2800000000"), "EUR")),
    ("понад 683 млн євро", Amount(Decimal("683000000"), "EUR", "over")),
    ("UAH 1.5 billion", Amount(Decimal("1500000000"), "UAH")),
    ("$10-12 million", Amount(Decimal("10000000"), "USD", None, Decimal("12000000"))),
]


@pytest.mark.parametrize(("text", "amount"), TEXT_AND_AMOUNT)
def test_convert_reads_text_as_parse_amount_does(text, amount):
    from_text = convert(text, "USD", on="2024-09-02")
    from_amount = convert(amount, "USD", on="2024-09-02")
    assert from_text == from_amount


@pytest.mark.parametrize("text", ["no money here", "", "683 million"])
def test_convert_refuses_text_without_an_amount(text):
    with pytest.raises(ParseError):
        convert(text, "USD", on="2024-09-02")


@pytest.mark.parametrize("thing", [683, Decimal("683"), 6.83, None, b"EUR 5"])
def test_convert_refuses_other_types_with_a_type_error(thing):
    with pytest.raises(TypeError, match="Amount or amount text"):
        convert(thing, "USD", on="2024-09-02")


@pytest.mark.parametrize(
    ("given", "code"),
    [("usd", "USD"), ("Usd", "USD"), ("eur", "EUR"), (" uah ", "UAH"), ("ltl", "LTL")],
)
def test_currency_codes_in_any_case(given, code):
    assert currency_code(given) == code
    amount = Amount(Decimal("5000000"), "EUR")
    on = "2014-06-02" if code == "LTL" else "2024-09-02"
    assert convert(amount, given, on=on) == convert(amount, code, on=on)


@pytest.mark.parametrize("given", ["usdd", "us", "", "XYZ", 840, None])
def test_unknown_codes_stay_refused(given):
    with pytest.raises(UnknownCurrency):
        currency_code(given)


def _frame():
    return pd.DataFrame(
        {
            "donor": ["LTU", "LTU", "POL"],
            "value": [1_000_000.0, 2_000_000.0, 3_000_000.0],
            "currency": ["EUR", "EUR", "PLN"],
            "date": ["2024-09-02", "2024-10-01", "2024"],
        }
    )


@pytest.mark.parametrize("given", ["usd", "Usd", "USD"])
def test_normalize_and_totals_take_any_case(given):
    expected = normalize(_frame(), "USD")
    pd.testing.assert_frame_equal(normalize(_frame(), given), expected)
    assert "value_usd" in expected.columns
    pd.testing.assert_frame_equal(totals(_frame(), to=given), totals(_frame(), to="USD"))


@pytest.mark.parametrize(
    ("columns", "missing"),
    [
        (["donor", "amount", "date"], ["value", "currency"]),
        (["donor", "value", "date"], ["currency"]),
        (["donor", "value", "currency"], ["date"]),
        ([], ["value", "currency", "date"]),
    ],
)
@pytest.mark.parametrize("call", ["normalize", "totals"])
def test_missing_columns_are_named(columns, missing, call):
    frame = pd.DataFrame({name: ["x"] for name in columns})
    with pytest.raises(MissingColumns) as caught:
        if call == "normalize":
            normalize(frame, "EUR")
        else:
            totals(frame, by=(), to="EUR")
    message = str(caught.value)
    assert caught.value.missing == missing
    assert message.startswith(f"{call} needs the columns {', '.join(missing)};")
    assert "read_pledges" in message
    assert isinstance(caught.value, KeyError)


def test_a_non_frame_is_a_type_error():
    with pytest.raises(TypeError, match="DataFrame"):
        normalize([{"value": 1}], "EUR")
