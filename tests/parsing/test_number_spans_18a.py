"""Number spans a hostile tester found read silently wrong (issue 9, breaker18 kinds 1, 2, 3, 6,
10 and 11): a year before a dash and a grouped amount, a label's number or a day joined to a
number grouped by spaces, a label's number before a number grouped by marks, a mixed number,
a control character inside an amount, and a scale word apart before a sign and its number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, extract_amounts, parse_amount

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _readings(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(amount, the text of its span) of every mention."""
    return [(str(m.amount), text[m.start : m.end]) for m in extract_amounts(text, lang=lang)]


# --- kind 1: a year, a dash, a grouped amount -------------------------------------------------

YEAR_THEN_AMOUNT = [
    ("Budget 2024 – 2,500,000 euros", None, "EUR 2500000"),
    ("In 2023 - 81,000,000 euros", None, "EUR 81000000"),
    ("Plan 2025–1,250,000 dollars", None, "USD 1250000"),
    ("Im Jahr 2023 – 81.000.000 Euro", "de", "EUR 81000000"),
    ("En 2024 — 2 500 000 €", "fr", "EUR 2500000"),
    ("W 2024 r. – 12 000 000 zł", "pl", "PLN 12000000"),
    ("Budget 2024 – 2500000 CHF", None, "CHF 2500000"),  # seven digits, ungrouped
]


@pytest.mark.parametrize(("text", "lang", "expected"), YEAR_THEN_AMOUNT)
def test_a_year_before_a_dash_is_no_range_low_end(text, lang, expected):
    assert [amount for amount, _ in _readings(text, lang)] == [expected]
    assert str(parse_amount(text, lang=lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Budget 2024 – 2,500 euros",  # a year then 2,500 euros, or 2,024 to 2,500
        "In 2023 - 250,000 dollars",
        "Im Jahr 2023 – 12.000 Euro",
        "En 2024 – 250 000 €",
    ],
)
def test_a_year_before_a_grouped_number_of_its_magnitude_is_refused(text):
    with pytest.raises(ParseError, match="year"):
        parse_amount(text)
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1900–2500 euros", "EUR 1900-2500"),  # ungrouped ends: a range
        ("1,900–2,500 euros", "EUR 1900-2500"),  # both grouped: a range
        ("In 2023 – 4,4 mld zł", "PLN 4400000000"),  # a scale word: the year rule before
        ("In 2023 - 1,500 euros", "EUR 1500"),  # below the year: the label rule
    ],
)
def test_ranges_and_years_the_rule_leaves(text, expected):
    assert str(parse_amount(text)) == expected


@SETTINGS
@given(
    year=st.integers(1900, 2099),
    dash=st.sampled_from(["-", " - ", " – ", "–", " — "]),
    value=st.integers(1_000_000, 999_999_999_999),
    form=st.sampled_from(["{:,} euros", "{:,} dollars", "{:,} CHF"]),
    head=st.sampled_from(["Budget ", "In ", "Report ", ""]),
)
def test_property_a_year_never_opens_a_range_to_millions(year, dash, value, form, head):
    text = f"{head}{year}{dash}{form.format(value)}"
    mentions = extract_amounts(text)
    assert len(mentions) == 1
    assert mentions[0].amount.value == value and mentions[0].amount.high is None


# --- kinds 2 and 3: a label's number or a day before an amount --------------------------------

LABELLED = [
    ("On March 15 250 million dollars were approved", None, "USD 250000000", "250 million"),
    ("On March 15 250 million dollars were approved", "en", "USD 250000000", "250 million"),
    ("Under Article 5 250 million euros were released", None, "EUR 250000000", "250 million"),
    ("Under Article 5 250 million euros were released", "en", "EUR 250000000", "250 million"),
    ("Article 3 250 euros", None, "EUR 250", "250 euros"),
    ("Article 3 250 euros", "fr", "EUR 250", "250 euros"),  # the label takes its number
    ("Artikel 4 250 000 Euro", "de", "EUR 250000", "250 000 Euro"),
    ("Phase 2 500 000 € pour l'énergie", "fr", "EUR 500000", "500 000 €"),
    ("Resolution 54 303 euros were approved", None, "EUR 303", "303 euros"),
    ("No. 5 250 euros", None, "EUR 250", "250 euros"),
    ("§ 7 120 000 zł", "pl", "PLN 120000", "120 000 zł"),
    ("kovo 15 250 mln. eurų", "lt", "EUR 250000000", "250 mln. eurų"),
    # kind 3: the label's number before a number grouped by marks, cents and all
    ("Phase 2 829,000.74 euros", None, "EUR 829000.74", "829,000.74 euros"),
    ("Item 12 345,678.25 dollars", None, "USD 345678.25", "345,678.25 dollars"),
    ("Phase 2 829.728.729,74 euro", None, "EUR 829728729.74", "829.728.729,74 euro"),
    ("Phase 2 1,500,000.50 euros", None, "EUR 1500000.5", "1,500,000.50 euros"),
    ("Etap 3 1.250.000,00 zł", "pl", "PLN 1250000", "1.250.000,00 zł"),
    ("Phase 2 213'000 Chinese yuan", None, "CNY 213000", "213'000 Chinese yuan"),
    ("Tranche 4 1’500’000 CHF", None, "CHF 1500000", "1’500’000 CHF"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "span"), LABELLED)
def test_the_number_of_a_label_or_a_day_is_not_the_amount(text, lang, expected, span):
    readings = _readings(text, lang)
    assert [amount for amount, _ in readings] == [expected]
    assert readings[0][1].startswith(span)
    assert str(parse_amount(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 250 euros", "fr", "EUR 1250"),
        ("en mai 2 500 000 euros", "fr", "EUR 2500000"),  # French writes the day first
        ("le 15 mars 2 500 000 euros", "fr", "EUR 2500000"),
        ("w marcu 2 500 000 zł", "pl", "PLN 2500000"),
        ("March 150 000 euros", None, "EUR 150000"),  # no day has three digits
        ("les 1 250 euros", "fr", "EUR 1250"),
        ("los 2 500 000 euros", "es", "EUR 2500000"),  # the article, not the German "Los"
        ("y no 2 500 000 euros", "es", "EUR 2500000"),  # "no" undotted: no heading
    ],
)
def test_numbers_grouped_by_spaces_stay_whole_elsewhere(text, lang, expected):
    assert str(parse_amount(text, lang=lang)) == expected


# --- kind 6: mixed numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("€5 1/2 million", None, "EUR 5500000"),
        ("€1 ½ million", None, "EUR 1500000"),
        ("$5½ million", None, "USD 5500000"),
        ("2 3/4 billion dollars", None, "USD 2750000000"),
        ("5 1/2 millions d'euros", "fr", "EUR 5500000"),
        ("5 ½ Millionen Euro", "de", "EUR 5500000"),
        ("US$332 1/4 bn", None, "USD 332250000000"),
    ],
)
def test_a_mixed_number_keeps_its_fraction_and_scale(text, lang, expected):
    assert str(parse_amount(text, lang=lang)) == expected
    assert [amount for amount, _ in _readings(text, lang)] == [expected]


@pytest.mark.parametrize("text", ["€5 1/3 million", "$2 ⅓ billion", "€5 2/3 million"])
def test_a_mixed_number_no_decimal_writes_is_refused(text):
    with pytest.raises(ParseError, match="fraction"):
        parse_amount(text)
    assert extract_amounts(text) == []


def test_a_date_after_whole_digits_is_no_fraction():
    assert _readings("On 5 1/2/2024 €3 million") == [("EUR 3000000", "€3 million")]


@SETTINGS
@given(
    whole=st.integers(1, 999),
    fraction=st.sampled_from([("1/2", "0.5"), ("1/4", "0.25"), ("3/4", "0.75"), ("½", "0.5")]),
    sign=st.sampled_from(["€", "US$", "£", "CHF "]),
    scale=st.sampled_from([("million", 10**6), ("billion", 10**9), ("bn", 10**9)]),
)
def test_property_mixed_numbers(whole, fraction, sign, scale):
    text = f"{sign}{whole} {fraction[0]} {scale[0]}"
    expected = (whole + Decimal(fraction[1])) * scale[1]
    assert parse_amount(text).value == expected
    mentions = extract_amounts(text)
    assert [m.amount.value for m in mentions] == [expected]


# --- kind 10: control characters ----------------------------------------------------------------

CONTROLS = ["\x00", "\x01", "\x08", "\x1b", "\x1f", "\x7f", "\x80", "\x9b", "\x9f"]


@SETTINGS
@given(
    control=st.sampled_from(CONTROLS),
    text=st.sampled_from(["$5 million", "€5 million", "US$5 billion", "5 Mio. Euro", "€1,5 Mrd."]),
    where=st.integers(0, 12),
)
def test_property_a_control_character_changes_no_reading(control, text, where):
    where = min(where, len(text))
    dirty = text[:where] + control + text[where:]
    assert parse_amount(dirty) == parse_amount(text)
    clean_mentions = extract_amounts(text)
    dirty_mentions = extract_amounts(dirty)
    assert [m.amount for m in dirty_mentions] == [m.amount for m in clean_mentions]
    # the span points into the text as given: it holds the same characters but the control
    for mention in dirty_mentions:
        assert (
            dirty[mention.start : mention.end].replace(control, "")
            == text[clean_mentions[0].start : clean_mentions[0].end]
        )


@pytest.mark.parametrize(
    "text", ["$5\x00 million", "US$5\x01 million", "€5\x7f million", "€5\x9b million"]
)
def test_a_control_character_before_the_scale_keeps_the_scale(text):
    assert parse_amount(text).value == 5_000_000


def test_line_breaks_and_tabs_stay():
    assert _readings("€5 million\n€3 million\tmore") == [
        ("EUR 5000000", "€5 million"),
        ("EUR 3000000", "€3 million"),
    ]


# --- kind 11: a scale word apart before a sign glued to its number -----------------------------


@pytest.mark.parametrize(
    "text", ["billion €3 in aid", "Billion $3 deal", "It cost billions €3 more", "Milliarden €3"]
)
def test_a_scale_apart_before_a_glued_sign_is_refused(text):
    with pytest.raises(ParseError, match="scale word"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("M€ 5", "EUR 5000000"), ("Mio. € 5,2", "EUR 5200000"), ("mln USD 5", "USD 5000000")],
)
def test_a_unit_before_its_number_still_scales_it(text, expected):
    assert str(parse_amount(text)) == expected


# --- kind 12: a qualifier never silences a doubt the rest of the amount leaves ------------------


def test_a_qualifier_keeps_the_scale_doubt():
    bare = extract_amounts("8,15 Bn £GB")  # the French symbol's 10^12: a default
    qualified = extract_amounts("around 8,15 Bn £GB")  # the English word's 10^9: a default too
    assert "scale-default" in bare[0].assumptions
    assert "scale-default" in qualified[0].assumptions


@pytest.mark.parametrize("qualifier", ["around", "about", "nearly"])
def test_a_qualifier_against_the_symbols_language_is_recorded(qualifier):
    # "zł" is Polish alone, whose "bln" is 10^12; the English qualifier reads 10^9
    (bare,) = extract_amounts("5 bln zł")
    assert bare.amount.value == 5 * 10**12 and "scale-default" not in bare.assumptions
    (qualified,) = extract_amounts(f"{qualifier} 5 bln zł")
    assert "scale-default" in qualified.assumptions


def test_a_qualifier_of_the_symbols_language_leaves_no_doubt():
    (mention,) = extract_amounts("ponad 5 bln zł")
    assert mention.amount.value == 5 * 10**12 and "scale-default" not in mention.assumptions


@pytest.mark.parametrize("text", ["1 234'567 €", "12 345’678 CHF"])
def test_groups_parted_by_a_space_and_an_apostrophe_are_refused(text):
    with pytest.raises(ParseError, match="grouped by spaces"):
        parse_amount(text)
