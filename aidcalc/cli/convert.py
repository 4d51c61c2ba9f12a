"""``aidcalc convert``: parse money amounts and convert them at the rate of a value date."""

from __future__ import annotations

from .output import add_command, add_format_option, add_output_option, command_line_remedy
from .rates import add_rates_option, load_rates

COLUMNS = (
    "line", "text", "amount", "converted", "value", "currency", "high", "rate", "rate_date",
    "source", "method", "assumptions", "error",
)  # fmt: skip

EXAMPLES = """examples:
  aidcalc convert "683 million euros" --to USD --on 2024-11-04
  aidcalc convert "UAH 1.5 billion" --to EUR --on 2024-09 --format json
  aidcalc convert "LTL 10 million" --to EUR --on 2016 --method annual
  printf '€5m\\n10 Mio. Euro\\n' | aidcalc convert - --to USD --on 2024-11-04 --format csv

A value date YYYY-MM uses the monthly mean, YYYY the annual mean, unless --method says
otherwise. The converted value is rounded to cents for display; the rate is printed in full.
A text that cannot be read or converted gives an error row and exit status 1. The
assumptions column names the defaults a reading rests on (dollar-usd for a bare $, …; see
docs/parsing.md): --currency-hint or --lang decides them instead.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc convert``."""
    # from ..dates, not ..rates: rates imports numpy, and `aidcalc --help` must start fast
    from ..dates import METHODS

    parser = add_command(
        subparsers,
        "convert",
        help="convert money amounts in texts at a date's published rate",
        description="Convert the amount each TEXT states into --to at the rate of --on, and "
        "print the rate, its fixing date, source and method.",
        examples=EXAMPLES,
    )
    parser.add_argument("texts", nargs="+", metavar="TEXT", help="texts, or - for stdin lines")
    parser.add_argument("--to", required=True, metavar="CODE", help="target currency (ISO 4217)")
    parser.add_argument("--on", required=True, metavar="DATE", help="YYYY-MM-DD, YYYY-MM or YYYY")
    parser.add_argument("--method", choices=METHODS, help="default: by the precision of --on")
    parser.add_argument("--lang", help="language (ISO 639-1) of the texts")
    parser.add_argument("--currency-hint", help="ISO 4217 code for a bare $, kr, dollars")
    parser.add_argument("--live", action="store_true", help="live rates (forex-python, network)")
    add_format_option(parser)
    add_output_option(parser)
    add_rates_option(parser)  # issue 12: the user's own rate table
    parser.set_defaults(run=run)


def convert_rows(texts, to, on, method=None, lang=None, currency_hint=None, rates=None):
    """Yield one output row per text: the conversion, or the reason it failed."""
    from ..conversion import convert
    from ..errors import ParseError, RateNotAvailable, UnknownCurrency
    from ..parsing import parse_mention

    for number, text, *problem in texts:
        row = {"line": number, "text": text}
        if problem and problem[0]:
            row["error"] = problem[0]
            yield row
            continue
        try:
            mention = parse_mention(text, lang=lang, currency_hint=currency_hint)
            amount = mention.amount
            row["amount"] = str(amount)
            row["assumptions"] = " ".join(mention.assumptions)  # as `aidcalc parse` shows them
            result = convert(amount, to, on=on, method=method, rates=rates)
        except (ParseError, RateNotAvailable, UnknownCurrency) as error:
            row["error"] = command_line_remedy(str(error), "hint")
            yield row
            continue
        converted = result.amount
        try:
            value, high = (
                None if end is None else cents(end) for end in (converted.value, converted.high)
            )
            shown = converted.format("en")
        except ArithmeticError:  # beyond what decimal arithmetic holds: refuse, never round
            row["error"] = (
                f"{converted.currency} {converted.value:E} is too large to convert and print "
                "to the cent"
            )
            yield row
            continue
        row.update(
            converted=shown,
            value=value,
            currency=converted.currency,
            high=high,
            rate=result.rate,
            rate_date=result.rate_date,
            source=result.source,
            method=result.method,
        )
        yield row


def cents(value):
    """Return ``value`` (a Decimal) rounded half-even to cents, exactly however large it is.

    >>> from decimal import Decimal
    >>> cents(Decimal("1E+26"))
    Decimal('100000000000000000000000000.00')

    Raises ``decimal.InvalidOperation`` (an ``ArithmeticError``) when ``value`` is beyond what
    the decimal module can hold at all.
    """
    from decimal import ROUND_HALF_EVEN, Context, Decimal

    digits = max(28, value.adjusted() + 4)  # every digit of the integer part, and two decimals
    return value.quantize(Decimal("0.01"), ROUND_HALF_EVEN, context=Context(prec=digits))


def run(args) -> int:
    """Print one row per text; return 1 when any text could not be converted, 2 on bad usage."""
    import sys

    from ..amount import check_currency
    from ..dates import parse_value_date
    from ..errors import UnknownCurrency
    from .output import output_problem
    from .parse import read_texts
    from .streams import TALLY, emit, write_rows_to

    try:
        check_currency(args.to)
        parse_value_date(args.on)
    except (UnknownCurrency, ValueError) as error:
        print(f"aidcalc convert: {error}", file=sys.stderr)
        return 2
    problem = output_problem(args.output)
    if problem:
        print(f"aidcalc convert: -o: {problem}", file=sys.stderr)
        return 2
    rates = None
    if args.live:
        from ..rates import Rates

        rates = Rates.live()
    # issue 12: --rates FILE adds the user's own rate table to the shipped rates
    if args.rates:
        if args.live:
            print("aidcalc convert: --rates and --live cannot be combined", file=sys.stderr)
            return 2
        rates = load_rates(args, "convert")
        if rates is None:
            return 1
    rows = convert_rows(
        read_texts(args.texts, "convert"), args.to, args.on, args.method, args.lang,
        args.currency_hint, rates,
    )  # fmt: skip
    if args.output:
        write_rows_to(args.output, rows, COLUMNS, args.format, method_lines(args), rates)
    else:
        emit(rows, COLUMNS, args.format, table=table_columns)
    return 1 if TALLY.failures else 0


def method_lines(args) -> list[str]:
    """Return the method sheet's lines of ``convert -o FILE.xlsx``: the target, the value
    date and the method; the sheet then lists the rate sources."""
    method = f"method: {args.method}" if args.method else "method: by the precision of --on"
    lines = [
        f"Amounts read by aidcalc convert and converted to {args.to} as of {args.on}; {method}; "
        "each row names its rate, fixing date, source and method; assumptions name the "
        "defaults a reading rests on (docs/parsing.md)"
    ]
    if args.live:
        lines.append("--live: rates fetched through forex-python at the time of the run")
    if args.lang:
        lines.append(f"language: {args.lang}")
    if args.currency_hint:
        lines.append(f"currency hint: {args.currency_hint}")
    return lines


TABLE = ("text", "converted", "value", "currency", "rate", "rate_date", "source", "method")


def table_columns(rows) -> list[str]:
    """Return the columns of a table: the assumptions column only when a reading rests on a
    default, the error column only when a row has an error."""
    columns = list(TABLE)
    if any(row.get("assumptions") for row in rows):
        columns.append("assumptions")
    return columns + (["error"] if any("error" in row for row in rows) else [])
