"""``aidcalc summary``: totals of a pledge table (or the Kiel dataset) by donor and year."""

from __future__ import annotations

import sys

from ..pledges.schema import MEASURES
from .normalize import METHOD_TEXT
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

FORMATS = ("table", "csv", "json", "markdown")
DATASETS = ("kiel", "sample")

EXAMPLES = """examples:
  aidcalc summary data/pledges/lithuania-ukraine-2024.csv --to USD
  aidcalc summary --dataset kiel --by donor,year
  aidcalc summary --dataset kiel --by donor,year --per gdp --format csv
  aidcalc summary pledges.xlsx --measure pledge --plot totals.png
  aidcalc summary data/pledges/lithuania-ukraine-2024.csv --cumulative
  aidcalc summary tracker.csv --date-format DMY --lang de --rows
  aidcalc extract article.txt --what pledges --format csv | aidcalc summary -
  aidcalc summary --dataset kiel --by donor --per gdp --gdp-year 2021 --names de
  aidcalc summary pledges.csv --names fr --plot totals.svg -o totals.xlsx
  aidcalc summary flows.json --compare     # FTS flows: our USD next to FTS amountUSD

Cumulative statements ("has provided over 683 million euros") are left out of totals;
--cumulative shows each donor's latest one instead. Bad rows are all reported on stderr
and the exit status is 1; --skip-invalid totals the valid rows and still lists the rest.
Rows that repeat another (identical rows, a package and its items) are listed on stderr (the
first 20 groups, then how many more; --all-duplicates lists every group) and counted once
unless --keep-duplicates. What was found rather than given (delimiter, header
row, sheet, encoding, day-first or month-first dates) is printed on stderr; an encoding
guessed by its letters (cp1252, cp1250, cp1251) is named in the errors of rows it may have
garbled, and --encoding NAME decides it. An empty file, or one that is no text (a workbook
saved as .csv, a PDF, NUL bytes), is one error naming what it is, status 1.
-o FILE writes CSV, TSV, JSON lines or an .xlsx workbook (the table with number and date
cells, and a "method" sheet) by its suffix; CSV and TSV cells that a spreadsheet would run as
a formula (=, +, -, @ first) get a leading '. --names LANG shows country names (CLDR).
CSV starts with '# key: value' provenance lines (pandas.read_csv(..., comment="#") skips
them), JSON lines with one {"_provenance": ...} line: rate sources and their last dates,
method, counts, assumptions.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc summary``."""
    parser = add_command(
        subparsers,
        "summary",
        help="total a pledge table by donor and year",
        description="Convert every pledge to one currency as of its value date and total them "
        "by donor and year (or any pledge columns).",
        examples=EXAMPLES,
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="CSV, TSV, JSON(L) or xlsx (.gz too); - for stdin"
    )
    parser.add_argument("--dataset", choices=DATASETS, help="a shipped dataset instead of FILE")
    parser.add_argument(
        "--by",
        help="columns to group by (default donor,year; donor,year,measure when the rows mix "
        "measures and --measure picks none)",
    )
    parser.add_argument("--to", default="EUR", type=str.upper, help="target currency (EUR)")
    parser.add_argument("--per", choices=("gdp", "capita"), help="add share of GDP or per capita")
    parser.add_argument(
        "--gdp-year",
        type=int,
        metavar="YEAR",
        help="with --per gdp: every share is of the donor's GDP in YEAR (as the Kiel tracker "
        "publishes them, e.g. 2021); then --by donor is enough",
    )
    parser.add_argument(
        "--measure",
        type=str.lower,
        choices=MEASURES,
        help="total only this measure (pledge, commitment, allocation, disbursement)",
    )
    parser.add_argument(
        "--method",
        choices=("exact", "previous", "nearest", "monthly", "quarterly", "annual"),
        help="rate method for every row (default: by the date's precision)",
    )
    parser.add_argument(
        "--cumulative", action="store_true", help="show each donor's latest cumulative statement"
    )
    parser.add_argument("--skip-invalid", action="store_true", help="total the valid rows only")
    add_reading_options(parser)
    parser.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="count rows that repeat another (identical rows, a package and its items)",
    )
    parser.add_argument(
        "--all-duplicates",
        action="store_true",
        help=f"list every group of repeated rows on stderr (default: the first "
        f"{DUPLICATE_GROUPS_SHOWN}, then how many more)",
    )
    parser.add_argument(
        "--rows",
        action="store_true",
        help="write every counted row with its rate instead of the totals (the audit trail)",
    )
    parser.add_argument(
        "--plot",
        metavar="FILE",
        help="also draw a bar chart, PNG, SVG or PDF by the suffix (extra 'plot')",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="for rows with the publisher's own USD value (FTS amountUSD), show our conversion "
        "to USD next to theirs, with the difference in %%",
    )
    parser.add_argument(
        "--names",
        metavar="LANG",
        help="show donors and recipients as country names in LANG (CLDR: en, de, fr, uk, …) "
        "instead of codes, in the table and the plot",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, its suffix picking the format: .csv, .tsv, .json/.jsonl, .xlsx "
        "(with a method sheet), .txt (a table), .md (markdown); without a suffix --format",
    )
    add_format_option(parser, FORMATS)
    add_rates_option(parser)  # issue 12: --rates FILE, see the block at the end
    parser.set_defaults(run=run)


def run(args) -> int:
    """Print the totals; return 0, or 1 when any row could not be handled (2 on wrong usage).

    The garbage collector is off while it runs: a summary makes millions of objects (the
    lexicon, the readings, the groups of repeated rows) and no cycle worth collecting, and
    its collections cost ~0.5 s of a 1M-row table's run. Memory it frees is kept for its next
    arrays while it runs (``keep_freed_memory``)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    kept = keep_freed_memory(True)
    try:
        return _run(args)
    finally:
        if kept:
            keep_freed_memory(False)
        if enabled:
            gc.enable()


# glibc's mallopt parameters (malloc.h) and their defaults (malloc.c, malloc-machine.h)
M_TOP_PAD = -2
MALLOC_DEFAULTS = {M_TOP_PAD: 128 * 1024}
# while summary runs: the heap grows, and is trimmed, 256 MiB at a time
MALLOC_KEEP = {M_TOP_PAD: 256 << 20}


def keep_freed_memory(keep: bool) -> bool:
    """Ask glibc's malloc to keep the memory freed on its heap (``keep``), or to give it back
    to the system past its default 128 KiB again; return whether it was asked (False on
    another C library). A summary makes and drops arrays of a million cells one after the
    other; given back and taken again, each page is a page fault and a zeroing by the kernel
    (190,000 faults and ~1.4 s of system time on the 1M-row bench; ~135,000 and ~1.0 s with
    the memory kept, for ~70 MB more peak). The readings are the same either way.

    >>> keep_freed_memory(True) in (True, False), keep_freed_memory(False) in (True, False)
    (True, True)
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):  # no mallopt there
        return False
    for parameter, value in (MALLOC_KEEP if keep else MALLOC_DEFAULTS).items():
        if not mallopt(parameter, value):
            return False
    return True


def _run(args) -> int:
    from ..amount import check_currency
    from ..errors import MixedMeasures
    from ..pledges.totals import counted_rows, totals

    if bool(args.file) == bool(args.dataset):
        return usage("give a FILE or --dataset, not both or neither")
    keys = [key.strip().lower() for key in (args.by or BY).split(",") if key.strip()]
    if args.gdp_year is not None and args.per != "gdp":
        return usage("--gdp-year needs --per gdp")
    if args.gdp_year is not None:
        from ..pledges.totals import check_gdp_year

        try:
            check_gdp_year(args.per, args.gdp_year)
        except ValueError as error:
            return usage(f"--gdp-year: {error}")
        if "donor" not in keys:
            return usage("--per gdp needs donor in --by")
    elif args.per and not {"donor", "year"} <= set(keys):
        return usage(
            f"--per {args.per} needs donor and year in --by (GDP of which year?), "
            "or donor and --gdp-year YEAR"
        )
    from ..errors import UnknownCurrency

    try:
        check_currency(args.to)
    except UnknownCurrency as error:
        return usage(f"--to: {error}")
    problem = output_problem(args.output, FORMATS)
    if problem:
        return usage(f"-o: {problem}")
    problem = names_problem(args.names) if args.names else None
    if problem:
        return usage(problem)
    if args.plot:
        from .plot import plot_problem

        problem = plot_problem(args.plot)
        if problem:
            return usage(f"--plot: {problem}")
    label = "<stdin>" if args.file == "-" else args.file or args.dataset
    try:
        frame, errors, notes, *table = load(args)
    except (OSError, ValueError) as error:
        print(f"aidcalc summary: {label}: {error}", file=sys.stderr)
        return 1
    write_notes(f"aidcalc summary: {label}", notes)
    missing = [key for key in keys if key not in frame.columns]
    if missing:
        return usage(not_a_column(missing, frame.columns))

    rates = load_rates(args, "summary")  # issue 12: with the user's table (--rates FILE)
    if rates is None:
        return 1
    repeats = duplicates_left_out(frame)
    frame, reviewed = drop_reviewed(frame)  # review first: extraction knows parts and repeats
    if args.compare:
        from .compare import run_compare

        return run_compare(args, frame, label, errors, notes, rates, rates_vintage(rates))
    if args.cumulative:
        return run_cumulative(args, frame, keys, errors, rates)
    frame, merged = merge_duplicates(frame, label, args.keep_duplicates, args.all_duplicates)
    if args.rows:
        review = (reviewed, repeats)
        return run_rows(args, frame, label, errors, merged, notes, review, rates, *table)
    try:
        result, uncounted = totals(
            frame, keys, args.to, per=args.per, errors="coerce", measure=args.measure,
            method=args.method, rates=rates, gdp_year=args.gdp_year,
        )  # fmt: skip
    except MixedMeasures as error:
        if args.by is not None:  # the grouping asked for adds measures together: refused
            print(f"aidcalc summary: {label}: {error}", file=sys.stderr)
            return 1
        keys = [*keys, "measure"]  # the default grouping: one total per measure instead
        print(f"aidcalc summary: {label}: {by_measure_note(error)}", file=sys.stderr)
        result, uncounted = totals(
            frame, keys, args.to, per=args.per, errors="coerce", measure=args.measure,
            method=args.method, rates=rates, gdp_year=args.gdp_year,
        )  # fmt: skip
    errors += flag_assumed(
        [(row, "amount", reason) for row, reason in uncounted["reason"].items()], frame
    )
    if errors:
        report(label, errors, args.skip_invalid)
        if not args.skip_invalid and blocking(errors):
            return 1
    result = result.sort_values("total", ascending=False, kind="stable").reset_index(drop=True)
    left_out = int((frame["basis"] == "cumulative").sum())
    skipped = len({row for row, _, _ in errors})
    counted = int(result["count"].sum())
    used = counted_rows(frame, measure=args.measure)
    if len(uncounted):  # else every row is used: no copy of a million rows
        used = used[~used.index.isin(uncounted.index)]
    with_assumptions, codes = assumption_counts(used)  # once, for the header and the record
    flags = scale_flags_of(args, used, rates)
    yearly = report_yearly(label, used)
    header = totals_header(
        args, keys, rates, counted, left_out, skipped=skipped, merged=merged,
        assumed=assumption_text(used, (with_assumptions, codes)), yearly=yearly,
    )  # fmt: skip
    if flags:
        header += f"; rows flagged for scale: {len({row for row, _ in flags})} (listed on stderr)"
    candidates = unreviewed_candidates(frame, args.measure, set(uncounted.index), reviewed)
    header += review_text(reviewed, candidates, repeats)
    provenance = record(
        header, command="summary", to=args.to, by=keys, data=dataset_label(args),
        rate_sources=rate_sources(rates), method=method_text(args), measure=args.measure,
        rows_counted=counted, cumulative_left_out=left_out, invalid_rows_skipped=skipped,
        duplicate_rows_merged=merged, rows_left_out_by_review=reviewed,
        duplicates_left_out_by_review=repeats if reviewed is not None else None,
        unreviewed_candidates_counted=candidates, rows_with_assumptions=with_assumptions,
        assumptions=codes, **({"yearly_rows_counted": yearly} if yearly else {}), notes=notes,
    )  # fmt: skip
    if flags:  # only when a row is flagged: the record of a table without flags is unchanged
        provenance["rows_flagged_for_scale"] = len({row for row, _ in flags})
        provenance["header"] = provenance.pop("header")
        write_flagged(label, flags)
    if args.names:
        result = with_names(result, args.names)
    write_output(result, args.format, header, args.output, notes, rates, provenance)
    if args.plot:
        from .plot import plot_totals

        try:
            plot_totals(result, keys, args.to, args.plot, footnote=header)
        except OSError as error:  # e.g. no permission to write there
            print(f"aidcalc summary: --plot: {error.strerror or error}", file=sys.stderr)
            return 1
    return 1 if errors else 0


# the grouping without --by; rows that mix measures are grouped by measure too (``by_measure_note``)
BY = "donor,year"


def by_measure_note(error) -> str:
    """Return the line that says why a summary without ``--by`` groups by measure too: its rows
    mix measures (``error``, the ``MixedMeasures`` the default grouping raised), which are never
    added together (a pledge and its disbursement are the same money twice).

    >>> note = by_measure_note(ValueError("the rows mix measures (allocation, pledge): adding"))
    >>> for part in note.split(": "):
    ...     print(part)
    the rows mix measures (allocation, pledge), never added together
    totals by donor, year, measure; --measure NAME totals one measure
    """
    mixed = str(error).split(":", 1)[0]
    return (
        f"{mixed}, never added together: totals by {BY.replace(',', ', ')}, measure; "
        "--measure NAME totals one measure"
    )


def run_rows(
    args, frame, label: str, errors, merged: int, notes: list[str], review, rates=None,
    table=None,
) -> int:  # fmt: skip
    """Write the rows ``summary`` counts, each with its rate (``--rows``): converted with
    ``rates``, the rates the totals use (the shipped ones, plus ``--rates FILE``), followed by
    the input ``table``'s own columns (``aidcalc.cli.normalize.input_columns``)."""
    reviewed, repeats = review
    from ..pledges.totals import counted_rows
    from .normalize import audit_rows

    rates = rates if rates is not None else default_rates()
    rows = counted_rows(frame, measure=args.measure)
    audit = audit_rows(rows, args.to, args.method, rates=rates, table=table)
    failed = audit["rate_error"].notna()
    unreadable = len({row for row, _, _ in errors})  # rows reading left out
    errors += flag_assumed(
        [(row, "amount", reason) for row, reason in audit.loc[failed, "rate_error"].items()], rows
    )
    if errors:
        write_invalid(label, errors)
    left_out = len(frame) - len(rows)
    header = (
        f"Rows counted in {args.to}, each with its rate; {rates_vintage(rates)}; "
        f"{method_text(args)}; rows left out (cumulative or another measure): {left_out}"
    )
    if merged:
        header += f"; duplicate rows merged: {merged} (listed on stderr)"
    yearly = report_yearly(label, rows)
    if yearly:
        header += f"; yearly amounts, each one year's instalment: {yearly} (listed on stderr)"
    with_assumptions, codes = assumption_counts(rows)
    assumed = assumption_text(rows, (with_assumptions, codes))
    if assumed:
        header += f"; {assumed}"
    candidates = unreviewed_candidates(frame, args.measure, set(audit.index[failed]), reviewed)
    header += review_text(reviewed, candidates, repeats)
    flags = scale_flags_of(args, rows[~rows.index.isin(audit.index[failed])], rates)
    if flags:
        header += f"; rows flagged for scale: {len({row for row, _ in flags})} (listed on stderr)"
    provenance = record(
        header, command="summary --rows", to=args.to, rate_sources=rate_sources(rates),
        method=method_text(args), rows=len(rows), rows_without_rate=int(failed.sum()),
        rows_left_out=left_out, invalid_rows=unreadable,
        duplicate_rows_merged=merged, rows_left_out_by_review=reviewed,
        duplicates_left_out_by_review=repeats if reviewed is not None else None,
        unreviewed_candidates_counted=candidates, rows_with_assumptions=with_assumptions,
        assumptions=codes, **({"yearly_rows_counted": yearly} if yearly else {}), notes=notes,
    )  # fmt: skip
    if flags:
        provenance["rows_flagged_for_scale"] = len({row for row, _ in flags})
        provenance["header"] = provenance.pop("header")
        write_flagged(label, flags)
    if args.names:
        audit = with_names(audit, args.names)
    write_output(audit, args.format, header, args.output, notes, rates, provenance)
    return 1 if errors else 0


def scale_flags_of(args, used, rates) -> list:
    """Return the scale flags of the rows a summary counts (``aidcalc.pledges.sanity``): of a
    FILE only; a shipped ``--dataset`` holds values as their publisher checked them."""
    if args.dataset:
        return []
    from ..pledges.sanity import scale_flags

    return scale_flags(used, rates)


def write_flagged(label: str, flags, stream=None) -> None:
    """Write each flagged row to stderr as ``FILE: row N, value: flagged, not refused: …``, in
    row order, then one line counting them; the rows are counted in the totals."""
    stream = stream or sys.stderr
    write_invalid(label, [(row, "value", f"flagged, not refused: {why}") for row, why in flags])
    rows = len({row for row, _ in flags})
    print(
        f"aidcalc summary: {label}: {rows} row(s) flagged for scale: counted in the totals; "
        "check them",
        file=stream,
    )


def drop_reviewed(frame):
    """Return (the frame without the rows review leaves out, how many; None without review
    columns): rejected rows, parts of a counted whole, repeats of a counted first row
    (``aidcalc.pledges.totals.reviewed_out``)."""
    from ..pledges.totals import reviewed_out

    out = reviewed_out(frame)
    if out is None:
        return frame, None
    return (frame[~out] if out.any() else frame), int(out.sum())


def unreviewed_candidates(frame, measure, uncounted: set, reviewed) -> int | None:
    """Return how many unreviewed ``candidate`` rows are counted (None without review
    columns)."""
    from ..pledges.totals import counted_rows

    if reviewed is None:
        return None
    rows = counted_rows(frame, measure=measure)
    if "status" not in rows.columns:
        return 0
    is_candidate = (rows["status"] == "candidate").to_numpy()
    return sum(1 for row in rows.index[is_candidate] if row not in uncounted)


def review_text(reviewed, candidates, repeats: int = 0) -> str:
    """Return the header's words on review (empty without review columns): the rows left out
    as rejected, parts or duplicates, of them the duplicates (the same pledge in another
    sentence or from another outlet, counted once), and the unreviewed ``candidate`` rows
    counted."""
    if reviewed is None:
        return ""
    return (
        f"; rows left out by review (rejected, parts, duplicates): {reviewed}"
        f" (duplicates: {repeats})"
        f"; unreviewed candidates counted: {candidates}"
    )


def duplicates_left_out(frame) -> int:
    """Return how many rows review leaves out as a ``duplicate_of`` a row (the rows that are
    not rejected or parts themselves and point at a row that is not rejected)."""
    from ..pledges.totals import reviewed_out

    if "duplicate_of" not in frame.columns:
        return 0
    out = reviewed_out(frame)
    links = frame["duplicate_of"].notna().to_numpy().copy()
    if "status" in frame.columns:
        links &= (frame["status"] != "rejected").to_numpy()
    if "part_of" in frame.columns:
        links &= frame["part_of"].isna().to_numpy()
    return int((out & links).sum())


def not_a_column(missing: list[str], columns) -> str:
    """Return the usage message for --by keys that are not columns: the valid ones, the closest."""
    import difflib

    valid = [str(column) for column in columns]
    hints = []
    for key in missing:
        close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
        hints.append(f"{key!r} (did you mean {close[0]!r}?)" if close else repr(key))
    return (
        f"cannot group by {', '.join(hints)}: not a pledge column; "
        f"the columns are {', '.join(valid)}"
    )


# Groups of repeated rows listed one by one on stderr; past them one line says how many more
# (a 1M-row export may hold 50,000 groups, whose lines would bury the other messages)
DUPLICATE_GROUPS_SHOWN = 20


def merge_duplicates(frame, label: str, keep: bool, show_all: bool = False):
    """Return (the frame with each duplicate group counted once, rows merged); list the groups
    on stderr: the first ``DUPLICATE_GROUPS_SHOWN``, then how many more groups and rows, or
    every group with ``show_all`` (--all-duplicates). With ``keep`` (--keep-duplicates) the
    groups are listed but every row counts."""
    from ..pledges.duplicates import describe_groups, find_duplicates

    counted, groups = find_duplicates(frame)
    shown = groups if show_all else groups[:DUPLICATE_GROUPS_SHOWN]
    suffix = " (kept: --keep-duplicates)" if keep else ""
    for line in describe_groups(shown):
        print(f"aidcalc summary: {label}: {line}{suffix}", file=sys.stderr)
    hidden = groups[len(shown) :]
    if hidden:
        rows = sum(len(members) for _, members in hidden)
        print(
            f"aidcalc summary: {label}: {len(hidden):,} more groups of repeated rows "
            f"({rows:,} rows) not listed{suffix}; --all-duplicates lists every group",
            file=sys.stderr,
        )
    if keep or counted.all():
        return frame, 0
    return frame[counted], int((~counted).sum())


def usage(message: str) -> int:
    """Report wrong usage on stderr; return exit status 2."""
    print(f"aidcalc summary: {message}", file=sys.stderr)
    return 2


def load(args):
    """Return (pledge frame, bad rows, notes) of the FILE or --dataset; bad rows are left out.
    With ``--rows`` a FILE's own table follows (``read_input(with_table=True)``)."""
    from ..pledges.read import read_pledges

    if args.dataset == "kiel":
        from ..pledges.datasets import kiel

        return kiel(), [], []
    if args.dataset == "sample":
        from ..pledges.datasets import sample_pledges

        return read_pledges(sample_pledges()), [], []
    return read_input(args, with_table=args.rows)  # --rows keeps the input's own columns


def run_cumulative(args, frame, keys, errors, rates) -> int:
    """Print each group's latest cumulative statement (``--cumulative``)."""
    from ..errors import RateNotAvailable, UnknownCurrency
    from ..pledges.totals import latest_cumulative

    label = "<stdin>" if args.file == "-" else args.file or args.dataset
    if errors:
        report(label, errors, args.skip_invalid)
        if not args.skip_invalid and blocking(errors):
            return 1
    by = [key for key in keys if key != "year"] or ["donor"]
    if "donor" in by and "donor" in frame.columns:
        # a total of givers the text does not name (flagged on reading): no donor's latest
        frame = frame[frame["donor"].notna() & (frame["donor"] != "")]
    try:
        result = latest_cumulative(frame, to=args.to, by=by, rates=rates)
    except (RateNotAvailable, UnknownCurrency) as error:
        print(f"aidcalc summary: {label}: {error}", file=sys.stderr)
        return 1
    header = (
        f"Latest cumulative statement per {', '.join(by)}, in {args.to}; "
        f"{rates_vintage(rates)}; {METHOD_TEXT}"
    )
    provenance = record(
        header, command="summary --cumulative", to=args.to, by=by, data=dataset_label(args),
        rate_sources=rate_sources(rates), method=METHOD_TEXT,
        invalid_rows_skipped=len({row for row, _, _ in errors}),
    )  # fmt: skip
    if args.names:
        result = with_names(result, args.names)
    write_output(result, args.format, header, args.output, (), rates, provenance)
    return 1 if errors else 0


def blocking(errors) -> list:
    """Return the bad rows that stop the totals without ``--skip-invalid``: all but the rows of
    ``aidcalc extract`` whose text named no giver (``read.NO_GIVER``), which are left out of
    the totals and reported, the other rows totalled (exit status 1 all the same)."""
    from ..pledges.read import NO_GIVER

    return [e for e in errors if not (e[1] == "donor" and str(e[2]).startswith(NO_GIVER))]


def report(label: str, errors, skipped: bool = False) -> None:
    """Write every bad row to stderr as ``FILE: row N, column: reason``, in row order, then
    one line that says what became of them (exit status 1 either way)."""
    write_invalid(label, errors)
    count = len({row for row, _, _ in errors})
    if skipped or not blocking(errors):
        outcome = "skipped, the valid rows are totalled (exit status 1)"
    else:
        outcome = "nothing totalled; --skip-invalid totals the valid rows"
    if not blocking(errors):  # rows of a text without a giver: left out, never a bad table
        outcome = "no donor, left out of the totals; the other rows are totalled (exit status 1)"
    print(f"aidcalc summary: {label}: {count} invalid row(s): {outcome}", file=sys.stderr)


def ecb_end(rates) -> str:
    """Return the last ECB fixing date the rates hold, as ISO text."""
    return rates.ecb_last_date.isoformat()


def totals_header(
    args, keys, rates, counted: int, left_out: int, skipped: int = 0, merged: int = 0,
    assumed: str = "", yearly: int = 0,
) -> str:  # fmt: skip
    """Return the line naming the data, the method and the vintage of the totals; ``yearly``
    is the number of yearly rows counted as one year's instalment (``report_yearly``)."""
    parts = [f"Totals in {args.to} by {', '.join(keys)}"]
    if args.dataset == "kiel":
        from ..pledges.datasets import kiel_release

        release = kiel_release()
        parts.append(f"Kiel Institute, {release['label']}, values in EUR as published")
    parts.append(rates_vintage(rates))
    if args.method:
        parts.append(f"method: {args.method}")
    elif args.dataset == "kiel":  # Kiel dates are allocation months, already in EUR
        parts.append("value date = Kiel allocation month; month -> monthly mean")
    else:
        parts.append(METHOD_TEXT)
    if args.per:
        from ..pledges import indicators

        indicator = "GDP (current US$)" if args.per == "gdp" else "population"
        name = indicators.GDP if args.per == "gdp" else indicators.POPULATION
        parts.append(f"World Bank WDI {indicator}, {indicators.release(name)}")
        if getattr(args, "gdp_year", None) is not None:
            parts.append(f"shares of {args.gdp_year} GDP (one GDP year for every row)")
        elif args.per == "gdp":
            parts.append("shares of the GDP of each row's year (gdp_year)")
    if args.measure:
        parts.append(f"measure: {args.measure}")
    parts.append(f"rows counted: {counted}; cumulative statements left out: {left_out}")
    if skipped:
        parts.append(f"invalid rows skipped: {skipped} (listed on stderr)")
    if merged:
        parts.append(f"duplicate rows merged: {merged} (listed on stderr)")
    if yearly:
        parts.append(
            f"yearly amounts counted once, as the instalment of their year: {yearly} "
            "(listed on stderr)"
        )
    if assumed:
        parts.append(assumed)
    return "; ".join(parts)


def report_yearly(label: str, used) -> int:
    """List on stderr each counted row whose basis is ``per-year`` ("€4bn a year until 2027":
    one year's instalment, counted once under the year of its date, never the sum of the
    period; docs/aggregation.md, "Yearly amounts") and return how many there are."""
    if "basis" not in used.columns:
        return 0
    yearly = used[(used["basis"] == "per-year").to_numpy(dtype=bool)]
    for index, row in yearly.iterrows():
        print(
            f"aidcalc summary: {label}: row {index}: a yearly amount ({row.get('donor')}, "
            f"{row.get('date')}): counted once, as the instalment of its year",
            file=sys.stderr,
        )
    return len(yearly)


def dataset_label(args) -> str | None:
    """Return the shipped dataset's name and release (``--dataset``), else None."""
    if args.dataset == "kiel":
        from ..pledges.datasets import kiel_release

        return f"Kiel Institute, {kiel_release()['label']}, values in EUR as published"
    if args.dataset == "sample":
        return "aidcalc sample pledges"
    return None


def method_text(args) -> str:
    """Return the rate method as the totals header states it."""
    if args.method:
        return f"method: {args.method}"
    if args.dataset == "kiel":
        return "value date = Kiel allocation month; month -> monthly mean"
    return METHOD_TEXT


def default_rates():
    """Return the shipped rates (with the user's update), as ``normalize`` converts with them."""
    from ..rates import Rates

    return Rates.default()


# -- the rate sources (issue 12): --rates FILE and the last date of each source -----------------
# the names of the sources (VINTAGE_NAMES) and rate_sources are in .provenance: the CSV and
# JSON records name them too


def rates_vintage(rates) -> str:
    """Return the last date of each dated rate source (``Rates.coverage()``), e.g. ``ECB
    reference rates to 2026-10-30, NBU official UAH rates to 2025-10-20, World Bank annual rates
    to 2025``, then the user's table when one is given."""
    return ", ".join(rate_sources(rates))
