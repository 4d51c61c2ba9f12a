"""Round 25 of the extraction speed work changes no reading: each step that skips a rule where
it provably cannot fire reads as the rule did when it was always asked (docs/parsing.md,
round 25)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from aidcalc.parsing import grammar
from aidcalc.parsing.grammar import Reader

PASSAGES = Path(__file__).resolve().parent / "corpus" / "passages.jsonl"


def _texts() -> list[str]:
    """The corpus' passages, and each with some of its spaces made gaps (two spaces, a tab, a
    no-break space beside a space) or no-break spaces, so that both ways are met."""
    rng = random.Random(25)
    texts = []
    for line in PASSAGES.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        texts.append(text)
        pieces = text.split(" ")
        spaces = [
            rng.choice([" ", " ", "  ", "\t", "\u00a0", " \u00a0", "\u00a0\u00a0"]) for _ in pieces
        ]
        texts.append("".join(p + s for p, s in zip(pieces, spaces, strict=True)).rstrip())
    return texts


def _reading(text: str):
    reader = Reader(text, None, None)
    found = reader.mentions()
    return [(str(m.amount), m.start, m.end, m.equivalent_of, m.assumptions) for m in found], sorted(
        reader.problems
    )


def test_has_gap_answers_as_the_gap_expression():
    rng = random.Random(2025)
    alphabet = "ab1 \t\u00a0\n."
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert grammar._has_gap(text) == (grammar._GAP_RE.search(text) is not None)


def test_cut_by_gap_skipped_without_a_gap_reads_as_when_always_asked(monkeypatch):
    texts = _texts()
    now = [_reading(text) for text in texts]
    monkeypatch.setattr(grammar, "_has_gap", lambda text: True)
    assert [_reading(text) for text in texts] == now
