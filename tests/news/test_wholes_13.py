"""A part and its whole in one sentence: the whole is counted once, never as a second pledge
(issue wholes13).

"La France a promis 3 milliards d'euros sur l'enveloppe de 9 milliards d'euros" gave France
€3bn and €9bn. The whole may be named after the part by any noun phrase: a link
(``SHARE_OF_LINKS``, ``WHOLE_FROM``), determiners or possessives, a noun of ``WHOLE_NOUNS``
and a word of ``WHOLE_WORTH`` ("sur l'enveloppe de", "z pakietu o wartości", "del pacchetto
da"), or a noun after the whole's amount ("out of its €50bn facility"). That amount is
``rejected`` (``aidcalc.news.beside``, rule 6); written without a currency ("del pacchetto da 9
miliardi") the parser reads it in the part's (``aidcalc.parsing.shared._whole_after``). Items
after a breakdown link are read and marked parts of the total; "3 billion out of $9 billion"
reads the part in dollars. Each table row gives the sentence, its language and the rows that
count as (donor, currency, value).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news.candidates import pledge_candidates
from aidcalc.parsing import extract_amounts

PUBLISHED = "2025-03-01"


def rows(text, lang=None):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def counted(text, lang=None):
    """The rows that count: no part, no repeat, not rejected, as (donor, currency, value)."""
    return [
        (r["donor"], r["currency"], r["value"])
        for r in rows(text, lang)
        if r["part_of"] is None and r["duplicate_of"] is None and r["status"] != "rejected"
    ]


# a whole named by a noun phrase after the part: only the part counts
NAMED_WHOLES = [
    (
        "La France a promis 3 milliards d'euros sur l'enveloppe de 9 milliards d'euros "
        "destinée à l'Ukraine.",
        "fr",
        [("FRA", "EUR", 3e9)],
    ),
    (
        "La Belgique versera 400 millions d'euros du fonds européen d'un montant de "
        "2 milliards d'euros.",
        "fr",
        [("BEL", "EUR", 4e8)],
    ),
    (
        "Polska przekazała Ukrainie 3 mld euro z pakietu o wartości 9 mld euro.",
        "pl",
        [("POL", "EUR", 3e9)],
    ),
    (
        "Polska wyda 2 mld zł z nowego funduszu wsparcia o łącznej wartości 6 mld zł.",
        "pl",
        [("POL", "PLN", 2e9)],
    ),
    (
        "The EU disbursed €1.5bn out of its €50bn facility to Ukraine.",
        "en",
        [("EU", "EUR", 1.5e9)],
    ),
    (
        "Germany gave €3bn from the new package worth €9bn to Ukraine.",
        "en",
        [("DEU", "EUR", 3e9)],
    ),
    (
        "Japan paid $400m out of the World Bank's $2bn trust fund.",
        "en",
        [("JPN", "USD", 4e8)],
    ),
    (
        "L'Italia ha stanziato 3 miliardi di euro del pacchetto da 9 miliardi per l'Ucraina.",
        "it",
        [("ITA", "EUR", 3e9)],
    ),
    (
        "L'Italia ha versato 500 milioni di euro dal fondo europeo del valore di 5 miliardi "
        "di euro.",
        "it",
        [("ITA", "EUR", 5e8)],
    ),
    (
        "Deutschland sagte der Ukraine 3 Mrd. Euro aus dem Paket im Wert von 9 Mrd. Euro zu.",
        "de",
        [("DEU", "EUR", 3e9)],
    ),
    (
        "Deutschland sagte 3 Mrd. Euro aus dem 9-Milliarden-Paket für die Ukraine zu.",
        "de",
        [("DEU", "EUR", 3e9)],
    ),
    (
        "España entregó a Ucrania 3 millones de euros del fondo de 9 millones de euros.",
        "es",
        [("ESP", "EUR", 3e6)],
    ),
    (
        "España aportará 200 millones de euros del paquete europeo por valor de 1.000 "
        "millones de euros.",
        "es",
        [("ESP", "EUR", 2e8)],
    ),
    (
        "Україна отримала від Японії 1 млрд доларів з фонду вартістю 5 млрд доларів.",
        "uk",
        [("JPN", "USD", 1e9)],
    ),
    (
        "Nederland gaf Oekraïne 3 miljard euro uit het fonds van 9 miljard euro.",
        "nl",
        [("NLD", "EUR", 3e9)],
    ),
    (
        "Portugal entregou à Ucrânia 30 milhões de euros do pacote no valor de 90 milhões "
        "de euros.",
        "pt",
        [("PRT", "EUR", 3e7)],
    ),
    (
        "Česko poskytlo Ukrajině 3 miliardy korun z balíku v hodnotě 9 miliard korun.",
        "cs",
        [("CZE", "CZK", 3e9)],
    ),
    (
        "Sverige gav Ukraina 3 miljarder kronor från paketet på 9 miljarder kronor.",
        "sv",
        [("SWE", "SEK", 3e9)],
    ),
    (
        "România a donat Ucrainei 30 de milioane de euro din pachetul în valoare de 90 de "
        "milioane de euro.",
        "ro",
        [("ROU", "EUR", 3e7)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NAMED_WHOLES)
def test_a_whole_named_after_its_part_is_not_counted(text, lang, expected):
    assert counted(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NAMED_WHOLES)
def test_the_whole_is_read_and_rejected_with_its_reason(text, lang, expected):
    found = rows(text, lang)
    assert len(found) == 2
    assert found[1]["status"] == "rejected"
    assert found[1]["evidence"].startswith("the whole the amount before is taken of (")
    assert found[1]["value"] > found[0]["value"]


# the same links without a whole named: both amounts stay the giver's
NOT_WHOLES = [
    (
        "Germany pledged €3bn of military aid on top of €9bn.",
        "en",
        [("DEU", "EUR", 3e9), ("DEU", "EUR", 9e9)],
    ),
    (
        "Germany pledged €3bn of aid and a package worth €9bn.",
        "en",
        [("DEU", "EUR", 3e9), ("DEU", "EUR", 9e9)],
    ),
    (
        "Polska przekazała 3 mld zł z budżetu i pakiet o wartości 9 mld zł.",
        "pl",
        [("POL", "PLN", 3e9), ("POL", "PLN", 9e9)],
    ),
    (
        "Deutschland gab 3 Mrd. Euro aus dem Haushalt und sagte weitere 9 Mrd. Euro zu.",
        "de",
        [("DEU", "EUR", 3e9), ("DEU", "EUR", 9e9)],
    ),
    (  # a "whole" smaller than the part before it is none
        "Germany gave €9bn from the fund worth €3bn to Ukraine.",
        "en",
        [("DEU", "EUR", 9e9), ("DEU", "EUR", 3e9)],
    ),
    (
        "La France a versé 900 millions d'euros sur l'enveloppe de 300 millions d'euros.",
        "fr",
        [("FRA", "EUR", 9e8), ("FRA", "EUR", 3e8)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_WHOLES)
def test_no_whole_named_both_count(text, lang, expected):
    assert counted(text, lang) == expected


# the whole written without a currency is read in the part's
CURRENCY_ONCE = [
    ("3 miliardi di euro del pacchetto da 9 miliardi per l'Ucraina", "EUR", [3e9, 9e9]),
    ("3 Mrd. Euro aus dem 9-Milliarden-Paket", "EUR", [3e9, 9e9]),
    ("3 mld euro z pakietu o wartości 9 mld.", "EUR", [3e9, 9e9]),
    ("€1.5bn out of its 50bn facility", "EUR", [1.5e9, 50e9]),
    ("€300m from the package worth 2 billion.", "EUR", [3e8, 2e9]),
    ("3 millones de euros del fondo de 9 millones para Ucrania", "EUR", [3e6, 9e6]),
    ("3 млрд рублей из фонда объёмом 9 млрд.", "RUB", [3e9, 9e9]),
    ("3 miljarder kronor från paketet på 9 miljarder.", "SEK", [3e9, 9e9]),
    ("3 miliardy korun z balíku v hodnotě 9 miliard.", "CZK", [3e9, 9e9]),
    ("30 de milioane de euro din pachetul în valoare de 90 de milioane.", "EUR", [3e7, 9e7]),
    ("30 milhões de euros do pacote no valor de 90 milhões.", "EUR", [3e7, 9e7]),
    ("200 miljoen euro uit het fonds van 600 miljoen.", "EUR", [2e8, 6e8]),
    ("1 млрд доларів з фонду вартістю 5 млрд.", "USD", [1e9, 5e9]),
    ("2 Mrd. Euro aus dem Paket im Wert von 6 Mrd. für die Ukraine.", "EUR", [2e9, 6e9]),
    # a verb or participle of the news cues after the whole's number
    (
        "3 milliards d'euros sur l'enveloppe de 9 milliards destinée à l'Ukraine.",
        "EUR",
        [3e9, 9e9],
    ),
    ("€3bn from the package worth 9 billion earmarked for Kyiv.", "EUR", [3e9, 9e9]),
    (
        "3 mld euro z pakietu o wartości 9 mld przeznaczonego dla Ukrainy.",
        "EUR",
        [3e9, 9e9],
    ),
]


@pytest.mark.parametrize(("text", "currency", "values"), CURRENCY_ONCE)
def test_a_whole_after_its_part_shares_the_currency(text, currency, values):
    found = extract_amounts(text)
    assert [float(m.amount.value) for m in found] == values
    assert {m.amount.currency for m in found} == {currency}
    assert "shared-currency" in found[1].assumptions
    assert "shared-currency" not in found[0].assumptions


# no whole there: the bare number borrows nothing
NO_WHOLE_AFTER = [
    ("€3bn from the fund of 9 billion people", ["EUR 3000000000"]),
    ("€3bn of aid and 9 billion people watched", ["EUR 3000000000"]),
    ("9 miliardi di euro del pacchetto da 3 miliardi.", ["EUR 9000000000"]),  # smaller whole
    ("3 mld euro z budżetu i pakietu o wartości 9 mld.", ["EUR 3000000000"]),  # a list word
]


@pytest.mark.parametrize(("text", "expected"), NO_WHOLE_AFTER)
def test_no_whole_after_borrows_nothing(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected


# (b) items after a breakdown link: read, and parts of the total
BREAKDOWNS = [
    ("L'Italia ha stanziato 10 milioni di euro, di cui 3 milioni all'UNICEF.", "it", [3e6]),
    (
        "L'Italia ha stanziato 10 milioni di euro, di cui 3 milioni all'UNICEF e 2 milioni al PAM.",
        "it",
        [3e6, 2e6],
    ),
    ("Deutschland gibt 10 Mio. Euro, davon gehen 4 Mio. an UNICEF.", "de", [4e6]),
    ("L'Italia ha stanziato 10 milioni di euro, di cui vanno 3 milioni all'OMS.", "it", [3e6]),
    ("Sverige ger 10 miljoner euro, varav går 4 miljoner till WFP.", "sv", [4e6]),
    ("Deutschland gibt 10 Mio. Euro, davon fließen 4 Mio. an UNICEF.", "de", [4e6]),
    (
        "L'Italia dà 10 milioni di euro, di cui 3 milioni all'UNICEF e 2 milioni all'OMS.",
        "it",
        [3e6, 2e6],
    ),
]


# every item after a breakdown link is read, in the total's currency (shared-currency)
BREAKDOWN_READINGS = [
    ("L'Italia dà 10 milioni di euro, di cui 3 milioni all'UNICEF.", [1e7, 3e6]),
    ("Deutschland gibt 10 Mio. Euro, davon gehen 4 Mio. an UNICEF.", [1e7, 4e6]),
    ("Deutschland gibt 10 Mio. Euro, davon fließen 4 Mio. an UNICEF.", [1e7, 4e6]),
    ("Polska przekazała 10 mln euro, z czego 3 mln trafi do UNICEF.", [1e7, 3e6]),
    ("España dio 10 millones de euros, de los cuales 3 millones a UNICEF.", [1e7, 3e6]),
    ("La France donne 10 millions d'euros, dont 3 millions iront à l'UNICEF.", [1e7, 3e6]),
    ("Nederland geeft 10 miljoen euro, waarvan 3 miljoen naar UNICEF.", [1e7, 3e6]),
    ("Portugal dá 10 milhões de euros, dos quais 3 milhões para a UNICEF.", [1e7, 3e6]),
    ("Česko dává 10 milionů eur, z toho 3 miliony pro UNICEF.", [1e7, 3e6]),
    ("România dă 10 milioane de euro, din care 3 milioane pentru UNICEF.", [1e7, 3e6]),
    ("Україна отримає 10 млн євро, з них 3 млн для ЮНІСЕФ.", [1e7, 3e6]),
    (
        "L'Italia dà 10 milioni di euro, di cui 3 milioni all'UNICEF e 2 milioni all'OMS.",
        [1e7, 3e6, 2e6],
    ),
]


@pytest.mark.parametrize(("text", "values"), BREAKDOWN_READINGS)
def test_breakdown_items_are_read_in_the_totals_currency(text, values):
    found = extract_amounts(text)
    assert [float(m.amount.value) for m in found] == values
    assert {m.amount.currency for m in found} == {"EUR"}
    assert all("shared-currency" in m.assumptions for m in found[1:])


@pytest.mark.parametrize(("text", "lang", "parts"), BREAKDOWNS)
def test_items_after_a_breakdown_link_are_parts(text, lang, parts):
    found = rows(text, lang)
    assert [r["value"] for r in found[1:]] == parts
    assert all(r["part_of"] == 0 for r in found[1:])
    assert all("shared-currency" in r["assumptions"] for r in found[1:])
    assert len(counted(text, lang)) == 1


# (c) a part before a whole with a prefix currency: read in it, never dropped
OUT_OF = [
    ("Germany gave 3 billion out of $9 billion to Ukraine.", "USD", [3e9, 9e9]),
    ("Germany gave 3 billion out of 9 billion dollars to Ukraine.", "USD", [3e9, 9e9]),
    ("Italy paid 2 billion out of €8 billion.", "EUR", [2e9, 8e9]),
    ("Britain sent 1 billion out of the £3 billion.", "GBP", [1e9, 3e9]),
]


@pytest.mark.parametrize(("text", "currency", "values"), OUT_OF)
def test_out_of_reads_the_part_in_the_wholes_currency(text, currency, values):
    found = extract_amounts(text, lang="en")
    assert [float(m.amount.value) for m in found] == values
    assert {m.amount.currency for m in found} == {currency}
    assert "shared-currency" in found[0].assumptions


def test_out_of_counts_the_part_only():
    text = "Germany gave 3 billion out of $9 billion to Ukraine."
    assert counted(text, "en") == [("DEU", "USD", 3e9)]


FORMS = [
    ("it", "L'Italia ha stanziato {p} milioni di euro del pacchetto da {w} milioni per l'Ucraina."),
    ("pl", "Polska przekazała Ukrainie {p} mln euro z pakietu o wartości {w} mln euro."),
    ("fr", "La France a promis {p} millions d'euros sur l'enveloppe de {w} millions d'euros."),
    ("en", "The EU disbursed €{p}m out of its €{w}m facility to Ukraine."),
    ("de", "Deutschland sagte {p} Mio. Euro aus dem Paket im Wert von {w} Mio. Euro zu."),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(FORMS),
    st.integers(min_value=1, max_value=400),
    st.integers(min_value=1, max_value=400),
)
def test_only_the_part_counts_whatever_the_figures(form, part, more):
    lang, template = form
    whole = part + more
    found = counted(template.format(p=part, w=whole), lang)
    assert [value for _, _, value in found] == [float(Decimal(part) * 1_000_000)]
