"""Wide tables in linear time (issue 15, item 12): a header of thousands of columns, with or
without a name given twice, costs time in proportion to its width, never its square.

No time is asserted (the machine is shared): four times the columns must make about four
times the function calls, not the sixteen times of quadratic growth (tests/work_count.py;
benchmarks/bench_growth.py prints the wall-clock growth of the same tables).
"""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from work_count import growth

from aidcalc import read_pledges
from aidcalc.pledges.tables import repeated_names


def csv_table(width: int, repeat: bool = False) -> bytes:
    names = ["donor", "date", "amount"] + [f"extra {i}" for i in range(width - 3)]
    if repeat:
        names[-1] = "Extra 0"  # the same name as the fourth, case aside
    row = ["LTU", "2024-02-16", "€1m"] + ["x"] * (width - 3)
    return (",".join(names) + "\n" + ",".join(row) + "\n").encode()


def jsonl_table(width: int, repeat: bool = False) -> bytes:
    record = {"donor": "LTU", "date": "2024-02-16", "amount": "€1m"}
    record.update({f"extra {i}": "x" for i in range(width - 3)})
    return (json.dumps(record) + "\n").encode()


def frame_table(width: int, repeat: bool = False) -> pd.DataFrame:
    columns = {"donor": ["LTU"], "date": ["2024-02-16"], "amount": ["€1m"]}
    columns.update({f"extra {i}": ["x"] for i in range(width - 3)})
    frame = pd.DataFrame(columns)
    if repeat:
        frame.columns = [*frame.columns[:-1], "EXTRA 0"]
    return frame


CASES = {
    "csv": (csv_table, False, ".csv"),
    "csv, a name twice": (csv_table, True, ".csv"),
    "semicolons": (lambda w, r=False: csv_table(w).replace(b",", b";"), False, ".csv"),
    "json lines": (jsonl_table, False, ".jsonl"),
    "frame": (frame_table, False, None),
    "frame, a name twice": (frame_table, True, None),
}


def _read(table, suffix):
    source = table if isinstance(table, pd.DataFrame) else io.BytesIO(table)
    options = {"format": suffix.lstrip(".")} if suffix else {}
    try:
        return read_pledges(source, **options)
    except ValueError as error:
        return error


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_wide_header_is_read_in_linear_time(name):
    build, repeat, suffix = CASES[name]
    small, large = build(2_500, repeat), build(10_000, repeat)
    result = _read(large, suffix)
    if repeat:
        assert isinstance(result, ValueError)
        assert "column(s) named twice in the header: extra 0" in str(result)
    else:
        assert result["value"].tolist() == [1e6] and result["date"].tolist() == ["2024-02-16"]
    ratio = growth(lambda table: _read(table, suffix), small, large)
    assert ratio < 6, (name, ratio)  # linear is 4, quadratic 16


@pytest.mark.parametrize(
    ("names", "repeated"),
    [
        (["donor", "amount", "date"], []),
        (["donor", "Donor", "DONOR "], ["donor"]),
        (["donor", "amount", " Amount", "note", "Note"], ["amount", "note"]),
        (["Spender", "spender", "Betrag"], ["spender"]),
        (["донор", "Донор", "сума"], ["донор"]),
        ([1, "1", 2.0], ["1"]),
    ],
)
def test_repeated_names_are_found_in_one_count(names, repeated):
    assert repeated_names(names) == repeated
