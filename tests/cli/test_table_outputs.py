"""The outputs of the table commands (issue 11; the tables branch): ``summary --rows`` with
``--rates FILE``, ``-o`` with a suffix no format has, ``-o FILE`` on ``parse``, ``convert`` and
``rates``, ``normalize --names`` and ``--rates``, and the audit keeping every input column."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from cli_output import data_part, provenance_of

from aidcalc.cli import main

PLEDGES = (
    "donor,date,value,currency,category,note,project\n"
    "LTU,2024-11-04,100,XDR,military,SDR tranche,P-7\n"
    "LTU,2024-11-04,375,SAR,humanitarian,,P-8\n"
)
XDR_TABLE = (
    "date,base,quote,rate,source\n"
    "2024-11-01,XDR,USD,1.32,IMF SDR valuation\n"
    "2024-11-04,XDR,USD,1.33,IMF SDR valuation\n"
)


pytestmark = pytest.mark.usefixtures("shipped_rates_only")  # tests/conftest.py


@pytest.fixture
def pledges(tmp_path):
    path = tmp_path / "pledges.csv"
    path.write_text(PLEDGES, encoding="utf-8")
    return path


@pytest.fixture
def xdr_table(tmp_path):
    path = tmp_path / "sdr.csv"
    path.write_text(XDR_TABLE, encoding="utf-8")
    return path


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data_part(text))))


# -- 2. summary --rows uses the rates the totals use -------------------------------------------


@pytest.mark.parametrize("command", [("summary", "--rows"), ("normalize",)])
def test_a_rates_file_changes_the_rows_rates_and_their_source(capsys, pledges, xdr_table, command):
    base = [*command[:1], str(pledges), *command[1:], "--to", "USD", "--format", "csv"]
    status, out, err = run(capsys, *base)
    without = {row["currency"]: row for row in csv_rows(out)}
    assert status == 1 and "XDR" in err  # no official source quotes the SDR
    assert without["XDR"]["rate"] == "" and "XDR" in without["XDR"]["rate_error"]
    status, out, _ = run(capsys, *base, "--rates", str(xdr_table))
    rows = {row["currency"]: row for row in csv_rows(out)}
    assert status == 0
    xdr = rows["XDR"]
    assert float(xdr["rate"]) == 1.33 and xdr["rate_date"] == "2024-11-04"
    assert xdr["rate_source"] == "user table sdr.csv: IMF SDR valuation"
    assert xdr["rate_method"] == "previous" and xdr["rate_error"] == ""
    assert float(xdr["value_usd"]) == pytest.approx(133.0)
    assert rows["SAR"]["rate_method"] == "peg"  # the other rows keep their official rates
    assert "user table sdr.csv to 2024-11-04" in provenance_of(out)["rate_sources"]


def test_summary_rows_and_totals_agree_under_a_rates_file(capsys, pledges, xdr_table):
    argv = ["summary", str(pledges), "--to", "USD", "--rates", str(xdr_table), "--format", "csv"]
    _, totals, _ = run(capsys, *argv)
    _, rows, _ = run(capsys, *argv, "--rows")
    total = float(csv_rows(totals)[0]["total"])
    assert total == pytest.approx(sum(float(row["value_usd"]) for row in csv_rows(rows)))


def test_summary_rows_table_header_names_the_user_table_and_the_method(capsys, pledges, xdr_table):
    argv = ["summary", str(pledges), "--rows", "--to", "USD", "--rates", str(xdr_table)]
    status, out, _ = run(capsys, *argv, "--method", "annual")
    header = out.splitlines()[0]
    assert "user table sdr.csv to 2024-11-04" in header and "method: annual" in header


# -- 3. -o with a suffix no format has ---------------------------------------------------------

SUFFIX_COMMANDS = [
    ("summary", "data/pledges/lithuania-ukraine-2024.csv"),
    ("summary", "data/pledges/lithuania-ukraine-2024.csv", "--rows"),
    ("summary", "data/pledges/lithuania-ukraine-2024.csv", "--cumulative"),
    ("normalize", "data/pledges/lithuania-ukraine-2024.csv"),
    ("parse", "€5m"),
    ("convert", "€5m", "--to", "USD", "--on", "2024-11-04"),
    ("rates", "info"),
    ("rates", "show", "SAR"),
]


@pytest.mark.parametrize("argv", SUFFIX_COMMANDS)
@pytest.mark.parametrize("name", ["totals.docx", "out.pdf", "a.b/c.XLS"])
def test_an_unknown_suffix_is_wrong_usage_naming_the_suffixes(capsys, tmp_path, argv, name):
    target = tmp_path / name
    target.parent.mkdir(exist_ok=True)
    status, out, err = run(capsys, *argv, "-o", str(target))
    assert status == 2 and out == ""
    assert "-o: cannot write a" in err and ".csv, .tsv, .json, .jsonl, .xlsx" in err
    assert not target.exists()


def test_extract_refuses_an_unknown_suffix_too(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Norway pledged NOK 5 million.", encoding="utf-8")
    target = tmp_path / "rows.docx"
    status, _, err = run(capsys, "extract", str(article), "-o", str(target))
    assert status == 2 and "cannot write a '.docx' file" in err and not target.exists()


def test_markdown_suffix_only_where_the_command_writes_markdown(capsys, tmp_path):
    target = tmp_path / "totals.md"
    status, _, _ = run(
        capsys, "summary", "data/pledges/lithuania-ukraine-2024.csv", "-o", str(target)
    )
    assert status == 0 and target.read_text(encoding="utf-8").startswith("Totals in EUR")
    status, _, err = run(capsys, "parse", "€5m", "-o", str(tmp_path / "rows.md"))
    assert status == 2 and ".md" not in err.split("format:")[1]


@pytest.mark.parametrize("name", ["totals.txt", "totals"])
def test_a_text_suffix_or_none_writes_a_table_or_the_format(capsys, tmp_path, name):
    target = tmp_path / name
    argv = ["summary", "data/pledges/lithuania-ukraine-2024.csv", "-o", str(target)]
    status, _, _ = run(capsys, *argv)
    assert status == 0 and target.read_text(encoding="utf-8").startswith("Totals in EUR")


# -- 5. -o FILE on parse, convert and rates ----------------------------------------------------


@pytest.mark.parametrize(
    "argv,first",
    [
        (("parse", "€5m", "10 Mio. Euro", "nothing"), {"line": "1", "currency": "EUR"}),
        (
            ("convert", "€5m", "kr 1", "--to", "USD", "--on", "2024-11-04"),
            {"line": "1", "currency": "USD", "rate": "1.0904"},
        ),
        (("rates", "show", "SAR", "--from", "2024-01-01"), {"unit": "SAR per USD"}),
    ],
)
def test_o_file_writes_the_csv_rows_to_a_file(capsys, tmp_path, argv, first):
    target = tmp_path / "rows.csv"
    status, out, _ = run(capsys, *argv, "-o", str(target))
    assert out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {key: rows[0][key] for key in first} == first
    if argv[0] in ("parse", "convert"):
        assert status == 1 and rows[-1]["error"]  # the text without an amount is a row too


def test_o_file_gives_every_column_while_the_screen_table_is_shorter(capsys, tmp_path):
    from aidcalc.cli.convert import COLUMNS

    target = tmp_path / "rows"  # no suffix: --format, a table written as CSV
    status, _, _ = run(
        capsys, "convert", "€5m", "--to", "USD", "--on", "2024-11", "-o", str(target)
    )
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert status == 0 and header.split(",") == list(COLUMNS)


def test_o_jsonl_and_tsv(capsys, tmp_path):
    target = tmp_path / "rows.jsonl"
    run(capsys, "parse", "€5m", "$3 billion", "-o", str(target))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["value"] for r in records] == ["5000000", "3000000000"]
    target = tmp_path / "rows.tsv"
    run(capsys, "rates", "info", "-o", str(target))
    assert target.read_text(encoding="utf-8").splitlines()[0].split("\t")[0] == "source"


def test_o_xlsx_has_the_rows_and_a_method_sheet(capsys, tmp_path):
    pytest.importorskip("openpyxl")
    target = tmp_path / "rows.xlsx"
    argv = ["convert", "€5m", "--to", "USD", "--on", "2024-11-04", "--method", "exact"]
    status, _, _ = run(capsys, *argv, "-o", str(target))
    sheets = pd.read_excel(target, sheet_name=None)
    assert status == 0 and list(sheets) == ["rows", "method"]
    assert sheets["rows"]["value"].tolist() == [5452000.0]
    method = sheets["method"]["method"].tolist()
    assert "converted to USD as of 2024-11-04; method: exact" in method[0]
    target = tmp_path / "amounts.xlsx"
    status, _, _ = run(capsys, "parse", "kr 100", "--currency-hint", "SEK", "-o", str(target))
    sheets = pd.read_excel(target, sheet_name=None)
    assert sheets["rows"]["currency"].tolist() == ["SEK"]
    assert "currency hint: SEK" in sheets["method"]["method"].tolist()


# -- 5. normalize --names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,names", [("de", ["Litauen", "Ukraine"]), ("fr", ["Lituanie", "Ukraine"])]
)
def test_normalize_names(capsys, lang, names):
    argv = ["normalize", "data/pledges/lithuania-ukraine-2024.csv", "--names", lang]
    status, out, _ = run(capsys, *argv, "--format", "csv")
    rows = csv_rows(out)
    assert status == 0 and [rows[0]["donor"], rows[0]["recipient"]] == names


def test_normalize_names_refuses_an_unknown_language(capsys):
    argv = ["normalize", "data/pledges/lithuania-ukraine-2024.csv", "--names", "xx"]
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and "unknown language 'xx'" in err


# -- 4. the audit keeps every input column -----------------------------------------------------

MESSY = (
    "Donor;Date;Amount;Currency;Category;Note;Project;Link\n"
    "Norway;16.02.2024;35.000.000;NOK;Military;first tranche;P-1;https://example.org/1\n"
    "Korea, Republic of;2024-03-01;2,500,000;USD;financial;;P-2;\n"
)


@pytest.mark.parametrize("command", [("normalize",), ("summary", "--rows")])
def test_the_audit_keeps_every_input_column_then_adds_ours(capsys, tmp_path, command):
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    status, out, _ = run(capsys, command[0], str(path), *command[1:], "--format", "csv")
    rows = csv_rows(out)
    assert status == 0
    first, second = rows
    assert (first["note"], first["Project"], first["Link"]) == (
        "first tranche",
        "P-1",
        "https://example.org/1",
    )
    assert (first["donor"], first["donor_as_written"]) == ("NOR", "Norway")
    assert (second["donor"], second["donor_as_written"]) == ("KOR", "Korea, Republic of")
    assert (first["date"], first["date_as_written"]) == ("2024-02-16", "16.02.2024")
    assert first["category_as_written"] == "Military" and first["category"] == "military"
    assert first["amount"] == "35.000.000" and "amount_as_written" not in first  # verbatim
    assert "currency_as_written" not in first  # read as written
    columns = list(first)
    assert columns.index("rate_error") < columns.index("Project")  # ours, then the input's


def test_the_audit_reads_back_to_the_same_totals(capsys, tmp_path, monkeypatch):
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    _, audit, _ = run(capsys, "normalize", str(path), "--format", "csv")
    _, direct, _ = run(capsys, "summary", str(path), "--format", "csv")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(audit.encode())))
    status, again, _ = run(capsys, "summary", "-", "--format", "csv")
    assert status == 0 and data_part(again) == data_part(direct)


def test_an_xlsx_input_keeps_its_columns(capsys, tmp_path):
    pytest.importorskip("openpyxl")
    source = tmp_path / "tracker.xlsx"
    pd.DataFrame(
        {"donor": ["Norway"], "date": ["2024-02-16"], "value": [5e6], "currency": ["NOK"],
         "Programme": ["PURL"]}
    ).to_excel(source, index=False)  # fmt: skip
    status, out, _ = run(capsys, "normalize", str(source), "--format", "csv")
    row = csv_rows(out)[0]
    assert status == 0 and row["Programme"] == "PURL" and "value_as_written" not in row


@pytest.mark.parametrize(
    "argv",
    [
        ("parse", "€5m"),
        ("convert", "€5m", "--to", "USD", "--on", "2024-11-04"),
        ("rates", "info"),
        ("rates", "show", "SAR"),
    ],
)
def test_o_xlsx_without_openpyxl_is_one_line_before_any_work(capsys, monkeypatch, tmp_path, argv):
    import sys

    from aidcalc.cli.output import EXCEL_NEEDED

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError
    target = tmp_path / "out.xlsx"
    status, out, err = run(capsys, *argv, "-o", str(target))
    assert status == 2 and out == "" and not target.exists()
    assert err.count("\n") == 1 and EXCEL_NEEDED in err
