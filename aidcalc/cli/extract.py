"""``aidcalc extract``: money amounts or pledge candidates from news text files."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from functools import partial
from pathlib import Path

from .output import Progress, add_command, add_format_option

AMOUNT_COLUMNS = (
    "file",
    "start",
    "end",
    "text",
    "amount",
    "value",
    "currency",
    "qualifier",
    "high",
    "equivalent_of",
    "assumptions",
    "deviation",
)
# what a table shows (the sentence is cut to NOTE_WIDTH characters)
PLEDGE_TABLE = (
    "file",
    "donor",
    "recipient",
    "date",
    "amount",
    "category",
    "measure",
    "basis",
    "note",
)
NOTE_WIDTH = 60
PROGRESS_FROM = 10  # files; fewer finish before a bar would help

EXAMPLES = """examples:
  aidcalc extract article.txt
  aidcalc extract article.txt --published 2024-11-04 --what pledges
  aidcalc extract news/*.txt --what pledges --format csv > pledges.csv
  aidcalc summary pledges.csv --by donor
  cat article.txt | aidcalc extract - --lang de --format json

amounts: every money amount with its offsets; a restatement ("($763 million)") names the row
it restates (equivalent_of) and, with --published, how far it is from the reference rate.
Each amount row names the defaults its reading rests on (assumptions: dollar-usd,
decimal-default, …; see docs/parsing.md); with --strict those amounts are left out and
reported, and the exit status is 1.
pledges: one candidate row per amount that is not a restatement, in the pledge schema, with
the sentence in source and note for review. A file that cannot be read is reported and the
exit status is 1.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc extract``."""
    parser = add_command(
        subparsers,
        "extract",
        help="find money amounts or pledge candidates in news text",
        description="Find the money amounts in news texts, or turn them into pledge candidates.",
        examples=EXAMPLES,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    parser.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="publication date (YYYY-MM-DD): resolves 'In September' and dates "
        "rows whose sentence states none",
    )
    parser.add_argument("--lang", help="language of the texts (ISO 639-1); inferred if not given")
    parser.add_argument(
        "--what",
        choices=("amounts", "pledges"),
        default="amounts",
        help="amounts (default) or pledge candidates",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="amounts: leave out and report every amount whose reading rests on a default",
    )
    add_format_option(parser)
    parser.set_defaults(run=run)


def _published(text: str) -> str:
    from ..dates import parse_value_date

    try:
        return str(parse_value_date(text))
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def read_text(name: str) -> tuple[str, list[str]]:
    """Return (text, problems) of file ``name`` (stdin for ``-``), read as bytes and decoded
    line by line: a line that is not UTF-8 is left empty and named in ``problems``."""
    from .streams import decode_text

    if name == "-":
        binary = getattr(sys.stdin, "buffer", None)
        if binary is None:  # a text stream put in place of stdin
            return sys.stdin.read(), []
        return decode_text(binary.read())
    return decode_text(Path(name).read_bytes())


def amount_rows(
    name: str,
    text: str,
    lang: str | None,
    published: str | None,
    strict: bool = False,
    refused: list | None = None,
) -> list[dict]:
    """Return one row per money amount in ``text``; with ``strict``, only those whose reading
    rests on no default (the others are reported on stderr and appended to ``refused``)."""
    from ..parsing import extract_amounts

    mentions = extract_amounts(text, lang=lang)
    if published and any(m.equivalent_of is not None for m in mentions):
        from ..news.candidates import link_deviations

        mentions = link_deviations(mentions, published)
    places = Decimal("0.0001")
    rows = []
    for m in mentions:
        if strict and m.assumptions:
            print(
                f"aidcalc extract: {name}:{m.start}: {text[m.start : m.end]!r} rests on "
                f"{', '.join(m.assumptions)} (left out under --strict)",
                file=sys.stderr,
            )
            if refused is not None:
                refused.append(m)
            continue
        rows.append(
            {
                "file": name,
                "start": m.start,
                "end": m.end,
                "text": text[m.start : m.end],
                "amount": str(m.amount),
                "value": m.amount.value,
                "currency": m.amount.currency,
                "qualifier": m.amount.qualifier,
                "high": m.amount.high,
                "equivalent_of": m.equivalent_of,
                "assumptions": " ".join(m.assumptions),
                "deviation": m.deviation.quantize(places) if m.deviation is not None else None,
            }
        )
    return rows


def pledge_rows(name: str, text: str, lang: str | None, published: str | None) -> list[dict]:
    """Return the pledge candidates of ``text``; ``amount`` as ``parse_amount`` reads it back."""
    from ..news.candidates import pledge_candidates

    rows = pledge_candidates(text, published=published, lang=lang)
    for row in rows:
        amount = row["parsed"]
        row.update(file=name, amount=str(amount), value=amount.value, high=amount.high)
    return rows


def run(args) -> int:
    """Print the rows of every file as it is read; return 1 when any file or line could not be
    read."""
    from .streams import TALLY, emit

    if args.what == "pledges":
        from ..news.candidates import COLUMNS

        columns = PLEDGE_TABLE if args.format == "table" else ("file", *COLUMNS)
    else:
        columns = AMOUNT_COLUMNS
    undated: list = []
    refused: list = []  # amounts left out under --strict
    rows = file_rows(args, undated, refused)
    table = None if args.what == "pledges" else partial(_amount_table, bool(args.published))
    emit(rows, columns, args.format, table=table, cut={"note": NOTE_WIDTH})
    if undated:
        print("aidcalc extract: some rows have no date: pass --published", file=sys.stderr)
    return 1 if TALLY.failures or refused else 0


def _amount_table(published: bool, rows) -> list[str]:
    """Return the columns of an amounts table: deviations only with a publication date, the
    assumptions column only when some reading rests on one."""
    shown = {"deviation": published, "assumptions": any(row["assumptions"] for row in rows)}
    return [column for column in AMOUNT_COLUMNS if shown.get(column, True)]


def file_rows(args, undated: list, refused: list):
    """Yield the rows of every file in turn; report each file or line that cannot be read on
    stderr (counted in ``TALLY``); note in ``undated`` a pledge row without a date, and in
    ``refused`` each amount ``--strict`` leaves out."""
    from .output import safe_text
    from .streams import TALLY

    if args.what == "pledges":
        make_rows = pledge_rows
    else:
        make_rows = partial(amount_rows, strict=args.strict, refused=refused)
    progress = Progress(len(args.files), "extract", start=PROGRESS_FROM)
    written = 0
    for number, name in enumerate(args.files, start=1):
        label = "stdin" if name == "-" else name
        try:
            text, problems = read_text(name)
        except OSError as error:
            problems, text = [error.strerror or str(error)], None
        for problem in problems:
            progress.clear()
            print(f"aidcalc extract: {safe_text(label)}: {problem}", file=sys.stderr)
            TALLY.failures += 1
        if text is not None:
            before = written  # part_of / duplicate_of count rows across the whole output
            for row in make_rows(label, text, args.lang, args.published):
                if args.what == "pledges":
                    offset_links(row, before)
                    if row.get("date") is None and not undated:
                        undated.append(row)
                written += 1
                yield row
        progress.show(number)  # after the file: N/N means all done
    progress.close()


def offset_links(row: dict, before: int) -> None:
    """Make ``part_of`` / ``duplicate_of`` (positions within one file's rows) positions in the
    whole output: add ``before``, the rows of earlier files already written."""
    for column in ("part_of", "duplicate_of"):
        if row.get(column) is not None:
            row[column] += before
