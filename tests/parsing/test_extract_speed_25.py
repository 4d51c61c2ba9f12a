"""Round 25 of the extraction speed work changes no reading: each step that skips a rule where
it provably cannot fire reads as the rule did when it was always asked (docs/parsing.md,
round 25)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from aidcalc.parsing import atoms, grammar
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon

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


class _Forgets(dict):
    """A table of forms by pair that remembers nothing: every window is found again."""

    def __setitem__(self, key, value) -> None:
        pass


def _shuffled(texts: list[str]) -> list[str]:
    """Texts of the corpus' words in new orders, so that tokens meet other neighbours than
    those they were first remembered with."""
    rng = random.Random(252)
    words = [word for text in texts for word in text.split()]
    return [" ".join(rng.sample(words, rng.randint(3, 40))) for _ in range(3_000)]


def test_windows_by_pair_read_as_when_each_window_is_found_again():
    lex = lexicon()
    texts = _texts()
    texts += _shuffled(texts)
    langs = [None, "en", "de", "fr", "es", "pl"]
    forms = atoms._forms(lex)
    remembered = [atoms.atomize(text, lex, lang) for text in texts for lang in langs]
    again = [atoms.atomize(text, lex, lang) for text in texts for lang in langs]
    kept = {lang: forms.get((atoms._BY_PAIR, lang)) for lang in langs}
    for lang in langs:
        forms[atoms._BY_PAIR, lang] = _Forgets()
    try:
        found_again = [atoms.atomize(text, lex, lang) for text in texts for lang in langs]
    finally:
        for lang, table in kept.items():
            forms[atoms._BY_PAIR, lang] = table if table is not None else {}
    assert remembered == found_again
    assert again == found_again
