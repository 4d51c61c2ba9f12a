"""Where ``extract_amounts`` spends its time, by sampling: a low-overhead look at the bench text.

cProfile times every call, so it inflates the functions that make many small calls (a
generator per character, a look-up helper per token) and ranks them far above what they cost
unprofiled: on the extraction bench two such spots it put at 2-5 % saved 0.1 % of the
instructions when rewritten. This script instead interrupts the process every ``--interval``
seconds of CPU time (``signal.ITIMER_PROF``) and records the Python stack it interrupted, so a
function's share of the samples is its share of the CPU time, within the sampling error (about
``1 / sqrt(samples)``). It prints, per function, the share of samples it was on the stack
(inclusive) and at the top (its own code, with the C functions it calls), and the lines
most often at the top.

The text is ``bench_extract.collection`` (the same articles ``bench_extract.py`` times); it is
read once to warm the caches, then ``--passes`` times while sampled.

    python benchmarks/sample_extract.py [--mb 1.0] [--passes 5] [--interval 0.0005] [--top 30]
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample(function, texts: list[str], passes: int, interval: float):
    """Return (samples, inclusive, own, lines): Counters of "file:function" (and of
    "file:function:line" for ``lines``) over the stacks seen while ``function`` read
    ``texts`` ``passes`` times."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    count = 0

    def record(signum, frame) -> None:
        nonlocal count
        count += 1
        seen = set()
        top = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_name}"
            if top:
                own[name] += 1
                lines[f"{name}:{frame.f_lineno}"] += 1
                top = False
            if name not in seen:
                inclusive[name] += 1
                seen.add(name)
            frame = frame.f_back

    previous = signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(passes):
            for text in texts:
                function(text)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return count, inclusive, own, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the collection (MB)")
    parser.add_argument("--passes", type=int, default=5, help="readings of the collection")
    parser.add_argument("--interval", type=float, default=0.0005, help="CPU seconds per sample")
    parser.add_argument("--top", type=int, default=30, help="rows per table")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import collection

    from aidcalc.parsing import extract_amounts

    texts = collection(args.mb)
    for text in texts:  # warm up: the lexicon, the token and form tables
        extract_amounts(text)
    count, inclusive, own, lines = sample(extract_amounts, texts, args.passes, args.interval)
    print(f"{count} samples over {args.passes} readings of {len(texts)} articles")
    for title, table in (("on the stack", inclusive), ("own", own), ("own, by line", lines)):
        print(f"== {title}")
        for name, hits in table.most_common(args.top):
            print(f"{hits / max(count, 1):6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
