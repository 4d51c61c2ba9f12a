"""Country names, demonyms and capitals found in text."""

from __future__ import annotations

import pytest

from aidcalc.news.places import find_places


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Lithuanian Defense Minister met Ukraine's Umerov", "en", ["LTU", "UKR"]),
        ("Vilnius and Kyiv, Washington and Brussels", "en", ["LTU", "UKR", "USA", "EU"]),
        ("the U.S. and the UK; polish and china", "en", ["USA", "GBR"]),
        (
            "Die Vereinigten Staaten, Deutschlands Hilfe, litauische Drohnen",
            "de",
            ["USA", "DEU", "LTU"],
        ),
        ("Les États-Unis et le Royaume-Uni aident l'Ukraine", "fr", ["USA", "GBR", "UKR"]),
        ("Jungtinėms Valstijoms, Vilniuje, lietuviškų, Kyjivo", "lt", ["USA", "LTU", "LTU", "UKR"]),
        (
            "Сполученим Штатам, у Києві, США, ЄС, литовських",
            "uk",
            ["USA", "UKR", "USA", "EU", "LTU"],
        ),
        ("Stanów Zjednoczonych, w Kijowie, UE, polskiego", "pl", ["USA", "UKR", "EU", "POL"]),
        # a name ending in a soft consonant or sign, in the nominative and in its cases (the
        # Polish nominative "Białoruś" was no place at all, nor any case of "Білорусь")
        ("Rosja i Białoruś, rząd Białorusi, z Białorusią", "pl", ["RUS", "BLR", "BLR", "BLR"]),
        ("Білорусь, уряд Білорусі, з Білоруссю", "uk", ["BLR", "BLR", "BLR"]),
    ],
)
def test_find_places(text, lang, expected):
    assert [place.code for place in find_places(text, lang)] == expected
