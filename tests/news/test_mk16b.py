"""Macedonian a news language (mk16b, trial 16 re-check): a clause opened by a word of
contrast ("додека", while) has its own giver, whose currency names a shared currency word
("фунти", pounds), and an institution ("Светска банка") that approves a loan to a country
after "на" (to) is the giver, the country the one given to, the measure a commitment.

Passages are our own, in Macedonian and in the languages whose rules Macedonian now shares.
"""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.places import find_places
from aidcalc.words import NEWS_LANGUAGES


def _rows(text: str, lang: str) -> list[tuple]:
    return [
        (r["donor"], r["recipient"], r["currency"], r["measure"])
        for r in pledge_candidates(text, published="2025-03-01", lang=lang)
    ]


def test_macedonian_is_a_news_language():
    assert "mk" in NEWS_LANGUAGES


# a second giver after a word of contrast: its own row, the shared currency word its own
SECOND_GIVERS = [  # (lang, text, the second row's donor, recipient, currency)
    (
        "mk",
        "Франција вети 40 милиони евра за Украина, додека Велика Британија вети 20 милиони фунти.",
        ("GBR", "UKR", "GBP"),
    ),
    (
        "mk",
        "Шведска ќе одвои 10 милиони евра за Молдавија, додека Норвешка ќе даде 50 милиони круни.",
        ("NOR", "MDA", "NOK"),
    ),
    (
        "mk",
        "Италија даде 15 милиони евра на Сирија, а Данска испрати 30 милиони круни.",
        ("DNK", "SYR", "DKK"),
    ),
    (
        "bg",
        "Франция обеща 40 милиона евро за Украйна, докато Великобритания обеща 20 милиона паунда.",
        ("GBR", "UKR", "GBP"),
    ),
    (
        "sr",
        "Francuska je obećala 40 miliona evra Ukrajini, dok je Velika Britanija obećala 20 "
        "miliona funti.",
        ("GBR", "UKR", "GBP"),
    ),
    (
        "en",
        "France pledged €40 million to Ukraine, while Britain pledged 20 million pounds.",
        ("GBR", "UKR", "GBP"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "second"), SECOND_GIVERS)
def test_a_clause_of_contrast_has_its_own_giver(lang, text, second):
    rows = _rows(text, lang)
    assert len(rows) == 2
    assert rows[1][:3] == second
    assert rows[0][0] != second[0]


# an institution giving to a country after "на" (to), with the dative clitic ("и", "му")
INSTITUTIONS = [  # (lang, text, donor, recipient): a commitment
    ("mk", "Светска банка на Молдавија и одобри заем од 50 милиони долари.", "WBG", "MDA"),
    ("mk", "Светската банка му одобри на Либан кредит од 250 милиони долари.", "WBG", "LBN"),
    (
        "mk",
        "Европската инвестициска банка на Украина и одобри заем од 100 милиони евра.",
        "EIB",
        "UKR",
    ),
    ("mk", "ММФ на Молдавија и одобри 30 милиони долари.", "IMF", "MDA"),
    (
        "mk",
        "Меѓународниот монетарен фонд одобри заем од 200 милиони долари за Украина.",
        "IMF",
        "UKR",
    ),
    ("sr", "Svetska banka je Moldaviji odobrila zajam od 50 miliona dolara.", "WBG", "MDA"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), INSTITUTIONS)
def test_an_institution_approving_a_loan_is_the_giver(lang, text, donor, recipient):
    ((got_donor, got_recipient, _, measure),) = _rows(text, lang)
    assert (got_donor, got_recipient, measure) == (donor, recipient, "commitment")


# "на" after an office names its country; "од" the giver; measures of the past and receiving
ROLES = [  # (text, donor, recipient, measure)
    (
        "Владата на Северна Македонија испрати на Турција 10 милиони денари.",
        "MKD",
        "TUR",
        "allocation",
    ),
    ("Турција доби од Јапонија 8 милиони долари.", "JPN", "TUR", "disbursement"),
    ("Германија ќе испрати на Украина воена помош од 500 милиони евра.", "DEU", "UKR", "pledge"),
    ("Австрија додели 3 милиони евра за Газа.", "AUT", "PSE", "allocation"),
]


@pytest.mark.parametrize(("text", "donor", "recipient", "measure"), ROLES)
def test_macedonian_roles(text, donor, recipient, measure):
    ((got_donor, got_recipient, _, got_measure),) = _rows(text, "mk")
    assert (got_donor, got_recipient, got_measure) == (donor, recipient, measure)


@pytest.mark.parametrize(
    ("form", "code"),
    [("Германија", "DEU"), ("Велика Британија", "GBR"), ("Молдавија", "MDA"), ("САД", "USA")],
)
def test_macedonian_country_names_are_searched(form, code):
    assert [p.code for p in find_places(f"xx {form} xx", "mk")] == [code]
