"""Round 13 of the extraction speed work changes no reading: each cheap test made before a
costlier one answers as the costlier one would, and each answer remembered per table entry
equals the one made afresh (docs/parsing.md, "How a text is scanned")."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing import grammar, products, shared, side_value
from aidcalc.parsing.explain import refusals
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.sides import Side

ROOT = Path(__file__).resolve().parents[2]
PASSAGES = ROOT / "tests" / "parsing" / "corpus" / "passages.jsonl"


class _Everything:
    """A table that holds every word and meets every set: the cheap tests then never decide,
    and the full rules run as before them."""

    def __contains__(self, item) -> bool:
        return True

    def isdisjoint(self, other) -> bool:
        return False


# a factor at the far end of the window (four words between it and the amount), a factor with
# a word for "each" after it, a comma before "than", a count and "times"; and amounts with a
# factor word too far before them, or none
PRODUCTS = [
    ("Sie gab dreimal so viel wie 5 Mrd. Euro.", []),
    ("Polska dała trzy razy po 50 mln zł.", []),
    ("Polska dała trzy razy więcej niż 2 mld zł.", []),
    ("Німеччина дала вдвічі більше, ніж 2 млрд грн.", []),
    ("Germany gave 3 times £50m.", []),
    ("La France a donné deux fois plus que 5 milliards d'euros.", []),
    ("Twice a year, in spring and in autumn, Norway sends €5m.", ["EUR 5000000"]),
    ("Dreimal im Jahr zahlt Berlin für die Schulen 5 Mio. Euro.", ["EUR 5000000"]),
    ("Sweden gave €5m in 2024 and €6m in 2025.", ["EUR 5000000", "EUR 6000000"]),
]


def _full_rules(monkeypatch) -> None:
    monkeypatch.setattr(products, "_FACTOR_OR_TIMES", _Everything())
    monkeypatch.setattr(shared, "_PART_LAST_WORDS", _Everything())


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_products_read_alike_with_and_without_the_factor_word_test(text, expected, monkeypatch):
    left_out: list = []
    assert [str(m.amount) for m in extract_amounts(text, refused=left_out)] == expected
    with monkeypatch.context() as patch:
        _full_rules(patch)
        slow_left_out: list = []
        slow = extract_amounts(text, refused=slow_left_out)
    assert [str(m.amount) for m in slow] == expected
    assert slow_left_out == left_out
    if not expected:
        assert left_out  # the product or comparison is reported, not dropped


# a part before its whole in four languages ("of the" ends with a word of its own), and texts
# whose word before an amount ends no link
PARTS = [
    ("3 billion of the 9 billion euros go to Kyiv.", ["EUR 3000000000", "EUR 9000000000"]),
    ("Es sind 3 Mrd. von den 9 Mrd. Euro.", ["EUR 3000000000", "EUR 9000000000"]),
    ("C'est 3 milliards sur les 9 milliards d'euros.", ["EUR 3000000000", "EUR 9000000000"]),
    ("To 3 mld z 9 mld zł.", ["PLN 3000000000", "PLN 9000000000"]),
    ("Kyiv got 3 billion and then 9 billion euros.", ["EUR 9000000000"]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts_read_alike_with_and_without_the_last_word_test(text, expected, monkeypatch):
    fast = extract_amounts(text)
    assert [str(m.amount) for m in fast] == expected
    with monkeypatch.context() as patch:
        _full_rules(patch)
        assert extract_amounts(text) == fast


def _texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import collection

    texts = [json.loads(line)["text"] for line in PASSAGES.read_text(encoding="utf-8").splitlines()]
    return [*texts, *collection(0.03)]


def test_every_passage_reads_alike_with_the_full_rules(monkeypatch):
    """On every passage of the corpus and a slice of the bench's articles, with and without a
    language, the mentions and the refusals are those the full rules give, and
    ``product_before`` answers alike at every start."""
    compared = 0
    for text in _texts():
        for lang in (None, "de"):
            fast = Reader(text, lang, None)
            found = fast.mentions()
            starts = grammar._amount_starts(fast.atoms)
            answers = [products.product_before(fast.atoms, k) for k in starts]
            with monkeypatch.context() as patch:
                _full_rules(patch)
                grammar._COMMON.clear()
                side_value._ONE_CURATED.clear()
                shared._SCALE_TOLD.clear()
                slow = Reader(text, lang, None)
                assert slow.mentions() == found, (text, lang)
                assert refusals(slow, found) == refusals(fast, found), (text, lang)
                slow_answers = [products.product_before(slow.atoms, k) for k in starts]
                assert slow_answers == answers, (text, lang)
            compared += len(starts)
    assert compared > 3000  # the starts of many texts were compared


def test_the_meet_of_language_sets_is_remembered_as_made():
    reader = Reader("€5 million", None, None)
    german, french, both = frozenset({"de"}), frozenset({"fr"}), frozenset({"de", "fr", "en"})
    cases = [
        ([], None, None),
        ([both], None, both),
        ([both, german], None, german),
        ([both], [german, french], None),  # no language in common
        ([{"de", "fr"}, both], None, frozenset({"de", "fr"})),  # a set: not remembered
    ]
    for _ in range(2):  # made, then remembered
        for low_langs, high_langs, expected in cases:
            low = Side(langs=list(low_langs))
            high = None if high_langs is None else Side(langs=list(high_langs))
            assert reader.languages(low, high) == expected


def test_a_number_after_a_date_head_is_refused_only_after_its_hyphen():
    assert extract_amounts("2024-05-06,5 млн гривень") == []
    assert [str(m.amount) for m in extract_amounts("Am 2024-05 gab Berlin 6,5 Mio. Euro")] == [
        "EUR 6500000"
    ]
    assert [str(m.amount) for m in extract_amounts("2024-05- 6,5 Mio. Euro")] == ["EUR 6500000"]
