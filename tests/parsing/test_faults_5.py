"""Silent faults left in issue 9 after the earlier branches (the "faults5" branch).

1. Two ends of a would-be range that write different currencies ("$5m-€10m") are two
   amounts, never a range in the first end's currency.
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount

# --- 1. cross-currency ranges -------------------------------------------------------------------

TWO_CURRENCIES = [  # (text, lang, the amounts read, as str)
    ("$5m-€10m", None, ["USD 5000000", "EUR 10000000"]),
    ("$5m to €10m", None, ["USD 5000000", "EUR 10000000"]),
    ("£2bn to €3bn", None, ["GBP 2000000000", "EUR 3000000000"]),
    ("between $1bn and €2bn", None, ["USD 1000000000", "EUR 2000000000"]),
    ("5 млн доларів – 10 млн євро", None, ["USD 5000000", "EUR 10000000"]),
    ("5 mln zł – 10 mln euro", None, ["PLN 5000000", "EUR 10000000"]),
    ("zwischen 2 Mio. € und 3 Mio. $", "de", ["EUR 2000000", "USD 3000000"]),
    ("tra 1 miliardo di dollari e 2 miliardi di euro", None, ["USD 1000000000", "EUR 2000000000"]),
    ("de 5 millones de dólares a 10 millones de euros", "es", ["USD 5000000", "EUR 10000000"]),
    ("CHF 4m–EUR 6m", None, ["CHF 4000000", "EUR 6000000"]),
    ("von 2 Mio. Franken bis 3 Mio. Euro", "de", ["CHF 2000000", "EUR 3000000"]),
]

ONE_CURRENCY = [  # a currency written once, or twice the same: still one range
    ("$5-10m", "USD 5000000-10000000"),
    ("€5m–€10m", "EUR 5000000-10000000"),
    ("$2bn-$3bn", "USD 2000000000-3000000000"),
    ("between £1bn and £2bn", "GBP 1000000000-2000000000"),
    ("5 млн – 10 млн євро", "EUR 5000000-10000000"),
    ("von 2 Mio. Euro bis 3 Mio. Euro", "EUR 2000000-3000000"),
    ("€5 million to 10 million euros", "EUR 5000000-10000000"),
    ("USD 5m–$10m", "USD 5000000-10000000"),
]


@pytest.mark.parametrize(("text", "lang", "want"), TWO_CURRENCIES)
def test_ends_in_two_currencies_are_two_amounts(text, lang, want):
    mentions = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in mentions] == want
    assert all(m.amount.high is None for m in mentions)
    assert parse_amount(text, lang=lang).high is None


@pytest.mark.parametrize(("text", "want"), ONE_CURRENCY)
def test_ends_in_one_currency_stay_a_range(text, want):
    assert str(parse_amount(text)) == want
    assert len(extract_amounts(text)) == 1
