"""Session 8, the lead's own: a date run into the amount after it ("2024-05-06,5 млн гривень",
a CSV line pasted as text) read the day and the number as one amount, 6.5 million: the day is
refused with a reason, never read as money; a date set apart from its amount leaves the
amount as it was."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts

# (text, amounts read as (str(Amount), the span's text))
READINGS = [
    ("2024-05-06,5 млн гривень", []),
    ("Am 2024-05-06,5 Mio. Euro", []),
    ("le 2024-05-06,5 millions d'euros", []),
    ("2024-05-06,5 mln zł", []),
    ("2024-5-6,5 million euros", []),
    # a date set apart from the amount, or no date at all: read as before
    ("2024-05-06, 5 млн гривень", [("UAH 5000000", "5 млн гривень")]),
    ("2024-05-06; 5 Mio. Euro", [("EUR 5000000", "5 Mio. Euro")]),
    ("06,5 млн гривень", [("UAH 6500000", "06,5 млн гривень")]),
    ("Tranche 2-3 Mio. Euro", [("EUR 3000000", "3 Mio. Euro")]),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_a_date_run_into_an_amount_is_no_amount(text, expected):
    refused: list = []
    found = extract_amounts(text, refused=refused)
    assert [(str(m.amount), text[m.start : m.end]) for m in found] == expected
    if not expected:  # refused with its reason, never dropped without a word
        assert any("day of a date" in r.reason for r in refused), refused
