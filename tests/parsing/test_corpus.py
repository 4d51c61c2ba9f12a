"""The real-forms corpus (tests/parsing/corpus/passages.jsonl): its shape, and the floors.

Each passage was written for this project, in its own words, to keep a form met in published
text about aid (the record's ``origin``). Scoring rules are in ``tests/real_forms.py``; the full
table comes from ``python benchmarks/corpus_report.py``. Floors only go up: raise them when the
parser improves, never lower them. The aim of issue 9 is precision >= 0.97 and recall >= 0.95.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest
from real_forms import AMOUNT_FIELDS, CORPUS, FIELDS, Label, Passage, load, read, score

from aidcalc import Amount
from aidcalc.amount import QUALIFIERS, known_currencies, plain

# (precision, recall) measured on the day the corpus was written, rounded down; raised with
# the accuracy branch (issue 9, "How to know") to what it measures.
FLOORS = {
    "all": (0.99, 0.98),
    "bg": (1.00, 1.00),
    "cs": (1.00, 1.00),
    "da": (1.00, 0.88),
    "de": (1.00, 0.97),
    "el": (1.00, 1.00),
    "et": (1.00, 1.00),
    "en": (0.97, 0.97),
    "es": (1.00, 1.00),  # words11: "de los que 615 millones irán" read (24 of 24)
    "fi": (1.00, 1.00),
    "fr": (1.00, 0.99),  # changes8: fr-007 reads its value before (41 of 41)
    "hr": (1.00, 1.00),
    "hu": (1.00, 1.00),
    "it": (1.00, 1.00),
    "ja": (1.00, 1.00),  # parser12b: 約 and 以上 read (2 of 2)
    "ko": (1.00, 1.00),  # korean13b: groups read whole, 약, particles, brackets (6 of 6)
    "lt": (1.00, 1.00),
    "lv": (1.00, 1.00),
    "nb": (1.00, 0.83),
    "nl": (1.00, 0.95),
    "pl": (1.00, 1.00),
    "pt": (1.00, 0.95),  # oldmoney11: mM read as 10^9 (21 of 22)
    "ro": (1.00, 1.00),
    "ru": (1.00, 1.00),
    "sk": (0.93, 0.88),
    "sl": (1.00, 1.00),  # amountfaults15: "in" and "ter" join listed numbers (4 of 4)
    "sv": (1.00, 1.00),  # words11: "mkr" and "mdkr" read (19 of 19)
    "tr": (1.00, 1.00),
    "uk": (0.96, 0.96),
    "zh": (1.00, 1.00),  # parser12b: 约 read (1 of 1)
}
MAIN_LANGUAGES = ("en", "de", "fr", "lt", "uk", "pl")


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return load()


@pytest.fixture(scope="module")
def scores(passages):
    return score([read(passage) for passage in passages])


@pytest.mark.parametrize("group", sorted(FLOORS))
def test_precision_and_recall_meet_floors(scores, group):
    s = scores[group]
    precision_floor, recall_floor = FLOORS[group]
    note = f"{group}: {s.right} right of {s.found} found, {s.labelled} labelled"
    assert s.precision >= precision_floor, note
    assert s.recall >= recall_floor, note


def test_every_language_has_a_floor(scores):
    assert set(scores) == set(FLOORS)


# The shape of the data: what the scoring relies on.


def test_records_have_exactly_the_documented_fields():
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    for record in records:
        assert tuple(record) == FIELDS, record["id"]
        for amount in record["amounts"]:
            assert tuple(amount) == AMOUNT_FIELDS, record["id"]
            assert plain(Decimal(amount["value"])) == amount["value"], record["id"]
            if amount["high"] is not None:
                assert plain(Decimal(amount["high"])) == amount["high"], record["id"]


def test_size_and_coverage(passages):
    per_language = Counter(p.lang for p in passages)
    assert len(passages) >= 300
    assert sum(1 for n in per_language.values() if n >= 10) >= 15
    for language in MAIN_LANGUAGES:
        assert per_language[language] >= 25, language
    traps = [p for p in passages if not p.amounts]
    assert len(traps) >= len(passages) // 10  # passages whose numbers are none of them money


def test_ids_are_unique_and_name_the_language(passages):
    ids = [p.id for p in passages]
    assert len(ids) == len(set(ids))
    for p in passages:
        assert p.id.startswith(f"{p.lang}-"), p.id
        assert p.origin.startswith("http"), p.id
        assert p.source_form.strip(), p.id


def test_labels_are_valid_amounts(passages):
    currencies = known_currencies()
    for p in passages:
        for index, label in enumerate(p.amounts):
            assert label.currency in currencies, p.id
            assert label.qualifier is None or label.qualifier in QUALIFIERS, p.id
            Amount(label.value, label.currency, label.qualifier, label.high)  # raises if not
            if label.equivalent_of is not None:
                # A restatement points back to an earlier amount in another currency.
                assert 0 <= label.equivalent_of < index, p.id
                assert p.amounts[label.equivalent_of].currency != label.currency, p.id


def test_every_labelled_number_is_in_the_text(passages):
    # A cheap guard against labelling the wrong passage: the first digit of each label's
    # significand is written in the text, unless the passage keeps a number word.
    for p in passages:
        if "number word" in p.source_form:
            continue
        for label in p.amounts:
            digit = str(abs(label.value).normalize()).lstrip("0.")[:1]
            assert digit in p.text, p.id


# The scorer itself.


def _passage(text: str, *labels: Label) -> Passage:
    return Passage("en-000", "en", text, labels, "test", "http://example.org")


def test_scorer_counts_a_restatement_only_when_linked():
    eur = Label(Decimal(10_000_000), "EUR", None, None, None)
    usd = Label(Decimal(11_000_000), "USD", None, None, 0)
    linked = read(_passage("10 million euros ($11 million)", eur, usd))
    assert (linked.right, linked.wrong, linked.missed) == (2, (), ())
    independent = Label(Decimal(11_000_000), "USD", None, None, None)
    unlinked = read(_passage("10 million euros ($11 million)", eur, independent))
    assert unlinked.right == 1
    assert unlinked.missed == (independent,)


def test_scorer_requires_the_qualifier_and_counts_extra_mentions():
    label = Label(Decimal(5_000_000), "EUR", None, None, None)
    reading = read(_passage("over €5m and $3m", label))
    assert reading.right == 0
    assert reading.wrong == ("over EUR 5000000", "USD 3000000")
    assert reading.missed == (label,)
