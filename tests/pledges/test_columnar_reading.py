"""Reading a pledge table by distinct cells changes no result (issue 11, "Speed").

``read_pledges`` factorizes each text column and strips only its distinct cells; an amount text
is parsed once per language and hint, not once per donor; a cell whose one reading covers the
whole cell is not scanned again for a second amount. Each shortcut is checked against the way
it replaces.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidcalc.parsing
from aidcalc.pledges import read as read_module
from aidcalc.pledges import values as values_module
from aidcalc.pledges.values import read_amounts

FRAMES = {
    "text": pd.DataFrame({"c": [" €5m", "€5m ", "€5m", "", "  ", "$1bn", "€5m"]}),
    "missing": pd.DataFrame({"c": ["€5m", None, " €5m", float("nan"), "x"]}),
    "numbers": pd.DataFrame({"c": [1, 1.0, "1", 2.5, None]}, dtype=object),
    "strings": pd.DataFrame({"c": pd.array([" a", "a", None, "b "], dtype="string")}),
    "dates": pd.DataFrame({"c": pd.to_datetime(["2024-01-02", "2024-01-02", None])}),
    "empty": pd.DataFrame({"c": pd.Series([], dtype=object)}),
    "absent": pd.DataFrame({"other": ["a", "b"]}),
}


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_distinct_column_is_distinct_of_the_column(name):
    table = FRAMES[name]
    codes, cells, first = read_module._distinct_column(table, "c")
    expected_codes, expected_cells, expected_first = read_module._distinct(
        read_module._column(table, "c")
    )
    assert cells == expected_cells
    assert np.array_equal(codes, expected_codes)
    assert np.array_equal(first, expected_first)


CELLS = [
    # (amount, currency, lang): ranges and single amounts are read once; two amounts, a
    # product, a list sharing a currency are bad rows either way
    ("5-10 million euros", "", None),
    ("€40m-€60m", "", None),
    ("€100m + €50m", "", None),
    ("2 x €50 million", "", None),
    ("€50m (2024) and €70m (2025)", "", None),
    ("8 and 12 million dollars", "", None),
    ("5 or 6 million euros", "", None),
    ("€10 million ($11 million)", "", None),
    ("1,5-2 mln. eurų", "", "lt"),
    ("von 2 bis 3 Mrd. Euro", "", "de"),
    ("entre 2 et 3 milliards d'euros", "", "fr"),
    ("$5m", "", None),
    ("5-10 million", "EUR", None),
    ("$2bn-$3bn", "USD", None),
    ("2 and 3 million", "EUR", None),
    ("-€3 million", "", None),
    ("€9–6 million", "", None),
]


def _read(cells, homes):
    notes: list[str] = []
    found = read_amounts(
        [text for text, _, _ in cells],
        [""] * len(cells),
        [currency for _, currency, _ in cells],
        [lang or "" for _, _, lang in cells],
        homes=homes,
        assumptions=notes,
    )
    return found, notes


def _same(a, b):
    return all(
        x == y or (isinstance(x, float) and isinstance(y, float) and x != x and y != y)
        for row_a, row_b in zip(a, b, strict=True)
        for x, y in zip(row_a, row_b, strict=True)
    )


@pytest.mark.parametrize("homes", [None, ["CAD"] * len(CELLS), ["NOK", "EUR"] * 8 + ["USD"]])
def test_reading_once_per_text_gives_what_the_full_scan_gives(monkeypatch, homes):
    found, notes = _read(CELLS, homes)
    with monkeypatch.context() as patch:
        patch.setattr(values_module, "_covers", lambda text, mention: False)
        reference, reference_notes = _read(CELLS, homes)
    assert _same(found, reference)
    assert notes == reference_notes
    # bad rows stay bad: two amounts, a product
    reasons = {text: row for (text, _, _), row in zip(CELLS, found, strict=True)}
    assert reasons["€100m + €50m"][0] == "amount"
    assert reasons["2 x €50 million"][0] == "amount"
    assert reasons["5-10 million euros"][:2] == (5e6, "EUR")


def test_each_text_is_parsed_once_whatever_the_donor(monkeypatch):
    calls: list[tuple] = []
    parse_mention = aidcalc.parsing.parse_mention

    def counted(text, **options):
        calls.append((text, options.get("currency_hint")))
        return parse_mention(text, **options)

    monkeypatch.setattr(aidcalc.parsing, "parse_mention", counted)
    cells = [("€5m", "", None), ("5 million euros", "", None), ("$5m", "", None)]
    homes = ["NOK", "CAD", "EUR", "PLN", "USD", "GBP"]
    _read([cell for cell in cells for _ in homes], homes * len(cells))
    # once per text without a hint; "$5m" rests on a default, so once more per home currency
    # that could decide it
    assert len(calls) == len(set(calls))
    assert sorted(text for text, hint in calls if hint is None) == sorted(t for t, _, _ in cells)


COLUMN_DATA = [
    np.array(["LTU", "DEU", "LTU"], dtype=object),
    np.array(["a", None, "b"], dtype=object),
    np.array([None, "x", float("nan")], dtype=object),
    np.array([None, None], dtype=object),
    np.array([3, None], dtype=object),
    np.array([], dtype=object),
    np.array([1.5, float("nan")]),
    np.array([2024, 2025], dtype=np.int64),
    ["a", "b"],
    [1, None],
]


@pytest.mark.parametrize("cells", COLUMN_DATA, ids=range(len(COLUMN_DATA)))
def test_pledge_frame_takes_arrays_as_it_takes_lists(cells):
    from aidcalc.pledges.schema import _column_data

    fast = pd.DataFrame({"c": _column_data(cells)})
    slow = pd.DataFrame({"c": list(cells)})
    assert fast["c"].dtype == slow["c"].dtype
    assert fast.equals(slow)


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_cells_are_the_column(name):
    table = FRAMES[name]
    assert list(read_module._cells(table, "c")) == read_module._column(table, "c")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("donor,amount\nLTU,€5m\nDEU,€6m\n", [2, 3]),
        ("donor,amount\nLTU,€5m\n\nDEU,€6m\n", [2, 4]),
        ("donor,amount\nLTU,€5m\n , \nDEU,€6m", [2, 4]),
        ("donor;amount\r\nLTU;€5m\r\nDEU;€6m\r\n", [2, 3]),
        ("donor\tamount\nLTU\t€5m\n\t\nDEU\t€6m\n\n", [2, 4]),
    ],
)
def test_line_numbers_skip_blank_lines_only(text, rows):
    from aidcalc.pledges.tables import _read_delimited

    frame, found, errors = _read_delimited(text, None, None, [])
    assert found == rows
    assert frame.values.tolist() == [["LTU", "€5m"], ["DEU", "€6m"]]
    assert errors == []


SPREAD = [
    (["LTU", "DEU"], [0, 1, 1, 0]),
    (["over", None], [1, 1, 0]),
    ([None], [0, 0]),
    (["", "x"], [0, 0, 1]),
    (["€5m", "5 Mio. Euro", "5 млн грн"], [2, 0, 1, 2]),
    ([1.5, float("nan")], [0, 1]),
    ([2024, "2024"], [1, 0]),
    (["a"], []),
    (["UKR"], [0] * 5),  # one cell for every row: repeated
    ([""], [0, 0]),
]


@pytest.mark.parametrize(("distinct", "codes"), SPREAD, ids=range(len(SPREAD)))
def test_a_column_spread_from_its_distinct_cells_is_the_column(distinct, codes):
    from aidcalc.pledges.schema import _column_data  # how pledge_frame takes a column

    spread = read_module._spread(distinct, np.array(codes, dtype=np.intp))
    fast = pd.DataFrame({"c": _column_data(spread)})
    slow = pd.DataFrame({"c": [distinct[code] for code in codes]})
    assert fast["c"].dtype == slow["c"].dtype
    assert fast.equals(slow)


def test_a_reading_no_donor_decides_is_shared_by_every_donor(monkeypatch):
    rows: list[str] = []
    read_row = values_module._read_row

    def counted(text, *args, **options):
        rows.append(text)
        return read_row(text, *args, **options)

    cells = [
        ("€5m", ""),
        ("5 Mio. Euro", ""),
        ("$5m", ""),  # rests on a default: the donor's home currency may decide it
        ("5 kroner", ""),  # ambiguous without a donor
        ("5,000,000", "NOK"),
        ("$5m", "USD"),  # the currency column decides, not the donor
    ]
    homes = ["NOK", "CAD", "EUR", "", "USD", "AUD", "DKK"]
    table = [(text, currency, home) for text, currency in cells for home in homes]
    amounts = [text for text, _, _ in table]
    currencies = [currency for _, currency, _ in table]
    each_home = [home for _, _, home in table]
    monkeypatch.setattr(values_module, "_read_row", counted)
    notes: list[str] = []
    found = read_amounts(amounts, [""] * len(table), currencies, homes=each_home,
                         assumptions=notes)  # fmt: skip
    monkeypatch.undo()
    # the texts no donor decides are read once; the others once per donor
    assert rows.count("€5m") == rows.count("5 Mio. Euro") == rows.count("5,000,000") == 1
    assert rows.count("5 kroner") == len(homes)
    assert rows.count("$5m") == len(homes) + 1
    # and each row reads as it reads alone
    for k, (text, currency, home) in enumerate(table):
        alone: list[str] = []
        row = read_amounts([text], [""], [currency], homes=[home], assumptions=alone)
        assert _same(row, [found[k]]), (text, currency, home)
        assert alone == [notes[k]], (text, currency, home)
    currency_of = dict(zip(table, (row[1] for row in found), strict=True))
    assert currency_of["$5m", "", "CAD"] == "CAD" and currency_of["$5m", "", "EUR"] == "USD"
    assert currency_of["$5m", "USD", "CAD"] == "USD"
    assert currency_of["5 kroner", "", "NOK"] == "NOK"
    assert currency_of["5 kroner", "", "DKK"] == "DKK"


DELIMITED = [
    # (text, whether pandas' C parser reads it): its lines and cells must be the careful path's
    "donor,amount\nLTU,€5m\nDEU,€6m\n",
    "donor,amount\nLTU,€5m,extra\nDEU,€6m\n",  # the first line has a cell too many
    "donor,amount\nLTU,€5m\nDEU,€6m,extra\nPOL,€7m\n",  # a later line has
    "donor,amount\nLTU,€5m\nDEU,€6m,\n",  # an empty cell too many
    "donor,amount\nLTU,€5m\n\t , \t\nDEU,€6m\n",  # a blank line of spaces and tabs
    "donor,amount\nLTU,€5m\n\u00a0,\nDEU,€6m\n",  # a no-break space is a cell, not a blank
    "donor,amount\n ,€5m\n, \nDEU,\n",  # blank first cells, one blank line
    "donor,amount\nLTU\n\nDEU,€6m\n\n\n",  # short lines, blank lines, blank end
    "donor;amount\r\nLTU;€5m\r\n;\r\nDEU;€6m\r\n",
    "title\n\ndonor|amount|note\nLTU|€5m|a\n | |\nDEU|€6m|\n",
]


@pytest.mark.parametrize("text", DELIMITED, ids=range(len(DELIMITED)))
def test_the_c_parser_path_reads_what_the_careful_path_reads(text, monkeypatch):
    from aidcalc.pledges import tables

    fast = tables._read_delimited(text, None, None, [])
    monkeypatch.setattr(tables, "_c_parsed", lambda *args: None)
    careful = tables._read_delimited(text, None, None, [])
    assert fast[1:] == careful[1:]  # line numbers, reported lines
    assert fast[0].values.tolist() == careful[0].values.tolist()
    assert list(fast[0].columns) == list(careful[0].columns)


def test_a_donor_whose_currency_the_text_already_reads_asks_the_parser_nothing(monkeypatch):
    calls: list[tuple] = []
    parse_mention = aidcalc.parsing.parse_mention

    def counted(text, **options):
        calls.append((text, options.get("currency_hint")))
        return parse_mention(text, **options)

    monkeypatch.setattr(aidcalc.parsing, "parse_mention", counted)
    texts = ["$5m", "up to $2 billion", "5 billion euros"]
    homes = ["USD", "USD", "EUR"]  # each text already reads as its donor's currency
    found, notes = _read([(text, "", None) for text in texts], homes)
    assert calls == [(text, None) for text in texts]
    assert [row[1] for row in found] == ["USD", "USD", "EUR"]
    assert "donor-currency" not in "|".join(notes)
    calls.clear()
    _read([("$5m", "", None)], ["CAD"])  # another dollar's donor: the hint is asked
    assert calls == [("$5m", None), ("$5m", "CAD")]


@pytest.mark.parametrize("text", DELIMITED, ids=range(len(DELIMITED)))
def test_the_arrow_path_reads_what_the_careful_path_reads(text, monkeypatch):
    from aidcalc.pledges import tables

    monkeypatch.setattr(tables, "ARROW_FROM", 0)  # every text is read by pyarrow when it can be
    fast = tables._read_delimited(text, None, None, [])
    monkeypatch.setattr(tables, "_c_parsed", lambda *args: None)
    careful = tables._read_delimited(text, None, None, [])
    assert fast[1:] == careful[1:]
    assert fast[0].values.tolist() == careful[0].values.tolist()
    assert list(fast[0].columns) == list(careful[0].columns)


@pytest.mark.parametrize("cell", ["35000000", '"35,000,000"', "€5 million", '"€5,5 Mio."', "", "Ж"])
def test_pyarrow_reads_cells_in_the_storage_of_str(cell, monkeypatch):
    """pyarrow's reader gives large_string columns, the storage of pandas' ``str``: the
    frame is made without a cast of every column, and its dtype is read_csv's."""
    import io

    import pyarrow as pa
    import pyarrow.csv as pcsv

    from aidcalc.pledges import tables

    monkeypatch.setattr(tables, "ARROW_FROM", 0)
    read, types = pcsv.read_csv, []

    def recorded(*args, **options):
        table = read(*args, **options)
        types.extend(table.schema.types)
        return table

    monkeypatch.setattr(pcsv, "read_csv", recorded)
    text = "donor,date,value,currency\n" + f"LTU,2024-05,{cell},EUR\n" * 3
    frame, rows, _ = tables._read_delimited(text, None, None, [])
    reference = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert rows == [2, 3, 4]
    for column in frame.columns:
        assert frame[column].dtype == reference[column].dtype
        assert frame[column].tolist() == reference[column].tolist()
    assert len(types) == 4  # read by pyarrow, each column as the storage of str
    assert all(pa.types.is_large_string(type_) for type_ in types), types


# cells of quote-free delimited text: spaces, tabs, no-break spaces, letters of other scripts,
# the other delimiters, # and a carriage return glued to its newline
_CELL = st.text(alphabet=" \t\u00a0ab€5,.;|#ÄЖ-", max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    width=st.integers(1, 4),
    rows=st.lists(st.tuples(st.lists(_CELL, min_size=5, max_size=5), st.integers(0, 19))),
    title=st.booleans(),
    crlf=st.booleans(),
)
def test_the_arrow_reader_reads_what_the_c_parser_reads(delimiter, width, rows, title, crlf):
    from aidcalc.pledges import tables

    end = "\r\n" if crlf else "\n"
    lines = ["Pledges 2024"] if title else []
    lines.append(delimiter.join(["donor", "amount", "note", "value"][:width]))
    for cells, ragged in rows:  # one line in 20 has another number of cells, or none
        cells = cells[: width if ragged else len(cells[0]) % 6]
        lines.append(delimiter.join(cell.replace(delimiter, "") for cell in cells))
    text = end.join(lines) + end
    at = 1 if title else 0
    split = text.split("\n")[:-1]
    original = tables.ARROW_FROM
    try:
        tables.ARROW_FROM = 0
        arrow = tables._arrow_parsed(text, at, delimiter, width)
        by_arrow = tables._c_parsed(text, split, at, delimiter, width)
        tables.ARROW_FROM = 10**12
        by_c = tables._c_parsed(text, split, at, delimiter, width)
    finally:
        tables.ARROW_FROM = original
    if arrow is None:
        return  # pyarrow refused the lines (a short or long line): the C parser reads them
    assert (by_arrow is None) == (by_c is None)
    if by_c is not None:
        pd.testing.assert_frame_equal(by_arrow[0], by_c[0], check_exact=True)
        assert by_arrow[1:] == by_c[1:]


# lines of a delimited file around its header: titles, notes, blanks, comments, rows, a quote
_LINE = st.sampled_from(
    [
        "Pledges 2024",
        "",
        "  ",
        "# source: aidcalc",
        "donor,date,amount",
        "donor;date;amount",
        "LTU,2024-05,€5m",
        "DEU;2024;5 Mio. Euro",
        'POL,2024,"€5,5m"',
        "EST,2024,€2m,extra",
        ",,",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(_LINE, min_size=1, max_size=60),
    head=st.integers(1, 40),
    header=st.one_of(st.none(), st.integers(0, 45)),
    end=st.sampled_from(["", "\n"]),
)
def test_the_header_found_in_the_first_lines_is_the_header_of_all_lines(lines, head, header, end):
    from aidcalc.pledges import tables

    text = "\n".join(lines) + end

    def read(head_lines):
        original = tables.HEAD_LINES
        tables.HEAD_LINES = head_lines
        notes: list[str] = []
        try:
            frame, rows, errors = tables._read_delimited(text, None, header, notes)
        except ValueError as error:
            return str(error)
        finally:
            tables.HEAD_LINES = original
        return list(frame.columns), frame.values.tolist(), rows, errors, notes

    assert read(head) == read(10**9)


@pytest.mark.parametrize(
    "rows",
    [
        list(range(2, 5000)),  # line numbers
        [2**63 + i for i in range(2000)],  # ints an int64 does not hold
        [True, *range(1999)],  # a bool among them
        [f"r{i}" for i in range(2000)],
        [*range(1999), 2.5],
        list(range(5)),
    ],
    ids=["lines", "big", "bool", "text", "float", "few"],
)
def test_the_labels_make_the_index_a_list_makes(rows):
    expected = pd.DataFrame(index=rows).index
    pd.testing.assert_index_equal(
        pd.DataFrame(index=read_module._labels(rows)).index, expected, exact=True
    )


@pytest.mark.parametrize(
    ("encode", "note"),
    [
        (lambda text: text.encode("utf-8"), None),
        (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), None),
        (lambda text: text.encode("utf-16"), "encoding UTF-16"),
        (
            lambda text: text.encode("cp1252"),
            "encoding cp1252 (Western European), guessed: not UTF-8",
        ),
    ],
    ids=["utf-8", "bom", "utf-16", "cp1252"],
)
def test_pyarrow_reads_the_files_bytes_or_the_text_alike(encode, note, monkeypatch):
    from aidcalc.pledges import tables

    body = "".join(f"Pologne,2024-05,{n} € Zusage,ÅÉ\n" for n in range(2000))
    data = encode("donor,date,amount,note\n" + body)
    monkeypatch.setattr(tables, "ARROW_FROM", 10**12)
    by_c = tables.read_table(data)
    monkeypatch.setattr(tables, "ARROW_FROM", 0)
    by_arrow = tables.read_table(data)
    pd.testing.assert_frame_equal(by_arrow[0], by_c[0], check_exact=True)
    assert by_arrow[1:] == by_c[1:]
    assert by_arrow[0].attrs["notes"] == ([note] if note else [])
