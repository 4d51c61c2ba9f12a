"""``aidcalc rates``: what the rate sources cover, their fixings, and updating the ECB history."""

from __future__ import annotations

import sys

from .output import add_command, add_format_option, write_rows

EXAMPLES = """examples:
  aidcalc rates info
  aidcalc rates show USD --from 2024-09-01 --to 2024-09-30
  aidcalc rates show UAH --from 2023-07-25 --to 2023-08-05 --format csv
  aidcalc rates update                        # download the ECB history
  aidcalc rates update --from-file eurofxref-hist.zip

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
    add_format_option(info)
    info.set_defaults(run=run_info)
    show = actions.add_parser("show", help="the fixings of one currency")
    show.add_argument("currency", metavar="CURRENCY")
    show.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    show.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    add_format_option(show)
    show.set_defaults(run=run_show)
    update = actions.add_parser("update", help="download (or read) the ECB history, validated")
    update.add_argument("--from-file", metavar="PATH", help="take this file instead of downloading")
    update.set_defaults(run=run_update)
    parser.set_defaults(run=lambda args: 2)


def info_rows(rates) -> list[dict]:
    """Return one row per source: what it quotes, from when to when."""
    from .._paths import display_path
    from ..rates.legacy import LEGACY
    from ..rates.store import current_ecb_file

    path, origin = current_ecb_file()
    ecb = rates.ecb
    last = max(series.last for series in ecb.values())
    current = sorted(c for c, s in ecb.items() if s.last == last)
    rows = [
        {
            "source": "ECB euro reference rates (Source: ECB statistics)",
            "quotes": f"{len(current)} currencies per EUR: {' '.join(current)}",
            "first": min(series.first for series in ecb.values()),
            "last": last,
            "file": f"{display_path(path)} ({origin})",
        }
    ]
    name = rates.nbu_files[0].name if rates.nbu_files else ""
    gaps = [
        f"{first}..{last} at {rate}" if first != last else f"{first} at {rate}"
        for first, last, rate in rates.nbu_filled_gaps()
    ]
    for anchor, series in sorted(rates.nbu.items()):
        how = "filled with the NBU fixed rate" if anchor == "USD" else "crossed via USD"
        rows.append(
            {
                "source": "NBU official rate (National Bank of Ukraine, bank.gov.ua)",
                "quotes": f"UAH per {anchor}, every calendar day",
                "first": series.first,
                "last": series.last,
                "file": f"{name} (gaps {', '.join(gaps)} {how})" if gaps else name,
            }
        )
    if rates.worldbank_file is not None:
        from ..rates.worldbank import WorldBankRates

        bank = WorldBankRates(rates.worldbank_file)
        years = [int(y) for ys, _ in bank.by_economy.values() for y in ys]
        rows.append(
            {
                "source": "World Bank WDI PA.NUS.FCRF (IMF IFS via World Bank WDI, CC BY 4.0)",
                "quotes": f"LCU per USD, annual average, {len(bank.economies)} currencies",
                "first": min(years),
                "last": max(years),
                "file": display_path(rates.worldbank_file),
            }
        )
    rows.append(
        {
            "source": "irrevocable euro conversion rates (Council Regulation (EC) No 2866/98 etc.)",
            "quotes": " ".join(sorted(LEGACY)),
            "first": min(rate.since for rate in LEGACY.values()),
            "last": "",
            "file": "built in",
        }
    )
    return rows


def run_info(args) -> int:
    """Print each source with its coverage."""
    from ..rates import Rates

    write_rows(
        info_rows(Rates.default()), ("source", "quotes", "first", "last", "file"), args.format
    )
    return 0


def run_show(args) -> int:
    """Print the fixings of one currency between two days."""
    import numpy as np

    from ..amount import known_currencies
    from ..rates import Rates
    from ..rates.legacy import LEGACY
    from ..rates.series import day_number, day_of, to_decimal

    rates = Rates.default()
    code = args.currency.upper()
    if code not in known_currencies():
        print(
            f"aidcalc rates show: unknown currency code {code!r} (not an ISO 4217 code)",
            file=sys.stderr,
        )
        return 1
    try:
        start = day_number(_day(args.start)) if args.start else None
        end = day_number(_day(args.end)) if args.end else None
    except ValueError as error:
        print(f"aidcalc rates show: {error}", file=sys.stderr)
        return 2
    if code in ("UAH",):
        tables = list(rates.nbu.values())
    elif code in rates.ecb:
        tables = [rates.ecb[code]]
    else:
        series = rates.worldbank(code) if code not in LEGACY else None
        tables = [series] if series is not None else []
    rows = []
    for series in tables:
        keep = np.ones(len(series.days), dtype=bool)
        if start is not None:
            keep &= series.days >= start
        if end is not None:
            keep &= series.days <= end
        for i in np.flatnonzero(keep):
            rows.append(
                {
                    "date": day_of(series.days[i]),
                    "rate": to_decimal(series.values[i]),
                    "unit": f"{series.currency} per {series.anchor}",
                    "source": series.sources[series.source_ids[i]],
                }
            )
    if code in LEGACY:
        legacy = LEGACY[code]
        rows.append(
            {
                "date": legacy.since,
                "rate": legacy.rate,
                "unit": f"{code} per EUR",
                "source": legacy.source,
            }
        )
    if not rows:
        if not tables and code not in LEGACY:
            reason = "no shipped source quotes it (ECB, NBU, World Bank)"
        elif tables and all(series.anchor == "USD" and code != "UAH" for series in tables):
            reason = "the World Bank gives one annual mean a year, dated January 1"
        else:
            reason = "no fixing in that range"
        print(f"aidcalc rates show: no fixings of {code}: {reason}", file=sys.stderr)
        return 1
    rows.sort(key=lambda row: (row["date"], row["unit"]))
    write_rows(rows, ("date", "rate", "unit", "source"), args.format)
    return 0


def run_update(args) -> int:
    """Download (or read) the ECB history, validate it and store it; 1 if that fails."""
    from .._paths import display_path
    from ..rates import store
    from ..rates.series import day_of

    try:
        path, history = store.update(args.from_file)
    except (OSError, ValueError) as error:
        print(f"aidcalc rates update: failed, nothing changed: {error}", file=sys.stderr)
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


def _day(text: str):
    from datetime import date

    return date.fromisoformat(text)
