"""Wall-clock growth of the inputs the growth tests count calls on (tests/work_count.py).

The unit tests assert that four times the input makes about four times the function calls;
this prints what it costs in time, best of a few runs, the garbage collector paused: a ratio
near 4 (2 for the doubled sentence) is linear, near 16 (4) quadratic.

    python benchmarks/bench_growth.py
"""

from __future__ import annotations

import contextlib
import gc
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from timing import best_of  # noqa: E402

from aidcalc import ParseError, parse_amount, read_pledges  # noqa: E402
from aidcalc.news.candidates import pledge_candidates  # noqa: E402


def _ratio(function, small, large, repeat: int = 3) -> tuple[float, float]:
    gc.collect()
    gc.disable()
    try:
        function(small)
        first = best_of(lambda: function(small), repeat)
        second = best_of(lambda: function(large), repeat)
    finally:
        gc.enable()
    return first, second


def _parse(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_amount(text)


def _read(table: bytes) -> None:
    with contextlib.suppress(ValueError):
        read_pledges(io.BytesIO(table), format="csv")


def main() -> None:
    from parsing.test_parsing_properties import ADVERSARIAL  # noqa: PLC0415
    from pledges.test_wide_tables import csv_table  # noqa: PLC0415

    print(f"{'input':<34} {'small s':>9} {'large s':>9} {'ratio':>6}")
    for name, build in sorted(ADVERSARIAL.items()):
        small, large = _ratio(_parse, build(25_000), build(100_000))
        print(f"{'parse, ' + name:<34} {small:9.4f} {large:9.4f} {large / small:6.1f}")
    small, large = _ratio(_read, csv_table(2_500), csv_table(10_000))
    print(f"{'read_pledges, wide csv header':<34} {small:9.4f} {large:9.4f} {large / small:6.1f}")
    unit = "Germany pledged €5 million for Ukraine and Poland gave 3 mln euro to Kyiv, "
    small, large = _ratio(
        lambda text: pledge_candidates(text),
        unit * (10_000 // len(unit)),
        unit * (20_000 // len(unit)),
    )
    print(f"{'pledges, one sentence doubled':<34} {small:9.4f} {large:9.4f} {large / small:6.1f}")
    from news.test_pledge_growth_24 import dense_text  # noqa: PLC0415

    small, large = _ratio(
        lambda text: pledge_candidates(text, published="2025-03-01"),
        dense_text(100),
        dense_text(400),
        repeat=1,
    )
    print(f"{'pledges, dense articles x4':<34} {small:9.4f} {large:9.4f} {large / small:6.1f}")


if __name__ == "__main__":
    main()
