"""Tables and lists pasted into news text (issue lists11): a total row is the sum of the items
before it, never a second pledge of the last giver; a row's own year cell is its date; a
currency written once for a list applies to its bare numbers. Each table holds several forms in
several languages; the counted rows (no part_of, no duplicate_of, not rejected, basis new) must
be each giver's own items, and nothing else."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED, counted, rows_of

from aidcalc import extract_amounts
from aidcalc.news.lists import header_unit, is_total_row, list_amounts, row_label, row_year

# (lang, text, the counted rows (donor, value, currency))
TOTALS_ADDING_UP = [
    (
        "en",
        "Pledges so far:\nGermany | €3bn | 2024\nFrance | €2bn | 2025\nTotal | €5bn |",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "en",
        "| Donor | Amount |\n| Germany | €3bn |\n| France | €2bn |\n| Italy | €1bn |\n"
        "| Total | €6bn |",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("ITA", 1e9, "EUR")],
    ),
    (
        "en",
        "- Germany: €3bn\n- France: €2bn\n- Total: €5bn",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "en",
        "New pledges:\n• Japan: USD 2bn\n• Canada: USD 1bn\nGrand total: USD 3bn",
        [("CAN", 1e9, "USD"), ("JPN", 2e9, "USD")],
    ),
    (
        "en",
        "Germany pledged €3bn and France €2bn; total €5bn.",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "en",
        "Germany\t€3bn\nFrance\t€2bn\nTotal\t€5bn",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "de",
        "Zusagen:\n- Deutschland: 3 Mrd. Euro\n- Frankreich: 2 Mrd. Euro\n- Gesamt: 5 Mrd. Euro",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "de",
        "Deutschland | 300 Mio. Euro\nÖsterreich | 50 Mio. Euro\nSumme | 350 Mio. Euro",
        [("AUT", 5e7, "EUR"), ("DEU", 3e8, "EUR")],
    ),
    (
        "fr",
        "Engagements :\n- Allemagne : 3 milliards d'euros\n- France : 2 milliards d'euros\n"
        "- Total : 5 milliards d'euros",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "pl",
        "Wsparcie:\n- Niemcy: 3 mld euro\n- Francja: 2 mld euro\n- Razem: 5 mld euro",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "pl",
        "Polska | 500 mln zł\nLitwa | 300 mln zł\nŁącznie | 800 mln zł",
        [("LTU", 3e8, "PLN"), ("POL", 5e8, "PLN")],
    ),
    (
        "uk",
        "Внески:\n- Німеччина: 3 млрд євро\n- Франція: 2 млрд євро\n- Всього: 5 млрд євро",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
    (
        "cs",
        "Německo | 3 mld. eur\nFrancie | 2 mld. eur\nCelkem | 5 mld. eur",
        [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOTALS_ADDING_UP)
def test_a_total_row_adding_up_is_the_sum_of_the_items(lang, text, expected):
    rows = rows_of(text, lang)
    assert counted(rows) == expected
    total = rows[-1]
    assert total["donor_from"] == "total"
    assert total["duplicate_of"] == len(rows) - 1 - len(expected)
    assert "a total row: the sum of rows" in total["evidence"]


# (lang, text): the total differs from the sum of the items
TOTALS_NOT_ADDING_UP = [
    ("en", "- Germany: €3bn\n- France: €2bn\n- Total: €6bn"),
    ("en", "Germany | €3bn\nFrance | €2bn\nOverall | €9bn"),
    ("de", "- Deutschland: 3 Mrd. Euro\n- Frankreich: 2 Mrd. Euro\n- Insgesamt: 7 Mrd. Euro"),
    (
        "fr",
        "Allemagne : 3 milliards d'euros\nFrance : 2 milliards d'euros\nTotal : 8 milliards"
        " d'euros",
    ),
    ("pl", "- Niemcy: 3 mld euro\n- Francja: 2 mld euro\n- Suma: 6 mld euro"),
    ("uk", "- Німеччина: 3 млрд євро\n- Франція: 2 млрд євро\n- Разом: 6 млрд євро"),
]


@pytest.mark.parametrize(("lang", "text"), TOTALS_NOT_ADDING_UP)
def test_a_total_row_not_adding_up_warns_and_is_not_counted(lang, text):
    rows = rows_of(text, lang)
    total = rows[-1]
    assert total["donor"] is None and total["donor_from"] == "total"
    assert total["basis"] == "cumulative"  # a running total: never added to new pledges
    assert "add up to" in total["evidence"] and "check" in total["evidence"]
    assert counted(rows) == [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR")]


def test_a_subtotal_sums_the_nearest_items_only():
    text = (
        "- Germany: €3bn\n- France: €2bn\n- Subtotal: €5bn\n- Japan: €1bn\n- Canada: €1bn\n"
        "- Total: €7bn"
    )
    rows = rows_of(text, "en")
    assert counted(rows) == [
        ("CAN", 1e9, "EUR"),
        ("DEU", 3e9, "EUR"),
        ("FRA", 2e9, "EUR"),
        ("JPN", 1e9, "EUR"),
    ]
    assert rows[2]["duplicate_of"] == 0
    assert rows[-1]["donor_from"] == "total"  # 1 + 1 + the subtotal's 5
    assert rows[-1]["duplicate_of"] == 0 and rows[-1]["basis"] == "new"


def test_a_total_after_a_subtotal_that_does_not_add_up_warns():
    text = "- Germany: €3bn\n- France: €2bn\n- Subtotal: €6bn\n- Japan: €1bn\n- Total: €7bn"
    rows = rows_of(text, "en")
    assert rows[2]["basis"] == "cumulative"  # 3 + 2 is not 6
    assert rows[-1]["basis"] == "cumulative" and rows[-1]["duplicate_of"] is None
    assert counted(rows) == [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("JPN", 1e9, "EUR")]


def test_a_total_of_one_givers_items_is_that_givers():
    rows = rows_of("Germany's aid by year:\n2023 | €3bn\n2024 | €2bn\nTotal | €5bn", "en")
    assert [row["date"] for row in rows[:2]] == ["2023", "2024"]  # a year as the row's label
    assert rows[-1]["donor"] == "DEU" and rows[-1]["duplicate_of"] == 0


# (lang, text, the amount's start): prose, not a total row, keeps its giver
NOT_TOTAL_ROWS = [
    ("de", "Insgesamt 5 Mrd. Euro hat Deutschland zugesagt.", 10),
    ("en", "- Total aid from Germany: €5bn", 26),
    ("en", "Total Germany gave: €5bn", 20),
    ("pl", "Razem z Francją Niemcy dały 5 mld euro", 28),
]


@pytest.mark.parametrize(("lang", "text", "start"), NOT_TOTAL_ROWS)
def test_a_total_word_in_prose_or_a_longer_label_is_no_total_row(lang, text, start):
    assert not is_total_row(text, start)


@pytest.mark.parametrize(
    ("text", "start", "label"),
    [
        ("- Deutschland: 3 Mrd. Euro", 15, "Deutschland"),
        ("| Total | €5bn |", 10, "Total"),
        ("Niemcy\t3 mld euro", 7, "Niemcy"),
        ("1. Франція — 2 млрд євро", 12, "Франція"),
        ("Germany €3bn; France €2bn; total €5bn", 33, "total"),
    ],
)
def test_row_label(text, start, label):
    assert row_label(text, start) == label


# (lang, text, the dates of the rows in order)
YEAR_CELLS = [
    ("en", "Pledges so far:\nGermany | €3bn | 2024\nFrance | €2bn | 2025", ["2024", "2025"]),
    ("en", "Germany – €3bn (2024)\nFrance – €2bn (2025)", ["2024", "2025"]),
    ("en", "Germany\t€3bn\t2023\nFrance\t€2bn\t2024", ["2023", "2024"]),
    ("en", "Germany; €3bn; 2024\nFrance; €2bn; 2025", ["2024", "2025"]),
    ("de", "Deutschland | 2024 | 3 Mrd. Euro\nFrankreich | 2025 | 2 Mrd. Euro", ["2024", "2025"]),
    (
        "fr",
        "- Allemagne : 3 milliards d'euros (2023)\n- France : 2 milliards d'euros (2024)",
        ["2023", "2024"],
    ),
    ("pl", "Niemcy | 3 mld euro | 2024\nFrancja | 2 mld euro | 2025", ["2024", "2025"]),
    ("uk", "Німеччина | 3 млрд євро | 2024\nФранція | 2 млрд євро | 2025", ["2024", "2025"]),
    # a row stating no year keeps the text's date
    ("en", "Germany | €3bn | 2024\nFrance | €2bn |", ["2024", PUBLISHED]),
]


@pytest.mark.parametrize(("lang", "text", "dates"), YEAR_CELLS)
def test_a_year_cell_dates_its_row(lang, text, dates):
    rows = rows_of(text, lang)
    assert [row["date"] for row in rows] == dates
    for row, date in zip(rows, dates, strict=True):
        noted = "date from the year cell of its row" in (row["evidence"] or "")
        assert noted == (date != PUBLISHED)


def test_a_more_precise_own_date_in_the_year_stays():
    rows = rows_of("Germany | €3bn on 4 March 2024 | 2024", "en")
    assert rows[0]["date"] == "2024-03-04"


@pytest.mark.parametrize(
    ("text", "where", "wheres", "year"),
    [
        ("Germany | €3bn | 2023 | 2024", (10, 14), [(10, 14)], None),  # two years: which?
        ("Germany €3bn; France €2bn; 2024", (8, 12), [(8, 12), (21, 25)], None),  # items
        ("Germany pledged €3bn in 2024.", (16, 20), [(16, 20)], None),  # prose: the text's
        ("Germany | €3bn | (2022)", (10, 14), [(10, 14)], "2022"),
        ("Germany | €3bn | 1500", (10, 14), [(10, 14)], None),  # no year of aid
    ],
)
def test_row_year(text, where, wheres, year):
    assert row_year(text, where, wheres) == year


# (lang, text, rows (donor, value, currency, list-currency assumed)): a currency written once
LIST_CURRENCY = [
    (
        "en",
        "Pledges (in € bn): Germany 3; France 2; Italy 1",
        [("DEU", 3e9, "EUR", True), ("FRA", 2e9, "EUR", True), ("ITA", 1e9, "EUR", True)],
    ),
    (
        "en",
        "Pledges in euros:\n- Germany: €3bn\n- France: 2bn",
        [("DEU", 3e9, "EUR", False), ("FRA", 2e9, "EUR", True)],
    ),
    (
        "en",
        "Pledges in euros: - Germany: €3bn - France: 2bn",
        [("DEU", 3e9, "EUR", False), ("FRA", 2e9, "EUR", True)],
    ),
    (
        "en",
        "Pledges (EUR million):\nGermany | 300\nFrance | 200",
        [("DEU", 3e8, "EUR", True), ("FRA", 2e8, "EUR", True)],
    ),
    (
        "en",
        "New money (USD m):\nJapan\t450\nCanada\t120",
        [("JPN", 4.5e8, "USD", True), ("CAN", 1.2e8, "USD", True)],
    ),
    (
        "de",
        "Zusagen (in Mio. Euro):\n- Deutschland: 300\n- Frankreich: 1,5",
        [("DEU", 3e8, "EUR", True), ("FRA", 1.5e6, "EUR", True)],
    ),
    (
        "de",
        "Hilfen in Mrd. Euro: Deutschland 3; Österreich 0,5",
        [("DEU", 3e9, "EUR", True), ("AUT", 5e8, "EUR", True)],
    ),
    (
        "fr",
        "Engagements (en millions d'euros) :\n- Allemagne : 300\n- Italie : 200",
        [("DEU", 3e8, "EUR", True), ("ITA", 2e8, "EUR", True)],
    ),
    (
        "pl",
        "Wsparcie (w mln zł):\n- Niemcy: 500\n- Litwa: 30",
        [("DEU", 5e8, "PLN", True), ("LTU", 3e7, "PLN", True)],
    ),
    (
        "uk",
        "Внески (млн євро):\n- Німеччина: 300\n- Франція: 200",
        [("DEU", 3e8, "EUR", True), ("FRA", 2e8, "EUR", True)],
    ),
    (
        "uk",
        "Допомога у млн грн:\n- Польща: 120\n- Литва: 45",
        [("POL", 1.2e8, "UAH", True), ("LTU", 4.5e7, "UAH", True)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LIST_CURRENCY)
def test_a_currency_written_once_applies_to_each_item(lang, text, expected):
    rows = rows_of(text, lang)
    found = [
        (row["donor"], row["value"], row["currency"], "list-currency" in row["assumptions"])
        for row in rows
    ]
    assert found == expected
    assert all(row["recipient"] is None for row in rows)  # an item's label is its giver


# (lang, text, the values read): no header unit, no list, or a bare number without a scale
NO_LIST_CURRENCY = [
    ("en", "- Germany: €3bn\n- France: 2", [3e9]),  # a bare 2 under a first item: no money said
    ("en", "Pledges (EUR million):\nGermany | 2024 | 300", [3e8]),  # a year is no amount
    ("en", "Pledges so far:\nGermany 3\nFrance 2", []),  # no currency anywhere
    ("en", "Zelensky said: Germany gave €3bn and sent 2 more tanks.", [3e9]),
    ("de", "Die Zahlen (in Mio. Euro) folgen später.", []),
    ("pl", "Stan na dziś (w mln zł):\nNiemcy: 500\n\nRosja ostrzelała 3 miasta", [5e8]),
]


@pytest.mark.parametrize(("lang", "text", "values"), NO_LIST_CURRENCY)
def test_no_list_currency_without_a_list_that_states_it(lang, text, values):
    assert [row["value"] for row in rows_of(text, lang)] == values


def test_a_total_row_under_a_header_unit():
    rows = rows_of(
        "Pledges (EUR million):\nGermany | 300 | 2024\nFrance | 200 | 2025\nTotal | 500", "en"
    )
    assert counted(rows) == [("DEU", 3e8, "EUR"), ("FRA", 2e8, "EUR")]
    assert [row["date"] for row in rows] == ["2024", "2025", PUBLISHED]
    assert rows[-1]["duplicate_of"] == 0


def test_header_unit():
    assert header_unit("Pledges (in € bn)", "en")[0].value == 10**9
    assert header_unit("Wsparcie (w mln zł)", "pl")[0].currency == "PLN"
    assert header_unit("Engagements (en millions d'euros) ", "fr")[0].value == 10**6
    assert header_unit("Pledges (2024)", "en") is None
    assert header_unit("Speaking in Kyiv", "en") is None


def test_list_amounts_keep_restatements_linked():
    text = "Pledges (in € m):\n- Germany: 300\n- France: €200m ($220m)\n- Italy: 50"
    found = list_amounts(text, extract_amounts(text, lang="en"), "en")
    assert [text[m.start : m.end] for m in found] == ["300", "€200m", "$220m", "50"]
    assert [m.equivalent_of for m in found] == [None, None, 1, None]  # renumbered: 0 -> 1
    rows = rows_of(text, "en")
    assert [(row["donor"], row["value"]) for row in rows] == [
        ("DEU", 3e8),
        ("FRA", 2e8),
        ("ITA", 5e7),
    ]
    assert rows[1]["assumptions"] == ()  # written with its own currency: nothing assumed


def test_list_amounts_stop_at_the_end_of_the_list():
    text = "Pledges (EUR million):\nGermany | 300\nFrance | 200\nThe talks resume in May.\nItaly 5"
    found = list_amounts(text, [], "en")
    assert [str(m.amount) for m in found] == ["EUR 300000000", "EUR 200000000"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany | €3bn\nTotal | €3bn"),
        ("de", "- Deutschland: 3 Mrd. Euro\n- Gesamt: 3 Mrd. Euro"),
        ("pl", "- Niemcy: 3 mld euro\n- Razem: 3 mld euro"),
    ],
)
def test_a_total_of_one_item_is_that_item(lang, text):
    rows = rows_of(text, lang)
    assert rows[1]["duplicate_of"] == 0 and rows[1]["donor"] == "DEU"
    assert counted(rows) == [("DEU", 3e9, "EUR")]
