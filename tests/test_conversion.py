"""convert and deviation: Decimal conversions with the rate's provenance."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from ecb_reference import ecb
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from aidcalc.amount import Amount
from aidcalc.conversion import Conversion, convert, deviation
from aidcalc.errors import RateNotAvailable, UnknownCurrency
from aidcalc.rates import Rates

EUR_683M = Amount(Decimal("683000000"), "EUR")


def test_convert_at_the_days_fixing():
    result = convert(EUR_683M, "USD", on="2024-11-04")
    assert result == Conversion(
        Amount(Decimal("744743200.0000"), "USD"),
        Decimal("1.0904"),
        date(2024, 11, 4),
        "ECB euro reference rate",
        "previous",
    )
    assert result.amount.value == Decimal("683000000") * ecb()["2024-11-04"]["USD"]


def test_qualifier_and_both_range_ends_are_kept():
    amount = Amount(Decimal("5000000"), "USD", "up_to", Decimal("10000000"))
    result = convert(amount, "EUR", on=date(2024, 11, 4))
    assert result.amount.qualifier == "up_to"
    assert result.amount.value == Decimal("5000000") * result.rate
    assert result.amount.high == Decimal("10000000") * result.rate
    assert result.amount.currency == "EUR"


def test_method_follows_the_value_date_precision():
    assert convert(EUR_683M, "USD", on="2024-09").method == "monthly"
    assert convert(EUR_683M, "USD", on="2024").method == "annual"
    assert convert(EUR_683M, "USD", on="2024-11-02", method="nearest").rate_date == date(
        2024, 11, 1
    )


def test_same_currency_keeps_the_amount():
    result = convert(EUR_683M, "EUR", on="2024-11-04")
    assert result.amount == EUR_683M and result.rate == 1


def test_refusals_pass_through():
    with pytest.raises(UnknownCurrency):
        convert(EUR_683M, "ABC", on="2024-11-04")
    with pytest.raises(RateNotAvailable, match="rates update"):
        convert(EUR_683M, "USD", on="2026-11-16")  # past the shipped data, not past today
    with pytest.raises(RateNotAvailable, match="2030-01-15 is still to come"):
        convert(EUR_683M, "USD", on="2030-01-15")
    with pytest.raises(RateNotAvailable, match="RUB"):
        convert(Amount(Decimal(1), "RUB"), "EUR", on="2023-06-01")


def test_explicit_rates_object_is_used():
    strict = Rates.from_files(staleness_days=0)
    with pytest.raises(RateNotAvailable):
        convert(EUR_683M, "USD", on="2024-11-02", rates=strict)


def test_legacy_and_uah_conversions():
    ltl = convert(Amount(Decimal("345280"), "LTL"), "EUR", on="2016-01-01")
    assert ltl.amount.value == Decimal("100000")
    uah = convert(Amount(Decimal("365686"), "UAH"), "USD", on="2023-01-15")
    assert uah.amount.value == Decimal("10000")


def test_deviation_of_a_restatement():
    # "683 million euros (approximately $763 million)" on 2024-11-04: reference 744.7432 million
    restated = Amount(Decimal("763000000"), "USD", "approx")
    got = deviation(EUR_683M, restated, "2024-11-04")
    assert got == Decimal("763000000") / Decimal("744743200") - 1
    assert Decimal("0.0245") < got < Decimal("0.0246")
    exact = Amount(Decimal("744743200"), "USD")
    assert deviation(EUR_683M, exact, "2024-11-04") == 0
    assert deviation(EUR_683M, Amount(Decimal("700000000"), "USD"), "2024-11-04") < 0
    with pytest.raises(ValueError):
        deviation(Amount(Decimal(0), "EUR"), exact, "2024-11-04")


CURRENCIES = ["EUR", "USD", "GBP", "JPY", "PLN", "CHF", "SEK", "NOK", "CZK", "UAH", "LTL", "HRK"]
START = date(2022, 1, 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2),
    a=st.sampled_from(CURRENCIES),
    b=st.sampled_from(CURRENCIES),
    offset=st.integers(min_value=0, max_value=365 * 4 - 70),
    method=st.sampled_from(["previous", "nearest", "monthly", "annual"]),
)
def test_round_trip_returns_the_amount(value, a, b, offset, method):
    day = START + timedelta(days=offset)
    amount = Amount(value, a)
    try:
        there = convert(amount, b, on=day, method=method)
        back = convert(there.amount, a, on=day, method=method)
    except RateNotAvailable:
        assume(False)
    assert abs(back.amount.value - value) <= value * Decimal("1e-12")
    assert there.source and there.rate > 0
