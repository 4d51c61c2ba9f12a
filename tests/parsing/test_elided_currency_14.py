"""Bare scaled numbers whose currency is left unsaid after an amount with its currency (trial
14, drops D1-D4): a breakdown opening the next sentence ("De esa cantidad, 20 millones …") and
a gapped list item after a comma and a country ("la Francia con 50 milioni") take the earlier
amount's currency, saying so (``shared-currency``); nothing is borrowed when the currency is
not certain. Our own sentences."""

from __future__ import annotations

import pytest

from aidcalc.parsing import extract_amounts

BREAKDOWNS = [
    ("es", "España aportará 45 millones de euros a Gaza, anunció el ministro el 11 de febrero de "
     "2025. De esa cantidad, 20 millones irán a la UNRWA y 15 millones al PMA.",
     ["EUR 45000000", "EUR 20000000", "EUR 15000000"]),
    ("it", "L'Italia stanzierà 30 milioni di euro per il Sudan. Dei 30 milioni, 18 mln andranno "
     "al PAM e 12 mln all'UNICEF.", ["EUR 30000000", "EUR 18000000", "EUR 12000000"]),
    ("nl", "Nederland trekt 200 miljoen euro uit, maakte de minister bekend. Van dat bedrag gaat "
     "120 miljoen naar het energiefonds en 80 miljoen naar scholen.",
     ["EUR 200000000", "EUR 120000000", "EUR 80000000"]),
    ("en", "Britain will give £90 million in aid. Of this, 60 million will go to food aid.",
     ["GBP 90000000", "GBP 60000000"]),
    ("de", "Deutschland stellt 500 Millionen Euro bereit. Davon gehen rund 300 Millionen an das "
     "Welternährungsprogramm.", ["EUR 500000000", "approx EUR 300000000"]),
    ("pl", "Polska przekaże 100 mln zł. Z tej kwoty 60 mln trafi na energetykę.",
     ["PLN 100000000", "PLN 60000000"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), BREAKDOWNS)
@pytest.mark.parametrize("hint", [True, False])
def test_a_breakdown_opening_the_next_sentence_takes_the_totals_currency(
    lang, text, expected, hint
):
    mentions = extract_amounts(text, lang=lang if hint else None)
    assert [str(m.amount) for m in mentions] == expected
    assert "shared-currency" not in mentions[0].assumptions
    assert all("shared-currency" in m.assumptions for m in mentions[1:])


NOT_BORROWED = [
    # the total's sentence restates it in another currency: which one the parts are in is open
    ("es", "Los donantes prometieron 2.300 millones de dólares (unos 2.200 millones de euros). "
     "De esa cantidad, 500 millones irán a Gaza."),
    # no breakdown phrase opens the sentence: another subject's number
    ("es", "España aportará 45 millones de euros. Unos 20 millones de personas necesitan ayuda."),
    # the number counts something ("people")
    ("en", "Britain will give £90 million to Sudan. Of this, 60 million people need food."),
    # the total stands three sentences back
    ("en", "Britain will give £90 million to Sudan. The minister spoke in London. Aid workers "
     "welcomed it. Of this, 60 million will go to food aid."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOT_BORROWED)
def test_no_currency_is_borrowed_when_it_is_not_certain(lang, text):
    mentions = extract_amounts(text, lang=lang)
    assert not any("shared-currency" in m.assumptions for m in mentions)


GAPPED = [
    ("it", "La Germania si è impegnata con 125 milioni di euro, la Francia con 50 milioni."),
    ("en", "Germany pledged 125 million euros for Sudan, France 50 million."),
    ("de", "Deutschland gibt 125 Millionen Euro für den Sudan, Frankreich 50 Millionen."),
    ("es", "Alemania aportará 125 millones de euros, Francia con 50 millones."),
    ("fr", "L'Allemagne a promis 125 millions d'euros, la France 50 millions."),
]


@pytest.mark.parametrize(("lang", "text"), GAPPED)
def test_a_gapped_item_after_a_comma_and_a_country_takes_the_currency(lang, text):
    mentions = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in mentions] == ["EUR 125000000", "EUR 50000000"]
    assert "shared-currency" in mentions[1].assumptions


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "La Germania ha dato 125 milioni di euro, la Francia 50 milioni di persone."),
        ("de", "Deutschland gibt 125 Millionen Euro, die Ukraine 50 Millionen Menschen."),
        ("en", "The EU gave €5bn, according to Reuters 3 billion."),
        ("en", "The EU gave €5bn; France 3 billion."),
    ],
)
def test_no_gapped_item_without_a_country_ending_its_clause(lang, text):
    assert len(extract_amounts(text, lang=lang)) == 1
