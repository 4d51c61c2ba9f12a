"""Issue 9 item 1 (session 14): the amount's own words against the language hint. The words
that make an amount (scale word, currency name or a sign of one language, qualifier) read it in
their own language where the ``lang`` given is none of theirs, and the reading says so
(``own-language``); an English point before a scale word is a doubt the text's other numbers
decide, else ``decimal-default``. Every passage is our own."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.cli import main
from aidcalc.errors import ParseError
from aidcalc.parsing import parse_mention


def _same_in_both(text, lang):
    """The first mention of ``extract_amounts`` is ``parse_mention``'s reading."""
    m = parse_mention(text, lang=lang)
    first = extract_amounts(text, lang=lang)[0]
    assert (first.amount, first.assumptions) == (m.amount, m.assumptions)
    return m


# 1. the decimal mark: the words' language, not the hint's, with ``own-language`` recorded
OWN_MARK = [
    # (text, lang, value, currency)
    ("1.500 Millionen Euro", "en", "1500000000", "EUR"),
    ("über 1.500 Millionen Euro", "en", "1500000000", "EUR"),
    ("rund 2.250 Mio. Franken", "en", "2250000000", "CHF"),
    ("1.500 millions d'euros", "en", "1500000000", "EUR"),
    ("1.500 millones de euros", "en", "1500000000", "EUR"),
    ("1.500 milioni di euro", "en", "1500000000", "EUR"),
    ("1.500 milhões de euros", "en", "1500000000", "EUR"),
    ("2.500 mln zł", "en", "2500000000", "PLN"),  # the Polish sign tells the words' language
    ("1.500 milioane de lei", "en", "1500000000", "RON"),
    ("1.500 miljoen euro", "en", "1500000000", "EUR"),
    ("1.500 milionů korun", "en", "1500000000", "CZK"),
    ("1.500 miljoner kronor", "en", "1500000000", "SEK"),
    ("1.500 Millionen Euro", "ja", "1500000000", "EUR"),  # Japanese writes a point too
]


@pytest.mark.parametrize(("text", "lang", "value", "currency"), OWN_MARK)
def test_the_amounts_own_words_decide_its_mark_against_the_hint(text, lang, value, currency):
    m = _same_in_both(text, lang)
    assert (m.amount.value, m.amount.currency) == (D(value), currency)
    assert "own-language" in m.assumptions
    with pytest.raises(ParseError, match="own-language"):
        parse_amount(text, lang=lang, strict=True)
    # with no hint, or the words' own language as the hint, nothing is contradicted
    assert parse_amount(text).value == D(value)
    assert "own-language" not in parse_mention(text).assumptions


HINT_AGREES = [
    # the hint's language writes the same mark, or is among the words' languages
    ("1.500 Millionen Euro", "fr", "1500000000"),
    ("1.500 Millionen Euro", "de", "1500000000"),
    ("1.500 milioni di euro", "es", "1500000000"),
    ("1.500 million euros", "fr", "1500000000"),  # French words too
    # a number the currency's minor units read keeps that reading
    ("about 1.000 JPY", "es", "1000"),
    ("1.500 Euro", "en", "1500"),
]


@pytest.mark.parametrize(("text", "lang", "value"), HINT_AGREES)
def test_no_contradiction_no_own_language(text, lang, value):
    m = _same_in_both(text, lang)
    assert m.amount.value == D(value)
    assert "own-language" not in m.assumptions


ENGLISH_WORDS_UNDER_A_HINT = [
    # English is written by many who group with a point: the hint's mark stays, as a doubt
    ("about NOK 1.250 million", "nb", "1250000000"),
    ("1,500 million US dollars", "de", "1500000"),
    ("over 2.750 million euros", "nl", "2750000000"),
]


@pytest.mark.parametrize(("text", "lang", "value"), ENGLISH_WORDS_UNDER_A_HINT)
def test_english_words_under_another_hint_keep_the_hints_mark_as_a_doubt(text, lang, value):
    m = _same_in_both(text, lang)
    assert m.amount.value == D(value)
    assert "decimal-default" in m.assumptions and "own-language" not in m.assumptions


# 2. the scale word
OWN_SCALE = [
    # (text, lang, value, assumption): the hint's language does not write the word
    ("5 mil lei", "de", "5000000", "own-language"),  # Romanian: a million
    ("5 mil lei", "fr", "5000000", "own-language"),
    ("5 mil lei", "nl", "5000000", "own-language"),
    ("5 mil korun", "de", "5000000", "own-language"),  # Czech
    ("5 mil kuna", "de", "5000000", "own-language"),  # Croatian
]
SCALE_DOUBTS = [
    # the hint's press writes the word too, or its language writes it with another power: the
    # value rests on one reading, recorded
    ("5 mil euros", "en", "5000"),  # English news writes "mil" for a million
    ("5 mil lei", "en", "5000000"),
    ("5 bln zł", "en", "5000000000"),  # English "bln", the Polish bilion is 10^12
    ("5 billion lire", "en", "5000000000"),
]


@pytest.mark.parametrize(("text", "lang", "value", "assumed"), OWN_SCALE)
def test_the_amounts_own_words_decide_its_scale(text, lang, value, assumed):
    m = _same_in_both(text, lang)
    assert m.amount.value == D(value)
    assert assumed in m.assumptions


@pytest.mark.parametrize(("text", "lang", "value"), SCALE_DOUBTS)
def test_a_scale_word_both_languages_write_is_a_doubt(text, lang, value):
    m = _same_in_both(text, lang)
    assert m.amount.value == D(value)
    assert "scale-default" in m.assumptions
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang, strict=True)


NO_SCALE_DOUBT = [
    # the hint's steps read the power the amount's own words read: nothing to record
    ("5 Mrd. Euro (about $5.4 billion)", "de", ["5000000000", "5400000000"]),
    ("Die Ukraine erhält 5 Milliarden Euro.", "de", ["5000000000"]),
    ("1 bilion złotych", "pl", ["1000000000000"]),
]


@pytest.mark.parametrize(("text", "lang", "values"), NO_SCALE_DOUBT)
def test_no_doubt_where_the_words_and_the_hint_agree(text, lang, values):
    found = extract_amounts(text, lang=lang)
    assert [m.amount.value for m in found] == [D(v) for v in values]
    for m in found:
        assert not {"scale-default", "own-language"} & set(m.assumptions)


# 3. elided repeats: the link words of the amount's own language join them
ELIDED = [
    ("80 Millionen Euro für Schulen, weitere 50 Millionen für Kliniken", "EUR"),
    ("Polska przekaże 80 mln zł na szkoły, z czego 50 mln na szpitale", "PLN"),
    (
        "Le Japon donne 80 millions d'euros pour les écoles, dont 50 millions pour les cliniques",
        "EUR",
    ),
    ("Italia dà 80 milioni di euro per le scuole, di cui 50 milioni per gli ospedali", "EUR"),
    ("España aporta 80 millones de euros, de los cuales 50 millones para hospitales", "EUR"),
]


@pytest.mark.parametrize(("text", "currency"), ELIDED)
@pytest.mark.parametrize("lang", ["en", None])
def test_an_elided_repeat_joins_by_the_amounts_own_words(text, currency, lang):
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.amount.currency) for m in found] == [
        (D(80000000), currency),
        (D(50000000), currency),
    ]
    assert "shared-currency" in found[1].assumptions


# 4. the currency: a home reading needs the amount's own languages to have it as their home
REFUSED_NAMES = [
    "300 mil pesos",
    "5 millones de pesos",
    "El gobierno da 5 millones de pesos para el fondo.",
    "2 milliards de francs",
    "Elle a versé 40 millions de francs au fonds.",
]


@pytest.mark.parametrize("text", REFUSED_NAMES)
def test_a_home_of_another_language_is_refused(text):
    with pytest.raises(ParseError, match="is ambiguous"):
        parse_amount(text)
    assert extract_amounts(text) == []


HOME_KEPT = [
    # no language told by the words, or English words: the one home, recorded
    ("500 pesos", "PHP"),
    ("5 million lei", "RON"),
    ("500 francs", "CHF"),
    ("528 million francs", "CHF"),
    ("5 milioane de lei", "RON"),  # Romanian words: Romania's home
]


@pytest.mark.parametrize(("text", "currency"), HOME_KEPT)
def test_a_home_the_words_allow_is_read_and_recorded(text, currency):
    m = _same_in_both(text, None)
    assert m.amount.currency == currency
    assert "home-currency" in m.assumptions


def test_a_country_named_still_decides_spanish_pesos():
    m = parse_mention("México dio 300 mil pesos a la escuela.")
    assert m.amount.currency == "MXN"


# 5. an English point before a scale word: the text's other numbers, else a doubt
ENGLISH_POINT = [
    # (text, lang, values, doubted)
    (
        "Ukraine received 1.500 million euros from the EU in 2024, and 2.300 million euros "
        "in 2025.",
        None,
        ["1500000", "2300000"],
        True,
    ),
    ("The bank lent 1.250 billion dollars.", "en", ["1250000000"], True),
    ("The fund got 1.500 to 2.000 million euros.", None, ["1500000"], True),
    (
        "The fund got 1.500 million euros, after 1,200,000 euros last year.",
        None,
        ["1500000", "1200000"],
        False,
    ),
    (
        "The fund got 1.500 million euros, after 2,5 million euros last year.",
        None,
        ["1500000000", "2500000"],
        False,
    ),
    (
        "The fund got 1.500 million euros, after 2,5 million euros last year.",
        "en",
        ["1500000000", "2500000"],
        False,
    ),
]


@pytest.mark.parametrize(("text", "lang", "values", "doubted"), ENGLISH_POINT)
def test_an_english_point_before_a_scale_word_needs_evidence(text, lang, values, doubted):
    found = extract_amounts(text, lang=lang)
    assert [m.amount.value for m in found] == [D(v) for v in values]
    assert ("decimal-default" in found[0].assumptions) is doubted


# 6. the command line shows the code, and --strict refuses
def test_cli_parse_and_extract_show_own_language(capsys, tmp_path):
    assert main(["parse", "1.500 Millionen Euro", "--lang", "en", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["value"], record["assumptions"]) == ("1500000000", "own-language")
    assert main(["parse", "1.500 Millionen Euro", "--lang", "en", "--strict"]) == 1
    assert "own-language" in capsys.readouterr().out
    path = tmp_path / "news.txt"
    path.write_text(
        "Berlin sagte 1.500 Millionen Euro zu, weitere 200 Millionen für Minen.", encoding="utf-8"
    )
    args = ["extract", str(path), "--lang", "en", "--what", "amounts", "--format", "json"]
    assert main(args) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["value"], r["assumptions"]) for r in records] == [
        ("1500000000", "own-language"),
        ("200000000", "own-language shared-currency"),  # the repeat reads as its amount
    ]
