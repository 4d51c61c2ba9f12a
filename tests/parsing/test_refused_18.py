"""Amounts refused or dropped though readable (issue 9 items 12-17, session 18): each kind
read, or reported as left out, never lost."""

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

# A sign between two numbers that read as one value, each with no doubt about its decimal
# mark: the amount is that value whichever number the sign belongs to (docs/parsing.md)
SAME_VALUE = [
    ("205,68 € 205.68", None, "EUR 205.68", "205,68 €"),
    ("Der Preis: 1.299,00 € 1,299.00 inklusive Steuer.", "de", "EUR 1299", "1.299,00 €"),
    ("Cena 3 500,50 zł 3500.50 za sztukę", "pl", "PLN 3500.5", "3 500,50 zł"),
    ("Le billet 49,90 CHF 49.90 au guichet", "fr", "CHF 49.9", "49,90 CHF"),
    ("Lot 350 $ 350 was paid.", "en", "USD 350", "350 $"),
]
# ... and two numbers that differ stay refused, the reason naming both
NOT_SAME = [
    ("205,68 € 205.86", None),
    ("Pozycja 9,50 zł 9,05 za sprzęt", "pl"),
    ("Lot 12.75 $ 12.57 was paid.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "read", "piece"), SAME_VALUE)
def test_a_sign_between_two_equal_numbers_reads_their_value(text, lang, read, piece):
    assert str(parse_amount(text, lang=lang)) == read
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == [read]
    assert text[found[0].start : found[0].end] == piece


@pytest.mark.parametrize(("text", "lang"), NOT_SAME)
def test_a_sign_between_two_numbers_that_differ_stays_refused(text, lang):
    with pytest.raises(ParseError, match="stands between the numbers"):
        parse_amount(text, lang=lang)
    left_out = []
    assert extract_amounts(text, lang=lang, refused=left_out) == []
    assert ["stands between the numbers" in r.reason for r in left_out] == [True]
