"""Language inference of news text."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.language import infer_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ukraine erhält Geld.", "de"),
        ("La France a débloqué une aide pour l'Ukraine.", "fr"),
        ("Polska przekazała Ukrainie pomoc.", "pl"),
        ("Германия выделила Украине помощь в этом году.", "ru"),
        ("", None),
    ],
)
def test_infer_language(text, lang):
    assert infer_language(text) == lang


# Issue 9 (pledges10 item 4): the "s" of an English possessive is no Czech or Slovak "s" (with);
# "Germany pledged €2bn. Korea's government …" was read as Czech, so its sentences lost their
# English rules (the Korean office took Germany as its donor).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany pledged €2bn. Korea's government promised $300m.", "en"),
        ("Germany pledged €2bn. Korea’s government promised $300m.", "en"),
        ("Finland's €200m for Ukraine tops Estonia's €50m.", "en"),
        ("Germany pledged €2bn, a fraction of Russia's $100bn military budget.", "en"),
        ("Canada's C$500m was sent.", "en"),
        ("Česko s Polskem poslalo Ukrajině 2 mld. eur.", "cs"),  # a real "s" still counts
        ("Česká republika je s Polskem a poslala Ukrajině 2 mld. eur.", "cs"),
    ],
)
def test_an_english_possessive_is_no_czech_word(text, expected):
    assert infer_language(text) == expected


def test_an_unknown_office_after_a_possessive_takes_no_earlier_donor():
    text = "Germany pledged €2bn. Scotland's government promised $300m."
    dated = text.replace("€2bn.", "€2bn on Monday.")
    for one in (text, dated):  # the same rows with or without "on Monday"
        rows = pledge_candidates(one, published="2025-03-10")
        assert [(row["donor"], row["donor_from"]) for row in rows] == [
            ("DEU", "subject"),
            (None, "unnamed"),
        ]
