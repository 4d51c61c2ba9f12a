"""Who gives (issue 11): the one thanked in every language, givers paired with amounts by
"respectively", a speaker named after a quote, one measure per verb across languages, years
written as "in the year …", and a sentence of another language read by its own rules."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def rows(text, lang):
    return [
        (str(row["amount"]), row["donor"], row["donor_from"])
        for row in pledge_candidates(text, published=PUBLISHED, lang=lang)
    ]


def donors(text, lang):
    return [row["donor"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)]


# --- 1. thanked X for … and Y for … -------------------------------------------------------------

THANKED = [
    ("de", "Selenskyj dankte Berlin für 3 Milliarden Euro und Paris für 2 Milliarden Euro."),
    ("de", "Kyjiw dankte Deutschland für 3 Milliarden Euro und Frankreich für 2 Milliarden Euro."),
    (
        "de",
        "Selenskyj bedankte sich bei Deutschland für 3 Milliarden Euro und bei Frankreich für "
        "2 Milliarden Euro.",
    ),
    (
        "de",
        "Am Montag dankte Selenskyj Berlin für 3 Milliarden Euro und Paris für 2 Milliarden Euro.",
    ),
    ("nl", "Zelensky bedankte Berlijn voor 3 miljard euro en Parijs voor 2 miljard euro."),
    ("sv", "Zelenskyj tackade Berlin för 3 miljarder euro och Paris för 2 miljarder euro."),
    ("en", "Zelensky thanked Berlin for €3 billion and Paris for €2 billion."),
    (
        "fr",
        "Zelensky a remercié Berlin pour 3 milliards d'euros et Paris pour 2 milliards d'euros.",
    ),
    ("pl", "Zełenski podziękował Berlinowi za 3 mld euro i Paryżowi za 2 mld euro."),
    ("uk", "Зеленський подякував Берліну за 3 млрд євро та Парижу за 2 млрд євро."),
    (
        "es",
        "Zelenski agradeció a Berlín 3.000 millones de euros y a París 2.000 millones de euros.",
    ),
    (
        "it",
        "Zelensky ha ringraziato Berlino per 3 miliardi di euro e Parigi per 2 miliardi di euro.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THANKED)
def test_the_one_thanked_gives_in_every_language(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [row["donor"] for row in found] == ["DEU", "FRA"]
    # neither giver is the other's recipient
    assert all(row["recipient"] in (None, "UKR") for row in found)


@pytest.mark.parametrize(
    ("lang", "text", "donor", "recipient"),
    [
        # the subject stands after the verb and the one thanked after it: both read
        ("de", "Dafür dankte die Ukraine Deutschland für 3 Milliarden Euro.", "DEU", "UKR"),
        ("nl", "Daarvoor bedankte Oekraïne Nederland voor 3 miljard euro.", "NLD", "UKR"),
        # a receiving verb keeps its subject after the verb
        ("de", "Im Februar erhielt die Ukraine 3 Milliarden Euro von Deutschland.", "DEU", "UKR"),
    ],
)
def test_a_subject_after_the_thanking_verb_stays_the_receiver(lang, text, donor, recipient):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["recipient"]) for row in found] == [(donor, recipient)]
