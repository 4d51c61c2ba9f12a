"""Pasted tables whose years and units sit in headers (issue tables12): a year in a header row
is never an amount; a table with years across gives one row per cell, its giver from the row's
label, its year from the column's header and its unit from the column, the row or the caption;
a cell that cannot be read is refused with the reason, never dropped unsaid. Each table holds
several forms in several languages (English, German, Polish, French, Ukrainian, Spanish)."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.year_tables import find_year_tables


def read(text, lang):
    refused: list = []
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang, refused=refused)
    return [(r["donor"], r["value"], r["currency"], r["date"]) for r in rows], refused


# (lang, text, the rows: donor, value, currency, year)
YEAR_TABLES = [
    (  # the unit beside each column's year, tabs (the example)
        "en",
        "Pledges to Ukraine\nCountry\tEUR m 2023\tEUR m 2024\nGermany\t3000\t4500\n"
        "Poland\t1200\t800",
        [
            ("DEU", 3e9, "EUR", "2023"),
            ("DEU", 4.5e9, "EUR", "2024"),
            ("POL", 1.2e9, "EUR", "2023"),
            ("POL", 8e8, "EUR", "2024"),
        ],
    ),
    (  # the unit in the caption, cells between pipes
        "en",
        "Military aid to Ukraine (EUR bn)\nDonor | 2023 | 2024\nGermany | 3.0 | 4.5\n"
        "France | 1.2 | 2.0",
        [
            ("DEU", 3e9, "EUR", "2023"),
            ("DEU", 4.5e9, "EUR", "2024"),
            ("FRA", 1.2e9, "EUR", "2023"),
            ("FRA", 2e9, "EUR", "2024"),
        ],
    ),
    (  # a CSV-like paste: semicolons, decimal commas
        "de",
        "Militärhilfe für die Ukraine (Mrd. Euro)\nLand;2023;2024\nDeutschland;3,0;4,5\n"
        "Frankreich;1,2;2,0",
        [
            ("DEU", 3e9, "EUR", "2023"),
            ("DEU", 4.5e9, "EUR", "2024"),
            ("FRA", 1.2e9, "EUR", "2023"),
            ("FRA", 2e9, "EUR", "2024"),
        ],
    ),
    (  # a markdown table under a Polish caption
        "pl",
        "Pomoc dla Ukrainy (mld zł)\n| Kraj | 2023 | 2024 |\n|---|---|---|\n"
        "| Polska | 3,5 | 4 |\n| Niemcy | 1,25 | 2 |",
        [
            ("POL", 3.5e9, "PLN", "2023"),
            ("POL", 4e9, "PLN", "2024"),
            ("DEU", 1.25e9, "PLN", "2023"),
            ("DEU", 2e9, "PLN", "2024"),
        ],
    ),
    (  # the unit in the last column of each row
        "en",
        "Donor | 2023 | 2024 | Unit\nGermany | 3.0 | 4.5 | EUR bn\nNorway | 10 | 15 | NOK bn",
        [
            ("DEU", 3e9, "EUR", "2023"),
            ("DEU", 4.5e9, "EUR", "2024"),
            ("NOR", 1e10, "NOK", "2023"),
            ("NOR", 1.5e10, "NOK", "2024"),
        ],
    ),
    (  # French: the unit after a comma in the caption, spaces grouping thousands
        "fr",
        "Aide à l'Ukraine, millions d'euros\nPays\t2022\t2023\nAllemagne\t1 200\t3 000\n"
        "Italie\t450\t700",
        [
            ("DEU", 1.2e9, "EUR", "2022"),
            ("DEU", 3e9, "EUR", "2023"),
            ("ITA", 4.5e8, "EUR", "2022"),
            ("ITA", 7e8, "EUR", "2023"),
        ],
    ),
    (  # Ukrainian caption, Cyrillic labels
        "uk",
        "Допомога Україні (млн євро)\nКраїна | 2023 | 2024\nНімеччина | 300 | 450\n"
        "Польща | 120 | 80",
        [
            ("DEU", 3e8, "EUR", "2023"),
            ("DEU", 4.5e8, "EUR", "2024"),
            ("POL", 1.2e8, "EUR", "2023"),
            ("POL", 8e7, "EUR", "2024"),
        ],
    ),
    (  # Spanish: the unit beside each year, a markdown table
        "es",
        "Ayuda a Ucrania\n| País | 2023 (millones de euros) | 2024 (millones de euros) |\n"
        "|:---|---:|---:|\n| España | 300 | 450 |\n| Francia | 1.200 | 900 |",
        [
            ("ESP", 3e8, "EUR", "2023"),
            ("ESP", 4.5e8, "EUR", "2024"),
            ("FRA", 1.2e9, "EUR", "2023"),
            ("FRA", 9e8, "EUR", "2024"),
        ],
    ),
    (  # a Ukrainian header: a unit without a number beside each year, no refusal
        "uk",
        "Допомога Україні\nКраїна\tмлн євро 2023\tмлн євро 2024\nДанія\t900\t1 100\n"
        "Швеція\t650\t700",
        [
            ("DNK", 9e8, "EUR", "2023"),
            ("DNK", 1.1e9, "EUR", "2024"),
            ("SWE", 6.5e8, "EUR", "2023"),
            ("SWE", 7e8, "EUR", "2024"),
        ],
    ),
    (  # a cell with its own currency keeps its reading and takes the column's year
        "en",
        "Pledges\nDonor | 2023 | 2024\nGermany | €3bn | €4.5bn",
        [("DEU", 3e9, "EUR", "2023"), ("DEU", 4.5e9, "EUR", "2024")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_TABLES)
def test_each_cell_of_a_year_table_is_its_rows_pledge_in_its_columns_year(lang, text, expected):
    rows, refused = read(text, lang)
    assert rows == expected
    assert refused == []


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_TABLES)
def test_a_year_in_a_header_row_is_never_an_amount(lang, text, expected):
    refused: list = []
    pledge_candidates(text, published=PUBLISHED, lang=lang, refused=refused)
    header = find_year_tables(text, lang)[0].header
    assert not any(header[0] <= r.start < header[1] for r in refused)
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert not any(header[0] <= row["start"] < header[1] for row in rows)
    assert all("list-currency" in row["assumptions"] or "€" in row["amount"] for row in rows)


# (lang, text, the refused cells' texts, the words of every reason)
REFUSED_TABLES = [
    (  # no currency anywhere
        "en",
        "Donor | 2023 | 2024\nGermany | 3.0 | 4.5\nFrance | 1.2 | 2.0",
        ["3.0", "4.5", "1.2", "2.0"],
        "no currency",
    ),
    (
        "de",
        "| Land | 2023 | 2024 |\n|---|---|---|\n| Deutschland | 3,0 | 4,5 |",
        ["3,0", "4,5"],
        "no currency",
    ),
    (
        "pl",
        "Kraj;2022;2023\nPolska;3,5;4,0\nNiemcy;1,2;2,0",
        ["3,5", "4,0", "1,2", "2,0"],
        "no currency",
    ),
]


@pytest.mark.parametrize(("lang", "text", "cells", "why"), REFUSED_TABLES)
def test_a_table_without_a_unit_refuses_every_cell(lang, text, cells, why):
    rows, refused = read(text, lang)
    assert rows == []
    assert [text[r.start : r.start + len(c)] for r, c in zip(refused, cells, strict=True)] == cells
    assert all(why in r.reason for r in refused)


@pytest.mark.parametrize(
    ("lang", "text", "rows", "bad"),
    [
        (
            "en",
            "Aid (EUR bn)\nDonor | 2023 | 2024\nGermany | 3.0 | n/a\nFrance | – | 2.0",
            [("DEU", 3e9, "EUR", "2023"), ("FRA", 2e9, "EUR", "2024")],
            ["n/a", "–"],
        ),
        (
            "es",
            "Ayuda (millones de euros)\nPaís\t2023\t2024\nEspaña\tsin datos\t450",
            [("ESP", 4.5e8, "EUR", "2024")],
            ["sin datos"],
        ),
        (
            "uk",
            "Допомога (млн грн)\nКраїна | 2023 | 2024\nПольща | ? | 80",
            [("POL", 8e7, "UAH", "2024")],
            ["?"],
        ),
    ],
)
def test_a_cell_that_is_no_number_is_refused_and_the_others_read(lang, text, rows, bad):
    found, refused = read(text, lang)
    assert found == rows
    assert [text[r.start : r.start + len(b)] for r, b in zip(refused, bad, strict=True)] == bad
    assert all("is not a number" in r.reason for r in refused)


@pytest.mark.parametrize(
    "text",
    [
        "Germany | €3bn | 2024",  # a year cell of a row: the row's own year, no year table
        "Donor | Amount | Date\nGermany | €3bn | 2024",  # no year in the header
        "Pledges (EUR m):\nGermany | 300\nFrance | 200",
        "Germany pledged €3bn; France €2bn in 2024; Italy €1bn",
    ],
)
def test_tables_without_years_across_are_no_year_tables(text):
    assert find_year_tables(text, "en") == []


# (lang, text, the rows: donor, value, currency) of lists whose unit is written after them
UNIT_AFTER = [
    (
        "de",
        "Deutschland: 5 Mrd.; Frankreich: 2 Mrd.; Polen: 1 Mrd. (Euro)",
        [("DEU", 5e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1e9, "EUR")],
    ),
    (  # the currency of the last item's own amount
        "de",
        "Deutschland: 5 Mrd.; Frankreich: 2 Mrd.; Polen: 1 Mrd. Euro",
        [("DEU", 5e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1e9, "EUR")],
    ),
    (
        "pl",
        "Niemcy: 3 mld; Francja: 2 mld; Polska: 1,5 mld (w euro)",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1.5e9, "EUR")],
    ),
    (  # bare numbers: the unit after the list gives the scale too
        "fr",
        "Allemagne : 3 ; Italie : 2 ; Pologne : 1,5 (en milliards d'euros)",
        [("DEU", 3e9, "EUR"), ("ITA", 2e9, "EUR"), ("POL", 1.5e9, "EUR")],
    ),
    (  # a line of its own under the list
        "de",
        "- Deutschland: 3 Mrd.\n- Frankreich: 2 Mrd.\n(Angaben in Euro)",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "es",
        "- España: 300\n- Italia: 450\n(en millones de euros)",
        [("ESP", 3e8, "EUR"), ("ITA", 4.5e8, "EUR")],
    ),
    (  # after a header that states no unit
        "fr",
        "Aide humanitaire : Belgique : 40 ; Portugal : 25 ; Irlande : 35 (en millions d'euros)",
        [("BEL", 4e7, "EUR"), ("PRT", 2.5e7, "EUR"), ("IRL", 3.5e7, "EUR")],
    ),
    (
        "en",
        "Pledges:\n- Germany: 3bn\n- France: 2bn\n(in euros)",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "uk",
        "Німеччина: 5 млрд; Франція: 2 млрд; Польща: 1 млрд (євро)",
        [("DEU", 5e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNIT_AFTER)
def test_a_unit_written_after_a_list_reads_its_items(lang, text, expected):
    refused: list = []
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang, refused=refused)
    assert [(r["donor"], r["value"], r["currency"]) for r in rows] == expected
    assert all("list-currency" in r["assumptions"] for r in rows if r["amount"][-1].isdigit())
    assert refused == []


@pytest.mark.parametrize(
    ("lang", "text", "items", "why"),
    [
        (
            "de",
            "Deutschland: 3 Mrd.; Frankreich: 2 Mrd.; Polen: 1 Mrd.",
            ["3 Mrd.", "2 Mrd.", "1 Mrd."],
            "no currency written before, in or after",
        ),
        (
            "pl",
            "Niemcy: 3 mld; Francja: 2 mld",
            ["3 mld", "2 mld"],
            "no currency written before, in or after",
        ),
        (  # a header without a unit, items with scale words and no currency
            "en",
            "Pledges:\n- Germany: 3bn\n- France: 2bn",
            ["3bn", "2bn"],
            "no currency written before, in or after",
        ),
        (  # the last line's currency may be its own: the others are refused, not guessed
            "de",
            "- Deutschland: 3 Mrd.\n- Frankreich: 2 Mrd.\n- Polen: 1 Mrd. Euro",
            ["3 Mrd.", "2 Mrd."],
            "only the list's last line writes one",
        ),
    ],
)
def test_a_list_of_money_without_a_currency_is_refused_item_by_item(lang, text, items, why):
    refused: list = []
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang, refused=refused)
    assert all(r["assumptions"] == () for r in rows)  # only amounts the text writes whole
    assert [text[r.start : r.start + len(i)] for r, i in zip(refused, items, strict=True)] == items
    assert all(why in r.reason for r in refused)


@pytest.mark.parametrize(
    "text",
    [
        "Germany: 3 tanks; France: 2 tanks",
        "Germany: 3; France: 2",
        "Score: 3; Rank: 2",
        "Deliveries so far:\n- Germany: 3 tanks\n- France: 2 tanks",
    ],
)
def test_a_list_of_no_money_is_neither_read_nor_refused(text):
    refused: list = []
    assert pledge_candidates(text, published=PUBLISHED, lang="en", refused=refused) == []
    assert refused == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Military aid (EUR bn)\nDonor | 2023 | 2024\nGermany | 3.0 | 4.5\nFrance | 1.2 | 2.0\n"
            "Total | 4.2 | 6.5",
        ),
        ("pl", "Pomoc (mln zł)\nKraj;2023;2024\nPolska;300;450\nLitwa;50;20\nRazem;350;470"),
        (
            "de",
            "Hilfe (Mio. Euro)\nLand\t2023\t2024\nDeutschland\t300\t450\nPolen\t50\t20\n"
            "Gesamt\t350\t470",
        ),
        (
            "es",
            "Ayuda (millones de euros)\n| País | 2023 | 2024 |\n|---|---|---|\n"
            "| España | 300 | 450 |\n| Italia | 50 | 20 |\n| Total | 350 | 470 |",
        ),
    ],
)
def test_a_total_row_of_a_year_table_sums_its_own_column(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    totals = [r for r in rows if r["donor_from"] == "total"]
    assert len(totals) == 2 and all(r["donor"] is None for r in totals)
    for total in totals:
        column = [
            r["value"] for r in rows if r["date"] == total["date"] and r["donor_from"] != "total"
        ]
        assert sum(column) == pytest.approx(total["value"])
        assert total["duplicate_of"] is not None and total["basis"] == "new"
        assert rows[total["duplicate_of"]]["date"] == total["date"]


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        (
            "de",
            "Hilfe (Mio. Euro)\nLand;2023;2024\nDeutschland;300;450\nSchottland;50;20",
            ["DEU", "DEU", None, None],
        ),
        (
            "fr",
            "Aide (millions d'euros)\nPays | 2023 | 2024\nAllemagne | 300 | 450\nAutres | 50 | 20",
            ["DEU", "DEU", None, None],
        ),
    ],
)
def test_a_row_label_that_names_no_giver_gives_no_donor(lang, text, labels):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [r["donor"] for r in rows] == labels
    assert {r["donor_from"] for r in rows[2:]} <= {"unnamed", "others"}
