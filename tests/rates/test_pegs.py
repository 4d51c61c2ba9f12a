"""Hard pegs and currency boards: the legal rate, method 'peg', the ECB fixing first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from aidcalc.conversion import convert
from aidcalc.errors import RateNotAvailable
from aidcalc.parsing import parse_amount
from aidcalc.rates import Rates
from aidcalc.rates.pegs import PEGS


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.default()


@pytest.mark.parametrize(
    ("code", "anchor", "per_anchor"),
    [
        ("AED", "USD", "3.6725"), ("SAR", "USD", "3.75"), ("QAR", "USD", "3.64"),
        ("OMR", "USD", "0.3845"), ("BHD", "USD", "0.376"), ("JOD", "USD", "0.709"),
        ("XOF", "EUR", "655.957"), ("XAF", "EUR", "655.957"), ("KMF", "EUR", "491.96775"),
        ("CVE", "EUR", "110.265"), ("BAM", "EUR", "1.95583"), ("BZD", "USD", "2"),
        ("BSD", "USD", "1"), ("BBD", "USD", "2"), ("XCD", "USD", "2.7"),
        ("DJF", "USD", "177.721"), ("PAB", "USD", "1"), ("ANG", "USD", "1.79"),
    ],
)  # fmt: skip
def test_legal_rates_on_day_month_and_year(rates, code, anchor, per_anchor):
    for on in ("2024-11-03", "2024-09", "2024"):
        got = rates.rate(anchor, code, on)
        assert got.value == Decimal(per_anchor), on
        assert got.method == "peg" and got.source.startswith("legal fixed rate")
    assert PEGS[code][0].citation


def test_xpf_is_defined_by_1000_xpf_equal_8_38_eur(rates):
    got = rates.rate("XPF", "EUR", "2024-11-04")
    assert got.value * 1000 == Decimal("8.380000000000000000000000001")  # 28 digits
    assert convert(parse_amount("XPF 1000000"), "EUR", on="2024").amount.value.quantize(
        Decimal("0.01")
    ) == Decimal("8380.00")


def test_cross_of_two_pegs_is_a_peg(rates):
    got = rates.rate("XOF", "XAF", "2024-11-04")
    assert got.value == 1 and got.method == "peg"


def test_peg_against_a_third_currency_uses_the_ecb_fixing(rates):
    got = rates.rate("SAR", "EUR", "2024-11-04")
    usd = rates.rate("USD", "EUR", "2024-11-04").value
    assert got.method == "previous"
    assert abs(got.value - usd / Decimal("3.75")) < Decimal("1e-26")
    with pytest.raises(RateNotAvailable, match="not a legal fixed rate"):
        rates.rate("SAR", "EUR", "2024-11-04", method="peg")


def test_peg_holds_past_the_end_of_the_ecb_data(rates):
    got = rates.rate("SAR", "USD", "2030-01-06")
    assert got.value == 1 / Decimal("3.75") and got.date == date(2030, 1, 6)


def test_ecb_fixing_wins_where_the_ecb_quotes_the_currency(rates):
    assert "BGN" not in PEGS  # a currency board, but the ECB quotes BGN (and then the euro)
    assert "ECB" in rates.rate("BGN", "EUR", "2024-11-04").source


def test_before_the_peg_the_world_bank_still_serves_annual(rates):
    got = rates.rate("QAR", "USD", "2000")
    assert "World Bank" in got.source and got.method == "annual"


def test_default_methods_unchanged_for_moving_rates(rates):
    assert rates.rate("EUR", "USD", "2024-11-04").method == "previous"
    assert rates.rate("EUR", "USD", "2024-09").method == "monthly"
    assert rates.rate("EUR", "USD", "2024").method == "annual"
