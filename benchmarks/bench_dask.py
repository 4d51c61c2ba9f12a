"""dask against the in-memory path (issue 13, item 6): the same rows, timed both ways.

Two measurements, each on a ``distributed.LocalCluster`` of ``--workers`` processes (one
thread each) against one in-memory call in this process, both after a warm-up (the lexicon
and the rates loaded in every process) and checked equal:

- ``totals`` of a generated pledge table of ``--rows`` rows (default 1,000,000: seven donors,
  six currencies, day, month and year value dates, ranges, cumulative statements) against
  ``totals_on_dask``; also ``normalize`` against ``normalize_on_dask``;
- the amounts of ``--mb`` MB of news text (default 64; the articles of ``bench_extract.py``
  in a text column) with ``amounts_frame`` against ``amounts_from_frame``.

The ratio printed is in-memory seconds / dask seconds: above 1 dask is faster. The machine
may be shared: the numbers measure the neighbours too.

    python benchmarks/bench_dask.py [--rows 1000000] [--mb 64] [--workers 2] [--partitions 16]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pledge_rows(n: int, seed: int = 1):
    """A pledge table of ``n`` rows, built with numpy (a few seconds for a million)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    donors = np.array(["LTU", "LVA", "EST", "DEU", "POL", "FRA", "NLD"], dtype=object)
    currencies = np.array(["EUR", "USD", "GBP", "PLN", "UAH", "SEK"], dtype=object)
    days = pd.date_range("2022-02-24", "2024-12-31", freq="D").strftime("%Y-%m-%d")
    dates = np.concatenate([days.to_numpy(dtype=object), ["2023-09", "2024-02", "2023", "2024"]])
    value = np.round(rng.uniform(1e4, 5e8, n), 2)
    high = np.where(rng.random(n) < 0.05, value * 1.5, np.nan)
    return pd.DataFrame(
        {
            "donor": donors[rng.integers(0, len(donors), n)],
            "value": value,
            "high": high,
            "currency": currencies[rng.integers(0, len(currencies), n)],
            "date": dates[rng.integers(0, len(dates), n)],
            "measure": "commitment",
            "basis": np.where(rng.random(n) < 0.03, "cumulative", "new"),
        }
    )


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="pledge rows (0 skips)")
    parser.add_argument("--mb", type=float, default=64.0, help="MB of news text (0 skips)")
    parser.add_argument("--workers", type=int, default=2, help="dask worker processes")
    parser.add_argument("--partitions", type=int, default=16, help="dask partitions")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import dask
    import dask.dataframe as dd
    import distributed
    import pandas as pd

    from aidcalc import normalize, totals
    from aidcalc.pledges import on_dask

    dask.config.set({"dataframe.convert-string": False})
    cluster = distributed.LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    try:
        if args.rows:
            frame = pledge_rows(args.rows)
            warm = dd.from_pandas(frame.head(1000), npartitions=args.workers)
            on_dask.totals_on_dask(warm, by=("donor", "year"))  # rates loaded in the workers
            totals(frame.head(1000), by=("donor", "year"))
            parted = dd.from_pandas(frame, npartitions=args.partitions).persist()
            distributed.wait(parted)
            memory, expected = timed(lambda: totals(frame, by=("donor", "year")))
            on_cluster, got = timed(lambda: on_dask.totals_on_dask(parted, by=("donor", "year")))
            pd.testing.assert_frame_equal(got, expected, check_exact=True)
            print(
                f"totals, {args.rows:,} rows: in memory {memory:.2f} s, dask {on_cluster:.2f} s "
                f"({args.workers} workers, {args.partitions} partitions): "
                f"ratio {memory / on_cluster:.2f}x; equal: yes"
            )
            on_dask.normalize_on_dask(warm, "EUR").compute()  # warm up
            memory, _ = timed(lambda: normalize(frame, "EUR"))
            on_cluster, n = timed(lambda: len(on_dask.normalize_on_dask(parted, "EUR").persist()))
            print(
                f"normalize, {args.rows:,} rows: in memory {memory:.2f} s, dask {on_cluster:.2f}"
                f" s (kept on the workers): ratio {memory / on_cluster:.2f}x"
            )
            del parted
        if args.mb:
            from bench_extract import collection, megabytes

            articles = collection(args.mb)
            size = megabytes(articles)
            texts = pd.DataFrame({"text": articles})
            on_dask.amounts_frame(texts.head(2))  # the lexicon, here
            warm = dd.from_pandas(texts.head(args.workers * 2), npartitions=args.workers)
            on_dask.amounts_from_frame(warm).compute()  # the lexicon, in the workers
            parted = dd.from_pandas(texts, npartitions=args.partitions).persist()
            distributed.wait(parted)
            memory, expected = timed(lambda: on_dask.amounts_frame(texts))
            on_cluster, got = timed(lambda: on_dask.amounts_from_frame(parted).compute())
            pd.testing.assert_frame_equal(got, expected)
            print(
                f"amounts, {size:.1f} MB ({len(articles):,} articles, {len(got):,} amounts): "
                f"in memory {memory:.1f} s ({size / memory:.2f} MB/s), dask {on_cluster:.1f} s "
                f"({size / on_cluster:.2f} MB/s): ratio {memory / on_cluster:.2f}x; equal: yes"
            )
    finally:
        client.close()
        cluster.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
