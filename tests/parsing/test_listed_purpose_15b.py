"""A bare number listed before an amount with a short purpose phrase between (lists15b): "20
for shelter and 30 million euros" shares the scale and currency of the amount after it, and
says so (``shared-currency``), instead of being dropped without a word; a noun after the
number keeps it a count."""

import pytest

from aidcalc.parsing import extract_amounts

SHARED = "shared-currency"

# (text, lang, the amounts extract_amounts reads, in order)
PHRASED = [
    # the purpose phrase after the bare number, the list word right before the amount
    (
        "The EU gave 20 for shelter and 30 million euros for food.",
        None,
        ["EUR 20000000", "EUR 30000000"],
    ),
    (
        "Oslo sends 5 for clean water and 7 million dollars for schools.",
        "en",
        ["USD 5000000", "USD 7000000"],
    ),
    (
        "The bank lends 4 for roads, 6 for power lines and 9 billion euros for ports.",
        None,
        ["EUR 4000000000", "EUR 6000000000", "EUR 9000000000"],
    ),
    (
        "L'UE a versé 20 pour les abris et 30 millions d'euros pour la nourriture.",
        "fr",
        ["EUR 20000000", "EUR 30000000"],
    ),
    (
        "Rząd przeznaczy 40 na odminowanie oraz 25 mln zł na generatory.",
        "pl",
        ["PLN 40000000", "PLN 25000000"],
    ),
    (
        "Vláda dá 12 na opravy škol a 8 milionů eur na generátory.",
        "cs",
        ["EUR 12000000", "EUR 8000000"],
    ),
    (
        "España aporta 15 para refugios y 10 millones de euros para alimentos.",
        "es",
        ["EUR 15000000", "EUR 10000000"],
    ),
    (
        "Den Haag geeft 3 voor tenten en 2 miljoen euro voor water.",
        "nl",
        ["EUR 3000000", "EUR 2000000"],
    ),
    # the purpose phrase before each number, the same purpose word
    (
        "Die Regierung stellt für Minenräumung 40 sowie für Generatoren 25 Millionen Euro bereit.",
        "de",
        ["EUR 40000000", "EUR 25000000"],
    ),
    (
        "Le pays donne pour les abris 20 et pour la nourriture 30 millions d'euros.",
        "fr",
        ["EUR 20000000", "EUR 30000000"],
    ),
    ("Przeznaczono na szkoły 6 i na szpitale 9 mln euro.", "pl", ["EUR 6000000", "EUR 9000000"]),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), PHRASED)
def test_a_bare_number_with_a_purpose_phrase_shares_the_amount_s_scale_and_currency(
    text, lang, amounts
):
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == amounts
    assert all(SHARED in m.assumptions for m in found)


@pytest.mark.parametrize(("text", "lang", "amounts"), PHRASED)
def test_the_listed_number_s_offsets_cover_the_number_alone(text, lang, amounts):
    *listed, last = extract_amounts(text, lang=lang)
    assert all(text[m.start : m.end].isdigit() for m in listed)
    assert not text[last.start : last.end].isdigit()


@pytest.mark.parametrize(
    ("text", "lang", "amounts"),
    [
        # a noun after the number: a count, not money
        ("The EU sent 20 trucks and 30 million euros for food.", None, ["EUR 30000000"]),
        ("Llegaron 15 camiones y 10 millones de euros para alimentos.", "es", ["EUR 10000000"]),
        ("Berlin schickte 40 Generatoren und 25 Millionen Euro für Kiew.", "de", ["EUR 25000000"]),
        ("Wysłano 12 karetek i 5 mln zł na leki.", "pl", ["PLN 5000000"]),
        # a number in the phrase, or a verb: no short purpose phrase
        ("It built 20 for 300 families and 30 million euros for food.", None, ["EUR 30000000"]),
        # before the amount's purpose phrase, a bare number with no parallel purpose word
        (
            "Die Regierung stellt 40 sowie für Generatoren 25 Millionen Euro bereit.",
            "de",
            ["EUR 25000000"],
        ),
        (
            "Sie zahlt für 40 Familien sowie für Generatoren 25 Millionen Euro.",
            "de",
            ["EUR 25000000"],
        ),
        # a year is no amount
        ("It was 2024 for shelter and 30 million euros for food.", None, ["EUR 30000000"]),
    ],
)
def test_a_count_or_a_number_without_a_purpose_phrase_borrows_nothing(text, lang, amounts):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == amounts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU gave 20 for shelter or 30 million euros for food.", None),
        ("L'UE donnera 20 pour les abris ou 30 millions d'euros.", "fr"),
    ],
)
def test_an_or_after_a_purpose_phrase_makes_neither_a_range_nor_a_list(text, lang):
    found = extract_amounts(text, lang=lang)
    assert [m.amount.high for m in found] == [None]
    assert len(found) == 1
