"""totals(): hand-computed expectations from the ECB/NBU files, counting rules, properties."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidcalc import read_pledges, totals
from aidcalc.errors import MixedMeasures
from aidcalc.pledges.datasets import kiel
from aidcalc.pledges.totals import latest_cumulative

# ECB reference rates (units per EUR) read from data/rates/eurofxref-hist.zip by hand:
USD_2024_11_04 = 1.0904  # Monday
USD_2024_11_01 = 1.0885  # Friday: the fixing for Saturday 2024-11-02
GBP_2024_09_MEAN = 0.8402123809523809523809523810  # mean of the 21 September 2024 fixings
USD_2023_MEAN = 1.081268627450980392156862745  # mean of the 255 fixings of 2023
USD_2024_MEAN = 1.08238046875  # mean of the 256 fixings of 2024
USD_2023_05_10 = 1.095
# NBU official rate, UAH per EUR, 2024-11-04 (data/rates/nbu_uah_official_rates_usd_eur_daily.csv)
UAH_PER_EUR_2024_11_04 = 44.968
# World Bank WDI (data/worldbank): Lithuania
LTU_GDP_2024_USD = 85503938573.5664
LTU_GDP_2025_USD = 95210150818.3512
LTU_POPULATION_2024 = 2888278

ROWS = [
    # donor, date, amount, measure, basis
    ("Lithuania", "2024-11-04", "$10 million", "pledge", "new"),
    ("Lithuania", "2024-11-02", "USD 1 million", "pledge", "new"),  # a Saturday
    ("Lithuania", "2024-09", "£10 million", "pledge", "new"),  # month: the month's mean
    ("Lithuania", "2024-11-04", "100 million hryvnias", "pledge", "new"),  # UAH: NBU
    ("Germany", "2023", "$5-7 million", "pledge", "new"),  # year: annual mean; a range
    ("Germany", "2023-05-10", "€2 million", "pledge", "new"),
    ("Lithuania", "2024-11-04", "over 683 million euros", "pledge", "cumulative"),
]


@pytest.fixture(scope="module")
def pledges():
    frame = pd.DataFrame(ROWS, columns=["donor", "date", "amount", "measure", "basis"])
    return read_pledges(frame)


def test_amounts_parsed_as_expected(pledges):
    assert pledges["currency"].tolist() == ["USD", "USD", "GBP", "UAH", "USD", "EUR", "EUR"]


def test_totals_in_eur_against_hand_computed_rates(pledges):
    result = totals(pledges, to="EUR").set_index(["donor", "year"])
    ltu = (
        10e6 / USD_2024_11_04
        + 1e6 / USD_2024_11_01
        + 10e6 / GBP_2024_09_MEAN
        + 100e6 / UAH_PER_EUR_2024_11_04
    )
    deu = 5e6 / USD_2023_MEAN + 2e6
    deu_high = 7e6 / USD_2023_MEAN + 2e6
    assert result.loc[("LTU", 2024), "total"] == pytest.approx(ltu, rel=1e-12)
    assert result.loc[("LTU", 2024), "total_high"] == pytest.approx(ltu, rel=1e-12)
    assert result.loc[("LTU", 2024), "count"] == 4  # the cumulative statement is left out
    assert result.loc[("DEU", 2023), "total"] == pytest.approx(deu, rel=1e-12)
    assert result.loc[("DEU", 2023), "total_high"] == pytest.approx(deu_high, rel=1e-12)
    assert list(result.columns) == ["total", "total_high", "count"]
    assert result["total"].dtype == "float64" and result["count"].dtype == "int64"


def test_weekend_value_date_takes_fridays_fixing(pledges):
    saturday = pledges[pledges["date"] == "2024-11-02"]
    result = totals(saturday, to="EUR")
    assert result["total"].iloc[0] == pytest.approx(1e6 / USD_2024_11_01, rel=1e-12)
    assert result["total"].iloc[0] != pytest.approx(1e6 / USD_2024_11_04, rel=1e-9)


def test_uah_uses_the_nbu_rate(pledges):
    uah = pledges[pledges["currency"] == "UAH"]
    result = totals(uah, to="EUR")
    assert result["total"].iloc[0] == pytest.approx(100e6 / UAH_PER_EUR_2024_11_04, rel=1e-12)


def test_cumulative_rows_only_when_asked(pledges):
    left_out = totals(pledges, by="donor")
    included = totals(pledges, by="donor", include_cumulative=True)
    ltu_out = left_out.set_index("donor").loc["LTU"]
    ltu_in = included.set_index("donor").loc["LTU"]
    assert ltu_in["total"] - ltu_out["total"] == pytest.approx(683e6, rel=1e-12)
    assert (ltu_out["count"], ltu_in["count"]) == (4, 5)


def test_totals_to_usd_and_cumulative_statement(pledges):
    latest = latest_cumulative(pledges, to="USD")
    assert latest["donor"].tolist() == ["LTU"]
    assert latest["total"].iloc[0] == pytest.approx(683e6 * USD_2024_11_04, rel=1e-12)
    assert latest["qualifier"].iloc[0] == "over"
    result = totals(pledges, by="donor", to="USD").set_index("donor")
    assert result.loc["DEU", "total"] == pytest.approx(5e6 + 2e6 * USD_2023_05_10, rel=1e-12)


def test_latest_cumulative_picks_the_latest_statement():
    frame = read_pledges(
        pd.DataFrame(
            {
                "donor": ["LTU", "LTU", "LTU", "EST"],
                "date": ["2024-11-04", "2023-02-24", "2024-11", "2024"],
                "amount": ["€683 million", "€400 million", "€690 million", "€500 million"],
                "basis": ["cumulative"] * 4,
            }
        )
    )
    latest = latest_cumulative(frame).set_index("donor")
    assert latest.loc["LTU", "total"] == 690e6  # 2024-11 ends after 2024-11-04
    assert latest.loc["EST", "total"] == 500e6


def test_mixed_measures_are_refused(pledges):
    mixed = read_pledges(
        pd.DataFrame(
            {
                "donor": ["LTU", "LTU", "LTU"],
                "date": ["2024", "2024", "2024"],
                "amount": ["€1 million", "€2 million", "€4 million"],
                "measure": ["pledge", "commitment", "pledge"],
            }
        )
    )
    with pytest.raises(MixedMeasures, match="commitment, pledge"):
        totals(mixed)
    assert totals(mixed, measure="pledge")["total"].tolist() == [5e6]
    by_measure = totals(mixed, by=("donor", "measure")).set_index("measure")["total"]
    assert by_measure.to_dict() == {"commitment": 2e6, "pledge": 5e6}


def test_cumulative_rows_do_not_count_as_a_second_measure():
    frame = read_pledges("data/pledges/lithuania-ukraine-2024.csv")
    assert set(frame["measure"]) == {"pledge", "allocation"}
    assert totals(frame)["total"].tolist() == [10e6]


def test_share_of_gdp_same_year_in_target_currency(pledges):
    result = totals(pledges, to="EUR", per="gdp").set_index(["donor", "year"])
    total = result.loc[("LTU", 2024), "total"]
    gdp_eur = LTU_GDP_2024_USD / USD_2024_MEAN
    assert result.loc[("LTU", 2024), "pct_gdp"] == pytest.approx(total / gdp_eur * 100, rel=1e-9)
    assert result.loc[("LTU", 2024), "gdp_year"] == 2024
    usd = totals(pledges, to="USD", per="gdp").set_index(["donor", "year"])
    assert usd.loc[("LTU", 2024), "pct_gdp"] == pytest.approx(
        usd.loc[("LTU", 2024), "total"] / LTU_GDP_2024_USD * 100, rel=1e-12
    )


def test_year_past_the_data_uses_the_latest_and_eu_has_no_gdp():
    frame = read_pledges(
        pd.DataFrame(
            {"donor": ["LTU", "EU"], "date": ["2026-03", "2026-03"], "amount": "€1 billion"}
        )
    )
    result = totals(frame, to="USD", per="gdp").set_index("donor")
    assert result.loc["LTU", "gdp_year"] == 2025
    assert result.loc["LTU", "pct_gdp"] == pytest.approx(
        result.loc["LTU", "total"] / LTU_GDP_2025_USD * 100, rel=1e-12
    )
    assert pd.isna(result.loc["EU", "pct_gdp"]) and pd.isna(result.loc["EU", "gdp_year"])


def test_per_capita(pledges):
    result = totals(pledges, to="EUR", per="capita").set_index(["donor", "year"])
    row = result.loc[("LTU", 2024)]
    assert row["per_capita"] == pytest.approx(row["total"] / LTU_POPULATION_2024, rel=1e-12)
    assert row["population_year"] == 2024


def test_per_needs_donor_and_year(pledges):
    with pytest.raises(ValueError, match="donor"):
        totals(pledges, by="donor", per="gdp")
    with pytest.raises(ValueError, match="per must be"):
        totals(pledges, per="gni")
    with pytest.raises(KeyError, match="colour"):
        totals(pledges, by="colour")


def test_kiel_eur_to_eur_is_identity_and_reproduces_the_tracker():
    result = totals(kiel(), by=("donor", "year")).set_index(["donor", "year"])["total"] / 1e9
    assert round(result[("LTU", 2022)], 3) == 0.411
    overall = totals(kiel(), by="donor").set_index("donor")["total"] / 1e9
    assert round(overall["EST"], 3) == 0.963 and round(overall["DEU"], 3) == 29.928
    raw = pd.read_csv("data/kiel/data_explorer.csv")
    assert overall["DEU"] == pytest.approx(raw.loc[raw.iso == "DEU", "total"].sum(), rel=1e-12)


# -- properties ---------------------------------------------------------------------------------

CURRENCIES = ["EUR", "USD", "GBP", "PLN", "UAH"]
DATES = ["2023-03-15", "2023-07-01", "2024-02-29", "2024-11-02", "2024-11-04", "2023-09", "2024"]

row_strategy = st.tuples(
    st.sampled_from(["LTU", "EST", "DEU", "EU"]),
    st.sampled_from(DATES),
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(CURRENCIES),
)


def frame_of(rows):
    donors, dates, values, currencies = zip(*rows, strict=True)
    return read_pledges(
        pd.DataFrame(
            {
                "donor": donors,
                "date": dates,
                "value": [float(v) for v in values],
                "currency": currencies,
            }
        )
    )


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(row_strategy, min_size=1, max_size=30))
def test_group_totals_add_up_to_the_grand_total(rows):
    frame = frame_of(rows)
    groups = totals(frame, by=("donor", "year"))
    grand = totals(frame, by="recipient")
    assert groups["total"].sum() == pytest.approx(grand["total"].iloc[0], rel=1e-9)
    assert groups["count"].sum() == len(rows)


@PROPERTY
@given(st.lists(row_strategy, min_size=1, max_size=30), st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_row_order(rows, random):
    shuffled = list(rows)
    random.shuffle(shuffled)
    a = totals(frame_of(rows)).set_index(["donor", "year"])
    b = totals(frame_of(shuffled)).set_index(["donor", "year"])
    assert a.index.equals(b.index)
    assert a["total"].to_numpy() == pytest.approx(b["total"].to_numpy(), rel=1e-9)
    assert a["count"].tolist() == b["count"].tolist()


@PROPERTY
@given(st.lists(row_strategy, min_size=2, max_size=30), st.integers(min_value=1))
def test_split_and_add_equals_the_whole(rows, cut):
    cut = cut % (len(rows) - 1) + 1
    whole = totals(frame_of(rows)).set_index(["donor", "year"])
    parts = pd.concat([totals(frame_of(rows[:cut])), totals(frame_of(rows[cut:]))])
    added = parts.groupby(["donor", "year"])[["total", "count"]].sum()
    assert added.index.equals(whole.index)
    assert added["total"].to_numpy() == pytest.approx(whole["total"].to_numpy(), rel=1e-9)
    assert added["count"].tolist() == whole["count"].tolist()


# -- errors="coerce": the rows that cannot be counted are handed back, not raised -----------------

GOOD = [
    # donor, date, value, currency
    ("LTU", "2024-11-04", 10e6, "USD"),
    ("LTU", "2024-09", 10e6, "GBP"),
    ("DEU", "2023", 5e6, "USD"),
    ("DEU", "2023-05-10", 2e6, "EUR"),
]
BAD = {
    # index label -> (donor, date, value, currency), the words its reason must hold
    101: (("LTU", "2024-05-05", 1e6, "XYZ"), "unknown currency code 'XYZ'"),
    102: (("LTU", "2030-01-01", 1e6, "USD"), "the data end on"),  # past the ECB history
    103: (("DEU", "1990-06-01", 1e6, "USD"), "no previous rate"),  # before the ECB history
    104: (("LTU", "2024-05-05", 1e6, "RUB"), "suspended its RUB reference rate"),
    105: (("DEU", "", 1e6, "EUR"), "not a valid value date"),  # no value date
    106: (("DEU", None, 1e6, "EUR"), "no value date"),
}
# (a row already in the target currency is taken as it is, whatever its date: not in USD here)


def raw_frame(rows, index=None):
    """A hand-made pledge frame (not through read_pledges, which would refuse bad rows)."""
    donors, dates, values, currencies = zip(*rows, strict=True)
    return pd.DataFrame(
        {"donor": donors, "date": dates, "value": values, "currency": currencies}, index=index
    )


@pytest.fixture(scope="module")
def with_bad_rows():
    good = raw_frame(GOOD, index=range(1, len(GOOD) + 1))
    bad = raw_frame([row for row, _ in BAD.values()], index=list(BAD))
    return pd.concat([good.iloc[:2], bad, good.iloc[2:]]), good


def test_coerce_hands_back_every_uncounted_row_with_its_reason(with_bad_rows):
    frame, _ = with_bad_rows
    result, uncounted = totals(frame, errors="coerce")
    assert uncounted.index.tolist() == list(BAD)  # the row labels, in the frame's order
    assert list(uncounted.columns) == [*frame.columns, "reason"]  # the rows as given + reason
    for label, (_, words) in BAD.items():
        assert words in uncounted.loc[label, "reason"]
    assert uncounted.drop(columns="reason").equals(frame.loc[list(BAD)])
    assert result["count"].sum() == len(GOOD)


def test_coerce_totals_equal_the_totals_of_the_valid_rows_alone(with_bad_rows):
    frame, good = with_bad_rows
    for by, to in ((("donor", "year"), "EUR"), ("donor", "GBP"), ((), "EUR")):
        coerced, uncounted = totals(frame, by=by, to=to, errors="coerce")
        pd.testing.assert_frame_equal(coerced, totals(good, by=by, to=to))
        assert uncounted.index.tolist() == list(BAD)


def test_coerce_without_bad_rows_equals_raise(pledges):
    result, uncounted = totals(pledges, to="GBP", per="gdp", errors="coerce")
    pd.testing.assert_frame_equal(result, totals(pledges, to="GBP", per="gdp"))
    assert uncounted.empty and list(uncounted.columns) == [*pledges.columns, "reason"]


def test_raise_stops_at_the_rows_coerce_leaves_out(with_bad_rows):
    from aidcalc.errors import RateNotAvailable, UnknownCurrency

    frame, _ = with_bad_rows
    for label in BAD:
        with pytest.raises((RateNotAvailable, UnknownCurrency, ValueError)):
            totals(frame.loc[[label]])


def test_coerce_still_raises_on_whole_table_problems(pledges):
    mixed = raw_frame(GOOD[:2]).assign(measure=["pledge", "commitment"])
    with pytest.raises(MixedMeasures):
        totals(mixed, errors="coerce")
    with pytest.raises(KeyError, match="colour"):
        totals(pledges, by="colour", errors="coerce")
    with pytest.raises(ValueError, match="errors must be one of"):
        totals(pledges, errors="ignore")
    with pytest.raises(TypeError):
        totals(pledges, ("donor", "year"), "EUR", "gdp")  # per is keyword-only


def test_coerce_counts_cumulative_and_measure_rules_first():
    frame = raw_frame(GOOD[:2] + [("LTU", "2030-01-01", 1e6, "USD")]).assign(
        basis=["new", "new", "cumulative"]
    )
    result, uncounted = totals(frame, errors="coerce")
    assert uncounted.empty  # the cumulative row is left out by rule, before conversion
    assert result["count"].tolist() == [2]


def test_grand_total_by_nothing(pledges):
    grand = totals(pledges, by=())
    assert list(grand.columns) == ["total", "total_high", "count"] and len(grand) == 1
    assert grand["count"].iloc[0] == 6  # the cumulative statement is left out
    assert grand["total"].iloc[0] == pytest.approx(totals(pledges)["total"].sum(), rel=1e-12)


# dates in 2022-2024 at every precision, amounts in EUR, USD and GBP
DAY_2022_2024 = st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2024, 12, 31))
value_date_2022_2024 = st.builds(
    lambda day, precision: day.isoformat()[:precision], DAY_2022_2024, st.sampled_from([10, 7, 4])
)
pledge_row = st.tuples(
    st.sampled_from(["LTU", "EST", "DEU", "USA", "EU"]),
    value_date_2022_2024,
    st.integers(min_value=1, max_value=10**10),
    st.sampled_from(["EUR", "USD", "GBP"]),
)


@PROPERTY
@given(st.lists(pledge_row, min_size=1, max_size=40), st.sampled_from(["EUR", "USD", "GBP"]))
def test_donor_year_totals_add_up_to_the_grand_total(rows, to):
    from aidcalc import normalize

    frame = frame_of(rows)
    groups = totals(frame, by=("donor", "year"), to=to)
    grand = totals(frame, by=(), to=to)
    every_row = normalize(frame, to)[f"value_{to.lower()}"].sum()
    assert groups["total"].sum() == pytest.approx(grand["total"].iloc[0], rel=1e-9)
    assert groups["total"].sum() == pytest.approx(every_row, rel=1e-9)
    assert groups["count"].sum() == grand["count"].iloc[0] == len(rows)
    assert groups["total_high"].sum() == pytest.approx(grand["total_high"].iloc[0], rel=1e-9)


@PROPERTY
@given(
    st.lists(pledge_row, min_size=0, max_size=20),
    st.lists(st.sampled_from([row for row, _ in BAD.values()]), min_size=1, max_size=5),
)
def test_coerce_equals_raise_on_the_valid_rows(good, bad):
    frame = raw_frame([(d, date, float(v), c) for d, date, v, c in good] + bad)
    result, uncounted = totals(frame, by=(), errors="coerce")
    assert len(uncounted) == len(bad)
    assert uncounted.index.tolist() == list(range(len(good), len(frame)))
    expected = totals(frame.iloc[: len(good)], by=())  # by=() on no rows: one row of zeros
    pd.testing.assert_frame_equal(result, expected)


HAND_BUILT = [
    # (value, high, reason)
    (float("nan"), float("nan"), "value is missing or not a number"),
    (None, float("nan"), "value is missing or not a number"),
    (float("inf"), float("nan"), "value is infinite"),
    (-float("inf"), float("nan"), "value is infinite"),
    (5e6, 1e6, "range top (high) is below its low end"),
    (5e6, float("inf"), "high is infinite"),
]


@pytest.mark.parametrize("value,high,reason", HAND_BUILT)
def test_hand_built_frames_with_values_that_cannot_be_added(value, high, reason):
    """Issue 15.5: a NaN would be dropped by the sum and an infinity would swallow it; neither
    is counted without a word. ``raise`` names the row, ``coerce`` hands it back with why."""
    frame = pd.DataFrame(
        {
            "donor": ["LTU", "LTU", "LTU"],
            "date": ["2024", "2024", "2024"],
            "value": [1e6, value, 2e6],
            "currency": ["EUR"] * 3,
            "high": [float("nan"), high, 3e6],
        },
        index=[10, 11, 12],
    )
    with pytest.raises(ValueError, match=rf"row 11: .*{reason.split(' (')[0]}"):
        totals(frame, to="EUR")
    result, uncounted = totals(frame, to="EUR", errors="coerce")
    assert result["total"].tolist() == [3e6] and result["total_high"].tolist() == [4e6]
    assert uncounted.index.tolist() == [11]
    assert reason in uncounted["reason"].iloc[0]


def test_read_pledges_frames_pass_the_value_check(pledges):
    from aidcalc.pledges.totals import value_problems

    assert all(reason is None for reason in value_problems(pledges))
