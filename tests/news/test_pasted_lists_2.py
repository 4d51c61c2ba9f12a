"""Tables and lists pasted into news text, second pass (issue tables11b): a total row on a line
of its own ("Total 5" under "Germany 3") or labelled with a giver ("Total EU", "EU total") is the
sum of the items before it; a whole table under a header with a year, a comma or notes is read,
and an item that cannot be read is refused, never dropped; a label that names no known giver
gives no donor, never the previous giver's. Each table holds several forms in several
languages."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED, counted, rows_of

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.lists import in_list, is_total_label

# (lang, text, the counted rows): the last line is the total, on its own line or with a giver
TOTAL_LINES = [
    (
        "en",
        "Pledges (in € bn):\nGermany 3\nFrance 2\nTotal 5",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "de",
        "Zusagen (in Mio. Euro):\nDeutschland 300\nFrankreich 200\nGesamt 500",
        [("DEU", 3e8, "EUR"), ("FRA", 2e8, "EUR")],
    ),
    (
        "pl",
        "Wsparcie (w mln zł):\nNiemcy 300\nFrancja 200\nRazem 500",
        [("DEU", 3e8, "PLN"), ("FRA", 2e8, "PLN")],
    ),
    (
        "en",
        "Pledges (EUR million):\nGermany | 300\nFrance | 200\nTotal EU | 500",
        [("DEU", 3e8, "EUR"), ("FRA", 2e8, "EUR")],
    ),
    (
        "en",
        "Pledges (EUR million):\nGermany | 300\nFrance | 200\nEU total | 500",
        [("DEU", 3e8, "EUR"), ("FRA", 2e8, "EUR")],
    ),
    (
        "en",
        "Pledges (USD m):\nNorway | 300\nSweden | 200\nNordics total | 500",
        [("NOR", 3e8, "USD"), ("SWE", 2e8, "USD")],
    ),
    (
        "en",
        "Pledges so far:\nGermany €3bn\nFrance €2bn\nTotal €5bn",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "en",
        "Pledges (in € bn):\n1. Germany 3\n2. France 2\nTotal 5",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "de",
        "Zusagen (in Mrd. Euro):\n1) Deutschland 3\n2) Frankreich 2\n3) Italien 1\nSumme 6",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("ITA", 1e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOTAL_LINES)
def test_a_total_line_of_a_list_is_the_sum_of_its_items(lang, text, expected):
    rows = rows_of(text, lang)
    assert counted(rows) == expected
    assert rows[-1]["donor_from"] == "total"
    assert rows[-1]["duplicate_of"] == 0


@pytest.mark.parametrize(
    ("label", "total"),
    [
        ("Total", True),
        ("Gesamt", True),
        ("Total EU", True),
        ("EU total", True),
        ("Nordics total", True),
        ("Gesamt Deutschland", True),
        ("Total aid", False),
        ("Total military aid", False),
        ("Germany", False),
    ],
)
def test_is_total_label(label, total):
    assert is_total_label(label, "en") is total


@pytest.mark.parametrize(
    ("text", "span", "item"),
    [
        ("Pledges (in € bn):\nGermany 3\nTotal 5", (35, 36), True),
        ("Pledges (in € bn):\n- Germany: 3\nTotal 5", (38, 39), True),
        ("Germany pledged €3bn", (16, 20), False),
        ("Germany pledged €3bn.\nTotal 5 was said.", (28, 29), False),
        ("Insgesamt 5 Mrd. Euro hat Deutschland zugesagt", (10, 21), False),
    ],
)
def test_in_list(text, span, item):
    assert in_list(text, *span) is item


# a total word opening a prose line stays prose
def test_a_total_word_opening_prose_is_no_total_row():
    rows = rows_of("Germany pledged €3bn.\nInsgesamt 5 Mrd. Euro hat Deutschland zugesagt.", "de")
    assert all(row["donor_from"] != "total" for row in rows)


# (lang, text, (donor, donor_from) of the last item): a label naming no known giver
UNKNOWN_LABELS = [
    ("en", "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Others: 1", (None, "others")),
    ("en", "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Other donors: 1", (None, "others")),
    ("en", "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Rest: 1", (None, "others")),
    ("en", "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Scotland: 1", (None, "unnamed")),
    ("en", "Pledges (EUR million):\nGermany | 300\nAtlantis | 100", (None, "unnamed")),
    ("de", "Zusagen (in Mio. Euro):\n- Deutschland: 300\n- Sonstige: 100", (None, "others")),
    ("pl", "Wsparcie (w mln zł):\n- Niemcy: 300\n- Pozostali: 100", (None, "others")),
    ("fr", "Engagements (en M€) :\n- Allemagne : 300\n- Autres : 100", (None, "others")),
]


@pytest.mark.parametrize(("lang", "text", "last"), UNKNOWN_LABELS)
def test_an_unknown_label_takes_no_earlier_giver(lang, text, last):
    rows = rows_of(text, lang)
    assert (rows[-1]["donor"], rows[-1]["donor_from"]) == last
    assert rows[0]["donor"] is not None


def test_others_before_a_total_are_items_of_it():
    text = "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Others: 1\n- Total: 6"
    rows = rows_of(text, "en")
    assert [row["donor"] for row in rows] == ["DEU", "FRA", None, None]
    assert rows[-1]["duplicate_of"] == 0
    france = sum(row["value"] for row in rows if row["donor"] == "FRA")
    assert france == 2e9


# a label of a category, a date or prose is no giver: the giver before stays
KNOWN_GIVER_LABELS = [
    ("en", "Germany pledged (in € bn):\n- Drones: 3\n- Air defence: 2", "DEU"),
    ("en", "Germany pledged €3bn to Ukraine. Most of it – €2bn – is for air defence.", "DEU"),
    ("de", "Deutschland sagte zu (in Mio. Euro):\n- Munition: 300\n- Drohnen: 200", "DEU"),
    ("en", "Germany's aid (in € m):\n- IRIS-T: 300\n- Leopard: 200", "DEU"),
    (
        "pl",
        "Polska przekazała Ukrainie nową pomoc.\n\nPomoc Polski (w mln zł):\n- Rosomak: 400\n"
        "- Piorun: 600",
        "POL",
    ),
    ("fr", "L'aide de la France (en M€) :\n- CAESAR : 300\n- Mistral : 200", "FRA"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), KNOWN_GIVER_LABELS)
def test_a_category_label_keeps_the_giver(lang, text, donor):
    assert {row["donor"] for row in rows_of(text, lang)} == {donor}


# (lang, text, the rows (donor, value, currency, date)): whole tables under headers of every form
WHOLE_TABLES = [
    (
        "en",
        "Pledges (EUR million), 2024:\nGermany | 300\nFrance | 200",
        [("DEU", 3e8, "EUR", "2024"), ("FRA", 2e8, "EUR", "2024")],
    ),
    (
        "en",
        "Pledges 2024 (EUR million):\nGermany | 300\nFrance | 200",
        [("DEU", 3e8, "EUR", "2024"), ("FRA", 2e8, "EUR", "2024")],
    ),
    (
        "en",
        "Pledges, EUR million:\nGermany | 300\nFrance | 200",
        [("DEU", 3e8, "EUR", PUBLISHED), ("FRA", 2e8, "EUR", PUBLISHED)],
    ),
    (
        "de",
        "Zusagen 2023 (in Mio. Euro):\n- Deutschland: 300\n- Frankreich: 200",
        [("DEU", 3e8, "EUR", "2023"), ("FRA", 2e8, "EUR", "2023")],
    ),
    (
        "en",
        "Pledges (in € bn):\n1. Germany 3\n2. France 2",
        [("DEU", 3e9, "EUR", PUBLISHED), ("FRA", 2e9, "EUR", PUBLISHED)],
    ),
    (
        "fr",
        "Engagements (en M€) :\n1) Allemagne 300\n2) Italie 200",
        [("DEU", 3e8, "EUR", PUBLISHED), ("ITA", 2e8, "EUR", PUBLISHED)],
    ),
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: 2 (provisional)\n- Italy: 1",
        [
            ("DEU", 3e9, "EUR", PUBLISHED),
            ("FRA", 2e9, "EUR", PUBLISHED),
            ("ITA", 1e9, "EUR", PUBLISHED),
        ],
    ),
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: 2 (up 50%)\n- Italy: 1, plus 30 Caesar"
        " howitzers\n- Spain: 1",
        [
            ("DEU", 3e9, "EUR", PUBLISHED),
            ("FRA", 2e9, "EUR", PUBLISHED),
            ("ITA", 1e9, "EUR", PUBLISHED),
            ("ESP", 1e9, "EUR", PUBLISHED),
        ],
    ),
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- Norway: 20 (NOK bn)\n- Italy: 1",
        [
            ("DEU", 3e9, "EUR", PUBLISHED),
            ("NOR", 2e10, "NOK", PUBLISHED),
            ("ITA", 1e9, "EUR", PUBLISHED),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WHOLE_TABLES)
def test_a_whole_table_is_read(lang, text, expected):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["value"], r["currency"], r["date"]) for r in rows] == expected
    assert all("list-currency" in r["assumptions"] for r in rows)


# a year as the label of each row dates it; the recipient or giver comes from the header
YEAR_LABELS = [
    ("en", "Aid to Ukraine (EUR million):\n2023 | 300\n2024 | 200", ["2023", "2024"]),
    ("pl", "Wsparcie Polski (w mln zł):\n- 2023: 300\n- 2024: 200\n- Razem: 500", ["2023", "2024"]),
    ("de", "Hilfe für die Ukraine (in Mio. Euro):\n2022\t100\n2023\t250", ["2022", "2023"]),
]


@pytest.mark.parametrize(("lang", "text", "dates"), YEAR_LABELS)
def test_a_year_label_dates_its_row(lang, text, dates):
    rows = [r for r in rows_of(text, lang) if r["donor_from"] != "total"]
    assert [r["date"] for r in rows] == dates
    assert all(r["value"] > 0 for r in rows)


# (lang, text, the donors read, the lines refused): an item that cannot be read is reported
UNREAD_ITEMS = [
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: about 2 or so\n- Italy: 1",
        ["DEU", "ITA"],
        ["- France: about 2 or so"],
    ),
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: 2, Italy: 1\n- Spain: 1",
        ["DEU", "ESP"],
        ["- France: 2, Italy: 1"],
    ),
    (
        "en",
        "Pledges (EUR million):\nGermany | 300\nFrance | n/a 200\nItaly | 100",
        ["DEU", "ITA"],
        ["France | n/a 200"],
    ),
    (
        "de",
        "Zusagen (in Mio. Euro):\n- Deutschland: 300\n- Frankreich: rund 2 bis 3\n- Italien: 1",
        ["DEU", "ITA"],
        ["- Frankreich: rund 2 bis 3"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "donors", "lines"), UNREAD_ITEMS)
def test_an_item_that_cannot_be_read_is_refused(lang, text, donors, lines):
    refused = []
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang, refused=refused)
    assert [r["donor"] for r in rows] == donors
    assert len(refused) == len(lines)
    for refusal, line in zip(refused, lines, strict=True):
        assert text[refusal.start :].startswith(line)
        assert "could not be read" in refusal.reason


# prose after a list ends it, and is no refused item
def test_prose_after_a_list_is_not_refused():
    refused = []
    text = "Pledges (in € bn):\nGermany 3\nFrance 2\nThe figures were published in 2024."
    rows = pledge_candidates(text, published=PUBLISHED, lang="en", refused=refused)
    assert [r["donor"] for r in rows] == ["DEU", "FRA"]
    assert refused == []


# (lang, text, the currencies named): a total over items of several currencies adds none up
MIXED_TOTALS = [
    ("en", "Pledges so far:\n- Germany: €3bn\n- UK: £2bn\n- Total: €5.4bn", "EUR, GBP"),
    (
        "de",
        "Zusagen:\n- Deutschland: 3 Mrd. Euro\n- Polen: 2 Mrd. Złoty\n- Gesamt: 3,5 Mrd. Euro",
        "EUR, PLN",
    ),
    ("en", "Pledges so far:\nJapan | $450m\nGermany | €300m\nTotal | $780m", "EUR, USD"),
]


@pytest.mark.parametrize(("lang", "text", "currencies"), MIXED_TOTALS)
def test_a_total_over_several_currencies_says_so(lang, text, currencies):
    total = rows_of(text, lang)[-1]
    assert total["donor_from"] == "total"
    assert total["basis"] == "cumulative"
    assert f"several currencies ({currencies})" in total["evidence"]
    assert "add up to 0" not in total["evidence"]
