"""Hungarian, Estonian and Latvian amounts (session 22, lang22).

Each has a words module (``aidcalc/words/hu.py``, ``et.py``, ``lv.py``): qualifiers before the
amount ("több mint", "legfeljebb", "üle", "kuni", "vairāk nekā", "līdz"), their ranges
("5 és 7 millió euró között", written "between" last as Finnish does; "5 kuni 7 miljonit
eurot"; "no 5 līdz 7 miljoniem eiro"), and the words that tell each language. Before them,
every such qualifier was dropped and every such range read as its top alone, silently.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing.language import text_language

M, B = 10**6, 10**9

CASES = [
    # Hungarian: qualifiers
    ("hu", "A kormány több mint 5 millió euró támogatást adott.", 5 * M, "EUR", "over", None),
    ("hu", "A kormány több, mint 5 millió euró támogatást adott.", 5 * M, "EUR", "over", None),
    ("hu", "Magyarország legalább 2 milliárd forint segélyt ígért.", 2 * B, "HUF", "over", None),
    ("hu", "Magyarország legfeljebb 5 millió euró segélyt adott.", 5 * M, "EUR", "up_to", None),
    ("hu", "A csomag akár 3 milliárd forint is lehet.", 3 * B, "HUF", "up_to", None),
    ("hu", "A minisztérium mintegy 10 millió euró segélyt küldött.", 10 * M, "EUR", "approx", None),
    ("hu", "Magyarország kb. 5 millió euró segélyt adott.", 5 * M, "EUR", "approx", None),
    ("hu", "A kormány körülbelül 4 millió euró segélyt adott.", 4 * M, "EUR", "approx", None),
    ("hu", "A kormány csaknem 7 milliárd forint segélyt adott.", 7 * B, "HUF", "under", None),
    ("hu", "Magyarország közel 5 milliárd forint segélyt adott.", 5 * B, "HUF", "under", None),
    ("hu", "Magyarország kevesebb mint 1 millió euró segélyt adott.", M, "EUR", "under", None),
    ("hu", "Magyarország nem több mint 5 millió euró segélyt adott.", 5 * M, "EUR", "up_to", None),
    # Hungarian: ranges, "between" after the range; the case forms CLDR lacks
    ("hu", "A kormány 5 és 7 millió euró között támogatást adott.", 5 * M, "EUR", None, 7 * M),
    ("hu", "A kormány 2 és 3 milliárd forint közötti segélyt adott.", 2 * B, "HUF", None, 3 * B),
    ("hu", "A kormány 5 milliárd forintot adott.", 5 * B, "HUF", None, None),
    ("hu", "A kormány több mint 5 millió eurót adott.", 5 * M, "EUR", "over", None),
    ("hu", "2023-ban 500 000 forint.", 500000, "HUF", None, None),
    # Estonian: qualifiers
    ("et", "Eesti eraldas Ukrainale üle 5 miljoni euro.", 5 * M, "EUR", "over", None),
    ("et", "Eesti eraldas Ukrainale vähemalt 5 miljonit eurot.", 5 * M, "EUR", "over", None),
    ("et", "Eesti eraldas Ukrainale rohkem kui 2 miljonit eurot.", 2 * M, "EUR", "over", None),
    ("et", "Eesti eraldas Ukrainale umbes 10 miljonit eurot.", 10 * M, "EUR", "approx", None),
    ("et", "Eesti eraldas Ukrainale ligikaudu 3 miljonit eurot.", 3 * M, "EUR", "approx", None),
    ("et", "Eesti eraldas Ukrainale peaaegu 4 miljonit eurot.", 4 * M, "EUR", "under", None),
    ("et", "Eesti eraldas Ukrainale ligi 4 miljonit eurot.", 4 * M, "EUR", "under", None),
    ("et", "Eesti eraldas Ukrainale kuni 7 miljonit eurot.", 7 * M, "EUR", "up_to", None),
    ("et", "Eesti andis Ukrainale mitte rohkem kui 7 miljonit eurot.", 7 * M, "EUR", "up_to", None),
    # Estonian: ranges
    ("et", "Eesti eraldas Ukrainale 5 kuni 7 miljonit eurot.", 5 * M, "EUR", None, 7 * M),
    ("et", "Eesti eraldas Ukrainale 100 kuni 150 miljonit eurot.", 100 * M, "EUR", None, 150 * M),
    # Latvian: qualifiers
    ("lv", "Latvija piešķīra vairāk nekā 5 miljoni eiro Ukrainai.", 5 * M, "EUR", "over", None),
    ("lv", "Latvija piešķīra vismaz 5 miljoni eiro Ukrainai.", 5 * M, "EUR", "over", None),
    ("lv", "Latvija piešķīra aptuveni 10 miljonus eiro Ukrainai.", 10 * M, "EUR", "approx", None),
    ("lv", "Latvija piešķīra apmēram 2 miljoni eiro Ukrainai.", 2 * M, "EUR", "approx", None),
    ("lv", "Latvija piešķīra ap 3 miljoni eiro Ukrainai.", 3 * M, "EUR", "approx", None),
    ("lv", "Latvija piešķīra gandrīz 4 miljonus eiro Ukrainai.", 4 * M, "EUR", "under", None),
    ("lv", "Latvija piešķīra mazāk nekā 1 miljonu eiro Ukrainai.", M, "EUR", "under", None),
    ("lv", "Latvija piešķīra līdz 5 miljoniem eiro Ukrainai.", 5 * M, "EUR", "up_to", None),
    ("lv", "Latvija piešķīra ne vairāk kā 5 miljoni eiro Ukrainai.", 5 * M, "EUR", "up_to", None),
    # Latvian: ranges
    ("lv", "Latvija piešķīra no 5 līdz 7 miljoniem eiro Ukrainai.", 5 * M, "EUR", None, 7 * M),
    ("lv", "Latvija piešķīra 2 līdz 3 miljardus eiro Ukrainai.", 2 * B, "EUR", None, 3 * B),
    ("lv", "Latvija piešķīra starp 5 un 7 miljoniem eiro Ukrainai.", 5 * M, "EUR", None, 7 * M),
]


@pytest.mark.parametrize("lang_given", [True, False], ids=["lang", "no-lang"])
@pytest.mark.parametrize(("lang", "text", "value", "currency", "qualifier", "high"), CASES)
def test_qualifiers_and_ranges(lang, text, value, currency, qualifier, high, lang_given):
    amount = parse_amount(text, lang=lang if lang_given else None)
    assert amount.value == Decimal(value)
    assert amount.currency == currency
    assert amount.qualifier == qualifier
    assert amount.high == (Decimal(high) if high else None)
    (mention,) = extract_amounts(text, lang=lang if lang_given else None)
    assert mention.amount == amount


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A kormány több mint 5 millió euró támogatást hagyott jóvá, és a csomag kész.", "hu"),
        ("A minisztérium szerint a támogatás összege csaknem 10 milliárd forint volt.", "hu"),
        ("Valitsus otsustas, et Eesti annab Ukrainale ka umbes 10 miljonit eurot.", "et"),
        ("Eesti eraldas Ukrainale üle 5 miljoni euro.", "et"),
        ("Valdība nolēma, ka Latvija arī šogad piešķirs aptuveni 10 miljonus eiro.", "lv"),
        ("Latvija piešķīra vairāk nekā 5 miljoni eiro Ukrainai.", "lv"),
        # the neighbours keep their language
        ("Lietuva skyrė Ukrainai daugiau nei 5 mln. eurų.", "lt"),
        ("Suomi myönsi Ukrainalle yli 5 miljoonaa euroa.", "fi"),
        ("Hallitus lisää tukea Ukrainalle", "fi"),
        ("Deutschland hat über 5 Mio. Euro zugesagt.", "de"),
        ("Sverige ger över 5 miljoner kronor till Ukraina.", "sv"),
        ("Türkiye en az 5 milyon dolar yardım yaptı.", "tr"),
        ("Česko poskytlo více než 5 mil. Kč.", "cs"),
        ("Portugal não deu nem 5 milhões de euros.", "pt"),
    ],
)
def test_language_told(text, lang):
    assert text_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        # "alla" is Estonian "under", Swedish "all" and Italian "to the": no qualifier
        ("Alla 5 miljarder kronor gick till Ukraina.", None, 5 * B, "SEK"),
        ("Alla 5 miljarder kronor gick till Ukraina.", "sv", 5 * B, "SEK"),
        # "ap" is Latvian "about" and the English agency's name
        ("AP 5 million euros were pledged by the donors.", None, 5 * M, "EUR"),
        # "no" opens a Latvian range only with "līdz"
        ("The UN gave no 5 million euros to the fund.", None, 5 * M, "EUR"),
        # "un" joins a Latvian range only after "starp"
        ("Latvija piešķīra 5 un 7 miljoni eiro Ukrainai.", "lv", 5 * M, "EUR"),
    ],
)
def test_words_of_other_languages_qualify_nothing(text, lang, value, currency):
    first = extract_amounts(text, lang=lang)[0].amount
    assert (first.value, first.currency) == (Decimal(value), currency)
    assert first.qualifier is None and first.high is None


def test_list_of_two_latvian_amounts():
    # "un" after a bare number with no "starp" before it is a list: two amounts
    amounts = [m.amount for m in extract_amounts("Latvija piešķīra 5 un 7 miljoni eiro Ukrainai.")]
    assert [(a.value, a.high) for a in amounts] == [(Decimal(5 * M), None), (Decimal(7 * M), None)]


def test_italian_alla_before_a_country_is_no_qualifier():
    # Estonian "alla" (under) is left unread: as a qualifier word it cut the Italian list item
    # "e alla Moldavia 1 miliardo" from the euros written before it
    text = "L'Italia darà all'Ucraina 3 miliardi di euro e alla Moldavia 1 miliardo."
    amounts = [m.amount for m in extract_amounts(text, lang="it")]
    expected = [(Decimal(3 * B), "EUR"), (Decimal(B), "EUR")]
    assert [(a.value, a.currency) for a in amounts] == expected


def test_forint_is_the_hungarian_forint():
    # CLDR's Hungarian ends the Caribbean guilder's name in "forint" ("karibi forint", XCG):
    # the bare word is the Hungarian forint, the guilder keeps its adjective
    assert parse_amount("A kormány 1 234 567 forint támogatást hagyott jóvá.").currency == "HUF"
    assert parse_amount("Curaçao 5 millió karibi forint.", lang="hu").currency == "XCG"
