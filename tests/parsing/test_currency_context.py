"""A shared currency name resolved by the country the text names (issue 9, item 14).

``kroner``, ``kr.``, ``крон``, ``koron`` and ``crowns`` are the money of several countries; the
country the text names decides when neither ``currency_hint``, ``lang`` nor the language of the
words does (``aidcalc.parsing.context``). Several countries with candidate currencies in the
deciding scope leave the word ambiguous: a refusal, never a guess.
"""

from __future__ import annotations

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.context import named_countries, named_currency
from aidcalc.parsing.lexicon import lexicon

BY_COUNTRY = [
    ("Norway will give 500 million kroner", ["NOK 500000000"]),
    ("Denmark gives 1 mia. kr. to the fund", ["DKK 1000000000"]),
    ("Der er 600 millioner kroner på vej fra Danmark.", ["DKK 600000000"]),
    ("Norge gir 2 mrd. kr. i år.", ["NOK 2000000000"]),
    ("The Danish government adds 3 mia. kr.", ["DKK 3000000000"]),
    ("Iceland pledged 300 million kronur", ["ISK 300000000"]),
    ("Czechia sent 5 million crowns", ["CZK 5000000"]),
    ("The Czech Republic sent 5 million crowns", ["CZK 5000000"]),
    ("Norway will give 500 million crowns", ["NOK 500000000"]),
    ("Чехия выделила 20 млн крон", ["CZK 20000000"]),
    ("Czechy przekazały 500 mln koron", ["CZK 500000000"]),
    ("Норвегія надала 300 млн крон", ["NOK 300000000"]),
    # each clause its own country
    ("Denmark will give 1 mia. kr., Norway 2 mia. kr.", ["DKK 1000000000", "NOK 2000000000"]),
    # each sentence its own country
    (
        "Norway will give 500 million kroner. Sweden adds 200 million crowns.",
        ["NOK 500000000", "SEK 200000000"],
    ),
    # a country named in an earlier sentence still counts when the amount's names none
    ("Denmark has a new plan. It is worth 900 mio. kr.", ["DKK 900000000"]),
]


@pytest.mark.parametrize(("text", "amounts"), BY_COUNTRY)
def test_the_country_named_decides(text, amounts):
    assert [str(m.amount) for m in extract_amounts(text)] == amounts


STILL_REFUSED = [
    "600 millioner kroner",  # Danish or Norwegian: nothing says which
    "5 million crowns",
    "Norway and Denmark each give 1 billion kroner",  # two countries, one clause
    "Norway, unlike Denmark, gives 10 million crowns",  # the clause none, the sentence two
    "Slovakia sent 5 million crowns",  # the country's euro is no crown
]


@pytest.mark.parametrize("text", STILL_REFUSED)
def test_no_single_country_means_no_guess(text):
    assert extract_amounts(text) == []
    with pytest.raises(ParseError, match="ambiguous"):
        parse_amount(text)


def test_the_other_amounts_of_a_conflicting_text_stay():
    text = "Sweden gives SEK 5 million and Norway 10 million crowns"
    assert [str(m.amount) for m in extract_amounts(text)] == ["SEK 5000000"]


def test_a_conflict_is_named_in_the_error():
    with pytest.raises(ParseError, match="names countries of DKK, NOK"):
        parse_amount("Norway and Denmark each give 1 billion kroner")


HINT_AND_LANG_WIN = [
    ("Norway will give 500 million kroner", {"currency_hint": "DKK"}, "DKK"),
    ("Norway will give 500 million kroner", {"lang": "da"}, "DKK"),
    ("Danmark giver 2 mia. kr.", {"lang": "nb"}, "NOK"),
    ("Czechy przekazały 500 mln koron", {"currency_hint": "SEK"}, "SEK"),
    # the word's own language: Swedish "kronor" is SEK even in a text about Norway
    ("Norge får 500 miljoner kronor", {}, "SEK"),
]


@pytest.mark.parametrize(("text", "kwargs", "currency"), HINT_AND_LANG_WIN)
def test_hint_and_language_still_win(text, kwargs, currency):
    assert parse_amount(text, **kwargs).currency == currency


DEFAULTS_UNTOUCHED = [
    ("Canada gives 5 million dollars", "USD"),
    ("Australia adds $20 million", "USD"),
    ("Switzerland pays 10 million francs", "CHF"),
    ("Japan sends ¥3 billion", "JPY"),
]


@pytest.mark.parametrize(("text", "currency"), DEFAULTS_UNTOUCHED)
def test_a_named_country_never_overrides_a_default(text, currency):
    """A word whose candidates hold a default (USD, EUR, …) is read as before: news of any
    country quotes dollars."""
    assert parse_amount(text).currency == currency


def test_kr_with_a_full_stop_is_also_kr():
    """``kr.`` (Danish, Icelandic) and ``kr`` (Norwegian, Swedish) share DKK, so a sentence
    ending on ``kr`` stays readable. ``Bs.`` and ``Bs`` are both the Bolivian boliviano and
    the Venezuelan bolívar (issue 9: ``Bs.`` was read as VEF, withdrawn in 2018, and ``Bs`` as
    BOB, whatever the country): the country decides, else they are refused."""
    lex = lexicon()
    assert lex.symbol("kr .").codes >= {"DKK", "ISK", "NOK", "SEK"}
    for text in ("Bs. 100", "Bs 100", "100 Bs", "100 Bs."):
        with pytest.raises(ParseError, match="ambiguous"):
            parse_amount(text)
    assert parse_amount("Bolivia paga Bs. 100").currency == "BOB"
    assert parse_amount("Venezuela paga Bs 100").currency == "VES"


def test_named_countries_need_a_capital_and_four_letters():
    lex = lexicon()
    found = named_countries("Norge, norway, Sec. Blinken, and the Danish fund", lex)
    assert [(n.currency, n.start) for n in found] == [("NOK", 0), ("DKK", 37)]


NAMED_COUNTRIES = [
    # (text, [(the words naming a country, its currency, written as a possessive)])
    ("India’s Rs 5 million aid to Nepal", [("India’s", "INR", True), ("Nepal", "NPR", False)]),
    (
        "The United Arab Emirates and Côte d'Ivoire gave",
        [("United Arab Emirates", "AED", False), ("Côte d'Ivoire", "XOF", False)],
    ),
    (
        "Die Schweiz und Norwegen, dann dänische Kronen",
        [("Schweiz", "CHF", False), ("Norwegen", "NOK", False), ("dänische", "DKK", False)],
    ),
    (
        "Норвегія та Швеція: норвежских крон",
        [("Норвегія", "NOK", False), ("Швеція", "SEK", False), ("норвежских", "NOK", False)],
    ),
    ("the UK and uk, USA's", [("UK", "GBP", False), ("USA's", "USD", True)]),
    (
        "Papua New Guinea's kina and Bosnia and Herzegovina",
        [("Papua New Guinea's", "PGK", True), ("Bosnia and Herzegovina", "BAM", False)],
    ),
    ("5 million kroner, nothing else", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_COUNTRIES)
def test_named_countries_spans(text, expected):
    """Names of one to four words, possessives, adjectives and other scripts, with the offsets
    of each (``named_countries`` finds the offsets from the word lengths, not match objects)."""
    found = named_countries(text, lexicon())
    assert [(text[n.start : n.end], n.currency, n.possessive) for n in found] == expected


def test_named_currency_scopes():
    lex = lexicon()
    codes = frozenset({"DKK", "NOK", "SEK"})
    text = "Norway, unlike Denmark, gives 5 mia. kr."
    # the clause names none, the sentence both: no answer, and the two are reported
    assert named_currency(text, text.index("kr"), codes, lex) == (None, {"DKK", "NOK"})
    text = "Nothing here gives 5 mia. kr."
    assert named_currency(text, text.index("kr"), codes, lex) == (None, frozenset())


def test_a_country_named_in_the_text_is_recorded_as_an_assumption():
    """The currency then rests on the text around the amount, not on the amount itself."""
    from aidcalc.parsing import parse_mention

    assert "country-context" in parse_mention("Norway will give 500 million kroner").assumptions
    assert parse_mention("500 millioner kroner", lang="nb").assumptions == ("home-currency",)
    with pytest.raises(ParseError, match="country-context"):
        parse_amount("Norway will give 500 million kroner", strict=True)
