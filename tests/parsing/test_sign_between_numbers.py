"""A currency sign or code set apart between two numbers belongs to one of them, decided by
evidence, never to the number it meets first (issue 9, trialfixa17; docs/parsing.md, the
sign between two numbers): a year on one side is no amount, a currency after the number after
leaves the sign to the number before, a scale word or decimal part binds the sign to its
number, the text's own placement of that sign elsewhere decides next, and when nothing
decides the reading is refused with both numbers named."""

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount

# (text, lang, the amount read, the piece it spans): the same reading for parse_amount and
# extract_amounts, and the number the sign is not given to left unread
NUMBER_AFTER = [
    # a year before the sign (with or without a date before it)
    (
        "Nederland stelde op 12 maart 2024 € 7,25 miljoen beschikbaar.",
        "nl",
        "EUR 7250000",
        "€ 7,25 miljoen",
    ),
    ("Bis Ende 2023 € 40 Millionen für Minenräumung.", "de", "EUR 40000000", "€ 40 Millionen"),
    ("Depuis 2022 EUR 12 millions ont été engagés.", "fr", "EUR 12000000", "EUR 12 millions"),
    ("Over 2026 USD 8 million would follow.", "en", "USD 8000000", "USD 8 million"),
    ("Nel 2023 € 15 milioni per gli ospedali.", "it", "EUR 15000000", "€ 15 milioni"),
    ("En 2025 US$ 6 millones para vivienda.", "es", "USD 6000000", "US$ 6 millones"),
    ("W 2026 zł 30 mln trafi do szpitali.", "pl", "PLN 30000000", "zł 30 mln"),
    ("V roce 2024 Kč 250 mil. pro nemocnice.", "cs", "CZK 250000000", "Kč 250 mil."),
    ("У 2025 грн 75 млн на ремонт шкіл.", "uk", "UAH 75000000", "грн 75 млн"),
    # no year: a scale word or a decimal part on the number after only
    ("Paragraph 7 € 9 million for water.", "en", "EUR 9000000", "€ 9 million"),
    ("Punkt 4 EUR 2,75 pro Kopf", "de", "EUR 2.75", "EUR 2,75"),
    ("Lot 3 $ 1.5 billion in loans.", "en", "USD 1500000000", "$ 1.5 billion"),
]

NUMBER_BEFORE = [
    # a year after the sign, or a scale or decimal part on the number before only
    ("3,5 € 2025 voor Soedan", "nl", "EUR 3.5", "3,5 €"),
    ("8 Mio. € 4 Schulen", "de", "EUR 8000000", "8 Mio. €"),
    ("40 mln zł 3 szpitale", "pl", "PLN 40000000", "40 mln zł"),
    # a number of one or two digits after is cents
    ("Le ticket coûte 12 € 50.", "fr", "EUR 12.5", "12 € 50"),
]

REFUSED = [
    # nothing decides: both bare, or both marked alike, and the sign nowhere else
    ("Artikel 14 € 600 für Schulen", "de", "14", "600"),
    ("Lot 21 $ 350 was paid.", "en", "21", "350"),
    ("Pozycja 9 zł 450 za sprzęt", "pl", "9", "450"),
    ("6 Mio. € 3 Mio. wurden genannt", "de", "6 Mio.", "3 Mio"),
    ("2024 € 2025", None, "2024", "2025"),
    # a number before of an amount's size against a scaled number after
    ("Dali 1 500 000 Kč 2 mld. později", "cs", "1 500 000", "2 mld."),
    ("Lot 1,250 $ 3 million", "en", "1,250", "3 million"),
]


@pytest.mark.parametrize(("text", "lang", "read", "piece"), NUMBER_AFTER + NUMBER_BEFORE)
def test_the_sign_goes_to_the_number_the_evidence_names(text, lang, read, piece):
    assert str(parse_amount(text, lang=lang)) == read
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == [read], found
    assert text[found[0].start : found[0].end] == piece
    assert str(parse_amount(piece, lang=lang)) == read  # the piece reads alone the same


@pytest.mark.parametrize(("text", "lang", "before", "after"), REFUSED)
def test_a_sign_nothing_decides_is_refused_naming_both_numbers(text, lang, before, after):
    with pytest.raises(ParseError, match="stands between the numbers") as refused:
        parse_amount(text, lang=lang)
    assert f"numbers {before} and {after}" in str(refused.value)
    assert extract_amounts(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the text writes the sign before its numbers elsewhere: the number after takes it
        ("Seite 12 € 500. Dazu kamen € 300 für Schulen.", ["EUR 500", "EUR 300"]),
        # ... or after them: the number before
        ("Posten 40 € 15 Stück. Dazu kamen 300 € für Schulen.", ["EUR 40", "EUR 300"]),
        # the number after has a currency of its own: each sign is its number's
        ("7 € 9 € 11 €", ["EUR 7", "EUR 9", "EUR 11"]),
        ("69 TL 41.90 TL", ["69 TRY", "41.9 TRY"]),  # TRY may be "try": written after
    ],
)
def test_the_texts_own_placement_of_the_sign_decides(text, read):
    assert [str(m.amount) for m in extract_amounts(text, lang="de")] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("€ 3,5 miljoen", "EUR 3500000"),  # the sign alone before its number
        ("In 2024 €5 million", "EUR 5000000"),  # glued to the number after
        ("3,5€ 2025", "EUR 3.5"),  # glued to the number before
        ("Dali 1 500 Kč. 2 mld. přišlo později.", "CZK 1500"),  # its stop may end a sentence
        ("2025 5 mln zł", "PLN 5000000"),  # the sign after both
        ("EUR 5 million USD 6 million", "EUR 5000000"),  # the number before has its own
    ],
)
def test_a_sign_glued_or_not_between_two_numbers_reads_as_before(text, read):
    assert str(parse_amount(text)) == read


# a sign or code glued to both numbers is weighed the same way (probe 23: "2024€5m" read EUR
# 2,024 and lost the 5 million, silently)
GLUED_TO_BOTH = [
    ("In 2024€5m went to Kyiv.", None, "EUR 5000000", "€5m"),
    ("FY2025$3bn for reconstruction", "en", "USD 3000000000", "$3bn"),
    ("Seit 2023€40 Mio. für Schulen", "de", "EUR 40000000", "€40 Mio."),
    ("W 2024PLN30 mln na szpitale", "pl", "PLN 30000000", "PLN30 mln"),
    ("En 2025EUR12 millions engagés", "fr", "EUR 12000000", "EUR12 millions"),
    ("Le ticket coûte 12€50.", "fr", "EUR 12.5", "12€50"),
    # glued to a year before it only, a scaled number after it: the number after's (probe 23b)
    ("In 2024€ 5m went to Kyiv.", "en", "EUR 5000000", "€ 5m"),
    ("Im Jahr 2024€ 5 Mio. für Schulen", "de", "EUR 5000000", "€ 5 Mio."),
]


@pytest.mark.parametrize(("text", "lang", "read", "piece"), GLUED_TO_BOTH)
def test_a_sign_glued_to_both_numbers_goes_to_the_one_the_evidence_names(text, lang, read, piece):
    for given in (None, lang):
        assert str(parse_amount(text, lang=given)) == read
        found = extract_amounts(text, lang=given)
        assert [str(m.amount) for m in found] == [read], found
        assert text[found[0].start : found[0].end] == piece


def test_a_sign_glued_to_both_bare_numbers_nothing_decides_is_refused():
    with pytest.raises(ParseError, match="stands between the numbers"):
        parse_amount("Lot 21$350 was paid.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a sign glued between the units and two digits: cents, wherever the clause goes on
        # (probe 23b: "3€50 et 9€90" read EUR 3, the cents lost)
        ("Le ticket coûte 3€50 et 9€90", ["EUR 3.5", "EUR 9.9"]),
        ("Il paie 3€50 puis 2€", ["EUR 3.5", "EUR 2"]),
        ("Sold for 12$50 each", ["USD 12.5"]),
        # the digits with a sign or a unit of their own glued after them are no cents
        ("5€10€", ["EUR 5", "EUR 10"]),
        ("50元6角三分", ["CNY 50"]),
    ],
)
def test_a_sign_glued_between_units_and_two_digits_reads_cents(text, read):
    assert [str(m.amount) for m in extract_amounts(text)] == read
