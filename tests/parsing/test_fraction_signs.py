"""A fraction sign before a number in words ("¾ of a billion euros", "½ a billion") is no
part the reader can drop: read alone the number in words was the whole billion, silently. It
is refused with its position, in every language, as a fraction in words is ("a third of a
billion"); after digits it is the number's fraction and read ("€5 ½ million")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount


@pytest.mark.parametrize(
    "text",
    [
        "¾ of a billion euros",
        "¼ of a billion dollars",
        "½ a billion euros",
        "Germany pledged ¾ of a billion euros to Kyiv.",
        "¾ einer Milliarde Euro",
        "¾ d'un milliard d'euros",
        "¾ de mil millones de euros",
    ],
)
def test_a_fraction_sign_before_a_number_in_words_is_refused(text):
    with pytest.raises(ParseError, match=r"fraction of a number in words") as refused:
        parse_amount(text)
    assert "at position" in str(refused.value)
    refusals = []
    assert extract_amounts(text, refused=refusals) == []
    assert refusals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("€5 ½ million", "5500000"),
        ("£2½m", "2500000"),
        ("$2 ¾ billion", "2750000000"),
        ("three quarters of a billion euros", "750000000"),
        ("half a billion euros", "500000000"),
    ],
)
def test_fractions_read_as_before(text, value):
    assert parse_amount(text).value == Decimal(value)
