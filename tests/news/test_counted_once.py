"""The same money counted once, and values before read as no new money (pledge rows).

Five kinds, each with table tests in several languages: an equivalent in another currency set
off by dashes or commas after words of its amount's clause; the value before a change written
after its value after; a headline run into its lead (by a newline or a full stop, rounded, or
collective over the lead's items); a country's short name read into its currency's span ("The
UK £2bn and Germany €3bn"); a share of the amount before ("a third of it (€1bn)"). All passages
are written for these tests.
"""

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def rows_of(text, lang):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def counted(text, lang):
    """{(donor, currency): total value} of the rows that count."""
    totals: dict[tuple, float] = {}
    for row in rows_of(text, lang):
        if row["part_of"] is None and row["duplicate_of"] is None and row["status"] != "rejected":
            key = (row["donor"], row["currency"])
            totals[key] = totals.get(key, 0) + row["value"]
    return totals


# --- 1. an equivalent between dashes or commas after words: one row ----------------------------

ASIDES = [
    ("en", "Germany pledged €3bn to Ukraine – roughly 3.2 billion dollars – on Monday.", "DEU"),
    ("en", "Germany pledged €3bn to Ukraine, about $3.2bn, on Monday.", "DEU"),
    ("en", "Germany pledged €3bn for air defence — some $3.2bn — this week.", "DEU"),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu – etwa 3,2 Mrd. Dollar – am Montag.",
        "DEU",
    ),
    (
        "fr",
        "La France a promis 3 milliards d'euros à l'Ukraine, environ 3,2 milliards de dollars, "
        "lundi.",
        "FRA",
    ),
    (
        "pl",
        "Polska przekazała 3 mld zł dla Ukrainy – czyli około 750 mln dolarów – w poniedziałek.",
        "POL",
    ),
    (
        "uk",
        "Німеччина виділила 3 млрд євро для України – близько 3,2 млрд доларів – у понеділок.",
        "DEU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor"), ASIDES)
def test_an_equivalent_in_an_aside_is_no_second_row(lang, text, donor):
    rows = rows_of(text, lang)
    assert len(rows) == 1
    assert rows[0]["donor"] == donor
    assert rows[0]["currency"] in ("EUR", "PLN")
    assert [a.currency for a in rows[0]["restated"]] == ["USD"]


def test_an_aside_that_goes_on_is_a_second_amount():
    text = "Germany pledged €3bn to Ukraine, about $3.2bn to Moldova, on Monday."
    rows = rows_of(text, "en")
    assert [(r["currency"], r["recipient"]) for r in rows] == [("EUR", "UKR"), ("USD", "MDA")]


# --- 2. the value before a change: no row ------------------------------------------------------

VALUES_BEFORE = [
    ("en", "Germany's aid to Ukraine rose to €8bn this year from €5bn.", ("DEU", "EUR", 8e9)),
    ("en", "Germany raised its aid to Ukraine to €8bn, up from €5bn.", ("DEU", "EUR", 8e9)),
    (
        "en",
        "Germany gave Ukraine €8bn this year, compared with €5bn last year.",
        ("DEU", "EUR", 8e9),
    ),
    (
        "en",
        "Germany raised its aid to Ukraine to €8bn in 2025 from €5bn in 2024.",
        ("DEU", "EUR", 8e9),
    ),
    (
        "de",
        "Deutschland erhöhte die Hilfe für die Ukraine von 5 auf 8 Milliarden Euro.",
        ("DEU", "EUR", 8e9),
    ),
    (
        "de",
        "Deutschland erhöhte seine Hilfe für die Ukraine auf 8 Mrd. Euro in diesem Jahr von 5 "
        "Mrd. Euro.",
        ("DEU", "EUR", 8e9),
    ),
    (
        "fr",
        "L'aide de la France à l'Ukraine atteint 8 milliards d'euros, contre 5 milliards l'an "
        "dernier.",
        ("FRA", "EUR", 8e9),
    ),
    ("pl", "Polska zwiększyła pomoc dla Ukrainy z 5 do 8 mld zł.", ("POL", "PLN", 8e9)),
    (
        "pl",
        "Polska zwiększyła pomoc dla Ukrainy do 8 mld zł w tym roku z 5 mld zł.",
        ("POL", "PLN", 8e9),
    ),
    (
        "uk",
        "Німеччина збільшила допомогу Україні до 8 млрд євро цього року з 5 млрд євро.",
        ("DEU", "EUR", 8e9),
    ),
]


@pytest.mark.parametrize(("lang", "text", "total"), VALUES_BEFORE)
def test_the_value_before_a_change_is_no_row(lang, text, total):
    donor, currency, value = total
    rows = rows_of(text, lang)
    assert [(r["currency"], r["value"]) for r in rows] == [(currency, value)]
    assert counted(text, lang) == {(donor, currency): pytest.approx(value)}


def test_a_bare_value_before_after_a_restatement_is_left_out_not_read():
    # "contre 5 milliards" after a bracketed restatement is not read as money at all (it has
    # no currency of its own); no row either way
    text = (
        "L'aide de la France à l'Ukraine atteint 8 milliards d'euros (8,7 milliards de dollars), "
        "contre 5 milliards l'an dernier."
    )
    rows = rows_of(text, "fr")
    assert [(r["currency"], r["value"]) for r in rows] == [("EUR", 8e9)]


# --- 3. a headline joined to its lead: counted once --------------------------------------------

HEADLINES = [
    (
        "en",
        "Germany pledges €3bn for Ukraine\nGermany pledged €3bn for Ukraine on Monday, the "
        "chancellor said.",
        {("DEU", "EUR"): 3e9},
    ),
    (
        "en",
        "Germany pledges €3bn. Germany pledged €3bn for Ukraine on Monday, the chancellor said.",
        {("DEU", "EUR"): 3e9},
    ),
    (
        "en",
        "Germany pledges €3bn for Ukraine. Germany pledged €3.05 billion for Ukraine on Monday.",
        {("DEU", "EUR"): 3.05e9},
    ),
    (
        "de",
        "Deutschland sagt 3 Mrd. Euro zu. Deutschland hat der Ukraine am Montag 3,05 Mrd. Euro "
        "zugesagt.",
        {("DEU", "EUR"): 3.05e9},
    ),
    (
        "fr",
        "La France promet 2 milliards d'euros. La France a promis 2 milliards d'euros à "
        "l'Ukraine lundi.",
        {("FRA", "EUR"): 2e9},
    ),
    (
        "pl",
        "Polska obiecuje 1 mld euro. Polska obiecała Ukrainie 1 mld euro na obronę powietrzną.",
        {("POL", "EUR"): 1e9},
    ),
    (
        "uk",
        "Німеччина обіцяє 3 млрд євро. Німеччина пообіцяла Україні 3 млрд євро у понеділок.",
        {("DEU", "EUR"): 3e9},
    ),
    # a collective headline over the lead's items: the items count, the headline is their sum
    (
        "en",
        "Allies pledge €6bn for Ukraine. Germany gave €3bn, France €2bn and Italy €1bn.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 2e9, ("ITA", "EUR"): 1e9},
    ),
    (
        "en",
        "Allies pledge €6bn for Ukraine\nGermany gave €3bn, France €2bn and Italy €1bn.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 2e9, ("ITA", "EUR"): 1e9},
    ),
    (
        "de",
        "Verbündete sagen 6 Mrd. Euro zu. Deutschland gab 3 Mrd. Euro, Frankreich 2 Mrd. Euro und "
        "Italien 1 Mrd. Euro.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 2e9, ("ITA", "EUR"): 1e9},
    ),
    (
        "pl",
        "Sojusznicy obiecują 6 mld euro. Niemcy dały 3 mld euro, Francja 2 mld euro, a Włochy 1 "
        "mld euro.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 2e9, ("ITA", "EUR"): 1e9},
    ),
    (
        "uk",
        "Союзники обіцяють 6 млрд євро. Німеччина дала 3 млрд євро, Франція 2 млрд євро, а Італія "
        "1 млрд євро.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 2e9, ("ITA", "EUR"): 1e9},
    ),
    # a headline of one giver over its lead's items: the items are its parts
    (
        "en",
        "Germany pledges €3bn for Ukraine\nGermany gave €2bn for air defence and €1bn for energy.",
        {("DEU", "EUR"): 3e9},
    ),
]


@pytest.mark.parametrize(("lang", "text", "totals"), HEADLINES)
def test_a_headline_and_its_lead_count_once(lang, text, totals):
    assert counted(text, lang) == {key: pytest.approx(value) for key, value in totals.items()}


NOT_A_HEADLINE = [  # a short first sentence that is no headline of what follows: two pledges
    ("en", "Germany pledged €3bn. It also pledged €3bn for Moldova.", {("DEU", "EUR"): 6e9}),
    (
        "en",
        "Germany pledged €3bn in January. Germany pledged €3bn for Ukraine in March.",
        {("DEU", "EUR"): 6e9},
    ),
    (
        "en",
        "Norway gave Ukraine NOK 5bn. On Friday, Norway gave Ukraine an additional NOK 5bn.",
        {("NOR", "NOK"): 1e10},
    ),
    (
        "en",
        "Germany pledges €3bn for Ukraine. France pledged €3bn for Ukraine on Monday.",
        {("DEU", "EUR"): 3e9, ("FRA", "EUR"): 3e9},
    ),
    (
        "pl",
        "Polska obiecała Ukrainie 1 mld euro. W maju Polska obiecała Ukrainie kolejne 1 mld euro.",
        {("POL", "EUR"): 2e9},
    ),
    # a headline of one giver over other givers' items is no sum of them
    (
        "en",
        "Germany pledges €6bn for Ukraine. France gave €3bn, Italy €2bn and Spain €1bn.",
        {("DEU", "EUR"): 6e9, ("FRA", "EUR"): 3e9, ("ITA", "EUR"): 2e9, ("ESP", "EUR"): 1e9},
    ),
]


@pytest.mark.parametrize(("lang", "text", "totals"), NOT_A_HEADLINE)
def test_a_first_sentence_that_is_no_headline_counts(lang, text, totals):
    assert counted(text, lang) == {key: pytest.approx(value) for key, value in totals.items()}


def test_a_collective_headline_names_the_rows_that_count_instead():
    text = "Allies pledge €6bn for Ukraine. Germany gave €3bn, France €2bn and Italy €1bn."
    head = rows_of(text, "en")[0]
    assert (head["donor"], head["donor_from"], head["duplicate_of"]) == (None, "collective", 1)
    assert "the sum of rows 1–3" in head["evidence"]


# --- 4. a country's short name before a currency symbol is its item's giver --------------------

GIVERS_BEFORE_SYMBOLS = [
    (
        "en",
        "The UK £2bn and Germany €3bn were pledged to Ukraine.",
        [("GBR", "GBP"), ("DEU", "EUR")],
    ),
    (
        "en",
        "Germany €3bn and the UK £2bn were pledged to Ukraine.",
        [("DEU", "EUR"), ("GBR", "GBP")],
    ),
    ("en", "Germany gave €3bn and the UK £2bn.", [("DEU", "EUR"), ("GBR", "GBP")]),
    ("en", "The US $5bn and the EU €3bn were pledged to Ukraine.", [("USA", "USD"), ("EU", "EUR")]),
    ("en", "Germany €3bn, the US $5bn.", [("DEU", "EUR"), ("USA", "USD")]),
    (
        "en",
        "Canada C$50m and Australia A$100m were pledged to Ukraine.",
        [("CAN", "CAD"), ("AUS", "AUD")],
    ),
    (
        "en",
        "Japan gave ¥100bn, the US $5bn and the UK £2bn to Ukraine.",
        [("JPN", "JPY"), ("USA", "USD"), ("GBR", "GBP")],
    ),
    (
        "fr",
        "Le Royaume-Uni 2 milliards de livres et l'Allemagne 3 milliards d'euros ont été promis "
        "à l'Ukraine.",
        [("GBR", "GBP"), ("DEU", "EUR")],
    ),
    (
        "pl",
        "Wielka Brytania 2 mld funtów i Niemcy 3 mld euro zostały obiecane Ukrainie.",
        [("GBR", "GBP"), ("DEU", "EUR")],
    ),
    # after a verb the name is the currency's prefix only: the giver is named elsewhere
    ("en", "Ukraine will get US $5bn from Japan.", [("JPN", "USD")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GIVERS_BEFORE_SYMBOLS)
def test_a_country_before_a_symbol_gives_its_amount(lang, text, expected):
    assert [(r["donor"], r["currency"]) for r in rows_of(text, lang)] == expected


# --- 5. a share of the amount before is a part of it -------------------------------------------

SHARES = [
    ("en", "Germany pledged €3bn to Ukraine. Of that, 15% of it, or €450m, is for demining."),
    ("en", "Germany pledged €3bn to Ukraine. 15% of it, or €450m, is for demining."),
    ("en", "Germany pledged €3bn to Ukraine. A third of it (€1bn) is for demining."),
    ("en", "Germany pledged €3bn to Ukraine. Half of it, €1.5bn, is for air defence."),
    ("en", "Germany pledged €3bn to Ukraine. Most of it – €2bn – is for air defence."),
    ("en", "Germany pledged €3bn to Ukraine, half of which, €1.5bn, is for air defence."),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu. Ein Drittel davon (1 Mrd. Euro) ist für "
        "die Minenräumung.",
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu, die Hälfte davon, 1,5 Mrd. Euro, für "
        "Luftverteidigung.",
    ),
    (
        "fr",
        "La France a promis 3 milliards d'euros à l'Ukraine. Un tiers de cette somme (1 milliard "
        "d'euros) ira au déminage.",
    ),
    (
        "fr",
        "La France a promis 3 milliards d'euros à l'Ukraine, dont la moitié, 1,5 milliard "
        "d'euros, pour la défense aérienne.",
    ),
    (
        "pl",
        "Polska obiecała Ukrainie 3 mld zł. Jedna trzecia z tego (1 mld zł) trafi na rozminowanie.",
    ),
    ("pl", "Polska obiecała Ukrainie 3 mld zł, z czego połowa, 1,5 mld zł, na obronę powietrzną."),
    (
        "uk",
        "Німеччина виділила Україні 3 млрд євро. Третина з них (1 млрд євро) піде на розмінування.",
    ),
    ("uk", "Німеччина виділила Україні 3 млрд євро, з них половина, 1,5 млрд євро, на ППО."),
]


@pytest.mark.parametrize(("lang", "text"), SHARES)
def test_a_share_of_the_amount_before_is_its_part(lang, text):
    rows = rows_of(text, lang)
    assert [r["part_of"] for r in rows] == [None, 0]
    assert rows[1]["parsed"].value < rows[0]["parsed"].value


NOT_SHARES = [  # an "of that" bound into a phrase of its own: more money, no part
    ("en", "Germany pledged €3bn to Ukraine. On top of that, €2bn went to Moldova."),
    ("en", "Germany pledged €3bn to Ukraine. Because of that, €1bn more was found."),
    ("en", "Germany pledged €3bn to Ukraine. Instead of that, it gave €2bn in loans."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SHARES)
def test_a_phrase_of_its_own_makes_no_part(lang, text):
    assert [r["part_of"] for r in rows_of(text, lang)] == [None, None]
