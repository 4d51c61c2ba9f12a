"""Writing rows as a table for people, or CSV / JSON lines for scripts (no pandas here)."""

from __future__ import annotations

import csv
import json
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
) -> None:
    """Write ``rows`` (mappings) with the given ``columns`` in ``fmt`` to ``stream``."""
    stream = stream or sys.stdout
    if fmt == "json":
        for row in rows:
            record = {column: plain_value(row.get(column)) for column in columns}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])
        return
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        stream.write("  ".join(padded).rstrip() + "\n")


def _cell(value: Any) -> str:
    value = plain_value(value)
    return "" if value is None else str(value)
