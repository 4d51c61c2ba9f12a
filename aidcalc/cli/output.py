"""Every renderer of the command line: tables for people, markdown, CSV and JSON lines.

``write_rows`` writes plain rows (mappings) as a table, CSV or JSON lines; ``write_frame`` a
result frame of ``summary`` (a header line, numbers for people in a table or markdown);
``write_output`` a frame to stdout or to ``-o FILE`` (an ``.xlsx`` workbook with a provenance
sheet too); ``write_invalid`` the bad rows of an input on stderr; ``Progress`` a bar on stderr.
The command modules only call these. Pandas is imported only to write a workbook: frames come
from the caller.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

FORMATS = ("table", "csv", "json")


def add_command(subparsers: Any, name: str, help: str, description: str, examples: str) -> Any:
    """Add one subcommand whose --help ends with its examples; return its parser."""
    import argparse

    return subparsers.add_parser(
        name,
        help=help,
        description=description,
        epilog=examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_format_option(parser: Any, choices: Sequence[str] = FORMATS) -> None:
    """Add the common ``--format`` option to a subcommand's parser."""
    parser.add_argument(
        "--format",
        choices=list(choices),
        default="table",
        help="table for people (default); csv or json lines for scripts",
    )


def plain_value(value: Any) -> Any:
    """Return ``value`` as JSON can hold it: Decimals as strings, dates as ISO strings."""
    if isinstance(value, Decimal):
        from ..amount import plain

        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str = "table",
    stream: TextIO | None = None,
    cut: Mapping[str, int] | None = None,
) -> None:
    """Write ``rows`` (mappings) with the given ``columns`` in ``fmt`` to ``stream``.

    ``table`` pads the cells into left-aligned columns, cutting the columns named in ``cut``
    to that many characters (the last one ``…``); ``csv`` writes a header and the cells;
    ``json`` one object per row (JSON lines), Decimals and dates as strings.
    """
    stream = stream or sys.stdout
    terminal = _is_terminal(stream)  # CSV and JSON read on a screen are made safe too
    if fmt == "json":
        for row in rows:
            record = {column: plain_value(row.get(column)) for column in columns}
            line = json.dumps(record, ensure_ascii=False)
            stream.write((_escape_unsafe(line) if terminal else line) + "\n")
        return
    if fmt == "csv":
        writer = _HashQuotingWriter(stream)
        writer.writerow(columns)
        clean = safe_text if terminal else str
        for row in rows:
            writer.writerow([clean(_cell(row.get(column))) for column in columns])
        return
    cut = cut or {}
    cells = [
        [_shorten(safe_text(_cell(row.get(column))), cut.get(column)) for column in columns]
        for row in rows
    ]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        stream.write("  ".join(padded).rstrip() + "\n")


def _cell(value: Any) -> str:
    value = plain_value(value)
    return "" if value is None else str(value)


# what a terminal would act on rather than show: escape sequences (CSI "ESC [ … final", OSC
# "ESC ] … BEL or ESC \\", and other two-byte ESC sequences, ECMA-48 § 5.4 and § 8.3.89), the C0
# and C1 control characters, and the Unicode bidirectional overrides and isolates (which reorder
# what is shown, CVE-2021-42574)
_ESCAPES = re.compile(
    r"\x1b[\]PX^_].*?(?:\x07|\x1b\\|$)"  # OSC, DCS, SOS, PM, APC strings, with their text
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI (its final byte may be missing at the end of the text)
    r"|\x1b[ -/]*[0-~]?"  # any other escape sequence
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"  # other C0 and C1 controls
    r"|[\u202a-\u202e\u2066-\u2069]",  # bidirectional embeddings, overrides and isolates
    re.DOTALL,
)
_SPACES = re.compile(r"[\t\n\r]+")
# what JSON leaves as it is but a terminal may act on: DEL, C1 controls, bidirectional controls
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _escape_unsafe(line: str) -> str:
    """Return a JSON text with DEL, C1 and bidirectional controls written as ``\\uXXXX``
    (the same JSON value; JSON already escapes C0 controls)."""
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", line)


def safe_text(text: str) -> str:
    """Return ``text`` as a terminal may show it: escape sequences, control characters and
    bidirectional overrides taken out, tabs and line breaks made one space each.

    Input text (a news sentence, a cell of a pledge file) must not be able to move the
    cursor, recolour or retitle the user's terminal, or reorder what a table shows. Printable
    text, in any script, is kept as it is.

    >>> safe_text("€5m\\x1b]0;pwned\\x07 for \\x1b[31mKyiv\\x1b[0m")
    '€5m for Kyiv'
    >>> safe_text("two\\nlines\\tand a tab; \\u202eevil")
    'two lines and a tab; evil'
    """
    if text.isprintable():
        return text
    return _SPACES.sub(" ", _ESCAPES.sub("", text))


def _shorten(text: str, width: int | None) -> str:
    """Return ``text`` cut to ``width`` characters, its last one ``…`` (all of it if it fits)."""
    if width is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"


# the columns of a result frame that hold text (left-aligned); the others are numbers
TEXT_COLUMNS = frozenset(
    ("donor", "recipient", "category", "measure", "basis", "date", "qualifier", "amount")
    + ("source", "currency")
)


def write_frame(
    frame: Any, fmt: str = "table", header: str = "", stream: TextIO | None = None
) -> None:
    """Write a result frame in ``fmt``: ``table`` / ``markdown`` for people, ``csv`` / ``json``.

    A table starts with the ``header`` line, a markdown document with the header paragraph;
    both show amounts with thousands separators, ``pct_gdp`` and ``per_capita`` with at least
    3 and 2 decimals (3 significant digits), text columns left- and numbers right-aligned. CSV
    and JSON hold the plain values (``write_rows``), without the header.
    """
    stream = stream or sys.stdout
    columns = list(frame.columns)
    records = [
        {column: plain_cell(value) for column, value in zip(columns, row, strict=True)}
        for row in frame[columns].itertuples(index=False)
    ]
    if fmt in ("csv", "json"):
        write_rows(records, columns, fmt, stream)
        return
    cells = [[human_cell(column, record[column]) for column in columns] for record in records]
    numeric = [column not in TEXT_COLUMNS for column in columns]
    if fmt == "markdown":
        _write_markdown(columns, cells, numeric, header, stream)
    else:
        _write_aligned(columns, cells, numeric, header, stream)


def _write_markdown(columns, cells, numeric, header: str, stream: TextIO) -> None:
    """Write the header paragraph and a markdown table, numbers right-aligned."""
    stream.write(f"{header}\n\n")
    stream.write("| " + " | ".join(columns) + " |\n")
    stream.write("|" + "|".join("---:" if num else "---" for num in numeric) + "|\n")
    for line in cells:
        stream.write("| " + " | ".join(line) + " |\n")


def _write_aligned(columns, cells, numeric, header: str, stream: TextIO) -> None:
    """Write the header line and the cells padded into columns, numbers right-aligned."""
    stream.write(f"{header}\n")
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]

    def fit(text: str, i: int) -> str:
        return text.rjust(widths[i]) if numeric[i] else text.ljust(widths[i])

    stream.write("  ".join(fit(c, i) for i, c in enumerate(columns)).rstrip() + "\n")
    for line in cells:
        stream.write("  ".join(fit(text, i) for i, text in enumerate(line)).rstrip() + "\n")


def plain_cell(value: Any) -> Any:
    """Return a frame cell as a plain Python value: NaN and NA as None, numpy scalars unboxed."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def _significant(value: float, decimals: int) -> str:
    """Return ``value`` with at least ``decimals`` decimals and 3 significant digits, so that a
    small share reads 0.000142 rather than 0.000."""
    if value == 0 or not math.isfinite(value):
        return f"{value:,.{decimals}f}"
    needed = 2 - math.floor(math.log10(abs(value)))
    return f"{value:,.{max(decimals, needed)}f}"


def human_cell(column: str, value: Any) -> str:
    """Return a cell for people: amounts with thousands separators, shares with 3 decimals."""
    if value is None:
        return ""
    if column in ("total", "total_high"):
        return f"{value:,.0f}"
    if column == "pct_gdp":
        return _significant(value, decimals=3)
    if column == "per_capita":
        return _significant(value, decimals=2)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return safe_text(str(value))


def write_output(
    frame: Any,
    fmt: str,
    header: str,
    path: str | None,
    notes: Sequence[str] = (),
    provenance: Mapping[str, Any] | None = None,
) -> None:
    """Write ``frame`` in ``fmt`` to stdout, or to ``path`` (its suffix picks the format:
    ``.csv``, ``.json``/``.jsonl``, ``.xlsx`` with a second sheet "provenance", else ``fmt``).

    CSV and JSON lines start with the ``provenance`` record when one is given
    (``write_provenance``): ``#`` comment lines, or one JSON line under ``_provenance``."""
    if path is None:
        if provenance is not None and fmt in ("csv", "json"):
            write_provenance(provenance, fmt, sys.stdout)
        write_frame(frame, fmt, header)
        return
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if suffix == "xlsx":
        import pandas as pd

        provenance = pd.DataFrame({"provenance": [header, *notes]})
        with pd.ExcelWriter(path) as book:
            frame.to_excel(book, sheet_name="rows", index=False)
            provenance.to_excel(book, sheet_name="provenance", index=False)
        return
    fmt = {"csv": "csv", "json": "json", "jsonl": "json"}.get(suffix, fmt)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        if provenance is not None and fmt in ("csv", "json"):
            write_provenance(provenance, fmt, stream)
        write_frame(frame, fmt, header, stream)


# -- provenance in CSV and JSON lines (issue 11, item 12) ---------------------------------------

PROVENANCE_KEY = "_provenance"  # the one key of the first JSON line; no pledge column has it


def write_provenance(provenance: Mapping[str, Any], fmt: str, stream: TextIO) -> None:
    """Write the ``provenance`` record ahead of the rows of a CSV or JSON-lines output.

    ``csv``: one ``# key: value`` comment line per field (lists and mappings joined with
    ``; ``; the ``header`` field, the table's header line, is left out: the fields say it line by
    line), which ``pandas.read_csv(..., comment="#")`` skips; a data cell holding ``#`` is
    quoted, so that reader keeps it whole. ``json``: one first line ``{"_provenance": {...}}``
    (``PROVENANCE_KEY``), the rows follow as before. Empty fields (None, empty lists) are left
    out of the comment lines and kept in the JSON record.

    >>> import io
    >>> out = io.StringIO()
    >>> record = {"to": "EUR", "rate_sources": ["ECB to 2026-10-30"], "x": None}
    >>> write_provenance(record, "csv", out)
    >>> print(out.getvalue(), end="")
    # to: EUR
    # rate_sources: ECB to 2026-10-30
    >>> out = io.StringIO()
    >>> write_provenance({"to": "EUR", "rows_counted": 4}, "json", out)
    >>> out.getvalue()
    '{"_provenance": {"to": "EUR", "rows_counted": 4}}\\n'
    """
    terminal = _is_terminal(stream)
    if fmt == "json":
        line = json.dumps({PROVENANCE_KEY: dict(provenance)}, ensure_ascii=False, default=str)
        stream.write((_escape_unsafe(line) if terminal else line) + "\n")
        return
    for key, value in provenance.items():
        if key == "header":  # the fields say it line by line; a spreadsheet splits it at commas
            continue
        if isinstance(value, Mapping):
            value = "; ".join(f"{name} {count}" for name, count in value.items())
        elif isinstance(value, list | tuple):
            value = "; ".join(str(item) for item in value)
        if value is None or value == "":
            continue
        stream.write(safe_text(f"# {key}: {value}") + "\n")  # one line, whatever a note holds


class _HashQuotingWriter:
    """A ``csv.writer`` (comma, ``\\n`` line ends, minimal quoting) that also quotes a cell
    holding ``#``: ``pandas.read_csv(comment="#")`` cuts an unquoted cell at its ``#``."""

    SPECIAL = frozenset(',"\r\n#')

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.writer = csv.writer(stream, lineterminator="\n")

    def writerow(self, cells: Sequence[str]) -> None:
        if not any("#" in cell for cell in cells):
            self.writer.writerow(cells)
            return
        quoted = (
            '"' + cell.replace('"', '""') + '"' if self.SPECIAL.intersection(cell) else cell
            for cell in cells
        )
        self.stream.write(",".join(quoted) + "\n")


def write_invalid(
    label: str, errors: Iterable[tuple[Any, str, str]], stream: TextIO | None = None
) -> None:
    """Write each bad row as ``LABEL: row N, column: reason``, in row order (stderr)."""
    from ..errors import describe

    stream = stream or sys.stderr
    for row, column, reason in sorted(errors, key=_row_order):
        stream.write(safe_text(f"{label}: {describe(row, column, reason)}") + "\n")


def _row_order(error: tuple[Any, str, str]) -> tuple:
    """Sort key of a bad row: numbered rows first, by number, then the others by name."""
    row = error[0]
    try:
        return (0, int(row), "", error[1])
    except (TypeError, ValueError):
        return (1, 0, str(row), error[1])


class Progress:
    """A progress bar on stderr, shown only for many items and only on a terminal."""

    def __init__(self, total: int, label: str, start: int = 10):
        self.total = total
        self.label = label
        self.active = total >= start and sys.stderr.isatty()

    def show(self, done: int) -> None:
        """Draw the bar with ``done`` of the items finished."""
        if self.active:
            filled = 30 * done // self.total
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r{self.label} [{bar}] {done}/{self.total}")
            sys.stderr.flush()

    def clear(self) -> None:
        """Wipe the bar's line so that a message starts at the left margin."""
        if self.active:
            sys.stderr.write("\r\033[K")

    def close(self) -> None:
        """End the bar's line."""
        if self.active:
            sys.stderr.write("\n")
