"""Issue 9, the new-user trial's silent values in numbers, qualifiers and ranges (branch numfix).

Each table holds real-looking strings of several languages with what they must read as: the
value, currency, qualifier and the assumptions the reading rests on (never a silent guess).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

D = Decimal


def _one(text, lang=None):
    found = extract_amounts(text, lang=lang) if lang else extract_amounts(text)
    assert len(found) == 1, found
    return found[0]


# 1. The decimal mark: three digits after the mark of a currency with two decimals are no
# cents, whatever the language of a word next to the amount; an ISO code before a number with
# a point is read as str(Amount) writes it only when the number ends in no zero.
DECIMAL_MARK = [
    ("about €1.500", "1500", "EUR", ()),
    ("€1.500", "1500", "EUR", ()),
    ("about 48.500 zł", "48500", "PLN", ()),
    ("around 312.000 EUR in cash", "312000", "EUR", ()),
    ("roughly 250.000 €", "250000", "EUR", ()),
    ("NOK 1.500", "1500", "NOK", ()),
    ("1.500 NOK", "1500", "NOK", ()),
    ("SEK 2.000 per family", "2000", "SEK", ()),
    ("rund 1.500 €", "1500", "EUR", ()),
    ("około 2.750 zł", "2750", "PLN", ()),
    ("circa 3.200 euro", "3200", "EUR", ()),
    ("EUR 1.001", "1.001", "EUR", ("decimal-default",)),
    ("EUR 1.50", "1.50", "EUR", ()),
    ("1.500 Millionen Euro", "1500000000", "EUR", ()),
    # Spanish: the regions disagree on the comma before a scale word (es_ES 1,5; es_MX 1,500)
    ("México destinará 1,500 millones de pesos", "1500000000", "MXN", ("country-context",)),
    ("US$1,500 millones", "1500000000", "USD", ()),
    ("1,500 millones de dólares", "1500000000", "USD", ("dollar-usd",)),
    ("El Gobierno aportará 2,500 millones de euros", "2500000", "EUR", ("decimal-default",)),
    ("EE. UU. aportó 8.500 millones de dólares", "8500000000", "USD", ("dollar-usd",)),
    ("Se han destinado 267.200 millones de euros", "267200000000", "EUR", ()),
]


@pytest.mark.parametrize(("text", "value", "currency", "assumed"), DECIMAL_MARK)
def test_decimal_mark_by_evidence(text, value, currency, assumed):
    m = _one(text)
    assert (m.amount.value, m.amount.currency) == (D(value), currency)
    assert (
        tuple(a for a in m.assumptions if a in ("decimal-default", "country-context", "dollar-usd"))
        == assumed
    )


def test_the_callers_language_still_comes_first():
    """A ``lang`` given by the caller is the first evidence (an inferred one is not)."""
    assert parse_amount("12,345 $", lang="fr").value == D("12.345")
    assert parse_amount("about €1.500").value == D("1500")
    assert parse_amount("about €1.500", lang="en").value == D("1.5")


# 3. A negated bound is the other bound: "no more than" is at most, "not less than" at least.
NEGATED = [
    ("no more than $5 million", "up_to"),
    ("not more than $5 million", "up_to"),
    ("not over $5 million", "up_to"),
    ("no más de 5 millones de euros", "up_to"),
    ("non più di 5 milioni di euro", "up_to"),
    ("niet meer dan 5 miljoen euro", "up_to"),
    ("ne více než 5 milionů eur", "up_to"),
    ("nie viac ako 5 miliónov eur", "up_to"),
    ("ikke mer enn 5 millioner kroner", "up_to"),
    ("ikke mere end 5 mio. kr.", "up_to"),
    ("inte mer än 5 miljoner kronor", "up_to"),
    ("nu mai mult de 5 milioane de euro", "up_to"),
    ("ne više od 5 milijuna eura", "up_to"),
    ("не повече от 5 милиона евро", "up_to"),
    ("όχι περισσότερο από 5 εκατομμύρια ευρώ", "up_to"),
    ("не более 5 млн долларов", "up_to"),
    ("nicht mehr als 5 Millionen Euro", "up_to"),
    ("nie więcej niż 5 mln zł", "up_to"),
    ("pas plus de 5 millions d'euros", "up_to"),
    ("não mais de 5 milhões de euros", "up_to"),
    ("no menos de 5 millones de euros", "over"),
    ("non meno di 5 milioni di euro", "over"),
    ("not less than $5 million", "over"),
    ("no less than $5 million", "over"),
    ("nicht weniger als 5 Millionen Euro", "over"),
    ("niet minder dan 5 miljoen euro", "over"),
    ("ne méně než 5 milionů eur", "over"),
    # not negated: the bound stays
    ("more than $5 million", "over"),
    ("less than €5 million", "under"),
    ("más de 5 millones de euros", "over"),
]


@pytest.mark.parametrize(("text", "qualifier"), NEGATED)
def test_a_negated_bound_is_the_other_bound(text, qualifier):
    m = _one(text)
    assert m.amount.value == D(5_000_000)
    assert m.amount.qualifier == qualifier


# 2. A whole count and a half before a scale word: the whole is never lost.
AND_A_HALF = [
    ("Česko dá dva a půl miliardy korun", "2500000000", "CZK"),
    ("jeden a půl milionu eur", "1500000", "EUR"),
    ("Norge gir to og en halv milliard kroner", "2500000000", "NOK"),
    ("två och en halv miljard kronor", "2500000000", "SEK"),
    ("kaksi ja puoli miljardia euroa", "2500000000", "EUR"),
    ("twee en een half miljoen euro", "2500000", "EUR"),
    ("dwa i pół miliarda złotych", "2500000000", "PLN"),
    ("dos y medio millones de euros", "2500000", "EUR"),
    ("two and a half billion dollars", "2500000000", "USD"),
    ("one and a half billion euros", "1500000000", "EUR"),
    # one word for one and a half
    ("anderhalf miljoen euro", "1500000", "EUR"),
    ("halvannen milliard kroner", "1500000000", "NOK"),
    ("halvanden milliard kroner", "1500000000", "DKK"),
    ("puolitoista miljardia euroa", "1500000000", "EUR"),
    ("ενάμισι εκατομμύριο ευρώ", "1500000", "EUR"),
    ("półtora miliarda złotych", "1500000000", "PLN"),
    # "and a half" after the count or after the scale
    ("iki buçuk milyar dolar", "2500000000", "USD"),
    ("üç buçuk milyar lira", "3500000000", "TRY"),
    ("un milione e mezzo di euro", "1500000", "EUR"),
    ("2 milioni e mezzo di euro", "2500000", "EUR"),
    ("dos millones y medio de euros", "2500000", "EUR"),
    # the half alone stays a half
    ("půl miliardy korun", "500000000", "CZK"),
    ("en halv miljard kronor", "500000000", "SEK"),
    ("mezzo miliardo di euro", "500000000", "EUR"),
]


@pytest.mark.parametrize(("text", "value", "currency"), AND_A_HALF)
def test_a_whole_count_and_a_half(text, value, currency):
    m = _one(text)
    assert (m.amount.value, m.amount.currency) == (D(value), currency)


def test_two_counts_joined_by_and_stay_two_amounts():
    found = extract_amounts("Polen och Sverige ger 2 och 3 miljoner kronor")
    assert [m.amount.value for m in found] == [D(2_000_000), D(3_000_000)]
