"""Money beside a pledge is no pledge of the sentence's giver (issue 11b, ``aidcalc.news.beside``).

A difference ("€1bn more than France"), a sum the pledge is set against ("short of", "a fraction
of") and the money of another actor's clause ("the €5bn Kyiv had requested") were rows of the
sentence's giver. Each table row gives the sentence, then the rows that count as
(donor, currency, value) and the rows rejected or given to another actor.
"""

from __future__ import annotations

import pytest

from aidcalc.news.beside import money_beside
from aidcalc.news.candidates import pledge_candidates
from aidcalc.parsing import extract_amounts

PUBLISHED = "2025-03-01"


def counted(text, lang=None):
    """The rows that count: no part, no repeat, not rejected, as (donor, currency, value)."""
    return [
        (r["donor"], r["currency"], r["value"])
        for r in pledge_candidates(text, published=PUBLISHED, lang=lang)
        if r["part_of"] is None and r["duplicate_of"] is None and r["status"] != "rejected"
    ]


def rejected(text, lang=None):
    """The rejected rows as (donor, value, evidence)."""
    return [
        (r["donor"], r["value"], r["evidence"])
        for r in pledge_candidates(text, published=PUBLISHED, lang=lang)
        if r["status"] == "rejected"
    ]


# --- 1. a difference: an amount followed by a comparison ----------------------------------------

DIFFERENCES = [
    ("en", "Germany pledged €3bn to Ukraine, €1bn more than France.", "DEU", 3e9),
    ("en", "Germany pledged €3bn to Ukraine, €1bn less than last year.", "DEU", 3e9),
    ("en", "Canada sent C$900m to Kyiv, C$200m fewer than Britain.", "CAN", 9e8),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu, 1 Mrd. Euro mehr als Frankreich.",
        "DEU",
        3e9,
    ),
    ("de", "Österreich gab der Ukraine 80 Mio. Euro, 20 Mio. Euro weniger als 2023.", "AUT", 8e7),
    (
        "fr",
        "L'Allemagne a promis 3 milliards d'euros à l'Ukraine, 1 milliard d'euros de plus que "
        "la France.",
        "DEU",
        3e9,
    ),
    ("pl", "Polska przekazała Ukrainie 1 mld euro, o 200 mln euro więcej niż Czechy.", "POL", 1e9),
    (
        "pl",
        "Polska przekazała Ukrainie 1 mld euro, 100 mln euro mniej niż rok wcześniej.",
        "POL",
        1e9,
    ),
    (
        "uk",
        "Україна отримала від Німеччини 3 млрд євро, на 1 млрд євро більше, ніж від Франції.",
        "DEU",
        3e9,
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, 200 millones de euros más que Italia.",
        "ESP",
        1e9,
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, 100 millones de euros menos que "
        "Francia.",
        "ESP",
        1e9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "value"), DIFFERENCES)
def test_a_difference_is_no_pledge(lang, text, donor, value):
    assert counted(text, lang) == [(donor, "EUR" if lang != "en" or "€" in text else "CAD", value)]
    (_, _, evidence), *more = rejected(text, lang)
    assert not more
    assert evidence.startswith("a difference (")


# --- 2. set against the pledge: short of, a fraction of, compared with --------------------------

SET_AGAINST = [
    ("en", "Germany pledged €3bn to Ukraine, well short of €5bn.", "DEU", 3e9),
    ("en", "Germany pledged €3bn to Ukraine, a fraction of €60bn.", "DEU", 3e9),
    (
        "en",
        "Sweden pledged SEK 2bn to Ukraine, next to the SEK 10bn of its defence budget.",
        "SWE",
        2e9,
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu, ein Bruchteil der 60 Mrd. Euro "
        "Rüstungsausgaben.",
        "DEU",
        3e9,
    ),
    (
        "fr",
        "La France a promis 2 milliards d'euros à l'Ukraine, loin des 5 milliards d'euros espérés.",
        "FRA",
        2e9,
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, lejos de los 3.000 millones de "
        "euros esperados.",
        "ESP",
        1e9,
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 1 mld euro, ułamek 40 mld euro wydatków na obronność.",
        "POL",
        1e9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "value"), SET_AGAINST)
def test_money_set_against_a_pledge_is_no_pledge(lang, text, donor, value):
    assert [(d, v) for d, _, v in counted(text, lang)] == [(donor, value)]
    (_, _, evidence), *more = rejected(text, lang)
    assert not more
    assert "money set against the pledge (" in evidence


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("en", "Germany pledged €8bn to Ukraine, versus $5bn from the United States.", "USA"),
        (
            "en",
            "The Netherlands pledged €2bn to Ukraine, against €1.5bn pledged by Belgium.",
            "BEL",
        ),
        ("pl", "Polska przekazała Ukrainie 2 mld zł, wobec 1 mld zł od Czech.", "CZE"),
    ],
)
def test_money_set_against_with_a_giver_of_its_own_stays_that_givers(lang, text, second):
    assert [d for d, _, _ in counted(text, lang)][1:] == [second]


# --- 3. another actor's clause: "the €5bn Kyiv had requested" -----------------------------------

OTHER_CLAUSE = [
    # (lang, text, the rows that count, the other actor's row: (donor, recipient, status))
    (
        "en",
        "Germany pledged €3bn to Ukraine, short of the €5bn Kyiv had requested.",
        [("DEU", "EUR", 3e9)],
        (None, "UKR", "rejected"),
    ),
    (
        "en",
        "Germany pledged €3bn to Ukraine, a fraction of the €60bn Russia spends on its army each "
        "year.",
        [("DEU", "EUR", 3e9)],
        ("RUS", None, "rejected"),
    ),
    (
        "en",
        "Germany pledged €3bn to Ukraine – roughly the $3.2bn Washington gave last year.",
        [("DEU", "EUR", 3e9), ("USA", "USD", 3.2e9)],
        ("USA", "UKR", "candidate"),
    ),
    (
        "en",
        "Japan pledged $1bn to Ukraine, half the $2bn that South Korea spent on its navy.",
        [("JPN", "USD", 1e9)],
        ("KOR", None, "rejected"),
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu, weniger als die 5 Mrd. Euro, die Kiew "
        "gefordert hatte.",
        [("DEU", "EUR", 3e9)],
        ("UKR", None, "rejected"),
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 2 Mrd. Euro zu, ein Bruchteil der 100 Mrd. Euro, die "
        "Russland jährlich für sein Militär ausgibt.",
        [("DEU", "EUR", 2e9)],
        ("RUS", None, "rejected"),
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, menos que los 3.000 millones de "
        "euros que pidió Kiev.",
        [("ESP", "EUR", 1e9)],
        None,
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 1 mld euro, mniej niż 3 mld euro, które wydaje Rosja.",
        [("POL", "EUR", 1e9)],
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "counts", "other"), OTHER_CLAUSE)
def test_an_amount_of_another_actors_clause_is_that_actors(lang, text, counts, other):
    assert counted(text, lang) == counts
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    if other is not None:
        assert (rows[1]["donor"], rows[1]["recipient"], rows[1]["status"]) == other
        assert rows[1]["donor_from"] == "other clause"
        assert rows[1]["evidence"]


def test_another_actors_money_is_never_carried_to_the_next_sentence():
    text = (
        "Germany pledged €3bn to Ukraine, a fraction of the €60bn Russia spends. "
        "It also sent €1bn in March."
    )
    rows = pledge_candidates(text, published=PUBLISHED, lang="en")
    assert [(r["donor"], r["status"]) for r in rows] == [
        ("DEU", "candidate"),
        ("RUS", "rejected"),
        ("DEU", "candidate"),
    ]


# --- 4. what stays a pledge ---------------------------------------------------------------------

KEPT = [
    ("en", "Germany pledged €3bn to Ukraine, more than France.", [("DEU", "EUR", 3e9)]),
    ("en", "Germany pledged more than €3bn to Ukraine.", [("DEU", "EUR", 3e9)]),
    ("en", "Germany pledged the €3bn Ukraine needs for air defence.", [("DEU", "EUR", 3e9)]),
    ("en", "Germany pledged €3bn to Ukraine against Russian attacks.", [("DEU", "EUR", 3e9)]),
    ("de", "Deutschland sagte der Ukraine mehr als 3 Mrd. Euro zu.", [("DEU", "EUR", 3e9)]),
    (
        "pl",
        "Polska przekazała Ukrainie ponad 1 mld euro, więcej niż Czechy.",
        [("POL", "EUR", 1e9)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "counts"), KEPT)
def test_a_pledge_beside_words_of_comparison_stays(lang, text, counts):
    assert counted(text, lang) == counts


def test_money_beside_returns_none_for_a_plain_pledge():
    sentence = "Germany pledged €3bn to Ukraine, and France €1bn."
    assert money_beside(sentence, "en", (16, 20), "DEU") is None
    assert money_beside(sentence, "en", (44, 48), "FRA") is None


# --- 5. the value before a change: "…to €8bn, after €5bn last year" ------------------------------

AFTER_VALUE = [
    ("en", "Germany raised its aid to Ukraine to €8bn, after €5bn last year."),
    ("en", "Berlin's aid rose to €4bn this year, after €3bn last year."),
    ("en", "Germany raised its aid to Ukraine to €8bn, after €5bn a year earlier."),
    ("en", "Germany raised its aid to Ukraine to €8bn, after €5bn in 2024."),
    (
        "de",
        "Deutschland erhöht die Hilfe für die Ukraine auf 8 Milliarden Euro, nach 5 Milliarden "
        "Euro im Vorjahr.",
    ),
    ("pl", "Polska zwiększyła pomoc dla Ukrainy do 2 mld zł, po 1,5 mld zł w ubiegłym roku."),
    (
        "fr",
        "La France a porté son aide à l'Ukraine à 3 milliards d'euros, après 2 milliards "
        "d'euros l'an dernier.",
    ),
    (
        "es",
        "España elevó su ayuda a Ucrania a 1.000 millones de euros, tras 800 millones de euros "
        "el año pasado.",
    ),
    ("uk", "Німеччина збільшила допомогу Україні до 8 млрд євро, після 5 млрд євро торік."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_VALUE)
def test_after_a_change_the_value_before_is_no_row(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert len(rows) == 1
    assert [m.changed_to for m in extract_amounts(text, lang=lang)] == [None, 0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no change before it, or no past period after it: "after" is a time, not a value before
        ("en", "Germany pledged €8bn to Ukraine, after €5bn last year."),
        ("en", "Germany raised its aid to €8bn, after €5bn was spent on ammunition."),
        ("de", "Deutschland sagte der Ukraine 8 Mrd. Euro zu, nach 5 Mrd. Euro im Vorjahr."),
    ],
)
def test_after_without_a_change_or_a_past_period_stays_a_row(lang, text):
    assert [m.changed_to for m in extract_amounts(text, lang=lang)] == [None, None]


# --- 6. words of time between the value after and "from": a clause, not a count ---------------

FROM_AFTER_TO = [
    ("en", "Germany's aid to Ukraine rose to €8bn in the first half of this year from €5bn."),
    ("en", "Aid to Ukraine grew to $3bn over the first nine months of the year from $2bn."),
    (
        "de",
        "Die deutsche Hilfe stieg auf 8 Mrd. Euro in der ersten Hälfte dieses Jahres von "
        "5 Mrd. Euro.",
    ),
    ("pl", "Pomoc wzrosła do 2 mld zł w pierwszej połowie tego roku z 1 mld zł."),
]


@pytest.mark.parametrize(("lang", "text"), FROM_AFTER_TO)
def test_long_time_between_value_after_and_from(lang, text):
    assert [m.changed_to for m in extract_amounts(text, lang=lang)] == [None, 0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany's aid rose to €8bn that Kyiv got from €5bn."),
        ("en", "Aid rose to €8bn; Poland gave from €5bn."),
    ],
)
def test_a_verb_between_value_after_and_from_is_another_clause(lang, text):
    assert [m.changed_to for m in extract_amounts(text, lang=lang)] == [None, None]


# --- 7. a share of the package named: a part; "bringing … to": a running total -----------------

SHARE_OF_WHOLE = [
    ("en", "Germany pledged €4bn to Ukraine. A third of the package (€1.3bn) goes to air defence."),
    ("en", "Germany pledged €4bn to Ukraine. A third of Germany's package (€1.3bn) buys IRIS-T."),
    ("en", "Germany pledged €4bn to Ukraine. Half of its new package, €2bn, buys shells."),
    ("en", "Germany pledged €4bn to Ukraine, half of the aid, €2bn, for drones."),
    ("en", "Germany pledged €4bn to Ukraine; most of the money – €3bn – buys shells."),
    (
        "de",
        "Deutschland sagte der Ukraine 4 Mrd. Euro zu. Ein Drittel des Pakets (1,3 Mrd. Euro) "
        "geht an die Luftabwehr.",
    ),
    (
        "fr",
        "L'Allemagne a promis 4 milliards d'euros à l'Ukraine. Un tiers de l'enveloppe "
        "(1,3 milliard d'euros) ira à la défense aérienne.",
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 4 mld zł. Jedna trzecia pakietu (1,3 mld zł) trafi na "
        "obronę powietrzną.",
    ),
    ("uk", "Німеччина виділила Україні 4 млрд євро. Третина пакета (1,3 млрд євро) піде на ППО."),
]


@pytest.mark.parametrize(("lang", "text"), SHARE_OF_WHOLE)
def test_a_share_of_the_whole_named_is_a_part(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["part_of"] for r in rows] == [None, 0]
    assert len(counted(text, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no share word, or the amount not set off: its own amount
        ("en", "Germany pledged €4bn to Ukraine. The package also holds €1.3bn for Moldova."),
        ("pl", "Polska przekazała Ukrainie 4 mld zł. Przekaże też 1 mld zł pomocy Mołdawii."),
    ],
)
def test_without_a_share_the_whole_named_makes_no_part(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["part_of"] for r in rows] == [None, None]


RUNNING_TOTALS = [
    ("en", "Germany pledged €4bn to Ukraine, bringing their combined aid to more than €12bn."),
    ("en", "Canada gave C$500m, which brings its support for Kyiv to C$4bn."),
    (
        "fr",
        "L'Allemagne a promis 4 milliards d'euros à l'Ukraine, portant son aide totale à "
        "12 milliards d'euros.",
    ),
    (
        "es",
        "España prometió 400 millones de euros a Ucrania, elevando su ayuda total a 2.000 "
        "millones de euros.",
    ),
    ("pl", "Polska przekazała Ukrainie 1 mld zł, co zwiększa jej pomoc do 5 mld zł."),
]


@pytest.mark.parametrize(("lang", "text"), RUNNING_TOTALS)
def test_bringing_to_makes_a_running_total(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["basis"] for r in rows] == ["new", "cumulative"]


def test_bringing_without_to_before_the_amount_is_no_running_total():
    rows = pledge_candidates("The convoy, bringing €4bn of arms to Ukraine, arrived.", lang="en")
    assert [r["basis"] for r in rows] == ["new"]


def test_a_share_of_one_givers_package_is_a_part_of_that_givers_row():
    text = (
        "Germany pledged €4bn to Ukraine on Tuesday, while France promised €3bn and Italy €2bn. "
        "A third of Germany's package (€1.3bn) is earmarked for IRIS-T systems."
    )
    rows = pledge_candidates(text, published=PUBLISHED, lang="en")
    assert [(r["donor"], r["part_of"]) for r in rows] == [
        ("DEU", None),
        ("FRA", None),
        ("ITA", None),
        ("DEU", 0),
    ]
