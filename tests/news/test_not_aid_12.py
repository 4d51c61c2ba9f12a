"""Figures beside pledges that are not aid (notaid12b, trial report F1): an estimate or cost of
damage or reconstruction, a country's reserves, output, deficit or financing received in total,
and a hypothetical ("would mean") are `rejected` with their kind in `evidence`, in a clause with
no giving verb; beside a giving verb they stay gifts (aidcalc.news.other_money rule 3,
docs/extraction.md "Money not given" rule 8)."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.other_money import KINDS_STATED, other_money
from aidcalc.words import NEWS_LANGUAGES, OTHER_MONEY

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, lang=lang, published=PUBLISHED)


# (text, language, value of the figure stated, the kind `evidence` names, the pledges counted:
# (donor, value)). Each figure stands beside a real pledge of another sentence or clause.
STATED = [
    # estimates and costs of damage or reconstruction
    (
        "Germany pledged €1bn to Ukraine. Reconstruction will cost $486bn, the World Bank says.",
        "en",
        486e9,
        "an estimate or cost (will cost)",
        [("DEU", 1e9)],
    ),
    (
        "Norway gave NOK 2bn. Rebuilding the grid is put at $12bn by the government.",
        "en",
        12e9,
        "an estimate or cost (is put at)",
        [("NOR", 2e9)],
    ),
    (
        "Deutschland sagte der Ukraine 1 Mrd. Euro zu. Der Wiederaufbau kostet laut Weltbank "
        "486 Mrd. Dollar.",
        "de",
        486e9,
        "an estimate or cost (kostet)",
        [("DEU", 1e9)],
    ),
    (
        "Česko pošle Ukrajině 1,5 miliardy korun. Obnova země se odhaduje na 500 miliard dolarů.",
        "cs",
        500e9,
        "an estimate or cost (odhaduje)",
        [("CZE", 1.5e9)],
    ),
    (
        "L'Italia ha stanziato 100 milioni di euro. La ricostruzione potrebbe costare 400 "
        "miliardi di dollari.",
        "it",
        400e9,
        "an estimate or cost (costare)",
        [("ITA", 100e6)],
    ),
    (
        "La France a promis 200 millions d'euros. La reconstruction coûtera 500 milliards de "
        "dollars.",
        "fr",
        500e9,
        "an estimate or cost (coûtera)",
        [("FRA", 200e6)],
    ),
    (
        "Polska przekazała Ukrainie 1 mld zł. Odbudowę Bank Światowy szacuje na 486 mld dolarów.",
        "pl",
        486e9,
        "an estimate or cost (szacuje)",
        [("POL", 1e9)],
    ),
    (
        "España aportará 50 millones de euros. La reconstrucción costará 500.000 millones de "
        "dólares.",
        "es",
        500e9,
        "an estimate or cost (costará)",
        [("ESP", 50e6)],
    ),
    # reserves, output, deficits, financing received in total
    (
        "Нідерланди виділили 200 млн євро. Міжнародні резерви на 1 грудня становили 38,2 млрд "
        "доларів.",
        "uk",
        38.2e9,
        "a reserve, output or deficit (резерви)",
        [("NLD", 200e6)],
    ),
    (
        "Нідерланди виділили 200 млн євро. У 2024 році обсяг зовнішнього фінансування склав "
        "41,7 млрд доларів.",
        "uk",
        41.7e9,
        "a reserve, output or deficit (зовнішнього фінансування)",
        [("NLD", 200e6)],
    ),
    (
        "Germany pledged €1bn to Ukraine. Ukraine's budget deficit is $40bn.",
        "en",
        40e9,
        "a reserve, output or deficit (deficit)",
        [("DEU", 1e9)],
    ),
    (
        "Polska przekazała 1 mld zł. Rezerwy walutowe Ukrainy wynoszą 40 mld dolarów.",
        "pl",
        40e9,
        "a reserve, output or deficit (Rezerwy)",
        [("POL", 1e9)],
    ),
    (
        "Frankreich sagte 300 Mio. Euro zu. Die Devisenreserven der Ukraine belaufen sich auf "
        "40 Mrd. Dollar.",
        "de",
        40e9,
        "a reserve, output or deficit (Devisenreserven)",
        [("FRA", 300e6)],
    ),
    (
        "Sverige skänker 1 miljard kronor. Ukrainas valutareserver uppgår till 40 miljarder "
        "dollar.",
        "sv",
        40e9,
        "a reserve, output or deficit (valutareserver)",
        [("SWE", 1e9)],
    ),
    # a valuation verb whose subject is no giving act
    (
        "La France a promis 100 millions d'euros. Le budget de l'État moldave s'élève à 4,1 "
        "milliards d'euros.",
        "fr",
        4.1e9,
        "a figure stated (s'élève à)",
        [("FRA", 100e6)],
    ),
    (
        "Deutschland sagte 1 Mrd. Euro zu. Die Staatsschuld der Ukraine beläuft sich auf 150 "
        "Mrd. Dollar.",
        "de",
        150e9,
        "a figure stated (beläuft sich)",
        [("DEU", 1e9)],
    ),
    (
        "Polska przekazała 1 mld zł. Budżet obronny Ukrainy wynosi 50 mld dolarów.",
        "pl",
        50e9,
        "a figure stated (wynosi)",
        [("POL", 1e9)],
    ),
    (
        "Italy pledged €100m. The bill for the new dam totals $2bn.",
        "en",
        2e9,
        "a figure stated (totals)",
        [("ITA", 100e6)],
    ),
    (
        "Nederland geeft 200 miljoen euro. De staatsschuld van Oekraïne bedraagt 150 miljard "
        "dollar.",
        "nl",
        150e9,
        "a figure stated (bedraagt)",
        [("NLD", 200e6)],
    ),
    (
        "Німеччина виділила 500 млн євро. Державний борг України становить 150 млрд доларів.",
        "uk",
        150e9,
        "a debt (борг)",
        [("DEU", 500e6)],
    ),
    # hypotheticals
    (
        "Oekraïne vraagt 1 procent van het bbp. Dat zou voor Nederland ongeveer 11 miljard euro "
        "per jaar betekenen.",
        "nl",
        11e9,
        "a hypothetical (betekenen)",
        [],
    ),
    (
        "Ukraine asks for 1 percent of GDP. That would mean €11bn a year for Germany.",
        "en",
        11e9,
        "a hypothetical (would mean)",
        [],
    ),
    (
        "Die Ukraine fordert 1 Prozent des BIP. Das würde für Deutschland etwa 11 Mrd. Euro "
        "pro Jahr bedeuten.",
        "de",
        11e9,
        "a hypothetical (bedeuten)",
        [],
    ),
    (
        "L'Ukraine demande 1 % du PIB. Cela représenterait 11 milliards d'euros par an pour la "
        "France.",
        "fr",
        11e9,
        "a hypothetical (représenterait)",
        [],
    ),
    (
        "Ucrania pide el 1 % del PIB. Para España eso supondría 15.000 millones de euros.",
        "es",
        15e9,
        "a hypothetical (supondría)",
        [],
    ),
    (
        "Ukraina prosi o 1 proc. PKB. Dla Polski oznaczałoby to 8 mld euro rocznie.",
        "pl",
        8e9,
        "a hypothetical (oznaczałoby)",
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "value", "kind", "counted"), STATED)
def test_a_figure_stated_is_no_pledge(text, lang, value, kind, counted):
    rows = _rows(text, lang)
    (row,) = [r for r in rows if r["value"] == value]
    assert row["status"] == "rejected"
    assert f"{kind}, not a pledge" in row["evidence"]
    assert row["recipient"] is None
    kept = sorted((r["donor"], r["value"]) for r in rows if r["status"] != "rejected")
    assert kept == counted


# A figure word in a clause with a giving verb, or a valuation verb whose subject is aid or a
# pronoun: the gift stays (donor, value).
GIVEN = [
    ("Germany pledged a new package. It amounts to €1bn.", "en", "DEU", 1e9),
    ("Germany pledged a new package. The total amounts to €1bn.", "en", "DEU", 1e9),
    (
        "Deutschland kündigte ein Paket an. Insgesamt beläuft es sich auf 1 Mrd. Euro.",
        "de",
        "DEU",
        1e9,
    ),
    ("Germany pledged a new package, which amounts to €1bn.", "en", "DEU", 1e9),
    ("Німеччина надала пакет, який становить 1 млрд євро.", "uk", "DEU", 1e9),
    ("Le soutien de la France s'élève à 3 milliards d'euros.", "fr", "FRA", 3e9),
    ("Germany has given an estimated €12bn to Ukraine.", "en", "DEU", 12e9),
    ("Estonia has given 0.3% of its GDP, €200m, to Ukraine.", "en", "EST", 200e6),
    ("Denmark pledged 1% of GDP to Ukraine, some DKK 25bn.", "en", "DNK", 25e9),
    ("Deutschland hat geschätzt 12 Mrd. Euro an die Ukraine gezahlt.", "de", "DEU", 12e9),
    ("Polska przekazała Ukrainie 0,5 proc. PKB, czyli 15 mld zł.", "pl", "POL", 15e9),
    (
        "Les Pays-Bas ont donné 0,2 % de leur PIB à l'Ukraine, soit 2 milliards d'euros.",
        "fr",
        "NLD",
        2e9,
    ),
    ("Nederland geeft Oekraïne 0,2 procent van het bbp: 2 miljard euro.", "nl", "NLD", 2e9),
]


@pytest.mark.parametrize(("text", "lang", "donor", "value"), GIVEN)
def test_a_figure_word_beside_a_giving_verb_stays_a_gift(text, lang, donor, value):
    (row,) = [r for r in _rows(text, lang) if r["value"] == value]
    assert (row["status"], row["donor"]) == ("candidate", donor)


# A cumulative statement of aid is kept (basis `cumulative`), as before.
CUMULATIVE = [
    ("Germany's aid now stands at €12bn.", "en", "DEU"),
    ("Die Hilfe Deutschlands für die Ukraine beläuft sich bisher auf 12 Mrd. Euro.", "de", "DEU"),
    ("Polska pomoc dla Ukrainy wynosi dotąd łącznie 4 mld euro.", "pl", "POL"),
]


@pytest.mark.parametrize(("text", "lang", "donor"), CUMULATIVE)
def test_a_running_total_of_aid_stays(text, lang, donor):
    (row,) = _rows(text, lang)
    assert (row["status"], row["donor"], row["basis"]) == ("candidate", donor, "cumulative")


@pytest.mark.parametrize(
    ("text", "lang", "where", "kind", "word"),
    [
        ("Reconstruction will cost $486bn.", "en", (25, 31), "estimate", "will cost"),
        ("Der Wiederaufbau kostet 486 Mrd. Dollar.", "de", (24, 39), "estimate", "kostet"),
        ("Rezerwy wynoszą 40 mld dolarów.", "pl", (16, 30), "stock", "Rezerwy"),
        ("That would mean €11bn.", "en", (16, 21), "conditional", "would mean"),
        (
            "Cela représenterait 11 milliards d'euros.",
            "fr",
            (20, 40),
            "conditional",
            "représenterait",
        ),
    ],
)
def test_stated_kinds(text, lang, where, kind, word):
    found = other_money(text, lang, where)
    assert (found.kind, found.word) == (kind, word)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pl", "uk", "nl", "cs", "es", "it", "sv"])
def test_the_trial_languages_have_every_stated_kind(lang):
    assert lang in NEWS_LANGUAGES
    assert set(OTHER_MONEY[lang]) >= KINDS_STATED


# A clause with no verb, no aid noun and no country continues the figure before it (rule 5):
# (text, language, the values rejected, the values kept)
CONTINUED = [
    (
        "Нідерланди виділили 200 млн євро. У 2024 році обсяг зовнішнього фінансування склав "
        "41,7 млрд доларів, у 2023 році – 42,5 млрд доларів.",
        "uk",
        [41.7e9, 42.5e9],
        [200e6],
    ),
    ("Straty sięgają 2 mld zł, a w 2023 r. 1 mld zł.", "pl", [2e9, 1e9], []),
    ("Ukraine's deficit is $40bn this year, $35bn in 2024.", "en", [40e9, 35e9], []),
    (
        "Die Schäden betragen 50 Mrd. Euro, im Vorjahr waren es 30 Mrd. Euro.",
        "de",
        [50e9, 30e9],
        [],
    ),
    ("Rezerwy wynoszą 40 mld dolarów, a pomoc Polski 2 mld zł.", "pl", [40e9], [2e9]),
    ("Russia destroyed infrastructure worth €2bn, and Germany €1bn.", "en", [2e9], [1e9]),
    (
        "Germany pledged €1bn. The World Bank estimates damage at $50bn, France €300m.",
        "en",
        [50e9],
        [1e9, 300e6],
    ),
]


@pytest.mark.parametrize(("text", "lang", "rejected", "kept"), CONTINUED)
def test_a_clause_without_verb_continues_the_figure_before(text, lang, rejected, kept):
    rows = _rows(text, lang)
    assert [r["value"] for r in rows if r["status"] == "rejected"] == rejected
    assert [r["value"] for r in rows if r["status"] != "rejected"] == kept


# An estimate verb after a word of another kind in its clause takes that word's kind.
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Škody na ukrajinské infrastruktuře se odhadují na 155 miliard dolarů.",
            "cs",
            "damage or destruction (Škody)",
        ),
        (
            "Die Schäden am Energiesystem beziffert die Weltbank auf mehr als 20 Mrd. Dollar.",
            "de",
            "damage or destruction (Schäden)",
        ),
        (
            "Прямі збитки від війни оцінюються в 152 млрд доларів.",
            "uk",
            "damage or destruction (збитки)",
        ),
        ("The deficit is estimated at $40bn.", "en", "a reserve, output or deficit (deficit)"),
    ],
)
def test_an_estimate_verb_takes_the_kind_of_its_subject(text, lang, kind):
    (row,) = _rows(text, lang)
    assert row["status"] == "rejected"
    assert row["evidence"].endswith(f"{kind}, not a pledge")
