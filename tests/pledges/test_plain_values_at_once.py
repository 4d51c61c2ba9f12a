"""``plain_values`` reads many cells by pyarrow's kernels (``values._plain_at_once``); its list
must be the cell-by-cell loop's, number for number (sign of zero and type included)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.amount import known_currencies
from aidcalc.pledges import values as values_module
from aidcalc.pledges.values import plain_values

# value cells of the plain shapes and near them: one group, spaces, decimals, long runs,
# leading zeros, signs, other digits, scientific notation
VALUE = st.one_of(
    st.integers(0, 10**18 - 1).map(str),
    st.integers(10**6, 10**18 - 1).map(lambda n: f"{n:,}"),
    st.integers(10**6, 10**18 - 1).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(1000, 999_999).map(lambda n: f"{n:,}"),
    st.integers(10**6, 10**9).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
    st.integers(10**6, 10**9).map(lambda n: f"{n:,}.5"),
    st.integers(10**18, 10**21).map(str),
    st.sampled_from(["007", "0", "1,23,456", "1e6", "", "x", "٣٤", "1,234.567", " 5", "5 "]),
)
ROW = st.tuples(
    st.sampled_from(["", "", "€5m"]),
    st.sampled_from(["", "", "-", "\u2212", "--"]),
    VALUE,
    st.sampled_from(["EUR", "NOK", "", "XXY", "usd", "JPY"]),
)


def _same(x, y) -> bool:
    if x is None or y is None:
        return x is y
    return type(x) is type(y) and x == y and math.copysign(1, x) == math.copysign(1, y)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=40))
def test_pyarrow_reads_plain_values_as_the_loop_reads_them(rows):
    amounts = [amount for amount, _, _, _ in rows]
    values = [sign + value for _, sign, value, _ in rows]
    currencies = [currency for _, _, _, currency in rows]
    at_once = values_module._plain_at_once(amounts, values, currencies, known_currencies())
    original = values_module._AT_ONCE
    try:
        values_module._AT_ONCE = 10**12  # the loop
        by_loop = plain_values(amounts, values, currencies)
    finally:
        values_module._AT_ONCE = original
    assert at_once is not None
    assert all(map(_same, at_once, by_loop)), list(zip(values, at_once, by_loop, strict=True))


def test_many_cells_take_pyarrow_and_a_cell_that_is_not_text_the_loop():
    values = [f"{n * 7919:,}" for n in range(150, 20150)] + ["-0", "1,500"]
    amounts, currencies = [""] * len(values), ["NOK"] * len(values)
    found = plain_values(amounts, values, currencies)
    assert found[:2] == [1187850.0, 1195769.0] and found[-2:] == [-0.0, None]
    assert math.copysign(1, found[-2]) == -1
    assert values_module._plain_at_once([None], ["5"], ["NOK"], known_currencies()) is None
