"""Not money, read as money (issue 9, item 8 leftovers): exchange-rate statements, currency
pairs and codes glued to a small number that name a thing are no amounts, with a reason."""

import pytest

from aidcalc.errors import ParseError
from aidcalc.parsing import extract_amounts, parse_amount

CASES = [
    # exchange rates: two amounts in different currencies joined by "="
    ("(€1 = $1.09)", None, []),
    ("1 EUR = 1.08 USD", None, []),
    ("€1=$1.09", None, []),
    ("1 USD = 41,2 UAH", None, []),
    ("$1 = 0.92 euros", None, []),
    ("kurs: 1 EUR = 4,32 zł", "pl", []),
    ("at €1 = $1.09, the $5 billion is €4.6 billion", None, ["USD 5000000000", "EUR 4600000000"]),
    ("Kyiv got €50m (rate 1 EUR = 1.08 USD)", None, ["EUR 50000000"]),
    ("€5m = €5m", None, ["EUR 5000000", "EUR 5000000"]),  # one currency: no rate
    # a currency pair's quote
    ("EUR/USD 1.08", None, []),
    ("USD/UAH 41.5 today, and $2 billion in aid", None, ["USD 2000000000"]),
    # codes glued to a small number that name a thing
    ("DEM1", None, []),
    ("the USD2 tranche", None, []),
    ("a EUR3 bond series", None, []),
    # ... but amounts written so stay amounts
    ("USD5", None, ["USD 5"]),
    ("USD2bn tranche", None, ["USD 2000000000"]),
    ("EUR5m for Kyiv", None, ["EUR 5000000"]),
    ("USD10 to each family", None, ["USD 10"]),
    ("USD 2 tranche", None, ["USD 2"]),
    ("DEM 100", None, ["DEM 100"]),
    ("DEM1,000", None, ["DEM 1000"]),
    # English currency names that are ordinary words: "real" before a word, "mark" in English
    ("5 real problems", None, []),
    ("the 2 real reasons", None, []),
    ("3 real risks remain", None, []),
    ("20 real", None, ["BRL 20"]),
    ("2 million real in aid", None, ["BRL 2000000"]),
    ("custou 20 real e", "pt", ["BRL 20"]),
    # "real" before a number, or after "a" or "one" before one: the English adjective (session
    # 24: "a real 5% rise", "a real 5 million boost" read BRL 1; "in real 2020 terms" BRL 2,020)
    ("a real 5% rise", None, []),
    ("a real 5 million boost", None, []),
    ("one real 20 percent gain", None, []),
    ("in real 2020 terms", None, []),
    ("real 2020 GDP grew", None, []),
    ("costs in real 2015 dollars rose", None, []),
    ("one real", None, ["BRL 1"]),
    ("They paid 20 real, 5 more later.", None, ["BRL 20"]),
    # a sign after "a real" leads the amount; after "a real" and a comma or dash the adjective
    # stands apart; cents after "one real" are its minor units (probe 24)
    ("a real £5m boost", None, ["GBP 5000000"]),
    ("a real, €5m increase", None, ["EUR 5000000"]),
    ("a real – if modest – €5m increase", None, ["EUR 5000000"]),
    ("The coffee costs one real 50.", None, ["BRL 1.5"]),
    ("It cost a real.", None, ["BRL 1"]),
    # "sum", the Uzbek som in CLDR's English, is an English word (session 24: UZS 1)
    ("Europe got a sum that would be worth $146 billion today.", None, ["USD 146000000000"]),
    ("a sum of €5m", None, ["EUR 5000000"]),
    ("They paid 5000 sum.", None, ["UZS 5000"]),
    ("The average wage in Uzbekistan is 5 million sum per month.", None, ["UZS 5000000"]),
    # Polish "lat" is years, whatever the stop-word lists say (probe 24b: LVL 5)
    ("Polska dała 2 mln zł na 5 lat.", None, ["PLN 2000000"]),
    ("Umowa na 5 lat.", "pl", []),
    ("2 milhões de reais", None, ["BRL 2000000"]),
    ("a 10 mark", None, []),
    ("it cost 10 marks", None, []),
    ("2 million marks", None, []),
    # German texts write "Mark" for the Deutsche Mark: not the Bosnian mark without a country
    # that says so (issue 9, withdrawn namesakes; this row asserted BAM before)
    ("2 million marks", "de", []),
    # German "Mark" is marrow, a brand, or the Deutsche Mark of old: not the Bosnian mark
    # unless a scaled number stands before it (issue 9, item 3; this row read BAM 10 before)
    ("Das kostete 10 Mark.", None, []),
    ("Bosnien erhält 20 Millionen Mark.", None, []),
    ("Bosnien und Herzegowina erhält 20 Millionen Mark.", None, ["20000000 BAM"]),
    ("10 KM", None, ["10 BAM"]),
    ("50 miliona maraka", None, ["50000000 BAM"]),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), CASES)
def test_rates_pairs_and_names_are_not_amounts(text, lang, amounts):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == amounts


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("€1 = $1.09", "states an exchange rate"),
        ("1 EUR = 1.08 USD", "states an exchange rate"),
        ("the USD2 tranche", "looks like a name"),
        ("a DEM1 label", "looks like a name"),
    ],
)
def test_parse_amount_says_why(text, reason):
    with pytest.raises(ParseError, match=reason):
        parse_amount(text)
