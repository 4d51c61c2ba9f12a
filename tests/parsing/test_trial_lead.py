"""Silent values a new-user trial found (issue 9), each kind with forms in several languages:
spaces of other widths and full-width letters, digits grouped by an underscore, a clause comma
taken for a split number, and a number written in full taking a list's later scale."""

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.errors import ParseError


def _read(text: str) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5\u2007000 €", ["EUR 5000"]),  # figure space
        ("5\u2008000 €", ["EUR 5000"]),  # punctuation space
        ("5\u3000000 €", ["EUR 5000"]),  # ideographic space
        ("Ukraina otrzymała 2\u2007500\u2007000 zł.", ["PLN 2500000"]),
        ("€ 5\u2003million", ["EUR 5000000"]),  # em space before the scale
        ("€5ｍ", ["EUR 5000000"]),  # full-width letter
        ("ＵＳＤ 5 million", ["USD 5000000"]),
    ],
)
def test_spaces_of_other_widths_and_full_width_letters_read_as_their_plain_forms(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["€5_000", "1_000_000 USD", "5_000 złotych"])
def test_digits_grouped_by_an_underscore_are_refused_whole(text):
    assert _read(text) == []
    with pytest.raises(ParseError, match="runs on into other digits"):
        parse_amount(text)


CLAUSE_COMMAS = [  # a clause comma after a year or a count, then an amount with its scale
    ("By March 2024, 50 million euros had arrived.", ["EUR 50000000"]),
    ("In 2024, 5 million euros were spent.", ["EUR 5000000"]),
    ("Of the 120, 45 million euros went to Kyiv.", ["EUR 45000000"]),
    ("Im Jahr 2023, 40 Millionen Euro flossen nach Kyjiw.", ["EUR 40000000"]),
    ("W 2024, 30 mln zł trafiło do szpitali.", ["PLN 30000000"]),
    ("Since 2022, 99 € per month.", ["EUR 99"]),
    ("Resolution 2231, 5 million euros", ["EUR 5000000"]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_COMMAS)
def test_a_clause_comma_is_no_split_number(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("118, 99 TL", "118.99 TRY"), ("1.837, 32 €", "EUR 1837.32"), ("$ 8. 94", "USD 8.94")],
)
def test_a_price_split_after_its_mark_still_reads_whole(text, expected):
    (mention,) = extract_amounts(text)
    assert str(mention.amount) == expected
    assert "split-number" in mention.assumptions


WRITTEN_OUT = [
    ("€3,500,000 and €2 million", ["EUR 3500000", "EUR 2000000"]),
    ("€1000 or €6 million", ["EUR 1000", "EUR 6000000"]),
    ("3.500.000 € und 2 Mio. €", ["EUR 3500000", "EUR 2000000"]),
    ("zł2 500 000 i zł3 mln", ["PLN 2500000", "PLN 3000000"]),
    # a count of the later scale still shares it
    ("€1,5 and €2 million", ["EUR 1500000", "EUR 2000000"]),
    ("€5, €10 and €20 million", ["EUR 5000000", "EUR 10000000", "EUR 20000000"]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_OUT)
def test_a_number_written_in_full_takes_no_later_scale(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Euro 2024: 5 million fans watched", []),
        ("EURO 2024 5 million tickets", []),
        ("Euro 2000 – a final in Rotterdam", []),
        # a currency still leads its number: a lower-case name, a code, a scale after the year
        ("euro 2000 a month", ["EUR 2000"]),
        ("EUR 2024 was paid", ["EUR 2024"]),
        ("Euro 2000 Millionen", ["EUR 2000000000"]),
        ("the Euro 2024 tournament cost €500m", ["EUR 500000000"]),
    ],
)
def test_a_capitalised_currency_name_and_a_year_name_an_event(text, expected):
    """ "Euro 2024" is the championship of that year, not EUR 2024 (a new-user trial's
    headline): a capitalised name before a year with no scale word after it leads no amount."""
    assert _read(text) == expected
