"""read_pledges: the pledge schema from CSV, TSV, JSON, JSON lines, xlsx and frames; bad rows."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import aidcalc.parsing
from aidcalc import InvalidRows, read_pledges
from aidcalc.pledges.datasets import sample_pledges
from aidcalc.pledges.schema import COLUMNS

ROWS = [
    {
        "donor": "Lietuva",
        "date": "2024-11-04",
        "amount": "over 683 million euros",
        "category": "military",
        "measure": "allocation",
        "basis": "cumulative",
        "source": "KI",
    },
    {
        "donor": "Lithuania",
        "date": "2024-09",
        "amount": "10 million euros",
        "category": "military",
        "measure": "pledge",
        "basis": "new",
        "source": "KI",
    },
    {
        "donor": "Deutschland",
        "recipient": "Україна",
        "date": "2023",
        "amount": "$5-7 billion",
        "category": "Financial",
        "source": "x",
    },
]


def write_csv(path, rows, sep=","):
    pd.DataFrame(rows).to_csv(path, index=False, sep=sep)
    return path


def check_rows(frame):
    assert list(frame.columns) == list(COLUMNS)
    assert frame["donor"].tolist() == ["LTU", "LTU", "DEU"]
    assert frame["recipient"].tolist() == ["UKR", "UKR", "UKR"]
    assert frame["date"].tolist() == ["2024-11-04", "2024-09", "2023"]
    assert frame["date_precision"].tolist() == ["day", "month", "year"]
    assert frame["year"].tolist() == [2024, 2024, 2023]
    assert frame["value"].tolist() == [683e6, 10e6, 5e9]
    assert frame["currency"].tolist() == ["EUR", "EUR", "USD"]
    assert frame["qualifier"].tolist()[0] == "over"
    assert frame["qualifier"].isna().tolist() == [False, True, True]
    assert frame["high"].isna().tolist() == [True, True, False]
    assert frame["high"].iloc[2] == 7e9
    assert frame["category"].tolist() == ["military", "military", "financial"]
    assert frame["measure"].tolist() == ["allocation", "pledge", "pledge"]  # default pledge
    assert frame["basis"].tolist() == ["cumulative", "new", "new"]
    assert frame["value"].dtype == "float64" and frame["high"].dtype == "float64"


def test_csv(tmp_path):
    check_rows(read_pledges(write_csv(tmp_path / "p.csv", ROWS)))


def test_tsv(tmp_path):
    check_rows(read_pledges(write_csv(tmp_path / "p.tsv", ROWS, sep="\t")))


def test_json_array_and_json_lines(tmp_path):
    (tmp_path / "p.json").write_text(json.dumps(ROWS, ensure_ascii=False), encoding="utf-8")
    lines = "\n".join(json.dumps(row, ensure_ascii=False) for row in ROWS) + "\n"
    (tmp_path / "p.jsonl").write_text(lines, encoding="utf-8")
    check_rows(read_pledges(tmp_path / "p.json"))
    check_rows(read_pledges(tmp_path / "p.jsonl"))


def test_xlsx(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "p.xlsx"
    pd.DataFrame(ROWS).to_excel(path, index=False)
    check_rows(read_pledges(path))


def test_xlsx_blank_rows_are_not_rows_and_numbers_stay_sheet_rows(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "b.xlsx"
    rows = [
        {"donor": "LTU", "date": "2024", "amount": "€1 million"},
        {"donor": None, "date": None, "amount": None},
        {"donor": "Atlantis", "date": "2024", "amount": "€1 million"},
    ]
    pd.DataFrame(rows).to_excel(path, index=False)
    with pytest.raises(InvalidRows) as caught:
        read_pledges(path)
    assert [error[:2] for error in caught.value.errors] == [(4, "donor")]
    assert caught.value.valid.index.tolist() == [2]


def test_csv_rows_are_the_lines_records_start_on(tmp_path):
    path = tmp_path / "lines.csv"
    path.write_text(
        '\ufeffdonor,date,amount,note\nLTU,2024,€1 million,"two\nlines"\n\nEST,2024,€2 million,\n',
        encoding="utf-8",
    )
    frame = read_pledges(path)
    assert frame.index.tolist() == [2, 5] and frame["note"].tolist() == ["two\nlines", ""]


def test_xlsx_date_cells_are_days(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "d.xlsx"
    rows = [{"donor": "LTU", "date": pd.Timestamp("2024-11-04"), "value": 1.5, "currency": "EUR"}]
    pd.DataFrame(rows).to_excel(path, index=False)
    frame = read_pledges(path)
    assert frame["date"].tolist() == ["2024-11-04"] and frame["date_precision"].tolist() == ["day"]


def test_frame_input_and_value_currency_columns():
    frame = read_pledges(
        pd.DataFrame(
            {
                "donor": ["EE", "EU (Commission and Council)"],
                "date": ["2022-03", "2022"],
                "value": [1.25, 2e9],
                "currency": ["eur", "USD"],
                "high": [2.5, None],
            }
        )
    )
    assert frame["donor"].tolist() == ["EST", "EU"]
    assert frame["value"].tolist() == [1.25, 2e9]
    assert frame["currency"].tolist() == ["EUR", "USD"]
    assert frame["high"].iloc[0] == 2.5 and pd.isna(frame["high"].iloc[1])


def test_currency_column_is_a_hint_for_bare_dollars():
    frame = read_pledges(
        pd.DataFrame(
            {"donor": ["CAN"], "date": ["2024"], "amount": ["$10 million"], "currency": ["CAD"]}
        )
    )
    assert frame["currency"].tolist() == ["CAD"]


def test_each_distinct_amount_is_parsed_once(monkeypatch):
    calls = []
    real = aidcalc.parsing.parse_mention

    def counting(text, **kwargs):
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(aidcalc.parsing, "parse_mention", counting)
    texts = ["10 million euros", "€5 million", "10 million euros"] * 50
    frame = read_pledges(pd.DataFrame({"donor": "LTU", "date": "2024", "amount": texts}))
    assert len(frame) == 150
    assert sorted(calls) == ["10 million euros", "€5 million"]


def test_every_bad_row_is_reported_with_row_number_and_column(tmp_path):
    rows = [
        {"donor": "Lithuania", "date": "2024-09", "amount": "10 million euros"},  # line 2: fine
        {"donor": "Atlantis", "date": "2024-09", "amount": "10 million euros"},  # 3
        {"donor": "LTU", "date": "2024-02-30", "amount": "10 million euros"},  # 4
        {"donor": "LTU", "date": "2024-09", "amount": "ten thousand drones"},  # 5
        {"donor": "LTU", "date": "2024-09", "amount": "5 million", "category": "cyber"},  # 6
        {"donor": "LTU", "date": "2024-09", "amount": "€5 million", "measure": "promise"},  # 7
        {"donor": "LTU", "date": "2024-09", "amount": "€5 million", "basis": "total"},  # 8
        {"donor": "LTU", "date": "", "amount": "€5 million", "recipient": "Narnia"},  # 9
        {"donor": "LTU", "date": "early 2024", "amount": "€5 million"},  # 10 (Sept 2024 reads)
    ]
    with pytest.raises(InvalidRows) as caught:
        read_pledges(write_csv(tmp_path / "bad.csv", rows))
    where = {(row, column) for row, column, _ in caught.value.errors}
    assert where == {
        (3, "donor"),
        (4, "date"),
        (5, "amount"),
        (6, "amount"),
        (6, "category"),
        (7, "measure"),
        (8, "basis"),
        (9, "date"),
        (9, "recipient"),
        (10, "date"),
    }
    reasons = {(row, column): reason for row, column, reason in caught.value.errors}
    assert "Atlantis" in reasons[(3, "donor")]
    assert "2024-02-30" in reasons[(4, "date")]
    assert "cyber" in reasons[(6, "category")]
    assert reasons[(9, "date")] == "missing"
    message = str(caught.value)
    assert message.startswith("8 invalid row(s)") and "row 10, date" in message
    assert isinstance(caught.value, ValueError)
    assert caught.value.valid["donor"].tolist() == ["LTU"]  # the one good row, for --skip-invalid


def test_bad_value_and_currency_cells(tmp_path):
    rows = [
        {"donor": "LTU", "date": "2024", "value": "1e6", "currency": "EUR"},  # fine
        {"donor": "LTU", "date": "2024", "value": "lots", "currency": "EUR"},  # 3
        {"donor": "LTU", "date": "2024", "value": "5", "currency": "XYZ"},  # 4
        {"donor": "LTU", "date": "2024", "value": "5", "currency": ""},  # 5
        {"donor": "LTU", "date": "2024", "value": "", "currency": "EUR"},  # 6
    ]
    with pytest.raises(InvalidRows) as caught:
        read_pledges(write_csv(tmp_path / "v.csv", rows))
    assert [(row, column) for row, column, _ in caught.value.errors] == [
        (3, "value"),
        (4, "currency"),
        (5, "currency"),
        (6, "value"),
    ]


def test_json_lines_rows_are_line_numbers(tmp_path):
    lines = [
        {"donor": "LTU", "date": "2024", "amount": "€1 million"},
        {"donor": "LTU", "date": "2024-13", "amount": "€1 million"},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        read_pledges(path)
    assert caught.value.errors[0][:2] == (2, "date")


def test_missing_columns_and_unknown_file_types(tmp_path):
    with pytest.raises(ValueError, match="amount"):
        read_pledges(pd.DataFrame({"donor": ["LTU"], "date": ["2024"]}))
    with pytest.raises(ValueError, match="donor"):
        read_pledges(pd.DataFrame({"amount": ["€1"], "date": ["2024"]}))
    (tmp_path / "p.parquet").write_text("x")
    with pytest.raises(ValueError, match="cannot read"):
        read_pledges(tmp_path / "p.parquet")


def test_shipped_sample_reads():
    frame = read_pledges(sample_pledges())
    assert frame[["donor", "date", "value", "measure", "basis"]].values.tolist() == [
        ["LTU", "2024-11-04", 683e6, "allocation", "cumulative"],  # "has provided … worth"
        ["LTU", "2024-09", 10e6, "pledge", "new"],  # "announced plans to allocate"
    ]
    assert frame["source"].str.contains("Kyiv Independent").all()
