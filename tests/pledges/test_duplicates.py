"""Rows a table holds twice (issue 11, item 10): identical rows and a package with its items."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.pledges.duplicates import describe_groups, find_duplicates


def frame_of(rows, index=None):
    columns = ["donor", "date", "value", "currency", "category", "high"]
    frame = pd.DataFrame([row + (float("nan"),) * (6 - len(row)) for row in rows], columns=columns)
    frame["recipient"], frame["measure"], frame["basis"] = "UKR", "pledge", "new"
    frame.index = index or list(range(2, len(rows) + 2))
    return frame


CASES = [
    # (rows, rows counted, groups)
    ([("LTU", "2024", 5.0, "EUR", "military")] * 3, [2], [("identical", [2, 3, 4])]),
    (
        [("LTU", "2024", 5.0, "EUR", "military"), ("LTU", "2024", 5.0, "EUR", "other")],
        [2, 3],
        [],
    ),  # another category: another pledge
    (
        [("LTU", "2024-02", 5.0, "EUR", "military"), ("LTU", "2024-01", 5.0, "EUR", "military")],
        [2, 3],
        [],
    ),  # another value date
    (
        [("LTU", "2024", 5.0, "EUR", "military"), ("LTU", "2024-01", 5.0, "EUR", "military")],
        [3],
        [("coarser date", [2, 3])],
    ),  # a year holding the month of the same row: one pledge (parts12b, trial F7)
    (
        [("LTU", "2024", 5.0, "EUR", "military"), ("LTU", "2024", 5.0, "USD", "military")],
        [2, 3],
        [],
    ),  # another currency
    (
        [
            ("EST", "2024", 2.5, "EUR", "military"),
            ("EST", "2024", 10.0, "EUR", "other"),
            ("EST", "2024", 7.5, "EUR", "humanitarian"),
        ],
        [2, 4],
        [("package", [3, 2, 4])],
    ),  # the package row need not come first
    (
        [
            ("EST", "2024", 10.0, "EUR", "other", 12.0),
            ("EST", "2024", 4.0, "EUR", "military"),
            ("EST", "2024", 6.0, "EUR", "humanitarian"),
        ],
        [2, 3, 4],
        [],
    ),  # a range is never a package
    (
        [("EST", "2024", 10.0, "EUR", "other"), ("EST", "2024", 10.0, "EUR", "military")],
        [2, 3],
        [],
    ),  # one item is not a breakdown
]


@pytest.mark.parametrize("rows,counted,groups", CASES)
def test_duplicate_rules(rows, counted, groups):
    frame = frame_of(rows)
    keep, found = find_duplicates(frame)
    assert frame.index[keep].tolist() == counted
    assert found == groups


def test_descriptions_name_the_rows():
    lines = describe_groups([("identical", [2, 3]), ("package", [4, 5, 6])])
    assert lines == [
        "rows 2, 3 are identical: counted once",
        "row 4 is the sum of rows 5, 6: the items are counted",
    ]


# cells with repeats, missing values (None, NaN), a signed zero and numbers equal as floats
_TEXT = st.sampled_from(["LTU", "DEU", "", "EUR", None])
_NUMBER = st.sampled_from([1.0, 2.5, 0.0, -0.0, float("nan"), 1e6, 5e6, 3.0])


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(st.tuples(_TEXT, _TEXT, _NUMBER, _NUMBER), min_size=1, max_size=40),
    mask=st.lists(st.booleans(), min_size=40, max_size=40),
    arrow=st.booleans(),
)
def test_group_numbers_are_groupby_ngroup(rows, mask, arrow):
    from aidcalc.pledges.duplicates import _group_numbers

    frame = pd.DataFrame(rows, columns=["donor", "currency", "value", "high"])
    if arrow:  # the dtype read_pledges gives text columns
        frame[["donor", "currency"]] = frame[["donor", "currency"]].astype("str")
    columns = ["donor", "currency", "value", "high"]
    for chosen in (np.ones(len(frame), dtype=bool), np.array(mask[: len(frame)])):
        if not chosen.any():
            continue
        expected = np.full(len(frame), -1, dtype=np.int64)
        expected[chosen] = (
            frame[chosen].groupby(columns, dropna=False, sort=False).ngroup().to_numpy()
        )
        coded: dict = {}
        assert np.array_equal(_group_numbers(frame, columns, chosen, coded), expected)
        # the codes kept from the first call serve the second, on other columns
        again = _group_numbers(frame, columns[:2], chosen, coded)
        assert np.array_equal(again, _ngroup(frame, columns[:2], chosen))


def _ngroup(frame, columns, chosen):
    numbers = np.full(len(frame), -1, dtype=np.int64)
    numbers[chosen] = frame[chosen].groupby(columns, dropna=False, sort=False).ngroup()
    return numbers
