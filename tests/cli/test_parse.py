"""`aidcalc parse`: rows per text, error rows, exit status, formats."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from aidcalc.cli import main


def run_cli(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_one_row_per_text_as_json(capsys):
    status, out, _ = run_cli(
        capsys, "parse", "over 683 million euros", "$1-2 billion", "--format", "json"
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["amount"] for r in records] == ["over EUR 683000000", "USD 1000000000-2000000000"]
    assert records[1]["high"] == "2000000000"


def test_bad_line_gives_an_error_record_and_exit_1_while_others_print(capsys, monkeypatch):
    status, out, err = run_cli(
        capsys,
        "parse",
        "-",
        "--format",
        "csv",
        stdin="€5m\na country of 2.8 million\n10 Mio. Euro\n",
        monkeypatch=monkeypatch,
    )
    lines = out.splitlines()
    assert status == 1
    assert lines[0].startswith("line,text,value,currency")
    assert lines[1].startswith("1,€5m,5000000,EUR")
    assert lines[2].startswith("2,a country of 2.8 million,,,")
    assert "no currency next to the number" in lines[2]
    assert lines[3].startswith("3,10 Mio. Euro,10000000,EUR")
    assert "1 of 3 texts had no money amount" in err


def test_lang_and_currency_hint_options(capsys):
    status, out, _ = run_cli(
        capsys, "parse", "kr 100", "--currency-hint", "NOK", "--format", "json"
    )
    assert status == 0 and json.loads(out)["currency"] == "NOK"
    status, out, _ = run_cli(capsys, "parse", "1 billion euros", "--lang", "de", "--format", "json")
    assert json.loads(out)["value"] == "1000000000000"


def test_table_is_for_people(capsys):
    status, out, _ = run_cli(capsys, "parse", "€5m")
    header, row = out.splitlines()
    assert status == 0
    assert header.split() == ["line", "text", "amount", "value", "currency", "qualifier", "high"]
    assert row.split()[:4] == ["1", "€5m", "EUR", "5000000"]


def test_help_version_and_usage_errors():
    done = subprocess.run(
        [sys.executable, "-m", "aidcalc.cli", "parse", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "examples:" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "aidcalc.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("aidcalc ")
    done = subprocess.run(
        [sys.executable, "-m", "aidcalc.cli", "parse"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2


def test_assumptions_column_and_strict(capsys):
    texts = ("$1.500 billion", "250.000 €", "€9–6 million")
    status, out, _ = run_cli(capsys, "parse", *texts, "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["assumptions"] for r in records] == [
        "dollar-usd decimal-default short-scale",
        "",
        "range-reordered",
    ]
    assert records[1]["value"] == "250000"
    status, out, err = run_cli(capsys, "parse", *texts, "--strict", "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert "dollar-usd" in records[0]["error"] and records[0]["value"] is None
    assert records[1]["value"] == "250000" and records[1]["error"] is None
    assert "range-reordered" in records[2]["error"]
    assert "2 of 3 texts had no money amount, or one read only by a default (--strict)" in err


def test_table_shows_assumptions_when_a_reading_has_one(capsys):
    _, out, _ = run_cli(capsys, "parse", "$5m")
    header, row = out.splitlines()
    assert header.split()[-1] == "assumptions" and row.split()[-1] == "dollar-usd"
