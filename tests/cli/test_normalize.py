"""``aidcalc normalize`` and ``summary --rows``: every row with its rate on the record."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc.cli import main

SAMPLE = "data/pledges/lithuania-ukraine-2024.csv"


def run(capsys, *argv):
    """Return (status, the data part of stdout, stderr): the provenance lines are left out
    (tests/cli/test_provenance.py checks them)."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, data_part(out), err


def test_every_row_carries_its_rate_date_source_and_method(capsys):
    status, out, _ = run(capsys, "normalize", SAMPLE, "--to", "USD", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["row"], r["date"], r["date_precision"]) for r in rows] == [
        ("2", "2024-11-04", "day"),
        ("3", "2024-09", "month"),
    ]
    first, second = rows
    assert (first["rate"], first["rate_date"], first["rate_method"]) == (
        "1.0904",
        "2024-11-04",
        "previous",
    )
    assert first["rate_source"] == "ECB euro reference rate"
    assert float(first["value_usd"]) == pytest.approx(683e6 * 1.0904)
    assert (second["rate_date"], second["rate_method"]) == ("2024-09-01", "monthly")
    assert first["amount"] == "over 683 million euros" and first["qualifier"] == "over"


def test_rows_without_a_rate_stay_with_their_reason_and_exit_1(capsys, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "donor,date,amount\nLTU,2024-Q1,€1 million\nLTU,1950,$1 million\nLTU,nope,€1m\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "normalize", str(path), "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [record["row"] for record in records] == [2, 3]  # row 4 cannot be read
    assert records[0]["rate_method"] == "quarterly" and records[0]["rate_error"] is None
    assert records[1]["value_eur"] is None and "1950" in records[1]["rate_error"]
    assert "row 3, amount:" in err and "row 4, date:" in err


def test_stdin_and_output_files(capsys, monkeypatch, tmp_path):
    text = "donor;date;amount\nLTU;16.02.2024;1.500.000 EUR\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    target = tmp_path / "audit.csv"
    status, out, err = run(capsys, "normalize", "-", "-o", str(target))
    assert status == 0 and out == ""
    assert "<stdin>: delimiter ';'" in err
    rows = list(csv.DictReader(io.StringIO(data_part(target.read_text(encoding="utf-8")))))
    assert rows[0]["value"] == "1500000.0" and rows[0]["date"] == "2024-02-16"


def test_xlsx_output_has_a_method_sheet(capsys, tmp_path):
    pytest.importorskip("openpyxl")
    target = tmp_path / "audit.xlsx"
    status, _, _ = run(capsys, "summary", SAMPLE, "--rows", "--to", "USD", "-o", str(target))
    sheets = pd.read_excel(target, sheet_name=None)
    assert status == 0 and list(sheets) == ["rows", "method"]  # issue 14: "method", was provenance
    assert sheets["rows"]["row"].tolist() == [3]  # the cumulative statement is not counted
    assert "rows left out (cumulative or another measure): 1" in sheets["method"].iloc[0, 0]
    target = tmp_path / "totals.xlsx"
    status, _, _ = run(capsys, "summary", SAMPLE, "-o", str(target))
    sheets = pd.read_excel(target, sheet_name=None)
    assert sheets["rows"]["total"].tolist() == [10e6]
    assert "ECB reference rates to" in sheets["method"].iloc[0, 0]
