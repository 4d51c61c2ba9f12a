"""The year of an amount's sentence: a number opening the next sentence is no year of it.

A hypothesis draw found "… 16,5 milioane lei, echivalent a 3,3 milioane euro. 1800 more donors
followed." reading nothing (the lei and the euro dated 1800, before either existed), and
"… lei. 1800 …" reading Romanian lei as the old ROL: the stop after a short word ("lei",
"euro", "zł") did not end the sentence. A month's abbreviation still keeps its year.
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing.context import sentence_year

# (text, the amounts read alone)
ENDING_IN_SHORT_WORDS = [
    ("Bunurile trimise valorează aproximativ 16,5 milioane lei.", ["approx RON 16500000"]),
    ("Darul se ridică la 3,3 milioane euro.", ["EUR 3300000"]),
    ("Fundusz zebrał 5 mln zł.", ["PLN 5000000"]),
    ("Sbírka vynesla 12 mil. Kč.", ["CZK 12000000"]),
    ("Gyűjtés: 40 millió Ft.", ["HUF 40000000"]),
    ("The fund raised USD 2 million.", ["USD 2000000"]),
    ("Norge ga 50 millioner kr.", ["NOK 50000000"]),
]


@pytest.mark.parametrize("year", [1800, 1871, 1946, 1999, 2005, 2024])
@pytest.mark.parametrize(("text", "alone"), ENDING_IN_SHORT_WORDS)
def test_a_year_opening_the_next_sentence_dates_no_amount(text, alone, year):
    assert [str(m.amount) for m in extract_amounts(text)] == alone
    framed = extract_amounts(f"{text} {year} more donors followed.")
    assert [str(m.amount) for m in framed][: len(alone)] == alone


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It gave 40 million francs on Nov. 4, 1998.", 1998),
        ("Elle a versé 40 millions de francs le 3 janv. 1999.", 1999),
        ("Die Stadt zahlte 5 Millionen Mark im Sept. 1990.", 1990),
        ("Rząd dał 5 mln zł w paź. 1994.", 1994),
    ],
)
def test_a_months_abbreviation_keeps_the_year_in_the_sentence(text, year):
    assert sentence_year(text, 8) == year


def test_a_stop_after_a_word_ends_the_sentence_before_a_year():
    text = "The grant was 5 million euro. 1800 more donors followed."
    assert sentence_year(text, text.index("5 million")) is None
