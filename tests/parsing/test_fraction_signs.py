"""A fraction sign before a number in words ("¾ of a billion euros", "½ a billion") is no
part the reader can drop: read alone the number in words was the whole billion, silently. It
is refused with its position, in every language, as a fraction in words is ("a third of a
billion", "trois quarts d'un milliard"); after digits it is the number's fraction and read
("€5 ½ million"). English fractions written with hyphens read as written with spaces
("one-and-a-half billion" was 500 million, "three-quarters of a billion" a range 3 to 250
million)."""

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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one-and-a-half billion dollars", "1500000000"),
        ("two-and-a-half million euros", "2500000"),
        ("three-quarters of a billion euros", "750000000"),
        ("half-a-billion dollars", "500000000"),
        ("Germany gave one-and-a-half billion euros.", "1500000000"),
        ("twenty-five million dollars", "25000000"),
    ],
)
def test_english_fractions_with_hyphens_read_as_with_spaces(text, value):
    assert parse_amount(text).value == Decimal(value)
    assert [m.amount.value for m in extract_amounts(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    [
        "trois quarts d'un milliard d'euros",
        "tre quarti di un miliardo di euro",
        "tres cuartas partes de mil millones de euros",
        "três quartos de mil milhões de euros",
        "three-fourths of a billion dollars",
    ],
)
def test_quarters_in_words_are_refused_not_the_whole(text):
    with pytest.raises(ParseError, match="fraction in words"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un quarto di milione di euro", "250000"),
        ("un cuarto de millón de euros", "250000"),
        ("un quart de million d'euros", "250000"),
    ],
)
def test_a_quarter_after_one_is_still_read(text, value):
    assert parse_amount(text).value == Decimal(value)
