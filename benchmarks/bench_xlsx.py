"""Benchmark ``read_pledges`` on generated xlsx workbooks of growing size (issue 15, item 12).

Run: ``python benchmarks/bench_xlsx.py`` (``--rows 20000 80000 320000`` to change the sizes;
``--extra-sheet`` adds a notes sheet as large as the pledge sheet, as trackers' exports have).

Each workbook is written with openpyxl's write-only mode to a temporary folder (one pledge
sheet: donor, date, amount, currency, category, source, note), then read in a child process,
so that its peak memory (``ru_maxrss``) is its own: ``read_pledges(path)`` against
``pd.read_excel(path)`` of the same file. Printed per size: file size, seconds, peak MB, and
the time per 10,000 rows, whose staying flat as the rows grow is what "linear" means here.
A 200 MB sheet is about 3.5 million such rows (more than one sheet of Excel holds); the sizes
measured and the growth are reported in docs/cli.md's table of hostile input.

Nothing here is asserted; the numbers are printed.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import resource, sys, time
path, how = sys.argv[1], sys.argv[2]
started = time.perf_counter()
if how == "aidcalc":
    from aidcalc import read_pledges
    rows = len(read_pledges(path))
else:
    import pandas as pd
    rows = len(pd.read_excel(path))
seconds = time.perf_counter() - started
print(rows, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def write_workbook(path: Path, rows: int, extra_sheet: bool) -> None:
    """Write a workbook whose sheet "Pledges" holds ``rows`` pledge rows."""
    import openpyxl

    rng = random.Random(rows)
    book = openpyxl.Workbook(write_only=True)
    if extra_sheet:
        notes = book.create_sheet("Read me")
        for i in range(rows):
            notes.append([f"note {i}", "free text that is not a pledge table"])
    sheet = book.create_sheet("Pledges")
    sheet.append(["donor", "date", "amount", "currency", "category", "source", "note"])
    donors = ["LTU", "DEU", "EST", "POL", "GBR", "USA", "EU", "JPN"]
    for i in range(rows):
        sheet.append(
            [
                rng.choice(donors),
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.randint(1, 900) * 100_000,
                rng.choice(["EUR", "USD", "GBP", "PLN"]),
                rng.choice(["military", "financial", "humanitarian"]),
                f"ministry release {i}",
                "a pledge row written by the benchmark",
            ]
        )
    book.save(path)


def measure(path: Path, how: str) -> tuple[int, float, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), how], capture_output=True, text=True, check=True
    )
    rows, seconds, peak = done.stdout.split()
    return int(rows), float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[25_000, 100_000])
    parser.add_argument("--extra-sheet", action="store_true")
    args = parser.parse_args()
    print("rows      MB    reader   seconds  peak MB  s per 10k rows")
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"pledges-{rows}.xlsx"
            write_workbook(path, rows, args.extra_sheet)
            size = path.stat().st_size / 1e6
            for how in ("aidcalc", "pandas"):
                read, seconds, peak = measure(path, how)
                per = seconds / rows * 10_000
                print(f"{rows:<8}  {size:5.1f}  {how:7}  {seconds:7.2f}  {peak:7.0f}  {per:.3f}")


if __name__ == "__main__":
    main()
