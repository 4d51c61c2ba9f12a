"""Benchmark ``aidcalc summary`` on a generated 100k-row CSV, and ``totals`` on 1M rows.

Run: ``python benchmarks/bench_summary.py`` (``--rows`` / ``--big-rows`` to change the sizes,
``--texts few|many`` for a table of ~200 or ~500,000 distinct amount texts per 1M rows instead
of the ~35,000 of round figures, ``--texts values`` for ``value`` + ``currency`` columns instead
of amount texts, ``--summary-only`` to skip the ``totals`` benchmark).

1. A CSV of pledges with amount text in mixed currencies, languages and date precisions is
   written to a temporary folder, and ``aidcalc summary FILE --to USD --format csv`` runs on it
   as a child process (parse + convert + total). Wall time and the child's peak memory
   (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``) are reported, next to the time
   ``pd.read_csv`` takes to read the same file. Aim (issue 11): 1M rows <= 4 s, <= 1.5 GB.
2. ``totals`` on a 1M-row pledge frame (value + currency, mixed currencies and precisions)
   against a bare ``groupby(["donor", "year"]).sum()`` over values already converted to EUR.
   Aim: within 3x. ``totals`` converts every row itself, so the ratio includes ``normalize``.

Nothing here is asserted; the numbers are printed.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import best_of

DONORS = ["Lithuania", "Lietuva", "DEU", "Deutschland", "EE", "Poland", "UK", "U.S.", "EU", "Japan"]
TEMPLATES = [
    "{n} million euros",
    "€{n} million",
    "${n} million",
    "USD {n} million",
    "£{n}m",
    "{n} Mio. Euro",
    "{n} mln. eurų",
    "{n} млн грн",
    "{n} miliona złotych",
    "over {n} million euros",
    "up to ${n} billion",
    "{n}-{m} million euros",
]


def random_date(rng: random.Random) -> str:
    """Return a value date at day, month or year precision that the shipped rates cover.

    (The NBU UAH data end on 2025-10-20: 2022-01 .. 2025-09, whole years 2022 .. 2024.)
    """
    year = rng.randint(2022, 2025)
    month = rng.randint(1, 9 if year == 2025 else 12)
    kind = rng.random()
    if kind < 0.7:
        return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    if kind < 0.95 or year == 2025:
        return f"{year}-{month:02d}"
    return str(year)


# Exact figures as a tracker copies them from a budget line: most are written once.
EXACT = ["€{g}", "{g} EUR", "USD {g}", "{d} million euros", "${d} million", "{d} Mio. Euro"]


def amount_text(rng: random.Random, texts: str) -> str:
    """Return one amount text: ``bench`` (round figures, ~35,000 distinct in 1M rows), ``few``
    (~200 distinct: one tracker's repeated packages) or ``many`` (half exact figures such as
    ``€35,417,600`` or ``12.45 million euros``: ~500,000 distinct in 1M rows)."""
    if texts == "few":
        return rng.choice(TEMPLATES[:10]).format(n=rng.randint(1, 20) * 5)
    if texts == "many" and rng.random() < 0.5:
        template = rng.choice(EXACT)
        return template.format(
            g=f"{rng.randint(10_000, 999_999_999):,}", d=f"{rng.randint(1, 99_999) / 100:g}"
        )
    n = rng.choice((rng.randint(1, 999), rng.randint(1, 99) * 10, rng.randint(1, 20) * 50))
    return rng.choice(TEMPLATES).format(n=n, m=n + rng.randint(1, 50))


CURRENCIES = ["EUR", "USD", "NOK", "PLN", "GBP", "JPY", "CAD"]


def value_cell(rng: random.Random) -> str:
    """Return a ``value`` cell as a tracker's export writes it: half exact figures grouped by
    commas (quoted, ``"161,983,069"``), the rest round figures with or without grouping."""
    kind = rng.random()
    if kind < 0.5:
        return f'"{rng.randint(10_000, 999_999_999):,}"'
    if kind < 0.8:
        return str(rng.randint(1, 999) * 100_000)
    return f'"{rng.randint(1, 99)},{rng.randint(0, 999):03d},000"'


def write_csv(path: Path, rows: int, seed: int = 1, texts: str = "bench") -> int:
    """Write ``rows`` pledges to ``path``; return the number of distinct amount texts (with
    ``texts="values"``: of distinct ``value`` cells, beside a ``currency`` column)."""
    rng = random.Random(seed)
    amounts = set()
    if texts == "values":
        with path.open("w", encoding="utf-8") as handle:
            handle.write("donor,date,value,currency,category,measure,basis\n")
            for _ in range(rows):
                value = value_cell(rng)
                amounts.add(value)
                category = rng.choice(("military", "financial", "humanitarian"))
                handle.write(
                    f"{rng.choice(DONORS)},{random_date(rng)},{value},{rng.choice(CURRENCIES)},"
                    f"{category},pledge,new\n"
                )
        return len(amounts)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("donor,date,amount,category,measure,basis\n")
        for _ in range(rows):
            amount = amount_text(rng, texts)
            if "," in amount:
                amount = f'"{amount}"'
            amounts.add(amount)
            category = rng.choice(("military", "financial", "humanitarian"))
            handle.write(
                f"{rng.choice(DONORS)},{random_date(rng)},{amount},{category},pledge,new\n"
            )
    return len(amounts)


def bench_summary(rows: int, texts: str = "bench") -> None:
    """Time ``aidcalc summary`` on a generated CSV in a child process; print time and memory."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pledges.csv"
        distinct = write_csv(path, rows, texts=texts)
        entry = "import sys; from aidcalc.cli import main; sys.exit(main())"
        command = [sys.executable, "-c", entry, "summary", str(path), "--to", "USD"]
        command += ["--format", "csv"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        read_csv = best_of(lambda: _read_csv(path), 3)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    groups = max(len(done.stdout.splitlines()) - 1, 0)
    print(
        f"summary: {rows:,} rows ({distinct:,} distinct amount texts) -> {groups} groups, "
        f"exit {done.returncode}"
    )
    print(
        f"summary: wall {wall:.2f} s, CPU {cpu:.2f} s (the child's user + system time, which "
        f"the neighbours on a shared machine change far less), peak memory {peak_mb:.0f} MB "
        f"(aim <= 4 s, <= 1536 MB)"
    )
    lines = done.stderr.count("\n")
    print(f"summary: {lines:,} lines on stderr")
    print(
        f"summary: pd.read_csv of the same file {read_csv:.2f} s; "
        f"summary / read_csv = {wall / read_csv:.1f}x"
    )
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)


def _read_csv(path: Path) -> None:
    import pandas as pd

    pd.read_csv(path, dtype=str)


def bench_totals(rows: int, repeat: int = 3) -> None:
    """Time ``totals`` on ``rows`` rows against a bare groupby over converted values."""
    import numpy as np
    import pandas as pd

    from aidcalc.frames import normalize
    from aidcalc.pledges.totals import totals

    rng = np.random.default_rng(1)
    days = pd.to_datetime("2022-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365, rows), "D")
    dates = np.array(days.strftime("%Y-%m-%d").tolist(), dtype=object)
    month = rng.random(rows) < 0.25
    dates[month] = [text[:7] for text in dates[month]]
    frame = pd.DataFrame(
        {
            "donor": rng.choice(["LTU", "DEU", "EST", "POL", "GBR", "USA", "EU", "JPN"], rows),
            "date": dates,
            "value": rng.integers(1, 1000, rows) * 1e6,
            "currency": rng.choice(["EUR", "USD", "GBP", "PLN", "UAH", "JPY"], rows),
            "basis": "new",
            "measure": "pledge",
        }
    )
    frame["year"] = frame["date"].str[:4].astype("int64")
    converted = normalize(frame, "EUR")

    def best(function) -> float:
        return best_of(function, repeat)

    bare = best(lambda: converted.groupby(["donor", "year"])["value_eur"].sum())
    ours = best(lambda: totals(frame))
    only_convert = best(lambda: normalize(frame, "EUR"))
    eur = frame.assign(currency="EUR")
    ours_eur = best(lambda: totals(eur))
    print(
        f"totals: {rows:,} rows, best of {repeat}: totals {ours:.3f} s, "
        f"bare groupby {bare:.3f} s, ratio {ours / bare:.1f}x (aim <= 3x)"
    )
    print(
        f"totals: of which normalize {only_convert:.3f} s; "
        f"totals of an all-EUR frame {ours_eur:.3f} s ({ours_eur / bare:.1f}x)"
    )


def main() -> None:
    """Run both benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-rows", type=int, default=1_000_000)
    parser.add_argument(
        "--texts", choices=("bench", "few", "many", "values"), default="bench",
        help="distinct amount texts: bench ~35,000 per 1M rows, few ~200, many ~500,000; "
        "values: value + currency columns, ~600,000 distinct values",
    )  # fmt: skip
    parser.add_argument("--summary-only", action="store_true", help="skip the totals benchmark")
    args = parser.parse_args()
    bench_summary(args.rows, args.texts)
    if not args.summary_only:
        bench_totals(args.big_rows)


if __name__ == "__main__":
    main()
