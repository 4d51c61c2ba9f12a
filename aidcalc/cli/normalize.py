"""``aidcalc normalize``: a pledge table written back with every row's conversion on the record.

Each row keeps what was read (donor, recipient, value date and its precision, the amount text,
value, currency, qualifier, range top, category, measure, basis, source) and gains the
converted value (``value_<to>``, ``high_<to>``), the rate, its fixing date (the first day of
the period for a monthly, quarterly or annual mean), its source and method, or the reason it
has none (``rate_error``): the audit trail behind a published total. ``summary --rows`` writes
the same table.
"""

from __future__ import annotations

import sys

from .output import add_command, add_format_option, output_problem, write_invalid, write_output
from .provenance import assumption_counts, assumption_text, flag_assumed, rate_sources, record
from .reading import add_reading_options, read_input, write_notes

EXAMPLES = """examples:
  aidcalc normalize data/pledges/lithuania-ukraine-2024.csv --to USD
  aidcalc normalize tracker.xlsx --sheet Pledges --to EUR -o audit.xlsx
  aidcalc extract article.txt --what pledges --format csv | aidcalc normalize - --format json

Rows that cannot be read are reported on stderr and left out; rows without a rate stay in
the output with the reason in rate_error. Either makes the exit status 1. CSV starts with
'# key: value' provenance lines, JSON lines with one {"_provenance": ...} line.
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
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (.xlsx too)")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Write the audit table; return 0, or 1 when any row could not be read or converted."""
    from ..errors import UnknownCurrency

    label = "<stdin>" if args.file == "-" else args.file
    problem = output_problem(args.output)
    if problem:
        print(f"aidcalc normalize: -o: {problem}", file=sys.stderr)
        return 2
    try:
        frame, errors, notes = read_input(args)
    except (OSError, ValueError) as error:
        print(f"aidcalc normalize: {label}: {error}", file=sys.stderr)
        return 1
    write_notes(f"aidcalc normalize: {label}", notes)
    try:
        audit = audit_rows(frame, args.to, args.method)
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
    header = audit_header(args.to, notes)
    assumed = assumption_text(frame)
    if assumed:
        header += f"; {assumed}"
    with_assumptions, codes = assumption_counts(frame)
    from ..rates import Rates

    provenance = record(
        header, command="normalize", to=args.to, rate_sources=rate_sources(Rates.default()),
        method=f"method: {args.method}" if args.method else METHOD_TEXT, rows=len(audit),
        rows_without_rate=int(failed.sum()), invalid_rows=unreadable,
        rows_with_assumptions=with_assumptions, assumptions=codes, notes=notes,
    )  # fmt: skip
    write_output(audit, args.format, header, args.output, notes, provenance=provenance)
    return 1 if errors else 0


def audit_rows(frame, to: str, method: str | None = None):
    """Return the audit table of a pledge frame: ``row`` first, then ``READ``, the converted
    values and ``RATE`` (``aidcalc.normalize`` with ``errors="coerce"``)."""
    from ..frames import normalize

    converted = normalize(frame, to, method=method, errors="coerce")
    suffix = to.lower()
    columns = [*READ, f"value_{suffix}", f"high_{suffix}", *RATE, "source"]
    if "rate_error" not in converted:
        converted["rate_error"] = None
    audit = converted[[column for column in columns if column in converted.columns]].copy()
    audit["rate_date"] = audit["rate_date"].dt.strftime("%Y-%m-%d")
    audit.insert(0, "row", list(frame.index))
    return audit


def audit_header(to: str, notes: list[str]) -> str:
    """Return the line naming the method and what was found while reading."""
    parts = [f"Every row in {to} with its rate", METHOD_TEXT]
    parts += notes
    return "; ".join(parts)
