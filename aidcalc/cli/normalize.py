"""``aidcalc normalize``: a pledge table written back with every row's conversion on the record.

Each row keeps what was read (donor, recipient, value date and its precision, the amount text,
value, currency, qualifier, range top, category, measure, basis) and gains the converted
value (``value_<to>``, ``high_<to>``), the rate, its fixing date (the first day of the period
for a monthly, quarterly or annual mean), its source and method, or the reason it has none
(``rate_error``), then ``source`` and ``note``, then every other column of the input as the
file wrote it (``input_columns``): the audit trail behind a published total.
``summary --rows`` writes the same table. ``--rates FILE`` and ``--names LANG`` work as for
``summary``.
"""

from __future__ import annotations

import sys

from .output import (
    add_command,
    add_format_option,
    names_problem,
    output_problem,
    with_names,
    write_invalid,
    write_output,
)
from .provenance import assumption_counts, assumption_text, flag_assumed, rate_sources, record
from .rates import add_rates_option, load_rates
from .reading import add_reading_options, read_input, write_notes

EXAMPLES = """examples:
  aidcalc normalize data/pledges/lithuania-ukraine-2024.csv --to USD
  aidcalc normalize tracker.xlsx --sheet Pledges --to EUR -o audit.xlsx
  aidcalc normalize tracker.csv --lang de --names de --rates my-rates.csv -o audit.csv
  aidcalc extract article.txt --what pledges --format csv | aidcalc normalize - --format json

Rows that cannot be read are reported on stderr and left out; rows without a rate stay in
the output with the reason in rate_error. Either makes the exit status 1. CSV starts with
'# key: value' provenance lines, JSON lines with one {"_provenance": ...} line. Every column
of the input follows the audit columns: under its own name, or as NAME_as_written when the
audit holds its reading (donor names as codes, dates as ISO). -o FILE: .csv, .tsv, .json,
.jsonl, .xlsx (with a method sheet), .txt (a table), or no suffix for --format.
"""

# the audit columns, in this order (the converted ones are named after --to)
READ = ("donor", "recipient", "date", "date_precision", "amount", "value", "currency")
READ += ("qualifier", "high", "assumptions", "category", "measure", "basis")  # assumptions:
# only when some reading rests on a default (aidcalc.pledges.values)
RATE = ("rate", "rate_date", "rate_source", "rate_method", "rate_error")

METHOD_TEXT = (  # the default methodology, as headers state it
    "value date = announcement date; day -> last ECB fixing on or before it, "
    "month -> monthly mean, quarter -> quarterly mean, year -> annual mean"
)


def add_parser(subparsers) -> None:
    """Register ``aidcalc normalize``."""
    parser = add_command(
        subparsers,
        "normalize",
        help="write a pledge table back with every row converted and its rate on the record",
        description="Convert every row of a pledge table to one currency as of its value date, "
        "and write the rows back with the rate, fixing date, source and method of each.",
        examples=EXAMPLES,
    )
    parser.add_argument(
        "file", metavar="FILE", help="CSV, TSV, JSON(L) or xlsx (.gz too); - for stdin"
    )
    parser.add_argument("--to", default="EUR", type=str.upper, help="target currency (EUR)")
    parser.add_argument(
        "--method",
        choices=("exact", "previous", "nearest", "monthly", "quarterly", "annual"),
        help="rate method for every row (default: by the date's precision)",
    )
    add_reading_options(parser)
    add_format_option(parser, ("table", "csv", "json"))
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, its suffix picking the format: .csv, .tsv, .json/.jsonl, .xlsx "
        "(with a method sheet), .txt (a table); without a suffix --format",
    )
    parser.add_argument(
        "--names",
        metavar="LANG",
        help="show donors and recipients as country names in LANG (CLDR: en, de, fr, uk, …) "
        "instead of codes, as summary --names",
    )
    add_rates_option(parser)  # as summary: the rows use the rates the totals would use
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="as summary's: normalize always writes the valid rows and lists the others on "
        "stderr (exit status 1); the option changes nothing here",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    """Write the audit table; return 0, or 1 when any row could not be read or converted."""
    from ..errors import UnknownCurrency

    label = "<stdin>" if args.file == "-" else args.file
    problem = output_problem(args.output)
    if problem:
        print(f"aidcalc normalize: -o: {problem}", file=sys.stderr)
        return 2
    problem = names_problem(args.names) if args.names else None
    if problem:
        print(f"aidcalc normalize: {problem}", file=sys.stderr)
        return 2
    try:
        frame, errors, notes, table = read_input(args, with_table=True)
    except (OSError, ValueError) as error:
        print(f"aidcalc normalize: {label}: {error}", file=sys.stderr)
        return 1
    write_notes(f"aidcalc normalize: {label}", notes)
    rates = load_rates(args, "normalize")
    if rates is None:
        return 1
    try:
        audit = audit_rows(frame, args.to, args.method, rates=rates, table=table)
    except UnknownCurrency as error:
        print(f"aidcalc normalize: {error}", file=sys.stderr)
        return 2
    failed = audit["rate_error"].notna()
    unreadable = len({row for row, _, _ in errors})  # rows reading left out
    errors += flag_assumed(
        [(row, "amount", reason) for row, reason in audit.loc[failed, "rate_error"].items()], frame
    )
    if errors:
        write_invalid(label, errors)
    method = f"method: {args.method}" if args.method else METHOD_TEXT
    header = audit_header(args.to, notes, method, rate_sources(rates))
    assumed = assumption_text(frame)
    if assumed:
        header += f"; {assumed}"
    with_assumptions, codes = assumption_counts(frame)
    provenance = record(
        header, command="normalize", to=args.to, rate_sources=rate_sources(rates),
        method=method, rows=len(audit),
        rows_without_rate=int(failed.sum()), invalid_rows=unreadable,
        rows_with_assumptions=with_assumptions, assumptions=codes, notes=notes,
    )  # fmt: skip
    if args.names:
        audit = with_names(audit, args.names)
    write_output(audit, args.format, header, args.output, notes, rates, provenance)
    return 1 if errors else 0


def audit_rows(frame, to: str, method: str | None = None, rates=None, table=None):
    """Return the audit table of a pledge frame: ``row`` first, then ``READ``, the converted
    values, ``RATE``, ``source`` and ``note`` (``aidcalc.normalize`` with ``errors="coerce"``,
    with ``rates``: a ``Rates``, the shipped ones when None), then the input ``table``'s own
    columns (``input_columns``) when it is given."""
    from ..frames import normalize

    converted = normalize(frame, to, method=method, rates=rates, errors="coerce")
    suffix = to.lower()
    columns = [*READ, f"value_{suffix}", f"high_{suffix}", *RATE, "source", "note"]
    if "rate_error" not in converted:
        converted["rate_error"] = None
    audit = converted[[column for column in columns if column in converted.columns]].copy()
    audit["rate_date"] = audit["rate_date"].dt.strftime("%Y-%m-%d")
    audit.insert(0, "row", list(frame.index))
    if table is not None:
        audit = input_columns(audit, table)
    return audit


def input_columns(audit, table):
    """Return ``audit`` with every column of the input ``table`` (indexed by row number, as
    the file wrote it) that it does not already hold as written, in the file's order.

    A column the audit has no column of that name for (``project``, ``link``, ``lang``) keeps
    its own name. A column whose name the audit uses for its reading (``donor``, ``date``,
    ``value``, ``category``: names, dates and numbers as read) is added as
    ``<name>_as_written`` when some cell was read into something else (``Norway`` as ``NOR``,
    ``16.02.2024`` as ``2024-02-16``), so every cell of the input is on the record, verbatim.

    >>> import pandas as pd
    >>> audit = pd.DataFrame({"row": [2], "donor": ["NOR"], "note": ["x"]}, index=[2])
    >>> table = pd.DataFrame({"Donor": ["Norway"], "note": ["x"], "Project": ["P1"]}, index=[2])
    >>> input_columns(audit, table).columns.tolist()
    ['row', 'donor', 'note', 'donor_as_written', 'Project']
    """
    rows = table.loc[audit.index]
    added = {}
    for name in table.columns:
        label = str(name).strip()
        key = label.lower()
        cells = _texts(rows[name])
        if key not in audit.columns:
            added[label] = cells
        elif _read_into_another(_texts(audit[key]), cells):
            added[f"{key}_as_written"] = cells
    for label, cells in added.items():
        if label not in audit.columns:
            audit[label] = cells
    return audit


def _texts(column):
    """Return the cells of ``column`` as the stripped text a file shows (``_cell_text``), each
    distinct cell worked out once: an audit of a million rows holds a few thousand."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    texts = np.empty(len(uniques), dtype=object)
    texts[:] = [_cell_text(value) for value in uniques]
    return texts[codes]


def _read_into_another(ours, theirs) -> bool:
    """True when some cell of the input (``theirs``) differs from the audit's (``ours``) other
    than as the same number written two ways (``5000000.0``, ``5000000``)."""
    differ = ours != theirs
    if not differ.any():
        return False
    pairs = dict.fromkeys(zip(ours[differ].tolist(), theirs[differ].tolist(), strict=True))
    return not all(_same_number(mine, written) for mine, written in pairs)


def _cell_text(value) -> str:
    """Return a cell as the stripped text a file shows; a missing cell (None, NaN, NA) as ''."""
    import datetime as dt

    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value).strip()


def _same_number(ours: str, theirs: str) -> bool:
    """True when two cells are the same number written two ways (``5000000.0``, ``5000000``)."""
    try:
        return float(ours) == float(theirs)
    except ValueError:
        return False


def audit_header(
    to: str, notes: list[str], method: str = METHOD_TEXT, sources: list[str] | None = None
) -> str:
    """Return the line naming the rate sources with their last dates (``rate_sources``), the
    method and what was found while reading.

    >>> audit_header("USD", ["delimiter ';'"], "method: annual", ["ECB rates to 2026-10-30"])
    "Every row in USD with its rate; ECB rates to 2026-10-30; method: annual; delimiter ';'"
    """
    parts = [f"Every row in {to} with its rate", *(sources or []), method]
    parts += notes
    return "; ".join(parts)
