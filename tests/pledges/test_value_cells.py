"""A ``value`` cell beside a ``currency`` column is read as the parser reads the cell with that
currency (issue 11, "Layouts to accept" 1): qualifier, range top and assumptions kept, and what
the parser refuses is a bad row, never a number made of the cell's digits.

Both ways ``read_pledges`` reads value cells are checked: a small table (the rules, one cell at
a time) and a table of more than ``values._AT_ONCE`` distinct cells (the plain cells read by
pyarrow at once, ``values._plain_at_once``, the others by the rules).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.errors import InvalidRows
from aidcalc.parsing import parse_mention
from aidcalc.parsing.numbers import is_ambiguous
from aidcalc.pledges import values as values_module
from aidcalc.pledges.read import read_pledges

NAN = float("nan")
FILLER = values_module._AT_ONCE  # distinct plain cells that send a table to the pyarrow path


def _csv(tmp_path, cells: list[str], currency: str, lang: str | None = None, filler: int = 0):
    """Write a table of ``value`` + ``currency`` (and ``lang``) columns; return its path."""
    path = tmp_path / "values.csv"
    lines = ["donor,date,value,currency" + (",lang" if lang else "")]
    every = list(cells) + [str(1_000_000 + k) for k in range(filler)]
    for cell in every:
        quoted = '"' + cell.replace('"', '""') + '"'
        lines.append(f"DEU,2024-03-01,{quoted},{currency}" + (f",{lang}" if lang else ""))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _readings(source, lang=None) -> dict[int, tuple]:
    """Return per row number (value, high, qualifier, assumptions) or ("bad", column, reason)."""
    try:
        frame = read_pledges(source, lang=lang, assumptions=True)
        errors = []
    except InvalidRows as error:
        frame, errors = error.valid, error.errors
    found: dict[int, tuple] = {
        row: ("bad", column, reason) for row, column, reason in errors if column != "date"
    }
    for row, value, high, qualifier, assumed in zip(
        frame.index,
        frame["value"],
        frame["high"],
        frame["qualifier"],
        frame["assumptions"],
        strict=True,
    ):
        # the value cell's own codes: these tables name no recipient, whose default
        # (recipient-default, tests/pledges/test_recipient_default_12.py) is no concern here
        assumed = "|".join(code for code in assumed.split("|") if code != "recipient-default")
        found[row] = (value, high, qualifier if isinstance(qualifier, str) else None, assumed)
    return found


# (cell, currency, lang, value, high, qualifier, assumptions) or, for a bad row,
# (cell, currency, lang, "bad", words of the reason)
TABLE = [
    ("over 5 million", "EUR", None, 5e6, NAN, "over", ""),
    ("up to 5 million", "EUR", None, 5e6, NAN, "up_to", ""),
    ("about 12 million", "USD", "en", 12e6, NAN, "approx", ""),
    ("mehr als 3 Mio.", "EUR", "de", 3e6, NAN, "over", ""),
    ("bis zu 40 Millionen", "EUR", "de", 40e6, NAN, "up_to", ""),
    ("10-20", "EUR", None, 10.0, 20.0, None, ""),
    ("between 5 and 8 million", "EUR", None, 5e6, 8e6, None, ""),
    ("12–40 million", "NOK", "en", 12e6, 40e6, None, ""),
    ("zwischen 5 und 8 Mio.", "EUR", "de", 5e6, 8e6, None, ""),
    ("5 billion", "EUR", None, 5e9, NAN, None, "short-scale"),
    # "mil" that nothing decides: the curated languages' million, assumed (docs/parsing.md)
    ("5 mil", "EUR", None, 5e6, NAN, None, "scale-default"),
    ("5 billion", "USD", "en", 5e9, NAN, None, ""),
    ("35,000,000", "EUR", None, 35e6, NAN, None, ""),
    ("35.000.000", "EUR", None, 35e6, NAN, None, ""),
    ("35 000 000", "PLN", None, 35e6, NAN, None, ""),
    ("35\u00a0000\u00a0000", "PLN", "pl", 35e6, NAN, None, ""),
    ("1'000'000", "CHF", None, 1e6, NAN, None, ""),
    ("-1000000", "EUR", None, -1e6, NAN, None, ""),
    ("\u22125,000,000", "EUR", None, -5e6, NAN, None, ""),
    ("1.500", "EUR", "de", 1500.0, NAN, None, ""),
    ("1,500", "EUR", "de", 1.5, NAN, None, ""),
    ("12 345,67", "EUR", "fr", 12345.67, NAN, None, ""),
    ("1e6", "EUR", None, 1e6, NAN, None, ""),
    ("5 8", "EUR", None, "bad", "grouped by spaces"),
    ("5 8", "EUR", "de", "bad", "grouped by spaces"),
    ("5, 8", "EUR", None, "bad", "split by a space"),
    ("5 , 8", "EUR", "en", "bad", "'5 , 8"),
    ("1.2.3", "EUR", None, "bad", "groups its digits"),
    ("1,2,3", "USD", "en", "bad", "groups its digits"),
    ("1,2345,678", "USD", "en", "bad", "groups its digits"),
    ("12,34,56,789", "INR", "en", 123456789.0, NAN, None, ""),  # grouped as India groups
    ("5 von 8", "EUR", "de", "bad", "not one amount"),
    ("5 of 8", "EUR", "en", "bad", "not one amount"),
    ("0x10", "EUR", None, "bad", "'0x10'"),
    ("+5", "EUR", None, "bad", "not one amount"),
    ("1_000", "EUR", None, "bad", "runs on"),
]


def _expected(case):
    if case[3] == "bad":
        return case[0], case[4]
    cell, _, _, value, high, qualifier, assumed = case
    return cell, (value, high, qualifier, assumed)


def _same(found: tuple, expected: tuple) -> bool:
    if len(found) != len(expected):
        return False
    for a, b in zip(found, expected, strict=True):
        if isinstance(a, float) and isinstance(b, float):
            if not ((math.isnan(a) and math.isnan(b)) or a == b):
                return False
        elif a != b:
            return False
    return True


@pytest.mark.parametrize("filler", [0, FILLER], ids=["rules", "at-once"])
@pytest.mark.parametrize("case", TABLE, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in TABLE])
def test_a_value_cell_reads_as_the_parser_reads_it(tmp_path, case, filler):
    cell, currency, lang = case[:3]
    found = _readings(_csv(tmp_path, [cell], currency, lang, filler))
    if filler:  # the plain cells of the rest of the table are read, and as numbers
        assert len(found) == filler + 1
        assert _same(found[3], (1_000_000.0, NAN, None, ""))
        assert _same(found[filler + 2], (1_000_000.0 + filler - 1, NAN, None, ""))
    _, expected = _expected(case)
    if isinstance(expected, str):
        assert found[2][:2] == ("bad", "value"), found[2]
        assert expected in found[2][2], found[2]
    else:
        assert _same(found[2], expected), (found[2], expected)


def test_the_cell_and_the_high_and_qualifier_columns_agree_or_the_row_is_bad(tmp_path):
    """A ``high`` / ``qualifier`` cell fills what the value cell leaves open; a value cell's
    own top or qualifier is kept; when they say different things the row is bad."""
    path = tmp_path / "cells.csv"
    path.write_text(
        "donor,date,value,currency,high,qualifier\n"
        "DEU,2024,5000000,EUR,8000000,\n"  # the high column gives the top
        "DEU,2024,5000000,EUR,,over\n"  # the qualifier column gives the qualifier
        "DEU,2024,10-20,EUR,,\n"  # the cell's own range
        "DEU,2024,10-20,EUR,20,\n"  # the same top twice
        "DEU,2024,10-20,EUR,30,\n"  # two tops
        "DEU,2024,over 5 million,EUR,,over\n"  # the same qualifier twice
        "DEU,2024,over 5 million,EUR,,up_to\n",  # two qualifiers
        encoding="utf-8",
    )
    found = _readings(path)
    assert _same(found[2], (5e6, 8e6, None, ""))
    assert _same(found[3], (5e6, NAN, "over", ""))
    assert _same(found[4], (10.0, 20.0, None, ""))
    assert _same(found[5], (10.0, 20.0, None, ""))
    assert found[6][:2] == ("bad", "high") and "disagrees" in found[6][2]
    assert _same(found[7], (5e6, NAN, "over", ""))
    assert found[8][:2] == ("bad", "qualifier") and "disagrees" in found[8][2]


def test_a_bare_number_in_the_amount_column_is_checked_by_the_parser_too(tmp_path):
    """The same rule for a bare number in ``amount`` beside a ``currency`` column, and a
    ``high`` cell that ``float()`` alone would join (``1_000``) is refused."""
    path = tmp_path / "amounts.csv"
    path.write_text(
        "donor,date,amount,currency\n"
        "DEU,2024,5 8,EUR\n"
        'DEU,2024,"5, 8",EUR\n'
        "DEU,2024,1.2.3,EUR\n"
        "DEU,2024,35 000 000,EUR\n"
        "DEU,2024,5 billion,EUR\n",
        encoding="utf-8",
    )
    found = _readings(path)
    assert found[2][:2] == ("bad", "amount") and "grouped by spaces" in found[2][2]
    assert found[3][:2] == ("bad", "amount") and "split by a space" in found[3][2]
    assert found[4][:2] == ("bad", "amount") and "groups its digits" in found[4][2]
    assert _same(found[5], (35e6, NAN, None, ""))
    assert _same(found[6], (5e9, NAN, None, "short-scale"))
    high = tmp_path / "high.csv"
    high.write_text("donor,date,value,currency,high\nDEU,2024,5,EUR,1_000\n", encoding="utf-8")
    assert _readings(high)[2][:2] == ("bad", "high")


# random value cells: numbers with odd grouping and spaces, decimals, qualifiers, ranges, scale
# words and garbage, as trackers' exports and hand-typed sheets hold them
DIGITS = st.text("0123456789", min_size=1, max_size=4)
MARK = st.sampled_from([",", ".", " ", "\u00a0", "'", ", ", " ,", ""])
ODD = st.builds(
    lambda first, rest: first + "".join(mark + run for mark, run in rest),
    DIGITS,
    st.lists(st.tuples(MARK, DIGITS), max_size=3),
)
GROUPED = st.builds(
    lambda n, mark: f"{n:,}".replace(",", mark),
    st.integers(0, 10**12),
    st.sampled_from([",", ".", " ", "\u00a0", "'"]),
)
NUMBER = st.one_of(ODD, GROUPED, st.integers(0, 10**9).map(str))
SCALE = st.sampled_from(
    ["", "", " million", " billion", " m", "m", " mil", " Mio.", " Mrd.", " thousand", "k", " bn"]
)
QUALIFIER = st.sampled_from(
    ["", "", "", "over ", "up to ", "about ", "more than ", "mehr als ", "bis zu ", "près de "]
)
SIGN = st.sampled_from(["", "", "", "-", "\u2212"])
SINGLE = st.builds(lambda q, s, n, w: q + s + n + w, QUALIFIER, SIGN, NUMBER, SCALE)
RANGE = st.builds(
    lambda form, a, b, w: form.format(a=a, b=b) + w,
    st.sampled_from(["{a}-{b}", "{a} to {b}", "between {a} and {b}", "{a}–{b}", "{a} bis {b}"]),
    NUMBER,
    NUMBER,
    SCALE,
)
GARBAGE = st.sampled_from(
    ["x", "n/a", "TBD", "5 von 8", "5 of 8", "—", "5%", "2024", "1e6", "0x10", "+5", "1_000", "?"]
)
CELL = st.one_of(SINGLE, SINGLE, RANGE, GARBAGE).map(str.strip).filter(bool)
CODE = st.sampled_from(["EUR", "USD", "NOK", "PLN", "JPY"])
LANG = st.sampled_from([None, "en", "de", "fr"])


def _parser(cell: str, code: str, lang: str | None):
    """Return the parser's reading of a value cell with its currency code: the cell with the
    code as the hint when that reads it, else the cell followed by the code (how a number
    column is read); (value, high, qualifier, assumptions), or None when the parser refuses
    or reads only a part of the cell, or reads another currency."""
    for text, hint in ((cell, code), (f"{cell} {code}", None)):
        try:
            mention = parse_mention(text, lang=lang, currency_hint=hint)
        except ValueError:
            continue
        if mention.start != 0 or mention.end != len(text) or mention.amount.currency != code:
            return None
        amount = mention.amount
        high = float(amount.high) if amount.high is not None else NAN
        return (float(amount.value), high, amount.qualifier, "|".join(mention.assumptions))
    return None


def _agree(cell: str, code: str, lang: str | None, found: tuple) -> None:
    expected = _parser(cell, code, lang)
    if found[0] == "bad":  # refused: the parser refuses too, or the cell's mark is undecided
        digits = cell.lstrip("-\u2212").strip()
        undecided = lang is None and values_module.is_bare(cell) and is_ambiguous(digits)
        assert expected is None or undecided, (cell, code, lang, found, expected)
        return
    assert expected is not None, (cell, code, lang, found)
    assert _same(found, expected), (cell, code, lang, found, expected)


@settings(max_examples=100, deadline=None)
@given(
    whole=st.integers(1, 999),
    fraction=st.integers(0, 999),
    mark=st.sampled_from([",", "."]),
    code=CODE,
    lang=st.sampled_from([None, "en", "de", "fr", "pl", "uk"]),
)
def test_one_group_cells_read_without_the_parser_are_one_number_to_it(
    whole, fraction, mark, code, lang
):
    """``1,500``-like cells skip the parser (``values._ONE_GROUP``): it reads each of them with
    its code as one number spanning the cell, in every language."""
    cell = f"{whole}{mark}{fraction:03d}"
    assert values_module._ONE_GROUP.fullmatch(cell)
    written = f"{cell} {code}"
    mention = parse_mention(written, lang=lang)
    assert (mention.start, mention.end, mention.amount.currency) == (0, len(written), code)
    assert mention.amount.high is None and mention.amount.qualifier is None


@settings(max_examples=150, deadline=None)
@given(cell=CELL, code=CODE, lang=LANG)
def test_random_value_cells_read_as_the_parser_reads_them(tmp_path_factory, cell, code, lang):
    """One cell in a small table: the table's reading is the parser's, or both refuse."""
    path = _csv(tmp_path_factory.mktemp("cells"), [cell], code)
    _agree(cell, code, lang, _readings(path, lang=lang)[2])


@settings(max_examples=12, deadline=None)
@given(cells=st.lists(CELL, min_size=1, max_size=6, unique=True), code=CODE, lang=LANG)
def test_random_value_cells_in_a_large_table_read_as_the_parser_reads_them(
    tmp_path_factory, cells, code, lang
):
    """The cells among ``_AT_ONCE`` plain ones (the pyarrow path), each on its own table's
    evidence: a cell whose mark is ambiguous is left out, as the other cells decide it."""
    kept = [cell for cell in cells if not is_ambiguous(cell.lstrip("-\u2212").strip())]
    if not kept:
        return
    path = _csv(tmp_path_factory.mktemp("cells"), kept, code, filler=FILLER)
    found = _readings(path, lang=lang)
    assert len(found) == len(kept) + FILLER
    for row, cell in enumerate(kept, start=2):
        _agree(cell, code, lang, found[row])


# rule 7 of aidcalc.pledges.values (cli11): a number in brackets, accounting's negative, is a
# bad row that says so; it was "no currency next to the number", with the currency column full
NEGATIVE = "is a number in brackets, as accounting writes a negative: write"
BRACKETED = [
    ("(100000000)", f"'(100000000)' {NEGATIVE} -100000000 for a correction, or 100000000 without"),
    ("(1,500,000)", f"'(1,500,000)' {NEGATIVE} -1,500,000 for a correction"),
    ("( 5 000 000 )", f"'( 5 000 000 )' {NEGATIVE} -5 000 000 for a correction"),
    ("(2.500.000)", f"'(2.500.000)' {NEGATIVE} -2.500.000"),
    ("(-5000000)", "'(-5000000)' is a signed number in brackets: write -5000000 without the"),
]


@pytest.mark.parametrize("filler", [0, FILLER])
@pytest.mark.parametrize(("cell", "reason"), BRACKETED)
def test_a_number_in_brackets_is_refused_as_accounting_notation(tmp_path, cell, reason, filler):
    found = _readings(_csv(tmp_path, [cell], "NOK", filler=filler))
    assert found[2][:2] == ("bad", "value")
    assert found[2][2].startswith(reason)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("NOK (100000000)", "'NOK (100000000)' is a number in brackets, as accounting writes"),
        ("(100000000) NOK", "'(100000000) NOK' is a number in brackets, as accounting writes"),
        ("(7 500 000)", "'(7 500 000)' is a number in brackets, as accounting writes"),
    ],
)
def test_an_amount_cell_of_a_number_in_brackets_is_refused_too(tmp_path, cell, reason):
    path = tmp_path / "amounts.csv"
    path.write_text(f'donor,date,amount,currency\nNOR,2024-05-06,"{cell}",NOK\n', encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        read_pledges(path)
    assert [(row, column) for row, column, _ in caught.value.errors] == [(2, "amount")]
    assert caught.value.errors[0][2].startswith(reason)


@pytest.mark.parametrize(
    ("cell", "value"),
    # "(NOK 5m)", an amount wholly in brackets, is accounting's negative like "(5m) NOK" and
    # refused since session 12 (trial F12; tests/pledges/test_trial_12_brackets.py)
    [("NOK 5 million (about €430,000)", 5e6), ("5 (five) million NOK", None)],
)
def test_brackets_around_words_are_not_the_accounting_rule(tmp_path, cell, value):
    path = tmp_path / "amounts.csv"
    path.write_text(f'donor,date,amount\nNOR,2024-05-06,"{cell}"\n', encoding="utf-8")
    try:
        frame = read_pledges(path)
        reasons = []
    except InvalidRows as error:
        frame, reasons = error.valid, [reason for _, _, reason in error.errors]
    assert not any("number in brackets" in reason for reason in reasons)
    if value is not None:
        assert frame["value"].tolist() == [value]
