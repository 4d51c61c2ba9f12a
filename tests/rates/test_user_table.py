"""A user's own rate table: used where official sources refuse, cited, checked row by row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc.conversion import convert
from aidcalc.errors import InvalidRatesFile, RateNotAvailable, UnknownCurrency
from aidcalc.parsing import parse_amount
from aidcalc.rates import Rates


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.default()


def table(tmp_path, text: str):
    path = tmp_path / "my_rates.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_xdr_is_refused_without_a_table(rates):
    with pytest.raises(UnknownCurrency, match="with_table"):
        rates.rate("XDR", "USD", "2024-11-04")


def test_xdr_from_a_user_table(rates, tmp_path):
    path = table(
        tmp_path,
        "date,base,quote,rate,source\n2024-11-01,XDR,USD,1.32,IMF SDR valuation\n"
        "2024-11-04,XDR,USD,1.33,IMF SDR valuation\n",
    )
    mine = rates.with_table(path)
    got = mine.rate("XDR", "USD", "2024-11-04")
    assert (
        got.value == Decimal("1.33") and got.source == "user table my_rates.csv: IMF SDR valuation"
    )
    assert mine.rate("XDR", "USD", "2024-11-03").value == Decimal("1.32")  # previous fixing
    eur = mine.rate("XDR", "EUR", "2024-11-04")
    assert eur.value == Decimal("1.33") / Decimal("1.0904")
    assert convert(parse_amount("XDR 100"), "USD", on="2024-11-04", rates=mine).amount.value == 133
    with pytest.raises(RateNotAvailable, match="user table"):
        mine.rate("XDR", "USD", "2024-12-04")
    pd = pytest.importorskip("pandas")
    from aidcalc.frames import normalize

    out = normalize(
        pd.DataFrame({"value": [100.0], "currency": ["XDR"], "date": ["2024-11-04"]}),
        "USD",
        rates=mine,
    )
    assert out.loc[0, "value_usd"] == pytest.approx(133.0)
    assert out.loc[0, "rate_source"] == "user table my_rates.csv: IMF SDR valuation"


def test_official_source_wins_unless_override(rates, tmp_path):
    path = table(tmp_path, "date,base,quote,rate\n2024-11-04,EUR,USD,2.0\n")
    assert rates.with_table(path).rate("EUR", "USD", "2024-11-04").value == Decimal("1.0904")
    got = rates.with_table(path, override=True).rate("EUR", "USD", "2024-11-04")
    assert got.value == 2 and got.source == "user table my_rates.csv"


def test_table_fills_only_what_the_official_sources_refuse(rates, tmp_path):
    # NGN: the World Bank gives years only; the user's daily rate serves a day
    path = table(tmp_path, "date,base,quote,rate\n2023-05-05,USD,NGN,461.5\n")
    mine = rates.with_table(path)
    assert mine.rate("USD", "NGN", "2023-05-05").value == Decimal("461.5")
    assert "World Bank" in mine.rate("USD", "NGN", "2023").source


def test_ves_from_a_user_table(rates, tmp_path):
    path = table(tmp_path, "date,base,quote,rate\n2022,USD,VES,6.0\n")
    assert rates.with_table(path).rate("USD", "VES", "2022").value == 6


def test_from_files_takes_a_user_table(tmp_path):
    path = table(tmp_path, "date,base,quote,rate\n2024-11-04,XDR,EUR,1.2\n")
    assert Rates.from_files(user_table=path).rate("XDR", "EUR", "2024-11-04").value == Decimal(
        "1.2"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date,base,rate\n", r"row 1: the header lacks quote"),
        ("date,base,quote,rate\n2024-11-04,XDR,USD,abc\n", r"row 2: rate 'abc' is not a number"),
        ("date,base,quote,rate\n2024-11-04,XDR,USD,1.3\n2024-13-01,XDR,USD,1\n", "row 3: date"),
        (
            "date,base,quote,rate\n2024-11-04,XDR,USD,-1\n",
            "row 2: rate '-1' must be a positive number",
        ),
        ("date,base,quote,rate\n2024-11-04,XYZ,USD,1\n", "row 2: base: unknown currency"),
        ("date,base,quote,rate\n2024-11-04,XDR,XDR,1\n", "row 2: base and quote are both XDR"),
        ("date,base,quote,rate\n2024-11-04,XDR,XAU,1\n", "row 2: no official source quotes"),
        (
            "date,base,quote,rate\n2024-11-04,XDR,USD,1.3\n2024-11-04,XDR,USD,1.4\n",
            "row 3: a second, different",
        ),
    ],
)
def test_bad_rows_are_named(rates, tmp_path, text, message):
    with pytest.raises(InvalidRatesFile, match=message):
        rates.with_table(table(tmp_path, text))
