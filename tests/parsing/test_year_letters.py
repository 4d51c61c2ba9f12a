"""A year and the letter a language writes for "year" after it ("2024 р.", Ukrainian рік;
"2024 m.", Lithuanian metai) are a date, not an amount, although the letter is also a
currency's sign or a scale word elsewhere; "р." itself, where it is money, is today's rouble
(RUB), never the rouble withdrawn in 1998 (RUR) that CLDR gives it to."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.words import YEAR_ABBREVIATION_LANGS

# (text, lang, the amounts in order)
DATED = [
    ("У 2024 р. уряд виділив 5 млн грн", "uk", [("5000000", "UAH")]),
    ("У 2024 р. уряд виділив 5 млн грн", None, [("5000000", "UAH")]),
    ("у 2023 р. Литва надала 200 млн євро", "uk", [("200000000", "EUR")]),
    ("Станом на 1 січня 2024 р. обсяг допомоги склав 5 млрд дол.", "uk", [("5000000000", "USD")]),
    ("Допомога зросла у 2022 р. і склала 3 млрд євро.", None, [("3000000000", "EUR")]),
    ("Данія виділила 40 млн євро в 2025 р.", "uk", [("40000000", "EUR")]),
    ("Lietuvos 2024 m. parama siekė 5 mln. eurų", None, [("5000000", "EUR")]),
    ("Per 2024 m. € 5 mln.", None, [("5000000", "EUR")]),
]

ROUBLES = [
    ("500 р.", "ru", "500"),
    ("1 500 р. в месяц", "ru", "1500"),
    ("Билет стоит 300 р.", None, "300"),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), DATED)
def test_a_year_and_its_letter_is_no_amount(text, lang, amounts):
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.amount.currency) for m in found] == [
        (Decimal(v), code) for v, code in amounts
    ]
    value, code = amounts[0]
    assert (parse_amount(text, lang=lang).value, parse_amount(text, lang=lang).currency) == (
        Decimal(value),
        code,
    )


@pytest.mark.parametrize(("text", "lang", "value"), ROUBLES)
def test_the_rouble_letter_is_todays_rouble(text, lang, value):
    amount = parse_amount(text, lang=lang)
    assert (amount.value, amount.currency) == (Decimal(value), "RUB")


def test_the_year_letters_come_from_the_words_tables():
    assert "uk" in YEAR_ABBREVIATION_LANGS["р"]
    assert "pl" in YEAR_ABBREVIATION_LANGS["r"]
    # the Ukrainian "р." is also the rouble's sign: the rule is what keeps the year a year
    assert parse_amount("500 р.", lang="uk").currency == "RUB"
