"""Correction notes (issue tables13, fault F5 of trial 13): the figure an earlier version gave
is retracted (``rejected``, "retracted in a correction"), never a pledge; the right figure
restates the pledge it corrects (its ``duplicate_of``, with its giver), never a new pledge of
the last sentence's giver. Forms of my own in Norwegian, German, Portuguese, English, French,
Polish, Swedish, Ukrainian, Spanish, Italian, Czech and Danish."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.corrections import correction_notes


def rows_of(text, lang):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(r["donor"], r["value"], r["status"], r["duplicate_of"]) for r in rows], rows


# (lang, text, rows: donor, value, status, duplicate_of)
CORRECTIONS = [
    (  # the trial's form: the right figure equals the first row's
        "nb",
        "Norge gir 275 millioner kroner til UNRWA. Tyskland lovet 50 millioner euro. Rettelse: I "
        "en tidligere versjon av saken sto det at UNRWA får 257 millioner kroner. Riktig tall er "
        "275 millioner kroner.",
        [
            ("NOR", 2.75e8, "candidate", None),
            ("DEU", 5e7, "candidate", None),
            (None, 2.57e8, "rejected", None),
            ("NOR", 2.75e8, "candidate", 0),
        ],
    ),
    (
        "de",
        "Berlin sagt der Ukraine 1,2 Mrd. Euro für Luftverteidigung zu. Schweden nannte 300 Mio. "
        "Euro. Korrektur: In einer früheren Fassung hieß es, die Luftverteidigung erhalte 1,4 "
        "Mrd. Euro. Richtig sind 1,2 Mrd. Euro.",
        [
            ("DEU", 1.2e9, "candidate", None),
            ("SWE", 3e8, "candidate", None),
            (None, 1.4e9, "rejected", None),
            ("DEU", 1.2e9, "candidate", 0),
        ],
    ),
    (  # a paragraph of its own
        "pt",
        "O Governo vai conceder à Ucrânia 226 milhões de euros. A Espanha anunciou 300 milhões "
        "de euros.\n\nCorreção: numa versão anterior desta notícia, indicava-se que o pacote era "
        "de 262 milhões de euros. O valor correto é 226 milhões de euros.",
        [
            ("PRT", 2.26e8, "candidate", None),
            ("ESP", 3e8, "candidate", None),
            (None, 2.62e8, "rejected", None),
            ("PRT", 2.26e8, "candidate", 0),
        ],
    ),
    (  # "X, not Y": the figure after "not" is retracted
        "en",
        "Japan will give $40 million to Sudan. Correction: Japan's pledge is $40 million, not "
        "$45 million as first reported.",
        [
            ("JPN", 4e7, "candidate", None),
            ("JPN", 4e7, "candidate", 0),
            ("JPN", 4.5e7, "rejected", None),
        ],
    ),
    (  # a note with no label, opening with the earlier version
        "en",
        "Britain pledged $200 million for Sudan on Monday. An earlier version of this article said "
        "Britain pledged $250 million.",
        [("GBR", 2e8, "candidate", None), ("GBR", 2.5e8, "rejected", None)],
    ),
    (  # French: a space before the colon
        "fr",
        "La France versera 50 millions d'euros au Liban. L'Italie donnera 20 millions d'euros. "
        "Correction : une version précédente de cet article indiquait 60 millions d'euros.",
        [
            ("FRA", 5e7, "candidate", None),
            ("ITA", 2e7, "candidate", None),
            (None, 6e7, "rejected", None),
        ],
    ),
    (
        "pl",
        "Polska przekaże Ukrainie 300 mln zł.\n\nSprostowanie: w poprzedniej wersji tekstu "
        "podaliśmy kwotę 500 mln zł. Prawidłowa kwota to 300 mln zł.",
        [
            ("POL", 3e8, "candidate", None),
            (None, 5e8, "rejected", None),
            ("POL", 3e8, "candidate", 0),
        ],
    ),
    (
        "sv",
        "Sverige ger 400 miljoner kronor till Ukraina. Rättelse: I en tidigare version av "
        "artikeln stod det 450 miljoner kronor.",
        [("SWE", 4e8, "candidate", None), (None, 4.5e8, "rejected", None)],
    ),
    (
        "uk",
        "Литва надасть Україні 35 мільйонів євро. Виправлення: у попередній версії новини "
        "йшлося про 53 мільйони євро.",
        [("LTU", 3.5e7, "candidate", None), (None, 5.3e7, "rejected", None)],
    ),
]


@pytest.mark.parametrize("lang, text, expected", CORRECTIONS)
def test_a_correction_retracts_and_restates(lang, text, expected):
    found, rows = rows_of(text, lang)
    assert found == expected
    for row in rows:
        if row["status"] == "rejected":
            assert "retracted in a correction" in row["evidence"]


def test_a_right_figure_matching_no_row_takes_no_carried_giver():
    text = (
        "Dánsko dá Ukrajině 100 milionů eur. Oprava: V předchozí verzi článku jsme uvedli "
        "120 milionů eur. Správně má být 110 milionů eur."
    )
    rows = pledge_candidates(text, published=PUBLISHED, lang="cs")
    last = rows[-1]
    assert (last["value"], last["donor"], last["duplicate_of"]) == (1.1e8, None, None)
    assert "restates no row" in last["evidence"]


@pytest.mark.parametrize(
    "text, notes",
    [
        ("Alemania da 5 millones. Corrección: una versión anterior decía 6 millones.", 1),
        ("Italia dà 5 milioni di euro. Rettifica: in una versione precedente 6 milioni.", 1),
        ("Danmark giver 5 mio. kr.\nRettelse: I en tidligere version stod der 6 mio. kr.", 1),
        ("Ukraine needs help. The correction of prices: 5%.", 0),  # no label opening a sentence
        ("Deutschland gibt 5 Mio. Euro. Die Korrektur folgt später.", 0),
    ],
)
def test_correction_notes(text, notes):
    assert len(correction_notes(text)) == notes
