"""A currency's name written with a capital before a number and its scale word leads that
amount inside a sentence, as some news agencies write it ("Italy pledged Euro 500 million",
"Japan gave US Dollar 5 million"): until session 23 none was read and nothing said so. A
capitalised noun before an amount with its own currency after it ("am Rand 5 Millionen Euro")
and a lower-case name before a bare number ("twenty dollars 43 cents") lead nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount

LEADS = [
    ("Italy pledged Euro 500 million.", None, "500000000", "EUR"),
    ("The EU approved Euro 1.2 billion for Ukraine.", "en", "1200000000", "EUR"),
    ("Japan gave US Dollar 5 million to Kyiv.", None, "5000000", "USD"),
    ("Deutschland gab Euro 500 Millionen.", "de", "500000000", "EUR"),
    ("Polska przekazała Euro 20 mln.", "pl", "20000000", "EUR"),
]

KEEPS = [
    ("am Rand 5 Millionen Euro", "de", "5000000", "EUR"),
    ("twenty dollars 43 cents", "en", "20.43", "USD"),
]


@pytest.mark.parametrize(("text", "lang", "value", "code"), LEADS + KEEPS)
def test_a_capitalised_name_leads_a_scaled_number_in_a_sentence(text, lang, value, code):
    for given in (None, lang):
        amount = parse_amount(text, lang=given)
        assert (amount.value, amount.currency) == (Decimal(value), code)
        found = extract_amounts(text, lang=given)
        assert [(m.amount.value, m.amount.currency) for m in found] == [(Decimal(value), code)]
