"""The options and the call that read a pledge table for ``summary`` and ``normalize``.

``FILE`` may be ``-``: standard input is read as bytes and its format found from its content
(``aidcalc extract … --what pledges --format csv | aidcalc summary -``).
"""

from __future__ import annotations

import sys
from typing import Any


def add_reading_options(parser: Any) -> None:
    """Add --lang, --sheet, --header-row and --date-format to a command that reads a table."""
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


def read_input(args: Any):
    """Return (pledge frame, bad rows, notes) of ``args.file``; bad rows are left out.

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
    options["assumptions"] = True  # the audit output (normalize, summary --rows) shows them
    try:
        frame = read_pledges(source, **options)
    except InvalidRows as error:
        return error.valid, list(error.errors), list(error.valid.attrs.get("notes", []))
    return frame, [], list(frame.attrs.get("notes", []))


def write_notes(label: str, notes: list[str], stream: Any = None) -> None:
    """Write what reading found rather than was told, one ``LABEL: note`` line each (stderr)."""
    stream = stream or sys.stderr
    for note in notes:
        stream.write(f"{label}: {note}\n")
