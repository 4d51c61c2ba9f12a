"""A dash opening a line is a list's bullet, never a range's joiner (issue lists11): "€3bn" on
one line and "- 2024: €2bn" on the next were read as one range EUR 3bn–2,024bn, a silent wrong
value. A dash closing a line, and every dash within a line, join as before."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts

# (lang, text, the amounts read)
BULLETS = [
    ("en", "- 2023: €3bn\n- 2024: €2bn", ["EUR 3000000000", "EUR 2000000000"]),
    ("en", "Germany €3bn\n- 2024 was a record year", ["EUR 3000000000"]),
    ("en", "Japan: $2 billion\n– 2025 tranche: $1 billion", ["USD 2000000000", "USD 1000000000"]),
    ("de", "- 2023: 3 Mrd. Euro\n- 2024: 2 Mrd. Euro", ["EUR 3000000000", "EUR 2000000000"]),
    (
        "fr",
        "- 2023 : 3 milliards d'euros\n- 2024 : 2 milliards d'euros",
        ["EUR 3000000000", "EUR 2000000000"],
    ),
    ("pl", "- 2023: 500 mln zł\n- 2024: 300 mln zł", ["PLN 500000000", "PLN 300000000"]),
    ("uk", "— 2023: 3 млрд грн\n— 2024: 2 млрд грн", ["UAH 3000000000", "UAH 2000000000"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BULLETS)
def test_a_dash_opening_a_line_joins_no_range(lang, text, expected):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == expected


# ranges whose dash is not a line's first mark are kept
RANGES = [
    ("en", "€3bn –\n5bn", "EUR 3000000000-5000000000"),
    ("en", "€3-\n5bn", "EUR 3000000000-5000000000"),
    ("de", "3–5 Mrd. Euro", "EUR 3000000000-5000000000"),
    ("pl", "2-3 mln zł", "PLN 2000000-3000000"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES)
def test_a_dash_within_or_closing_a_line_still_joins(lang, text, expected):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == [expected]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Japan – $20m\nKorea – $15m", ["20000000", "15000000"]),
        ("Japan – $20m\nKorea – $15m\nItaly – €3m", ["20000000", "15000000", "3000000"]),
        (
            "UNRWA – 20 milyon dolar\nDünya Gıda Programı – 15 milyon dolar",
            ["20000000", "15000000"],
        ),
        ("Niemcy – 3 mld zł\nFrancja – 2 mld zł", ["3000000000", "2000000000"]),
        ("Німеччина — 3 млрд євро\nФранція — 2 млрд євро", ["3000000000", "2000000000"]),
    ],
)
def test_dashed_list_lines_ending_the_text_read_each_amount(text, values):
    """A list of `name – amount` lines whose last amount ends the text (trial 12: the aside
    check looked one atom past the end and raised IndexError, losing the whole article)."""
    found = extract_amounts(text)
    assert [str(m.amount.value) for m in found] == values
    assert all(m.equivalent_of is None for m in found)
