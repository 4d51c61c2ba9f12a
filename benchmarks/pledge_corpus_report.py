"""Print how right pledge extraction is on the labelled passages, per language and overall.

``python benchmarks/pledge_corpus_report.py [--held-out] [--failures LANG]``. The passages
and the rule of a right row are in ``tests/news/passages.py`` (a row is found when a candidate
has its amount; then each field is compared); the CI floors are in
``tests/news/test_donors.py``. The aim of issue 10: rows found >= 0.95, donor right >= 0.92,
measure and basis right >= 0.9 each, extra rows <= 10 % of the expected ones, per language and
overall. Every share is of the expected rows. ``--held-out`` scores the held-out passages
instead (``HELD_OUT``: labelled before the extraction was run on them, so they measure how the
rules generalise; their floors are in the same test); ``--round-3`` those of round 3
(``HELD_OUT_3``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "news"))
sys.path.insert(0, str(ROOT))

from passages import (  # noqa: E402
    HELD_OUT,
    HELD_OUT_3,
    PASSAGES,
    PUBLISHED,
    REVIEW,
    expected_rows,
    languages,
    score,
)

from aidcalc.news.candidates import pledge_candidates  # noqa: E402

COLUMNS = ("found", "donor", "recipient", "measure", "basis", "extra")


def extract(text: str, lang: str) -> list[dict]:
    """The extraction scored: the passage's language given, the corpus's publication date."""
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def table(scores: dict, group: list = PASSAGES) -> list[str]:
    """Return the markdown table of ``score``'s counts for the passages of ``group``, one line
    per language then "all"."""
    lines = [
        "| language | passages | rows | " + " | ".join(COLUMNS) + " | review columns |",
        "| --- | ---: | ---: | " + " | ".join("---:" for _ in COLUMNS) + " | ---: |",
    ]
    passages = {lang: sum(p[0] == lang for p in group) for lang in languages(group)}
    passages["all"] = len(group)
    for key in [*languages(group), "all"]:
        counts = scores[key]
        expected = counts["expected"]
        shares = " | ".join(f"{counts[column] / expected:.2f}" for column in COLUMNS)
        labelled = sum(counts[f"{column} labelled"] for column in REVIEW)
        right = sum(counts[column] for column in REVIEW)
        lines.append(f"| {key} | {passages[key]} | {expected} | {shares} | {right}/{labelled} |")
    return lines


def failures(lang: str, group: list = PASSAGES) -> list[str]:
    """Return, for each passage of ``lang`` ("all": every one) read wrong, its text, the rows
    expected and the rows found (amount, donor, recipient, measure, basis)."""
    lines = []
    for passage in group:
        if lang not in ("all", passage[0]):
            continue
        fields = ("donor", "recipient", "measure", "basis")
        want = [(row["amount"], *(row[f] for f in fields)) for row in expected_rows(passage)]
        got = [(str(row["parsed"]), *(row[f] for f in fields)) for row in extract(*passage[1::-1])]
        if want != got:
            lines += [f"{passage[0]}: {passage[1]!r}", f"  expected {want}", f"  found    {got}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the table (markdown), and optionally the passages of one language read wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--failures",
        metavar="LANG",
        help="also list the passages read wrong in LANG ('all' for every language)",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="score the held-out passages (labelled before the extraction saw them)",
    )
    parser.add_argument(
        "--round-3",
        action="store_true",
        help="score the held-out passages of round 3 (HELD_OUT_3: money not given, thanks, "
        "money received, case forms, agencies)",
    )
    args = parser.parse_args(argv)
    group = HELD_OUT_3 if args.round_3 else HELD_OUT if args.held_out else PASSAGES
    print("\n".join(table(score(extract, group), group)))
    if args.failures:
        print()
        print("\n".join(failures(args.failures, group)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
