"""Print aidcalc's precision and recall on its own corpus of real forms, per language.

``python benchmarks/corpus_report.py [--failures LANG]``. The rules (what a right mention is)
are in ``tests/real_forms.py``, which the CI floors in ``tests/parsing/test_corpus.py`` use
too; the aim of issue 9 is precision >= 0.97 and recall >= 0.95 overall.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from real_forms import CORPUS, load, read, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the table (markdown), and optionally the passages of one language read wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--failures",
        metavar="LANG",
        help="also list the passages read wrong in LANG ('all' for every language)",
    )
    args = parser.parse_args(argv)
    readings = [read(passage) for passage in load(args.corpus)]
    scores = score(readings)
    print("| language | passages | whole right | labelled | found | right | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[key]
        print(
            f"| {key} | {s.passages} | {s.passages_right} | {s.labelled} | {s.found} | {s.right} "
            f"| {s.precision:.3f} | {s.recall:.3f} |"
        )
    if args.failures:
        for reading in readings:
            lang = reading.passage.lang
            if args.failures not in ("all", lang) or not (reading.wrong or reading.missed):
                continue
            missed = [str(label.key()) for label in reading.missed]
            print(f"\n{reading.passage.id}: {reading.passage.text}")
            print(f"  found:  {', '.join(reading.found) or '-'}")
            print(f"  wrong:  {', '.join(reading.wrong) or '-'}")
            print(f"  missed: {', '.join(missed) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
