"""A package row is never read from rows that hold a total and its own parts, nor from rows of
another value date (trial 13c, N6: "row 6 is the sum of rows 2, 4, 5" took this year's $100m
and its $60m/$40m breakdown for last year's $200m)."""

from __future__ import annotations

import pandas as pd
import pytest

from aidcalc.pledges.duplicates import find_duplicates


def frame_of(rows):
    columns = ["donor", "date", "value", "currency", "category"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["high"] = float("nan")
    frame["recipient"], frame["measure"], frame["basis"] = "UKR", "pledge", "new"
    frame.index = list(range(2, len(rows) + 2))
    return frame


DAY = "2025-04-15"

CASES = [
    # (rows as (donor, date, value, currency, category), rows counted, groups)
    (
        [
            ("KOR", DAY, 100.0, "USD", "other"),
            ("KOR", DAY, 60.0, "USD", "other"),
            ("KOR", DAY, 40.0, "USD", "other"),
            ("KOR", DAY, 200.0, "USD", "other"),
        ],
        [2, 3, 4, 5],
        [],
    ),  # 200 = 100 + 60 + 40, but 100 = 60 + 40: a total and its breakdown, no package
    (
        [
            ("HRV", "2025", 1.0, "EUR", "other"),
            ("HRV", "2025", 0.6, "EUR", "other"),
            ("HRV", "2025", 0.4, "EUR", "other"),
            ("HRV", "2025", 2.0, "EUR", "humanitarian"),
        ],
        [2, 3, 4, 5],
        [],
    ),  # the same in another donor, dated to the year
    (
        [
            ("KOR", DAY, 100.0, "USD", "other"),
            ("KOR", DAY, 60.0, "USD", "other"),
            ("KOR", DAY, 40.0, "USD", "other"),
            ("KOR", "2024", 200.0, "USD", "other"),
        ],
        [3, 4, 5],
        [("package", [2, 3, 4])],
    ),  # last year's 200 is of another date: only this year's 100 = 60 + 40
    (
        [
            ("KOR", "2024", 100.0, "USD", "other"),
            ("KOR", "2025", 60.0, "USD", "other"),
            ("KOR", "2025", 40.0, "USD", "other"),
        ],
        [2, 3, 4],
        [],
    ),  # items of another year never make a package
    (
        [
            ("DNK", "2024", 200.0, "EUR", "other"),
            ("DNK", "2024", 120.0, "EUR", "military"),
            ("DNK", "2024", 50.0, "EUR", "other"),
            ("DNK", "2024", 30.0, "EUR", "humanitarian"),
        ],
        [3, 4, 5],
        [("package", [2, 3, 4, 5])],
    ),  # three items, none the sum of the others: still a package
    (
        [
            ("POL", "2024", 10.0, "EUR", "other"),
            ("POL", "2024", 6.0, "EUR", "other"),
            ("POL", "2024", 4.0, "EUR", "military"),
        ],
        [3, 4],
        [("package", [2, 3, 4])],
    ),  # two items: the plain package
]


@pytest.mark.parametrize("rows,counted,groups", CASES)
def test_no_sum_of_a_total_and_its_parts(rows, counted, groups):
    frame = frame_of(rows)
    keep, found = find_duplicates(frame)
    assert frame.index[keep].tolist() == counted
    assert found == groups
