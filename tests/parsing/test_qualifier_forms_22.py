"""Qualifiers the press writes that were lost, the amount then read as exact: "at most",
"niemal", "närmare", "hooguit", "cel mult", "al massimo", "не менш як"; and those written
after the amount, two words ("€5 million or more", "5 Mio. Euro oder mehr", "5 millones de
euros o más"). A word for "than" after such a pair makes it a comparison, no qualifier ("€5
million or more than the UK gave")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

# (text, lang, qualifier, value, currency)
BEFORE = [
    ("The government pledged at most €5 million in aid.", None, "up_to", "5000000", "EUR"),
    ("no more than $2 billion", None, "up_to", "2000000000", "USD"),
    ("Rząd przekazał niemal 5 mln zł.", None, "under", "5000000", "PLN"),
    ("co najwyżej 5 mln zł", "pl", "up_to", "5000000", "PLN"),
    ("Sverige har skänkt närmare 5 miljoner euro.", None, "under", "5000000", "EUR"),
    ("melkein 5 miljoonaa euroa", "fi", "under", "5000000", "EUR"),
    ("не менш як 5 млн грн", "uk", "over", "5000000", "UAH"),
    ("не більш як 5 млн грн", "uk", "up_to", "5000000", "UAH"),
    ("hooguit 5 miljoen euro", None, "up_to", "5000000", "EUR"),
    ("cel mult 5 milioane de euro", "ro", "up_to", "5000000", "EUR"),
    ("al massimo 5 milioni di euro", "it", "up_to", "5000000", "EUR"),
    ("mažiausiai 5 mln. eurų", "lt", "over", "5000000", "EUR"),
]

AFTER = [
    ("€5 million or more", None, "over", "5000000", "EUR"),
    ("The EU will give €5m or more in aid.", None, "over", "5000000", "EUR"),
    ("Lithuania has provided €5 million or more so far.", None, "over", "5000000", "EUR"),
    ("Die Bundesregierung stellt 5 Mio. Euro oder mehr bereit.", None, "over", "5000000", "EUR"),
    ("€5 million or less", "en", "up_to", "5000000", "EUR"),
    ("Deutschland gibt 5 Mio. Euro oder mehr für Kyjiw.", None, "over", "5000000", "EUR"),
    ("5 millions d'euros ou plus", "fr", "over", "5000000", "EUR"),
    ("5 millones de euros o más", None, "over", "5000000", "EUR"),
    ("5 milioni di euro o più", None, "over", "5000000", "EUR"),
    ("5 milhões de euros ou mais", None, "over", "5000000", "EUR"),
    ("5 miljoen euro of meer", None, "over", "5000000", "EUR"),
    ("5 mln zł lub więcej", None, "over", "5000000", "PLN"),
    ("5 млн грн або більше", None, "over", "5000000", "UAH"),
    ("5 miljoner kronor eller mer", "sv", "over", "5000000", "SEK"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "value", "code"), BEFORE + AFTER)
def test_the_qualifier_is_kept(text, lang, kind, value, code):
    amount = parse_amount(text, lang=lang)
    assert (amount.qualifier, amount.value, amount.currency) == (kind, Decimal(value), code)
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.qualifier, m.amount.value) for m in found] == [(kind, Decimal(value))]


@pytest.mark.parametrize("text", [t for t, *_ in AFTER])
def test_the_mention_spans_the_words_after(text):
    mention = extract_amounts(text)[0]
    written = text[mention.start : mention.end]
    assert written.split()[-1] in text.rstrip(".").split()[-3:]
    assert written.endswith(("more", "less", "mehr", "plus", "más", "più", "mais", "meer",
                             "więcej", "більше", "mer"))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("€5 million or more than the UK gave", None),
        ("5 Mio. Euro oder mehr als Frankreich", None),
        ("5 millions d'euros ou plus de 10 %", "fr"),
        # "or more" as "or rather" before an English adverb
        ("€5 million or more exactly €5.2 million", None),
        ("€5 million or more likely €6 billion", None),
        # the pair of another language than the one told is no qualifier
        ("5 Mio. Euro oder mehr", "en"),
    ],
)
def test_a_comparison_or_another_language_qualifies_nothing(text, lang):
    assert parse_amount(text, lang=lang).qualifier is None
