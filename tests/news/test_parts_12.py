"""Breakdowns counted once: the contents of a package named sentences after it, every item of
an "of which" list, and rounded items (issue: parts12b, trial findings F6, F7, F13)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pledge_rows import rows_of

from aidcalc.news.parts import names_contents, within_whole

# A package, a sentence or two with no amount, then a sentence naming what the package holds:
# its amount is a part of the package (index 0), whoever the sentences between quote.
CONTENTS_LATER = [
    (
        "pl",
        "Polska przekaże Ukrainie pakiet pomocy wojskowej o wartości 2,4 mld zł. – To ważny "
        "pakiet – powiedział minister. W skład pakietu wchodzi m.in. sprzęt saperski o "
        "wartości 600 mln zł.",
    ),
    (
        "sv",
        "Regeringen ger Ukraina ett stödpaket värt 9 miljarder kronor. Det är ett stort paket. "
        "”Vi står fast”, sade ministern. Paketet omfattar bland annat artilleri för 2 "
        "miljarder kronor.",
    ),
    (
        "de",
        "Deutschland sagt der Ukraine ein Paket über 3 Mrd. Euro zu. Das sei ein klares "
        "Signal, sagte der Minister. Das Paket umfasst Munition für 800 Mio. Euro.",
    ),
    (
        "en",
        "Canada announced a C$500 million package for Ukraine. It was the largest so far. "
        "The package includes C$150 million for drones.",
    ),
    (
        "fr",
        "La France annonce une aide de 600 millions d'euros à l'Ukraine. Le ministre a salué "
        "un effort important. Le plan comprend 200 millions d'euros pour l'énergie.",
    ),
    (
        "cs",
        "Česko poskytne Ukrajině balíček za 2 miliardy korun. Ministr to oznámil v Praze. "
        "Balíček zahrnuje munici za 500 milionů korun.",
    ),
    (
        "nl",
        "Nederland geeft Oekraïne een steunpakket van 1 miljard euro. Het kabinet is "
        "eensgezind. Het pakket bevat 300 miljoen euro voor drones.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONTENTS_LATER)
def test_contents_named_later_are_parts_of_the_package(lang, text):
    rows = rows_of(text, lang)
    assert [row["part_of"] for row in rows] == [None, 0]
    assert rows[1]["donor"] == rows[0]["donor"]


# Without a verb of contents, an amount three sentences on is no part ("of it" reaches one
# sentence back only: tests/news/test_donors.py), and a package of another named giver is
# that giver's own.
NOT_CONTENTS = [
    ("en", "Canada announced C$500 million. Rain fell. Snow fell. Japan gave $150 million."),
    (
        "de",
        "Deutschland sagt 3 Mrd. Euro zu. Es regnete. Frankreich gibt weitere 800 Mio. Euro.",
    ),
    (
        "en",
        "Germany pledged €3bn for Ukraine. France's new package includes €2bn for air defence.",
    ),
    (  # sentences later, in another currency or larger: no contents of that package
        "en",
        "Germany pledged €3bn for Ukraine. It was welcomed. Kyiv thanked Berlin. Its needs "
        "include $5bn for energy.",
    ),
    (
        "de",
        "Deutschland sagt 3 Mrd. Euro zu. Es regnete. Es schneite. Das Paket umfasst 4 Mrd. Euro.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CONTENTS)
def test_no_contents_verb_or_another_giver_is_no_part(lang, text):
    assert [row["part_of"] for row in rows_of(text, lang)] == [None, None]


# Every item of an "of which" list is a part, also when the items, rounded, add up to a little
# more than the whole as written.
OF_WHICH_LISTS = [
    (
        "fr",
        "La France annonce un plan de 1,8 milliard d'euros pour la Moldavie, dont 385 "
        "millions d'euros de subventions et 1,5 milliard d'euros de prêts.",
    ),
    (
        "en",
        "Britain pledged £2.6 billion, of which £745 million in grants and £1.9 billion in loans.",
    ),
    (
        "de",
        "Deutschland sagt 1,3 Mrd. Euro zu, davon 420 Mio. Euro als Zuschüsse und 0,9 Mrd. "
        "Euro als Kredite.",
    ),
    (
        "it",
        "L'Italia stanzia 1,2 miliardi di euro, di cui 275 milioni di euro in doni e 950 "
        "milioni di euro in prestiti.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OF_WHICH_LISTS)
def test_every_item_of_an_of_which_list_is_a_part(lang, text):
    assert [row["part_of"] for row in rows_of(text, lang)] == [None, 0, 0]


# Items that pass the whole by more than the figures' rounding are no parts of it.
def test_items_beyond_the_rounding_are_no_parts():
    text = "Britain pledged £2 billion, including £1.5 billion in grants and £1 billion in loans."
    assert [row["part_of"] for row in rows_of(text, "en")] == [None, 0, None]


@pytest.mark.parametrize(
    ("whole", "parts", "fits"),
    [
        ("1.8E9", ["3.85E8", "1.5E9"], True),  # 384.5m + 1.45bn <= 1.85bn
        ("4E9", ["3E9", "2E9"], False),  # one significant digit: exact
        ("5.1E9", ["3E9", "2.1E9"], True),
        ("2E9", ["1.5E9", "1E9"], False),
        ("1.2E9", ["7E8", "4.8E8"], True),
        ("1.8E9", ["1.3E9", "7E8"], False),  # 1.25 + 0.7 > 1.85
    ],
)
def test_within_whole_allows_the_figures_rounding(whole, parts, fits):
    assert within_whole(Decimal(whole), [Decimal(p) for p in parts]) is fits


@pytest.mark.parametrize(
    ("lang", "sentence", "found"),
    [
        ("pl", "W skład pakietu wchodzą drony o wartości 300 mln zł.", True),
        ("sv", "Paketet innehåller ammunition för 1 miljard kronor.", True),
        ("uk", "Пакет містить боєприпаси на 200 мільйонів гривень.", True),
        ("es", "El paquete incluye 40 millones de euros para energía.", True),
        ("pl", "Polska przekaże 300 mln zł.", False),
        ("sv", "Sverige ger 1 miljard kronor.", False),
    ],
)
def test_names_contents(lang, sentence, found):
    digit = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert names_contents(sentence, lang, (digit, digit + 3)) is found


# "of which" lists whose items borrow the whole's currency: every item is a row and a part,
# a verb of the item's clause (after a reflexive pronoun too) between the items or not.
OF_WHICH_BARE_ITEMS = [
    (
        "es",
        "España aporta 10 millones de euros, de los cuales 4 millones se destinarán al PMA y "
        "3 millones a UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "es",
        "Chile dona 20 millones de dólares, de las cuales 12 millones se entregarán a ACNUR y "
        "5 millones a la OMS.",
        [2e7, 1.2e7, 5e6],
    ),
    (
        "es",
        "España aporta 8 millones de euros, de los cuales 5 millones para el PMA y 2 millones "
        "para UNICEF.",
        [8e6, 5e6, 2e6],
    ),
    (
        "pt",
        "Portugal dá 10 milhões de euros, dos quais 4 milhões se destinam ao PAM e 3 milhões "
        "à UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "nl",
        "Nederland geeft 10 miljoen euro, waarvan 4 miljoen gaat naar het WFP en 3 miljoen "
        "naar UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "en",
        "Ireland gives €12 million, of which 5 million will go to the WFP and 4 million to UNICEF.",
        [1.2e7, 5e6, 4e6],
    ),
    # a verb of money going somewhere after the bare item (``PART_VERBS``)
    (
        "sv",
        "Sverige ger 10 miljoner euro, varav 4 miljoner går till WFP och 3 miljoner till UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "cs",
        "Česko dává 10 milionů eur, z toho 4 miliony půjdou na WFP a 3 miliony na UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "ro",
        "România acordă 10 milioane de euro, din care 4 milioane merg la PAM și 3 milioane la "
        "UNICEF.",
        [1e7, 4e6, 3e6],
    ),
    (
        "fr",
        "La Belgique débloque 30 millions d'euros pour les écoles, dont 12 millions iront à "
        "Kharkiv et 9 millions à Soumy.",
        [3e7, 1.2e7, 9e6],
    ),
    (  # seven words of purpose between the whole and the comma before the link
        "es",
        "El Gobierno de Chile ha aprobado 20 millones de dólares para la respuesta humanitaria "
        "en Haití, de los cuales 8 millones se destinarán a la OMS y 6 millones a ACNUR.",
        [2e7, 8e6, 6e6],
    ),
    (
        "fr",
        "La Belgique débloque 30 millions d'euros pour la reconstruction des écoles de la "
        "région, dont 12 millions pour Kharkiv et 9 millions pour Soumy.",
        [3e7, 1.2e7, 9e6],
    ),
]


@pytest.mark.parametrize(("lang", "text", "values"), OF_WHICH_BARE_ITEMS)
def test_bare_items_of_an_of_which_list_are_parts(lang, text, values):
    rows = rows_of(text, lang)
    assert [row["value"] for row in rows] == values
    assert [row["part_of"] for row in rows] == [None, 0, 0]
    assert all("shared-currency" in row["assumptions"] for row in rows[1:])


def test_a_giving_verb_after_the_lists_comma_still_opens_a_clause():
    text = "Belgium pledged €5bn, including €3bn for arms, and later added €1bn."
    assert [row["part_of"] for row in rows_of(text, "en")] == [None, 0, None]


def test_people_going_somewhere_are_no_money():
    assert rows_of("Chad counts 8 million people, of which 2 million go hungry.", "en") == []


def test_a_bare_number_counting_people_takes_no_currency():
    text = "España aporta 10 millones de euros, de los cuales 4 millones personas recibirán ayuda."
    assert [row["value"] for row in rows_of(text, "es")] == [1e7]


# A headline line and the lead under it stating the same amount of the same giver: one pledge,
# whatever measure word, recipient, basis or date each reads. The lead is counted.
HEADLINES_RESTATED = [
    (
        "nl",
        "Nederland trekt 2,5 miljard euro uit voor Oekraïne in 2026\n\nDEN HAAG, 16 september "
        "2025 – Het kabinet reserveert voor volgend jaar 2,5 miljard euro voor militaire steun "
        "aan Oekraïne.",
    ),
    (
        "it",
        "Conferenza di Parigi, promessi 3,4 miliardi di euro per il Libano\n\nPARIGI, 24 "
        "ottobre 2024 – I donatori riuniti a Parigi hanno promesso 3,4 miliardi di euro, ha "
        "annunciato la Francia.",
    ),
    (
        "de",
        "Deutschland stellt 2026 weitere 3 Mrd. Euro für die Ukraine bereit\n\nBERLIN, 2. Juli "
        "2025 – Die Bundesregierung sagt der Ukraine für das kommende Jahr 3 Mrd. Euro zu.",
    ),
    (
        "en",
        "Norway earmarks NOK 15 billion for Ukraine in 2026\n\nOSLO, Oct 6, 2025 - Norway's "
        "government will set aside NOK 15 billion for Ukraine next year, it said on Monday.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINES_RESTATED)
def test_a_headline_restating_its_lead_is_counted_once(lang, text):
    rows = rows_of(text, lang)
    # one of the two counts, the other is its duplicate: the lead when the headline states no
    # date of its own (dates12), else either (here the headline, when both state the year)
    assert [row["duplicate_of"] for row in rows] in ([1, None], [None, 0])
    if rows[0]["duplicate_of"] is not None:
        assert "same amount" in rows[0]["evidence"] or "states" in rows[0]["evidence"]


# Another value, another currency or another named giver in the lead: two rows counted.
HEADLINES_NOT_RESTATED = [
    (
        "en",
        "Norway earmarks NOK 15 billion for Ukraine\n\nOSLO, Oct 6, 2025 - Norway will set "
        "aside NOK 12 billion for Ukraine next year.",
    ),
    (
        "en",
        "Norway earmarks NOK 15 billion for Ukraine\n\nOSLO, Oct 6, 2025 - Sweden will set "
        "aside NOK 15 billion for Ukraine next year.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINES_NOT_RESTATED)
def test_a_headline_of_another_amount_or_giver_stays(lang, text):
    assert [row["duplicate_of"] for row in rows_of(text, lang)] == [None, None]


def test_a_headline_whole_of_its_leads_items_stays_the_counted_whole():
    # the items under it add up to the headline (its parts); the lead's own total restates
    # them: the headline is counted once, never made a duplicate of that total as well
    text = (
        "L'UE annonce 1,2 milliard d'euros pour l'Arménie\n\nBRUXELLES, 5 avril 2025 (AFP) – "
        "La Commission européenne a annoncé un plan de 1,1 milliard d'euros pour l'Arménie, "
        "ainsi que 100 millions d'euros d'aide budgétaire, soit 1,2 milliard d'euros au total."
    )
    rows = rows_of(text, "fr")
    assert [row["part_of"] for row in rows] == [None, 0, 0, None]
    assert [row["duplicate_of"] for row in rows] == [None, None, None, 1]
