"""normalize: vectorised frame conversion agreeing with convert row by row."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidcalc.amount import Amount
from aidcalc.conversion import convert
from aidcalc.errors import ParseError, RateNotAvailable, UnknownCurrency
from aidcalc.frames import normalize, parse_amounts


def frame(**columns):
    return pd.DataFrame(columns)


def test_columns_and_values():
    source = frame(
        value=[683e6, 10.0, 5.0],
        currency=["EUR", "GBP", "UAH"],
        date=["2024-11-04", "2024-09", "2024"],
    )
    result = normalize(source, "USD")
    assert result is not source and "value_usd" not in source.columns
    assert list(result.columns[-5:]) == [
        "value_usd",
        "rate",
        "rate_date",
        "rate_source",
        "rate_method",
    ]
    assert result["value_usd"].dtype == np.float64 and result["rate"].dtype == np.float64
    assert result["rate_method"].tolist() == ["previous", "monthly", "annual"]
    assert result.loc[0, "value_usd"] == pytest.approx(744743200.0, rel=1e-15)
    assert result["rate_date"].tolist() == [
        pd.Timestamp(d) for d in ("2024-11-04", "2024-09-01", "2024-01-01")
    ]
    assert result.loc[2, "rate_source"] == "NBU official rate"


def test_dates_may_be_dates_timestamps_and_datetime64():
    as_strings = frame(value=[1.0, 2.0], currency=["EUR", "EUR"], date=["2024-11-02", "2024-11-04"])
    expected = normalize(as_strings, "USD")["rate"].tolist()
    mixed = as_strings.assign(date=[date(2024, 11, 2), pd.Timestamp("2024-11-04 12:00")])
    assert normalize(mixed, "USD")["rate"].tolist() == expected
    typed = as_strings.assign(date=pd.to_datetime(as_strings["date"]))
    assert normalize(typed, "USD")["rate"].tolist() == expected == [1.0885, 1.0904]


def test_high_column_is_converted():
    source = frame(
        value=[5e6, 1.0], high=[10e6, np.nan], currency=["USD", "USD"], date=["2024-11-04"] * 2
    )
    result = normalize(source, "EUR")
    assert result.loc[0, "high_eur"] == pytest.approx(10e6 / 1.0904, rel=1e-15)
    assert np.isnan(result.loc[1, "high_eur"])


def test_custom_column_names_and_method():
    source = pd.DataFrame({"amt": [1.0], "cur": ["EUR"], "day": ["2024-11-02"]})
    result = normalize(source, "USD", value="amt", currency="cur", date="day", method="nearest")
    assert result.loc[0, "rate_date"] == pd.Timestamp("2024-11-01")


def test_raise_names_the_row_and_reason():
    source = frame(value=[1.0, 2.0, 3.0], currency=["EUR", "RUB", "RUB"], date=["2024-11-04"] * 3)
    source.index = ["a", "b", "c"]
    with pytest.raises(RateNotAvailable, match=r"row 'b'.*RUB.*suspended.*1 more"):
        normalize(source, "USD")
    with pytest.raises(UnknownCurrency, match="row 0") as caught:
        normalize(frame(value=[1.0], currency=["XYZ"], date=["2024-11-04"]), "USD")
    assert caught.value.code == "XYZ"
    with pytest.raises(RateNotAvailable, match="row 0.*monthly"):
        normalize(frame(value=[1.0], currency=["EUR"], date=["2024-09"]), "USD", method="exact")


def test_coerce_gives_nan_and_a_reason_never_a_made_up_rate():
    source = frame(
        value=[1.0, 2.0, 3.0, 4.0, 5.0],
        currency=["EUR", "RUB", "XYZ", "USD", None],
        date=["2024-11-04", "2024-11-04", "2024-11-04", "not a date", "2024-11-04"],
    )
    result = normalize(source, "USD", errors="coerce")
    assert result["value_usd"].notna().tolist() == [True, False, False, False, False]
    assert result["rate"].iloc[1:].isna().all() and result["rate_date"].iloc[1:].isna().all()
    reasons = result["rate_error"].tolist()
    assert pd.isna(reasons[0])
    assert (
        "RUB" in reasons[1]
        and "XYZ" in reasons[2]
        and "date" in reasons[3]
        and "currency" in reasons[4]
    )


def test_same_currency_rows_keep_their_value():
    result = normalize(frame(value=[7.5], currency=["USD"], date=["2024"]), "USD")
    assert result.loc[0, "value_usd"] == 7.5 and result.loc[0, "rate_source"] == "same currency"


def test_an_empty_frame():
    result = normalize(frame(value=[], currency=[], date=[]), "EUR")
    assert len(result) == 0 and "value_eur" in result.columns


CURRENCIES = ["EUR", "USD", "GBP", "JPY", "PLN", "UAH", "LTL", "NGN", "HRK", "RUB"]
DATES = st.one_of(
    st.integers(0, 1460).map(lambda n: (date(2021, 1, 1) + timedelta(days=n)).isoformat()),
    st.integers(0, 47).map(lambda n: f"{2021 + n // 12}-{n % 12 + 1:02d}"),
    st.sampled_from(["2021", "2022", "2023", "2024"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.integers(1, 10**9), st.sampled_from(CURRENCIES), DATES),
        min_size=1,
        max_size=25,
    ),
    to=st.sampled_from(["EUR", "USD", "UAH"]),
)
def test_normalize_agrees_with_convert_row_by_row(rows, to):
    source = pd.DataFrame(rows, columns=["value", "currency", "date"]).astype({"value": float})
    result = normalize(source, to, errors="coerce")
    for i, (value, currency, day) in enumerate(rows):
        try:
            expected = convert(Amount(Decimal(value), currency), to, on=day)
        except RateNotAvailable:
            assert np.isnan(result.loc[i, f"value_{to.lower()}"]), (currency, day)
            assert result.loc[i, "rate_error"]
            continue
        assert result.loc[i, "rate"] == pytest.approx(float(expected.rate), rel=1e-13)
        assert result.loc[i, f"value_{to.lower()}"] == pytest.approx(
            float(expected.amount.value), rel=1e-13
        )
        assert result.loc[i, "rate_date"] == pd.Timestamp(expected.rate_date)
        assert result.loc[i, "rate_source"] == expected.source
        assert result.loc[i, "rate_method"] == expected.method


MIXED_ROWS = {
    "value": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
    "currency": ["EUR", "GBP", None, "UAH", "XYZ", "GBP", "RUB", "EUR"],
    "date": ["2024-11-02", "2024-09", "2024-11-04", "2023-01-15", "2024", None, "2024-11-04",
             "2023-02-29"],
}  # fmt: skip


def _comparable(result: pd.DataFrame) -> list:
    columns = ["value_usd", "rate", "rate_date", "rate_source", "rate_method", "rate_error"]
    return result[columns].astype(object).where(result[columns].notna(), None).values.tolist()


@pytest.mark.parametrize("dtype", ["object", "category", "string"])
def test_every_column_dtype_gives_the_same_rows(dtype):
    # str columns take a faster path to their codes than the others: the results must not differ
    plain = pd.DataFrame(MIXED_ROWS)
    assert plain["currency"].dtype == "str"
    expected = normalize(plain, "USD", errors="coerce")
    typed = plain.astype({"currency": dtype, "date": dtype})
    assert _comparable(normalize(typed, "USD", errors="coerce")) == _comparable(expected)
    rows = _comparable(expected)
    assert rows[0][2] == pd.Timestamp("2024-11-01") and rows[3][2] == pd.Timestamp("2023-01-15")
    assert [row[0] is None for row in rows] == [False, False, True, False, True, True, True, True]
    assert "2023-02-29" in rows[7][5] and "day is out of range" in rows[7][5]


def test_uah_in_the_nbu_gap_takes_the_ecb_fixing_date():
    source = frame(value=[1e6, 1e6], currency=["UAH", "UAH"], date=["2023-01-15", "2023-01-16"])
    result = normalize(source, "EUR")
    assert result["rate_date"].tolist() == [pd.Timestamp("2023-01-13"), pd.Timestamp("2023-01-16")]
    assert result["rate_source"].str.contains("x ECB USD").all()


def test_object_columns_holding_dates_and_strings():
    # a non-str value must not be taken for a missing one (the string hash table would)
    source = pd.DataFrame(
        {"value": [1.0, 2.0, 3.0], "currency": ["EUR", "EUR", "EUR"],
         "date": pd.Series([date(2024, 11, 2), "2024-11-04", pd.Timestamp("2024-11-04")],
                           dtype=object)}
    )  # fmt: skip
    result = normalize(source, "USD")
    assert result["rate"].tolist() == [1.0885, 1.0904, 1.0904]
    codes = pd.DataFrame({"value": [1.0], "currency": pd.Series([b"EUR"], dtype=object),
                          "date": ["2024-11-04"]})  # fmt: skip
    with pytest.raises(UnknownCurrency, match="row 0"):
        normalize(codes, "USD")


def test_the_new_frame_keeps_the_input_columns_and_replaces_same_names():
    source = frame(value=[1.0, 2.0], currency=["EUR", "USD"], date=["2024-11-04"] * 2, rate=[9, 9])
    source.attrs["origin"] = "test"
    result = normalize(source, "USD")
    assert list(result.columns[:4]) == ["value", "currency", "date", "rate"]
    assert result["rate"].tolist() == [1.0904, 1.0] and source["rate"].tolist() == [9, 9]
    assert result.attrs == {"origin": "test"}
    result.loc[0, "value"] = -1.0
    assert source.loc[0, "value"] == 1.0  # a new frame: writing to it leaves the input alone
    twice = pd.DataFrame([[1.0, "EUR", "2024-11-04", "a", "b"]],
                         columns=["value", "currency", "date", "x", "x"])  # fmt: skip
    assert normalize(twice, "USD")["rate"].tolist() == [1.0904]


# -- rate_method of legal fixed rates (issue 12): 'peg' in frames exactly as in convert ----------


@pytest.mark.parametrize(
    ("currency", "to", "day", "method", "rate"),
    [
        ("SAR", "USD", "2024-11-03", "peg", 1 / 3.75),  # a Sunday: no fixing needed
        ("SAR", "USD", "2024-09", "peg", 1 / 3.75),
        ("SAR", "USD", "2024", "peg", 1 / 3.75),
        ("USD", "AED", "2023-05-05", "peg", 3.6725),
        ("XOF", "EUR", "2024-11-04", "peg", 1 / 655.957),
        ("EUR", "XAF", "2022", "peg", 655.957),
        ("BAM", "EUR", "2021-03", "peg", 1 / 1.95583),
        ("XOF", "XAF", "2024-11-04", "peg", 1.0),  # both to the euro: fixed on either side
        ("SAR", "QAR", "2024-11-04", "peg", 3.64 / 3.75),
        ("SAR", "EUR", "2024-11-04", "previous", 1 / 3.75 / 1.0904),  # moves with EUR/USD
        ("XOF", "USD", "2024-09", "monthly", None),
        ("ROL", "RON", "2010-01-05", "previous", 1e-4),  # a redenomination is not a peg
    ],
)
def test_a_legal_fixed_rate_says_peg_like_convert(currency, to, day, method, rate):
    result = normalize(frame(value=[1.0], currency=[currency], date=[day]), to).iloc[0]
    expected = convert(Amount(Decimal(1), currency), to, on=day)
    assert result["rate_method"] == expected.method == method
    assert result["rate_source"] == expected.source
    if rate is not None:
        assert result["rate"] == pytest.approx(rate, rel=1e-12)


FIXED_CURRENCIES = [
    "EUR", "USD", "GBP", "UAH", "SAR", "AED", "QAR", "BHD", "XOF", "XAF", "BAM", "DJF", "XPF",
    "ROL", "TRL", "VEB", "VEF", "VES", "MRO", "GHC", "ZWD", "LTL", "NGN",
]  # fmt: skip
FIXED_DATES = st.one_of(
    st.integers(0, 26 * 366).map(lambda n: (date(2000, 1, 1) + timedelta(days=n)).isoformat()),
    st.integers(0, 26 * 12 - 1).map(lambda n: f"{2000 + n // 12}-{n % 12 + 1:02d}"),
    st.integers(2000, 2025).map(str),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(FIXED_CURRENCIES), FIXED_DATES), min_size=1, max_size=20
    ),
    to=st.sampled_from(["EUR", "USD", "SAR", "XOF", "RON"]),
)
def test_pegged_and_redenominated_rows_agree_with_convert(rows, to):
    source = pd.DataFrame(rows, columns=["currency", "date"]).assign(value=1.0)
    result = normalize(source, to, errors="coerce")
    for i, (currency, day) in enumerate(rows):
        try:
            expected = convert(Amount(Decimal(1), currency), to, on=day)
        except (RateNotAvailable, UnknownCurrency):
            assert np.isnan(result.loc[i, "rate"]) and result.loc[i, "rate_error"]
            continue
        assert result.loc[i, "rate"] == pytest.approx(float(expected.rate), rel=1e-13)
        assert result.loc[i, "rate_method"] == expected.method, (currency, day, to)
        assert result.loc[i, "rate_source"] == expected.source
        assert result.loc[i, "rate_date"] == pd.Timestamp(expected.rate_date)


def test_a_quarter_converts_at_the_mean_of_its_fixings():
    """The quarterly mean is the mean of every fixing in the quarter's three months (not the
    mean of the three monthly means), dated on the quarter's first day."""
    from aidcalc import Rates
    from aidcalc.rates.series import day_number

    rates = Rates.default()
    series = rates.ecb["USD"]
    first, last = day_number(date(2024, 1, 1)), day_number(date(2024, 3, 31))
    inside = (series.days >= first) & (series.days <= last)
    expected = np.mean(series.values[inside])  # ECB quotes USD per EUR
    frame = pd.DataFrame({"value": [1e6], "currency": ["EUR"], "date": ["2024-Q1"]})
    row = normalize(frame, "USD", rates=rates).iloc[0]
    assert row["rate_method"] == "quarterly"
    assert str(row["rate_date"].date()) == "2024-01-01"
    assert row["rate"] == pytest.approx(expected, rel=1e-12)
    assert 55 <= inside.sum() <= 66  # the quarter's business days
    scalar = rates.rate("EUR", "USD", "2024-Q1")
    assert float(scalar.value) == pytest.approx(row["rate"], rel=1e-12)
    assert scalar.method == "quarterly"
    with pytest.raises(RateNotAvailable, match="quarter precision"):
        rates.rate("EUR", "USD", "2024-Q1", method="monthly")


# A cell that states two amounts, or multiplies one, is refused by parse_amounts (and so by
# Series.aidcalc.parse) exactly as read_pledges refuses it: never read as its first amount.
SEVERAL = [
    "€100m + €50m",
    "2 x €50 million",
    "€50m (2024) and €70m (2025)",
    "100 Mio. € und 50 Mio. €",
    "100 mln zł i 50 mln zł",
    "3 × 10 млн грн",
    "20 millions d'euros et 5 millions d'euros",
]
ONE = ["€10 million ($11 million)", "€5 million", "over 683 million euros", "$1.5-2bn"]


@pytest.mark.parametrize("text", SEVERAL)
def test_a_cell_with_several_amounts_is_refused_as_read_pledges_refuses_it(text):
    import io

    from aidcalc import read_pledges

    parsed = parse_amounts([text], errors="coerce").iloc[0]
    assert pd.isna(parsed["value"]), text
    assert "one cell" in parsed["error"] or "multiplies" in parsed["error"], parsed["error"]
    table = f'donor,date,amount\nDEU,2024-02-16,"{text}"\n'.encode()
    with pytest.raises(ValueError) as refused:
        read_pledges(io.BytesIO(table), format="csv")
    assert parsed["error"] in str(refused.value)
    with pytest.raises(ParseError):
        parse_amounts(pd.Series([text]))


@pytest.mark.parametrize("text", ONE)
def test_one_amount_or_a_restatement_is_read(text):
    parsed = parse_amounts([text], errors="coerce").iloc[0]
    assert parsed["value"] > 0 and pd.isna(parsed["error"]), (text, parsed["error"])
