"""``aidcalc parse``: read money amounts from texts given as arguments or on stdin."""

from __future__ import annotations

import sys

from .output import add_command, add_format_option, write_rows

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
    parser.set_defaults(run=run)


def read_texts(texts: list[str]):
    """Yield (line number, text): arguments numbered from 1, or stdin lines when TEXT is -."""
    number = 0
    for text in texts:
        if text == "-":
            for line in sys.stdin:
                number += 1
                yield number, line.rstrip("\r\n")
        else:
            number += 1
            yield number, text


def parse_rows(texts, lang=None, currency_hint=None, strict=False):
    """Yield one output row per text: the amount and the assumptions it rests on, or the
    reason it could not be read."""
    from ..errors import ParseError
    from ..parsing import parse_mention

    for number, text in texts:
        row = {"line": number, "text": text}
        try:
            mention = parse_mention(text, lang=lang, currency_hint=currency_hint, strict=strict)
        except ParseError as error:
            row["error"] = str(error)
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


def run(args) -> int:
    """Print one row per text; return 1 when any text held no amount."""
    rows = list(parse_rows(read_texts(args.texts), args.lang, args.currency_hint, args.strict))
    failed = sum("error" in row for row in rows)
    if args.format == "table":
        columns = ["line", "text", "amount", "value", "currency", "qualifier", "high"]
        if any(row.get("assumptions") for row in rows):  # shown when some reading has one
            columns.append("assumptions")
        write_rows(rows, columns + (["error"] if failed else []))
    else:
        write_rows(rows, COLUMNS, args.format)
    if failed:
        print(f"{failed} of {len(rows)} texts had no money amount", file=sys.stderr)
    return 1 if failed else 0
