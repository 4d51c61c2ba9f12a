"""Issue 9, a new user's trial: silent wrong values and losses, each kind as a table."""

from __future__ import annotations

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

# 1. A pound name that is the unit of weight is no money: a verb of weighing before the number
# (any language of the pound names), or English "pound" between a bare number and a noun that
# is not a money noun.
WEIGHTS = [
    ("He weighs 180 pounds, officials said.", None),
    ("He weighed about 200 pounds.", None),
    ("The cargo weighed 2 million pounds.", None),
    ("It dropped 2000 pound bombs.", None),
    ("The shipment of 2,000 pound bombs was paused.", None),
    ("Washington sent 500 pound bombs to the front.", None),
    ("Er wog 180 Pfund.", None),
    ("Das Paket wiegt 20 Pfund.", "de"),
    ("Il pesait 180 livres.", None),
    ("Le colis pèse 20 livres.", "fr"),
    ("Pesaba 180 libras.", None),
    ("La caja pesaba unas 40 libras.", "es"),
    ("Ważył ponad 180 funtów.", None),
    ("Hij woog 180 pond.", None),
    ("Он весил 180 фунтов.", None),
]


@pytest.mark.parametrize(("text", "lang"), WEIGHTS)
def test_a_weight_in_pounds_is_no_money(text, lang):
    assert extract_amounts(text, lang=lang) == []
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang)


POUNDS_OF_MONEY = [
    ("£5 million", "GBP 5000000"),
    ("5 million pounds for schools", "GBP 5000000"),
    ("5 pounds of aid money", "GBP 5"),
    ("a 5-pound note", "GBP 5"),
    ("a 20 pound note", "GBP 20"),
    ("a 10 pound fine", "GBP 10"),
    ("a 5 million pound aid package", "GBP 5000000"),
    ("He paid 180 pounds, officials said.", "GBP 180"),
    ("Er zahlte 5 Pfund für Brot", "GBP 5"),
    ("Il a payé 180 livres sterling.", "GBP 180"),
]


@pytest.mark.parametrize(("text", "expected"), POUNDS_OF_MONEY)
def test_pounds_of_money_stay_money(text, expected):
    assert str(parse_amount(text)) == expected
