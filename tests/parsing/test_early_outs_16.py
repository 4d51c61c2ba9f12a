"""The early outs of the per-amount steps (issue 9, extraction speed): each step that now
answers at once when the text holds nothing it could use must still read the forms at the
edge of its reach, in several languages, and leave the others as before.

- ``changes.compared_at`` (left as it was: a look for a number in its reach first cost more
  than its walk, callgrind) must still find a value before at the end of its reach;
- ``NumberSpans.spaced_run`` when no digit group stands beside the number;
- ``NumberSpans.half_after_scale`` when no count word follows the "and" after a scale;
- ``number_spans._mixed_script`` (a look-alike word after a number) for an ASCII word;
- ``shared`` and ``restatements`` pick out number atoms and cut marks in C.
"""

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing.changes import compared_at
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.number_spans import _mixed_script


def _read(text, lang=None):
    return [(str(m.amount), m.assumptions) for m in extract_amounts(text, lang=lang)]


# a value before behind a cue, its number as far as the cue's reach goes (a share between)
VALUE_BEFORE = [
    ("Aid reached €8bn, up 20% from 5bn.", "EUR"),
    ("Die Hilfe erreichte 8 Mrd. Euro (bisher: 5 Mrd.).", "EUR"),
    ("L'aide atteint 8 milliards d'euros (contre 5 milliards l'an dernier).", "EUR"),
    ("Spending hit $9bn, up 50% from 6bn.", "USD"),
]


@pytest.mark.parametrize(("text", "code"), VALUE_BEFORE)
def test_value_before_within_reach(text, code):
    read = _read(text)
    assert len(read) == 2
    assert all(amount.startswith(code + " ") for amount, _ in read)
    assert "shared-currency" in read[1][1]


def test_compared_at_looks_no_further_than_its_reach():
    """Every atom after which ``compared_at`` finds a number has one within seven atoms; for
    every other position it answers None (the early out)."""
    for text in [t for t, _ in VALUE_BEFORE] + ["Kyiv got €5m in aid for 12 months in 2024."]:
        reader = Reader(text, None, None)
        atoms = reader.atoms
        for after in range(1, len(atoms) + 1):
            found = compared_at(reader.text, atoms, after)
            if found is not None:
                assert after <= found <= after + 6
                assert atoms[found].kind == 0  # NUM


# "and a half" after a scale word, and an "and" followed by no count word
HALVES = [
    ("Il governo ha stanziato 2 milioni e mezzo di euro.", ["EUR 2500000"]),
    ("España aportará dos millones y medio de euros.", ["EUR 2500000"]),
    ("Rzym dał 3 mln euro i 2 mln zł.", ["EUR 3000000", "PLN 2000000"]),
    ("Berlin gave 5 million euros and more to Kyiv.", ["EUR 5000000"]),
]


@pytest.mark.parametrize(("text", "expected"), HALVES)
def test_half_after_scale(text, expected):
    assert [amount for amount, _ in _read(text)] == expected


# digit groups parted by spaces: a run no writing system groups so is refused whole
RUNS = [
    ("Cost: 1 234 5678 € in total", []),
    ("Cost: 1 234 567 € in total", ["EUR 1234567"]),
    ("Il a versé 12 34 € hier.", []),
    ("Kyiv got 40 tanks and €5 million.", ["EUR 5000000"]),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_spaced_runs(text, expected):
    assert [amount for amount, _ in _read(text)] == expected


# a word after a number mixing scripts is a look-alike; a word of one script is not
SCRIPTS = [
    ("m\u0456llion", True),  # a Cyrillic "і" in a Latin word
    ("million", False),
    ("мільйонів", False),
    ("εκατ", False),
    ("Bradley", False),
]


@pytest.mark.parametrize(("word", "mixed"), SCRIPTS)
def test_mixed_script(word, mixed):
    assert _mixed_script(word) is mixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv got €5 m\u0456llion.", []),
        ("Kyiv got €5 million.", ["EUR 5000000"]),
        ("Україна отримала 5 мільйонів гривень.", ["UAH 5000000"]),
    ],
)
def test_look_alike_after_number(text, expected):
    assert [amount for amount, _ in _read(text)] == expected
