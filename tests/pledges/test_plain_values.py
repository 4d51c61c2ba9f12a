"""Plain value cells read at once give the rules' readings (aidcalc.pledges.values.plain_values).

``read_amounts`` reads a ``value`` cell of digits alone, or grouped by threes with one mark used
at least twice, without the per-cell rules; every such reading, and the decimal-mark evidence
the other cells of the column are read with, must be what the rules give.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.pledges import values as values_module
from aidcalc.pledges.values import plain_values, read_amounts


def _grouped(number: int, mark: str) -> str:
    return f"{number:,}".replace(",", mark)


# value cells: the plain shapes, and shapes near them that the rules read (or refuse) alone
VALUE = st.one_of(
    st.integers(0, 10**18 - 1).map(str),
    st.integers(10**6, 10**18 - 1).map(lambda n: _grouped(n, ",")),
    st.integers(10**6, 10**18 - 1).map(lambda n: _grouped(n, ".")),
    st.integers(1000, 999_999).map(lambda n: _grouped(n, ",")),  # "1,500": one group
    st.integers(1000, 999_999).map(lambda n: _grouped(n, ".")),
    st.integers(10**6, 10**9).map(lambda n: _grouped(n, " ")),
    st.integers(10**6, 10**9).map(lambda n: _grouped(n, ",") + ".5"),
    st.integers(10**18, 10**21).map(str),  # longer than a plain cell
    st.sampled_from(["007", "-0", "0", "1,23,456", "1e6", "12.5", "", "x", "5 million"]),
)
SIGN = st.sampled_from(["", "", "-", "\u2212"])
CURRENCY = st.sampled_from(["EUR", "NOK", "", "XXY", "JPY"])
LANG = st.sampled_from(["", "", "de", "en"])


def _rows(draw_rows):
    amounts = [amount for amount, _, _, _ in draw_rows]
    values = [sign + value if value else value for _, sign, value, _ in draw_rows]
    currencies = [currency for _, _, _, currency in draw_rows]
    return amounts, values, currencies


def _same(a, b) -> bool:
    def equal(x, y):
        if isinstance(x, float) and isinstance(y, float):
            return (math.isnan(x) and math.isnan(y)) or (
                x == y and math.copysign(1, x) == math.copysign(1, y)
            )
        return x == y

    return len(a) == len(b) and all(
        len(x) == len(y) and all(map(equal, x, y)) for x, y in zip(a, b, strict=True)
    )


def _by_rules(monkeypatch, *args, **options):
    notes: list[str] = []
    with monkeypatch.context() as patch:
        patch.setattr(values_module, "plain_values", lambda a, v, c: [None] * len(a))
        found = read_amounts(*args, assumptions=notes, **options)
    return found, notes


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["", "", "", "€5m"]), SIGN, VALUE, CURRENCY),
        min_size=1,
        max_size=30,
    ),
    langs=st.lists(LANG, min_size=30, max_size=30),
    lang=st.sampled_from([None, "de", "en"]),
)
def test_plain_values_read_as_the_rules_read_them(rows, langs, lang):
    amounts, values, currencies = _rows(rows)
    row_langs = langs[: len(rows)]
    notes: list[str] = []
    found = read_amounts(amounts, values, currencies, row_langs, lang, assumptions=notes)
    original = values_module.plain_values  # patched by hand: a fixture is not reset per example
    values_module.plain_values = lambda a, v, c: [None] * len(a)
    try:
        reference_notes: list[str] = []
        reference = read_amounts(
            amounts, values, currencies, row_langs, lang, assumptions=reference_notes
        )
    finally:
        values_module.plain_values = original
    assert _same(found, reference), list(zip(values, found, reference, strict=True))
    assert notes == reference_notes


PLAIN = [
    # (value, currency, what plain_values gives): the plain shapes with a known currency
    ("35000000", "NOK", 35000000.0),
    ("35,000,000", "NOK", 35000000.0),
    ("35.000.000", "EUR", 35000000.0),
    ("-1,000,000", "EUR", -1000000.0),
    ("-0", "EUR", -0.0),
    ("007", "USD", 7.0),
    ("1,500", "EUR", None),  # one group: the column's evidence decides
    ("1.500.000,5", "EUR", None),  # a decimal part: the rules
    ("35 000 000", "EUR", None),  # spaces: the rules
    ("\u22121,000,000", "EUR", None),  # a minus sign: the rules
    ("35,000,000", "", None),  # no currency: a bad row, said by the rules
    ("35,000,000", "XXY", None),  # not a currency code
    ("1234567890123456789", "EUR", None),  # 19 digits: the rules
]


@pytest.mark.parametrize(("value", "currency", "expected"), PLAIN)
def test_plain_value_table(value, currency, expected, monkeypatch):
    got = plain_values([""], [value], [currency])[0]
    assert got == expected and (
        expected is None or math.copysign(1, got) == math.copysign(1, expected)
    )
    assert _same(
        read_amounts([""], [value], [currency]),
        _by_rules(monkeypatch, [""], [value], [currency])[0],
    )


def test_plain_cells_are_evidence_for_the_others(monkeypatch):
    # "35,000,000" shows "," grouping, so "1,500" in the same column is 1500 (and "2.500" with
    # "1.000.000" beside it in German rows is 2500): read at once, plain cells still count
    values = ["35,000,000", "1,500", "1.000.000", "2.500"]
    langs = ["", "", "de", "de"]
    found = read_amounts([""] * 4, values, ["EUR"] * 4, langs)
    assert [row[0] for row in found] == [35e6, 1500.0, 1e6, 2500.0]
    assert _same(found, _by_rules(monkeypatch, [""] * 4, values, ["EUR"] * 4, langs)[0])
