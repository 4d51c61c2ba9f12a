"""Lead's mends after the merges of session 12: an announcing verb after the amount names the
speaker; a capital naming a meeting is its venue; a headline naming no giver restates a lead
of several givers' money that states its very amount (found by re-running parts12b's tests
on the merged code: the Italian headline and lead were counted twice, 2 × €3.4bn)."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def _rows(text: str, lang: str):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


@pytest.mark.parametrize(
    "text, lang, recipient",
    [
        (
            "I donatori riuniti a Parigi hanno promesso 3,4 miliardi di euro, ha annunciato la "
            "Francia.",
            "it",
            None,
        ),
        ("Donors pledged $1.5bn for Sudan, Britain announced.", "en", "SDN"),
        (
            "Los donantes prometieron 2.000 millones de euros para Siria, anunció España.",
            "es",
            "SYR",
        ),
        ("Darczyńcy obiecali Ukrainie 2 mld euro, ogłosiła Polska.", "pl", "UKR"),
        (
            "Les donateurs ont promis 3 milliards d'euros au Liban, a annoncé la France.",
            "fr",
            "LBN",
        ),
    ],
)
def test_an_announcing_speaker_after_the_amount_neither_gives_nor_receives(text, lang, recipient):
    [row] = _rows(text, lang)
    assert (row["donor"], row["recipient"], row["donor_from"]) == (None, recipient, "collective")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("At the Paris conference donors pledged €3bn for Lebanon.", "en"),
        (
            "Alla conferenza di Parigi i donatori hanno promesso 3 miliardi di euro per il Libano.",
            "it",
        ),
        ("Na konferencji w Warszawie darczyńcy obiecali Ukrainie 2 mld euro.", "pl"),
        (
            "Lors de la conférence de Paris, les donateurs ont promis 3 milliards d'euros "
            "au Liban.",
            "fr",
        ),
    ],
)
def test_a_capital_naming_a_meeting_is_no_giver(text, lang):
    [row] = _rows(text, lang)
    assert row["donor"] is None


def test_a_capital_that_gives_still_gives():
    assert [r["donor"] for r in _rows("Paris pledged €3bn to Lebanon.", "en")] == ["FRA"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Conferenza di Parigi, promessi 3,4 miliardi di euro per il Libano\n\nPARIGI, 24 "
            "ottobre 2024 – I donatori riuniti a Parigi hanno promesso 3,4 miliardi di euro per il "
            "Libano.",
            "it",
        ),
        (
            "Paris conference: donors pledge €3.4bn for Lebanon\n\nPARIS, Oct 24, 2024 - Donors "
            "meeting in Paris pledged €3.4bn for Lebanon.",
            "en",
        ),
    ],
)
def test_a_headline_over_a_lead_of_several_givers_counts_once(text, lang):
    rows = _rows(text, lang)
    counted = [r for r in rows if r["duplicate_of"] is None and r["status"] == "candidate"]
    assert len(rows) == 2 and len(counted) == 1


def test_two_unnamed_givers_of_different_amounts_both_count():
    text = (
        "Donors pledge €3.4bn for Lebanon\n\nPARIS, Oct 24, 2024 - Donors meeting in Paris "
        "pledged €2bn for Lebanon."
    )
    rows = _rows(text, "en")
    assert [r["duplicate_of"] for r in rows] == [None, None]
