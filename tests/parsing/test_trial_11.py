"""Parser faults a new-user trial found (issue 11, oldmoney11), each kind with forms in several
languages: the Dutch "à" between numbers, the Portuguese "mM" (mil milhões), a qualifier of
another language or an acronym in capitals ("AB", the EU in Turkish), and the withdrawn
currencies of the country and the year a text names."""

from decimal import Decimal

import pytest

from aidcalc import convert, extract_amounts, parse_amount
from aidcalc.errors import ParseError
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.plain import plain_amount


def _read(text: str, lang: str | None = None) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text, lang=lang)]


def _both(text: str, lang: str | None = None) -> tuple[str, list[str]]:
    return str(parse_amount(text, lang=lang)), _read(text, lang)


# 1. "à" between two numbers joins a range in Dutch as in French, with scales and currencies
# before and after, in both modes (parse and extract) and with lang given or not
A_RANGES = [
    ("Het gaat om € 2 à 3 miljard.", "EUR 2000000000-3000000000"),
    ("Het kabinet trekt 2 à 3 miljard euro uit.", "EUR 2000000000-3000000000"),
    ("Nederland geeft € 2 à € 3 miljoen.", "EUR 2000000-3000000"),
    ("Er gaat 200 à 300 miljoen euro naar Oekraïne.", "EUR 200000000-300000000"),
    ("De steun bedraagt 1,5 à 2 miljard euro.", "EUR 1500000000-2000000000"),
    ("België trekt 40 à 50 miljoen euro uit.", "EUR 40000000-50000000"),
    ("La France donnera 2 à 3 milliards d'euros.", "EUR 2000000000-3000000000"),
    ("Il faudra 2 à 3 milliards €.", "EUR 2000000000-3000000000"),
    ("Le coût: 300 à 400 millions d'euros.", "EUR 300000000-400000000"),
]


@pytest.mark.parametrize(("text", "expected"), A_RANGES)
def test_a_between_numbers_is_a_range_in_both_modes(text, expected):
    assert _both(text) == (expected, [expected])


@pytest.mark.parametrize(("text", "expected"), A_RANGES[:6])
def test_a_range_with_lang_nl(text, expected):
    assert _both(text, "nl") == (expected, [expected])


PRICE_EACH = [  # "à" before a top that writes its sign first: the price of each, no range
    ("Nederland koopt 50 à € 2 miljoen per stuk.", "EUR 2000000"),
    ("Ze kochten 3 à € 5,50.", "EUR 5.5"),
    ("Il a acheté 3 lots à € 5 000 pièce.", "EUR 5000"),
    ("Er komen 12 tanks à 4 miljoen euro.", "EUR 4000000"),  # a noun between: no range
]


@pytest.mark.parametrize(("text", "expected"), PRICE_EACH)
def test_a_before_a_sign_is_a_price_each(text, expected):
    assert _read(text) == [expected]


def test_the_other_range_words_are_unchanged():
    assert _read("Het kabinet trekt 2 tot 3 miljard euro uit.") == ["EUR 2000000000-3000000000"]
    assert _read("€ 2 bis 3 Mrd") == ["EUR 2000000000-3000000000"]


def test_the_pledge_path_reads_the_range_as_parsing_does():
    from aidcalc import extract_pledges

    frame = extract_pledges("Nederland trekt 2 à 3 miljard euro uit voor Oekraïne.", lang="nl")
    assert frame["value"].tolist() == [2e9]
    assert frame["high"].tolist() == [3e9]


# 2. "mM" as written is the Portuguese 10^9 (CLDR pt_PT), never the English "MM"
MM = [
    ("O Governo português vai enviar 2,5 mM€ à Ucrânia.", "EUR 2500000000"),
    ("Portugal dá 1,2 mM EUR.", "EUR 1200000000"),
    ("Foram 3 mM$ em ajuda.", "USD 3000000000"),
    ("A ajuda soma 2,5 mM de euros.", "EUR 2500000000"),
    ("Lisboa promete mM€ 1,5.", "EUR 1500000000"),
    ("Portugal vai dar 2 a 3 mM€.", "EUR 2000000000-3000000000"),
    ("O pacote vale 2,5 mil M€.", "EUR 2500000000"),
    ("El Gobierno enviará 2,5 mil M€ a Ucrania.", "EUR 2500000000"),
]


@pytest.mark.parametrize(("text", "expected"), MM)
def test_mM_is_a_thousand_million_with_no_assumption(text, expected):
    mentions = extract_amounts(text)
    assert [str(m.amount) for m in mentions] == [expected]
    assert "short-scale" not in mentions[0].assumptions
    assert str(parse_amount(text)) == expected


@pytest.mark.parametrize("lang", ["pt", "es", None])
def test_mM_with_any_lang(lang):
    assert str(parse_amount("2,5 mM€", lang=lang)) == "EUR 2500000000"


@pytest.mark.parametrize("text", ["The fund holds $5MM.", "The fund holds $5mm in cash."])
def test_the_english_MM_stays_a_million(text):
    assert _read(text) == ["USD 5000000"]


# 3. a qualifier only in its language; a short one in capitals is an acronym
NOT_QUALIFIED = [
    ("AB 3 milyar avro yardım yapacak.", "EUR 3000000000"),
    ("AB 2 milyar dolar verdi.", "USD 2000000000"),
    ("Hükümet ab 3 milyar avro yardım yapacak.", "EUR 3000000000"),
    ("ab 5 miljoner kronor", "SEK 5000000"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_QUALIFIED)
def test_a_foreign_or_acronym_qualifier_bounds_nothing(text, expected):
    assert _both(text) == (expected, [expected])


QUALIFIED = [
    ("ab 3 Milliarden Euro", "over EUR 3000000000"),
    ("Die Hilfe liegt ab 3 Mrd. Euro.", "over EUR 3000000000"),
    ("Über 5 Milliarden Dollar", "over USD 5000000000"),
    ("Plus de 5 milliards d'euros.", "over EUR 5000000000"),
    ("rund 2,8 Mrd. Euro", "approx EUR 2800000000"),
    ("UP TO €5m", "up to EUR 5000000"),
    ("AB 5 MRD EURO", "over EUR 5000000000"),  # shouting: the German word in capitals
    (
        "Los fondos tenían en efectivo alrededor de $ 2 bilhões de los ahorros.",
        "approx USD 2000000000",
    ),  # a Spanish sentence: its own qualifier, whatever the scale word's language
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_a_qualifier_of_the_amounts_language_stays(text, expected):
    assert _read(text) == [expected]
    assert str(parse_amount(text)) == expected


def test_the_plain_path_declines_a_foreign_qualifier():
    assert plain_amount(Reader("AB 3 milyar avro yardım yapacak.", None, None)) is None
    assert str(plain_amount(Reader("ab 3 Milliarden Euro", None, None))) == "over EUR 3000000000"


# 4. withdrawn currencies by the country and the year the text names
WITHDRAWN = [
    ("En 2001, la France a versé 50 millions de francs au Kosovo.", "FRF 50000000"),
    ("La Belgique a versé 200 millions de francs.", "BEF 200000000"),
    ("Le Luxembourg a donné 500 millions de francs en 1998.", "LUF 500000000"),
    ("L'Italia ha dato 500 miliardi di lire.", "ITL 500000000000"),
    ("Nel 1995 l'Italia ha dato 500 miliardi di lire.", "ITL 500000000000"),
    ("Österreich gab 10 Millionen Schilling.", "ATS 10000000"),
    ("L'Autriche a versé 10 millions de schillings.", "ATS 10000000"),
    ("Η Ελλάδα έδωσε 1 δισ. δραχμές.", "GRD 1000000000"),
    ("Το 1998 η Ελλάδα έδωσε 500 εκατ. δραχμών.", "GRD 500000000"),
    ("Slovensko dalo 100 mil. Sk.", "SKK 100000000"),
    ("Türkiye 2003 yılında 500 trilyon TL verdi.", "TRL 500000000000000"),
    ("Türkiye 2003 yılında 500 trilyon lira verdi.", "TRL 500000000000000"),
    ("România a dat în 2003 50 miliarde lei.", "ROL 50000000000"),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWN)
def test_the_named_countrys_withdrawn_currency(text, expected):
    assert _both(text) == (expected, [expected])


IN_USE = [  # the country's currency in use, or a year after the old one's end
    ("La Suisse a versé 50 millions de francs.", "CHF 50000000"),
    ("Le Rwanda a reçu 500 millions de francs.", "RWF 500000000"),
    ("Kenya received 10 million shillings.", "10000000 KES"),
    ("Türkiye 2023 yılında 500 milyar TL verdi.", "500000000000 TRY"),
    ("Türkiye 500 milyar TL verdi.", "500000000000 TRY"),
    ("România a dat în 2023 50 milioane lei.", "RON 50000000"),
    ("La Côte d'Ivoire mobilise 2 milliards de F CFA", "XOF 2000000000"),
]


@pytest.mark.parametrize(("text", "expected"), IN_USE)
def test_a_currency_in_use_stays(text, expected):
    assert _read(text) == [expected]


AFTER_THE_END = [  # refused, naming the withdrawn one among the candidates
    ("En 2010, la France a versé 50 millions de francs.", "FRF"),
    ("Nel 2010 l'Italia ha dato 500 miliardi di lire.", "ITL"),
    ("Österreich gab 2015 10 Millionen Schilling.", "ATS"),
    ("Türkiye 2005 yılında 5 milyon TL verdi.", "TRL"),  # both were money in 2005
]


@pytest.mark.parametrize(("text", "code"), AFTER_THE_END)
def test_a_year_after_the_end_refuses_naming_it(text, code):
    assert _read(text) == []
    with pytest.raises(ParseError, match=code):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("En 2001, la France a versé 50 millions de francs.", "6.55957"),
        ("La Belgique a versé 200 millions de francs.", "40.3399"),
        ("L'Italia ha dato 500 miliardi di lire.", "1936.27"),
        ("Österreich gab 10 Millionen Schilling.", "13.7603"),
        ("Η Ελλάδα έδωσε 1 δισ. δραχμές.", "340.750"),
    ],
)
def test_withdrawn_currencies_convert_at_their_legal_rate(text, rate):
    result = convert(text, "EUR", on="2001-06-01")
    assert rate in result.source
    value = parse_amount(text).value
    assert abs(result.amount.value - value / Decimal(rate)) < 1


# found on the way: a bare year after an amount with its own scale and currency is its end
# date, never the top of a range (it read "€5bn to 2027" as 5 to 2027 billion)
YEAR_AFTER = [
    ("It is €5bn to 2027.", "EUR 5000000000"),
    ("Das Paket umfasst 5 Mrd. Euro bis 2027.", "EUR 5000000000"),
    ("O pacote é de 1,2 mil milhões de euros até 2027.", "EUR 1200000000"),
    ("Lisboa estima que o pacote total seja de 1,2 mM EUR até 2027.", "EUR 1200000000"),
    ("Wsparcie wyniesie 3 mld zł do 2026 roku.", "PLN 3000000000"),
    ("De steun is € 2 à 3 miljard tot 2027.", "EUR 2000000000-3000000000"),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_AFTER)
def test_a_year_after_a_scaled_amount_is_no_range_top(text, expected):
    assert _both(text) == (expected, [expected])


def test_a_scaled_top_after_a_scaled_amount_stays_a_range():
    assert _read("€5 million to 2000 million") == ["EUR 5000000-2000000000"]


@pytest.mark.parametrize(
    "text",
    ["AB 3 milyar avro", "AB 5 Mrd. Euro", "ab 5 miljoner kronor", "alespoň 1 234,56 bn. грн"],
)
def test_the_word_tier_leaves_a_foreign_or_acronym_qualifier_to_the_grammar(text):
    from aidcalc.parsing.spaced import word_amount

    assert word_amount(text) is None
    assert [str(m.amount) for m in extract_amounts(text)] == [str(parse_amount(text))]
