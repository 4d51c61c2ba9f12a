"""Rows a table holds twice at two precisions of one date (parts12b, trial F7): the same
package dated to the day on one row and to the month, quarter or year on another is one
pledge; the finest row counts and the coarser one is reported."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.dates import parse_value_date
from aidcalc.pledges.duplicates import describe_groups, find_duplicates
from aidcalc.pledges.read import read_pledges


def frame_of(rows):
    frame = pd.DataFrame(rows, columns=["donor", "date", "value", "currency", "category"])
    frame["recipient"], frame["measure"], frame["basis"] = "UKR", "pledge", "new"
    frame["high"] = float("nan")
    frame.index = list(range(2, len(rows) + 2))
    return frame


CASES = [
    # (rows, rows counted, groups)
    (
        [("DEU", "2024-06-11", 1.4e9, "EUR", "other"), ("DEU", "2024-06", 1.4e9, "EUR", "other")],
        [2],
        [("coarser date", [3, 2])],
    ),  # a month holding the day
    (
        [("POL", "2025-Q1", 3e8, "PLN", "military"), ("POL", "2025-03-03", 3e8, "PLN", "military")],
        [3],
        [("coarser date", [2, 3])],
    ),  # a quarter holding the day, written first
    (
        [
            ("SWE", "2025", 5e8, "SEK", "other"),
            ("SWE", "2025-01", 5e8, "SEK", "other"),
            ("SWE", "2025-01-22", 5e8, "SEK", "other"),
        ],
        [4],
        [("coarser date", [2, 4]), ("coarser date", [3, 4])],
    ),  # a year and a month over one day: the day counts
    (
        [("DEU", "2024-05", 1.4e9, "EUR", "other"), ("DEU", "2024-06-11", 1.4e9, "EUR", "other")],
        [2, 3],
        [],
    ),  # May does not hold a day of June
    (
        [("DEU", "2024-06", 1.4e9, "EUR", "other"), ("DEU", "2024-06-11", 1.5e9, "EUR", "other")],
        [2, 3],
        [],
    ),  # another value
    (
        [("DEU", "2024-06", 1e8, "EUR", "military"), ("DEU", "2024-06-11", 1e8, "EUR", "other")],
        [2, 3],
        [],
    ),  # another category
    (
        [("DEU", "2024", 1e8, "EUR", "other"), ("FRA", "2024-06-11", 1e8, "EUR", "other")],
        [2, 3],
        [],
    ),  # another donor
]


@pytest.mark.parametrize(("rows", "counted", "groups"), CASES)
def test_a_coarser_date_holding_a_finer_one_is_one_pledge(rows, counted, groups):
    frame = frame_of(rows)
    keep, found = find_duplicates(frame)
    assert frame.index[keep].tolist() == counted
    assert found == groups


def test_the_description_names_both_rows():
    assert describe_groups([("coarser date", [7, 2])]) == [
        "row 7 is row 2 at a coarser date (its period holds row 2's date): counted once, at row 2's"
    ]


def test_the_trial_table_counts_the_package_once():
    text = (
        "donor,recipient,date,amount,measure,basis\n"
        "Germany,Ukraine,2024-06-11,1.4 billion euros,pledge,new\n"
        "Germany,Ukraine,2024-06-11,900 million euros,pledge,new\n"
        "Germany,Ukraine,2024-06-11,500 million euros,pledge,new\n"
        "Germany,Ukraine,2024-06-11,€1.4bn,pledge,new\n"
        "Germany,Ukraine,2024-06,1.4 billion euros,pledge,new\n"
    )
    frame = read_pledges(io.StringIO(text))
    keep, found = find_duplicates(frame)
    assert frame.loc[keep, "value"].sum() == 1.4e9
    assert ("coarser date", [6, 2]) in found


_DATES = st.sampled_from(["2024", "2024-Q2", "2024-06", "2024-06-11", "2024-05", "2024-06-12"])


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["DEU", "FRA"]), _DATES, st.sampled_from([1.0, 2.0])),
        min_size=1,
        max_size=12,
    )
)
def test_no_counted_row_holds_another_counted_rows_date(rows):
    frame = frame_of([(d, date, v, "EUR", "other") for d, date, v in rows])
    keep, found = find_duplicates(frame)
    spans = [parse_value_date(date) for date in frame["date"]]
    kept = [i for i in range(len(frame)) if keep[i]]
    for i in kept:  # two counted rows alike but for the date: neither holds the other's
        for j in kept:
            alike = i != j and frame.iloc[i]["donor"] == frame.iloc[j]["donor"]
            alike = alike and frame.iloc[i]["value"] == frame.iloc[j]["value"]
            # the same date too: identical rows, one of them not counted
            assert not (alike and spans[i].start <= spans[j].start <= spans[j].end <= spans[i].end)
    for rule, members in found:  # each coarser row names a row whose date its period holds
        if rule == "coarser date":
            coarse, fine = (frame.index.get_loc(label) for label in members)
            assert spans[coarse].start <= spans[fine].start <= spans[fine].end <= spans[coarse].end
            assert keep[fine] and not keep[coarse]
