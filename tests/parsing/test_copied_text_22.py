"""Text copied from a page's source or typed on another keyboard: an HTML character
reference is the character it names ("€5&nbsp;million" was EUR 5: the reference cut the
amount), and a backtick, an acute accent or a prime between digits is the Swiss apostrophe
("CHF 2`500`000" was CHF 2). The mention's span stays in the text as given."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

# (text, lang, value, currency, the mention as written)
COPIED = [
    ("€5&nbsp;million", None, "5000000", "EUR", "€5&nbsp;million"),
    ("Germany gave €5&nbsp;million to Ukraine.", None, "5000000", "EUR", "€5&nbsp;million"),
    ("5&nbsp;000&nbsp;000 euros", None, "5000000", "EUR", "5&nbsp;000&nbsp;000 euros"),
    ("$5&#160;billion", None, "5000000000", "USD", "$5&#160;billion"),
    ("&euro;5m for Kyiv", None, "5000000", "EUR", "&euro;5m"),
    (
        "2,8&nbsp;Mrd.&nbsp;Euro für die Ukraine",
        "de",
        "2800000000",
        "EUR",
        "2,8&nbsp;Mrd.&nbsp;Euro",
    ),
    ("5&#8239;000&#8239;000 €", "fr", "5000000", "EUR", "5&#8239;000&#8239;000 €"),
    ("500&nbsp;mln&nbsp;zł", "pl", "500000000", "PLN", "500&nbsp;mln&nbsp;zł"),
    ("5&ensp;000&ensp;000 euros", None, "5000000", "EUR", "5&ensp;000&ensp;000 euros"),
    ("CHF 2`500`000", None, "2500000", "CHF", "CHF 2`500`000"),
    ("1´000´000 CHF", None, "1000000", "CHF", "1´000´000 CHF"),
    ("Fr. 3′500′000", "de", "3500000", "CHF", "Fr. 3′500′000"),
    # an invisible character's reference is dropped as the character is
    ("5&NoBreak;000 €", None, "5000", "EUR", "5&NoBreak;000 €"),
    ("5&zwnj;000 €", None, "5000", "EUR", "5&zwnj;000 €"),
    # a non-breaking hyphen is a hyphen
    ("twenty\u2011five million euros", None, "25000000", "EUR", "twenty\u2011five million euros"),
]


@pytest.mark.parametrize(("text", "lang", "value", "code", "written"), COPIED)
def test_the_amount_reads_as_the_page_shows_it(text, lang, value, code, written):
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.amount.currency) for m in found] == [(Decimal(value), code)]
    assert text[found[0].start : found[0].end] == written
    assert parse_amount(text, lang=lang).value == Decimal(value)


@pytest.mark.parametrize("text", ["AT&T; paid $5m", "R&amp;D got $5m", "Q&A: $5m"])
def test_other_ampersands_change_nothing(text):
    assert [str(m.amount) for m in extract_amounts(text)] == ["USD 5000000"]
