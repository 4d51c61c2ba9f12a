"""Amount readings left silently wrong (amounts16b), one table per kind, in several languages.

1. A list item's number at a line's start ("1. 50 млн евро") is no part of the amount.
2. A scale abbreviation that neither the text's language nor the currency's home language
   writes ("$5 tr": Vietnamese) is read with ``foreign-scale`` recorded, never silently.
"""

import re

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.lexicon import lexicon
from aidcalc.words.currency import OWN_SCALE_ABBREVIATIONS


def _read(text, lang=None):
    return [(str(m.amount), m.assumptions) for m in extract_amounts(text, lang=lang)]


# 1. A number of one to three digits opening a line (the text's start, or spaces after a line
# break), with a full stop and a space after it, numbers a list item: the amount is what follows.
LIST_ITEMS = [
    ("Итоги:\n1. 50 млн евро\n2. 30 млн долларов", "ru", ["EUR 50000000", "USD 30000000"]),
    ("Pledges so far:\n2. 40 million euros", None, ["EUR 40000000"]),
    ("Wpłaty:\n1. 500 000 zł", "pl", ["PLN 500000"]),
    ("Zusagen:\n   3. 75 Mio. Euro", "de", ["EUR 75000000"]),
    ("Les dons :\r\n12. 80 millions d'euros", "fr", ["EUR 80000000"]),
    ("1. 20 millones de euros para el agua", "es", ["EUR 20000000"]),
    ("Donatori:\u2028 7. 5 milioni di euro", "it", ["EUR 5000000"]),
    ("Pledges:\n3) €30m", None, ["EUR 30000000"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LIST_ITEMS)
def test_list_number_is_no_part_of_the_amount(text, lang, expected):
    found = _read(text, lang)
    assert [amount for amount, _ in found] == expected
    assert all("split-number" not in codes for _, codes in found)


# ... and the rule leaves alone: a number split after its mark mid-line or after a currency,
# a split with a thousands group of three digits after it (refused: it may be "1.500"), and
# numbers grouped by spaces.
KEPT = [
    ("Total:\n$ 8. 94", None, [("USD 8.94", ("dollar-usd", "split-number"))]),
    ("Preis:\n118, 99 TL", None, [("118.99 TRY", ("split-number",))]),
    ("Lista:\n1 500 000 zł", "pl", [("PLN 1500000", ())]),
    ("Summe:\n1.500 €", "de", [("EUR 1500", ())]),
    ("It came to 1. 50 € each", None, [("EUR 1.5", ("split-number",))]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT)
def test_split_numbers_elsewhere_keep_their_reading(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text", ["Total:\n1. 500 €", "Итоги:\n1. 500 млн евро"])
def test_three_digit_tail_after_a_list_number_is_still_refused(text):
    with pytest.raises(ParseError, match="split by a space"):
        parse_amount(text)


# 2. A scale abbreviation of a language that is neither the text's nor the currency's home.
FOREIGN = [
    ("$5 tr", None, "USD 5000000"),  # Vietnamese "triệu"
    ("The fund got $5 tr from them.", "en", "USD 5000000"),
    ("The fund got $5 md from them.", "en", "USD 5000000000"),  # French "milliard"
    ("Kyiv got $5 tys from them.", None, "USD 5000"),  # Polish "tysięcy"
    ("The bank lent $5 млрд to them.", "en", "USD 5000000000"),  # Russian "миллиард"
    ("Tokyo sent ¥5 Mio. to them.", "en", "JPY 5000000"),  # German "Millionen"
    ("Ankara lent £3 bin to the club.", "en", "GBP 3000"),  # Turkish "bin"
]


@pytest.mark.parametrize(("text", "lang", "expected"), FOREIGN)
def test_foreign_scale_abbreviation_is_recorded(text, lang, expected):
    [(amount, codes)] = _read(text, lang)
    assert amount == expected
    assert "foreign-scale" in codes


# ... and not where a language the amount may be read in writes it: the text's (given or
# detected), the currency's home language, the currency name's language; English forms
# anywhere; whole words and other scripts.
OWN = [
    ("$5 tr", "vi", "USD 5000000"),
    ("5 tys. zł", None, "PLN 5000"),
    ("€5 mrd", "en", "EUR 5000000000"),  # EUR is German, Dutch, Slovene… money
    ("5 Mrd. Dollar", "de", "USD 5000000000"),
    ("75 Millionen Dollar", None, "USD 75000000"),
    ("$5 mil", "en", "USD 5000000"),  # the English press's "mil"
    ("$5m", None, "USD 5000000"),
    ("1200亿美元", None, "USD 120000000000"),
    ("Россия выделила 5 млрд долларов.", None, "USD 5000000000"),
    ("Η Ελλάδα δίνει 5 εκατ. δολάρια.", None, "USD 5000000"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN)
def test_own_scale_word_is_not_foreign(text, lang, expected):
    [(amount, codes)] = _read(text, lang)
    assert amount == expected
    assert "foreign-scale" not in codes


_SHARED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]")


def _short_foreign_forms():
    """Every short scale form of the lexicon (four letters or fewer, Latin, Greek or Cyrillic)
    that English does not write."""
    english = OWN_SCALE_ABBREVIATIONS["en"]
    return sorted(
        key
        for key, powers in lexicon().scales.items()
        if "en" not in powers
        and " " not in key
        and len(key.rstrip(".")) <= 4
        and _SHARED.search(key)
        and key not in english
    )


def test_short_forms_are_many():
    assert len(_short_foreign_forms()) > 50  # the generator below reads a real list


@pytest.mark.parametrize(
    ("template", "lang"),
    [
        ("The fund got ${n} {form} from them.", "en"),
        ("The fund got ${n} {form} from them.", None),
        ("Japan sent ¥{n} {form} to the fund.", "en"),
    ],
)
def test_no_short_foreign_form_is_read_silently(template, lang):
    silent = []
    for form in _short_foreign_forms():
        for mention in extract_amounts(template.format(n=5, form=form), lang=lang):
            if mention.amount.value != 5 and "foreign-scale" not in mention.assumptions:
                silent.append((form, str(mention.amount)))
    assert silent == []
