"""``aidcalc extract``: money amounts or pledge candidates from news text files."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from .output import add_command, add_format_option, write_rows

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


def read_text(name: str) -> str:
    """Return the text of file ``name`` (stdin for ``-``)."""
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


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
    """Print the rows of every file; return 1 when any file could not be read or, with
    --strict, any amount was left out."""
    refused: list = []  # amounts left out under --strict
    rows: list[dict] = []
    failed = 0
    progress = _Progress(len(args.files))
    for number, name in enumerate(args.files, start=1):
        try:
            text = read_text(name)
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            progress.clear()
            print(f"aidcalc extract: {name}: {reason}", file=sys.stderr)
            failed += 1
        else:
            shown = "stdin" if name == "-" else name
            if args.what == "pledges":
                rows.extend(pledge_rows(shown, text, args.lang, args.published))
            else:
                rows.extend(
                    amount_rows(shown, text, args.lang, args.published, args.strict, refused)
                )
        progress.show(number)  # after the file: N/N means all done
    progress.close()
    if args.what == "pledges" and any(row["date"] is None for row in rows):
        print("aidcalc extract: some rows have no date: pass --published", file=sys.stderr)
    if args.what == "pledges":
        from ..news.candidates import COLUMNS

        columns = ("file", *COLUMNS)
        if args.format == "table":
            columns = PLEDGE_TABLE
            rows = [{**row, "note": _cut(row["note"])} for row in rows]
    else:
        columns = AMOUNT_COLUMNS
        if args.format == "table":
            shown = {"deviation": bool(args.published)}
            shown["assumptions"] = any(row["assumptions"] for row in rows)
            columns = tuple(c for c in AMOUNT_COLUMNS if shown.get(c, True))
    write_rows(rows, columns, args.format)
    return 1 if failed or refused else 0


def _cut(text: str) -> str:
    return text if len(text) <= NOTE_WIDTH else text[: NOTE_WIDTH - 1] + "…"


class _Progress:
    """A progress bar on stderr, shown only for many files and only on a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.active = total >= PROGRESS_FROM and sys.stderr.isatty()

    def show(self, done: int) -> None:
        if self.active:
            filled = 30 * done // self.total
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\rextract [{bar}] {done}/{self.total}")
            sys.stderr.flush()

    def clear(self) -> None:
        """Wipe the bar's line so that a message starts at the left margin."""
        if self.active:
            sys.stderr.write("\r\033[K")

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\n")
