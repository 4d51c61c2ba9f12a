"""A list that writes its currency sign on the first item and its scale word on the last
("€5, 6 and 7 million") is a list of amounts in that scale, each recording what it assumed
(``shared-scale``, the later ones ``shared-currency``); read item by item the first was EUR 5
and the others were lost, silently. A word pairing the items with their givers
("respectively", "jeweils", "odpowiednio") or a word for "of" and a noun of aid ("de
ayuda") after the scale keeps the list money; a noun after it ("people", "de personas")
makes the last number a count, and the first amount stays as written.
A comma list of bare numbers after a sign ("€5, 10, and 20 million") is a list, not a number
split after its decimal mark ("118, 99 TL")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

M = 10**6
B = 10**9

# (text, lang, the values in order, currency)
LISTS = [
    ("€5, 6 and 7 million", None, [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6, and 7 million", "en", [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 10, and 20 million", None, [5 * M, 10 * M, 20 * M], "EUR"),
    # the comma alone before the last of three or more
    ("€5, 6, 7 million", None, [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 10, 20 million", None, [5 * M, 10 * M, 20 * M], "EUR"),
    ("Aid rose by €2, 3 and 4 billion in turn.", None, [2 * B, 3 * B, 4 * B], "EUR"),
    ("£1, 2, 3 and 4 million", None, [1 * M, 2 * M, 3 * M, 4 * M], "GBP"),
    ("€5, 10 or 20 million", None, [5 * M, 10 * M, 20 * M], "EUR"),
    ("-€5, 6 and 7 million", None, [-5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 und 7 Millionen", "de", [5 * M, 6 * M, 7 * M], "EUR"),
    ("EUR 5, 6 und 7 Mio. für drei Städte", None, [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 et 7 millions", "fr", [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 y 7 millones", "es", [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 e 7 milioni", "it", [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 en 7 miljoen", "nl", [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6 i 7 mln", "pl", [5 * M, 6 * M, 7 * M], "EUR"),
    ("$1, 2 і 3 млрд", "uk", [1 * B, 2 * B, 3 * B], "USD"),
    # the currency written again at the end: the bare items take it, the signed first item
    # the scale
    ("€5, 6 and 7 million euros", None, [5 * M, 6 * M, 7 * M], "EUR"),
    ("€5, 6, 7 and 8 million euros", None, [5 * M, 6 * M, 7 * M, 8 * M], "EUR"),
    ("€5, 10 and 20 million euros", None, [5 * M, 10 * M, 20 * M], "EUR"),
]

# two items, the scale once, then a word pairing them with their givers
RESPECTIVELY = [
    ("€5 and 7 million respectively", None, [5 * M, 7 * M], "EUR"),
    ("Germany and France gave €5 and 7 million respectively.", None, [5 * M, 7 * M], "EUR"),
    ("$5, 6 and 7 billion, respectively", None, [5 * B, 6 * B, 7 * B], "USD"),
    ("€5 und 7 Millionen jeweils", "de", [5 * M, 7 * M], "EUR"),
    ("€5 et 7 millions respectivement", "fr", [5 * M, 7 * M], "EUR"),
    ("€5 y 7 millones respectivamente", "es", [5 * M, 7 * M], "EUR"),
    ("€5 e 7 milioni rispettivamente", "it", [5 * M, 7 * M], "EUR"),
    ("€5 i 7 mln odpowiednio", "pl", [5 * M, 7 * M], "EUR"),
    ("€5 en 7 miljoen respectievelijk", "nl", [5 * M, 7 * M], "EUR"),
]

# two items, the scale once, then a word for "of" and a noun of aid: what the money is
OF_AID = [
    ("€5 y 7 millones de ayuda", None, [5 * M, 7 * M], "EUR"),
    ("€5 et 7 millions d'aide", None, [5 * M, 7 * M], "EUR"),
    ("€5 and 7 million of aid", None, [5 * M, 7 * M], "EUR"),
]


def _values(text, lang):
    return [(m.amount.value, m.amount.currency) for m in extract_amounts(text, lang=lang)]


@pytest.mark.parametrize(("text", "lang", "values", "code"), LISTS + RESPECTIVELY + OF_AID)
def test_every_item_takes_the_scale(text, lang, values, code):
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.amount.currency) for m in found] == [
        (Decimal(v), code) for v in values
    ]
    assert "shared-scale" in found[0].assumptions
    assert all("shared-currency" in m.assumptions for m in found[1:])
    # the whole text read as one amount is the first item, in its scale
    assert parse_amount(text, lang=lang).value == Decimal(values[0])


@pytest.mark.parametrize(
    "text",
    [
        "€5, 6 and 7 million people watched",
        "It sold for €5 and 7 million viewers saw it",
        "€5, 6 y 7 millones de personas",
        "€5, 6 und 7 Millionen Menschen",
        "€5 y 7 millones de personas",
        "€5 et 7 millions de personnes",
        "€5 and 7 million of them",
    ],
)
def test_a_count_after_the_last_number_shares_nothing(text):
    found = extract_amounts(text)
    assert [(m.amount.value, m.amount.currency) for m in found] == [(Decimal(5), "EUR")]
    # read as written, and said: a scale after it was not shared
    assert found[0].assumptions == ("scale-unshared",)


def test_a_comma_list_is_no_split_number():
    # the items are their own numbers, not "5,10" read as cents
    assert [m.amount.value for m in extract_amounts("€ 5, 10, 20")][0] == Decimal(5)
    assert parse_amount("€5, 10, and 20 million").value == Decimal(5 * M)
    # a split number alone is still joined and says so
    split = extract_amounts("118, 99 TL")
    assert [(m.amount.value, m.assumptions) for m in split] == [
        (Decimal("118.99"), ("split-number",))
    ]


def test_the_spans_are_each_item():
    text = "€5, €6 and 7 million"
    found = extract_amounts(text)
    assert [text[m.start : m.end] for m in found] == ["€5", "€6", "7 million"]
    assert [m.amount.value for m in found] == [Decimal(5 * M), Decimal(6 * M), Decimal(7 * M)]
