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


# 2. In the passive the subject of a giving verb receives and the agent gives: the country
# after "by" ("par", "por", "da", "von") decides, and with none the word stays refused.
PASSIVES = [
    ("Egypt was given £5 million by Britain.", None, "GBP 5000000"),
    ("Rwanda was given 5 million francs by Switzerland.", None, "CHF 5000000"),
    ("Pakistan was given Rs 5 billion by India.", None, "INR 5000000000"),
    ("Lebanon was offered £5 million by Egypt.", None, "EGP 5000000"),
    ("Egypt was also given £5 million by the United Kingdom.", None, "GBP 5000000"),
    ("Egypt has been promised £5 million by Britain, officials said.", None, "GBP 5000000"),
    ("Nepal was granted Rs 2 billion by India.", "en", "INR 2000000000"),
    ("Egipto fue otorgado 5 millones de libras por el Reino Unido.", None, "GBP 5000000"),
    ("El Líbano fue financiado con 5 millones de libras por Egipto.", None, "EGP 5000000"),
    ("Le Rwanda a été financé à hauteur de 5 millions de francs par la Suisse.", None,
     "CHF 5000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), PASSIVES)
def test_the_agent_of_a_passive_gives(text, lang, expected):
    assert str(parse_amount(text, lang=lang)) == expected
    (mention,) = extract_amounts(text, lang=lang)
    assert mention.assumptions == ("country-subject",)


ACTIVE_STILL = [
    ("Britain gave Egypt £5 million.", "GBP 5000000"),
    ("Egypt gave Britain £5 million.", "EGP 5000000"),
    ("Egypt received £5 million from Britain.", "GBP 5000000"),
    ("India gave Pakistan Rs 5 billion.", "INR 5000000000"),
]


@pytest.mark.parametrize(("text", "expected"), ACTIVE_STILL)
def test_the_subject_of_an_active_verb_still_gives(text, expected):
    assert str(parse_amount(text)) == expected


PASSIVE_UNTOLD = [
    "Egypt was given £5 million by Britain and Lebanon.",  # two givers' pounds
    "Egypt was given £5 million by donors, with Lebanon watching.",  # no giver named
    "£5 million was received by Egypt from Lebanon.",  # a receiving verb in the passive
    "Rwanda was promised 5 million francs by Burundi and Switzerland.",
]


@pytest.mark.parametrize("text", PASSIVE_UNTOLD)
def test_a_passive_with_no_one_giver_is_refused(text):
    with pytest.raises(ParseError, match="ambiguous"):
        parse_amount(text)


PASSIVE_RECEIVER_ONLY = [
    "Egypt was given £5 million.",
    "Egypt was given £5 million by donors.",
    "Rwanda was promised 5 million francs by its partners.",
    "Pakistan has been offered Rs 5 billion.",
]


@pytest.mark.parametrize("text", PASSIVE_RECEIVER_ONLY)
def test_a_passive_naming_only_its_receiver_is_refused(text):
    with pytest.raises(ParseError, match="ambiguous"):
        parse_amount(text)
    assert extract_amounts(text) == []
