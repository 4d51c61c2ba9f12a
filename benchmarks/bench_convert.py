"""Benchmark ``normalize`` on 1M rows and ``Rates.default()`` loading against currency_converter.

Run: ``python benchmarks/bench_convert.py [--rows N]`` (needs the ``bench`` extra). Prints side by
side timings and ratios; nothing here is asserted by the unit tests.

The rows use 10 ECB currencies and ECB fixing days of 2022-2025, so both libraries use the same
fixing (currency_converter would interpolate on other days) and the values must agree.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import time
import tracemalloc
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from timing import best_of

from aidcalc.frames import normalize
from aidcalc.rates import Rates, core

CURRENCIES = ["EUR", "USD", "GBP", "JPY", "PLN", "CHF", "SEK", "CZK", "NOK", "HUF"]


def load_times(repeat: int) -> None:
    from currency_converter import CurrencyConverter

    def ours():
        core.default_rates.cache_clear()
        return Rates.default()

    def ours_all_sources():
        rates = ours()
        rates.nbu  # noqa: B018 - forces the NBU files
        rates.worldbank("NGN")
        return rates

    def ours_parsed():  # without the binary cache: the ECB text parsed each time
        core.default_rates.cache_clear()
        from aidcalc.rates import cache

        original = cache.cache_file
        cache.cache_file = lambda raw: Path("/nonexistent/aidcalc-bench/ecb.npz")
        try:
            return Rates.default()
        finally:
            cache.cache_file = original

    ours()  # warm the imports (numpy, zipfile) and the cache so both sides time construction
    CurrencyConverter()
    parsed = best_of(ours_parsed, repeat)
    mine = best_of(ours, repeat)
    mine_all = best_of(ours_all_sources, repeat)
    theirs = best_of(CurrencyConverter, repeat)
    print(f"load  CurrencyConverter()            {theirs * 1000:8.1f} ms")
    print(
        f"load  Rates.default() (ECB, parsed)  {parsed * 1000:8.1f} ms   "
        f"{theirs / parsed:5.1f}x faster"
    )
    print(
        f"load  Rates.default() (ECB, cached)  {mine * 1000:8.1f} ms   {theirs / mine:5.1f}x faster"
    )
    print(
        f"load  Rates.default() + NBU + WB     {mine_all * 1000:8.1f} ms   "
        f"{theirs / mine_all:5.1f}x faster"
    )


def make_rows(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rates = Rates.default()
    days = rates.history.days
    fixing_days = days[(days >= np.datetime64("2022-01-01").astype(np.int64))
                       & (days <= np.datetime64("2025-12-31").astype(np.int64))]  # fmt: skip
    chosen = rng.choice(fixing_days, n).astype("datetime64[D]").astype(str)
    return pd.DataFrame(
        {
            "value": rng.uniform(1e3, 1e9, n).round(2),
            "currency": rng.choice(CURRENCIES, n),
            "date": chosen,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="repeats of the load timing")
    parser.add_argument("--to", default="USD")
    parser.add_argument("--load-only", action="store_true", help="time the loading only")
    args = parser.parse_args()

    load_times(args.repeat)
    if args.load_only:
        return

    # a first call on a fresh frame with no tracer running; the call below, the headline one
    # since the start, runs under tracemalloc, whose hooks slow a cold run down noticeably
    untraced = make_rows(args.rows)
    Rates.default()
    start = time.perf_counter()
    normalize(untraced, args.to)
    ours_untraced = time.perf_counter() - start
    del untraced

    frame = make_rows(args.rows)
    tracemalloc.start()
    start = time.perf_counter()
    result = normalize(frame, args.to)
    ours = time.perf_counter() - start
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    # the same rows with categorical currency and date columns (no string hashing per row)
    categorical = frame.astype({"currency": "category", "date": "category"})
    start = time.perf_counter()
    normalize(categorical, args.to)
    ours_categorical = time.perf_counter() - start

    # the same rows written to CSV and read back: read_csv gives str columns too, but it reuses
    # one str object per distinct value, which makes hashing them cheaper than for the rows above
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    buffer.seek(0)
    from_csv = pd.read_csv(buffer)
    del buffer
    start = time.perf_counter()
    csv_result = normalize(from_csv, args.to)
    ours_csv = time.perf_counter() - start
    same_csv = np.array_equal(
        csv_result[f"value_{args.to.lower()}"].to_numpy(),
        result[f"value_{args.to.lower()}"].to_numpy(),
    )
    del csv_result, from_csv

    from currency_converter import CurrencyConverter

    converter = CurrencyConverter()
    values = frame["value"].tolist()
    currencies = frame["currency"].tolist()
    days = [date.fromisoformat(text) for text in frame["date"].tolist()]
    start = time.perf_counter()
    theirs_values = [
        converter.convert(value, currency, args.to, day)
        for value, currency, day in zip(values, currencies, days, strict=True)
    ]
    theirs = time.perf_counter() - start

    mine = result[f"value_{args.to.lower()}"].to_numpy()
    relative = np.abs(mine - np.array(theirs_values)) / np.abs(np.array(theirs_values))
    print(
        f"rows  {args.rows:,} ({len(CURRENCIES)} currencies, ECB fixing days 2022-2025) "
        f"-> {args.to}"
    )
    print(f"conv  CurrencyConverter.convert per row {theirs:8.2f} s")
    print(f"conv  normalize, str columns            {ours:8.2f} s   {theirs / ours:5.1f}x faster")
    print(
        f"conv  normalize, str columns, untraced  {ours_untraced:8.2f} s   "
        f"{theirs / ours_untraced:5.1f}x faster"
    )
    print(
        f"conv  normalize, category columns       {ours_categorical:8.2f} s   "
        f"{theirs / ours_categorical:5.1f}x faster"
    )
    print(
        f"conv  normalize, str columns via CSV    {ours_csv:8.2f} s   "
        f"{theirs / ours_csv:5.1f}x faster (values {'identical' if same_csv else 'DIFFER'})"
    )
    print(
        f"same  max relative difference {relative.max():.2e} "
        f"(median {statistics.median(relative.tolist()):.1e}; float64 rounding only)"
    )
    print(
        f"mem   normalize traced peak {traced_peak / 2**20:8.1f} MiB; "
        f"process peak RSS {rss_peak:.0f} MiB"
    )


if __name__ == "__main__":
    main()
