"""cli/output.py: the same rows rendered as a table, markdown, CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pandas as pd
import pytest

from aidcalc.cli.output import Progress, human_cell, write_frame, write_invalid, write_rows

HEADER = "Totals in EUR by donor, year; rows counted: 3"


@pytest.fixture
def result():
    """A summary result: text keys, money, an Int64 year with a gap, a tiny share."""
    return pd.DataFrame(
        {
            "donor": ["USA", "EU"],
            "year": [2024, 2026],
            "total": [46439940000.0, 252839000.0],
            "total_high": [46439940000.0, 252839000.0],
            "count": [20, 2],
            "pct_gdp": [0.172318, float("nan")],
            "gdp_year": pd.array([2024, None], dtype="Int64"),
        }
    )


def render(frame, fmt, header=HEADER):
    stream = io.StringIO()
    write_frame(frame, fmt, header, stream)
    return stream.getvalue()


def test_frame_as_a_table(result):
    assert render(result, "table").splitlines() == [
        HEADER,
        "donor  year           total      total_high  count  pct_gdp  gdp_year",
        "USA    2024  46,439,940,000  46,439,940,000     20    0.172      2024",
        "EU     2026     252,839,000     252,839,000      2",
    ]


def test_frame_as_markdown(result):
    assert render(result, "markdown").splitlines() == [
        HEADER,
        "",
        "| donor | year | total | total_high | count | pct_gdp | gdp_year |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| USA | 2024 | 46,439,940,000 | 46,439,940,000 | 20 | 0.172 | 2024 |",
        "| EU | 2026 | 252,839,000 | 252,839,000 | 2 |  |  |",
    ]


def test_frame_as_csv_has_plain_values_and_no_header_line(result):
    out = render(result, "csv")
    assert HEADER not in out
    assert out.splitlines() == [
        "donor,year,total,total_high,count,pct_gdp,gdp_year",
        "USA,2024,46439940000.0,46439940000.0,20,0.172318,2024",
        "EU,2026,252839000.0,252839000.0,2,,",
    ]
    assert [row["donor"] for row in csv.DictReader(io.StringIO(out))] == ["USA", "EU"]


def test_frame_as_json_lines(result):
    records = [json.loads(line) for line in render(result, "json").splitlines()]
    assert records[0] == {
        "donor": "USA",
        "year": 2024,
        "total": 46439940000.0,
        "total_high": 46439940000.0,
        "count": 20,
        "pct_gdp": 0.172318,
        "gdp_year": 2024,
    }
    assert records[1]["pct_gdp"] is None and records[1]["gdp_year"] is None


def test_small_shares_keep_three_significant_digits():
    assert human_cell("pct_gdp", 0.000142) == "0.000142"
    assert human_cell("pct_gdp", 0.5) == "0.500"
    assert human_cell("per_capita", 300.8234) == "300.82"
    assert human_cell("per_capita", 0.0123456) == "0.0123"
    assert human_cell("total", 1234567.5) == "1,234,568"
    assert human_cell("year", 2024.0) == "2024" and human_cell("donor", None) == ""


ROWS = [
    {"line": 1, "text": "€5m", "value": Decimal("5000000"), "currency": "EUR", "note": "a" * 70},
    {"line": 2, "text": "no money", "error": "no number"},
]
COLUMNS = ["line", "text", "value", "currency", "note", "error"]


def rows_as(fmt, **options):
    stream = io.StringIO()
    write_rows(ROWS, COLUMNS, fmt, stream, **options)
    return stream.getvalue()


def test_rows_as_a_table_cut_only_where_asked():
    lines = rows_as("table", cut={"note": 10}).splitlines()
    assert lines[0].split() == COLUMNS
    assert lines[1].split() == ["1", "€5m", "5000000", "EUR", "a" * 9 + "…"]
    assert lines[2].split() == ["2", "no", "money", "no", "number"]
    assert ("a" * 70) in rows_as("table")


def test_rows_as_csv_and_json_are_never_cut():
    out = rows_as("csv", cut={"note": 10})
    assert out.splitlines()[1] == "1,€5m,5000000,EUR," + "a" * 70 + ","
    records = [json.loads(line) for line in rows_as("json", cut={"note": 10}).splitlines()]
    assert records[0]["value"] == "5000000" and records[0]["note"] == "a" * 70
    assert records[1] == {
        "line": 2,
        "text": "no money",
        "value": None,
        "currency": None,
        "note": None,
        "error": "no number",
    }


def test_invalid_rows_in_row_order():
    stream = io.StringIO()
    errors = [(8, "measure", "bad"), (3, "date", "missing"), ("x", "", "odd"), (8, "basis", "b")]
    write_invalid("f.csv", errors, stream)
    assert stream.getvalue().splitlines() == [
        "f.csv: row 3, date: missing",
        "f.csv: row 8, basis: b",
        "f.csv: row 8, measure: bad",
        "f.csv: row x: odd",
    ]


def test_progress_is_silent_off_a_terminal(capsys):
    progress = Progress(100, "extract")
    progress.show(50)
    progress.close()
    assert capsys.readouterr().err == ""
