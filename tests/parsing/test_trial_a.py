"""Silent wrong values a new-user trial found (issue 9, the "trialA" branch).

1. A bare number, a dash, then a top that writes its currency before its own number is a
   label, a heading or a time followed by one amount, never a range ("Tranche 2 – €500
   million"); so is the minutes of a clock time before a dash ("12:30 – 5 Mio. €").
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount

# --- 1. a bare number before a dash -------------------------------------------------------------

LABEL_THEN_AMOUNT = [  # (text, the one amount, its assumptions)
    ("Tranche 2 – €500 million", "EUR 500000000", ()),
    ("No. 3 – $5 million", "USD 5000000", ("dollar-usd",)),
    ("10:00-€5m", "EUR 5000000", ()),
    ("Kyiv, 4 November 2024, 12:30 – €5 million", "EUR 5000000", ()),
    ("Article 12 - EUR 5 million", "EUR 5000000", ()),
    ("Updated 14:45 — £2bn", "GBP 2000000000", ("default-currency", "short-scale")),
    ("Etap 3 – €200 mln", "EUR 200000000", ()),
    ("Tranche 2 — CHF 40 Mio.", "CHF 40000000", ()),
    ("Lot 7 – US$12m", "USD 12000000", ()),
    ("Статья 5 – $2 млрд", "USD 2000000000", ("dollar-usd",)),
    ("Paket 4 - EUR 1,2 Mrd.", "EUR 1200000000", ()),
    ("Stand 09:15 – 3,5 Mrd. €", "EUR 3500000000", ()),
    ("à 10:30 – 5 millions d'euros", "EUR 5000000", ()),
    ("o 11:45 - 300 mln zł", "PLN 300000000", ()),
]


@pytest.mark.parametrize(("text", "expected", "assumed"), LABEL_THEN_AMOUNT)
def test_a_bare_number_before_a_dash_is_no_range_low_end(text, expected, assumed):
    mentions = extract_amounts(text)
    assert [str(m.amount) for m in mentions] == [expected]
    assert mentions[0].assumptions == assumed
    assert "range-reordered" not in mentions[0].assumptions
    assert str(parse_amount(text)) == expected


REAL_RANGES = [  # the currency on the low end, written once, or joined by words: ranges still
    ("€2–5 million", "EUR 2000000-5000000"),
    ("€2m–€5m", "EUR 2000000-5000000"),
    ("$1-$2 billion", "USD 1000000000-2000000000"),
    ("2–5 million euros", "EUR 2000000-5000000"),
    ("5 bis 10 Mio. €", "EUR 5000000-10000000"),
    ("€2 – €5 million", "EUR 2000000-5000000"),
    ("between 2 and €5 million", "EUR 2000000-5000000"),
    ("2 to $5 million", "USD 2000000-5000000"),
    ("zwischen 2 und 3 Mrd. €", "EUR 2000000000-3000000000"),
    ("od 2 do 3 mln zł", "PLN 2000000-3000000"),
    ("2–3 млн грн", "UAH 2000000-3000000"),
    ("€9–6 million", "EUR 6000000-9000000"),
    ("EUR 2m – EUR 5m", "EUR 2000000-5000000"),
]


@pytest.mark.parametrize(("text", "expected"), REAL_RANGES)
def test_real_ranges_stay_ranges(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]
