"""Silent wrong values a new-user trial found (issue 9, the "trialA" branch).

1. A bare number, a dash, then a top that writes its currency before its own number is a
   label, a heading or a time followed by one amount, never a range ("Tranche 2 – €500
   million"); so is the minutes of a clock time before a dash ("12:30 – 5 Mio. €").
2. A scale word before a currency with the number after it scales that number, set apart by a
   space too ("Mio. € 5,2"); a number before a glued scale-and-sign leaves the unit to the
   number after it ("In 2024 M€ 5" is 5 M€), unless that one is a year and the first is not.
3. Number words: a decimal mark written as a word is read (English "point") or refused, never
   dropped with the whole count before it; "and a half" after a magnitude is half of it; a
   fraction joined by a hyphen leads its scale ("a quarter-billion"); a fraction that is not
   read ("a third of a billion") is refused, never read as the number after it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.numbers import read_number_words

# --- 1. a bare number before a dash -------------------------------------------------------------

LABEL_THEN_AMOUNT = [  # (text, the one amount, its assumptions)
    ("Tranche 2 – €500 million", "EUR 500000000", ()),
    ("No. 3 – $5 million", "USD 5000000", ("dollar-usd",)),
    ("10:00-€5m", "EUR 5000000", ()),
    ("Kyiv, 4 November 2024, 12:30 – €5 million", "EUR 5000000", ()),
    ("Article 12 - EUR 5 million", "EUR 5000000", ()),
    ("Updated 14:45 — £2bn", "GBP 2000000000", ("default-currency", "short-scale")),
    ("Etap 3 – €200 mln", "EUR 200000000", ()),
    ("Tranche 2 — CHF 40 Mio.", "CHF 40000000", ()),
    ("Lot 7 – US$12m", "USD 12000000", ()),
    ("Статья 5 – $2 млрд", "USD 2000000000", ("dollar-usd",)),
    ("Paket 4 - EUR 1,2 Mrd.", "EUR 1200000000", ()),
    ("Stand 09:15 – 3,5 Mrd. €", "EUR 3500000000", ()),
    ("à 10:30 – 5 millions d'euros", "EUR 5000000", ()),
    ("o 11:45 - 300 mln zł", "PLN 300000000", ()),
]


@pytest.mark.parametrize(("text", "expected", "assumed"), LABEL_THEN_AMOUNT)
def test_a_bare_number_before_a_dash_is_no_range_low_end(text, expected, assumed):
    mentions = extract_amounts(text)
    assert [str(m.amount) for m in mentions] == [expected]
    assert mentions[0].assumptions == assumed
    assert "range-reordered" not in mentions[0].assumptions
    assert str(parse_amount(text)) == expected


REAL_RANGES = [  # the currency on the low end, written once, or joined by words: ranges still
    ("€2–5 million", "EUR 2000000-5000000"),
    ("€2m–€5m", "EUR 2000000-5000000"),
    ("$1-$2 billion", "USD 1000000000-2000000000"),
    ("2–5 million euros", "EUR 2000000-5000000"),
    ("5 bis 10 Mio. €", "EUR 5000000-10000000"),
    ("€2 – €5 million", "EUR 2000000-5000000"),
    ("between 2 and €5 million", "EUR 2000000-5000000"),
    ("2 to $5 million", "USD 2000000-5000000"),
    ("zwischen 2 und 3 Mrd. €", "EUR 2000000000-3000000000"),
    ("od 2 do 3 mln zł", "PLN 2000000-3000000"),
    ("2–3 млн грн", "UAH 2000000-3000000"),
    ("€9–6 million", "EUR 6000000-9000000"),
    ("EUR 2m – EUR 5m", "EUR 2000000-5000000"),
]


@pytest.mark.parametrize(("text", "expected"), REAL_RANGES)
def test_real_ranges_stay_ranges(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]


# --- 2. a scale word before the currency, the number after ---------------------------------------

SCALE_THEN_CURRENCY = [  # (text, the amounts read)
    ("Mio. € 5,2", ["EUR 5200000"]),
    ("mln USD 5", ["USD 5000000"]),
    ("bn USD 5", ["USD 5000000000"]),
    ("млн грн 500", ["UAH 500000000"]),
    ("Mrd. € 2,5", ["EUR 2500000000"]),
    ("Mio. EUR 5,2", ["EUR 5200000"]),
    ("mln zł 40", ["PLN 40000000"]),
    ("tys. zł 500", ["PLN 500000"]),
    ("Mio. CHF 12,5 für Schulen", ["CHF 12500000"]),
    ("miliardy Kč 3", ["CZK 3000000000"]),
    ("Mio. € 1,5–2", ["EUR 1500000-2000000"]),
    ("млрд доларів 2", []),  # a name after the scale leads no number: refused, as before
    # the glued forms, as before
    ("Mio.€ 5", ["EUR 5000000"]),
    ("M€ 5", ["EUR 5000000"]),
    ("Mds€ 2", ["EUR 2000000000"]),
    # a number before the glued unit too: the number after takes it
    ("In 2024 M€ 5 were spent.", ["EUR 5000000"]),
    ("Année 2023 Mds€ 2,1", ["EUR 2100000000"]),
    ("Exercice 2024 k€ 500", ["EUR 500000"]),
    ("Haushalt 2025 Mio€ 3 für Kyjiw", ["EUR 3000000"]),
    ("2 M€ 5", ["EUR 5000000"]),
    # ... unless it is a year and the one before is not, or the unit is glued to the first
    ("5 M€ 2024", ["EUR 5000000"]),
    ("5M€ 3", ["EUR 5000000"]),
    # set apart, a number before the scale keeps it
    ("5 Mio. € 3", ["EUR 5000000"]),
    ("2024 M€", ["EUR 2024000000"]),
    # the end of a longer word is no scale word of its own
    ("अक्टूबर 2014 में कॉयल की कुल संपत्ति £ 8.10 मिलियन आंकी गई थी।", ["GBP 8.1"]),
]


@pytest.mark.parametrize(("text", "want"), SCALE_THEN_CURRENCY)
def test_a_scale_before_the_currency_scales_the_number_after(text, want):
    assert [str(m.amount) for m in extract_amounts(text)] == want


@pytest.mark.parametrize("text", ["Mio. € 5 Mrd", "mln USD 5 bn", "Mrd. € 2,5 Mio."])
def test_a_spaced_scale_before_and_another_after_the_number_is_refused(text):
    with pytest.raises(ParseError, match="writes a scale before the currency"):
        parse_amount(text)


# --- 3. number words ----------------------------------------------------------------------------

SPELLED_READ = [  # (text, lang, the value read)
    ("one point five billion dollars", None, "1500000000"),
    ("two point three million euros", None, "2300000"),
    ("two point three five million euros", None, "2350000"),
    ("zero point five billion dollars", None, "500000000"),
    ("twenty-one point five million pounds", None, "21500000"),
    ("The fund holds one point two billion euros.", "en", "1200000000"),
    ("a million and a half dollars", None, "1500000"),
    ("a billion and a half euros", None, "1500000000"),
    ("two million and a half euros", None, "2500000"),
    ("one and a half billion euros", None, "1500000000"),
    ("a quarter-billion dollars", None, "250000000"),
    ("a half-billion dollars", None, "500000000"),
    ("a quarter of a billion dollars", None, "250000000"),
    ("three quarters of a billion dollars", None, "750000000"),
]


@pytest.mark.parametrize(("text", "lang", "value"), SPELLED_READ)
def test_spelled_decimals_and_halves_are_read_whole(text, lang, value):
    mentions = extract_amounts(text, lang=lang)
    assert [str(m.amount.value) for m in mentions] == [value]
    assert parse_amount(text, lang=lang).value == parse_amount(value + " EUR").value


DECIMAL_WORDS_REFUSED = [  # (text, lang): the part after the mark read alone lost the count
    ("uno virgola cinque miliardi di euro", "it"),
    ("dos coma cinco millones de euros", "es"),
    ("zwei Komma fünf Milliarden Euro", "de"),
    ("deux virgule cinq milliards d'euros", "fr"),
    ("iki virgül beş milyar dolar", "tr"),
    ("två komma fem miljarder kronor", "sv"),
    ("to komma fem milliarder kroner", "nb"),
    ("kaksi pilkku viisi miljardia euroa", "fi"),
    ("doi virgulă cinci miliarde de euro", "ro"),
    ("dvě celá pět miliardy korun", "cs"),
    ("dois vírgula cinco mil milhões de euros", "pt"),
    ("twee komma vijf miljard euro", "nl"),
    ("dwa przecinek pięć miliarda złotych", "pl"),
    ("1 point 5 billion dollars", "en"),
    ("a billion point five dollars", "en"),
    ("at one point 5 million euros were paid", "en"),
]


@pytest.mark.parametrize(("text", "lang"), DECIMAL_WORDS_REFUSED)
@pytest.mark.parametrize("given", [True, False])
def test_a_decimal_written_as_a_word_is_refused_not_cut(text, lang, given):
    lang = lang if given else None
    assert extract_amounts(text, lang=lang) == []
    with pytest.raises(ParseError, match="writes a decimal in words"):
        parse_amount(text, lang=lang)


FRACTIONS_REFUSED = [
    "a third of a billion dollars",
    "two-thirds of a billion dollars",
    "two thirds of a billion dollars",
    "a fifth of a billion euros",
    "ein Drittel einer Milliarde Euro",
    "zwei Drittel einer Milliarde Euro",
    "ein Viertel einer Milliarde Euro",
    "die Hälfte einer Milliarde Euro",
    "een derde van een miljard euro",
    "un tercio de mil millones de euros",
    "en tredjedel av en miljard kronor",
    "un tiers d'un milliard d'euros",
    "un tiers d’un milliard d’euros",
]


@pytest.mark.parametrize("text", FRACTIONS_REFUSED)
def test_a_fraction_that_is_not_read_is_refused_not_dropped(text):
    assert extract_amounts(text) == []
    with pytest.raises(ParseError, match="is a fraction in words"):
        parse_amount(text)


def test_digits_after_a_fraction_are_the_base_the_text_names():
    assert str(parse_amount("a third of $3 billion")) == "USD 3000000000"


def test_point_is_read_only_before_digit_words():
    assert read_number_words(["one", "point", "five"]) == (Decimal("1.5"), 3)
    assert read_number_words(["one", "point", "twenty"]) == (1, 1)  # not a digit: stops
    assert read_number_words(["a", "billion", "point", "five"])[1] == 2  # not after a magnitude
