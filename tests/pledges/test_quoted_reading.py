"""Long delimited text with quoted cells is read by pyarrow when every line is one clean record
(``aidcalc.pledges.tables._quoted_parsed``), and must give the cells, line numbers and reported
records the ``csv`` module's careful path gives (issue 11, "Speed")."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.pledges import tables

# (text, whether the pyarrow path reads it): its cells must be the careful path's either way
QUOTED = [
    ('donor,date,amount\nLTU,2024-05,"€35,000,000"\nDEU,2024,"$1,500,000"\n', True),
    ('donor;date;value;currency\nEE;2022-08;"909.935.047";PLN\nPL;2023;80800000;PLN\n', True),
    ('donor\tamount\tnote\nLTU\t"5 million"\t"a ""quoted"" word"\n', True),
    ('donor|amount|note\r\nLTU|"€5m"|""\r\nDEU|€6m|"x|y"\r\n', True),
    ('"Pledges, 2024"\ndonor,amount\nLTU,"€5,000"\n', True),  # a quoted title above
    ('donor,amount,note\nLTU,"€5m","Kyiv, Lviv"\nDEU,"€6m",\n', True),
    ('donor,amount\nLTU, "€5,000"\n', False),  # a space before the opening quote
    ('donor,amount\nLTU,€5m\n, "x"\n', False),
    ('donor,amount\n LTU,"€5,000"\n', False),  # an unquoted cell starting with a space
    ('donor,amount\nLTU,5" gun\n', False),  # a quote inside an unquoted cell
    ('donor,amount\nLTU,"€5m"x\nDEU,"€6m"\n', False),  # text after the closing quote
    ('donor,amount,note\nLTU,"€5m","two\nlines"\nDEU,€6m,\n', False),  # a cell over 2 lines
    ('donor,amount,note\nLTU,"€5m,x\nDEU,€6m,y\nPOL,€7m,z\n', False),  # an unclosed quote
    ('donor,amount\nLTU,"€5m"\n"",""\nDEU,"€6m"\n', False),  # a row of empty quoted cells
    ('donor,amount\nLTU,"€5m"\n,\nDEU,"€6m"\n', False),  # a blank line
    ('donor,amount\nLTU,"€5m"\n\nDEU,"€6m"\n', False),  # an empty line
    ('donor,amount\nLTU,"€5m",\nDEU,"€6m"\n', False),  # an empty cell too many
    ('donor,amount,note\nLTU,"€5m"\nDEU,"€6m",x\n', False),  # a short line
    ('donor,amount\nLTU,"€5m"\rDEU,"€6m"\n', False),  # a stray carriage return
    ('donor,amount\nLTU,"€5m"\nDEU,"€6m"', True),  # no newline at the end
    ('donor,amount\n"LTU","€\u00a05m"\n"ÄЖ",""\n', True),
]


def _both(text: str, monkeypatch):
    """Return (what _read_delimited reads with the pyarrow path on, with it off)."""
    monkeypatch.setattr(tables, "ARROW_FROM", 0)  # every text is long enough
    fast = tables._read_delimited(text, None, None, [], text.encode("utf-8"))
    monkeypatch.setattr(tables, "_quoted_parsed", lambda *args: None)
    careful = tables._read_delimited(text, None, None, [])
    return fast, careful


@pytest.mark.parametrize(("text", "taken"), QUOTED, ids=range(len(QUOTED)))
def test_the_quoted_arrow_path_reads_what_the_csv_module_reads(text, taken, monkeypatch):
    monkeypatch.setattr(tables, "ARROW_FROM", 0)
    lines = text.split("\n")
    delimiter, at = tables._find_header(lines, None, None, [])
    width = len(tables._split(lines[at], delimiter))
    found = tables._quoted_parsed(text, lines, at, delimiter, width, text.encode("utf-8"))
    assert (found is not None) == taken
    fast, careful = _both(text, monkeypatch)
    assert fast[1:] == careful[1:]  # line numbers, reported records
    assert fast[0].values.tolist() == careful[0].values.tolist()
    assert list(fast[0].columns) == list(careful[0].columns)


def test_a_short_text_is_left_to_the_csv_module():
    text = 'donor,amount\nLTU,"€5,000"\n'
    lines = text.split("\n")
    assert tables._quoted_parsed(text, lines, 0, ",", 2) is None  # shorter than ARROW_FROM


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("cp1252"),
    ],
    ids=["utf-8", "bom", "utf-16", "cp1252"],
)
def test_a_long_quoted_file_reads_alike_in_every_encoding(encode, monkeypatch):
    body = "".join(f'Pologne,2024-05,"{n:,} €",ÅÉ\n' for n in range(1000, 40000, 13))
    data = encode("Pledges\ndonor,date,amount,note\n" + body)
    monkeypatch.setattr(tables, "ARROW_FROM", 1000)
    fast = tables.read_table(data)
    assert str(fast[0]["amount"].dtype) == "str"  # pyarrow's cells, as pandas gives str
    monkeypatch.setattr(tables, "_quoted_parsed", lambda *args: None)
    careful = tables.read_table(data)
    assert fast[0].values.tolist() == careful[0].values.tolist()
    assert fast[1:] == careful[1:]
    assert fast[1][:2] == [3, 4]  # numbered by line, below the title and the header
    assert fast[0].attrs == careful[0].attrs


# cells: mostly letters, digits, spaces and delimiters; sometimes quotes, carriage returns and
# newlines too. Written plain, quoted, or quoted after a space; most rows have the header's 3
_CLEAN_CELL = st.text(alphabet="\t\u00a0a€5,;|Ä ", max_size=5)
_CELL = st.one_of(_CLEAN_CELL, _CLEAN_CELL, _CLEAN_CELL, st.text(alphabet=' a5,"\r\n', max_size=4))
_HOW = st.sampled_from(["quoted", "quoted", "quoted", "plain", "plain", "spaced"])


@settings(max_examples=300, deadline=None)
@given(
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    rows=st.lists(
        st.one_of(
            st.lists(st.tuples(_CELL, _HOW), min_size=3, max_size=3),
            st.lists(st.tuples(_CELL, _HOW), max_size=4),
        ),
        max_size=8,
    ),
    crlf=st.booleans(),
)
def test_any_quoted_text_reads_as_the_csv_module_reads_it(delimiter, rows, crlf):
    end = "\r\n" if crlf else "\n"
    lines = [delimiter.join(["donor", "amount", "note"])]
    for cells in rows:
        written = []
        for cell, how in cells:
            if how == "plain":  # a plain cell holding the delimiter would be two cells
                written.append(cell.replace(delimiter, ""))
            else:
                quoted = '"' + cell.replace('"', '""') + '"'
                written.append(quoted if how == "quoted" else " " + quoted)
        lines.append(delimiter.join(written))
    text = end.join(lines) + end + delimiter.join(["LTU", '"x"', "y"]) + end
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, careful = _both(text, monkeypatch)
    assert fast[1:] == careful[1:]
    pd.testing.assert_index_equal(fast[0].columns, careful[0].columns)
    assert fast[0].values.tolist() == careful[0].values.tolist()


@settings(max_examples=200, deadline=None)
@given(
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    rows=st.lists(
        st.lists(
            st.tuples(st.text(alphabet='a€5,;|"Ä \t', max_size=5), st.booleans()),
            min_size=3,
            max_size=3,
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_clean_quoted_lines_are_read_by_pyarrow_as_the_csv_module_reads_them(delimiter, rows):
    lines = [delimiter.join(["donor", "amount", "note"])]
    for cells in rows:
        written, values = [], []
        for cell, quote in cells:
            plain = cell.replace(delimiter, "").replace('"', "").lstrip(" ")
            written.append('"' + cell.replace('"', '""') + '"' if quote else plain)
            values.append(cell if quote else plain)
        if not any(value.strip(" \t") for value in values):
            written[0] = "LTU"  # a row of blank cells: the csv module leaves some out
        lines.append(delimiter.join(written))
    text = "\n".join(lines) + "\n"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(tables, "ARROW_FROM", 0)
        found = tables._quoted_parsed(text, lines, 0, delimiter, 3, text.encode("utf-8"))
        fast, careful = _both(text, monkeypatch)
    assert found is not None  # every line is clean: pyarrow reads them
    assert fast[1:] == careful[1:] == (list(range(2, 2 + len(rows))), [])
    assert fast[0].values.tolist() == careful[0].values.tolist()
