"""parse_amounts and the pandas accessors (issue 14): frame.aidcalc, series.aidcalc."""

from __future__ import annotations

import inspect
import math
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidcalc
import aidcalc.accessor  # noqa: F401 (registers the accessors)
from aidcalc.errors import ParseError
from aidcalc.frames import normalize, parse_amounts
from aidcalc.parsing import parse_amount
from aidcalc.pledges.totals import totals

NAN = float("nan")
# (text, lang, value, currency, qualifier, high, assumptions)
TEXTS = [
    ("€5m", None, 5e6, "EUR", None, NAN, ""),
    ("over 683 million euros", None, 683e6, "EUR", "over", NAN, ""),
    ("10 Mio. Euro", "de", 10e6, "EUR", None, NAN, ""),
    ("rund 2,8 Mrd. Euro", "de", 2.8e9, "EUR", "approx", NAN, ""),
    ("1.500 millones de euros", "es", 1.5e9, "EUR", None, NAN, ""),
    ("5 млн грн", "uk", 5e6, "UAH", None, NAN, ""),
    ("€1-2 billion", None, 1e9, "EUR", None, 2e9, "short-scale"),
    ("up to £300m", None, 300e6, "GBP", "up_to", NAN, "default-currency"),  # a bare £ (issue 9)
    ("-€5m", None, -5e6, "EUR", None, NAN, ""),
    ("$5 million", None, 5e6, "USD", None, NAN, "dollar-usd"),
]
REFUSED = [
    ("a country of 2.8 million", "no currency next to the number"),
    ("", "empty text"),
    (None, "no text (a missing value)"),
    (NAN, "no text (a missing value)"),
    (5, "expected text, not int"),
]


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency", "qualifier", "high", "assumed"), TEXTS
)
def test_each_text(text, lang, value, currency, qualifier, high, assumed):
    row = parse_amounts([text], lang=lang).iloc[0]
    assert row["value"] == pytest.approx(value)
    assert row["currency"] == currency
    assert row["qualifier"] == qualifier if qualifier else missing(row["qualifier"])
    assert row["high"] == pytest.approx(high, nan_ok=True)
    assert row["assumptions"] == assumed
    assert missing(row["error"])


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_each_refusal_says_why(text, reason):
    parsed = parse_amounts(pd.Series(["€5m", text], dtype=object), errors="coerce")
    row = parsed.iloc[1]
    assert reason in row["error"]
    assert math.isnan(row["value"]) and math.isnan(row["high"])
    assert missing(row["currency"]) and missing(row["assumptions"])
    assert parsed.iloc[0]["value"] == 5e6


def test_errors_raise_names_the_row_by_its_label():
    series = pd.Series(["€5m", "a country of 2.8 million"], index=["kyiv", "riga"])
    with pytest.raises(ParseError, match=r"row 'riga': no currency .*errors='coerce'"):
        parse_amounts(series)
    with pytest.raises(ValueError, match="errors must be"):
        parse_amounts(series, errors="ignore")


def test_index_and_dtypes_are_kept():
    series = pd.Series(["€5m", "$1-2 billion", None], index=[10, 20, 30])
    parsed = parse_amounts(series, errors="coerce")
    assert parsed.index.tolist() == [10, 20, 30]
    assert list(parsed.columns) == [
        "value",
        "currency",
        "qualifier",
        "high",
        "assumptions",
        "error",
    ]
    assert parsed["value"].dtype == np.float64 and parsed["high"].dtype == np.float64
    assert parsed["high"].iloc[1] == 2e9


def test_strict_refuses_a_default():
    parsed = parse_amounts(["$5 million", "€5m"], strict=True, errors="coerce")
    assert "rests on a default: dollar-usd" in parsed["error"].iloc[0]
    assert parsed["value"].iloc[1] == 5e6
    hinted = parse_amounts(["$5 million"], currency_hint="CAD", strict=True)
    assert hinted["currency"].iloc[0] == "CAD"


def test_each_distinct_text_is_parsed_once(monkeypatch):
    import aidcalc.parsing

    seen: list[str] = []
    real = aidcalc.parsing.parse_mention

    def counting(text, **options):
        seen.append(text)
        return real(text, **options)

    monkeypatch.setattr(aidcalc.parsing, "parse_mention", counting)
    texts = ["€5m", "10 Mio. Euro", "€5m", None, "€5m", "10 Mio. Euro", None] * 100
    parsed = parse_amounts(texts, errors="coerce")
    assert sorted(seen) == ["10 Mio. Euro", "€5m"]
    assert parsed["value"].iloc[:3].tolist() == [5e6, 10e6, 5e6] and len(parsed) == 700


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([t[0] for t in TEXTS] + ["2.8 million", "€"]), max_size=12))
def test_agrees_with_parse_amount(texts):
    parsed = parse_amounts(texts, errors="coerce")
    for text, (_, row) in zip(texts, parsed.iterrows(), strict=True):
        try:
            amount = parse_amount(text)
        except ParseError as error:
            assert row["error"] == str(error) and math.isnan(row["value"])
            continue
        assert row["value"] == float(amount.value) and row["currency"] == amount.currency


@pytest.fixture
def pledges():
    return pd.DataFrame(
        {
            "donor": ["LTU", "LTU", "EST"],
            "year": [2024, 2024, 2024],
            "value": [10e6, 5e6, 2e6],
            "currency": ["EUR", "EUR", "EUR"],
            "date": ["2024-09", "2024-11-04", "2024-11-04"],
            "measure": ["pledge"] * 3,
            "basis": ["new"] * 3,
        }
    )


def test_frame_normalize_is_normalize(pledges):
    pd.testing.assert_frame_equal(pledges.aidcalc.normalize("usd"), normalize(pledges, "USD"))
    by_month = pledges.aidcalc.normalize("USD", method="monthly")
    assert by_month["rate_method"].tolist() == ["monthly"] * 3


def test_frame_totals_is_totals(pledges):
    result = pledges.aidcalc.totals(by=["donor", "year"], to="USD")
    pd.testing.assert_frame_equal(result, totals(pledges, ["donor", "year"], "USD"))
    assert result.set_index("donor").loc["EST", "total"] == pytest.approx(2e6 * 1.0904)
    assert pledges.aidcalc.totals(by=()).loc[0, "total"] == pytest.approx(17e6)


def test_series_parse_is_parse_amounts():
    series = pd.Series(["€5m", "10 Mio. Euro", "a country of 2.8 million"], name="amount")
    pd.testing.assert_frame_equal(
        series.aidcalc.parse(lang="de", errors="coerce"),
        parse_amounts(series, lang="de", errors="coerce"),
    )


def test_parse_then_normalize(pledges):
    """A column of amount texts to converted values in two calls."""
    texts = pd.Series(["€10m", "5 Mio. Euro", "2 million euros"], name="amount")
    parsed = texts.aidcalc.parse()
    frame = parsed.assign(date=pledges["date"])
    converted = frame.aidcalc.normalize("USD")
    assert converted["value_usd"].iloc[1:].tolist() == pytest.approx([5e6 * 1.0904, 2e6 * 1.0904])


@pytest.mark.parametrize(
    ("method", "function"),
    [
        ("normalize", normalize),
        ("totals", totals),
        ("parse", parse_amounts),
    ],
)
def test_the_same_arguments(method, function):
    holder = (
        aidcalc.accessor.SeriesAccessor if method == "parse" else aidcalc.accessor.FrameAccessor
    )
    own = list(inspect.signature(getattr(holder, method)).parameters.values())[1:]
    public = list(inspect.signature(function).parameters.values())[1:]
    assert [(p.name, p.kind, p.default) for p in own] == [
        (p.name, p.kind, p.default) for p in public
    ]


def test_exported():
    assert aidcalc.parse_amounts is parse_amounts
    assert "parse_amounts" in aidcalc.__all__


@pytest.mark.parametrize(
    "code",
    [
        # pandas first: import aidcalc registers the accessor at once
        "import pandas as pd, aidcalc; pd.DataFrame().aidcalc; print('ok')",
        # aidcalc first: the first name that works on frames registers it
        "import aidcalc, pandas as pd; aidcalc.read_pledges; pd.Series([], dtype=object).aidcalc;"
        " print('ok')",
        "import aidcalc.accessor, pandas as pd; pd.Series([], dtype=object).aidcalc; print('ok')",
    ],
)
def test_the_accessor_is_there_when_pandas_is(code):
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout == "ok\n", run.stderr
