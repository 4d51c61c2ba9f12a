"""Issue 9, first law (breaker18's kinds 4, 7 and 8): grouping marks of every CLDR locale,
the sign of an amount (a minus word; accounting brackets) and the decimal mark of a language
whose regions write both marks. Every form here is written for this file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale, localedata
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing import parse_mention
from aidcalc.parsing.side_value import split_marks


def _cldr_symbols() -> tuple[set[str], set[str]]:
    """The grouping and decimal symbols of the Latin digits over every babel locale."""
    groups, decimals = set(), set()
    for identifier in localedata.locale_identifiers():
        try:
            symbols = Locale.parse(identifier).number_symbols.get("latn", {})
        except Exception:  # noqa: BLE001, S112 - a locale babel lists but cannot load
            continue
        groups.add(symbols.get("group", ","))
        decimals.add(symbols.get("decimal", "."))
    return groups - {None}, decimals - {None}


GROUPS, DECIMALS = _cldr_symbols()


def test_the_cldr_group_symbols_include_the_non_ascii_ones():
    # the set is the data's: if babel drops or adds one, the tests below follow it
    assert {"\u060c", "\u2e41", "\u00a0", "\u202f"} <= GROUPS


@pytest.mark.parametrize("group", sorted(GROUPS))
@pytest.mark.parametrize(
    ("template", "code"),
    [("€{n}.25", "EUR"), ("{n} OMR", "OMR"), ("US${n}", "USD"), ("{n} CHF", "CHF")],
)
def test_every_cldr_group_symbol_keeps_the_whole_number(group, template, code):
    number = f"7{group}415{group}302"
    if group == "." and template.startswith("€"):
        number += ","  # "7.415.302,25": the decimal mark is the other one
        template = template.replace(".25", "25")
    amount = parse_amount(template.format(n=number))
    assert amount.currency == code
    assert int(amount.value) == 7415302


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("€6\u060c898\u060c524.36", "6898524.36", "EUR"),
        ("5\u060c400\u060c000\u060c000 OMR", "5400000000", "OMR"),
        ("-5\u060c680 USD", "-5680", "USD"),
        ("٣\u060c٢٥٠\u060c٠٠٠ USD", "3250000", "USD"),
        ("9\u2e41100\u2e41000 EUR", "9100000", "EUR"),
        ("CHF 2\u02bc750\u02bc000", "2750000", "CHF"),
        ("CHF 2\u2019750\u2019000", "2750000", "CHF"),
        ("4\u066c120\u066b50 USD", "4120.50", "USD"),
        ("€3\u202f400\u202f000", "3400000", "EUR"),
        ("€3\u2009400\u2009000", "3400000", "EUR"),
    ],
)
def test_non_ascii_grouping_marks(text, value, code):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), code)
    found = extract_amounts(text)
    assert [m.amount.value for m in found] == [Decimal(value)]


def test_arabic_comma_and_apostrophe_in_words_stay_as_written():
    # between words, not digits: punctuation and a letter, no number joined across them
    found = extract_amounts("تبرعت الدولة بمبلغ 5 دولار، 7 أيام")
    assert [m.amount.value for m in found] == [Decimal(5)]
    assert parse_amount("обʼєкт коштує 40 тис. грн").value == Decimal(40000)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1000, max_value=10**12),
    st.sampled_from(sorted(GROUPS - {"."})),
    st.sampled_from(["EUR", "USD", "CHF"]),
)
def test_property_a_cldr_grouped_integer_reads_whole(value, group, code):
    text = f"{value:,}".replace(",", group) + f" {code}"
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), code)


# --- the sign ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("minus €5 million", "-5000000", "EUR"),
        ("The balance was minus EUR 4.2 million", "-4200000", "EUR"),
        ("Der Saldo lag bei minus 3 Mio. Euro", "-3000000", "EUR"),
        ("Saldo wyniosło minus 7 mln zł", "-7000000", "PLN"),
        ("Сальдо составило минус 12 млн рублей", "-12000000", "RUB"),
        ("Сальдо: мінус 8 млн гривень", "-8000000", "UAH"),
        ("Resultatet blev minus 2 miljoner kronor", "-2000000", "SEK"),
    ],
)
def test_a_minus_word_before_the_amount_is_its_sign(text, value, code):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), code)
    found = extract_amounts(text)
    assert [m.amount.value for m in found] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    ["€10 million minus €2 million", "5 Mio. Euro minus 2 Mio. Euro", "12 mln zł minus 3 mln zł"],
)
def test_a_minus_word_between_two_amounts_is_no_sign(text):
    # a subtraction: neither amount is made negative
    assert all(m.amount.value > 0 for m in extract_amounts(text))
    assert parse_amount(text).value > 0


@pytest.mark.parametrize(
    "text",
    [
        "(€1,234.56)",
        "(PLN 8.74)",
        "(1 234,56 €)",
        "(USD 2,500,000)",
        "(4.5 million euros)",
        "  (€7m) ",
        "-(€5)",
        "\u2212(CHF 12.50)",
    ],
)
def test_an_amount_wholly_in_brackets_is_refused_by_parse_amount(text):
    # accounting's negative: neither read positive nor guessed negative
    with pytest.raises(ParseError, match="brackets, as accounting writes a negative"):
        parse_amount(text)
    with pytest.raises(ParseError, match="brackets, as accounting writes a negative"):
        parse_mention(text)


@pytest.mark.parametrize(
    "text",
    [
        "Net change: (€1,000,000)",
        "Korekta: (1 mln zł).",
        "Saldo:\t(2,5 Mio. Euro)\nNächste Zeile",
        "Variation : (3 millions d'euros) ;",
        "Budget\n(€1m)\n",
        "(USD 2,500,000), a correction",
        # a markdown cell, a CSV cell, an equals sign (probe 24)
        "Net change | (€1,000,000) |",
        "Net change,(€1,000,000)",
        "Net change = (€1,000,000)",
    ],
)
def test_an_amount_alone_in_brackets_after_a_label_or_on_its_line_is_refused(text):
    # session 24: extraction read each as a positive amount (and "(€1,000,000)" alone too,
    # which parse_amount refused); accounting writes a negative so
    opened = text.index("(")
    reason = f"at position {opened} is a number in brackets, as accounting writes a negative"
    assert all(m.start != opened + 1 for m in extract_amounts(text))
    with pytest.raises(ParseError, match=reason):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The grant (€1,234.56) was paid in March", "1234.56"),
        ("Net change (€1,000,000) was booked.", "1000000"),
        ("Kosten: 5 Mio. Euro (2024).", "5000000"),
        ("(about €5m in aid)", "5000000"),
        ("€10m ($11m)", "10000000"),
        ("Die Hilfe (5 Mio. Euro) kam im Mai", "5000000"),
    ],
)
def test_an_amount_in_brackets_among_words_is_read_as_written(text, value):
    assert parse_amount(text).value == Decimal(value)


# --- decimal marks of a language whose regions disagree ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "split"),
    [("es", True), ("ms", True), ("de", True), ("pl", False), ("pt", False), ("ja", False)],
)
def test_split_marks_comes_from_cldr(lang, split):
    assert split_marks(lang) is split


@pytest.mark.parametrize(
    ("text", "lang", "value", "code"),
    [
        ("948,000 dólares", "es", "948000", "USD"),
        ("US$948,000", "es", "948000", "USD"),
        ("Rp57.700", "ms", "57700", "IDR"),
        ("60,900 RF", "fr", "60900", "RWF"),
        ("CHF 1.500", "de", "1500", "CHF"),
    ],
)
def test_a_split_language_reads_by_minor_units_or_region(text, lang, value, code):
    amount = parse_amount(text, lang=lang)
    assert (amount.value, amount.currency) == (Decimal(value), code)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1,500 millones de euros", "es"),
        ("3,250 Millionen Euro", "de"),
        ("€2.500 juta", "ms"),
        ("948,000 euros", "es"),
        ("1,500 millones de dólares", "es"),
        ("2,300 millones de pesos mexicanos", "es"),
        ("1,201 mila CHF", "it"),
        ("12,345 $", "fr"),
        ("RM 12.450", "ms"),
    ],
)
def test_a_split_language_without_evidence_records_its_default(text, lang):
    mention = parse_mention(text, lang=lang)
    assert "decimal-default" in mention.assumptions
    with pytest.raises(ParseError, match="decimal-default"):
        parse_amount(text, lang=lang, strict=True)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("12,5 millones de euros", "es", "12500000"), ("2,75 Mio. Euro", "de", "2750000")],
)
def test_a_split_language_keeps_a_mark_no_region_reads_otherwise(text, lang, value):
    mention = parse_mention(text, lang=lang, strict=True)
    assert mention.amount.value == Decimal(value)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_property_three_digits_after_the_mark_are_no_cents_in_a_split_language(high, low):
    # the region of the currency (es_US) groups with the comma Spanish decides with
    text = f"US${high},{low:03d}"
    assert parse_amount(text, lang="es", strict=True).value == Decimal(high * 1000 + low)
    # with no region to tell, the language's mark stays and says so
    mention = parse_mention(f"{high},{low:03d} euros", lang="es")
    assert mention.amount.value == Decimal(f"{high}.{low:03d}")
    assert "decimal-default" in mention.assumptions


# --- currency forms CLDR gives that the lexicon lacked -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("5 ر.س.\u200f", "5", "SAR"),
        ("ر.س.\u200f 1,250", "1250", "SAR"),
        ("2,500 د.ع.\u200f", "2500", "IQD"),
        ("300 ج.م.\u200f", "300", "EGP"),
        ("45 ر.ق.\u200f", "45", "QAR"),
        ("75 د.م.\u200f", "75", "MAD"),
    ],
)
def test_arabic_symbols_of_cldr_read_without_their_direction_mark(text, value, code):
    # CLDR ends them with U+200F; the reader drops it before reading, so the lexicon must too
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), code)
    amount = parse_amount(text.replace("\u200f", ""))
    assert (amount.value, amount.currency) == (Decimal(value), code)


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("9,110,000 UK pounds", "9110000", "GBP"),
        ("The UK pledged 5 million UK pounds", "5000000", "GBP"),
        ("3.5 million U.K. pounds", "3500000", "GBP"),
        ("40 million HK dollars", "40000000", "HKD"),
        ("20 million UAE dirhams", "20000000", "AED"),
        ("12 million US dollars", "12000000", "USD"),
        ("7 million NZ dollars", "7000000", "NZD"),
    ],
)
def test_a_country_acronym_before_its_currency_noun(text, value, code):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), code)


@pytest.mark.parametrize(
    ("text", "lang", "value", "assumed"),
    [
        ("13,740 د.ل.\u200f", "ar", "13.740", False),  # ar_LY writes the decimal comma
        ("2.250 KWD", "ar", "2.250", False),  # ar_KW the decimal point
        ("87.270 د.ب.\u200f", None, None, True),  # a sign after a three-decimal currency
        ("4.125 JOD", "es", None, True),  # no Spanish region of Jordan: the doubt is recorded
    ],
)
def test_three_decimal_currencies_read_by_region_or_record_the_doubt(text, lang, value, assumed):
    mention = parse_mention(text, lang=lang) if lang else parse_mention(text)
    if value is not None:
        assert mention.amount.value == Decimal(value)
    assert ("decimal-default" in mention.assumptions) is assumed


@pytest.mark.parametrize(
    "text", ["(\u061c12,700.500د.ك.\u200f)", "(\u061c44.45ج.م.\u200f)", "(94.34 ر.ق.)"]
)
def test_accounting_brackets_around_an_arabic_symbol_are_refused(text):
    with pytest.raises(ParseError, match="accounting writes a negative"):
        parse_amount(text)


@pytest.mark.parametrize(
    "text", ["Germany pledged €5m.\n($5.4m)", "Germany pledged €5m.\r\n($5.4m)", "€5m\t($6m)"]
)
def test_a_bracket_on_its_line_after_an_amount_restates_it(text):
    # only marks between: the restatement, read and linked (probe 24: a first version refused
    # the bracket after a full stop as accounting's negative)
    first, second = extract_amounts(text)
    assert second.amount.value > 0 and second.equivalent_of == 0
