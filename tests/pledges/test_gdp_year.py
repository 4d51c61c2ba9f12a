"""totals(..., per="gdp", gdp_year=YEAR) and ``summary --gdp-year`` (issue 14): one GDP year for
every share, as the Kiel tracker publishes them; a year outside the data is refused."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc.cli import main
from aidcalc.pledges import indicators
from aidcalc.pledges.datasets import kiel
from aidcalc.pledges.totals import totals
from aidcalc.rates import Rates


@pytest.fixture
def pledges():
    return pd.DataFrame(
        {
            "donor": ["LTU", "LTU", "DEU", "EU"],
            "year": [2023, 2024, 2024, 2024],
            "value": [100e6, 50e6, 1e9, 2e9],
            "currency": ["EUR"] * 4,
            "date": ["2023-05", "2024-09", "2024-11-04", "2024-03"],
        }
    )


def gdp_in(to: str, donor: str, year: int) -> float:
    usd = indicators.indicator(indicators.GDP)[donor][year]
    return usd * float(Rates.default().rate("USD", to, str(year), "annual").value)


@pytest.mark.parametrize("to", ["EUR", "USD", "GBP"])
@pytest.mark.parametrize("year", [2021, 2015, 2025])
def test_one_gdp_year_for_every_row(pledges, to, year):
    result = totals(pledges, by=["donor", "year"], to=to, per="gdp", gdp_year=year)
    assert result["gdp_year"].dropna().unique().tolist() == [year]
    for _, row in result[result.donor != "EU"].iterrows():
        expected = row["total"] / gdp_in(to, row["donor"], year) * 100
        assert row["pct_gdp"] == pytest.approx(expected, rel=1e-12)
    eu = result[result.donor == "EU"].iloc[0]
    assert pd.isna(eu["pct_gdp"]) and pd.isna(eu["gdp_year"])  # the World Bank has no EU GDP


def test_donor_alone_is_enough(pledges):
    result = totals(pledges, by="donor", per="gdp", gdp_year=2021).set_index("donor")
    assert result.loc["LTU", "total"] == 150e6
    assert result.loc["LTU", "pct_gdp"] == pytest.approx(150e6 / gdp_in("EUR", "LTU", 2021) * 100)
    with pytest.raises(ValueError, match="needs 'donor' and 'year' in by"):
        totals(pledges, by="donor", per="gdp")  # without a fixed year: which year?


def test_the_same_year_rule_is_unchanged(pledges):
    result = totals(pledges, by=["donor", "year"], per="gdp")
    assert result["gdp_year"].dropna().tolist() == [2024, 2023, 2024]


@pytest.mark.parametrize(
    ("per", "year", "message"),
    [
        ("gdp", 1950, "outside the World Bank GDP data, which covers 1960 to 2025"),
        ("gdp", 2026, "outside the World Bank GDP data, which covers 1960 to 2025"),
        ("gdp", "2021", "gdp_year must be a year"),
        ("gdp", 2021.5, "gdp_year must be a year"),
        ("capita", 2021, "gdp_year needs per='gdp'"),
        (None, 2021, "gdp_year needs per='gdp'"),
    ],
)
def test_refused(pledges, per, year, message):
    with pytest.raises(ValueError, match=message):
        totals(pledges, by=["donor", "year"], per=per, gdp_year=year)


def test_the_accessor_passes_it_on(pledges):
    import aidcalc.accessor  # noqa: F401

    pd.testing.assert_frame_equal(
        pledges.aidcalc.totals(by="donor", per="gdp", gdp_year=2021),
        totals(pledges, by="donor", per="gdp", gdp_year=2021),
    )


def test_near_the_kiel_shares():
    """Kiel divides each donor's total by its 2021 GDP (the file's ``gdp`` column, € bn); the
    same year from the World Bank WDI gives shares within a few per cent (GDP revisions)."""
    raw = pd.read_csv("data/kiel/data_explorer.csv", keep_default_na=False)
    raw = raw[raw.iso.isin(["LTU", "EST", "DEU", "USA", "POL"])]
    published = raw.groupby("iso")["total"].sum() / raw.groupby("iso")["gdp"].first() * 100
    ours = totals(kiel(), by="donor", per="gdp", gdp_year=2021).set_index("donor")["pct_gdp"]
    for donor, share in published.items():
        assert ours[donor] == pytest.approx(share, rel=0.03)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_summary_gdp_year(capsys):
    args = ["summary", "--dataset", "kiel", "--by", "donor", "--per", "gdp", "--gdp-year", "2021"]
    status, out, _ = run(capsys, *args)
    assert status == 0
    assert "shares of 2021 GDP (one GDP year for every row)" in out.splitlines()[0]
    status, out, _ = run(capsys, *args, "--format", "csv")
    rows = {row["donor"]: row for row in csv.DictReader(io.StringIO(data_part(out)))}
    assert rows["EST"]["gdp_year"] == "2021" and float(rows["EST"]["pct_gdp"]) > 3.0
    status, out, _ = run(capsys, *args[:-2], "--by", "donor,year")
    assert status == 0 and "shares of the GDP of each row's year" in out.splitlines()[0]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--per", "gdp", "--gdp-year", "1950"], "which covers 1960 to 2025"),
        (["--gdp-year", "2021"], "--gdp-year needs --per gdp"),
        (["--per", "capita", "--gdp-year", "2021"], "--gdp-year needs --per gdp"),
        (["--per", "gdp"], "or donor and --gdp-year YEAR"),
    ],
)
def test_summary_refuses(capsys, extra, message):
    status, out, err = run(capsys, "summary", "--dataset", "kiel", "--by", "donor", *extra)
    assert status == 2 and out == "" and message in err
