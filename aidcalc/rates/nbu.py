"""The National Bank of Ukraine's official hryvnia rates (UAH per USD and per EUR, every day).

The shipped daily file has a gap (2022-07-21..2023-07-31). The USD side of it is filled from the
periods in which the NBU held the official rate fixed; the EUR side is that fixed rate crossed
with the ECB USD reference rate, and its source says so.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import numpy as np

from .series import Series, day_of

SOURCE = "NBU official rate"
URL = "https://bank.gov.ua/"


def _fixed_source(rate: str, start: str, end: str) -> str:
    return f"NBU official rate (held fixed at {rate} UAH/USD {start}..{end})"


def _crossed_source(rate: str) -> str:
    return f"NBU fixed UAH/USD rate {rate} x ECB USD reference rate (no NBU EUR rate in the data)"


def read_daily(path: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Return {currency: (day numbers, UAH per unit)} from the NBU daily file, sorted by day.

    The arrays come from the binary cache (``cache.cached``) when it holds this file's."""
    from .cache import cached

    raw = Path(path).read_bytes()
    arrays = cached("nbu", raw, lambda: _flat(parse_daily(raw, path)))
    return {
        name[: -len(".days")]: (arrays[name], arrays[name[: -len(".days")] + ".values"])
        for name in arrays
        if name.endswith(".days")
    }


def _flat(daily: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    arrays = {}
    for currency, (days, values) in daily.items():
        arrays[f"{currency}.days"], arrays[f"{currency}.values"] = days, values
    return arrays


def parse_daily(
    raw: bytes, path: Path | str = "NBU file"
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Return {currency: (day numbers, UAH per unit)} of the NBU daily file's bytes ``raw``."""
    lines = raw.decode("utf-8").splitlines()
    if not lines or not lines[0].startswith("date,currency,rate_per_unit_in_UAH"):
        raise ValueError(f"{path}: not the NBU daily rates file (unexpected header)")
    columns: dict[str, tuple[list[str], list[str]]] = {}
    for line in lines[1:]:
        day, currency, value = line.split(",", 3)[:3]
        days, values = columns.setdefault(currency, ([], []))
        days.append(day)
        values.append(value)
    result = {}
    for currency, (days, values) in columns.items():
        day_numbers = np.array(days, dtype="datetime64[D]").astype(np.int64)
        order = np.argsort(day_numbers, kind="stable")
        result[currency] = (day_numbers[order], np.array(values, dtype=np.float64)[order])
    return result


def read_fixed_periods(path: Path) -> list[tuple[str, int, int, str]]:
    """Return (currency, first day, last day, rate text) for each fixed-rate period."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            (
                row["currency"],
                int(np.datetime64(row["start_date"], "D").astype(np.int64)),
                int(np.datetime64(row["end_date"], "D").astype(np.int64)),
                row["rate_per_unit_in_UAH"],
            )
            for row in csv.DictReader(io.StringIO(handle.read()))
        ]


def _usd_fills(periods, usd_days: np.ndarray):
    """Yield (first, last, rate, missing day numbers) of each USD fixed-rate period with holes."""
    for currency, first, last, rate in periods:
        if currency != "USD":
            continue
        span = np.arange(first, last + 1, dtype=np.int64)
        missing = span[~np.isin(span, usd_days)]
        if len(missing):
            yield first, last, rate, missing


def filled_gaps(daily_path: Path, periods_path: Path) -> list[tuple[date, date, str]]:
    """Return (first day, last day, rate) of each run of days the daily USD file lacks and a
    fixed-rate period fills."""
    usd_days = read_daily(daily_path)["USD"][0]
    gaps = []
    for _first, _last, rate, missing in _usd_fills(read_fixed_periods(periods_path), usd_days):
        breaks = np.flatnonzero(np.diff(missing) != 1)
        starts = np.concatenate([[0], breaks + 1])
        ends = np.concatenate([breaks, [len(missing) - 1]])
        gaps += [
            (day_of(int(missing[a])), day_of(int(missing[b])), rate)
            for a, b in zip(starts, ends, strict=True)
        ]
    return gaps


def build(daily_path: Path, periods_path: Path, ecb_usd: Series) -> dict[str, Series]:
    """Return the UAH series per anchor ({"USD": …, "EUR": …}), gaps filled as the module says."""
    daily = read_daily(daily_path)
    periods = read_fixed_periods(periods_path)
    usd_days, usd_values = daily["USD"]
    eur_days, eur_values = daily["EUR"]
    sources_usd = [SOURCE]
    fill_days, fill_values, fill_ids = [], [], []
    crossed_days, crossed_values, crossed_ids = [], [], []
    sources_eur = [SOURCE]
    for first, last, rate, missing in _usd_fills(periods, usd_days):
        sources_usd.append(_fixed_source(rate, day_of(first).isoformat(), day_of(last).isoformat()))
        fill_days.append(missing)
        fill_values.append(np.full(len(missing), float(rate)))
        fill_ids.append(np.full(len(missing), len(sources_usd) - 1, dtype=np.int8))
        # EUR on those days: the fixed rate times the ECB's USD per EUR, on the ECB's fixing
        # days only, so that the rate's date is the fixing it rests on (a Sunday takes Friday's)
        no_eur = missing[~np.isin(missing, eur_days) & np.isin(missing, ecb_usd.days)]
        at = np.searchsorted(ecb_usd.days, no_eur)
        # both factors have 4 decimals, so the exact product has at most 8
        product = np.round(float(rate) * ecb_usd.values[at], 8)
        sources_eur.append(_crossed_source(rate))
        crossed_days.append(no_eur)
        crossed_values.append(product)
        crossed_ids.append(np.full(len(no_eur), len(sources_eur) - 1, dtype=np.int8))
    return {
        "USD": _merge("USD", usd_days, usd_values, fill_days, fill_values, fill_ids, sources_usd),
        "EUR": _merge(
            "EUR", eur_days, eur_values, crossed_days, crossed_values, crossed_ids, sources_eur
        ),
    }


def _merge(anchor, days, values, extra_days, extra_values, extra_ids, sources) -> Series:
    all_days = np.concatenate([days, *extra_days])
    all_values = np.concatenate([values, *extra_values])
    ids = np.concatenate([np.zeros(len(days), dtype=np.int8), *extra_ids])
    order = np.argsort(all_days, kind="stable")
    return Series(
        "UAH",
        anchor,
        all_days[order],
        all_values[order],
        tuple(sources),
        source_ids=ids[order],
        every_day=True,
    )
