"""``aidcalc parse``: read money amounts from texts given as arguments or on stdin."""

from __future__ import annotations

import sys

from .output import add_command, add_format_option, add_output_option, command_line_remedy

COLUMNS = (
    "line",
    "text",
    "value",
    "currency",
    "qualifier",
    "high",
    "amount",
    "assumptions",
    "error",
)

EXAMPLES = """examples:
  aidcalc parse "over 683 million euros (approximately \\$763 million)"
  aidcalc parse "2,8 Mrd. Euro" "понад 683 млн євро" --format json
  aidcalc parse "kr 100" --currency-hint SEK
  aidcalc parse '$1.500 billion' --strict
  printf '€5m\\n10 Mio. Euro\\n' | aidcalc parse - --format csv

A text with no money amount gives an error row (line, text, reason); the others still
print, and the exit status is 1. The assumptions column names the defaults a reading rests on
(dollar-usd, decimal-default, …; see docs/parsing.md); with --strict such a reading is an error
row instead.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc parse``."""
    parser = add_command(
        subparsers,
        "parse",
        help="parse money amounts from texts",
        description="Print the money amount each TEXT states: value, ISO currency, qualifier, "
        "range high end.",
        examples=EXAMPLES,
    )
    parser.add_argument(
        "texts", nargs="+", metavar="TEXT", help="texts, or - for one per line on stdin"
    )
    parser.add_argument("--lang", help="language (ISO 639-1) or locale such as en_AU")
    parser.add_argument("--currency-hint", help="ISO 4217 code for a bare $, kr, dollars")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse a reading that rests on a default (a bare $ as USD, 1.500 read as 1.5)",
    )
    add_format_option(parser)
    add_output_option(parser)
    parser.set_defaults(run=run)


def read_texts(texts: list[str], command: str = "parse"):
    """Yield a ``Line`` (number, text, problem) per text: arguments numbered from 1, or the lines
    of stdin when TEXT is ``-``, each decoded on its own (a line that is not UTF-8 is a problem,
    not the end of the input); a blank line of stdin separates, no text to read, and is passed
    over (its number kept for the lines after it). Standard input with no line at all is
    reported on stderr (``aidcalc COMMAND: stdin: no text: …``) and counted as a failure in
    ``TALLY``."""
    from .streams import EMPTY, TALLY, Line, stdin_lines

    number = 0
    for text in texts:
        if text == "-":
            read = 0
            for line in stdin_lines(first=number + 1):
                number = line.number
                if not line.text.strip() and line.problem is None:
                    continue
                read += 1
                yield line
            if not read:
                print(f"aidcalc {command}: stdin: {EMPTY}", file=sys.stderr)
                TALLY.failures += 1
        else:
            number += 1
            yield Line(number, text)


def parse_rows(texts, lang=None, currency_hint=None, strict=False):
    """Yield one output row per text: the amount and the assumptions it rests on, or the
    reason it could not be read."""
    from ..errors import ParseError
    from ..parsing import parse_mention

    for number, text, *problem in texts:
        row = {"line": number, "text": text}
        if problem and problem[0]:
            row["error"] = problem[0]
            yield row
            continue
        try:
            mention = parse_mention(text, lang=lang, currency_hint=currency_hint, strict=strict)
        except ParseError as error:
            row["error"] = command_line_remedy(str(error), "hint")
        else:
            amount = mention.amount
            row.update(
                value=amount.value,
                currency=amount.currency,
                qualifier=amount.qualifier,
                high=amount.high,
                amount=str(amount),
                assumptions=" ".join(mention.assumptions),
            )
        yield row


TABLE = ("line", "text", "amount", "value", "currency", "qualifier", "high")


def table_columns(rows) -> list[str]:
    """Return the columns of a table: the assumptions column only when some reading rests on
    one, the error column only when a row has an error."""
    columns = list(TABLE)
    if any(row.get("assumptions") for row in rows):
        columns.append("assumptions")
    return columns + (["error"] if any("error" in row for row in rows) else [])


def run(args) -> int:
    """Print one row per text as it is read; return 1 when any text held no amount."""
    from .output import output_problem
    from .streams import TALLY, emit, write_rows_to

    problem = output_problem(args.output)
    if problem:
        print(f"aidcalc parse: -o: {problem}", file=sys.stderr)
        return 2
    rows = parse_rows(read_texts(args.texts), args.lang, args.currency_hint, args.strict)
    if args.output:
        write_rows_to(args.output, rows, COLUMNS, args.format, method_lines(args))
    else:
        emit(rows, COLUMNS, args.format, table=table_columns)
    if TALLY.failures and TALLY.rows:
        what = "had no money amount, or one read only by a default (--strict)"
        if not args.strict:
            what = "had no money amount"
        print(f"{TALLY.failures} of {TALLY.rows} texts {what}", file=sys.stderr)
    return 1 if TALLY.failures else 0


def method_lines(args) -> list[str]:
    """Return the method sheet's lines of ``parse -o FILE.xlsx``: how the amounts were read."""
    lines = [
        "Money amounts read by aidcalc parse; values as written in the text, not converted; "
        "assumptions name the defaults a reading rests on (docs/parsing.md)"
    ]
    if args.lang:
        lines.append(f"language: {args.lang}")
    if args.currency_hint:
        lines.append(f"currency hint: {args.currency_hint}")
    if args.strict:
        lines.append("--strict: a reading resting on a default is an error row")
    return lines
