"""The fast searches of ``aidcalc.news.dates`` find what the plain forms of their rules find.

``ISO_RE`` and ``DOTTED_RE`` open with their first digit and ask "no digit (or dot) before
it" after that digit, so that the search skips to digits; ``explicit_date`` looks for months
only at tokens that fold to a month word and for bare years only at four-character tokens.
The plain forms are written out here and compared on table cases and generated text.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news.dates import DOTTED_RE, ISO_RE, explicit_date

# the rules as first written: the look-behind before the first digit
PLAIN_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
PLAIN_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


SHAPES = [
    ("2024-03-05", [((0, 10), ("2024", "03", "05"))], []),
    ("on 2024-03-05.", [((3, 13), ("2024", "03", "05"))], []),
    ("12024-03-05", [], []),  # a fifth digit before the year
    ("x2024-03-05", [((1, 11), ("2024", "03", "05"))], []),
    ("2024-03-051", [], []),
    ("٢٠٢٤-03-05", [((0, 10), ("٢٠٢٤", "03", "05"))], []),  # any decimal digit
    ("1.2.2024", [], [((0, 8), ("1", "2", "2024"))]),
    ("am 11.12.2024 in Kyjiw", [], [((3, 13), ("11", "12", "2024"))]),
    ("111.12.2024", [], []),  # a third digit before the day
    (".1.2.2024", [], []),  # a dot before the day
    ("v.11.12.2024", [], []),
    ("x11.12.2024", [], [((1, 11), ("11", "12", "2024"))]),
    ("3.4.20245", [], []),
    ("1.2.2024-05-06", [((4, 14), ("2024", "05", "06"))], [((0, 8), ("1", "2", "2024"))]),
    (
        "2024-05-06 und 6.5.2024",
        [((0, 10), ("2024", "05", "06"))],
        [((15, 23), ("6", "5", "2024"))],
    ),
    ("nothing here, 12 or 2024", [], []),
]


@pytest.mark.parametrize(("text", "iso", "dotted"), SHAPES)
def test_date_shapes(text, iso, dotted):
    assert _found(ISO_RE, text) == iso == _found(PLAIN_ISO, text)
    assert _found(DOTTED_RE, text) == dotted == _found(PLAIN_DOTTED, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.-- a٣", max_size=30))
def test_date_patterns_match_their_plain_forms(text):
    assert _found(ISO_RE, text) == _found(PLAIN_ISO, text)
    assert _found(DOTTED_RE, text) == _found(PLAIN_DOTTED, text)


# months and bare years in several languages, among tokens of other lengths and cases
MONTHS = [
    ("Germany pledged €1bn in October.", "en", "2024-10"),
    ("Germany pledged €1bn in october.", "en", None),  # in English a month has a capital
    ("Die Zusage vom 4. November über 2 Mrd. Euro", "de", "2024-11-04"),
    ("Im OKTOBER sagte Berlin 2 Mrd. Euro zu", "de", "2024-10"),
    ("У вересні Литва виділила 10 мільйонів євро", "uk", "2024-09"),
    ("We wrześniu Polska przekazała 500 mln zł", "pl", "2024-09"),
    ("Rugsėjį Vilnius paskyrė 10 mln. eurų", "lt", "2024-09"),
    ("Sept. 4, 2023: $5 million", "en", "2023-09-04"),
    ("In 2023 Germany gave €3bn", "en", "2023"),
    ("W 2023 r. Polska dała 3 mld zł", "pl", "2023"),
    ("Germany gave €3bn, 2023 was a year", "en", None),  # a year not after "in"
    ("Germany gave 12345 shells", "en", None),
    ("Rugsėjį Vilnius paskyrė 10 mln. eurų", None, "2024-09"),  # every language
]


@pytest.mark.parametrize(("sentence", "lang", "expected"), MONTHS)
def test_months_and_years_found(sentence, lang, expected):
    assert explicit_date(sentence, date(2024, 11, 4), lang) == expected
