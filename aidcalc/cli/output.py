"""Every renderer of the command line: tables for people, markdown, CSV and JSON lines.

``write_rows`` writes plain rows (mappings) as a table, CSV or JSON lines; ``write_frame`` a
result frame of ``summary`` (a header line, numbers for people in a table or markdown);
``write_output`` a frame to stdout or to ``-o FILE``; ``write_workbook`` an ``.xlsx`` workbook
(the table, then a "method" sheet); every CSV and TSV cell goes through ``inert_cell`` (no
formula runs in a spreadsheet); ``write_invalid`` the bad rows of an input on stderr;
``Progress`` a bar on stderr. The command modules only call these; frames come from the caller
and openpyxl is imported only to write a workbook.
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


def add_output_option(parser: Any) -> None:
    """Add ``-o FILE`` to a command that writes rows (``OUTPUT_SUFFIXES`` pick the format)."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the rows to FILE, its suffix picking the format: .csv, .tsv, .json/.jsonl, "
        ".xlsx (with a method sheet), .txt (a table); without a suffix --format",
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
    if fmt in ("csv", "tsv"):
        writer = _HashQuotingWriter(stream, "\t" if fmt == "tsv" else ",")
        clean = safe_text if terminal else str
        writer.writerow([clean(inert_cell(column)) for column in columns])
        for row in rows:
            writer.writerow([clean(inert_cell(row.get(column))) for column in columns])
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


# the first characters that make a spreadsheet read a CSV cell as a formula (OWASP, "CSV
# Injection"): equals, plus, minus, at, tab and carriage return
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a plain decimal number, as a spreadsheet reads it: inert even with a sign in front
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def inert_cell(value: Any) -> str:
    """Return one CSV or TSV cell as text that no spreadsheet runs as a formula.

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'`` (the escape the OWASP "CSV Injection" page recommends: spreadsheets show
    the text and do not evaluate it). Numbers stay numbers: an ``int``, ``float`` or
    ``Decimal`` value, and a text that is exactly a plain decimal number (``-2.5``,
    ``+3e6``), are written as they are, so a negative value column reads back as numbers.
    ``None`` is an empty cell.

    >>> inert_cell("=HYPERLINK('http://x','y')")
    "'=HYPERLINK('http://x','y')"
    >>> inert_cell("-2+3"), inert_cell("@SUM(1)"), inert_cell("€5m")
    ("'-2+3", "'@SUM(1)", '€5m')
    >>> inert_cell(-2.5), inert_cell(Decimal("-1E+6")), inert_cell("-1500000.0")
    ('-2.5', '-1000000', '-1500000.0')
    """
    text = _cell(value)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return text
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


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
    if fmt in ("csv", "tsv", "json"):
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
    if column in ("ours_usd", "theirs_usd") and isinstance(value, float):  # summary --compare
        return f"{value:,.2f}" if math.isfinite(value) else str(value)
    if column == "difference_pct" and isinstance(value, float):
        return f"{value:+.2f}" if math.isfinite(value) else str(value)
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
    rates: Any = None,
    provenance: Mapping[str, Any] | None = None,
) -> None:
    """Write ``frame`` in ``fmt`` to stdout, or to ``path`` (its suffix picks the format:
    ``.csv``, ``.tsv``, ``.json``/``.jsonl``, ``.xlsx`` (``write_workbook``: the table, then a
    "method" sheet with ``header``, ``notes`` and the sources of ``rates``), else ``fmt``).

    CSV and JSON lines start with the ``provenance`` record when one is given
    (``write_provenance``): ``#`` comment lines, or one JSON line under ``_provenance``."""
    if path is None:
        if provenance is not None and fmt in ("csv", "tsv", "json"):
            write_provenance(provenance, fmt, sys.stdout)
        write_frame(frame, fmt, header)
        return
    fmt = output_format(path, fmt)
    if fmt == "xlsx":
        columns = list(frame.columns)
        rows = [dict(zip(columns, row, strict=True)) for row in frame.itertuples(index=False)]
        write_workbook(path, rows, columns, [header, *notes], rates)
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        if provenance is not None and fmt in ("csv", "tsv", "json"):
            write_provenance(provenance, fmt, stream)
        write_frame(frame, fmt, header, stream)


EXCEL_NEEDED = "writing .xlsx needs openpyxl: pip install 'aidcalc[excel]'"


# the suffixes -o FILE knows and the format each picks; a file without a suffix takes --format
OUTPUT_SUFFIXES = {
    "csv": "csv",
    "tsv": "tsv",
    "json": "json",
    "jsonl": "json",
    "xlsx": "xlsx",
    "txt": "table",
    "md": "markdown",  # only where --format offers markdown (summary)
}


def _suffix(path: str) -> str:
    """Return the suffix of the file name of ``path``, lower case, without its dot."""
    from pathlib import PurePath

    return PurePath(path).suffix.lower().lstrip(".")


def output_format(path: str, fmt: str) -> str:
    """Return the format ``-o path`` is written in: its suffix's (``OUTPUT_SUFFIXES``), else
    ``fmt`` (the ``--format`` given) for a name without a suffix.

    >>> output_format("totals.jsonl", "table"), output_format("audit", "csv")
    ('json', 'csv')
    """
    return OUTPUT_SUFFIXES.get(_suffix(path), fmt)


def output_problem(path: str | None, formats: Sequence[str] = FORMATS) -> str | None:
    """Return why ``-o path`` cannot be written (None when it can): a suffix that names no
    format the command writes (``.docx``: it would get text under a name that promises
    something else; the message lists the suffixes it can write), or an ``.xlsx`` without
    openpyxl installed. ``formats`` are the command's ``--format`` choices (``.md`` needs
    ``markdown``). Commands check it before any work, as wrong usage (exit status 2).

    >>> print(output_problem("totals.docx"))
    cannot write a '.docx' file; the suffix picks the format: .csv, .tsv, .json, .jsonl,
    .xlsx, .txt (a table), or no suffix for --format
    >>> output_problem("totals.csv"), output_problem("totals"), output_problem(None)
    (None, None, None)
    """
    if path is None:
        return None
    suffix = _suffix(path)
    known = [s for s, f in OUTPUT_SUFFIXES.items() if f in (*formats, "tsv", "xlsx")]
    if suffix and suffix not in known:
        listed = ", ".join(f".{s}" + (" (a table)" if s == "txt" else "") for s in known)
        return (
            f"cannot write a '.{suffix}' file; the suffix picks the format: {listed}, "
            "or no suffix for --format"
        )
    if suffix != "xlsx":
        return None
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return EXCEL_NEEDED
    return None


# a day written as ISO 8601 (YYYY-MM-DD): a workbook holds it as a date cell; a month, quarter
# or year (2024-09, 2024-Q1, 2024) stays text, since a date cell would claim a day
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# what XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def workbook_cell(value: Any) -> Any:
    """Return a value as a workbook cell holds it: a number, a ``date``, text or None.

    Numbers (``int``, ``float``, ``Decimal``, numpy scalars) stay numbers, NaN and NA become an
    empty cell; a ``date``, a ``datetime`` at midnight and a text ``YYYY-MM-DD`` that is a real
    day become a date; other text stays text (``write_workbook`` stores it as text, so that
    ``=cmd`` is never a formula), with the control characters XML cannot hold shown as U+FFFD.

    >>> workbook_cell("2024-11-04"), workbook_cell("2024-09"), workbook_cell(float("nan"))
    (datetime.date(2024, 11, 4), '2024-09', None)
    >>> workbook_cell(Decimal("-5E+6")), workbook_cell("2024-02-30"), workbook_cell("a\x1bb")
    (Decimal('-5E+6'), '2024-02-30', 'a\ufffdb')
    """
    from datetime import datetime

    value = plain_cell(value)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float, Decimal)):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value
    text = str(value)
    if _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return _NOT_XML.sub("\ufffd", text)


def write_workbook(
    path: str,
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    method: Sequence[str] = (),
    rates: Any = None,
) -> None:
    """Write an ``.xlsx`` workbook: the sheet "rows" (``columns``, then one line per row, with
    number and date cells, ``workbook_cell``) and the sheet "method": each line of ``method``
    (the methodology line first, then what reading found), then the rate sources with their
    coverage (``source``, ``quotes``, ``first``, ``last``) of ``rates`` (a ``Rates``; the
    default sources when None).

    Text is stored as text, never as a formula, whatever it starts with. Needs openpyxl (the
    ``excel`` extra); without it, ``ImportError`` with the line to install it.
    """
    try:
        from openpyxl import Workbook
    except ImportError as error:
        raise ImportError(EXCEL_NEEDED) from error
    from ..rates import Rates

    sources = [
        {"source": c.source, "quotes": c.quotes, "first": c.first_text, "last": c.last_text}
        for c in (rates if rates is not None else Rates.default()).coverage()
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "rows"
    _append(sheet, list(columns), bold=True)
    for row in rows:
        _append(sheet, [workbook_cell(row.get(column)) for column in columns])
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("method")
    _append(notes, ["method"], bold=True)
    for line in method:
        if line:
            _append(notes, [line])
    _append(notes, [])
    _append(notes, ["source", "quotes", "first", "last"], bold=True)
    for found in sources:
        found["last"] = found["last"] or "in force"  # a legal fixed rate has no last day
        _append(notes, [found[key] for key in ("source", "quotes", "first", "last")])
    book.save(path)


def _append(sheet: Any, values: list, bold: bool = False) -> None:
    """Append one line to ``sheet``: dates as ``yyyy-mm-dd`` date cells, text as text."""
    from openpyxl.cell import Cell
    from openpyxl.styles import Font

    cells = []
    for value in values:
        cell = Cell(sheet)
        if isinstance(value, str):
            cell.value = _NOT_XML.sub("\ufffd", value)
            cell.data_type = "s"  # openpyxl makes a formula of a text that starts with "="
        else:
            cell.value = value
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
        if bold:
            cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)


# the columns of a result that hold country codes, shown as names with --names
NAME_COLUMNS = ("donor", "recipient")


def names_problem(locale: str) -> str | None:
    """Return why ``--names locale`` cannot be used (None when it can): a locale CLDR has no
    data for.

    >>> names_problem("de"), names_problem("pt_BR"), names_problem("xx")
    (None, None, "unknown language 'xx' for --names (a CLDR locale: en, de, fr, pt_BR, …)")
    """
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return f"unknown language {locale!r} for --names (a CLDR locale: en, de, fr, pt_BR, …)"
    return None


def with_names(frame: Any, locale: str) -> Any:
    """Return a copy of ``frame`` whose ``donor`` and ``recipient`` codes are names in
    ``locale`` (CLDR through babel, ``aidcalc.countries.country_name``; a multilateral donor
    keeps its documented name, a code without a name stays a code).

    >>> import pandas as pd
    >>> with_names(pd.DataFrame({"donor": ["DEU", "EU", "IMF"], "total": [1.0, 2.0, 3.0]}), "de")
                                donor  total
    0                     Deutschland    1.0
    1                Europäische Union    2.0
    2  International Monetary Fund    3.0
    """
    from ..countries import country_name

    locale = locale.replace("-", "_")
    named = frame.copy()
    for column in NAME_COLUMNS:
        if column in named.columns:
            codes = named[column]
            names = {code: country_name(code, locale) for code in codes.dropna().unique()}
            named[column] = codes.map(names)
    return named


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
    """A ``csv.writer`` (``delimiter``, ``\\n`` line ends, minimal quoting) that also quotes a
    cell holding ``#`` or a carriage return: ``pandas.read_csv(comment="#")`` cuts an unquoted
    cell at its ``#``, and the ``csv`` module leaves a bare carriage return unquoted when lines
    end with ``\\n`` alone, so a reader would end the row there."""

    def __init__(self, stream: TextIO, delimiter: str = ","):
        self.stream = stream
        self.delimiter = delimiter
        self.special = frozenset(f'{delimiter}"\r\n#')
        self.writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")

    def writerow(self, cells: Sequence[str]) -> None:
        if not any("#" in cell or "\r" in cell for cell in cells):
            self.writer.writerow(cells)
            return
        quoted = (
            '"' + cell.replace('"', '""') + '"' if self.special.intersection(cell) else cell
            for cell in cells
        )
        self.stream.write(self.delimiter.join(quoted) + "\n")


# The remedy the library's messages name in its own terms ("pass currency_hint= or lang="), and
# what a command-line user does instead: the options of the command, or, in a table, the cell
_API_REMEDY_RE = re.compile(r"pass currency_hint=(?P<lang> or lang=)?")
REMEDIES = {
    "hint": ("give --currency-hint (an ISO 4217 code)", " or --lang"),
    "lang": ("write the currency's ISO 4217 code beside the number", ", or give --lang"),
    "table": ("write the currency's ISO 4217 code in the cell (RUB 5 million)", ", or give --lang"),
}


def command_line_remedy(message: str, where: str) -> str:
    """``message`` with the library's remedy ("pass currency_hint= or lang=") said as the
    command-line user applies it: ``where`` is ``"hint"`` for a command with --currency-hint
    and --lang (``parse``, ``convert``), ``"lang"`` for one with --lang only (``extract``),
    ``"table"`` for a table's cell (``summary``, ``normalize``).

    >>> said = "'rubles' is ambiguous (BYN, RUB): pass currency_hint= or lang="
    >>> command_line_remedy(said, "hint")
    "'rubles' is ambiguous (BYN, RUB): give --currency-hint (an ISO 4217 code) or --lang"
    >>> command_line_remedy(said, "table").split(": ")[1]
    "write the currency's ISO 4217 code in the cell (RUB 5 million), or give --lang"
    """
    remedy, lang = REMEDIES[where]
    return _API_REMEDY_RE.sub(lambda found: remedy + (lang if found["lang"] else ""), message)


def write_invalid(
    label: str, errors: Iterable[tuple[Any, str, str]], stream: TextIO | None = None
) -> None:
    """Write each bad row as ``LABEL: row N, column: reason``, in row order (stderr), the
    library's remedies said for a table (``command_line_remedy``)."""
    from ..errors import describe

    stream = stream or sys.stderr
    for row, column, reason in sorted(errors, key=_row_order):
        shown = command_line_remedy(describe(row, column, reason), "table")
        stream.write(safe_text(f"{label}: {shown}") + "\n")


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
