"""Amounts refused or dropped though readable (issue 9 items 12-17, session 18): each kind
read, or reported as left out, never lost."""

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

# A sign between two numbers that read as one value, each with no doubt about its decimal
# mark: the amount is that value whichever number the sign belongs to (docs/parsing.md)
SAME_VALUE = [
    ("205,68 € 205.68", None, "EUR 205.68", "205,68 €"),
    ("Der Preis: 1.299,00 € 1,299.00 inklusive Steuer.", "de", "EUR 1299", "1.299,00 €"),
    ("Cena 3 500,50 zł 3500.50 za sztukę", "pl", "PLN 3500.5", "3 500,50 zł"),
    ("Le billet 49,90 CHF 49.90 au guichet", "fr", "CHF 49.9", "49,90 CHF"),
    ("Lot 350 $ 350 was paid.", "en", "USD 350", "350 $"),
]
# ... and two numbers that differ stay refused, the reason naming both
NOT_SAME = [
    ("205,68 € 205.86", None),
    ("Pozycja 9,50 zł 9,05 za sprzęt", "pl"),
    ("Lot 12.75 $ 12.57 was paid.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "read", "piece"), SAME_VALUE)
def test_a_sign_between_two_equal_numbers_reads_their_value(text, lang, read, piece):
    assert str(parse_amount(text, lang=lang)) == read
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == [read]
    assert text[found[0].start : found[0].end] == piece


@pytest.mark.parametrize(("text", "lang"), NOT_SAME)
def test_a_sign_between_two_numbers_that_differ_stays_refused(text, lang):
    with pytest.raises(ParseError, match="stands between the numbers"):
        parse_amount(text, lang=lang)
    left_out = []
    assert extract_amounts(text, lang=lang, refused=left_out) == []
    assert ["stands between the numbers" in r.reason for r in left_out] == [True]


# Spelled numbers with the word for a thousand and a rest, no scale word after (issue 9 item
# 16): read whole, with or without the language, never the rest alone
SPELLED = [
    ("El club donó dos mil quinientos euros.", "es", "EUR 2500"),
    ("Se reunieron mil trescientos veinte euros.", "es", "EUR 1320"),
    ("A escola recebeu três mil e quinhentos reais.", "pt", "BRL 3500"),
    ("A junta deu dois mil e duzentos euros.", "pt", "EUR 2200"),
    ("La parrocchia ha raccolto duemilacinquecento euro.", "it", "EUR 2500"),
    ("Il comune ha dato tremila cinquecento euro.", "it", "EUR 3500"),
    ("Sono arrivati centomila euro dal fondo.", "it", "EUR 100000"),
    ("Le village a réuni deux mille cinq cents euros.", "fr", "EUR 2500"),
    ("Die Gemeinde gab zweitausendfünfhundert Euro.", "de", "EUR 2500"),
    ("De school kreeg tweeduizend vijfhonderd euro.", "nl", "EUR 2500"),
]


def test_a_catalan_hyphened_hundred_reads_with_its_language():
    text = "L'associació va aportar dos mil cinc-cents euros."
    assert [str(m.amount) for m in extract_amounts(text, lang="ca")] == ["EUR 2500"]


@pytest.mark.parametrize(("text", "lang", "read"), SPELLED)
@pytest.mark.parametrize("given", [True, False])
def test_a_spelled_thousand_and_its_rest_before_a_currency_read_whole(text, lang, read, given):
    told = lang if given else None
    found = extract_amounts(text, lang=told)
    assert [str(m.amount) for m in found] == [read]
    assert text[found[0].start : found[0].end].split()[0] in text.split()
    assert str(parse_amount(text, lang=told)) == read


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("dos mil euros", "es", "EUR 2000"),  # a round thousand: as before
        ("cinq cents euros", "fr", "EUR 500"),  # under a thousand: as before
        ("dos mil quinientos millones de euros", None, "EUR 2500000000"),  # before a scale
        ("deux milliards et trois cents millions d'euros", None, "EUR 2300000000"),
    ],
)
def test_spelled_numbers_read_before_still_read_so(text, lang, read):
    assert str(parse_amount(text, lang=lang)) == read


# A shared currency name decided by a city, emirate or region the text names (issue 9 items
# 14/15): the country it belongs to, as its name would (assumption country-context)
PLACES = [
    ("Dubai gave Dh 5 million to the appeal.", None, "AED 5000000"),
    ("Abu Dhabi pledged 20 million dirhams.", None, "AED 20000000"),
    ("Rabat a débloqué 40 millions de dirhams.", "fr", "40000000 MAD"),
    ("Casablanca collected 3 million dirhams.", None, "3000000 MAD"),
    ("Riyadh pledged SR 10 million.", None, "SAR 10000000"),
    ("Doha pledged 5 million riyals.", None, "QAR 5000000"),
    ("Oslo will add 200 million kroner.", None, "NOK 200000000"),
    ("Stockholm will give kr 50 million.", None, "SEK 50000000"),
    ("Kopenhagen stellt 50 Millionen Kronen bereit.", "de", "DKK 50000000"),
    ("Islamabad released Rs 5 billion.", None, "PKR 5000000000"),
]


@pytest.mark.parametrize(("text", "lang", "read"), PLACES)
def test_a_place_of_one_country_decides_a_shared_currency_name(text, lang, read):
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == [read]
    assert "country-context" in found[0].assumptions


@pytest.mark.parametrize(
    "text",
    [
        "Oslo and Copenhagen gave 5 million kroner.",  # two countries' places: still refused
        "Dubai and Rabat each gave Dh 5 million.",
    ],
)
def test_places_of_two_countries_leave_the_name_refused(text):
    left_out = []
    assert extract_amounts(text, refused=left_out) == []
    assert ["ambiguous" in r.reason for r in left_out] == [True]


def test_the_dollar_sign_stays_usd_whatever_place_is_named():
    assert str(parse_amount("Ottawa gave $5 million.")) == "USD 5000000"


# Forms parse_amount refuses that extraction dropped without a word (issue 9 item 13): each
# reported in ``refused=``, at the form's start
LEFT_OUT = [
    ("The fund got $5 trill last year.", "cut short", "$5 trill"),
    ("Riga gave EUR 5 to 3.", "lower one", "EUR 5 to 3"),
    ("Berlin sagte EUR -5 bis -3 zu.", "negative amount", "bis -3"),
    ("The city got €5 to 3, said the minister.", "lower one", "€5 to 3"),
    ("Bern zahlte CHF 50–30.", "lower one", "CHF 50–30"),
    ("They sent £5 thousa to the town.", "cut short", "£5 thousa"),
    ("Le fonds a reçu €1234567890123456789012345678901 millions.", "more digits", "€1"),
]


@pytest.mark.parametrize(("text", "reason", "form"), LEFT_OUT)
def test_a_refused_form_of_money_is_reported_by_extraction(text, reason, form):
    with pytest.raises(ParseError, match=reason):
        parse_amount(text)
    left_out = []
    assert extract_amounts(text, refused=left_out) == []
    assert [reason in r.reason for r in left_out] == [True]
    at = left_out[0].start
    assert text.index(form) <= at < text.index(form) + len(form)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("€5m for 24/7 support", ["EUR 5000000"]),  # the fraction after a read amount
        ("€5m 24/7", ["EUR 5000000"]),
    ],
)
def test_a_refused_number_after_an_amount_read_is_not_reported(text, read):
    left_out = []
    assert [str(m.amount) for m in extract_amounts(text, refused=left_out)] == read
    assert left_out == []


# Korean, Chinese, Japanese "more than" between a digit unit and the group unit (issue 9 item
# 15): the group's count with the qualifier over
CJK_OVER = [
    ("정부는 1억 2천여만 원을 지원했다.", "over KRW 120000000"),
    ("2천여만 원", "over KRW 20000000"),
    ("1억 2천5백여만 원", "over KRW 125000000"),
    ("5천여억 원", "over KRW 500000000000"),
    ("政府提供了1亿2千多万元。", "over CNY 120000000"),
    ("3千余万元", "over CNY 30000000"),
    ("1億2千余万円を拠出した。", "over JPY 120000000"),
    ("1億2千万円余", "over JPY 120000000"),
]


@pytest.mark.parametrize(("text", "read"), CJK_OVER)
def test_a_more_than_suffix_inside_a_digit_unit_group_reads_over(text, read):
    assert str(parse_amount(text)) == read
    assert [str(m.amount) for m in extract_amounts(text)] == [read]
