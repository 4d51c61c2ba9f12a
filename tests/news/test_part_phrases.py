"""Parts of a pledge (issue 9, pledge path): phrases of a breakdown in the whole's sentence or
the next, a part of a whole named by "Of the …"/"Von den …", and brackets that do not add up.
The counted rows (no part_of, no duplicate_of, not rejected) must add up to what was given."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.parts import opens_whole

PUBLISHED = "2025-03-10"


def counted(text, lang):
    totals: dict[tuple, float] = {}
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    for row in rows:
        if row["part_of"] is None and row["duplicate_of"] is None and row["status"] != "rejected":
            key = (row["donor"], row["currency"])
            totals[key] = totals.get(key, 0) + row["value"]
    return totals, rows


PARTS = [  # (lang, text, donor, currency, whole)
    (
        "en",
        "Germany pledged €3bn. The package includes €2bn for IRIS-T systems and €1bn for "
        "ammunition.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "en",
        "Germany pledged €3bn. Of this, €2bn is for IRIS-T systems and €1bn for ammunition.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "en",
        "Germany pledged €3bn, comprising €2bn for IRIS-T systems and €1bn for ammunition.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "en",
        "Germany pledged €3bn, split between €2bn for IRIS-T systems and €1bn for ammunition.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "en",
        "Norway pledged NOK 5bn, made up of NOK 3bn in grants and NOK 2bn in loans.",
        "NOR",
        "NOK",
        5e9,
    ),
    (
        "ro",
        "Germania a promis 3 miliarde de euro, dintre care 2 miliarde de euro pentru "
        "apărare aeriană.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "de",
        "Deutschland hat 4 Mrd. Euro zugesagt. Von den deutschen 4 Mrd. Euro sind 1,5 Mrd. "
        "Euro für die Energieversorgung bestimmt.",
        "DEU",
        "EUR",
        4e9,
    ),
    (
        "de",
        "Deutschland sagte 3 Mrd. Euro zu, bestehend aus 2 Mrd. Euro für Waffen und 1 Mrd. "
        "Euro für Munition.",
        "DEU",
        "EUR",
        3e9,
    ),
    (
        "fr",
        "La France a promis 3 milliards d'euros, répartis entre 2 milliards d'euros pour "
        "la défense aérienne et 1 milliard d'euros pour les munitions.",
        "FRA",
        "EUR",
        3e9,
    ),
    (
        "es",
        "España prometió 300 millones de euros. El paquete incluye 200 millones de euros "
        "para defensa aérea.",
        "ESP",
        "EUR",
        3e8,
    ),
    (
        "it",
        "L'Italia ha promesso 300 milioni di euro. Il pacchetto comprende 200 milioni di "
        "euro per la difesa aerea.",
        "ITA",
        "EUR",
        3e8,
    ),
    (
        "pl",
        "Polska obiecała 3 mld euro. Pakiet obejmuje 2 mld euro na obronę powietrzną.",
        "POL",
        "EUR",
        3e9,
    ),
    (
        "nl",
        "Nederland beloofde 3 miljard euro, verdeeld over 2 miljard euro voor "
        "luchtverdediging en 1 miljard euro voor munitie.",
        "NLD",
        "EUR",
        3e9,
    ),
    ("uk", "Німеччина пообіцяла 3 млрд євро. Пакет включає 2 млрд євро на ППО.", "DEU", "EUR", 3e9),
]


@pytest.mark.parametrize(("lang", "text", "donor", "currency", "whole"), PARTS)
def test_parts_are_not_counted_beside_their_whole(lang, text, donor, currency, whole):
    totals, rows = counted(text, lang)
    assert totals == {(donor, currency): pytest.approx(whole)}
    assert all(row["part_of"] is not None for row in rows if row["value"] < whole)


def test_another_givers_package_in_the_next_sentence_is_its_own():
    totals, _ = counted("Germany pledged €3bn. France's package includes €2bn for drones.", "en")
    assert totals == {("DEU", "EUR"): pytest.approx(3e9), ("FRA", "EUR"): pytest.approx(2e9)}


BRACKETS = [  # the bracketed parts do not add up to the whole: parts, with evidence
    ("en", "Germany pledged €4bn to Ukraine (€3bn) and Moldova (€2bn).", "DEU", 4e9),
    (
        "de",
        "Deutschland sagte 4 Mrd. Euro für die Ukraine (3 Mrd. Euro) und Moldau (2 Mrd. Euro) zu.",
        "DEU",
        4e9,
    ),
    (
        "fr",
        "La France a promis 4 milliards d'euros à l'Ukraine (3 milliards d'euros) et à la "
        "Moldavie (2 milliards d'euros).",
        "FRA",
        4e9,
    ),
    (
        "es",
        "España prometió 400 millones de euros a Ucrania (300 millones de euros) y "
        "Moldavia (200 millones de euros).",
        "ESP",
        4e8,
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "whole"), BRACKETS)
def test_brackets_that_do_not_add_up_are_parts_with_a_warning(lang, text, donor, whole):
    totals, rows = counted(text, lang)
    assert totals == {(donor, "EUR"): pytest.approx(whole)}
    for row in rows[1:]:
        assert row["part_of"] == 0
        assert "check" in row["evidence"]


def test_brackets_that_add_up_stay_plain_parts():
    totals, rows = counted("Germany gave €5bn in total to Ukraine (€3bn) and Moldova (€2bn).", "en")
    assert totals == {("DEU", "EUR"): pytest.approx(5e9)}
    assert not any("check" in (row["evidence"] or "") for row in rows)


@pytest.mark.parametrize(
    ("lang", "text", "amount", "expected"),
    [
        ("de", "Von den deutschen 4 Mrd. Euro sind 1,5 Mrd. Euro bestimmt.", "4 Mrd. Euro", True),
        ("de", "Von den deutschen 4 Mrd. Euro sind 1,5 Mrd. Euro bestimmt.", "1,5 Mrd.", False),
        ("en", "Of the €5bn, €3bn is for air defence.", "€5bn", True),
        ("en", "Germany pledged €5bn.", "€5bn", False),
        ("fr", "Sur les 5 milliards d'euros, 3 milliards vont à la défense.", "5 milliards", True),
        ("nl", "Van de 5 miljard euro gaat 3 miljard naar luchtverdediging.", "5 miljard", True),
    ],
)
def test_opens_whole(lang, text, amount, expected):
    assert opens_whole(text, lang, text.index(amount)) is expected
