"""aidcalc.pledges.on_dask on a local dask cluster with worker processes: every result equals
the in-memory path on the same rows (and exactly: totals do not depend on the partitions)."""

from __future__ import annotations

import math
import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

dask = pytest.importorskip("dask")  # the test extra installs it; a bare install skips
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from aidcalc import normalize, totals  # noqa: E402
from aidcalc.errors import MixedMeasures, ParseError, RateNotAvailable, UnknownCurrency  # noqa: E402
from aidcalc.news.candidates import extract_pledges  # noqa: E402
from aidcalc.parsing import extract_amounts  # noqa: E402
from aidcalc.pledges import on_dask, sums  # noqa: E402

N_ROWS = 3000


@pytest.fixture(scope="module")
def client():
    """Two worker processes, one thread each: the partitions really are pickled and sent."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    # dask turns text columns into string[pyarrow] by default; keep the frames' own dtypes so
    # that the results can be compared dtype for dtype (test_default_string_conversion)
    with (
        dask.config.set({"dataframe.convert-string": False}),
        distributed.Client(cluster) as running,
    ):
        yield running
    cluster.close()


DONORS = ["LTU", "LVA", "EST", "DEU", "POL", "FRA", "NLD"]
CURRENCIES = ["EUR", "USD", "GBP", "PLN", "UAH", "SEK"]
DATES = ["2022-03-01", "2022-11-14", "2023-05-10", "2023-09", "2024", "2024-02-29", "2024-11-02"]


def pledge_table(n: int = N_ROWS, seed: int = 13) -> pd.DataFrame:
    """Real-looking pledge rows: cents, ranges, categories, cumulative statements, review links
    that cross partitions."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        value = round(rng.uniform(1e4, 5e8), 2)
        rows.append(
            {
                "donor": rng.choice(DONORS),
                "value": value,
                "high": value * 1.5 if i % 17 == 0 else float("nan"),
                "currency": rng.choice(CURRENCIES),
                "date": rng.choice(DATES),
                "category": rng.choice(["military", "financial", "humanitarian"]),
                "measure": "commitment",
                "basis": "cumulative" if i % 23 == 0 else "new",
                "status": "rejected" if i % 101 == 0 else "accepted",
                "part_of": pd.NA,
                "duplicate_of": pd.NA,
            }
        )
    for i in range(5, n, 97):  # a part of a row far away (another partition)
        rows[i]["part_of"] = (i * 7) % n
    for i in range(11, n, 89):
        rows[i]["duplicate_of"] = (i + n // 2) % n
    frame = pd.DataFrame(rows)
    frame["category"] = frame["category"].astype(
        pd.CategoricalDtype(["military", "financial", "humanitarian", "other"])
    )
    for column in ("part_of", "duplicate_of"):
        frame[column] = frame[column].astype("Int64")
    return frame


def with_bad_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows that cannot be counted, in several partitions: an unknown currency, a date before
    the rates begin, a missing value."""
    frame = frame.copy()
    frame.loc[1234, "currency"] = "XYZ"
    frame.loc[2900, "date"] = "1950-01-01"
    frame.loc[77, "value"] = float("nan")
    return frame


@pytest.mark.parametrize("npartitions", [1, 3, 8])
@pytest.mark.parametrize(
    "by", [("donor", "year"), ("category",), ("donor", "category", "year"), ()]
)
def test_totals_equal_the_in_memory_path(client, by, npartitions):
    frame = pledge_table()
    expected = totals(frame, by=by, to="EUR")
    got = on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=npartitions), by=by)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    if "category" in by:
        assert isinstance(got["category"].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize("gdp_year", [None, 2021])
def test_shares_of_gdp_equal_the_in_memory_path(client, gdp_year):
    frame = pledge_table(n=600)
    by = ("donor",) if gdp_year else ("donor", "year")
    expected = totals(frame, by=by, per="gdp", gdp_year=gdp_year)
    got = on_dask.totals_on_dask(
        dd.from_pandas(frame, npartitions=3), by=by, per="gdp", gdp_year=gdp_year
    )
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert (got["gdp_year"] == 2021).all() if gdp_year else got["gdp_year"].notna().any()


def test_default_string_conversion(client):
    """With dask's default string[pyarrow] columns the values are the same."""
    frame = pledge_table(n=500)
    with dask.config.set({"dataframe.convert-string": True}):
        got = on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=3), by="donor")
    pd.testing.assert_frame_equal(
        got, totals(frame, by="donor"), check_dtype=False, check_exact=True
    )


def test_totals_exact_whatever_the_order_of_the_rows(client):
    frame = pledge_table(seed=5)
    shuffled = frame.sample(frac=1, random_state=3)  # other rows in each partition
    one = on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=4), by="donor", to="USD")
    other = on_dask.totals_on_dask(
        dd.from_pandas(shuffled, npartitions=7, sort=False), by="donor", to="USD"
    )
    pd.testing.assert_frame_equal(one, other, check_exact=True)
    converted = normalize(frame[frame["basis"] == "new"], "USD")
    # the exact sum rounded once: math.fsum of the counted rows
    counted = frame.index[on_dask._totals.reviewed_out(frame) == False]  # noqa: E712
    rows = converted.loc[converted.index.intersection(counted)]
    ltu = rows[rows["donor"] == "LTU"]["value_usd"].tolist()
    assert one.set_index("donor").loc["LTU", "total"] == math.fsum(ltu)


def test_totals_gather_bad_rows_of_every_partition(client):
    frame = with_bad_rows(pledge_table())
    expected, expected_out = totals(frame, by="donor", errors="coerce")
    got, got_out = on_dask.totals_on_dask(
        dd.from_pandas(frame, npartitions=5), by="donor", errors="coerce"
    )
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    pd.testing.assert_frame_equal(got_out, expected_out)
    assert sorted(got_out.index) == [77, 1234, 2900]  # original row numbers, three partitions


def test_totals_raise_as_the_in_memory_path(client):
    frame = with_bad_rows(pledge_table())
    distributed_frame = dd.from_pandas(frame, npartitions=5)
    with pytest.raises(ValueError) as in_memory:
        totals(frame, by="donor")
    with pytest.raises(ValueError) as on_cluster:
        on_dask.totals_on_dask(distributed_frame, by="donor")
    assert str(on_cluster.value) == str(in_memory.value)  # the missing value, row 77
    assert "row 77" in str(on_cluster.value)
    frame.loc[77, "value"] = 1.0  # now the currency and the date fail
    with pytest.raises((UnknownCurrency, RateNotAvailable)) as in_memory:
        totals(frame, by="donor")
    with pytest.raises((UnknownCurrency, RateNotAvailable)) as on_cluster:
        on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=5), by="donor")
    assert type(on_cluster.value) is type(in_memory.value)
    assert str(on_cluster.value) == str(in_memory.value)
    assert "1 more rows failed" in str(on_cluster.value)


def test_mixed_measures_are_checked_over_the_whole_table(client):
    frame = pledge_table(n=400)
    frame.loc[399, "measure"] = "disbursement"  # in the last partition only
    with pytest.raises(MixedMeasures):
        totals(frame, by="donor")
    with pytest.raises(MixedMeasures):
        on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=4), by="donor")
    by_measure = on_dask.totals_on_dask(
        dd.from_pandas(frame, npartitions=4), by=("measure", "donor")
    )
    pd.testing.assert_frame_equal(by_measure, totals(frame, by=("measure", "donor")))


def test_review_links_across_partitions(client):
    frame = pd.DataFrame(
        {
            "donor": ["LTU"] * 4,
            "value": [10.0, 4.0, 7.0, 7.0],
            "currency": ["EUR"] * 4,
            "date": ["2024-01-02"] * 4,
            "status": ["rejected", "accepted", "accepted", "accepted"],
            # row 1 is a part of the rejected row 0: it counts; row 3 repeats row 2
            "part_of": pd.array([pd.NA, 0, pd.NA, pd.NA], dtype="Int64"),
            "duplicate_of": pd.array([pd.NA, pd.NA, pd.NA, 2], dtype="Int64"),
        }
    )
    got = on_dask.totals_on_dask(dd.from_pandas(frame, npartitions=4), by="donor")
    assert got["total"].tolist() == [11.0]
    pd.testing.assert_frame_equal(got, totals(frame, by="donor"))


def test_normalize_partition_wise(client):
    frame = with_bad_rows(pledge_table(n=1500))
    expected = normalize(frame, "USD", errors="coerce")
    got = on_dask.normalize_on_dask(
        dd.from_pandas(frame, npartitions=4), "USD", errors="coerce"
    ).compute()
    assert list(got.columns) == list(expected.columns)
    for column in ("rate_source", "rate_method", "rate_error", "category"):
        assert isinstance(got[column].dtype, pd.CategoricalDtype), column
    plain = {c: str for c in ("rate_source", "rate_method", "rate_error")}
    pd.testing.assert_frame_equal(
        got.astype(plain), expected.astype(plain), check_exact=True, check_categorical=False
    )
    assert got["rate_error"].notna().sum() == 2  # the currency and the date, both partitions


ARTICLES = [
    "Lithuania will send €5 million in ammunition, the ministry said.",
    "Германия выделит 1,5 млрд евро. Jungtinė Karalystė skyrė 10 mln. eurų.",
    "No amount in this one.",
    "Polska przekaże 300 mln zł, a Kanada C$500 million ($365 million).",
    "Die EU stellt bis zu 50 Milliarden Euro bereit.",
    "La France a promis 3 milliards d'euros en 2024.",
]


def test_amounts_from_frame_equal_extract_amounts(client):
    texts = pd.DataFrame({"text": ARTICLES * 300})  # 1,800 texts
    texts.index = texts.index * 10 + 7  # labels that are not positions
    got = on_dask.amounts_from_frame(dd.from_pandas(texts, npartitions=6)).compute()
    pd.testing.assert_frame_equal(got, on_dask.amounts_frame(texts))
    first = got.loc[17]  # the second text
    mentions = extract_amounts(ARTICLES[1])
    assert first["amount"].tolist() == [str(m.amount) for m in mentions]
    assert first["start"].tolist() == [m.start for m in mentions]


def test_amounts_from_bag_keep_the_articles(client):
    items = [{"id": f"a{i}", "published": "2024-05-01", "text": t} for i, t in enumerate(ARTICLES)]
    bag = db.from_sequence(items * 50 + ARTICLES, npartitions=5)
    got = on_dask.amounts_from_bag(bag).compute()
    expected = [
        {**{k: item[k] for k in ("id", "published")}, **row}
        for item in items * 50
        for row in on_dask.amount_records(item["text"])
    ] + [row for text in ARTICLES for row in on_dask.amount_records(text)]
    assert got == expected


def test_pledges_from_frame_and_bag_equal_extract_pledges(client):
    news = pd.DataFrame(
        {"text": ARTICLES * 40, "published": ["2024-06-03", None, "2023-12-01"] * 80}
    )
    got = on_dask.pledges_from_frame(
        dd.from_pandas(news, npartitions=4), published="published"
    ).compute()
    pd.testing.assert_frame_equal(got, on_dask.pledges_frame(news, published="published"))
    expected = extract_pledges(ARTICLES[0], published="2024-06-03")
    assert got.loc[0, "donor"] == expected.loc[0, "donor"] == "LTU"
    bag = db.from_sequence(ARTICLES * 10, npartitions=3)
    rows = on_dask.pledges_from_bag(bag, published="2024-06-03").compute()
    in_memory = [
        row for text in ARTICLES * 10 for row in on_dask._pledges_of_item(text, None, "2024-06-03")
    ]
    assert rows == in_memory and rows


def test_a_cell_that_is_not_text_names_its_row():
    texts = pd.DataFrame({"text": ["€5m", None, "$2m"]}, index=[4, 5, 6])
    with pytest.raises(ParseError, match="row 5"):
        on_dask.amounts_frame(texts)
    with pytest.raises(ParseError, match="expected a text or an article"):
        on_dask._amounts_of_item(42, None)


# --- the exact sums, without a cluster -------------------------------------------------------

money = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), money), max_size=60), st.integers(1, 7))
def test_exact_sums_are_fsum_whatever_the_partitions(rows, pieces):
    keys = pd.DataFrame({"k": [k for k, _ in rows]}, dtype=object)
    values = [v for _, v in rows]
    whole = sums.finish(sums.partial_sums(keys, ["k"], {"t": values}), ["k"], ["t"])
    size = max(1, len(rows) // pieces)
    parts = [
        sums.partial_sums(keys.iloc[at : at + size], ["k"], {"t": values[at : at + size]})
        for at in range(0, len(rows), size)
    ]
    split = sums.finish(sums.merge(parts[::-1] or [parts]), ["k"], ["t"]) if parts else whole
    pd.testing.assert_frame_equal(whole, split, check_exact=True)
    for key, total, count in zip(whole["k"], whole["t"], whole["count"], strict=True):
        group = [v for k, v in rows if k == key]
        assert total == math.fsum(group) and count == len(group)


@pytest.mark.parametrize(
    "values, expected",
    [
        ([0.1] * 10, 1.0),  # sum() gives 0.9999999999999999
        ([1e16, 1.0, -1e16], 1.0),  # sum() gives 0.0
        ([5e-324, 5e-324], 1e-323),  # the smallest floats
        ([1e308, 1e308, -1e308], 1e308),  # an overflowing partial sum
        ([], 0.0),
    ],
)
def test_exact_sum_table(values, expected):
    parts = sums.partial_sums(pd.DataFrame(index=range(len(values))), [], {"t": values})
    assert sums.finish(parts, [], ["t"])["t"].tolist() == [expected]


# The same pledges reported by several outlets, in several languages, with a repeat inside one
# article, a part, the same sum in another month (another pledge) and a text without money.
OUTLETS = [
    {"id": "a", "published": "2024-11-04", "text": "Denmark pledged €500 million to Ukraine."},
    {
        "id": "b",
        "published": "2024-11-05",
        "text": "Dänemark hat der Ukraine 500 Mio. Euro zugesagt.",
    },
    {
        "id": "c",
        "published": "2024-11-06",
        "text": "Le Danemark promet 500 millions d'euros à l'Ukraine.",
    },
    {"id": "d", "published": "2025-02-01", "text": "Denmark pledged €500 million to Ukraine."},
    {"id": "e", "published": "2024-11-07", "text": "Nothing was said about money."},
    {
        "id": "f",
        "published": "2024-11-04",
        "text": "Norway gives €80 million to Ukraine.\n\nNorway gives Ukraine €80 million, "
        "of which €20 million for demining.",
    },
    {"id": "g", "published": "2024-11-20", "text": "Norwegia przekaże Ukrainie 80 mln euro."},
    {"id": "h", "published": "2024-11-21", "text": "Данія пообіцяла Україні 500 млн євро."},
]
KEYS = ("id", "donor", "value", "currency", "part_of", "duplicate_of", "duplicate_source")


def _keys(rows):
    return [tuple(row.get(key) for key in KEYS) for row in rows]


@pytest.mark.parametrize("npartitions", [1, 3, 8])
def test_pledges_grouped_across_texts_equal_the_in_memory_path(client, npartitions):
    expected = on_dask.pledges_across(OUTLETS)
    bag = db.from_sequence(OUTLETS, npartitions=npartitions)
    assert _keys(on_dask.pledges_from_bag(bag, across_texts=True).compute()) == _keys(expected)
    # the rule: the first report is counted, every other outlet points to it, by name
    counted = {(row["donor"], row["value"]) for row in expected if row["duplicate_of"] is None}
    assert ("DNK", 5e8) in counted and ("NOR", 8e7) in counted
    by_id = {}
    for index, row in enumerate(expected):
        by_id.setdefault(row["id"], []).append((index, row))
    assert [r["duplicate_of"] for _, r in by_id["b"]] == [0]
    assert [r["duplicate_source"] for _, r in by_id["c"] + by_id["h"]] == ["a", "a"]
    assert [r["duplicate_of"] for _, r in by_id["d"]] == [None]  # another month
    first_norway = by_id["f"][0][0]
    assert [r["duplicate_of"] for _, r in by_id["g"]] == [first_norway]
    assert by_id["f"][2][1]["part_of"] == by_id["f"][1][0]  # the part keeps its whole
    # without across_texts only repeats inside one text are marked
    plain = on_dask.pledges_from_bag(bag).compute()
    assert [r["duplicate_of"] for r in plain if r["id"] in "bcdgh"] == [None] * 5


@pytest.mark.parametrize("npartitions", [1, 2, 5])
def test_pledge_frames_grouped_across_texts_equal_the_in_memory_path(client, npartitions):
    frame = pd.DataFrame(OUTLETS).set_index("id")
    expected = on_dask.pledges_frame(frame, published="published", across_texts=True)
    found = on_dask.pledges_from_frame(
        dd.from_pandas(frame, npartitions=npartitions), published="published", across_texts=True
    ).compute()
    pd.testing.assert_frame_equal(found, expected)
    assert expected["duplicate_of"].notna().sum() == 5  # b, c, h (Denmark); g, and f's lead
    assert set(expected["duplicate_source"].dropna()) == {"a", "f"}
