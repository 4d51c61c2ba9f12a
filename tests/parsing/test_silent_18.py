"""Silent wrong values left open after issue 9's last replay (silent18): each reading is now
right, says what it assumed, or is refused with a reason.

1. A long number spelled in words is read whole, in any language, or refused: never its tail
   ("one hundred twenty-three million four hundred fifty-six thousand … dollars" was USD
   456,789; "cent vingt-trois millions quatre cent cinquante-six mille euros" EUR 6,000).
2. A lakh or crore letter glued after a number with any sign is that scale (babel's en_IN
   compact format: "$25L" was USD 25); another single letter glued after it, a compact unit of
   some locale ("US$ 2.5G", "USD25J"), refuses the amount.
3. A gated qualifier that is an English word too ("tot", "do", "alle"), with no language told
   and no sentence to tell one, refuses the amount; a sentence of its language keeps it.
4. A range word of another language between an amount and a bare number, nothing placing it,
   refuses both ("CHF 50 bis 30" was CHF 50).
5. "mil" read by the amount's own words when other words of the text tell no language records
   ``scale-default`` ("They spent 5 mil reais").
6. An unscaled "1.500" read grouped by the currency's units among English words, which write
   the point as a decimal mark, records ``decimal-default`` ("In 2023 1.500 € were raised").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_compact_currency
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing import parse_mention

# --- 1. long spelled numbers: whole or refused ---------------------------------------------------

SPELLED_WHOLE = [  # (text, lang, currency, value)
    (
        "one hundred twenty-three million four hundred fifty-six thousand seven hundred "
        "eighty-nine dollars",
        None,
        "USD",
        123456789,
    ),
    (
        "seven hundred eighty-one million two hundred sixty-four thousand three hundred "
        "fifty-two euros",
        None,
        "EUR",
        781264352,
    ),
    ("three million four hundred fifty-six thousand seven hundred eighty-nine dollars", None,
     "USD", 3456789),
    ("cent vingt-trois millions quatre cent cinquante-six mille euros", None, "EUR", 123456000),
    ("cent vingt-trois millions quatre cent cinquante-six mille euros", "fr", "EUR", 123456000),
    (
        "cent vingt-trois millions quatre cent cinquante-six mille sept cent quatre-vingt-neuf "
        "euros",
        "fr",
        "EUR",
        123456789,
    ),
    ("quatre cent quatre-vingt-dix-neuf millions d'euros", None, "EUR", 499000000),
    (
        "ciento veintitrés millones cuatrocientos cincuenta y seis mil euros",
        None,
        "EUR",
        123456000,
    ),
    (
        "ciento veintitrés millones cuatrocientos cincuenta y seis mil setecientos ochenta y "
        "nueve euros",
        None,
        "EUR",
        123456789,
    ),
    (
        "sto dwadzieścia trzy miliony czterysta pięćdziesiąt sześć tysięcy złotych",
        None,
        "PLN",
        123456000,
    ),
    (
        "сто двадцять три мільйони чотириста п'ятдесят шість тисяч гривень",
        None,
        "UAH",
        123456000,
    ),
    (
        "сто двадцять три мільйони чотириста п'ятдесят шість тисяч сімсот вісімдесят дев'ять "
        "гривень",
        None,
        "UAH",
        123456789,
    ),
    ("сто двадцять три мільйони чотириста п'ятдесят шість тисяч гривень", "uk", "UAH", 123456000),
    ("vinte e dois milhões de euros", None, "EUR", 22000000),
    # a glued compound with its thousand as the tail (``GLUED_THOUSANDS``, refused18): whole
    ("dreihundertzwanzig Millionen vierhundertsechsundfünfzigtausend Euro", "de", "EUR", 320456000),
    ("dreihundertzwanzig Millionen vierhundertsechsundfünfzigtausend Euro", None, "EUR", 320456000),
    ("zwei Millionen dreitausendfünfhundert Euro", None, "EUR", 2003500),
    ("tre milioni duemilacinquecento euro", "it", "EUR", 3002500),
    ("tre milioni duemilacinquecento euro", None, "EUR", 3002500),
    ("twee miljoen tweeduizend vijfhonderd euro", None, "EUR", 2002500),
    ("dos millones mil quinientos euros", None, "EUR", 2001500),
    ("três milhões dois mil e quinhentos reais", "pt", "BRL", 3002500),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "code", "value"), SPELLED_WHOLE)
def test_a_long_spelled_number_is_read_whole(text, lang, code, value):
    amount = parse_amount(text, lang=lang)
    assert (amount.currency, amount.value) == (code, Decimal(value))
    mentions = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.start) for m in mentions] == [(Decimal(value), 0)]


SPELLED_TAIL_REFUSED = [  # the head not read with the tail: refused, never the tail
    ("one hundred and twenty-three million, four hundred and fifty-six thousand dollars", None),
    ("two million, four hundred thousand dollars", None),
    ("ciento veintitrés millones cuatrocientos cincuenta y seis euros", "es"),
    ("dreihundertzwanzig Millionen vierhundertsechsundfünfzig Euro", "de"),
]


@pytest.mark.parametrize(("text", "lang"), SPELLED_TAIL_REFUSED)
def test_the_tail_of_a_spelled_number_is_never_the_amount(text, lang):
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang)
    head = text.split(" ")[0]
    for mention in extract_amounts(text, lang=lang):
        # whatever is read starts at the number's head, never inside it
        assert text[mention.start :].startswith(head)


# --- 2. lakh and crore letters after any sign; other glued letters refused ----------------------

GLUED_SCALES = [  # (text, currency, value)
    ("$25L", "USD", 2_500_000),
    ("€12.5L", "EUR", 1_250_000),
    ("£3L", "GBP", 300_000),
    ("$2.5Cr", "USD", 25_000_000),
    ("€4Cr", "EUR", 40_000_000),
    ("$2.5KCr", "USD", 25_000_000_000),
    ("₹25L", "INR", 2_500_000),
]


@pytest.mark.parametrize(("text", "code", "value"), GLUED_SCALES)
def test_a_lakh_or_crore_letter_scales_a_number_after_any_sign(text, code, value):
    amount = parse_amount(text)
    assert (amount.currency, amount.value) == (code, Decimal(value))


@pytest.mark.parametrize("value", [250_000, 2_500_000, 25_000_000, 2_500_000_000])
@pytest.mark.parametrize("code", ["USD", "EUR", "GBP", "INR"])
def test_en_in_compact_currency_round_trips(value, code):
    text = format_compact_currency(value, code, locale="en_IN", fraction_digits=2)
    amount = parse_amount(text.replace("\xa0", " "), lang="en")
    assert amount.currency == code
    assert abs(amount.value - value) <= Decimal(value) * Decimal("0.005"), text


GLUED_LETTERS = ["US$ 2.5G", "€ 2,5G", "USD25J", "US$ 250È", "$250D", "€ 2,5Y", "US$ 2.5a"]


@pytest.mark.parametrize("text", GLUED_LETTERS)
def test_a_letter_glued_after_a_signed_number_refuses_it(text):
    with pytest.raises(ParseError, match="glued after it"):
        parse_amount(text)
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [("$5k", "USD 5000"), ("£5m", "GBP 5000000"), ("costs $5 a day", "USD 5"), ("3 G€", None)],
)
def test_scale_letters_and_words_apart_stay_as_they_were(text, want):
    if want is None:
        assert parse_amount(text).value == Decimal(3_000_000_000)
    else:
        assert str(parse_amount(text)) == want


# --- 3. gated qualifiers with no evidence ---------------------------------------------------------

QUALIFIER_UNDECIDED = [
    "tot 300 euro",
    "do 300 mln euro",
    "do 2,5 mln euro",
    "alle 300 euro",
    "do 50 euro",
    "do 232,00 CHF – 464,00 CHF",  # the range's top goes with its low end, never alone
]


@pytest.mark.parametrize("text", QUALIFIER_UNDECIDED)
def test_a_gated_qualifier_no_word_places_refuses_the_amount(text):
    with pytest.raises(ParseError, match="pass lang="):
        parse_amount(text)
    assert extract_amounts(text) == []


QUALIFIER_PLACED = [  # (text, lang, the reading)
    ("Rząd przekaże do 300 mln euro na pomoc", None, "up to EUR 300000000"),
    ("Het kabinet trekt tot 300 miljoen euro uit", None, "up to EUR 300000000"),
    ("tot 5 miljoen euro", None, "up to EUR 5000000"),  # "miljoen" is Dutch alone
    ("tot 300 euro", "nl", "up to EUR 300"),
    ("do 300 mln euro", "pl", "up to EUR 300000000"),
    ("tot 300 euro", "en", "EUR 300"),
    ("do 5 million dollars", None, "USD 5000000"),
    ("do 5 mln zł", None, "up to PLN 5000000"),
]


@pytest.mark.parametrize(("text", "lang", "want"), QUALIFIER_PLACED)
def test_a_gated_qualifier_placed_by_the_text_or_lang(text, lang, want):
    assert str(parse_amount(text, lang=lang)) == want


# --- 4. a range word nothing places ---------------------------------------------------------------

JOINER_UNDECIDED = [
    "CHF 50 bis 30",
    "CHF 30 bis 50",
    "€50 tot 30",
    "€30 tot 50",
    "50 bis 30 CHF",  # the range word before the amount with the currency
    "30 bis 50 CHF",
]


@pytest.mark.parametrize("text", JOINER_UNDECIDED)
def test_a_range_word_nothing_places_refuses_both_ends(text):
    with pytest.raises(ParseError, match="joins two numbers"):
        parse_amount(text)
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("CHF 30 bis 50", "de", "CHF 30-50"),
        ("CHF 30 bis 50 Mio.", None, "CHF 30000000-50000000"),
        ("Die Schweiz gibt CHF 30 bis 50 Mio.", None, "CHF 30000000-50000000"),
        ("€30 tot 50", "nl", "EUR 30-50"),
        ("30 bis 50 CHF", "de", "CHF 30-50"),
        ("Die Schweiz gibt 30 bis 50 CHF", None, "CHF 30-50"),
        ("In 2024 bis 50 CHF", None, "up to CHF 50"),  # a year before: a qualifier
        ("€1.00 bis 2,00 €", None, "EUR 1"),  # an amount of its own before, then "up to €2"
    ],
)
def test_a_placed_range_word_still_joins(text, lang, want):
    assert str(parse_amount(text, lang=lang)) == want


def test_an_amount_of_its_own_before_a_range_word_keeps_both():
    assert [str(m.amount) for m in extract_amounts("€1.00 €1.00 iki 1,00 €")] == ["EUR 1"] * 3


# --- 5. "mil" by the amount's words against other words ------------------------------------------

MIL_READ = [  # (text, value, whether scale-default is recorded)
    ("They spent 5 mil reais", 5000, True),
    ("They spent 5 mil euros", 5000, True),
    ("Eles gastaram 5 mil reais", 5000, True),
    ("5 mil reais", 5000, False),
    ("Portugal deu 500 mil escudos", 500000, False),  # a named country tells the place
    ("O governo gastou 5 mil reais na ponte nova", 5000, False),
]


@pytest.mark.parametrize(("text", "value", "assumed"), MIL_READ)
def test_mil_read_by_the_amounts_words_says_so_when_other_words_tell_nothing(text, value, assumed):
    mention = parse_mention(text)
    assert mention.amount.value == Decimal(value)
    assert ("scale-default" in mention.assumptions) is assumed
    if assumed:
        with pytest.raises(ParseError, match="scale-default"):
            parse_amount(text, strict=True)


# --- 6. "1.500" grouped by the units among English words ------------------------------------------

POINT_AMONG_ENGLISH = [  # (text, value, whether decimal-default is recorded)
    ("In 2023 1.500 € were raised", 1500, True),
    ("The fund raised 1.500 zł in 2023", 1500, True),
    ("Last year 2.750 € went to the shelter", 2750, True),
    ("Im Jahr 2023 wurden 1.500 € gesammelt", 1500, False),
    ("In 2023 1.500 € and 2,5 € were raised", 1500, False),  # the text's comma decides
    ("1.500 €", 1500, False),
]


@pytest.mark.parametrize(("text", "value", "assumed"), POINT_AMONG_ENGLISH)
def test_a_point_grouped_by_the_units_among_english_words_says_so(text, value, assumed):
    mention = extract_amounts(text)[0]
    assert mention.amount.value == Decimal(value)
    assert ("decimal-default" in mention.assumptions) is assumed


# --- the round trip through babel's compact currency format, every glued scale letter ------------

COMPACT_LOCALES = ("en_IN", "en", "en_GB", "de", "fr", "pl", "uk", "es", "it", "nl")


@settings(max_examples=150, deadline=None)
@given(
    value=st.integers(1, 999).flatmap(
        lambda m: st.integers(3, 12).map(lambda e: Decimal(m) * Decimal(10) ** (e - 2))
    ),
    code=st.sampled_from(["USD", "EUR", "GBP", "INR", "PLN", "UAH", "CHF"]),
    locale=st.sampled_from(COMPACT_LOCALES),
)
def test_babel_compact_currency_round_trips_or_is_refused(value, code, locale):
    """format_compact_currency's short form, glued letters included ("$25L", "€2.5Cr"), reads
    back within its rounding with the locale's language, or is refused: never another value."""
    text = format_compact_currency(value, code, locale=locale, fraction_digits=2)
    text = text.replace("\xa0", " ").replace("\u202f", " ")
    try:
        amount = parse_amount(text, lang=locale)
    except ParseError:
        return
    assert amount.currency == code, text
    assert abs(amount.value - value) <= value * Decimal("0.005"), (text, str(amount))
