"""Round 18 of the extraction speed work (issue 9) changes no reading.

1. ``Reader.mentions`` skips ``amount_at`` at a number whose every currency within reach
   stands across a sentence stop (``grammar._money_past_stops``): there no reading finds an
   amount or records anything, and the mentions and refusals are those of a reader that
   skips by distance only.
2. ``shared._opened_breakdowns`` passes over a text before a number that no opener phrase of
   any language starts (``shared._OPENER_FIRST``) without scoring languages or trying the
   opener pattern: every text the pattern of any set of languages matches whole starts so.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing.atoms import NUM
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.shared import _OPENER_FIRST, BREAKDOWN_OPENERS, PART_VERBS, _opener_pattern

ROOT = Path(__file__).resolve().parents[2]
CORPORA = sorted((ROOT.parent / "shared" / "corpora").glob("*.jsonl"))
PASSAGES = ROOT / "tests" / "parsing" / "corpus" / "passages.jsonl"


def _skip_texts() -> list[str]:
    """Every text of the shared corpora and the parsing corpus's passages."""
    texts = []
    for path in [*CORPORA, PASSAGES]:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    return texts


def _bench_articles(megabytes: float) -> tuple[list[str], list[str]]:
    """bench_extract's articles: (the collection, its lists of test sentences alone)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import collection

    kinds: list[str] = []
    articles = collection(megabytes, kinds=kinds)
    lists = [text for text, kind in zip(articles, kinds, strict=True) if kind == "sentences"]
    return articles, lists


def _past_stops(reader) -> list[int]:
    """The numbers ``Reader.mentions`` skips for the sentence stop between them and every
    currency within reach (``grammar._money_past_stops``), not for their distance alone."""
    from aidcalc.parsing import grammar

    atoms = reader.atoms
    money = grammar._money_starts(atoms, grammar._amount_starts(atoms))
    skipped = []
    for k in grammar._amount_starts(atoms):
        near = [i for i, m in enumerate(money) if k - grammar._MONEY_BEFORE <= m]
        if atoms[k].kind != NUM or not near:
            continue
        if money[near[0]] > k + grammar._MONEY_AFTER or grammar._cjk_units_after(atoms, k):
            continue
        if grammar._money_past_stops(reader.text, atoms, money, near[0], k):
            skipped.append(k)
    return skipped


def test_a_number_parted_from_every_currency_by_a_sentence_stop_reads_no_amount(monkeypatch):
    """``grammar._money_past_stops`` lets ``Reader.mentions`` skip ``amount_at`` at a number
    whose every currency within reach stands across a sentence stop; on every corpus line and
    bench_extract's articles, with and without a language, ``amount_at`` there finds nothing
    and records nothing (no problem, no ``refused_to``), and the mentions and the refusals
    are those of a reader that skips by distance only (a reading that takes a currency over
    a stop, or a refusal about money recorded at such a number, fails here)."""
    from aidcalc.parsing import grammar
    from aidcalc.parsing.explain import refusals

    # the seed articles, and lists of test sentences (a date ending one, an amount opening
    # the next)
    articles, lists = _bench_articles(0.3)
    skipped = 0
    for text in [*_skip_texts(), *articles[:20], *lists[:30]]:
        for lang in (None, "de", "fr"):
            fast = Reader(text, lang, None)
            found = fast.mentions()
            with monkeypatch.context() as patch:
                patch.setattr(grammar, "_money_past_stops", lambda *args: False)
                slow = Reader(text, lang, None)
                assert slow.mentions() == found, (text, lang)
                assert refusals(slow, found) == refusals(fast, found), (text, lang)
            reader = Reader(text, lang, None)
            for k in _past_stops(reader):
                skipped += 1
                problems, refused = list(reader.problems), reader.refused_to
                assert reader.amount_at(k) is None, (text, lang, k)
                assert (reader.problems, reader.refused_to) == (problems, refused), (text, k)
    assert skipped > 250  # the premise was tried on many numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Paid on 12 May 2023. The EU then gave €5 million.", ["12", "2023"]),
        ("Am 3. Oktober 2023. Danach gab Berlin 5 Mio. Euro.", ["3", "2023"]),
        ("Le 12 mai 2024. Paris a donné 3 millions d'euros.", ["12", "2024"]),
        ("W 2023 r. Polska dała 5 mln zł, a w 2024 r. jeszcze 2 mln zł.", ["2023"]),
        ("2014 m. Lietuva skyrė Ukrainai 3 mln. litų.", []),  # a scale word after it: 2014 m
        ("Paid on 12 May 2023. EUR 5 million went to Kyiv.", []),  # a code after the stop
        ("In 2023 the EU gave €5 million.", []),  # no stop between
        ("Vilnius gave 10 mln. eurų to 3 funds.", []),  # a scale's own dot
        ("It sent $5 million. Then 3 trucks came. Rome gave €2m.", ["3"]),  # both sides
        ("It sent $5 million in 2022! Then Rome gave €2m", ["2022"]),  # the $ out of reach
        ("It sent $ 2022! Then Rome gave €2m", []),  # the $ right before it
        ("Rome gave €2m. Bis 2027 then 3 Mio. Euro.", []),  # a link word after the stop
    ],
)
def test_which_numbers_are_parted_from_money_by_a_stop(text, numbers):
    reader = Reader(text, None, None)
    assert [reader.atoms[k].text for k in _past_stops(reader)] == numbers
    # and every one of them read alike without the skip: no amount at it
    assert all(reader.amount_at(k) is None for k in _past_stops(reader))


# every phrase of every language, written as a text before its number would be: as listed,
# capitalised, in capitals, after a quote or bracket, with a number for "#" and a verb after
def _opener_texts() -> list[tuple[str, str]]:
    texts = []
    for lang, phrases in BREAKDOWN_OPENERS.items():
        for phrase in phrases:
            plain = phrase.replace("#", "5 millions") + " "
            for text in (plain, plain.capitalize(), plain.upper(), '"' + plain, "(" + plain):
                texts.append((lang, text))
                texts.append((lang, text.rstrip() + ", "))
                for verb in sorted(PART_VERBS)[:3]:  # "Davon gehen", or glued ("davongehen")
                    texts.append((lang, f"{text}{verb} "))
                    texts.append((lang, f"{text.rstrip()}{verb} "))
    return texts


def test_every_opener_text_starts_as_the_first_letter_check_asks():
    """No text the opener pattern of its language, or of every language, matches whole is
    passed over by ``_OPENER_FIRST`` (a phrase, a case, a mark or a language it misses fails
    here); and texts no phrase opens are passed over."""
    matched = 0
    for lang, text in _opener_texts():
        for langs in (frozenset({lang}), frozenset()):
            pattern = _opener_pattern(langs)
            if pattern is not None and pattern.fullmatch(text) is not None:
                matched += 1
                assert _OPENER_FIRST.match(text) is not None, (lang, text)
    assert matched > 1000  # the phrases of every language, in several cases
    for text in ("Germany pledged ", "The U.S. has provided Ukraine with ", "Rugsėjį "):
        assert _OPENER_FIRST.match(text) is None, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oslo set aside €2 billion in May. Of the total, 500 million is for shelters.",
            ["EUR 2000000000", "EUR 500000000"],
        ),
        (
            "Berlin gab 3 Mrd. Euro. Davon gehen 1 Mrd. an die Energie.",
            ["EUR 3000000000", "EUR 1000000000"],
        ),
        (
            "Paris a versé 900 millions d'euros. Dont 300 millions pour l'énergie.",
            ["EUR 900000000", "EUR 300000000"],
        ),
        (
            "Warszawa dała 2 mld zł. Z tego 1 mld na drony.",
            ["PLN 2000000000", "PLN 1000000000"],
        ),
        ("Oslo set aside €2 billion. Germany then sent 500 million doses.", ["EUR 2000000000"]),
    ],
)
def test_breakdown_openers_still_open_breakdowns(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
