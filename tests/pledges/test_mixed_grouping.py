"""Grouping marks mixed in one amount column (issue 11, layout 1; the tables branch).

A column that holds ``35.000.000`` on one row and ``2,500,000`` on another was refused whole
("the column writes decimals both with '.' and with ','"). Each cell is now read by its own
shape; only a cell whose mark could group or end the integer part (``1.500``) needs evidence:
the other numbers of its column in the same language, else the row's ``lang`` cell or
``lang=``; with none, that cell alone is a bad row (row, column, how to fix it).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import InvalidRows, read_pledges
from aidcalc.pledges.values import column_marks, decimal_for, read_amounts


def csv_file(tmp_path, text: str, name: str = "t.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def bad_cells(error: InvalidRows) -> dict[tuple, str]:
    return {(row, column): reason for row, column, reason in error.errors}


# -- a separate currency column ----------------------------------------------------------------

# (cell, currency, value): every cell's own marks decide it, whatever the others show
OWN_SHAPE = [
    ("35.000.000", "NOK", 35e6),
    ("2,500,000", "CAD", 2.5e6),
    ("1 500 000", "SEK", 1.5e6),
    ("1.234.567,5", "EUR", 1234567.5),
    ("7,654,321.25", "USD", 7654321.25),
    ("2,75", "EUR", 2.75),
    ("0.5", "EUR", 0.5),
    ("-4.000.000", "DKK", -4e6),
    ("−3,000,000", "GBP", -3e6),
    ("12'000'000", "CHF", 12e6),
    ("5000000", "PLN", 5e6),
]


def test_each_cell_of_a_mixed_column_reads_by_its_own_marks(tmp_path):
    lines = ["donor;date;amount;currency"]
    lines += [f"Norway;16.02.2024;{cell};{currency}" for cell, currency, _ in OWN_SHAPE]
    frame = read_pledges(csv_file(tmp_path, "\n".join(lines) + "\n"))
    assert frame["value"].tolist() == [value for _, _, value in OWN_SHAPE]
    assert frame["currency"].tolist() == [currency for _, currency, _ in OWN_SHAPE]
    assert frame.index.tolist() == list(range(2, 2 + len(OWN_SHAPE)))


def test_the_value_column_reads_the_same_way(tmp_path):
    text = (
        "donor,date,value,currency\n"
        'NOR,2024,35.000.000,NOK\nCAN,2024,"2,500,000",CAD\nSWE,2024,1 500 000,SEK\n'
    )
    assert read_pledges(csv_file(tmp_path, text))["value"].tolist() == [35e6, 2.5e6, 1.5e6]


@pytest.mark.parametrize("cell", ["1.500", "1,500", "-2.750", "12,345"])
def test_only_the_really_ambiguous_cell_is_a_bad_row(tmp_path, cell):
    text = (
        "donor;date;amount;currency\n"
        "Norway;2024;35.000.000;NOK\n"
        "Canada;2024;2,500,000;CAD\n"
        f'Denmark;2024;"{cell}";DKK\n'
    )
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, text))
    reasons = bad_cells(caught.value)
    assert list(reasons) == [(4, "amount")]  # the row as the file numbers it, the column
    reason = reasons[(4, "amount")]
    assert "both '.' and ','" in reason  # why
    assert "--lang" in reason and "lang column" in reason and "without grouping" in reason  # fix
    assert caught.value.valid["value"].tolist() == [35e6, 2.5e6]  # never silently either way


def test_a_lone_ambiguous_cell_still_names_the_missing_evidence(tmp_path):
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, "donor,date,amount,currency\nDNK,2024,1.500,DKK\n"))
    assert "no other number in the column" in bad_cells(caught.value)[(2, "amount")]


# -- the table's language (--lang / lang=) -----------------------------------------------------

MIXED = "donor;date;amount;currency\nNOR;2024;35.000.000;NOK\nCAN;2024;2,500,000;CAD\n"


@pytest.mark.parametrize(
    "lang,cell,value",
    [
        ("de", "1.500", 1500.0),
        ("de", "1,500", 1.5),
        ("fr", "1,500", 1.5),
        ("es", "1.500", 1500.0),
        ("en", "1.500", 1.5),
        ("en", "1,500", 1500.0),
        ("uk", "1,500", 1.5),
    ],
)
def test_the_tables_language_decides_the_ambiguous_cell_of_a_mixed_column(
    tmp_path, lang, cell, value
):
    text = MIXED + f'DNK;2024;"{cell}";DKK\n'
    frame = read_pledges(csv_file(tmp_path, text), lang=lang)
    assert frame["value"].tolist() == [35e6, 2.5e6, value]


def test_one_mark_shown_by_the_column_still_decides_before_the_language(tmp_path):
    # unchanged rule: the column's own writing (2.750.000 groups with '.') beats lang=
    text = "donor;date;value;currency\nDEU;2024;1.500;EUR\nDEU;2024;2.750.000;EUR\n"
    assert read_pledges(csv_file(tmp_path, text), lang="en")["value"].tolist() == [1500.0, 2.75e6]


# -- a lang column -----------------------------------------------------------------------------


def test_a_lang_column_decides_row_by_row(tmp_path):
    text = (
        "donor,date,amount,currency,lang\n"
        "DEU,2024,35.000.000,EUR,de\n"
        'USA,2024,"2,500,000",USD,en\n'
        "AUT,2024,1.500,EUR,de\n"  # German: 1500
        "GBR,2024,1.500,GBP,en\n"  # English: 1.5
        'FRA,2024,"1,500",EUR,fr\n'  # French: 1.5
    )
    frame = read_pledges(csv_file(tmp_path, text))
    assert frame["value"].tolist() == [35e6, 2.5e6, 1500.0, 1.5, 1.5]


def test_evidence_counts_only_within_one_language(tmp_path):
    # the German rows show ',' as their decimal mark (2,5): the English row is not read by it
    text = (
        "donor,date,amount,currency,lang\n"
        'DEU,2024,"2,5",EUR,de\n'
        "DEU,2024,1.500,EUR,de\n"
        'USA,2024,"1,500",USD,en\n'
    )
    assert read_pledges(csv_file(tmp_path, text))["value"].tolist() == [2.5, 1500.0, 1500.0]


def test_a_row_without_a_lang_cell_takes_the_tables_language(tmp_path):
    text = (
        "donor,date,amount,currency,lang\n"
        "DEU,2024,35.000.000,EUR,\n"
        'USA,2024,"2,500,000",USD,\n'
        "AUT,2024,1.500,EUR,\n"
        "GBR,2024,1.500,GBP,en\n"
    )
    with pytest.raises(InvalidRows) as caught:  # no lang cell and no --lang: refused
        read_pledges(csv_file(tmp_path, text))
    assert list(bad_cells(caught.value)) == [(4, "amount")]
    assert caught.value.valid["value"].tolist() == [35e6, 2.5e6, 1.5]
    frame = read_pledges(csv_file(tmp_path, text), lang="de")
    assert frame["value"].tolist() == [35e6, 2.5e6, 1500.0, 1.5]


# -- currency symbols in the text --------------------------------------------------------------


def test_symbols_in_text_beside_bare_numbers(tmp_path):
    text = (
        "donor;date;amount;currency\n"
        "Germany;2024;€35.000.000;\n"
        "Canada;2024;C$2,500,000;\n"
        "Poland;2024;48.500 zł;\n"
        "Norway;2024;35.000.000;NOK\n"
        "USA;2024;2,500,000;USD\n"
    )
    frame = read_pledges(csv_file(tmp_path, text))
    assert frame[["value", "currency"]].values.tolist() == [
        [35e6, "EUR"],
        [2.5e6, "CAD"],
        [48500.0, "PLN"],
        [35e6, "NOK"],
        [2.5e6, "USD"],
    ]


# -- the pieces, as functions ------------------------------------------------------------------


def test_column_marks_and_decimal_for():
    shown = column_marks(["35.000.000", "2,500,000", "€5m"], ["", "", ""], ["", "", ""])
    assert shown == {"": {",", "."}}
    assert decimal_for(shown[""], None) == "?"
    assert decimal_for(shown[""], "de") == ","
    assert decimal_for({"."}, "de") == "."
    assert decimal_for(set(), None) is None


def test_read_amounts_reads_a_mixed_column():
    found = read_amounts(["35.000.000", "2,500,000", "1.500"], [""] * 3, ["NOK", "CAD", "DKK"])
    assert found[0][:2] == (35e6, "NOK") and found[1][:2] == (2.5e6, "CAD")
    assert found[2][0] == "amount" and "1500 or 1.5" in found[2][1]


# -- property: a column mixing both groupings reads every number it holds -------------------


def _grouped(number: int, mark: str) -> str:
    return f"{number:,}".replace(",", mark)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1_000_000, 10**12), st.sampled_from([".", ",", " ", "'"])),
        min_size=1,
        max_size=8,
    )
)
def test_property_any_mix_of_grouping_marks_reads_every_large_number(cells):
    # numbers of a million and more group at least twice, so each cell decides itself
    frame = pd.DataFrame(
        {
            "donor": ["NOR"] * len(cells),
            "date": ["2024"] * len(cells),
            "amount": [_grouped(number, mark) for number, mark in cells],
            "currency": ["NOK"] * len(cells),
        }
    )
    read = read_pledges(frame)
    assert read["value"].tolist() == [float(number) for number, _ in cells]


def test_a_lang_column_also_reads_the_words_of_its_row(tmp_path):
    # issue 11, layout 5: the lang column drives number reading and scale words per row
    text = (
        "donor,date,amount,lang\n"
        'DEU,2024,"2,5 Mio. €",de\n'
        "GBR,2024,£2.5 million,en\n"
        'FRA,2024,"1,2 milliard d\'euros",fr\n'
        'POL,2024,"12,5 mln zł",pl\n'
    )
    frame = read_pledges(csv_file(tmp_path, text))
    assert frame[["value", "currency"]].values.tolist() == [
        [2.5e6, "EUR"],
        [2.5e6, "GBP"],
        [1.2e9, "EUR"],
        [12.5e6, "PLN"],
    ]
