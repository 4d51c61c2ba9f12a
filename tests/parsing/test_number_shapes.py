"""Numbers read right or refused with a reason, never wrong (issue 9).

- digits with a mark after the decimal mark ("€5,000,000.00.00") are no number;
- an ISO code glued to one digit and an identifier shape ("DEM1", "EUR3-class") is a name, and
  the fast path of ``parse_amount`` answers as the general grammar does;
- a word for one or a half before a scale word of its language ("un miliardo", "en milliard",
  "půl miliardy") is read without ``lang``; an unread count before it refuses the text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import Amount, ParseError, extract_amounts, parse_amount
from aidcalc.parsing import _first_mention, _simple_amount


@pytest.mark.parametrize(
    "text",
    [
        "€5,000,000.00.00",
        "5.000.000,00,00 €",
        "€1.234,567.8",
        "$1,234.567,89",
        "USD 12,500.50.25",
        "1.234,5,6 zł",
    ],
)
def test_a_mark_after_the_decimal_mark_is_refused(text):
    with pytest.raises(ParseError, match="groups its digits"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$1,234,567.89", "1234567.89"),
        ("1.234.567,50 zł", "1234567.50"),
        ("€5,000,000.00", "5000000.00"),
        ("1 234 567,89 €", "1234567.89"),
    ],
)
def test_one_grouping_mark_and_one_decimal_mark_still_read(text, value):
    assert parse_amount(text).value == Decimal(value)


# (text, the amount, or None when it is refused as a name)
IDENTIFIERS = [
    ("DEM1", None),
    ("USD2 tranche", None),
    ("EUR3-class", None),
    ("the EUR3-class notes", None),
    ("GBP1-A bonds", None),
    ("FRF2", None),
    ("USD2", Amount(Decimal(2), "USD")),
    ("EUR5", Amount(Decimal(5), "EUR")),
    ("EUR3 million", Amount(Decimal(3000000), "EUR")),
    ("EUR3-million", Amount(Decimal(3000000), "EUR")),
    ("EUR 3-class", Amount(Decimal(3), "EUR")),
    ("USD25", Amount(Decimal(25), "USD")),
    ("EUR1.5m", Amount(Decimal(1500000), "EUR")),
]


@pytest.mark.parametrize(("text", "expected"), IDENTIFIERS)
def test_a_code_glued_to_a_digit_before_an_identifier_is_a_name(text, expected):
    if expected is None:
        with pytest.raises(ParseError, match="looks like a name"):
            parse_amount(text)
    else:
        assert parse_amount(text) == expected


@pytest.mark.parametrize(("text", "expected"), IDENTIFIERS)
def test_fast_path_and_general_grammar_agree(text, expected):
    fast = _simple_amount(text)
    try:
        general = _first_mention(text, None, None).amount
    except ParseError:
        general = None
    assert general == expected
    assert fast is None or fast == general


M = 1_000_000
COUNTS = [
    ("un miliardo di euro", "it", Amount(Decimal(1000 * M), "EUR")),
    ("mezzo miliardo di euro", "it", Amount(Decimal(500 * M), "EUR")),
    ("un milliard d'euros", "fr", Amount(Decimal(1000 * M), "EUR")),
    ("un millón de euros", "es", Amount(Decimal(M), "EUR")),
    ("mil millones de euros", "es", Amount(Decimal(1000 * M), "EUR")),
    ("mil milhões de euros", "pt", Amount(Decimal(1000 * M), "EUR")),
    ("um bilhão de reais", "pt", Amount(Decimal(1000 * M), "BRL")),
    ("een miljard euro", "nl", Amount(Decimal(1000 * M), "EUR")),
    ("en miljard kronor", "sv", Amount(Decimal(1000 * M), "SEK")),
    ("en milliard euro", "da", Amount(Decimal(1000 * M), "EUR")),
    ("eine Milliarde Euro", "de", Amount(Decimal(1000 * M), "EUR")),
    ("půl miliardy korun", "cs", Amount(Decimal(500 * M), "CZK")),
    ("pół miliarda złotych", "pl", Amount(Decimal(500 * M), "PLN")),
    ("jeden miliard złotych", "pl", Amount(Decimal(1000 * M), "PLN")),
    ("un miliard de euro", "ro", Amount(Decimal(1000 * M), "EUR")),
    ("ένα δισεκατομμύριο ευρώ", "el", Amount(Decimal(1000 * M), "EUR")),
    ("puoli miljardia euroa", "fi", Amount(Decimal(500 * M), "EUR")),
]


@pytest.mark.parametrize(("text", "lang", "amount"), COUNTS)
@pytest.mark.parametrize("given", [False, True], ids=["no-lang", "lang"])
def test_one_or_half_before_a_scale_word_is_read(text, lang, amount, given):
    assert parse_amount(text, lang=lang if given else None) == amount


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("treinta y un millones de euros", "es"),  # 31 million, not one
        # "dwadzieścia jeden miliardów złotych" is read whole without ``lang`` since
        # amountfaults17 (PLN 21 billion: test_amount_faults_17.py)
        ("douăzeci și un miliard de euro", "ro"),
    ],
)
def test_an_unread_count_before_one_refuses_the_text(text, lang):
    with pytest.raises(ParseError, match="number words"):
        parse_amount(text)
    try:  # with the language, the whole count is read, or refused; never one alone
        value = parse_amount(text, lang=lang).value
    except ParseError:
        return
    assert value not in (Decimal(M), Decimal(1000 * M))


@pytest.mark.parametrize(
    "text",
    [
        "en milliard kroner",  # Danish or Norwegian: which crown is not told
        "UN billion dollars",  # the United Nations, not "one"
    ],
)
def test_a_count_word_that_does_not_decide_is_refused(text):
    with pytest.raises(ParseError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a link word before a count is a guard only after a number word of its language
        ("una demanda de un mil millones de dólares", "es", "USD 1000000000"),
        # number words read as minor units are no count before a scale word
        ("ça ne coûte que treize euros et quarante-cinq cents.", "fr", "EUR 13.45"),
        ("doi dolari și douăzeci și trei de cenți", "ro", "USD 2.23"),
        ("tjue rupees 43¢", "nb", "INR 20.43"),
        # two ends read with different decimal marks are no range
        ("1.1990 a 1.015 francos por acción.", "es", "CHF 1015"),
    ],
)
def test_guards_keep_what_was_read_before(text, lang, expected):
    assert str(parse_amount(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted scale before a sign that leads its own number ends an item: the dot is a stop
        ("1,00 € € 1 bln. €1.00", ["EUR 1", "EUR 1000000000", "EUR 1"]),
        ("€ 1 bln.", ["EUR 1000000000"]),
        # a currency word after the dot still belongs to the amount
        ("5 Mrd. Euro", ["EUR 5000000000"]),
    ],
)
def test_a_dotted_scale_before_another_amount_reads_as_alone(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
