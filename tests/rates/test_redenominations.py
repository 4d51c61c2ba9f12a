"""Redenominations and World Bank units: the legal factor both ways, and a unit never mixed up."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from aidcalc._paths import data_file
from aidcalc.errors import RateNotAvailable
from aidcalc.rates import Rates
from aidcalc.rates.redenominations import REDENOMINATIONS, ROWS, factor_to


def close(a: Decimal, b: Decimal) -> bool:
    """Equal to 25 significant digits (a cross rate via EUR rounds in the 28th)."""
    return abs(a - b) <= abs(b) * Decimal("1e-25")


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.default()


def wb(iso3: str, year: int) -> Decimal:
    with open(
        data_file("rates", "wb_official_exchange_rate_lcu_per_usd.csv"), encoding="utf-8"
    ) as f:
        for row in csv.DictReader(f):
            if row["iso3"] == iso3 and int(row["year"]) == year:
                return Decimal(row["value"])
    raise KeyError((iso3, year))


@pytest.mark.parametrize(
    ("old", "new", "factor", "since"),
    [
        ("ROL", "RON", 10_000, "2005-07-01"),
        ("TRL", "TRY", 1_000_000, "2005-01-01"),
        ("VEB", "VEF", 1_000, "2008-01-01"),
        ("VEF", "VES", 100_000, "2018-08-20"),
        ("BYR", "BYN", 10_000, "2016-07-01"),
        ("MRO", "MRU", 10, "2018-01-01"),
        ("STD", "STN", 1_000, "2018-01-01"),
        ("SLL", "SLE", 1_000, "2022-07-01"),
        ("GHC", "GHS", 10_000, "2007-07-01"),
        ("ZMK", "ZMW", 1_000, "2013-01-01"),
        ("AZM", "AZN", 5_000, "2006-01-01"),
        ("MZM", "MZN", 1_000, "2006-07-01"),
        ("TMM", "TMT", 5_000, "2009-01-01"),
        ("ZWD", "ZWN", 1_000, "2006-08-01"),
        ("ZWN", "ZWR", 10**10, "2008-08-01"),
        ("ZWR", "ZWL", 10**12, "2009-02-02"),
    ],
)
def test_table_holds_the_legal_factors(old, new, factor, since):
    row = REDENOMINATIONS[old]
    assert (row.new, row.factor, str(row.since)) == (new, Decimal(factor), since)
    assert row.citation


def test_ves_kept_its_code_in_2021_and_zwl_to_zwg_has_no_factor():
    kept = [r for r in ROWS if r.old == r.new]
    assert [(r.old, r.factor, str(r.since)) for r in kept] == [
        ("VES", Decimal(1_000_000), "2021-10-01")
    ]
    assert "ZWL" not in REDENOMINATIONS  # ZWL -> ZWG (2024) is a new currency, no legal factor
    assert factor_to("VEB", "VES") == (
        Decimal(10**8),
        [REDENOMINATIONS["VEB"], REDENOMINATIONS["VEF"]],
    )


def test_old_code_after_the_change_converts_at_the_factor(rates):
    got = rates.rate("ROL", "RON", "2010-01-05")
    assert got.value == Decimal("0.0001")
    assert "10,000 ROL = 1 RON" in got.source and "348/2004" in got.source
    # then RON at the ECB rate: 10,000 ROL on 2010-01-05 is 1 RON
    ron = rates.rate("RON", "EUR", "2010-01-05").value
    assert rates.rate("ROL", "EUR", "2010-01-05").value == ron / 10_000
    assert (
        rates.rate("EUR", "TRL", "2010-01-05").value
        == rates.rate("EUR", "TRY", "2010-01-05").value * 10**6
    )


def test_old_code_before_the_change_keeps_its_own_ecb_fixing(rates):
    got = rates.rate("EUR", "ROL", "2005-06-30")
    assert "ECB" in got.source and got.value > 30_000


@pytest.mark.parametrize("year", [2015, 2017])
def test_ves_before_it_existed_is_refused_naming_the_unit(rates, year):
    # before: VES->USD 2017 came out as 1/9.975 (the VEF figure), 100,000 times too small
    with pytest.raises(RateNotAvailable, match=r"VEN is stated in VEF 1960\.\.2017, not in VES"):
        rates.rate("VES", "USD", str(year))


@pytest.mark.parametrize("year", [2015, 2017])
def test_vef_uses_the_world_bank_figure_in_its_unit(rates, year):
    got = rates.rate("USD", "VEF", str(year))
    assert close(got.value, wb("VEN", year)) and "stated in VEF" in got.source


def test_older_code_reaches_the_series_through_the_legal_factor(rates):
    # VEB in 2005: the World Bank states it in VEF (2.08975), i.e. VEB 2089.75 per USD
    assert close(rates.rate("USD", "VEB", "2005").value, wb("VEN", 2005) * 1000)
    assert close(rates.rate("USD", "ZWD", "2003").value, wb("ZWE", 2003) * 1000)
    assert close(rates.rate("USD", "GHC", "2006").value, wb("GHA", 2006) * 10_000)


def test_zimbabwe_units(rates):
    # before: ZWG->USD 2020 used the ZWL figure 51.33 as if it were ZWG
    with pytest.raises(RateNotAvailable, match=r"ZWE in 2020 is in ZWL, not ZWG .no legal factor"):
        rates.rate("ZWG", "USD", "2020")
    assert close(rates.rate("USD", "ZWL", "2020").value, wb("ZWE", 2020))
    assert close(rates.rate("USD", "ZWG", "2025").value, wb("ZWE", 2025))
    with pytest.raises(RateNotAvailable, match="no single unit"):
        rates.rate("ZWL", "USD", "2024")
    with pytest.raises(RateNotAvailable, match="abandoned on 2009-04-12"):
        rates.rate("ZWR", "USD", "2020")


def test_turkmen_series_is_in_old_manats(rates):
    assert close(rates.rate("USD", "TMM", "2000").value, Decimal(5200))
    with pytest.raises(RateNotAvailable, match="TKM is stated in TMM"):
        rates.rate("TMT", "USD", "2000")


def test_after_the_change_into_an_unquoted_currency_the_message_says_so(rates):
    with pytest.raises(RateNotAvailable, match="VEF became VES on 2018-08-20"):
        rates.rate("VEF", "USD", "2019")


def test_re_expressed_series_still_serve_todays_code(rates):
    # the World Bank states Romania in RON for every year (3.32 in 2003 = ROL 33,200)
    assert close(rates.rate("USD", "NGN", "2023").value, wb("NGA", 2023))
    assert close(rates.rate("USD", "SLE", "2020").value, wb("SLE", 2020))
    assert close(rates.rate("USD", "SLL", "2020").value, wb("SLE", 2020) * 1000)


def test_frames_agree(rates):
    pd = pytest.importorskip("pandas")
    from aidcalc.frames import normalize

    frame = pd.DataFrame(
        {"value": [10_000.0, 1.0], "currency": ["ROL", "VES"], "date": ["2010-01-05", "2017"]}
    )
    out = normalize(frame, "RON", errors="coerce", rates=rates)
    assert out.loc[0, "value_ron"] == pytest.approx(1.0)
    assert "not in VES" in out.loc[1, "rate_error"]
