"""Input lines and streamed rows for the commands that read many texts (parse, convert, extract).

Standard input is read as bytes and decoded one line at a time, so a line that is not UTF-8
becomes an error record with its number while every other line is still read. Rows are written
as they are made: CSV and JSON lines at once (each row flushed, so a reader at the other end of
a pipe sees it, and an interrupt keeps it), a table when it is complete or when the command is
interrupted (a table needs every row to size its columns); ``write_rows_to`` writes them to
``-o FILE`` instead, by its suffix. ``TALLY`` counts the failures seen,
so that ``main`` can still return 1 when the reader closed the pipe before the end.

>>> decode_line(b"\\xe2\\x82\\xac5m\\n", 1)
('€5m', None)
>>> decode_line(b"10 \\xff euros", 7)[1]
'line 7 is not UTF-8 text (byte 0xff at position 4); nothing was read from it'
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, NamedTuple


@dataclass
class Tally:
    """What a command has seen so far: rows written and inputs that failed."""

    rows: int = 0
    failures: int = 0

    def reset(self) -> None:
        """Start counting again (``main`` does it before each command)."""
        self.rows = self.failures = 0


TALLY = Tally()
EMPTY = "no text: the input is empty, nothing to read"  # aidcalc.textfiles says it of a file


class Line(NamedTuple):
    """One input text: its number (from 1), the text, and why it could not be read (or None)."""

    number: int
    text: str
    problem: str | None = None


def decode_line(raw: bytes, number: int) -> tuple[str, str | None]:
    """Return (text, problem) of one input line: the line without its end, decoded as UTF-8.

    A line that is not UTF-8, or holds a NUL byte, comes back with U+FFFD in place of the bad
    bytes (so that a person can find it) and a problem naming the line and the first bad byte
    (``aidcalc.textfiles.decode_line``); the caller reads nothing from such a line. A
    byte-order mark on line 1 is dropped.
    """
    from ..textfiles import decode_line as decode

    raw = raw.rstrip(b"\r\n")
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text, problem = decode(raw)
    return text, f"line {number} {problem}" if problem else None


def stdin_lines(first: int = 1) -> Iterator[Line]:
    """Yield the lines of standard input, numbered from ``first``, each decoded on its own;
    input that opens with a UTF-16 byte-order mark is read whole and decoded by the rule of
    every command (``aidcalc.textfiles.decode_text``), then split into lines."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:  # a text stream put in place of stdin (tests, embedding programs)
        for number, text in enumerate(sys.stdin, start=first):
            text = text.rstrip("\r\n")
            yield Line(number, text.removeprefix("\ufeff") if number == 1 else text)
        return
    head = binary.read(2)
    if head in (b"\xff\xfe", b"\xfe\xff"):
        from ..textfiles import decode_text

        text = decode_text(head + binary.read(), empty=True).text
        for number, line in enumerate(text.splitlines(), start=first):
            yield Line(number, line)
        return
    if head and not head.endswith(b"\n"):
        head += binary.readline()  # the rest of the first line
    lines = [part + b"\n" for part in head.split(b"\n")]
    lines[-1] = lines[-1][:-1]  # the text after the last line end, without an end added
    for number, raw in enumerate(chain(filter(None, lines), binary), start=first):
        yield Line(number, *decode_line(raw, number))


def decode_text(raw: bytes) -> tuple[str, list[str]]:
    """Return (text, problems) of a whole input: its UTF-8 lines, a line that is not UTF-8
    replaced by an empty line (so line numbers stay) and named in ``problems``.

    >>> raw = "Latvia: €5m.\\nbad ".encode() + b"\\xc3(\\n" + "Estonia: €2m.".encode()
    >>> text, problems = decode_text(raw)
    >>> text
    'Latvia: €5m.\\n\\nEstonia: €2m.'
    >>> problems
    ['line 2 is not UTF-8 text (byte 0xc3 at position 5); nothing was read from it']
    """
    text, problems = decode_lines(raw)
    return text.removeprefix("\ufeff"), problems


def decode_lines(raw: bytes, first_line: int = 1) -> tuple[str, list[str]]:
    """Return (text, problems) of whole lines of UTF-8, numbered from ``first_line``: a line
    that is not UTF-8 (or holds a NUL) is left empty (its line end kept) and named in
    ``problems`` (``aidcalc.textfiles.utf8_lines``). A byte-order mark is kept
    (``decode_text`` drops one at the start of an input)."""
    from ..textfiles import utf8_lines

    text, problems = utf8_lines(raw, first_line)
    return text, [f"line {number} {problem}" for number, problem in problems]


def counted(rows: Iterable[Mapping[str, Any]], stream=None) -> Iterator[Mapping[str, Any]]:
    """Yield ``rows``, counting them and those with an ``error`` in ``TALLY``; after each row
    has been written, flush ``stream`` (stdout) so that it is out before the next one is made."""
    stream = stream or sys.stdout
    for row in rows:
        TALLY.rows += 1
        if row.get("error"):
            TALLY.failures += 1
        yield row
        stream.flush()


def emit(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str,
    table: Callable[[list], Sequence[str]] | None = None,
    cut: Mapping[str, int] | None = None,
) -> list[Mapping[str, Any]] | None:
    """Write ``rows`` in ``fmt`` as they come; return the rows of a table (None otherwise).

    CSV and JSON lines are written row by row with ``columns``. A table is written once every
    row is made, with the columns ``table(rows)`` chooses (``columns`` without it), or with the
    rows made so far when the command is interrupted (the interrupt then goes on to ``main``).
    """
    from .output import write_rows

    if fmt != "table":
        write_rows(counted(rows), columns, fmt, cut=cut)
        return None
    done: list[Mapping[str, Any]] = []
    try:
        done.extend(counted(rows))
    except KeyboardInterrupt:
        write_rows(done, table(done) if table else columns, fmt, cut=cut)
        raise
    write_rows(done, table(done) if table else columns, fmt, cut=cut)
    return done


def write_rows_to(
    path: str,
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str,
    method: Sequence[str] = (),
    rates: Any = None,
) -> None:
    """Write the rows of a streaming command (``parse``, ``convert``, ``extract``, ``rates``)
    to ``-o path``, every column of its CSV whatever ``fmt``: an ``.xlsx`` workbook
    (``write_workbook``, ``method`` and the sources of ``rates`` on its "method" sheet), else
    CSV, TSV, JSON lines or a ``.txt`` table by the suffix; without a suffix ``fmt``, a table
    written as CSV (a file keeps every column, which the table on screen may shorten).
    ``rows`` are counted as written (``aidcalc.cli.streams.counted``)."""
    from .output import output_format, write_rows, write_workbook

    fmt = output_format(path, "csv" if fmt == "table" else fmt)
    if fmt == "xlsx":
        write_workbook(path, list(counted(rows)), columns, method, rates)
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        write_rows(counted(rows, stream), columns, fmt, stream)
