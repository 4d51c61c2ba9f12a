"""Excel serial day numbers in a date column (issue 11, item 3): read as dates only when the
whole column says so, the choice printed like the day-first one; files made here."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aidcalc import InvalidRows, read_pledges
from aidcalc.cli import main
from aidcalc.pledges.dates import SERIAL_FIRST, SERIAL_LAST, read_dates

EPOCH = date(1899, 12, 30)


def table(cells, sep=",") -> bytes:
    lines = [sep.join(["donor", "date", "amount"])]
    lines += [sep.join(["LTU", cell, "€1m"]) for cell in cells]
    return ("\n".join(lines) + "\n").encode()


SERIAL_COLUMNS = [
    # (cells, dates): whole numbers, pandas' floats, a blank-free mix, and the range ends
    (["45337", "45383"], ["2024-02-15", "2024-04-01"]),
    (["45337.0", "45383.0", "44562.0"], ["2024-02-15", "2024-04-01", "2022-01-01"]),
    (["45337", "45337.0"], ["2024-02-15", "2024-02-15"]),
    (["18264", "73050"], ["1950-01-01", "2099-12-31"]),
    (["44621"], ["2022-03-01"]),
    ([" 45658 "], ["2025-01-01"]),
]


@pytest.mark.parametrize(("cells", "dates"), SERIAL_COLUMNS)
def test_a_column_of_serial_numbers_is_read_as_days_and_said(cells, dates):
    frame = read_pledges(table(cells))
    assert frame["date"].tolist() == dates
    assert set(frame["date_precision"]) == {"day"}
    notes = frame.attrs["notes"]
    assert any(note.startswith("dates read as Excel serial day numbers") for note in notes)
    assert f"row 2 has {cells[0].strip()} = {dates[0]}" in " ".join(notes)


@pytest.mark.parametrize(
    ("cells", "bad", "reason"),
    [
        # one serial among other date shapes: refused, naming the other shape
        (["45337", "2024-02-16"], {2}, "looks like an Excel serial day number, but row 3"),
        (["16.02.2024", "45337.0"], {3}, "but row 2 has '16.02.2024'"),
        (["2024", "45337"], {3}, "but row 2 has '2024'"),
        (["Q1 2024", "45337"], {3}, "a column is read as serial numbers only when"),
        # a five-digit number outside the range makes the whole column no serials
        (["45337", "12345"], {2, 3}, "18264..73050"),
        (["45337", "99999"], {2, 3}, "1950-01-01 to 2099-12-31"),
        # six digits, a fraction (a time of day), a sign: not serial-shaped at all
        (["453370"], {2}, "not a valid value date"),
        (["45337.5"], {2}, "not a valid value date"),
        (["-45337"], {2}, "not a valid value date"),
    ],
)
def test_serial_shapes_are_refused_unless_the_whole_column_agrees(cells, bad, reason):
    with pytest.raises(InvalidRows) as caught:
        read_pledges(table(cells))
    errors = {row: text for row, column, text in caught.value.errors if column == "date"}
    assert set(errors) == bad
    assert any(reason in text for text in errors.values()), errors


def test_a_strftime_date_format_reads_every_cell_itself():
    with pytest.raises(InvalidRows, match="does not match date_format"):
        read_pledges(table(["45337"]), date_format="%d/%m/%Y")


def test_numbers_from_json_and_frames_and_semicolons():
    records = [{"donor": "LTU", "date": 45337, "amount": "€1m"}]
    records.append({"donor": "LTU", "date": 45383.0, "amount": "€1m"})
    frame = read_pledges(io.BytesIO(json.dumps(records).encode()), format="json")
    assert frame["date"].tolist() == ["2024-02-15", "2024-04-01"]
    given_frame = pd.DataFrame({"donor": ["EST"], "date": [45337.0], "amount": ["€1m"]})
    assert read_pledges(given_frame)["date"].tolist() == ["2024-02-15"]
    assert read_pledges(table(["45337"], sep=";"))["date"].tolist() == ["2024-02-15"]


def test_years_and_float_years_stay_years():
    assert read_pledges(table(["2024", "2023.0"]))["date"].tolist() == ["2024", "2023"]


def test_an_excel_workbook_saved_as_csv_goes_through_summary(tmp_path, capsys):
    path = tmp_path / "export.csv"
    path.write_bytes(table(["45337", "45383", "45413"]))
    assert main(["summary", str(path), "--by", "donor,year"]) == 0
    out, err = capsys.readouterr()
    assert "dates read as Excel serial day numbers (days after 1899-12-30): row 2 has 45337" in err
    assert out.splitlines()[2].split()[:4] == ["LTU", "2024", "3,000,000", "3,000,000"]


@given(st.lists(st.integers(SERIAL_FIRST, SERIAL_LAST), min_size=1, max_size=20))
def test_every_serial_in_the_range_is_its_day(serials):
    cells = [str(n) if n % 2 else f"{n}.0" for n in serials]
    dates, notes = read_dates(cells)
    assert [str(d) for d in dates] == [str(EPOCH + timedelta(days=n)) for n in serials]
    assert len(notes) == 1


@given(
    st.lists(st.integers(SERIAL_FIRST, SERIAL_LAST), min_size=1, max_size=10),
    st.sampled_from(["2024-02-16", "16.02.2024", "Feb 2024", "2024", "Q1 2024", "2024.0"]),
    st.integers(0, 10),
)
def test_one_other_date_shape_makes_every_serial_a_bad_row(serials, other, at):
    cells = [str(n) for n in serials]
    cells.insert(min(at, len(cells)), other)
    dates, notes = read_dates(cells)
    assert not any("Excel" in note for note in notes)
    for cell, found in zip(cells, dates, strict=True):
        if cell != other:
            assert isinstance(found, ValueError) and "Excel serial" in str(found)
        else:
            assert not isinstance(found, ValueError)
