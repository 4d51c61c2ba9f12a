"""Print the share of peer-corpus lines aidcalc reads right, per file and language.

``python benchmarks/conformance_report.py [--failures FILE LANG]`` with ../shared/corpora beside
the checkout. The rules (which lines count, what is right) are in ``tests/conformance.py``,
which the CI floors use too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conformance import FILES, is_right, load, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the table (markdown), and optionally the failing lines of one file and language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument(
        "--failures",
        nargs=2,
        metavar=("FILE", "LANG"),
        help="also list the lines read wrong, e.g. duckling_money nb",
    )
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 2
    print("| corpus | language | right | lines | share |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name in FILES:
        for group, (right, total) in sorted(score(load(args.corpora, name)).items()):
            print(f"| {name} | {group} | {right} | {total} | {right / total:.0%} |")
    if args.failures:
        from aidcalc import ParseError, parse_amount

        name, language = args.failures
        for line in load(args.corpora, name):
            if (line.lang or "-").split("_")[0] != language or is_right(line):
                continue
            try:
                got = str(parse_amount(line.text, lang=line.lang))
            except ParseError as error:
                got = f"ParseError: {error}"
            print(f"{line.text!r}: expected {line.amount} {line.currency}; got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
