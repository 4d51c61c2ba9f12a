"""Who gives and who receives (issue 13, actors13): a giving verb in the passive whose subject
receives (item a); another actor's own money in a clause opened by a word of contrast (item b);
giving verbs and other-money nouns in every news language, as data (item c); Japanese, Chinese
and Korean news words (item d); English "spending" as a noun is no giving verb."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[tuple]:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(r["donor"], r["recipient"], r["status"]) for r in rows]


# Item a: the subject of a giving verb in the passive receives; the agent gives, else no one.
# (lang, text, [(donor, recipient)] per amount)
PASSIVES = [
    ("en", "Ukraine was promised $2 billion by its allies.", [(None, "UKR")]),
    ("en", "Ukraine was promised $2 billion by Germany.", [("DEU", "UKR")]),
    ("en", "Moldova has been offered €300 million by the Netherlands.", [("NLD", "MDA")]),
    ("en", "Kyiv will be sent another €3bn by Berlin next year.", [("DEU", "UKR")]),
    ("en", "Jordan was also given $150 million by Japan for refugees.", [("JPN", "JOR")]),
    ("en", "Ukraine got promised $1bn by Canada last week.", [("CAN", "UKR")]),
    ("en", "Moldova was granted €50 million.", [(None, "MDA")]),
    (
        "en",
        "Germany announced €2bn, while Ukraine was promised €1bn by Japan.",
        [("DEU", "UKR"), ("JPN", "UKR")],
    ),
    (
        "en",
        "Germany announced €2bn, while Ukraine was promised €1bn by its allies.",
        [("DEU", "UKR"), (None, "UKR")],
    ),
    ("fr", "L'Ukraine s'est vu promettre 2 milliards d'euros par ses alliés.", [(None, "UKR")]),
    ("fr", "L'Ukraine s'est vu accorder 2 milliards d'euros par l'Allemagne.", [("DEU", "UKR")]),
    ("fr", "La Moldavie s'est vue octroyer 60 millions d'euros par la France.", [("FRA", "MDA")]),
    (
        "it",
        "L'Ucraina si è vista promettere 2 miliardi di euro dalla Germania.",
        [("DEU", "UKR")],
    ),
    ("nb", "Ukraina ble lovet 2 milliarder kroner av Norge i fjor.", [("NOR", "UKR")]),
    ("da", "Ukraine blev lovet 2 milliarder kroner af Danmark.", [("DNK", "UKR")]),
    # the dative and the impersonal forms already said so; they must stay so
    ("pl", "Ukrainie obiecano 2 mld euro.", [(None, "UKR")]),
    ("de", "Der Ukraine wurden 2 Mrd. Euro von den Verbündeten zugesagt.", [(None, "UKR")]),
    ("es", "A Ucrania se le prometieron 2.000 millones de euros.", [(None, "UKR")]),
    ("it", "All'Ucraina sono stati promessi 2 miliardi di euro dagli alleati.", [(None, "UKR")]),
    ("uk", "Україні пообіцяли 2 млрд доларів.", [(None, "UKR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVES)
def test_a_passive_subject_receives(lang, text, expected):
    assert [(donor, recipient) for donor, recipient, _ in _rows(text, lang)] == expected


# An active verb after a form of "be" stays active: a gerund, an infinitive, "committed to",
# and an amount that is itself the passive's subject.
ACTIVES = [
    ("en", "Germany is to provide €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Germany is sending €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Germany was the first to pledge €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Ammunition worth €90 million was supplied by Slovakia to Ukraine.", [("SVK", "UKR")]),
    ("en", "Germany is committed to providing €2bn to Ukraine.", [("DEU", "UKR")]),
    ("nb", "Norge ble enige om å gi Ukraina 2 milliarder kroner.", [("NOR", "UKR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACTIVES)
def test_a_active_forms_stay_active(lang, text, expected):
    assert [(donor, recipient) for donor, recipient, _ in _rows(text, lang)] == expected


# Item b: after a word of contrast, another actor's money for its own ends (its army, its
# citizens, its budget) is its own: rejected, never a gift to the sentence's recipient.
# (lang, text, the second row's (donor, recipient, status))
OWN_ENDS = [
    (
        "en",
        "Germany pledged €1bn to Ukraine, while Russia announced €2bn for its army.",
        ("RUS", None, "rejected"),
    ),
    (
        "en",
        "Germany pledged €1bn to Ukraine, whereas Russia set aside €2bn for its own citizens.",
        ("RUS", None, "rejected"),
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 1 Mrd. Euro zu, während Russland 2 Mrd. Euro für seine "
        "Armee ankündigte.",
        ("RUS", None, "rejected"),
    ),
    (
        "fr",
        "L'Allemagne a promis 1 milliard d'euros à l'Ukraine, alors que la Russie a annoncé 2 "
        "milliards d'euros pour son armée.",
        ("RUS", None, "rejected"),
    ),
    (
        "it",
        "Italia ha promesso 1 miliardo di euro all'Ucraina, mentre la Russia ha stanziato 2 "
        "miliardi di euro per il suo esercito.",
        ("RUS", None, "rejected"),
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, mientras que Rusia anunció 2.000 "
        "millones de euros para su ejército.",
        ("RUS", None, "rejected"),
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 1 mld euro, podczas gdy Rosja ogłosiła 2 mld euro na swoją "
        "armię.",
        ("RUS", None, "rejected"),
    ),
    (
        "uk",
        "Німеччина пообіцяла Україні 1 млрд євро, тоді як Росія виділила 2 млрд євро на свою "
        "армію.",
        ("RUS", None, "rejected"),
    ),
    # money for the receiver's army, named in the clause, stays a gift
    (
        "en",
        "France sent €1bn to Moldova, while Germany gave Ukraine €2bn for its army.",
        ("DEU", "UKR", "candidate"),
    ),
    (
        "en",
        "France sent €1bn to Moldova, while Germany pledged €2bn for Ukraine's army.",
        ("DEU", "UKR", "candidate"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_ENDS)
def test_b_own_ends_in_a_contrast_clause(lang, text, expected):
    rows = _rows(text, lang)
    assert len(rows) == 2
    assert rows[0][2] == "candidate"
    assert rows[1] == expected


def test_b_a_receiver_names_its_own_ends():
    assert _rows("Ukraine received €2bn for its people.", "en") == [(None, "UKR", "candidate")]
