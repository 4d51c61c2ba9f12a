"""Round 15 of the parse speed work changes no reading: each cheaper way to the same fact gives
what the way it replaces gives (docs/parsing.md, "Fast paths")."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from aidcalc import Amount, parse_amount
from aidcalc.errors import UnknownCurrency
from aidcalc.parsing import (
    _NUMBER_FIRST,
    _NUMBER_FIRST_RE,
    _SIGN_FIRST_RE,
    _SIMPLE_RE,
    _SIMPLE_SIGNS,
    _simple_amount,
    grammar,
)
from aidcalc.parsing.atoms import _SCAN_TOKENS
from aidcalc.parsing.lexicon import lexicon
from aidcalc.parsing.spaced import _NUMBER_TOKEN, joined_atoms, word_amount
from aidcalc.parsing.weighing import Weighing

# numbers as texts write them, in several languages' marks and groupings, each followed by what
# may come after a number in a text (nothing, a space and a word, a glued scale or sign, marks)
NUMBERS = [
    "5",
    "1,234.56",
    "1.234,56",
    "1 234,56",
    "1\u00a0234\u00a0567",
    "1\u202f234,5",
    "1'234'567.50",
    "1\u2019234",
    "12,5",
    "0,500",
    "1 2345",
    "2.3.4",
    "1,00,00,000",
]
AFTERS = ["", " Mrd. Euro", "m", "€", " млн грн", ".", ",", " 000", "½", "bn)"]


@pytest.mark.parametrize(("number", "after"), list(itertools.product(NUMBERS, AFTERS)))
def test_number_token_is_the_scans_token_at_a_digit(number, after):
    # word_reading finds where a number ends with the number expression alone: at a digit, the
    # scan's token is the number alternative's, wherever the digit stands
    for before in ("", "über ", "€", "понад "):
        text = before + number + after
        start = len(before)
        assert _NUMBER_TOKEN.match(text, start).end() == _SCAN_TOKENS.match(text, start).end()


def test_simple_groups_by_position():
    # _simple_amount unpacks match.groups(): they must be the named groups, in this order
    for text in ("about €5m", "US $1.2 billion", "1,234.56 EUR", "$19.99", "~$40bn"):
        match = _SIMPLE_RE.fullmatch(text)
        assert match.groups() == match.group("qual", "pre", "num", "scale", "post")


# what may follow a sign: numbers of each shape the expression knows, scale words, codes,
# spaces, and what it refuses (a second sign, a mark too many, a word)
AFTER_SIGN = ["5", " 5", "1,234.56", "12,345", "0.5", ".5", "1.2.3", "5 ", "5m", "5 bn", "5kEUR",
              "5 million EUR", "5 €", "1,23", "5 Mrd.", "$5", "5  m", "12,345.678 USD"]  # fmt: skip


@pytest.mark.parametrize("sign", _SIMPLE_SIGNS)
def test_sign_first_expression_matches_as_the_whole_one(sign):
    # a text starting with a sign is matched by _SIGN_FIRST_RE: whether it matches, and each
    # group and where it stands, are _SIMPLE_RE's (whose qualifier group stays empty)
    for after in AFTER_SIGN:
        text = sign + after
        whole, first = _SIMPLE_RE.fullmatch(text), _SIGN_FIRST_RE.fullmatch(text)
        assert (whole is None) == (first is None), text
        if whole is not None:
            assert whole.group("qual") is None
            for name in ("pre", "num", "scale", "post"):
                assert whole.span(name) == first.span(name), (text, name)


@pytest.mark.parametrize("first", sorted(_NUMBER_FIRST))
def test_number_first_expression_matches_as_the_whole_one(first):
    # a text starting with a digit or a point is matched by _NUMBER_FIRST_RE: whether it
    # matches, and each group and where it stands, are _SIMPLE_RE's (no qualifier, no sign)
    for after in ["", *AFTER_SIGN, " EUR", " €", "5 million USD", ",234.5 EUR", " m"]:
        text = first + after
        whole, first_match = _SIMPLE_RE.fullmatch(text), _NUMBER_FIRST_RE.fullmatch(text)
        assert (whole is None) == (first_match is None), text
        if whole is not None:
            assert whole.group("qual") is None and whole.group("pre") is None
            for name in ("num", "scale", "post"):
                assert whole.span(name) == first_match.span(name), (text, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about €5m", Amount(Decimal("5000000"), "EUR", "approx")),
        ("US $1.2 billion", Amount(Decimal("1200000000"), "USD")),
        ("1,234.56 EUR", Amount(Decimal("1234.56"), "EUR")),
        ("£2,500", Amount(Decimal("2500"), "GBP")),
        ("up to ₴300 million", Amount(Decimal("300000000"), "UAH", "up_to")),
        ("€5m", Amount(Decimal("5000000"), "EUR")),
        ("₩50,000", Amount(Decimal("50000"), "KRW")),
        ("£ 1.5 million", Amount(Decimal("1500000"), "GBP")),
        ("$.5 billion", Amount(Decimal("500000000"), "USD")),
        ("1.5 million EUR", Amount(Decimal("1500000"), "EUR")),
        ("59.90 €", Amount(Decimal("59.90"), "EUR")),
        ("2,500,000 USD", Amount(Decimal("2500000"), "USD")),
    ],
)
def test_simple_shapes_read_as_before(text, expected):
    assert _simple_amount(text) == expected
    assert parse_amount(text) == expected


def test_weighing_instance_holds_the_class_defaults():
    # Weighing sets its class's defaults on each instance (the fast look-up): the two agree, so
    # a default changed on the class but not in __init__ (or the reverse) fails here
    text = "über 2 Mrd. Dollar"
    context = Weighing(text, None, text, joined_atoms(text, lexicon()))
    defaults = {
        name: value
        for name, value in vars(Weighing).items()
        if not name.startswith("__") and not callable(value) and not isinstance(value, property)
    }
    assert defaults  # the class still keeps its defaults
    for name, value in defaults.items():
        assert name in vars(context) and vars(context)[name] is value, name
    for base_name, value in vars(Weighing.__mro__[1]).items():
        if base_name in vars(context) and not callable(value) and not base_name.startswith("_"):
            assert vars(context)[base_name] == value, base_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("über 2 Mrd. Dollar", "over USD 2000000000"),
        ("2 millions de dollars", "USD 2000000"),
        ("около 2 млрд рублей", "approx RUB 2000000000"),
        ("1.500 millones de euros", "EUR 1500000000"),
    ],
)
def test_weighed_words_read_as_the_grammar(text, expected):
    assert str(word_amount(text)) == expected == str(parse_amount(text))


def test_new_amount_checks_what_it_does_not_know():
    # new_amount holds known_currencies() once asked; a code outside it still goes through
    # Amount's checks, before and after the hold
    grammar._KNOWN.clear()
    try:
        with pytest.raises(UnknownCurrency):
            grammar.new_amount(Decimal(5), "XYZ")
        assert grammar.new_amount(Decimal(5), "EUR") == Amount(Decimal(5), "EUR")
        assert grammar._KNOWN  # held now
        with pytest.raises(UnknownCurrency):
            grammar.new_amount(Decimal(5), "QQQ")
        with pytest.raises(ValueError):
            grammar.new_amount(Decimal(5), "EUR", "nearly")
    finally:
        grammar._KNOWN[:] = [grammar.known_currencies()]
