"""``aidcalc rates``: what the rate sources cover, their fixings, and updating the ECB history."""

from __future__ import annotations

import sys

from .output import add_command, add_format_option, add_output_option, write_rows

EXAMPLES = """examples:
  aidcalc rates info
  aidcalc rates show USD --from 2024-09-01 --to 2024-09-30
  aidcalc rates show UAH --from 2023-07-25 --to 2023-08-05 --format csv
  aidcalc rates show SAR                      # a legal fixed rate (peg)
  aidcalc rates info --rates my-rates.csv     # with your own rate table
  aidcalc rates update                        # download the ECB history
  aidcalc rates update --from-file eurofxref-hist.zip
  aidcalc rates update --source nbu           # the NBU official UAH rates since the last day
  aidcalc rates update --source worldbank     # World Bank GDP, population, annual FX (API)
  aidcalc rates update --source all           # all three

The update is stored in $AIDCALC_DATA_HOME/rates (default ~/.local/share/aidcalc/rates);
the newer of it and the shipped history is used.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc rates`` with its actions info, show and update."""
    parser = add_command(
        subparsers,
        "rates",
        help="rate sources: coverage, fixings, update",
        description="Show what the rate sources cover, list fixings, or update the ECB history.",
        examples=EXAMPLES,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = actions.add_parser("info", help="each source with its coverage and last date")
    add_rates_option(info)
    add_format_option(info)
    add_output_option(info)
    info.set_defaults(run=run_info)
    show = actions.add_parser("show", help="the fixings of one currency")
    show.add_argument("currency", metavar="CURRENCY")
    show.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    show.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    add_rates_option(show)
    add_format_option(show)
    add_output_option(show)
    show.set_defaults(run=run_show)
    update = actions.add_parser(
        "update", help="download (or read) the ECB history or the NBU rates, validated"
    )
    update.add_argument(
        "--source",
        choices=("ecb", "nbu", "worldbank", "all"),
        default="ecb",
        help="ecb (default): the ECB history; nbu: the NBU official UAH rates; worldbank: World "
        "Bank GDP, population and official exchange rates (API v2); all: every source",
    )
    update.add_argument(
        "--from-file",
        metavar="PATH",
        help="take this file instead of downloading (the ECB zip or CSV; for --source nbu a "
        "JSON answer of the NBU API)",
    )
    update.set_defaults(run=run_update)
    parser.set_defaults(run=lambda args: 2)


def info_rows(rates) -> list[dict]:
    """Return one row per source (``Rates.coverage()``): what it quotes, from when to when.

    Paths are shown relative to the user or shipped data folder, so shared logs carry none of
    the machine's own paths."""
    from .._paths import display_path

    return [
        {
            "source": found.source,
            "quotes": found.quotes,
            "first": found.first_text,
            "last": found.last_text or "in force",
            "file": display_path(found.file) if found.file.startswith("/") else found.file,
        }
        for found in rates.coverage()
    ]


def load_rates(args, command: str):
    """Return ``Rates.default()``, plus the user's table when ``--rates FILE`` is given; None
    (after saying why on stderr) when that table cannot be read."""
    from ..rates import Rates

    rates = Rates.default()
    if getattr(args, "rates", None):
        try:
            return rates.with_table(args.rates)
        except (OSError, ValueError) as error:
            print(f"aidcalc {command}: --rates {args.rates}: {error}", file=sys.stderr)
            return None
    return rates


def add_rates_option(parser) -> None:
    """Add ``--rates FILE``: the user's own rate table (``date,base,quote,rate[,source]``)."""
    parser.add_argument(
        "--rates",
        metavar="FILE",
        help="your own rate table (CSV: date,base,quote,rate[,source]), used where no official "
        "source gives a rate",
    )


def run_info(args) -> int:
    """Print each source with its coverage."""
    if output_refused(args, "rates info"):
        return 2
    rates = load_rates(args, "rates info")
    if rates is None:
        return 1
    columns = ("source", "quotes", "first", "last", "file")
    write_listing(args, info_rows(rates), columns, "Rate sources and their coverage", rates)
    return 0


def output_refused(args, command: str) -> bool:
    """True (after saying why on stderr) when ``-o FILE`` cannot be written."""
    from .output import output_problem

    problem = output_problem(args.output)
    if problem:
        print(f"aidcalc {command}: -o: {problem}", file=sys.stderr)
    return bool(problem)


def write_listing(args, rows, columns, what: str, rates) -> None:
    """Write ``rows`` to stdout in ``--format``, or to ``-o FILE`` (its suffix picks the format;
    an ``.xlsx`` workbook names ``what`` and the sources on its method sheet)."""
    from .streams import write_rows_to

    if args.output:
        write_rows_to(args.output, rows, columns, args.format, [f"{what} (aidcalc rates)"], rates)
    else:
        write_rows(rows, columns, args.format)


def run_show(args) -> int:
    """Print the fixings of one currency between two days: published fixings, legal fixed rates
    (euro changeover, peg, redenomination) and the user's table (``--rates``)."""
    from ..amount import known_currencies
    from ..rates.series import day_number

    if output_refused(args, "rates show"):
        return 2
    code = args.currency.upper()
    if code not in known_currencies():
        print(
            f"aidcalc rates show: unknown currency code {code!r} (not an ISO 4217 code)",
            file=sys.stderr,
        )
        return 1
    try:
        start = day_number(_day(args.start, "--from")) if args.start else None
        end = day_number(_day(args.end, "--to")) if args.end else None
    except ValueError as error:
        print(f"aidcalc rates show: {error}", file=sys.stderr)
        return 2
    if start is not None and end is not None and start > end:
        print(
            f"aidcalc rates show: --from {args.start} is after --to {args.end}: swap them",
            file=sys.stderr,
        )
        return 2
    rates = load_rates(args, "rates show")
    if rates is None:
        return 1
    tables = _published(rates, code)
    fixed = _fixed_rates(rates, code)
    user = rates.user.series.get(code) if rates.user is not None else None
    rows = [row for series in tables for row in _series_rows(series, start, end)]
    if user is not None:
        rows += _series_rows(user, start, end, exact=True)
    rows += [row for row, since, until in fixed if _overlaps(since, until, start, end)]
    if not rows:
        if not tables and not fixed and user is None:
            reason = (
                "no source quotes it (ECB, NBU, pegs, redenominations, euro changeover, World "
                "Bank); pass your own table with --rates FILE"
            )
        elif tables and all(series.annual for series in tables):
            reason = "the World Bank gives one annual mean a year, dated January 1"
        else:
            reason = "no fixing in that range"
        print(f"aidcalc rates show: no fixings of {code}: {reason}", file=sys.stderr)
        return 1
    rows.sort(key=lambda row: (row["date"], row["unit"]))
    columns = ("date", "rate", "unit", "source")
    write_listing(args, rows, columns, f"Fixings of {code}", rates)
    return 0


def _published(rates, code: str) -> list:
    """Return the published series quoting ``code``: the NBU's, the ECB's or the World Bank's."""
    from ..rates.legacy import LEGACY
    from ..rates.pegs import PEGS
    from ..rates.redenominations import REDENOMINATIONS

    if code == "UAH" and rates.nbu:
        return list(rates.nbu.values())
    if code in rates.ecb:
        return [rates.ecb[code]]
    if code in LEGACY or code in PEGS or code in REDENOMINATIONS:
        return []
    series = rates.worldbank(code)
    return [series] if series is not None else []


def _series_rows(series, start, end, exact: bool = False) -> list[dict]:
    import numpy as np

    from ..rates.series import day_of, to_decimal

    keep = np.ones(len(series.days), dtype=bool)
    if start is not None:
        keep &= series.days >= start
    if end is not None:
        keep &= series.days <= end
    return [
        {
            "date": day_of(series.days[i]),
            "rate": series.decimal(int(i)) if exact else to_decimal(series.values[i]),
            "unit": f"{series.currency} per {series.anchor}",
            "source": series.sources[series.source_ids[i]],
        }
        for i in np.flatnonzero(keep)
    ]


def _fixed_rates(rates, code: str) -> list[tuple[dict, object, object]]:
    """Return (row, first day, last day or None) of each legal fixed rate of ``code``: its euro
    changeover, its pegs (unless the ECB quotes it: the ECB fixing wins), its redenomination."""
    from ..rates.legacy import LEGACY
    from ..rates.pegs import PEGS
    from ..rates.redenominations import KEPT_CODE, REDENOMINATIONS

    found = []
    if code in LEGACY:
        legacy = LEGACY[code]
        row = {"date": legacy.since, "rate": legacy.rate, "unit": f"{code} per EUR"}
        found.append(({**row, "source": legacy.source}, legacy.since, None))
    for peg in PEGS.get(code, []) if code not in rates.ecb else []:
        source = peg.source + (f", to {peg.until}" if peg.until is not None else "")
        row = {"date": peg.since, "rate": peg.rate, "unit": f"{code} per {peg.anchor}"}
        found.append(({**row, "source": source}, peg.since, peg.until))
    for step in (REDENOMINATIONS.get(code), KEPT_CODE.get(code)):
        if step is not None:
            unit = (
                f"{step.old} per {step.new}" if step.old != step.new else f"old {code} per {code}"
            )
            row = {"date": step.since, "rate": step.factor, "unit": unit, "source": step.source}
            found.append((row, step.since, step.ends))
    return found


def _overlaps(since, until, start, end) -> bool:
    """Return whether a rate in force from ``since`` to ``until`` (None: open) meets the range."""
    from ..rates.series import day_number

    if end is not None and day_number(since) > end:
        return False
    return not (start is not None and until is not None and day_number(until) < start)


def run_update(args) -> int:
    """Download (or read) the chosen sources, validate and store them; 1 if any fails."""
    if args.source == "all" and args.from_file:
        print("aidcalc rates update: --from-file needs --source ecb or nbu", file=sys.stderr)
        return 2
    if args.source == "worldbank" and args.from_file:
        print(
            "aidcalc rates update: --from-file is not taken by --source worldbank", file=sys.stderr
        )
        return 2
    status = 0
    if args.source in ("ecb", "all"):
        status |= _update_ecb(args.from_file)
    if args.source in ("nbu", "all"):
        status |= _update_nbu(args.from_file)
    if args.source in ("worldbank", "all"):
        status |= _update_worldbank()
    return status


def _update_ecb(from_file) -> int:
    """Download (or read) the ECB history, validate it and store it; 1 if that fails."""
    from .._paths import display_path
    from ..rates import store
    from ..rates.series import day_of

    try:
        path, history = store.update(from_file)
    except (OSError, ValueError) as error:
        print(f"aidcalc rates update: ECB failed, nothing changed: {error}", file=sys.stderr)
        return 1
    first, last = day_of(history.days[0]), day_of(history.days[-1])
    current, origin = store.current_ecb_file()
    shown = display_path(path)
    print(f"stored {shown}: ECB rates {first} .. {last}, {len(history.currencies)} currencies")
    for jump in store.jumps(history):
        print(
            f"aidcalc rates update: check this move, too large for a market: {jump}",
            file=sys.stderr,
        )
    if origin != "user":
        print(
            f"the shipped history ({display_path(current)}) is as new or newer, so it stays in use"
        )
    return 0


def _update_nbu(from_file) -> int:
    """Fetch (or read) the NBU official rates after the current file, validate and store them."""
    from .._paths import display_path
    from ..rates import update_nbu

    try:
        path, added = update_nbu.update(from_file)
    except (OSError, ValueError) as error:
        print(f"aidcalc rates update: NBU failed, nothing changed: {error}", file=sys.stderr)
        return 1
    spans = "; ".join(
        f"UAH per {currency} {first} .. {last} ({count} days)"
        for currency, (first, last, count) in added.items()
    )
    print(f"stored {display_path(path)}: NBU official rates added: {spans}")
    return 0


def _update_worldbank() -> int:
    """Fetch the World Bank indicators, validate and store them; 1 if that fails."""
    from .._paths import display_path
    from ..rates import update_worldbank

    try:
        stored = update_worldbank.update()
    except (OSError, ValueError) as error:
        print(f"aidcalc rates update: World Bank failed, nothing changed: {error}", file=sys.stderr)
        return 1
    for indicator, (path, economies, first, last, rows) in stored.items():
        print(
            f"stored {display_path(path)}: World Bank {indicator} {first} .. {last}, "
            f"{economies} economies, {rows} values"
        )
    return 0


def _day(text: str, option: str):
    """The day ``text`` writes as YYYY-MM-DD, or ValueError naming ``option`` and the form.

    >>> _day("2024-03-15", "--from")
    datetime.date(2024, 3, 15)
    >>> _day("15.03.2024", "--from")
    Traceback (most recent call last):
    ...
    ValueError: --from '15.03.2024' is no date as YYYY-MM-DD: write it so (2024-03-15)
    """
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{option} {text!r} is no date as YYYY-MM-DD: write it so (2024-03-15)"
        ) from None
