"""Silent parser faults of issue 12 (parser12): a scale word whose power changed with the
currency's place, withdrawn currencies read for a date after their withdrawal, and the
falsifying examples the property tests found outside the CI profile."""

from __future__ import annotations

import datetime

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing import ASSUMPTIONS

# ------------------------------------------------ 1. the currency's place and the scale
# (currency first, currency after): both read the same value. Czech, Slovak, Croatian,
# Romanian "mil." is a million; Spanish and Portuguese "mil" a thousand; the others one power.
BOTH_ORDERS = [
    ("Česko dalo Ukrajině CZK 800 mil.", "Česko dalo Ukrajině 800 mil. CZK", "800000000"),
    (
        "Slovensko poslalo Ukrajine EUR 40 mil.",
        "Slovensko poslalo Ukrajine 40 mil. EUR",
        "40000000",
    ),
    ("Hrvatska je Ukrajini dala EUR 30 mil.", "Hrvatska je Ukrajini dala 30 mil. EUR", "30000000"),
    ("România a oferit Ucrainei RON 50 mil.", "România a oferit Ucrainei 50 mil. RON", "50000000"),
    (
        "El gobierno entregó a Ucrania USD 5 mil.",
        "El gobierno entregó a Ucrania 5 mil USD.",
        "5000",
    ),
    ("CZK 800 mil.", "800 mil. CZK", "800000000"),
    ("EUR 80 mil.", "80 mil. eur", "80000000"),
    ("USD 5 mil.", "5 mil. USD", "5000000"),
    # "mil" that nothing decides: the million "mil." is at a sentence end (session 16)
    ("EUR 5 mil", "5 mil EUR", "5000000"),
    ("USD 5 mil", "5 mil USD", "5000000"),
    ("EUR 5 bn.", "5 bn. EUR", "5000000000"),
    ("The EU pledged EUR 5 bn.", "The EU pledged 5 bn. EUR", "5000000000"),
    ("EUR 5 bn", "5 bn EUR", "5000000000"),
    ("UAH 2 bln.", "2 bln. UAH", "2000000000"),
    ("EUR 3 bil.", "3 bil. EUR", "3000000000"),
    ("PLN 5 mld.", "5 mld. PLN", "5000000000"),
    ("PLN 5 mln.", "5 mln. PLN", "5000000"),
    ("PLN 500 tys.", "500 tys. PLN", "500000"),
    ("UAH 500 тис.", "500 тис. UAH", "500000"),
    ("UAH 5 млн.", "5 млн. UAH", "5000000"),
    ("UAH 5 млрд.", "5 млрд. UAH", "5000000000"),
    ("EUR 5 Mio.", "5 Mio. EUR", "5000000"),
    ("EUR 5 Mrd.", "5 Mrd. EUR", "5000000000"),
    ("EUR 5 mio.", "5 mio. EUR", "5000000"),
    ("EUR 5 mld.", "5 mld. EUR", "5000000000"),
    ("EUR 5 mlrd.", "5 mlrd. EUR", "5000000000"),
    ("CZK 500 tis.", "500 tis. CZK", "500000"),
    ("NOK 5 mill.", "5 mill. NOK", "5000000"),
    ("EUR 5 mds.", "5 mds. EUR", "5000000000"),
    ("EUR 5 mn", "5 mn EUR", "5000000"),
    ("EUR 5m", "5m EUR", "5000000"),
    ("EUR 5k", "5k EUR", "5000"),
    ("UAH 5 млн", "5 млн UAH", "5000000"),
]


@pytest.mark.parametrize(("first", "after", "value"), BOTH_ORDERS)
def test_the_currencys_place_never_changes_the_scale(first, after, value):
    read = [extract_amounts(text) for text in (first, after)]
    assert [len(mentions) for mentions in read] == [1, 1], read
    assert [str(m[0].amount.value) for m in read] == [value, value], read


# a sentence-end "mil." that nothing decides says so; one the words decide does not
FLAGGED_AT_THE_END = [
    ("CZK 800 mil.", "CZK 800000000", ("scale-default",)),
    ("EUR 80 mil.", "EUR 80000000", ("scale-default",)),
    ("The US gave Ukraine USD 5 mil.", "USD 5000000", ("scale-default",)),
    ("Česko dalo Ukrajině CZK 800 mil.", "CZK 800000000", ()),
    ("Kč 800 mil.", "CZK 800000000", ()),  # the Czech sign tells the Czech million
    # Spanish: a thousand, but Spanish only ties Romanian and Czech (whose "mil" is a million)
    # on these few words: a weak guess, recorded (session 12 trial, parser12b item 8)
    ("El gobierno entregó a Ucrania USD 5 mil.", "USD 5000", ("scale-default",)),
    ("Suomi antoi 5 t. euroa.", "EUR 5000", ()),
]


@pytest.mark.parametrize(("text", "amount", "assumptions"), FLAGGED_AT_THE_END)
def test_a_dotted_scale_at_a_sentence_end_says_what_it_assumed(text, amount, assumptions):
    mentions = extract_amounts(text)
    assert [(str(m.amount), m.assumptions) for m in mentions] == [(amount, assumptions)]
    if assumptions:
        with pytest.raises(ParseError):
            parse_amount(text, strict=True)


def test_a_single_letter_keeps_its_bare_power_at_a_sentence_end():
    assert str(parse_amount("Its GDP is $2.174T.")) == "USD 2174000000000"
    assert str(parse_amount("Germany's fund holds €5T. 3 more are rumoured.")) == (
        "EUR 5000000000000"
    )


# a value read for a list item or a borrowed scale keeps the doubt of its reading
LISTS = [
    # "mil" that nothing decides reads as "mil." at a sentence end does (session 16)
    ("EUR 5 and 8 mil", ["EUR 5000000", "EUR 8000000"]),
    ("$5 and $8 mil", ["USD 5000000", "USD 8000000"]),
    ("EUR 5 and 8 mil.", ["EUR 5000000", "EUR 8000000"]),
    ("5 and 8 mil euros", ["EUR 5000", "EUR 8000"]),
]


@pytest.mark.parametrize(("text", "amounts"), LISTS)
def test_a_list_item_keeps_the_scale_default_of_its_reading(text, amounts):
    mentions = extract_amounts(text)
    assert [str(m.amount) for m in mentions] == amounts
    for mention in mentions:
        assert "scale-default" in mention.assumptions, (text, mention)


def test_the_pledge_rows_keep_the_scale_default():
    from aidcalc.news.candidates import pledge_candidates

    published = datetime.date(2025, 3, 1)
    for text, value in [
        ("The Czech Republic gave Ukraine CZK 800 mil.", 800e6),
        ("Spain gave Ukraine EUR 5 and 8 mil.", 5e6),
        ("Romania gave Ukraine EUR 80 mil.", 80e6),
    ]:
        row = pledge_candidates(text, published=published)[0]
        assert row["value"] == value, text
        assert "scale-default" in row["assumptions"], text


# ------------------------------------------------ 2. withdrawn currencies and the date
WITHDRAWN_REFUSED = [
    ("Portugal deu 500 mil escudos em 2010.", "PTE", "2010", "2002"),
    ("En 2005, la France a versé 50 millions de francs.", "FRF", "2005", "2002"),
    ("Nel 2010 l'Italia ha dato 500 miliardi di lire.", "ITL", "2010", "2002"),
]


@pytest.mark.parametrize(("text", "code", "year", "end"), WITHDRAWN_REFUSED)
def test_a_shared_name_of_a_withdrawn_currency_after_its_end_is_refused(text, code, year, end):
    with pytest.raises(ParseError) as error:
        parse_amount(text)
    message = str(error.value)
    assert code in message and year in message and end in message, message


WITHDRAWN_READ = [
    ("Deutschland gab 2005 der Ukraine 50 Millionen DM.", "DEM 50000000", ("withdrawn-currency",)),
    (
        "Deutschland gab 2005 der Ukraine 50 Millionen D-Mark.",
        "DEM 50000000",
        ("withdrawn-currency",),
    ),
    ("In 2016 Lithuania gave 5 million litų.", "LTL 5000000", ("withdrawn-currency",)),
    ("Deutschland gab 1995 der Ukraine 50 Millionen DM.", "DEM 50000000", ()),
    ("Portugal deu 500 mil escudos em 1990.", "PTE 500000", ("country-context",)),
    ("In 2005 Germany gave DEM 50 million.", "DEM 50000000", ()),  # the code as written
    ("Türkiye 2003 yılında 500 trilyon TL harcadı.", "TRL 500000000000000", ()),
]


@pytest.mark.parametrize(("text", "amount", "assumptions"), WITHDRAWN_READ)
def test_a_withdrawn_currency_read_for_a_later_year_says_so(text, amount, assumptions):
    mentions = extract_amounts(text)
    assert [(str(m.amount), m.assumptions) for m in mentions] == [(amount, assumptions)]
    assert set(assumptions) <= set(ASSUMPTIONS)


PLEDGES_WITHDRAWN = [
    # (text, currency, status): published 2025-03-01
    ("La France a versé 50 millions de francs à l'Ukraine.", "FRF", "rejected"),
    ("Die Bundesregierung gab 2005 der Ukraine 50 Millionen DM.", "DEM", "rejected"),
    ("Die Bundesregierung gab 1995 der Ukraine 50 Millionen DM.", "DEM", "candidate"),
    ("L'Italia ha dato all'Ucraina 500 miliardi di lire.", "ITL", "rejected"),
    ("Germany gave Ukraine EUR 5 million.", "EUR", "candidate"),
]


@pytest.mark.parametrize(("text", "currency", "status"), PLEDGES_WITHDRAWN)
def test_a_pledge_in_a_currency_withdrawn_before_its_date_is_rejected(text, currency, status):
    from aidcalc.news.candidates import pledge_candidates

    rows = pledge_candidates(text, published=datetime.date(2025, 3, 1))
    assert [(row["currency"], row["status"]) for row in rows] == [(currency, status)]
    if status == "rejected":
        assert "legal tender until 2002" in rows[0]["evidence"], rows[0]["evidence"]


# ------------------------------------------------ 3. found by the property tests
# (was a strict xfail, fixed in session 15): a range must not lean on a sign another amount
# took ('1,00 – € 1,50' read 1–1.5 in its text, EUR 1.5 alone). Since trialfixa17 a sign set
# apart between two numbers goes to the one the evidence names (docs/parsing.md): to the
# decimal number after a bare one ('0 € 1,00 – € 1,50': the range 1–1.50, its own sign), to
# the number before a bare cents-sized one ('5 zł 10 – zł 20'); either way every mention reads
# alone as in its text, and the sign is in one mention only
@pytest.mark.parametrize(
    "text",
    [
        "€1.00 €1.00 0 € 1,00 – € 1,50",
        "0 € 1,00 – € 1,50",
        "10.00 € 8.00 – € 10.00",
        "5 zł 10 – zł 20",
        "3 $ 4 – $ 6",
    ],
)
def test_a_range_after_a_sign_between_two_numbers_reads_alone_as_in_its_text(text):
    found = extract_amounts(text)
    assert found
    for mention in found:
        piece = text[mention.start : mention.end]
        assert parse_amount(piece) == mention.amount, (text, piece)  # no range leans on
        # a sign another mention took
    spans = sorted((m.start, m.end) for m in found)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False)), spans
