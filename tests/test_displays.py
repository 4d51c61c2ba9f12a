"""Notebook displays of Amount, Conversion and Mention (issue 14, item 9)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import convert, extract_amounts, parse_amount
from aidcalc.amount import Amount

AMOUNTS = [
    ("over 683 million euros", "€683 million (over)", "over EUR 683000000"),
    ("понад 683 млн євро", "€683 million (over)", "over EUR 683000000"),
    ("2,8 Mrd. Euro", "€2.8 billion", "EUR 2800000000"),
    ("$10-12 million", "$10 million – $12 million", "USD 10000000-12000000"),
    ("about £5m", "£5 million (approx)", "approx GBP 5000000"),
    ("up to 1.5 billion hryvnias", "UAH1.5 billion (up_to)", "up to UAH 1500000000"),
]


@pytest.mark.parametrize(("text", "shown", "exact"), AMOUNTS)
def test_amount_displays(text, shown, exact):
    amount = parse_amount(text)
    assert amount.display() == shown
    assert amount._repr_html_() == f'<span class="aidcalc-amount" title="{exact}">{shown}</span>'
    markdown = amount._repr_markdown_()
    assert markdown.replace("\\", "") == shown
    assert "$" not in markdown.replace("\\$", "")  # a bare $ would start Jupyter math


def test_html_is_escaped():
    amount = Amount(Decimal("5"), "USD")
    assert "<" not in amount._repr_html_().split(">", 1)[1].rsplit("<", 1)[0]


@pytest.mark.parametrize(
    ("text", "to", "on", "starts"),
    [
        ("over 683 million euros", "USD", "2024-11-04", "$744.743 million (over) at 1.0904, "),
        ("10 Mio. Euro", "EUR", "2024-09-02", "€10 million at 1, "),
        ("UAH 1.5 billion", "EUR", "2024-09", "€"),
    ],
)
def test_conversion_displays_rate_date_source_method(text, to, on, starts):
    result = convert(text, to, on=on)
    shown = result.display()
    assert shown.startswith(starts)
    assert result.rate_date.isoformat() in shown
    assert f"{result.source} ({result.method})" in shown
    assert result._repr_html_().startswith('<span class="aidcalc-conversion" title="')
    assert result.source in result._repr_markdown_()


def test_mention_displays_offsets_restatement_and_assumptions():
    text = "10 million euros ($11 million)"
    first, second = extract_amounts(text)
    assert first.display() == f"€10 million [{first.start}:{first.end}]"
    assert second.display().startswith(f"$11 million [{second.start}:{second.end}] restates #0")
    assert "dollar-usd" in second.display()
    assert second._repr_markdown_().startswith("\\$11 million")
    assert 'title="USD 11000000"' in second._repr_html_()
