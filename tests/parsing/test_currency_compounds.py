"""A currency's name or code that is the first part of a compound noun ("the 20 euro area
states", "die 20 Euro Länder", "500 EUR-pallets") or names an emission class ("Euro 6
trucks") is no money, and the number before it counts the compound (probe 23: each read as
money, silently, until session 23): a compound noun after a determiner before the number
(``words.CURRENCY_COMPOUNDS``) or joined by a hyphen, goods named after a currency ("Euro
pallets": ``words.CURRENCY_NAMED_GOODS``) always. A code or name before "denominated", a face
value ("20 euro notes"), a compound word after a number with no determiner before it (a
price: "Admission: 10 euro members") and a scale word after the class's digit stay amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

NO_MONEY = [
    ("The 20 euro area states pledged.", None),
    ("The 19 euro countries agreed.", "en"),
    ("Germany bought 500 EUR-pallets.", None),
    ("Germany sent 300 Euro pallets worth 5 million.", None),
    ("Germany sent 50 Euro 6 trucks.", None),
    ("Germany sold 50 Euro 2024 tickets.", None),
    ("Die 20 Euro Länder einigten sich.", "de"),
    ("Die 20 Euro Mitgliedsstaaten einigten sich.", "de"),
    ("Deutschland lieferte 300 Euro Paletten mit Hilfsgütern.", "de"),
    ("Deutschland schickte 50 Euro 6 Lkw.", "de"),
    ("Deutschland schickte 50 Euro-6-Lkw.", "de"),
    ("Germany sent 50 Euro VI trucks.", None),
    ("De 20 euro landen besloten.", "nl"),
    ("Er gingen 400 euro pallets naar Kyiv.", "nl"),
]

STILL_MONEY = [
    # no determiner before the number: a price (probe 23b: a first version dropped these)
    ("Admission: 10 euro members.", "10"),
    ("Das Ticket kostet 3 Euro Zone A.", "3"),
    ("Each family gets 500 euro states the ministry.", "500"),
    ("issued 500 million EUR-denominated bonds", "500000000"),
    ("€5 million euro area loans", "5000000"),
    ("Euro 6 trucks worth €5m", "5000000"),
    ("Euro VI trucks worth €5m", "5000000"),
    ("Euro 6 each", "6"),
    ("Euro 2000 Millionen", "2000000000"),
    ("It paid 20 euros for pallets.", "20"),
]


@pytest.mark.parametrize(("text", "lang"), NO_MONEY)
def test_a_currency_in_a_compound_or_a_class_is_no_money(text, lang):
    for given in (None, lang):
        assert extract_amounts(text, lang=given) == []
        with pytest.raises(ParseError):
            parse_amount(text, lang=given)


@pytest.mark.parametrize(("text", "value"), STILL_MONEY)
def test_a_denomination_a_later_amount_or_a_function_word_keeps_the_money(text, value):
    found = extract_amounts(text)
    assert [(m.amount.value, m.amount.currency) for m in found] == [(Decimal(value), "EUR")]
    assert parse_amount(text).value == Decimal(value)


def test_the_class_is_told_as_no_amount():
    with pytest.raises(ParseError, match="names an event or a class"):
        parse_amount("Euro 6 trucks")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a scaled number before the name, or a table's cells: money, whatever follows the year
        # (user trial 23: a first version of the class rule dropped these rows, silently)
        ("Italien hat 300 Mio. Euro 2025 gegeben.", ["300000000"]),
        ("Geber\tBetrag\tJahr\nItalien\t300 Mio. Euro\t2025\nSpanien\t200 Mio. Euro\t2024\n",
         ["300000000", "200000000"]),
        ("Italien 300 Euro\t2025\nSpanien 200 Euro\t2024", ["300", "200"]),
    ],
)  # fmt: skip
def test_a_scaled_number_or_a_cell_before_the_name_and_a_year_is_money(text, values):
    assert [m.amount.value for m in extract_amounts(text)] == [Decimal(v) for v in values]
