"""A currency or scale written once for several amounts (issue 9, item 13): lists and
elided repeats borrow it, record ``shared-currency``, and nothing else borrows."""

import pytest

from aidcalc.parsing import ASSUMPTIONS, extract_amounts, parse_amount, parse_mention

SHARED = "shared-currency"

# (text, lang, the amounts extract_amounts reads, in order)
LISTS = [
    ("8 and 12 million dollars, respectively", None, ["USD 8000000", "USD 12000000"]),
    ("3, 5 and 8 million dollars", None, ["USD 3000000", "USD 5000000", "USD 8000000"]),
    ("Kyiv got 40 and 25 billion euros", None, ["EUR 40000000000", "EUR 25000000000"]),
    (
        "Die Mittel verteilen sich auf 2,5 und 1,5 Mrd. Euro",
        None,
        ["EUR 2500000000", "EUR 1500000000"],
    ),
    ("Berlin gab 7 und 9 Millionen Euro", "de", ["EUR 7000000", "EUR 9000000"]),
    ("1,5 et 2 milliards d'euros", None, ["EUR 1500000000", "EUR 2000000000"]),
    ("Przekazano 30 i 45 mln zł", "pl", ["PLN 30000000", "PLN 45000000"]),
    ("Виділено 10 і 15 млн грн", None, ["UAH 10000000", "UAH 15000000"]),
    ("Skirta 3 ir 4 mln. eurų", None, ["EUR 3000000", "EUR 4000000"]),
    ("Se destinaron 12 y 20 millones de euros", None, ["EUR 12000000", "EUR 20000000"]),
    ("about 4 and 6 million dollars", None, ["approx USD 4000000", "USD 6000000"]),
    # items with a scale word of their own keep it (the first was dropped without a word)
    (
        "Portugal and Norway gave 20 million and 30 million euros, respectively.",
        None,
        ["EUR 20000000", "EUR 30000000"],
    ),
    (
        "Portugal y Noruega anunciaron 20 millones y 30 millones de euros.",
        None,
        ["EUR 20000000", "EUR 30000000"],
    ),
    ("Ils ont donné 20 millions et 30 millions d'euros.", None, ["EUR 20000000", "EUR 30000000"]),
    ("Przekazano 2 mln, 3 mln i 5 mln zł", None, ["PLN 2000000", "PLN 3000000", "PLN 5000000"]),
    ("Skirta 2 mln. ir 3 mln. eurų", None, ["EUR 2000000", "EUR 3000000"]),
    ("Dali su 20 milijuna i 30 milijuna eura.", "hr", ["EUR 20000000", "EUR 30000000"]),
    ("Виділено 2 млрд і 3 млрд грн", None, ["UAH 2000000000", "UAH 3000000000"]),
]

# not a list: a noun after the first number, or one stacked number; nothing is borrowed
NOT_LISTS = [
    ("There are 20 million people and 30 million euros.", ["EUR 30000000"]),
    ("It costs 2 billion and 300 million dollars.", ["USD 2300000000"]),
]


@pytest.mark.parametrize(("text", "amounts"), NOT_LISTS)
def test_what_is_no_list_borrows_nothing(text, amounts):
    found = extract_amounts(text)
    assert [str(m.amount) for m in found] == amounts
    assert all(SHARED not in m.assumptions for m in found)


RANGES = [
    ("5 or 6 million euros", None, ["EUR 5000000-6000000"]),
    ("5 million or 6 million euros", None, ["EUR 5000000-6000000"]),
    ("about 5 or 6 million euros", None, ["approx EUR 5000000-6000000"]),
    ("5 oder 6 Millionen Euro", None, ["EUR 5000000-6000000"]),
    ("2 o 3 millones de euros", None, ["EUR 2000000-3000000"]),
    ("5 lub 6 mln zł", None, ["PLN 5000000-6000000"]),
    ("2 або 3 млрд грн", None, ["UAH 2000000000-3000000000"]),
    ("3 ou 4 milliards d'euros", None, ["EUR 3000000000-4000000000"]),
    ("10 или 20 долара", "bg", ["USD 10-20"]),  # "между 10 и 20": the grammar's frame
]

ELIDED = [
    (
        "€90 million, of which 60 million for housing",
        None,
        ["EUR 90000000", "EUR 60000000"],
    ),
    (
        "The EU pledged €1.2 billion, including 400 million for energy.",
        None,
        ["EUR 1200000000", "EUR 400000000"],
    ),
    (
        "a $500 million package, of which about 200 million to Kyiv",
        None,
        ["USD 500000000", "approx USD 200000000"],
    ),
    (
        "80 Millionen Euro für Schulen, weitere 50 Millionen für Kliniken",
        None,
        ["EUR 80000000", "EUR 50000000"],
    ),
    ("2 Mrd., davon 1 Mrd. Euro", None, ["EUR 2000000000", "EUR 1000000000"]),
    (
        "1,2 milliard d'euros, dont 400 millions pour l'Ukraine",
        None,
        ["EUR 1200000000", "EUR 400000000"],
    ),
    ("300 mln zł, z czego 120 mln na szpitale", None, ["PLN 300000000", "PLN 120000000"]),
    ("100 млн грн, з них 40 млн на ремонт", None, ["UAH 100000000", "UAH 40000000"]),
    (
        "500 millones de euros, de los cuales 200 millones para vivienda",
        "es",
        ["EUR 500000000", "EUR 200000000"],
    ),
    (
        "1 miliardo di euro, di cui 300 milioni per l'energia",
        "it",
        ["EUR 1000000000", "EUR 300000000"],
    ),
]

# Bare numbers near an amount that must stay bare: no list, no link, a noun after, a year.
NOT_SHARED = [
    ("€90 million, of which 60 million people", None, ["EUR 90000000"]),
    ("In 2022 and 5 million euros", None, ["EUR 5000000"]),
    ("Ukraine got €90 million for 60 million people", None, ["EUR 90000000"]),
    ("It sent 12 tanks and 5 million euros", None, ["EUR 5000000"]),
    ("€90 million, while 60 million went elsewhere", None, ["EUR 90000000"]),
    ("8 and $12 million", None, ["USD 12000000"]),
    ("€500m, another €200m", None, ["EUR 500000000", "EUR 200000000"]),
    ("He said 3 and then 5 million euros", None, ["EUR 5000000"]),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), LISTS + RANGES + ELIDED + NOT_SHARED)
def test_a_currency_written_once_serves_listed_and_elided_amounts(text, lang, amounts):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == amounts


@pytest.mark.parametrize(("text", "lang", "amounts"), LISTS + RANGES)
def test_listed_amounts_record_the_inference(text, lang, amounts):
    found = extract_amounts(text, lang=lang)
    assert all(SHARED in m.assumptions for m in found)


@pytest.mark.parametrize(("text", "lang", "amounts"), ELIDED)
def test_only_the_elided_amount_records_the_inference(text, lang, amounts):
    found = extract_amounts(text, lang=lang)
    written = [m for m in found if SHARED not in m.assumptions]
    borrowed = [m for m in found if SHARED in m.assumptions]
    assert len(written) == 1 and len(borrowed) == 1


def test_offsets_cover_each_listed_number():
    text = "8 and 12 million dollars"
    first, second = extract_amounts(text)
    assert text[first.start : first.end] == "8"
    assert text[second.start : second.end] == "12 million dollars"
    text = "about 5 or 6 million euros, officials said"
    (only,) = extract_amounts(text)
    assert text[only.start : only.end] == "about 5 or 6 million euros"


def test_parse_amount_agrees_with_the_first_extracted_amount():
    for text, lang, amounts in LISTS + RANGES + ELIDED:
        assert str(parse_amount(text, lang=lang)) == amounts[0], text


def test_strict_refuses_a_borrowed_currency():
    from aidcalc.errors import ParseError

    with pytest.raises(ParseError, match=SHARED):
        parse_amount("5 or 6 million euros", strict=True)
    assert parse_mention("€90 million, of which 60 million for housing").assumptions == ()


def test_the_code_is_documented():
    assert SHARED in ASSUMPTIONS
