"""Qualifiers before (and signs after) an amount are honoured in every curated language.

Issue 9: comparison signs were dropped ("> €5m", "€5m+" read as exactly 5 million) and the
Polish "do" ("up to") was lost before "mln zł", an abbreviation English shares. Every form of
``words.QUALIFIER_FORMS`` is tried before an amount written in its own language, with and
without ``lang``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import Amount, extract_amounts
from aidcalc.parsing import parse_mention
from aidcalc.words import LANGUAGES, QUALIFIER_FORMS

# Five million, written as that language's news writes it.
PHRASES = {
    "en": "5 million euros",
    "de": "5 Millionen Euro",
    "fr": "5 millions d'euros",
    "lt": "5 mln. eurų",
    "uk": "5 млн гривень",
    "pl": "5 mln zł",
    "ru": "5 млн рублей",
    "es": "5 millones de euros",
    "it": "5 milioni di euro",
    "pt": "5 milhões de euros",
    "nl": "5 miljoen euro",
    "ro": "5 milioane de euro",
    "da": "5 millioner euro",
    "sv": "5 miljoner euro",
    "nb": "5 millioner euro",
    "bg": "5 милиона евро",
    "cs": "5 milionů eur",
    "sk": "5 miliónov eur",
    "fi": "5 miljoonaa euroa",
    "hr": "5 milijuna eura",
    "el": "5 εκατομμύρια ευρώ",
    "tr": "5 milyon euro",
    "sl": "5 milijonov evrov",
    "sr": "5 милиона динара",
    "mk": "5 милиони денари",
    "hu": "5 millió euró",
    "et": "5 miljonit eurot",
    "lv": "5 miljoni eiro",
    "ja": "500万ユーロ",
    "ko": "500만 유로",
    "zh": "500万欧元",
}


def test_every_curated_language_has_a_phrase():
    assert set(PHRASES) == set(LANGUAGES)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_qualifier_form_of_a_language_is_honoured(lang):
    wrong = []
    for kind, by_language in QUALIFIER_FORMS.items():
        for form in by_language.get(lang, ()):
            text = f"{form} {PHRASES[lang]}"
            for given in (None, lang):
                mention = parse_mention(text, lang=given)
                if (mention.amount.qualifier, mention.amount.value, mention.start) != (
                    kind,
                    Decimal(5_000_000),
                    0,
                ):
                    wrong.append((text, given, str(mention.amount), mention.start))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "qualifier", "value", "code", "shown"),
    [
        (">€5m", "over", 5_000_000, "EUR", ">€5m"),
        ("> €5m", "over", 5_000_000, "EUR", "> €5m"),
        ("≥ $2bn", "over", 2_000_000_000, "USD", "≥ $2bn"),
        ("<€1m", "under", 1_000_000, "EUR", "<€1m"),
        ("≤ 5 mln zł", "up_to", 5_000_000, "PLN", "≤ 5 mln zł"),
        ("€5m+", "over", 5_000_000, "EUR", "€5m+"),
        ("5 mln zł+", "over", 5_000_000, "PLN", "5 mln zł+"),
        ("The bill came to €5m+.", "over", 5_000_000, "EUR", "€5m+"),
        ("(£40m+)", "over", 40_000_000, "GBP", "£40m+"),
        ("~€5m", "approx", 5_000_000, "EUR", "~€5m"),
        ("≈ 5 млн грн", "approx", 5_000_000, "UAH", "≈ 5 млн грн"),
        ("c. €5m", "approx", 5_000_000, "EUR", "c. €5m"),
        ("ca. 5 Mio. Euro", "approx", 5_000_000, "EUR", "ca. 5 Mio. Euro"),
        ("do 5 mln zł", "up_to", 5_000_000, "PLN", "do 5 mln zł"),
        ("nawet 5 mln zł", "up_to", 5_000_000, "PLN", "nawet 5 mln zł"),
        ("Rząd przeznaczy do 5 mln zł na pomoc.", "up_to", 5_000_000, "PLN", "do 5 mln zł"),
    ],
)
def test_signs_and_short_words_qualify(text, qualifier, value, code, shown):
    (mention,) = extract_amounts(text)
    assert mention.amount == Amount(Decimal(value), code, qualifier=qualifier)
    assert text[mention.start : mention.end] == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€5m+€3m", ["EUR 5000000", "EUR 3000000"]),  # a sum, not "more than"
        ("€5m + €3m", ["EUR 5000000", "EUR 3000000"]),
        ("=> €5m", ["EUR 5000000"]),  # an arrow
        ("-> €5m", ["EUR 5000000"]),
        ("A>€5m", ["EUR 5000000"]),  # a formula
        ("<b>€5m</b>", ["EUR 5000000"]),  # markup
        ("do $5m", ["USD 5000000"]),  # "do" is an English word: no Polish amount here
    ],
)
def test_signs_that_do_not_qualify(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected


QUOTED_QUALIFIERS = [  # a qualifier the press quotes from a statement still qualifies
    ('Britain pledged "up to" £5 million', "up to GBP 5000000", '"up to" £5 million'),
    ("Frankreich sagte „bis zu“ 5 Mio. Euro zu", "up to EUR 5000000", "„bis zu“ 5 Mio. Euro"),
    ("La France promet « jusqu'à » 5 millions d'euros", "up to EUR 5000000", None),
    ("Polska przekaże „do” 5 mln zł", "up to PLN 5000000", "„do” 5 mln zł"),
    ("He said 'over' €5m", "over EUR 5000000", "'over' €5m"),
    ('The "fund" €5m', "EUR 5000000", "€5m"),  # a quoted word that is no qualifier
]


@pytest.mark.parametrize(("text", "want", "span"), QUOTED_QUALIFIERS)
def test_a_quoted_qualifier_qualifies(text, want, span):
    (mention,) = extract_amounts(text)
    assert str(mention.amount) == want
    if span is not None:
        assert text[mention.start : mention.end] == span
