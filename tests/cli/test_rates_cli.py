"""``aidcalc rates info|show`` list every source (issue 12); ``--rates FILE`` on the commands."""

from __future__ import annotations

import csv
import json

import pytest

from aidcalc.cli import main

PLEDGES = (
    "donor,date,value,currency,category\n"
    "LTU,2024-11-04,100,XDR,military\n"
    "LTU,2024-11-03,375,SAR,humanitarian\n"
)
XDR_TABLE = (
    "date,base,quote,rate,source\n"
    "2024-11-01,XDR,USD,1.32,IMF SDR valuation\n"
    "2024-11-04,XDR,USD,1.33,IMF SDR valuation\n"
)


pytestmark = pytest.mark.usefixtures("shipped_rates_only")  # tests/conftest.py


@pytest.fixture
def xdr_table(tmp_path):
    path = tmp_path / "sdr.csv"
    path.write_text(XDR_TABLE, encoding="utf-8")
    return path


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def json_rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_info_lists_every_source_with_its_coverage(capsys):
    status, out, _ = run(capsys, "rates", "info", "--format", "json")
    rows = json_rows(out)
    assert status == 0
    found = {row["source"].split(" (")[0]: row for row in rows}
    assert [row["last"] for row in rows] == [
        "2026-10-30", "2025-10-20", "2025-10-20", "in force", "in force", "2025", "in force",
    ]  # fmt: skip
    assert "SAR" in found["legal fixed rates of hard pegs and currency boards"]["quotes"]
    assert "ROL->RON" in found["redenominations at their legal factor"]["quotes"]
    assert found["World Bank WDI PA.NUS.FCRF"]["first"] == "1960"
    assert found["irrevocable euro conversion rates"]["first"] == "1999-01-01"
    assert rows[0]["file"].startswith("shipped ECB file")


def test_info_with_a_user_table(capsys, xdr_table):
    status, out, _ = run(capsys, "rates", "info", "--rates", str(xdr_table), "--format", "json")
    last = json_rows(out)[-1]
    assert status == 0 and last["source"].startswith("user table sdr.csv")
    assert (last["quotes"], last["first"], last["last"]) == (
        "2 rows: XDR/USD",
        "2024-11-01",
        "2024-11-04",
    )


def test_a_bad_user_table_is_refused_naming_the_row(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,base,quote,rate\n2024-11-04,XDR,USD,-1\n", encoding="utf-8")
    for argv in (("rates", "info"), ("rates", "show", "XDR")):
        status, out, err = run(capsys, *argv, "--rates", str(bad))
        assert status == 1 and not out and "bad.csv: row 2" in err and "positive" in err


@pytest.mark.parametrize(
    ("currency", "line"),
    [
        # the legal rate as pegs.csv and redenominations.csv state it, dated from when it holds
        ("SAR", "1999-01-01,3.75,SAR per USD,legal fixed rate 3.75 SAR = 1 USD (Saudi"),
        ("aed", "1999-01-01,3.6725,AED per USD,legal fixed rate 3.6725 AED = 1 USD (Central"),
        ("XOF", "1999-01-01,655.957,XOF per EUR,legal fixed rate 655.957 XOF = 1 EUR (BCEAO"),
        ("BAM", "1999-01-01,1.95583,BAM per EUR,legal fixed rate 1.95583 BAM = 1 EUR (Central"),
        ("XPF", "1999-01-01,119.3317422434367541766109785,XPF per EUR,legal fixed rate 1000 XPF"),
        ("ROL", "2005-07-01,10000,ROL per RON,redenomination 10,000 ROL = 1 RON from 2005-07-01"),
        ("TRL", "2005-01-01,1000000,TRL per TRY,redenomination 1,000,000 TRL = 1 TRY"),
        ("VEF", "2018-08-20,100000,VEF per VES,redenomination 100,000 VEF = 1 VES"),
        ("VES", "2021-10-01,1000000,old VES per VES,redenomination 1,000,000 VES = 1 VES"),
        ("LTL", "2015-01-01,3.4528,LTL per EUR,irrevocable euro conversion rate LTL 3.45280"),
    ],
)
def test_show_lists_legal_fixed_rates(capsys, currency, line):
    status, out, _ = run(
        capsys, "rates", "show", currency, "--from", "2024-01-01", "--format", "csv"
    )
    assert status == 0
    rows = list(csv.reader(out.splitlines()))
    assert rows[0] == ["date", "rate", "unit", "source"] and len(rows) == 2
    assert ",".join(rows[1]).startswith(line)


def test_show_a_peg_only_within_its_range(capsys):
    assert run(capsys, "rates", "show", "SAR", "--to", "1998-12-31")[0] == 1  # before it holds
    status, out, _ = run(capsys, "rates", "show", "SAR", "--from", "2030-01-01", "--format", "csv")
    assert status == 0 and "3.75" in out  # a peg in force holds on


def test_show_a_user_table_and_what_no_source_quotes(capsys, xdr_table):
    status, _, err = run(capsys, "rates", "show", "XDR")
    assert status == 1 and "no source quotes it" in err and "--rates FILE" in err
    status, out, _ = run(
        capsys, "rates", "show", "XDR", "--rates", str(xdr_table), "--format", "csv"
    )
    assert status == 0
    # as the table serves XDR: units of XDR per 1 USD (1 / 1.32), the figure conversion uses
    source = "user table sdr.csv: IMF SDR valuation"
    assert out.splitlines()[1:] == [
        f"2024-11-01,0.7575757575757575757575757576,XDR per USD,{source}",
        f"2024-11-04,0.7518796992481203007518796992,XDR per USD,{source}",
    ]


def test_summary_with_rates_and_the_last_date_of_each_source(capsys, tmp_path, xdr_table):
    pledges = tmp_path / "pledges.csv"
    pledges.write_text(PLEDGES, encoding="utf-8")
    status, _, err = run(capsys, "summary", str(pledges), "--to", "USD")
    assert status == 1 and "XDR" in err and "--rates FILE" in err
    status, out, _ = run(capsys, "summary", str(pledges), "--to", "USD", "--rates", str(xdr_table))
    header, _columns, row = out.splitlines()
    assert status == 0
    assert (
        "ECB reference rates to 2026-10-30, NBU official UAH rates to 2025-10-20, "
        "World Bank annual rates to 2025, user table sdr.csv to 2024-11-04" in header
    )
    assert row.split()[:3] == ["LTU", "2024", "233"]  # 100 XDR at 1.33 + 375 SAR at the peg 3.75
    status, _, err = run(capsys, "summary", str(pledges), "--rates", str(tmp_path / "none.csv"))
    assert status == 1 and "--rates" in err and "none.csv" in err


def test_convert_with_rates(capsys, xdr_table):
    argv = ("convert", "XDR 100", "--to", "USD", "--on", "2024-11-03", "--format", "json")
    status, out, _ = run(capsys, *argv, "--rates", str(xdr_table))
    row = json_rows(out)[0]
    assert status == 0 and row["value"] == "132" and row["rate_date"] == "2024-11-01"
    assert row["source"] == "user table sdr.csv: IMF SDR valuation"
    assert run(capsys, *argv)[0] == 1
    assert run(capsys, *argv, "--rates", str(xdr_table), "--live")[0] == 2
