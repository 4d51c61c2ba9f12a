"""silent18's long spelled numbers and refused18's spelled thousands before a currency, read
by one ``spelled_runs`` (spelled18): each form whole, or refused, never a part of it."""

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

# A thousand and a rest before a currency, its parts read before by silent18's runs (the count
# before the thousand, the rest after it) or by refused18's whole run: one amount, from its head
WHOLE = [
    ("vingt mille trois cents euros", None, "EUR", 20300),
    ("vingt mille trois cents euros", "fr", "EUR", 20300),
    ("cento e vinte mil e quinhentos reais", None, "BRL", 120500),
    ("cento e vinte mil e quinhentos reais", "pt", "BRL", 120500),
    ("zweihunderttausenddreihundert Euro", None, "EUR", 200300),
    ("Zehn Millionen und dreitausend Euro", None, "EUR", 10003000),
    ("tres mil doscientos cincuenta y cinco dólares", None, "USD", 3255),
    ("Mil quinientos euros llegaron.", None, "EUR", 1500),
]


@pytest.mark.parametrize(("text", "lang", "code", "value"), WHOLE)
def test_a_spelled_thousand_reads_whole_from_its_head(text, lang, code, value):
    amount = parse_amount(text, lang=lang)
    assert (amount.currency, amount.value) == (code, Decimal(value))
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.start) for m in found] == [(Decimal(value), 0)]


# Digits that count the thousand ("25 mil"): the spelled thousand and its rest are no amount
# of their own (1,500 would drop the 25)
COUNTED_BY_DIGITS = [
    ("Se donaron 25 mil quinientos euros.", None),
    ("Se donaron 25 mil quinientos euros.", "es"),
    ("Il a reçu 25 mille cinq cents euros.", None),
    ("A escola recebeu 3 mil e quinhentos reais.", None),
    ("A escola recebeu 3 mil e quinhentos reais.", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTED_BY_DIGITS)
def test_digits_before_a_spelled_thousand_refuse_the_amount(text, lang):
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang)
    for mention in extract_amounts(text, lang=lang):
        assert mention.amount.value >= 1000 * int(text.split(" mil")[0].split()[-1])


# Digits that count a scale word before a spelled tail ("25 thousand five hundred"): the tail
# alone would lose the digits' part (``continues_number``), so the whole is refused
DIGIT_HEADS = [
    ("The town received 25 thousand five hundred dollars.", None),
    ("They got 3 million two hundred thousand euros.", None),
    ("They got 3 million, two hundred thousand euros.", None),
    ("Es kamen 4 Millionen dreihundert Euro an.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), DIGIT_HEADS)
def test_digits_before_a_scale_word_refuse_its_spelled_tail(text, lang):
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang)
    left_out: list = []
    assert extract_amounts(text, lang=lang, refused=left_out) == []  # never the tail alone
    assert ["head was not read with its tail" in r.reason for r in left_out] == [True]
