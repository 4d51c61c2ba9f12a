"""Round 24 (pledge24): the pledge path on a long text of dense amounts grows linearly.

A trial read 5 MB of news sentences with pledges, repeated with varied numbers, as one text:
250 kB took 11.8 s, 500 kB 26.4 s. The rules run after all rows are read walked every row, or
the whole text, again for each note, table row or quiet sentence: the start of a correction
note's sentence was found by reading the text's sentence ends from its start (and each stop
copied the rest of the text to find the character after its spaces), each note sorted all rows
again and each row of a note walked all notes and all rows before it, each row of a pasted
table walked every prose row, and each sentence without an amount walked all rows for the
rows of the sentence before it. No time is asserted: the operations Python runs are counted
(tests/work_count.py: calls, returns and lines, so that the turns of a comprehension count).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news import corrections
from aidcalc.news.candidates import pledge_candidates

sys.path.insert(0, str(Path(__file__).parent.parent))
from work_count import growth, operations  # noqa: E402

PUBLISHED = "2025-03-01"


def _unit(rng: random.Random) -> str:
    """An article of the kinds the trial's text held: a sentence without an amount dating the
    one before it, a correction note, and a pasted table breaking down a package."""
    a, b, c = rng.randint(10, 99), rng.randint(20, 90), rng.randint(500, 999)
    part = rng.randint(100, c - 100)
    return (
        f"Austria will give Moldova €{a}m. The ministry said so on 24 February 2025. "
        f"Ireland pledged €{b} million to Ukraine on Friday. Correction: an earlier version "
        f"said €{b + 10} million; the correct figure is €{b} million.\n\n"
        f"Germany pledges €{c} million to Ukraine.\n\nOverview of German pledges:\n\n"
        f"Air defence   {part} million EUR\nAmmunition    {c - part} million EUR\n\n"
    )


def dense_text(units: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    return "".join(_unit(rng) for _ in range(units))


def test_the_rows_of_the_dense_text_are_what_each_article_gives():
    rows = pledge_candidates(dense_text(3), published=PUBLISHED)
    assert len(rows) == 21
    retracted = [r for r in rows if r["status"] == "rejected"]
    assert len(retracted) == 3
    assert all("retracted in a correction" in r["evidence"] for r in retracted)
    assert sum(r["duplicate_of"] is not None for r in rows) == 3  # each right figure
    assert sum(r["part_of"] is not None for r in rows) == 6  # each table's two rows
    assert sum(r["date"] == "2025-02-24" for r in rows) == 3  # dated by the next sentence


def test_four_times_the_dense_text_takes_about_four_times_the_operations():
    """20 → 80 articles: 4.1 times the operations; 6.7 times before round 24 (quadratic)."""

    def extract(text):
        return pledge_candidates(text, published=PUBLISHED)

    assert growth(extract, dense_text(20), dense_text(80), count=operations) < 5.0


def _sentence_start_walking(text: str, at: int) -> int:
    """``corrections._sentence_start`` as it was: the text's sentence ends read from its start."""
    low = 0
    for found in corrections._ends(text, 0, min(len(text), at + 1)):
        low = found.end()
    while low < at and text[low].isspace():
        low += 1
    return low


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("ab Mio.Euro\n!? \u00a0\u2028XZ. mln zł:Sprostowanie"), max_size=60))
def test_sentence_start_by_bisection_is_the_walk_from_the_start(text):
    for at in range(len(text)):
        assert corrections._sentence_start(text, at) == _sentence_start_walking(text, at)
