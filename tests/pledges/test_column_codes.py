"""``factorized`` (a column's codes, found by one comparison when it holds one value) and the
codes ``read_pledges`` works with must be pandas' own (issue 11, "Speed")."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.pledges.duplicates import factorized
from aidcalc.pledges.read import read_pledges

NAN = float("nan")
COLUMNS = [
    pd.Series(["pledge"] * 5, dtype="str"),  # one value: the comparison
    pd.Series(["pledge", "pledge", None, "pledge"], dtype="str"),  # one value and a gap
    pd.Series([None, None, None], dtype="str"),  # only gaps
    pd.Series(["new", "new", "cumulative", "new"], dtype="str"),
    pd.Series(["UKR", "UKR ", "UKR"], dtype="str"),  # a space makes another cell
    pd.Series([NAN, NAN, NAN]),  # the high of a table without ranges
    pd.Series([NAN, 5.0, NAN]),
    pd.Series([0.0, -0.0, 0.0]),
    pd.Series([5e6, 5e6, 5e6]),
    pd.Series(["pledge", "pledge"], dtype=object),  # object columns: pandas' way
    pd.Series([1, 1, 1]),
    pd.Series(["x"], dtype="str"),
    pd.Series([], dtype="str"),
]


def _same(column: pd.Series) -> None:
    codes, uniques = factorized(column)
    expected_codes, expected_uniques = pd.factorize(column, sort=False, use_na_sentinel=False)
    np.testing.assert_array_equal(codes, expected_codes)
    assert codes.dtype == expected_codes.dtype
    assert len(uniques) == len(expected_uniques)
    assert [None if u is None or u != u else u for u in list(uniques)] == [
        None if u is None or u != u else u for u in list(expected_uniques)
    ]


@pytest.mark.parametrize("column", COLUMNS, ids=range(len(COLUMNS)))
def test_factorized_gives_pandas_codes(column):
    _same(column)


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(st.sampled_from(["pledge", "pledge ", "new", "", None]), max_size=12),
    numbers=st.lists(st.sampled_from([NAN, 0.0, -0.0, 5e6, 1.5]), max_size=12),
)
def test_factorized_gives_pandas_codes_for_any_column(cells, numbers):
    _same(pd.Series(cells, dtype="str"))
    _same(pd.Series(numbers, dtype="float64"))


def test_a_table_of_one_measure_and_basis_reads_as_before():
    """A long file (read by pyarrow) whose measure and basis columns hold one value: those
    columns take the comparison, and the frame is the one a short file of the rows gives."""
    rows = "".join(
        f"LTU,2024-0{1 + n % 9},€{5 + n % 7} million,military,pledge,new\n" for n in range(40000)
    )
    data = ("donor,date,amount,category,measure,basis\n" + rows).encode()
    assert len(data) > 1 << 20  # long enough for pyarrow's reader
    frame = read_pledges(data)
    assert set(frame["measure"]) == {"pledge"} and set(frame["basis"]) == {"new"}
    head = read_pledges(data[: data.index(b"\n", 4000) + 1])
    pd.testing.assert_frame_equal(frame.iloc[: len(head)], head, check_exact=True)


# every character str.strip() removes, and some it keeps (zero-width space, BOM, NUL, Mongolian
# vowel separator, letters)
SPACES = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
KEPT = ["\u200b", "\ufeff", "\x00", "\u180e", "x", "€"]


@pytest.mark.parametrize("char", list(SPACES) + KEPT, ids=lambda c: f"U+{ord(c):04X}")
def test_trimmed_text_knows_what_strip_removes(char):
    from aidcalc.pledges.read import _trimmed_text

    for cell in (f"5 million{char}", f"{char}€5m", f"€5{char}m"):
        cells = pd.array(["€7m", cell], dtype="str")
        assert _trimmed_text(cells) == (cell.strip() == cell), repr(cell)


def test_trimmed_text_is_false_for_what_it_cannot_tell():
    from aidcalc.pledges.read import _trimmed_text

    assert not _trimmed_text(pd.array(["€5m", None], dtype="str"))  # a missing cell
    assert not _trimmed_text(np.array(["€5m"], dtype=object))  # not pyarrow's
    assert not _trimmed_text(pd.array([], dtype="str"))


@pytest.mark.parametrize("space", ["", " ", "\u00a0", "\u3000", "\t"])
def test_a_long_value_column_reads_alike_stripped_or_not(space):
    """Cells with a space at an end are stripped (the Python way); cells without are taken as
    pyarrow holds them: the frame is the one the short file (object cells) gives."""
    rows = "".join(f'LTU,2024-0{1 + n % 9},"{space}{n * 7919:,}",NOK\n' for n in range(1000, 41000))
    data = ("donor,date,value,currency\n" + rows).encode()
    assert len(data) > 1 << 20
    frame = read_pledges(data)
    assert frame["value"].iloc[0] == 7919000.0
    head = read_pledges(data[: data.index(b"\n", 3000) + 1])
    pd.testing.assert_frame_equal(frame.iloc[: len(head)], head, check_exact=True)
