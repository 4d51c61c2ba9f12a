"""The options and the call that read a pledge table for ``summary`` and ``normalize``.

``FILE`` may be ``-``: standard input is read as bytes and its format found from its content
(``aidcalc extract … --what pledges --format csv | aidcalc summary -``).
"""

from __future__ import annotations

import sys
from typing import Any


def add_reading_options(parser: Any) -> None:
    """Add --lang, --sheet, --header-row, --date-format and --encoding to a command that reads
    a table."""
    parser.add_argument("--lang", help="language of numbers, scale words and month names (de)")
    parser.add_argument("--sheet", help="xlsx sheet: its name or its position from 1")
    parser.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="the header's row as a spreadsheet numbers it (1 = first); default: found",
    )
    parser.add_argument(
        "--date-format",
        metavar="DMY|MDY|PATTERN",
        help="day-first (DMY) or month-first (MDY) dates, or a strftime pattern",
    )
    add_encoding_option(parser)


def add_encoding_option(parser: Any) -> None:
    """Add --encoding to a command that reads text files (the rule it replaces:
    ``aidcalc.textfiles``)."""
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="the text encoding of the input (cp1250, cp1251, latin-1, utf-16, ...); "
        "default: a byte-order mark, else UTF-8, else UTF-16 or a Windows code page guessed "
        "by its letters (noted on stderr)",
    )


def _encoding(name: str) -> str:
    """Return a codec name Python knows; else wrong usage."""
    import argparse
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {name!r} (cp1250, cp1251, cp1252, latin-1, utf-8, utf-16, ...)"
        ) from None


def read_input(args: Any, with_table: bool = False):
    """Return (pledge frame, bad rows, notes) of ``args.file``; bad rows are left out.

    With ``with_table`` (the audit outputs: ``normalize``, ``summary --rows``) a fourth item
    follows: the table as the file holds it (its own column names and cells, indexed by row
    number, ``aidcalc.pledges.tables.read_table``), so that the audit keeps every column.
    Raises ``OSError`` or ``ValueError`` when the file cannot be read as a table.
    """
    from ..errors import InvalidRows
    from ..pledges.read import read_pledges

    sheet: str | int | None = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet) - 1
    header = None
    if args.header_row is not None:
        if args.header_row < 1:
            raise ValueError("--header-row counts from 1")
        header = args.header_row - 1
    source: Any = sys.stdin.buffer.read() if args.file == "-" else args.file
    options = {"lang": args.lang, "sheet": sheet, "header": header}
    options["date_format"] = args.date_format
    options["encoding"] = getattr(args, "encoding", None)
    options["assumptions"] = True  # the audit output (normalize, summary --rows) shows them
    if with_table:
        return _read_with_table(source, options)
    try:
        frame = read_pledges(source, **options)
    except InvalidRows as error:
        return error.valid, list(error.errors), list(error.valid.attrs.get("notes", []))
    return frame, [], list(frame.attrs.get("notes", []))


def _read_with_table(source: Any, options: dict[str, Any]):
    """Return ``read_input``'s (frame, bad rows, notes, table): the table is read once
    (``read_table``) and its text frame, indexed by row number, is what ``read_pledges``
    reads, so the rows and their numbers are the same as from the file."""
    from ..errors import InvalidRows
    from ..pledges.read import read_pledges
    from ..pledges.tables import read_table

    table, rows, unreadable = read_table(
        source, sheet=options.pop("sheet"), header=options.pop("header"),
        encoding=options.pop("encoding"),
    )  # fmt: skip
    found = list(table.attrs.get("notes", []))
    table.index = rows
    errors = list(unreadable)
    try:
        frame = read_pledges(table, **options)
    except InvalidRows as error:
        frame, errors = error.valid, errors + list(error.errors)
    notes = found + [note for note in frame.attrs.get("notes", []) if note not in found]
    frame.attrs["notes"] = notes
    return frame, errors, notes, table


def write_notes(label: str, notes: list[str], stream: Any = None) -> None:
    """Write what reading found rather than was told, one ``LABEL: note`` line each (stderr)."""
    stream = stream or sys.stderr
    for note in notes:
        stream.write(f"{label}: {note}\n")
