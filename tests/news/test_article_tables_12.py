"""Tables and lists pasted inside articles (issue tables12b): a row takes its giver from its own
label, else from the table's caption, else from the article's main giver (said in
``evidence``), never from the sentence above; a row restating a prose amount of the same giver
is its duplicate, the rows breaking down a package of the prose are its parts; a table is never
``cumulative`` by a word of the sentence above it; two items of one table are never each
other's duplicates; a first item naming a giver is that giver's item, never the list's whole.
Forms in de, nl, fr, sv, cs, en, it, pl (and ro, tr, es)."""

from __future__ import annotations

import pytest
from pledge_rows import counted, rows_of

# (lang, a one-line list whose first item equals the sum of the rest)
FIRST_ITEM_GIVERS = [
    ("en", "Germany: €3bn; France: €2bn; Poland: €1bn."),
    ("de", "Deutschland: 3 Mrd. Euro; Frankreich: 2 Mrd. Euro; Polen: 1 Mrd. Euro."),
    (
        "fr",
        "Allemagne : 3 milliards d'euros ; France : 2 milliards d'euros ; "
        "Pologne : 1 milliard d'euros.",
    ),
    ("pl", "Niemcy: 3 mld euro; Francja: 2 mld euro; Polska: 1 mld euro."),
    ("en", "- Germany: €3bn\n- France: €2bn\n- Poland: €1bn"),
    ("nl", "Duitsland: 3 miljard euro; Frankrijk: 2 miljard euro; Polen: 1 miljard euro."),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_ITEM_GIVERS)
def test_a_first_item_naming_a_giver_is_its_own(lang, text):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["value"]) for r in rows] == [
        ("DEU", 3e9),
        ("FRA", 2e9),
        ("POL", 1e9),
    ]
    assert all(r["duplicate_of"] is None and r["part_of"] is None for r in rows)
    assert counted(rows) == [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1e9, "EUR")]


# a whole still needs a total word or a label of several givers
WHOLES = [
    ("en", "Allies: €3bn; France: €2bn; Poland: €1bn.", [(None, 3e9, 1), ("FRA", 2e9, None)], 3e9),
    (
        "en",
        "The allies pledged €6bn: Germany (€3bn), France (€2bn) and Italy (€1bn).",
        [(None, 6e9, 1), ("DEU", 3e9, None)],
        6e9,
    ),
    (
        "en",
        "Germany: €3bn; France: €2bn; Poland: €1bn; total €6bn.",
        [("DEU", 3e9, None), ("FRA", 2e9, None)],
        6e9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "head", "total"), WHOLES)
def test_a_whole_still_needs_a_total_or_a_collective_label(lang, text, head, total):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["value"], r["duplicate_of"]) for r in rows][: len(head)] == head
    assert sum(r["value"] for r in rows if r["duplicate_of"] is None) == total


# (lang, text, the table's rows: donor, recipient, value, part_of, duplicate_of, basis):
# a table of items takes the giver its caption names or the article's, never the sentence
# above's subject or recipient; its rows break down the prose's package or restate its amounts
ITEM_TABLES = [
    (  # the example: the caption names the giver; the rows add up to the package
        "de",
        "Deutschland sagt der Ukraine 1,4 Mrd. Euro zu. Die Weltbank schätzt die Schäden auf "
        "20 Mrd. US-Dollar.\n\nÜbersicht der deutschen Zusagen:\n\n"
        "Luftverteidigung   900 Mio. EUR\nMunition           500 Mio. EUR",
        [("DEU", "UKR", 9e8, 0, None, "new"), ("DEU", "UKR", 5e8, 0, None, "new")],
    ),
    (  # an adjective in a caption with its unit; another giver's sentence between
        "de",
        "Österreich stellt der Ukraine 60 Millionen Euro bereit. Die Schweiz hilft Moldau mit "
        "5 Millionen Franken.\n\nÖsterreichische Hilfe (Mio. Euro):\nEnergie        40\n"
        "Minenräumung   20",
        [("AUT", "UKR", 4e7, 0, None, "new"), ("AUT", "UKR", 2e7, 0, None, "new")],
    ),
    (  # no giver in the caption: the article's main giver, not the asker of the sentence above
        "nl",
        "Nederland geeft Oekraïne 500 miljoen euro extra. De Oekraïense regering vraagt "
        "Nederland om meer hulp.\n\nOverzicht steun (miljoen euro):\nMilitaire steun     300\n"
        "Energie             200",
        [("NLD", "UKR", 3e8, 0, None, "new"), ("NLD", "UKR", 2e8, 0, None, "new")],
    ),
    (  # dot leaders; the sentence above names another giver and recipient
        "fr",
        "La France a promis 50 millions d'euros à la Moldavie. L'Allemagne envoie 3 millions "
        "d'euros au Liban.\n\nTableau des engagements :\n\nÉnergie ........ 30 M€\n"
        "Santé .......... 20 M€",
        [("FRA", "MDA", 3e7, 0, None, "new"), ("FRA", "MDA", 2e7, 0, None, "new")],
    ),
    (  # two items of the same value are two items, never each other's duplicates
        "sv",
        "Sverige ger Ukraina ett stödpaket värt 13,5 miljarder kronor. Moldavien får 200 "
        "miljoner kronor.\n\nSammanställning (mnkr):\nLuftvärn        4 000\n"
        "Stridsfordon    5 500\nAmmunition      4 000",
        [
            ("SWE", "UKR", 4e9, 0, None, "new"),
            ("SWE", "UKR", 5.5e9, 0, None, "new"),
            ("SWE", "UKR", 4e9, 0, None, "new"),
        ],
    ),
    (  # rows restating the prose's parts are their duplicates
        "cs",
        "Česko schválilo pomoc Ukrajině za 1,5 miliardy korun, z toho 900 milionů korun na "
        "munici a 600 milionů Kč na energetiku. Pro Sýrii je připraveno 20 milionů korun.\n\n"
        "Přehled pomoci (mil. Kč):\nMunice           900\nEnergetika       600",
        [("CZE", "UKR", 9e8, None, 1, "new"), ("CZE", "UKR", 6e8, None, 2, "new")],
    ),
    (  # dashes; the sentence above names another giver and recipient
        "pl",
        "Polska przekaże Ukrainie pakiet o wartości 1,2 mld zł. Niemcy przekazały Litwie "
        "8 mln euro.\n\nZestawienie pakietu (mln zł):\nAmunicja – 800\nCzęści zamienne – 400",
        [("POL", "UKR", 8e8, 0, None, "new"), ("POL", "UKR", 4e8, 0, None, "new")],
    ),
]


def counted_here(rows):
    """(donor, value, currency) of the rows a summary adds up, in order (donors may be None)."""
    return [
        (r["donor"], r["value"], r["currency"])
        for r in rows
        if r["part_of"] is None
        and r["duplicate_of"] is None
        and r["status"] != "rejected"
        and r["basis"] == "new"
    ]


def table_rows(rows, count):
    return [
        (r["donor"], r["recipient"], r["value"], r["part_of"], r["duplicate_of"], r["basis"])
        for r in rows[-count:]
    ]


@pytest.mark.parametrize(("lang", "text", "expected"), ITEM_TABLES)
def test_a_table_of_items_takes_the_articles_giver_and_breaks_down_its_package(
    lang, text, expected
):
    rows = rows_of(text, lang)
    assert table_rows(rows, len(expected)) == expected
    for row in rows[-len(expected) :]:
        assert row["donor_from"] in ("caption", "article")
        assert "pasted table" in row["evidence"]
    # the table adds nothing to the totals: its giver's money is the prose's alone
    giver = expected[0][0]
    prose = [r["value"] for r in rows[: -len(expected)] if r["donor"] == giver]
    prose = [v for v in prose if (giver, v) in [(d, w) for d, w, _ in counted_here(rows)]]
    assert sorted(v for d, v, _ in counted_here(rows) if d == giver) == sorted(prose)


# (lang, text, the table's rows: donor, recipient, value, duplicate_of, basis): a table of
# givers keeps each row's giver, takes the article's recipient (not the sentence above's), is
# never cumulative by the sentence above, and a row only it states is counted
GIVER_TABLES = [
    (
        "en",
        "Donors pledged $1.5bn for Sudan on Tuesday. Germany added €125 million. Norway said it "
        "would give NOK 400 million to Gaza, bringing its aid since 2023 to NOK 2.5 billion.\n\n"
        "Pledges announced in London:\n\n| Donor | Amount |\n| Germany | €125m |\n"
        "| Switzerland | CHF 20m |",
        [("DEU", "SDN", 1.25e8, 1, "new"), ("CHE", "SDN", 2e7, None, "new")],
    ),
    (
        "it",
        "I donatori hanno promesso 5,8 miliardi di euro per la Siria. La Germania ha promesso "
        "300 milioni di euro. Dal 2022 l'Italia ha destinato 1,7 miliardi di euro alla Moldova."
        "\n\nPrincipali impegni (milioni di euro):\nGermania              300\n"
        "Italia                 30",
        [("DEU", "SYR", 3e8, 1, "new"), ("ITA", "SYR", 3e7, None, "new")],
    ),
    (
        "pl",
        "Darczyńcy obiecali Ukrainie 2 mld euro. Od 2022 r. Niemcy przekazały Mołdawii łącznie "
        "500 mln euro.\n\nZobowiązania (mln euro):\n- Niemcy: 300\n- Szwecja: 150",
        [("DEU", "UKR", 3e8, None, "new"), ("SWE", "UKR", 1.5e8, None, "new")],
    ),
    (
        "de",
        "Die Geber sagten der Ukraine 2 Mrd. Euro zu. Insgesamt hat Dänemark Moldau seit 2022 "
        "300 Mio. Euro gegeben.\n\nZusagen (Mio. Euro):\nDänemark   120\nFinnland   80",
        [("DNK", "UKR", 1.2e8, None, "new"), ("FIN", "UKR", 8e7, None, "new")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GIVER_TABLES)
def test_a_table_of_givers_takes_the_articles_recipient_and_is_counted(lang, text, expected):
    rows = rows_of(text, lang)
    found = [
        (r["donor"], r["recipient"], r["value"], r["duplicate_of"], r["basis"])
        for r in rows[-len(expected) :]
    ]
    assert found == expected
    only_here = [(d, v) for d, _, v, dup, _ in expected if dup is None]
    found_counted = [(d, v) for d, v, _ in counted_here(rows)]
    assert all(item in found_counted for item in only_here)  # never silently dropped


# (lang, text, the table's rows: donor, recipient, value, part_of): places labelling the rows
# that give nothing in the prose and add up to its package are that package's recipients
RECIPIENT_LABELS = [
    (
        "sv",
        "Dessutom ger Sverige 400 miljoner kronor i humanitärt stöd.\n\nFördelning (mnkr):\n"
        "Gaza     150\nSudan    250",
        [("SWE", "PSE", 1.5e8, 0), ("SWE", "SDN", 2.5e8, 0)],
    ),
    (
        "en",
        "Japan will give $50 million in humanitarian aid.\n\nBreakdown:\nGaza – $30m\nSudan – $20m",
        [("JPN", "PSE", 3e7, 0), ("JPN", "SDN", 2e7, 0)],
    ),
    (
        "de",
        "Österreich stellt 12 Mio. Euro humanitäre Hilfe bereit.\n\nVerteilung (Mio. Euro):\n"
        "Sudan     7\nJemen     5",
        [("AUT", "SDN", 7e6, 0), ("AUT", "YEM", 5e6, 0)],
    ),
    (  # the labels give in the prose: they are givers, whatever the sums
        "en",
        "Italy pledged €5bn. Germany said it was ready to help.\n\nPledges:\nGermany – €3bn\n"
        "France – €2bn",
        [("DEU", None, 3e9, None), ("FRA", None, 2e9, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RECIPIENT_LABELS)
def test_places_that_receive_label_a_breakdown(lang, text, expected):
    rows = rows_of(text, lang)
    found = [(r["donor"], r["recipient"], r["value"], r["part_of"]) for r in rows[-len(expected) :]]
    assert found == expected


# (lang, text, the table's rows: value, part_of, duplicate_of): a table breaking down only some
# of a package whose other part the prose states: the restated row is the prose part's
# duplicate, the others parts of the package (the table adds up to less than it)
PARTIAL_BREAKDOWNS = [
    (
        "de",
        "Deutschland sagt der Ukraine 2 Mrd. Euro zu, davon 900 Mio. Euro für Luftverteidigung."
        "\n\nÜbersicht der deutschen Zusagen:\n\nLuftverteidigung   900 Mio. EUR\n"
        "Munition           500 Mio. EUR",
        [(9e8, None, 1), (5e8, 0, None)],
    ),
    (
        "pl",
        "Polska przekaże Ukrainie 2 mld zł, w tym 800 mln zł na amunicję.\n\n"
        "Zestawienie (mln zł):\nAmunicja – 800\nDrony – 500",
        [(8e8, None, 1), (5e8, 0, None)],
    ),
    (
        "en",
        "Canada will give Ukraine C$500 million, including C$200 million for drones.\n\n"
        "Breakdown (C$ m):\nDrones    200\nDemining  100",
        [(2e8, None, 1), (1e8, 0, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTIAL_BREAKDOWNS)
def test_a_partial_breakdown_goes_under_its_package(lang, text, expected):
    rows = rows_of(text, lang)
    found = [(r["value"], r["part_of"], r["duplicate_of"]) for r in rows[-len(expected) :]]
    assert found == expected
    assert [v for _, v, _ in counted_here(rows)] == [rows[0]["value"]]
