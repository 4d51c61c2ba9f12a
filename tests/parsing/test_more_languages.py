"""Languages beyond the six (issue 9, item 17): qualifiers and restatement links as data.

Each language's words live in ``aidcalc/words/<lang>.py``; these are sentences as the press of
that language writes them, read without a language hint and with it.
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount

QUALIFIED = [
    ("cs", "Česko dalo přibližně 25 miliard korun.", "approx CZK 25000000000"),
    ("cs", "Pomoc stála více než 2 miliardy korun.", "over CZK 2000000000"),
    ("cs", "Sbírka vynesla téměř 40 milionů korun.", "under CZK 40000000"),
    ("sk", "Cez organizácie sme poskytli až 1,6 milióna €.", "up to EUR 1600000"),
    ("sk", "Pomoc predstavuje takmer 7 miliónov eur.", "under EUR 7000000"),
    ("sk", "Vyše 3 miliónov eur išlo na lieky.", "over EUR 3000000"),
    ("nb", "Regjeringen gir nesten 2 milliarder kroner til Norges fond.", "under NOK 2000000000"),
    ("nb", "Norge bidro med i underkant av 200 millioner kroner.", "under NOK 200000000"),
    ("nb", "Norge gir om lag 15 milliarder kroner i året.", "approx NOK 15000000000"),
    ("sv", "Stödet är drygt 500 miljoner kronor.", "over SEK 500000000"),
    ("sv", "Sverige har bidragit med ca 5,2 miljarder kronor.", "approx SEK 5200000000"),
    ("da", "Pakken er på cirka 1,5 mia. kr. fra Danmark.", "approx DKK 1500000000"),
    ("da", "Danmark giver op til 300 mio. kr.", "up to DKK 300000000"),
    ("fi", "Uuden paketin arvo on noin 98 miljoonaa euroa.", "approx EUR 98000000"),
    ("fi", "Yli 100 miljoonaa euroa on varattu.", "over EUR 100000000"),
    ("fi", "Tukea on jopa 20 miljoonaa euroa.", "up to EUR 20000000"),
    ("ro", "Peste 2 milioane de euro au fost donate.", "over EUR 2000000"),
    ("ro", "Vom aloca cel puțin 500 de milioane de euro.", "over EUR 500000000"),
    ("ro", "Aproape 1 miliard de dolari a fost promis.", "under USD 1000000000"),
    ("hr", "Više od 30 milijuna eura ide za razminiranje.", "over EUR 30000000"),
    ("hr", "Hrvatska je dala oko 20 milijuna eura.", "approx EUR 20000000"),
    ("el", "Πάνω από 5 εκατομμύρια ευρώ δόθηκαν.", "over EUR 5000000"),
    ("el", "Η βοήθεια φτάνει έως 10 εκατομμύρια ευρώ.", "up to EUR 10000000"),
    ("tr", "Yaklaşık 50 milyon euro onaylandı.", "approx EUR 50000000"),
    ("tr", "En az 5 milyon dolar toplandı.", "over USD 5000000"),
    ("es", "El coste ronda los 2 millones de euros.", "approx EUR 2000000"),
    ("es", "Como máximo 40 millones de euros.", "up to EUR 40000000"),
    ("it", "Per un importo massimo di 700 milioni di euro.", "up to EUR 700000000"),
    ("pt", "No máximo 3 milhões de euros.", "up to EUR 3000000"),
    ("en", "a minimum of $5 million for demining", "over USD 5000000"),
    ("pl", "Pomoc wyniosła nieco ponad 14 mld zł.", "over PLN 14000000000"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUALIFIED)
def test_qualifiers_without_a_hint(lang, text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), QUALIFIED)
def test_qualifiers_with_the_language(lang, text, expected):
    assert str(parse_amount(text, lang=lang)) == expected


RESTATED = [
    (
        "Wydatki wyniosły 106 mld złotych, co stanowi równowartość 25 mld euro.",
        ["PLN 106000000000", "EUR 25000000000"],
    ),
    (
        "Pomoc osiągnęła ok. 3,23 mld euro, czyli nieco ponad 14 mld zł.",
        ["approx EUR 3230000000", "over PLN 14000000000"],
    ),
    (
        "Vojna pomoć vrijedi 123 milijuna eura, odnosno 926,7 milijuna kuna.",
        ["EUR 123000000", "HRK 926700000"],
    ),
    (
        "Norge gir 2 milliarder kroner, tilsvarende 1,31 milliarder danske kroner.",
        ["NOK 2000000000", "DKK 1310000000"],
    ),
    (
        "Pomoc stála 500 milionů korun, tedy asi 20 milionů eur.",
        ["CZK 500000000", "approx EUR 20000000"],
    ),
    (
        "Η δόση είναι 2 εκατομμύρια ευρώ, δηλαδή 2,2 εκατομμύρια δολάρια.",
        ["EUR 2000000", "USD 2200000"],
    ),
    (
        "La ayuda es de 3 millones de euros, es decir 3,3 millones de dólares.",
        ["EUR 3000000", "USD 3300000"],
    ),
]


@pytest.mark.parametrize(("text", "amounts"), RESTATED)
def test_restatement_links(text, amounts):
    found = extract_amounts(text)
    assert [str(m.amount) for m in found] == amounts
    assert [m.equivalent_of for m in found] == [None, 0]
