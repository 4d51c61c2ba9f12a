"""Live rates through forex-python, with its HTTP mocked (the suite never touches the network)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pandas as pd
import pytest
import responses

from aidcalc.amount import Amount
from aidcalc.conversion import convert
from aidcalc.errors import RateNotAvailable
from aidcalc.frames import normalize
from aidcalc.rates import Rates

pytest.importorskip("forex_python")

API = "https://theratesapi.com/api/"


@pytest.fixture
def mocked():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def test_live_rate_is_decimal_and_cached(mocked):
    mocked.add(
        responses.GET,
        API + "2024-11-04",
        json={"base": "EUR", "date": "2024-11-04", "rates": {"USD": 1.0904}},
    )
    live = Rates.live()
    first = live.rate("EUR", "USD", "2024-11-04")
    second = live.rate("EUR", "USD", date(2024, 11, 4))
    assert first.value == Decimal("1.0904") and isinstance(first.value, Decimal)
    assert first == second and "forex-python" in first.source
    assert len(mocked.calls) == 1
    assert mocked.calls[0].request.params == {"base": "EUR", "symbols": "USD", "rtype": "fpy"}


def test_live_convert(mocked):
    mocked.add(responses.GET, API + "2024-11-04", json={"base": "EUR", "rates": {"USD": "1.0904"}})
    result = convert(
        Amount(Decimal("683000000"), "EUR"), "USD", on="2024-11-04", rates=Rates.live()
    )
    assert result.amount.value == Decimal("744743200.0000")


def test_failures_become_rate_not_available(mocked):
    mocked.add(responses.GET, API + "2024-11-04", status=503)
    mocked.add(responses.GET, API + "2024-11-05", json={"base": "EUR", "rates": {}})
    live = Rates.live()
    with pytest.raises(RateNotAvailable, match="EUR->USD on 2024-11-04"):
        live.rate("EUR", "USD", "2024-11-04")
    with pytest.raises(RateNotAvailable, match="2024-11-05"):
        live.rate("EUR", "USD", "2024-11-05")


def test_network_errors_become_rate_not_available(mocked):
    mocked.add(responses.GET, API + "2024-11-04", body=ConnectionError("offline"))
    with pytest.raises(RateNotAvailable, match="offline"):
        Rates.live().rate("EUR", "USD", "2024-11-04")


def test_live_source_refuses_averages():
    with pytest.raises(RateNotAvailable, match="one day"):
        Rates.live().rate("EUR", "USD", "2024-09")


def test_normalize_with_live_rates_asks_once_per_day(mocked):
    mocked.add(responses.GET, API + "2024-11-04", json={"base": "GBP", "rates": {"USD": 1.2971}})
    mocked.add(responses.GET, API + "2024-11-05", status=500)
    source = pd.DataFrame(
        {
            "value": [1.0, 2.0, 3.0],
            "currency": ["GBP"] * 3,
            "date": ["2024-11-04", "2024-11-04", "2024-11-05"],
        }
    )
    result = normalize(source, "USD", rates=Rates.live(), errors="coerce")
    assert result["value_usd"].tolist()[:2] == [1.2971, 2.5942]
    assert pd.isna(result.loc[2, "value_usd"]) and "2024-11-05" in result.loc[2, "rate_error"]
    assert len(mocked.calls) == 2


@pytest.mark.parametrize("given", ["abc", "NaN", "Infinity", "-1.2", "0"])
def test_a_value_that_is_not_a_positive_rate_is_refused(mocked, given):
    mocked.add(responses.GET, API + "2024-11-04", json={"base": "EUR", "rates": {"USD": given}})
    with pytest.raises(RateNotAvailable, match="not a positive rate"):
        Rates.live().rate("EUR", "USD", "2024-11-04")


def test_an_unknown_code_is_refused_before_any_request(mocked):
    from aidcalc.errors import UnknownCurrency

    with pytest.raises(UnknownCurrency) as caught:
        Rates.live().rate("EUR", "XYZ", "2024-11-04")
    assert caught.value.code == "XYZ" and not mocked.calls
