"""Scoring aidcalc against its own corpus of real forms (tests/parsing/corpus/passages.jsonl).

Used by ``tests/parsing/test_corpus.py`` (floors in CI) and ``benchmarks/corpus_report.py``
(the full table). Each passage is read with ``extract_amounts(text)`` and no language hint. A
found mention is right when it matches a labelled amount of the passage not matched yet: same
value, currency, qualifier and high end, and the same ``equivalent_of`` (both None, or the
mention it restates was matched to the labelled amount the label restates). Precision is right
mentions / found mentions, recall right mentions / labelled amounts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aidcalc import extract_amounts

CORPUS = Path(__file__).resolve().parent / "parsing" / "corpus" / "passages.jsonl"
FIELDS = ("id", "lang", "text", "amounts", "source_form", "origin")
AMOUNT_FIELDS = ("value", "currency", "qualifier", "high", "equivalent_of")


@dataclass(frozen=True)
class Label:
    """One labelled money amount of a passage."""

    value: Decimal
    currency: str
    qualifier: str | None
    high: Decimal | None
    equivalent_of: int | None

    def key(self) -> tuple:
        return (self.value, self.currency, self.qualifier, self.high)


@dataclass(frozen=True)
class Passage:
    id: str
    lang: str
    text: str
    amounts: tuple[Label, ...]
    source_form: str
    origin: str


@dataclass(frozen=True)
class Reading:
    """How one passage was read: the right, wrong (found, unmatched) and missed amounts."""

    passage: Passage
    found: tuple[str, ...]  # str() of every mention, in order
    right: int
    wrong: tuple[str, ...]
    missed: tuple[Label, ...]


def load(path: Path = CORPUS) -> list[Passage]:
    """Return the passages of the corpus file, in file order."""
    passages = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            labels = tuple(
                Label(
                    value=Decimal(a["value"]),
                    currency=a["currency"],
                    qualifier=a["qualifier"],
                    high=None if a["high"] is None else Decimal(a["high"]),
                    equivalent_of=a["equivalent_of"],
                )
                for a in record["amounts"]
            )
            passages.append(
                Passage(
                    id=record["id"],
                    lang=record["lang"],
                    text=record["text"],
                    amounts=labels,
                    source_form=record["source_form"],
                    origin=record["origin"],
                )
            )
    return passages


def read(passage: Passage) -> Reading:
    """Read a passage without a language hint and align the mentions with its labels."""
    mentions = extract_amounts(passage.text)
    matched: dict[int, int] = {}  # mention index -> label index
    taken: set[int] = set()
    wrong = []
    for index, mention in enumerate(mentions):
        a = mention.amount
        key = (a.value, a.currency, a.qualifier, a.high)
        for label_index, label in enumerate(passage.amounts):
            if label_index in taken or label.key() != key:
                continue
            if not _same_link(mention.equivalent_of, label.equivalent_of, matched):
                continue
            matched[index] = label_index
            taken.add(label_index)
            break
        else:
            wrong.append(_describe(mention))
    missed = tuple(label for i, label in enumerate(passage.amounts) if i not in taken)
    return Reading(
        passage=passage,
        found=tuple(_describe(m) for m in mentions),
        right=len(matched),
        wrong=tuple(wrong),
        missed=missed,
    )


def _same_link(mention_link: int | None, label_link: int | None, matched: dict) -> bool:
    if mention_link is None or label_link is None:
        return mention_link is None and label_link is None
    return matched.get(mention_link) == label_link


def _describe(mention) -> str:
    text = str(mention.amount)
    if mention.equivalent_of is not None:
        text += f" (restates #{mention.equivalent_of})"
    return text


@dataclass(frozen=True)
class Score:
    right: int
    found: int
    labelled: int
    passages: int
    passages_right: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0


def score(readings: list[Reading]) -> dict[str, Score]:
    """Return {language, and "all": Score} over the readings."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for reading in readings:
        whole = not reading.wrong and not reading.missed
        for key in (reading.passage.lang, "all"):
            s = sums[key]
            s[0] += reading.right
            s[1] += len(reading.found)
            s[2] += len(reading.passage.amounts)
            s[3] += 1
            s[4] += whole
    return {key: Score(*values) for key, values in sums.items()}
