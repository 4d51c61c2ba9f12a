"""A new pledge or a repeat (issue 9, pledge path): words of more and distinct dates make a new
pledge; a headline and its lead are one pledge across currencies and rounding. Each table row
gives the counted rows' (donor, currency, value) sum, which must equal what the text says was
given."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc.news.candidates import extract_pledges, pledge_candidates
from aidcalc.news.dedup import new_pledge, says_further, within_rounding

PUBLISHED = "2025-03-10"


def counted(text, lang=None):
    """Return {(donor, currency): total value} of the rows that count."""
    totals: dict[tuple, float] = {}
    for row in pledge_candidates(text, published=PUBLISHED, lang=lang):
        if row["part_of"] is None and row["duplicate_of"] is None and row["status"] != "rejected":
            key = (row["donor"], row["currency"])
            totals[key] = totals.get(key, 0) + row["value"]
    return totals


# --- 1. more, another, further, or another date: a new pledge -----------------------------------

FURTHER = [
    ("en", "Germany pledged €2bn in January and another €2bn in March.", ("DEU", "EUR", 4e9)),
    (
        "en",
        "Germany pledged €2bn to Ukraine in January. In March, Germany pledged a further €2bn "
        "to Ukraine.",
        ("DEU", "EUR", 4e9),
    ),
    (
        "en",
        "In January, Denmark pledged DKK 9.7bn to Ukraine. In May, Denmark pledged DKK 9.7bn more.",
        ("DNK", "DKK", 19.4e9),
    ),
    (
        "en",
        "Norway gave Ukraine NOK 5bn. On Friday, Norway gave Ukraine an additional NOK 5bn.",
        ("NOR", "NOK", 10e9),
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 2 Mrd. Euro zu. Im März sagte Deutschland der Ukraine "
        "weitere 2 Mrd. Euro zu.",
        ("DEU", "EUR", 4e9),
    ),
    (
        "fr",
        "La France a promis 1 milliard d'euros à l'Ukraine. En mai, la France a promis encore "
        "1 milliard d'euros à l'Ukraine.",
        ("FRA", "EUR", 2e9),
    ),
    (
        "es",
        "España prometió 500 millones de euros a Ucrania. En mayo, España prometió otros "
        "500 millones de euros a Ucrania.",
        ("ESP", "EUR", 1e9),
    ),
    (
        "it",
        "L'Italia ha promesso 300 milioni di euro all'Ucraina. A maggio l'Italia ha promesso "
        "altri 300 milioni di euro all'Ucraina.",
        ("ITA", "EUR", 6e8),
    ),
    (
        "pl",
        "Polska obiecała Ukrainie 1 mld euro. W maju Polska obiecała Ukrainie kolejne 1 mld euro.",
        ("POL", "EUR", 2e9),
    ),
    (
        "nl",
        "Nederland beloofde Oekraïne 2 miljard euro. In mei beloofde Nederland Oekraïne nog "
        "2 miljard euro.",
        ("NLD", "EUR", 4e9),
    ),
    (
        "en",
        "Sweden pledged SEK 3bn to Ukraine on 4 January 2025. Sweden pledged SEK 3bn to "
        "Ukraine on 2 March 2025.",
        ("SWE", "SEK", 6e9),
    ),
]


@pytest.mark.parametrize(("lang", "text", "total"), FURTHER)
def test_more_or_another_date_is_a_new_pledge(lang, text, total):
    donor, currency, value = total
    assert counted(text, lang) == {(donor, currency): pytest.approx(value)}


REPEATS = [  # the same pledge told twice, no word of more, no date of its own: counted once
    ("en", "Germany pledged €2bn to Ukraine. Germany's €2bn pledge to Ukraine was welcomed."),
    ("en", "Germany pledged €2bn to Ukraine. Berlin said it pledged €2bn to Ukraine to help."),
    (
        "de",
        "Deutschland sagte der Ukraine 2 Mrd. Euro zu. Deutschland sagte der Ukraine die "
        "2 Mrd. Euro am Montag zu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REPEATS)
def test_a_plain_repeat_stays_a_duplicate(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["duplicate_of"] for r in rows] == [None, 0]


@pytest.mark.parametrize(
    ("lang", "sentence", "amount", "expected"),
    [
        ("en", "Germany pledged another €2bn.", "€2bn", True),
        ("en", "Germany pledged a further €2bn.", "€2bn", True),
        ("en", "Denmark pledged DKK 9.7bn more.", "DKK 9.7bn", True),
        ("en", "Germany gave €2bn more than France.", "€2bn", False),
        ("en", "Germany gave €2bn.", "€2bn", False),
        ("de", "Deutschland gab weitere 2 Mrd. Euro.", "2 Mrd. Euro", True),
        ("de", "Deutschland gab 2 Mrd. Euro mehr als Frankreich.", "2 Mrd. Euro", False),
        ("fr", "La France donne 2 milliards d'euros de plus.", "2 milliards d'euros", True),
        ("es", "España da 500 millones de euros más.", "500 millones de euros", True),
        ("es", "España da 500 millones de euros más que Italia.", "500 millones de euros", False),
        ("it", "L'Italia dà ulteriori 300 milioni di euro.", "300 milioni di euro", True),
        ("pl", "Polska da jeszcze 1 mld euro.", "1 mld euro", True),
        ("uk", "Польща дасть ще 1 млрд євро.", "1 млрд євро", True),
        ("nl", "Nederland geeft 2 miljard euro extra.", "2 miljard euro", True),
        ("ro", "România dă încă 1 miliard de euro.", "1 miliard de euro", True),
    ],
)
def test_says_further(lang, sentence, amount, expected):
    start = sentence.index(amount)
    assert says_further(sentence, lang, (start, start + len(amount))) is expected


def test_new_pledge_rule():
    assert new_pledge({}, {"further": True})
    assert not new_pledge({"headline": True}, {"further": True})
    assert new_pledge({"dated": True, "date": "2025-01"}, {"dated": True, "date": "2025-02"})
    assert not new_pledge({"dated": True, "date": "2025-01"}, {"dated": True, "date": "2025-01"})
    assert not new_pledge({"date": "2025-03-10"}, {"dated": True, "date": "2025-01"})


# --- 3. a headline and the lead under it: one pledge ------------------------------------------

HEADLINES = [
    (
        "de",
        "Deutschland sagt 2 Mrd. Euro zu\n\nBERLIN (dpa) – Deutschland hat der Ukraine weitere "
        "2 Mrd. Euro für die Luftverteidigung zugesagt.",
        ("DEU", "EUR", 2e9),
    ),
    (
        "en",
        "Germany pledges $2.2bn for Ukraine\n\nBERLIN - Germany pledged €2bn ($2.2bn) for air "
        "defence to Ukraine on Monday.",
        ("DEU", "EUR", 2e9),
    ),
    (
        "en",
        "Denmark to give Ukraine €1.3bn\n\nCOPENHAGEN - Denmark will give Ukraine DKK 9.7bn "
        "(€1.3bn) in military aid.",
        ("DNK", "DKK", 9.7e9),
    ),
    (
        "en",
        "Germany pledges €2.5bn for Ukraine\n\nBERLIN - Germany pledged €2.46 billion to "
        "Ukraine on Monday.",
        ("DEU", "EUR", 2.46e9),
    ),
    (
        "fr",
        "La France promet 1,5 milliard d'euros\n\nPARIS - La France a promis 1,46 milliard "
        "d'euros à l'Ukraine lundi.",
        ("FRA", "EUR", 1.46e9),
    ),
    (
        "pl",
        "Polska obiecuje 1 mld euro\n\nWARSZAWA - Polska obiecała Ukrainie 1 mld euro na "
        "obronę powietrzną.",
        ("POL", "EUR", 1e9),
    ),
    (
        "es",
        "España promete 1.000 millones de euros\n\nMADRID - España prometió a Ucrania 1.000 "
        "millones de euros para defensa aérea.",
        ("ESP", "EUR", 1e9),
    ),
]


@pytest.mark.parametrize(("lang", "text", "total"), HEADLINES)
def test_headline_and_lead_count_once(lang, text, total):
    donor, currency, value = total
    assert counted(text, lang) == {(donor, currency): pytest.approx(value)}


NOT_THE_HEADLINE = [  # a value beyond the headline's rounding, or another donor: two pledges
    (
        "en",
        "Germany pledges €2bn for Ukraine\n\nBERLIN - Germany pledged €2.4bn to Ukraine on Monday.",
        {("DEU", "EUR"): 4.4e9},
    ),
    (
        "en",
        "Germany pledges €2bn for Ukraine\n\nBERLIN - France pledged €2bn to Ukraine on Monday.",
        {("DEU", "EUR"): 2e9, ("FRA", "EUR"): 2e9},
    ),
]


@pytest.mark.parametrize(("lang", "text", "totals"), NOT_THE_HEADLINE)
def test_what_the_headline_does_not_state_counts(lang, text, totals):
    assert counted(text, lang) == {key: pytest.approx(value) for key, value in totals.items()}


def test_the_lead_row_counts_and_the_headline_says_why():
    text = HEADLINES[1][1]
    frame = extract_pledges(text, published=PUBLISHED, lang="en")
    assert frame.loc[0, "duplicate_of"] == 1
    assert frame["duplicate_of"].isna().tolist() == [False, True]
    assert "headline of row 1" in frame.loc[0, "evidence"]


@pytest.mark.parametrize(
    ("rounded", "precise", "expected"),
    [
        ("2.5e9", "2.46e9", True),
        ("2e9", "2.4e9", False),
        ("2e9", "2.04e9", True),
        ("1.3e9", "1.26e9", True),
        ("1.3e9", "1.2e9", False),
        ("300e6", "300e6", True),
    ],
)
def test_within_rounding(rounded, precise, expected):
    assert within_rounding(Decimal(rounded), Decimal(precise)) is expected


# --- 4. an unknown giver in a later sentence is not the earlier donor ---------------------------

UNNAMED_LATER = [
    ("en", "Germany pledged €2bn on Monday. Scotland pledged $300 million on Tuesday."),
    ("en", "Germany pledged €2bn on Monday. On Tuesday, Scotland pledged $300 million."),
    ("en", "Germany pledged €2bn. Foreign Minister Cho Tae-yul promised $300 million."),
    ("en", "Germany pledged €2bn on Monday. Scotland's government promised $300 million."),
    ("en", "Germany pledged €2bn. The Scottish government promised $300 million."),
    ("en", "Germany pledged €2bn. Mr Starmer promised £300 million."),
    ("fr", "L'Allemagne a promis 2 milliards d'euros. Séoul a promis 300 millions de dollars."),
    ("en", "Germany pledged €2bn on Monday. Scotland has pledged $300 million."),
    (
        "fr",
        "L'Allemagne a promis 2 milliards d'euros. Le ministre Cho Tae-yul a promis 300 "
        "millions de dollars.",
    ),
    ("fr", "L'Allemagne a promis 2 milliards d'euros. La Corée a promis 300 millions de dollars."),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED_LATER)
def test_an_unknown_giver_does_not_take_the_earlier_donor(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert rows[0]["donor"] == "DEU"
    assert rows[-1]["donor"] is None
    assert rows[-1]["donor_from"] == "unnamed"
    assert "gazetteer" in rows[-1]["evidence"]


CARRIED_STILL = [  # a pronoun or an office of no named country still takes the earlier donor
    ("en", "Germany pledged €2bn on Monday. It pledged another €1bn on Tuesday."),
    ("en", "Germany pledged €2bn on Monday. The government promised €1bn more on Tuesday."),
    (
        "fr",
        "L'Allemagne a promis 2 milliards d'euros lundi. Elle a promis 1 milliard d'euros mardi.",
    ),
    ("nl", "Duitsland beloofde maandag 2 miljard euro. Het beloofde dinsdag nog 1 miljard euro."),
]


@pytest.mark.parametrize(("lang", "text"), CARRIED_STILL)
def test_a_pronoun_still_takes_the_earlier_donor(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["donor"] for r in rows] == ["DEU", "DEU"]
    assert rows[1]["donor_from"] == "earlier sentence"


# --- 5. "each"/"jeweils": one row per giver; "thanked X for … and Y for …": Y's own ------------

EACH = [
    ("de", "Spanien und Italien sagten jeweils 20 Millionen Euro zu.", ["ESP", "ITA"]),
    ("en", "Spain and Italy pledged €20 million each to Ukraine.", ["ESP", "ITA"]),
    ("en", "Spain, Italy and Greece each pledged €20 million.", ["ESP", "ITA", "GRC"]),
    ("fr", "L'Espagne et l'Italie ont promis 20 millions d'euros chacune.", ["ESP", "ITA"]),
    ("es", "España e Italia prometieron 20 millones de euros cada una.", ["ESP", "ITA"]),
    ("it", "Spagna e Italia hanno promesso 20 milioni di euro ciascuna.", ["ESP", "ITA"]),
    ("pl", "Polska i Czechy przekazały po 20 mln euro.", ["POL", "CZE"]),
]


@pytest.mark.parametrize(("lang", "text", "donors"), EACH)
def test_each_of_several_givers_gives_the_amount(lang, text, donors):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["donor"] for r in rows] == donors
    assert {r["value"] for r in rows} == {20e6}
    assert all("joined givers" in r["evidence"] for r in rows)
    assert all(text[r["start"] : r["end"]] == r["amount"] for r in rows)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Spain and Italy pledged €20 million."),  # together: one collective row
        ("de", "Spanien und Italien sagten 20 Millionen Euro zu."),
    ],
)
def test_without_each_word_the_joint_amount_stays_one_row(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert len(rows) == 1
    assert rows[0]["donor"] is None


THANKED = [
    ("en", "Kyiv thanked Berlin for €300 million and Paris for €200 million."),
    ("fr", "Kiev a remercié Berlin pour 300 millions d'euros et Paris pour 200 millions d'euros."),
    ("pl", "Kijów podziękował Berlinowi za 300 mln euro i Paryżowi za 200 mln euro."),
]


@pytest.mark.parametrize(("lang", "text"), THANKED)
def test_a_parallel_item_names_its_own_giver(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["donor"] for r in rows] == ["DEU", "FRA"]


def test_a_parallel_item_needs_the_same_link_word():
    rows = pledge_candidates(
        "Germany pledged €3bn to Ukraine and €1bn to Moldova.", published=PUBLISHED, lang="en"
    )
    assert [(r["donor"], r["recipient"]) for r in rows] == [("DEU", "UKR"), ("DEU", "MDA")]


GERMAN_CLAUSES = [  # German keeps the donor before, but says that it should be checked
    ("Deutschland sagte 2 Mrd. Euro zu, während Schottland 300 Mio. Dollar versprach.", True),
    ("Deutschland sagte 2 Mrd. Euro zu, und Schottland steuerte 300 Mio. Dollar bei.", True),
    ("Deutschland sagte 2 Mrd. Euro zu, während Frankreich 300 Mio. Euro versprach.", False),
    ("Deutschland sagte 2 Mrd. Euro zu, davon 300 Mio. Euro für Munition.", False),
]


@pytest.mark.parametrize(("text", "warned"), GERMAN_CLAUSES)
def test_german_keeps_the_donor_before_with_a_warning(text, warned):
    rows = pledge_candidates(text, published=PUBLISHED, lang="de")
    assert rows[0]["donor"] == "DEU"
    assert ("may name another giver" in (rows[1]["evidence"] or "")) is warned


def test_two_articles_in_two_currencies_are_one_pledge():
    from aidcalc.news.dedup import ArticleDuplicates

    batch, rows = ArticleDuplicates(), []
    articles = [
        (
            "a.txt",
            "Denmark pledges DKK 9.7bn for Ukraine\n\nCOPENHAGEN - Denmark will give Ukraine "
            "DKK 9.7bn in military aid, the defence ministry said.",
        ),
        (
            "b.txt",
            "Denmark to give Ukraine €1.3bn\n\nBRUSSELS - Denmark will give Ukraine 1.3 billion "
            "euros (DKK 9.7bn) in military aid, Copenhagen said.",
        ),
        ("c.txt", "Denmark will give Ukraine DKK 9.7bn in military aid."),
    ]
    for source, text in articles:
        rows += batch.mark(pledge_candidates(text, published=PUBLISHED, lang="en"), source)
    counted_rows = [r for r in rows if r["duplicate_of"] is None and r["part_of"] is None]
    assert len(counted_rows) == 1
    assert {r["duplicate_source"] for r in rows[2:]} == {"a.txt", None}


def test_a_german_part_list_gets_no_warning():
    text = "Deutschland sagte 3 Mrd. Euro zu, darunter 2 Mrd. Euro für Luftabwehr und 1 Mrd. Euro."
    rows = pledge_candidates(text, published=PUBLISHED, lang="de")
    assert not any("another giver" in (row["evidence"] or "") for row in rows)
