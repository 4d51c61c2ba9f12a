"""``-o FILE.xlsx`` on ``summary``, ``normalize`` and ``extract`` (issue 14), read back.

The first sheet holds the table with number and date cells, the "method" sheet the method
line, what reading found and the rate sources with their coverage; text from the input is text,
never a formula; without openpyxl the command says how to install it in one line.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc.cli import main
from aidcalc.cli.output import EXCEL_NEEDED, workbook_cell, write_workbook

openpyxl = pytest.importorskip("openpyxl")

SAMPLE = "data/pledges/lithuania-ukraine-2024.csv"
ARTICLE = (
    "Lithuania pledged €5m to Ukraine on Monday. "
    '=HYPERLINK("http://example.invalid") Estonia will give 2 million euros, the ministry said.\n'
)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, data_part(out), err  # the rows, after the provenance record


def sheets(path):
    book = openpyxl.load_workbook(path)
    return book, {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}


def column(rows, name):
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


def method_text(rows) -> str:
    return "\n".join(str(cell) for row in rows for cell in row if cell is not None)


@pytest.fixture
def pledges(tmp_path):
    path = tmp_path / "pledges.csv"
    path.write_text(
        "donor,date,value,currency,category,source\n"
        "LTU,2024-11-04,-5000000,EUR,military,@SUM(1)\n"
        'EST,2024-09,7000000,EUR,military,"=HYPERLINK(""http://example.invalid"")"\n',
        encoding="utf-8",
    )
    return path


# (value, as a workbook cell)
CELLS = [
    (-5_000_000.0, -5_000_000.0),
    (3, 3),
    (Decimal("1.0904"), Decimal("1.0904")),
    (float("nan"), None),
    (None, None),
    (pd.NA, None),
    ("2024-11-04", date(2024, 11, 4)),
    ("2024-09", "2024-09"),
    ("2024-Q1", "2024-Q1"),
    ("2024", "2024"),
    ("2024-02-30", "2024-02-30"),  # not a day: kept as written
    (date(2024, 2, 16), date(2024, 2, 16)),
    (pd.Timestamp("2024-02-16"), date(2024, 2, 16)),
    (datetime(2024, 2, 16, 12, 30), datetime(2024, 2, 16, 12, 30)),
    ("=1+1", "=1+1"),
    ("Kyiv\x07", "Kyiv\ufffd"),
    (float("inf"), "inf"),
]


@pytest.mark.parametrize(("value", "cell"), CELLS)
def test_workbook_cell(value, cell):
    assert workbook_cell(value) == cell


def test_text_is_never_a_formula(tmp_path):
    target = tmp_path / "t.xlsx"
    hostile = ["=1+1", "@SUM(1)", "+1+cmd|' /C calc'!A0", "-2+3", '=HYPERLINK("x")']
    rows = [{"text": text, "value": -1.5, "day": "2024-11-04"} for text in hostile]
    write_workbook(str(target), rows, ["text", "value", "day"], ["method line"])
    book = openpyxl.load_workbook(target)
    cells = list(book["rows"].iter_rows(min_row=2))
    assert [line[0].value for line in cells] == hostile
    assert {line[0].data_type for line in cells} == {"s"}
    assert {line[1].data_type for line in cells} == {"n"}
    assert all(line[2].is_date for line in cells)
    assert book.sheetnames == ["rows", "method"]


def test_summary(capsys, pledges, tmp_path):
    target = tmp_path / "totals.xlsx"
    args = ["summary", str(pledges), "--by", "donor", "--to", "USD", "-o", str(target)]
    status, out, _ = run(capsys, *args)
    book, found = sheets(target)
    assert status == 0 and out == "" and book.sheetnames == ["rows", "method"]
    rows = found["rows"]
    assert rows[0][:2] == ("donor", "total")
    totals = dict(zip(column(rows, "donor"), column(rows, "total"), strict=True))
    assert totals["LTU"] == pytest.approx(-5e6 * 1.0904)
    assert isinstance(totals["EST"], (int, float))
    method = method_text(found["method"])
    assert "Totals in USD" in method and "ECB euro reference rates" in method
    assert ("source", "quotes", "first", "last") in found["method"]


def test_summary_cumulative(capsys, tmp_path):
    target = tmp_path / "latest.xlsx"
    status, out, _ = run(capsys, "summary", SAMPLE, "--cumulative", "-o", str(target))
    _, found = sheets(target)
    assert status == 0 and out == ""
    assert "Latest cumulative statement" in method_text(found["method"])
    assert len(found["rows"]) == 2


def test_normalize(capsys, pledges, tmp_path):
    target = tmp_path / "audit.xlsx"
    status, out, _ = run(capsys, "normalize", str(pledges), "--to", "USD", "-o", str(target))
    book, found = sheets(target)
    rows = found["rows"]
    assert status == 0 and out == ""
    assert column(rows, "value") == [-5e6, 7e6]
    assert column(rows, "date") == [datetime(2024, 11, 4), "2024-09"]  # a month stays text
    assert column(rows, "rate_date") == [datetime(2024, 11, 4), datetime(2024, 9, 1)]
    assert column(rows, "source") == ["@SUM(1)", '=HYPERLINK("http://example.invalid")']
    first = book["rows"]
    source = rows[0].index("source") + 1
    assert {first.cell(row=n, column=source).data_type for n in (2, 3)} == {"s"}
    assert "Every row in USD with its rate" in method_text(found["method"])


@pytest.mark.parametrize("what", ["amounts", "pledges"])
def test_extract(capsys, tmp_path, what):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / f"{what}.xlsx"
    args = ["extract", str(article), "--what", what, "--published", "2024-11-04"]
    status, out, _ = run(capsys, *args, "-o", str(target))
    _, found = sheets(target)
    rows = found["rows"]
    assert status == 0 and out == ""
    assert column(rows, "value") == [5e6, 2e6]
    sentences = column(rows, "sentence" if what == "amounts" else "note")
    assert sentences[0] == "Lithuania pledged €5m to Ukraine on Monday."
    assert sentences[1].startswith('=HYPERLINK("http://example.invalid") Estonia will give')
    assert "found in news text by aidcalc extract" in method_text(found["method"])


@pytest.mark.parametrize("suffix, sep", [("csv", ","), ("tsv", "\t"), ("jsonl", None)])
def test_extract_to_other_files(capsys, tmp_path, suffix, sep):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / f"amounts.{suffix}"
    status, out, _ = run(capsys, "extract", str(article), "-o", str(target))
    frame = pd.read_json(target, lines=True) if sep is None else pd.read_csv(target, sep=sep)
    assert status == 0 and out == ""
    assert frame["value"].tolist() == [5e6, 2e6] and "sentence" not in frame


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", SAMPLE],
        ["normalize", SAMPLE],
        ["extract", "README.md"],
    ],
)
def test_without_openpyxl_one_line(capsys, monkeypatch, tmp_path, argv):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError
    target = tmp_path / "out.xlsx"
    status, out, err = run(capsys, *argv, "-o", str(target))
    assert status == 2 and out == "" and not target.exists()
    assert err.count("\n") == 1 and EXCEL_NEEDED in err
    assert "pip install 'aidcalc[excel]'" in err
