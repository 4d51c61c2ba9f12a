"""ValueDate: parsing value dates of day, month and year precision."""

from datetime import date, datetime

import pytest

from aidcalc.dates import ValueDate, parse_value_date


@pytest.mark.parametrize(
    ("raw", "start", "precision", "end"),
    [
        ("2024-11-04", date(2024, 11, 4), "day", date(2024, 11, 4)),
        ("2024-09", date(2024, 9, 1), "month", date(2024, 9, 30)),
        ("2024-02", date(2024, 2, 1), "month", date(2024, 2, 29)),
        ("2023", date(2023, 1, 1), "year", date(2023, 12, 31)),
        (" 2024-11-04 ", date(2024, 11, 4), "day", date(2024, 11, 4)),
        ("2024-11-04T15:30:00", date(2024, 11, 4), "day", date(2024, 11, 4)),
        ("2024-11-04 15:30:00", date(2024, 11, 4), "day", date(2024, 11, 4)),
        (date(2022, 2, 24), date(2022, 2, 24), "day", date(2022, 2, 24)),
        (datetime(2022, 2, 24, 23, 59), date(2022, 2, 24), "day", date(2022, 2, 24)),
    ],
)
def test_parse(raw, start, precision, end):
    parsed = parse_value_date(raw)
    assert (parsed.start, parsed.precision, parsed.end) == (start, precision, end)


def test_pandas_timestamp_is_a_day():
    pd = pytest.importorskip("pandas")
    assert parse_value_date(pd.Timestamp("2024-11-04 10:00")) == ValueDate(date(2024, 11, 4))


@pytest.mark.parametrize(
    "raw", ["2024-13", "2024-02-30", "24-11-04", "November 2024", "", "2024/11/04"]
)
def test_rejects(raw):
    with pytest.raises(ValueError, match="not a valid value date"):
        parse_value_date(raw)


def test_rejects_other_types():
    with pytest.raises(TypeError):
        parse_value_date(20241104)


def test_default_method_by_precision():
    assert [parse_value_date(t).default_method for t in ("2024-11-04", "2024-09", "2024")] == [
        "previous",
        "monthly",
        "annual",
    ]


def test_coarse_precision_normalises_start_and_prints_back():
    assert ValueDate(date(2024, 9, 17), "month").start == date(2024, 9, 1)
    assert str(ValueDate(date(2024, 9, 17), "year")) == "2024"
    assert str(parse_value_date("2024-09")) == "2024-09"
    with pytest.raises(ValueError):
        ValueDate(date(2024, 1, 1), "week")


def test_ordering_and_hashing():
    days = {parse_value_date("2024-01-02"), parse_value_date(date(2024, 1, 2))}
    assert len(days) == 1
    assert parse_value_date("2023-12-31") < parse_value_date("2024-01-01")


QUARTERS = [
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-q2", date(2024, 4, 1), date(2024, 6, 30)),
    (" 2023-Q3 ", date(2023, 7, 1), date(2023, 9, 30)),
    ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
]


@pytest.mark.parametrize("raw,start,end", QUARTERS)
def test_quarters_have_their_own_precision(raw, start, end):
    found = parse_value_date(raw)
    assert (found.start, found.end, found.precision) == (start, end, "quarter")
    assert found.default_method == "quarterly"
    assert str(found) == raw.strip().upper()
    assert parse_value_date(str(found)) == found


@pytest.mark.parametrize("raw", ["2024-Q0", "2024-Q5", "Q1-2024", "2024Q1", "2024-Q12"])
def test_not_quarters(raw):
    with pytest.raises(ValueError, match="YYYY-Qn"):
        parse_value_date(raw)


def test_a_quarter_starts_on_its_first_day_whatever_day_is_given():
    assert ValueDate(date(2024, 5, 17), "quarter").start == date(2024, 4, 1)
    assert ValueDate(date(2024, 12, 31), "quarter").end == date(2024, 12, 31)
