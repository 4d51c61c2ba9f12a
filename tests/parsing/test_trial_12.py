"""Smaller silent misreadings found by the new-user trial of session 12 (F12, F15, F16, D).

Each table holds real-looking forms written for these tests, in several languages where the
rule applies; the expected reading is the one the text states.
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount

# 1. A qualifier form right after a noun that it links to its worth bounds nothing: German
# "über" after "Paket", "Scheck", "Vertrag" … is "of/worth"; elsewhere it stays "more than".
WORTH_AFTER_NOUN = [
    ("ein neues Paket über 1,4 Mrd. Euro", "EUR 1400000000"),
    ("Berlin stellte einen Scheck über 50.000 Euro aus.", "EUR 50000"),
    ("Der Vertrag über 2 Mrd. Euro wurde unterzeichnet.", "EUR 2000000000"),
    ("Rheinmetall erhielt einen Auftrag über 300 Mio. Euro", "EUR 300000000"),
    ("einen Kredit ueber 2 Mrd. Euro", "EUR 2000000000"),
    ("ein weiteres Hilfspaket über 500 Millionen Euro", "EUR 500000000"),
    ("zwei Kreditverträge über 1,5 Milliarden Euro", "EUR 1500000000"),
    ("Rüstungsaufträge über 3 Mrd. Euro", "EUR 3000000000"),
    ("Darlehen über 700 Mio. Franken", "CHF 700000000"),
]

STILL_OVER = [
    ("ein Paket im Wert von über 1 Mrd. Euro", "over EUR 1000000000"),
    ("Deutschland zahlte über 1 Mrd. Euro", "over EUR 1000000000"),
    ("Die Ukraine erhält von Deutschland über 1 Mrd. Euro", "over EUR 1000000000"),
    ("Über 1 Mrd. Euro", "over EUR 1000000000"),
    ("Die Hilfe stieg auf über 2 Mrd. Euro.", "over EUR 2000000000"),
    # the same kind in other languages: a preposition of worth is no qualifier there already,
    # and "more than" after a noun and its preposition stays a bound
    ("un chèque de plus de 5 millions d'euros", "over EUR 5000000"),
    ("pakiet na 1 mld zł", "PLN 1000000000"),
    ("pakiet o wartości ponad 1 mld zł", "over PLN 1000000000"),
    ("een pakket van ruim 1 miljard euro", "over EUR 1000000000"),
    ("a package of over $1 billion", "over USD 1000000000"),
    ("ett paket på över 1 miljard kronor", "over SEK 1000000000"),
    ("пакет на понад 1 млрд грн", "over UAH 1000000000"),
]


@pytest.mark.parametrize(("text", "expected"), WORTH_AFTER_NOUN + STILL_OVER)
def test_a_qualifier_after_a_noun_of_worth_bounds_nothing(text, expected):
    assert str(parse_amount(text)) == expected
    assert str(extract_amounts(text)[0].amount) == expected


# 2. Japanese and Chinese qualifiers, before the amount and after it.
CJK_QUALIFIERS = [
    ("約3億ドル", "approx USD 300000000"),
    ("およそ150億円", "approx JPY 15000000000"),
    ("日本政府はウクライナに約4719億円を融資した。", "approx JPY 471900000000"),
    ("最大50億円", "up to JPY 5000000000"),
    ("3億ドル以上", "over USD 300000000"),
    ("日本は3億ドル以上を支援する", "over USD 300000000"),
    ("3億ドル超", "over USD 300000000"),
    ("3億ドル余り", "over USD 300000000"),
    ("100億円未満", "under JPY 10000000000"),
    ("100億円近く", "under JPY 10000000000"),
    ("援助総額は50億円程度となる", "approx JPY 5000000000"),
    ("约3亿美元", "approx USD 300000000"),
    ("中国宣布提供大约3亿美元援助", "approx USD 300000000"),
    ("近3亿美元", "under USD 300000000"),
    ("超过10亿元", "over CNY 1000000000"),
    ("3亿美元以上", "over USD 300000000"),
    ("5亿元左右", "approx CNY 500000000"),
    ("1亿元以下", "up to CNY 100000000"),
    ("約3億美元", "approx USD 300000000"),
    # no qualifier: the plain forms keep their readings
    ("30億円", "JPY 3000000000"),
    ("4500万ドル", "USD 45000000"),
    ("100亿元", "CNY 10000000000"),
]


@pytest.mark.parametrize(("text", "expected"), CJK_QUALIFIERS)
def test_japanese_and_chinese_qualifiers(text, expected):
    assert str(parse_amount(text)) == expected
