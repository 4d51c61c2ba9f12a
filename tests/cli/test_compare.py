"""``summary --compare`` (issue 14): our USD conversion next to the publisher's own (FTS)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc.cli import main
from aidcalc.pledges.fts import publisher_usd


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, data_part(out), err  # the rows, after the provenance record


def flow(number, amount_usd, original=None, currency=None, date="2024-11-04", donor="Lithuania"):
    found = {
        "id": str(number),
        "status": "paid",
        "amountUSD": amount_usd,
        "decisionDate": f"{date}T00:00:00Z",
        "sourceObjects": [{"type": "Location", "name": donor}],
        "destinationObjects": [{"type": "Location", "name": "Ukraine"}],
    }
    if original is not None:
        found.update(originalAmount=original, originalCurrency=currency)
    return found


@pytest.fixture
def flows(tmp_path):
    """Flows written for this test from the FTS API v1 fields (not real flows)."""
    path = tmp_path / "flows.json"
    answer = {
        "status": "ok",
        "data": {
            "flows": [
                flow(1, 1090400, 1000000, "EUR"),  # exactly the ECB rate of the day
                flow(2, 1000000, 1000000, "EUR"),  # FTS at par: ours 9.04 % higher
                flow(3, 250000, 10000000, "UAH", donor="Poland"),  # NBU rate, via USD
                flow(4, 777, 800, "USD"),  # a USD original FTS gives differently
                flow(5, 2500000),  # reported in USD only: nothing to compare
            ]
        },
    }
    path.write_text(json.dumps(answer), encoding="utf-8")
    return path


# (note, source, publisher USD or None)
NOTES = [
    ("FTS amountUSD 1090400; to Test Relief Agency", "FTS flow 1", 1090400.0),
    ("FTS amountUSD 1090400.5", "FTS flow 1", 1090400.5),
    ("FTS amountUSD 1.5e+20", "FTS flow 1", 1.5e20),
    ("FTS amountUSD 2500000; reported in USD only", "FTS flow 5", None),
    ("FTS amountUSD 7", "pledges.csv row 4", None),  # not read from FTS
    ("see FTS amountUSD 7x", "FTS flow 1", None),
    ("", "FTS flow 1", None),
    (None, "FTS flow 1", None),
]


@pytest.mark.parametrize(("note", "source", "usd"), NOTES)
def test_publisher_usd(note, source, usd):
    found = publisher_usd(pd.DataFrame({"note": [note], "source": [source]})).iloc[0]
    assert pd.isna(found) if usd is None else found == usd


def test_compare_rows(capsys, flows):
    status, out, err = run(capsys, "summary", str(flows), "--compare", "--format", "csv")
    assert status == 0 and err == ""
    rows = {row["row"]: row for row in csv.DictReader(io.StringIO(out))}
    assert list(rows) == ["FTS flow 1", "FTS flow 2", "FTS flow 3", "FTS flow 4"]
    assert float(rows["FTS flow 1"]["difference_pct"]) == pytest.approx(0.0, abs=1e-9)
    assert float(rows["FTS flow 2"]["difference_pct"]) == pytest.approx(9.04)
    assert float(rows["FTS flow 2"]["ours_usd"]) == pytest.approx(1090400)
    assert rows["FTS flow 3"]["currency"] == "UAH" and "NBU" in rows["FTS flow 3"]["rate_source"]
    ours = float(rows["FTS flow 3"]["ours_usd"])
    assert float(rows["FTS flow 3"]["difference_pct"]) == pytest.approx((ours / 250000 - 1) * 100)
    assert float(rows["FTS flow 4"]["difference_pct"]) == pytest.approx((800 / 777 - 1) * 100)


def test_compare_header_and_table(capsys, flows):
    status, out, _ = run(capsys, "summary", str(flows), "--compare")
    header, columns, *lines = out.splitlines()
    assert status == 0
    assert "rows compared: 4; rows without a publisher USD value: 1" in header
    assert "difference_pct = (ours / theirs - 1) x 100" in header
    assert columns.split()[:9] == [
        "row", "source", "donor", "date", "value", "currency", "ours_usd", "theirs_usd",
        "difference_pct",
    ]  # fmt: skip
    assert "1,090,400.00" in lines[1] and "+9.04" in lines[1]


def test_compare_to_a_workbook(capsys, flows, tmp_path):
    pytest.importorskip("openpyxl")
    target = tmp_path / "compare.xlsx"
    status, _, _ = run(capsys, "summary", str(flows), "--compare", "-o", str(target))
    sheets = pd.read_excel(target, sheet_name=None)
    assert status == 0 and sheets["rows"]["difference_pct"].round(2).tolist()[:2] == [0.0, 9.04]
    assert "Our conversion to USD" in sheets["method"].iloc[0, 0]


def test_the_shipped_fixture_reports_its_bad_flows(capsys):
    status, out, err = run(capsys, "summary", "tests/fixtures/fts/flows.json", "--compare")
    assert status == 1 and "rows compared: 2" in out
    assert "FTS flow 900004: status: 'parked'" in err


@pytest.mark.parametrize(
    "path", ["tests/fixtures/iati/activities.xml", "data/pledges/lithuania-ukraine-2024.csv"]
)
def test_nothing_to_compare(capsys, path):
    status, out, err = run(capsys, "summary", path, "--compare", "--skip-invalid")
    assert status == 1 and out == ""
    assert "--compare: no row carries the publisher's own USD value" in err
