"""Amount texts read once per shape give the parser's readings (aidcalc.pledges.shapes).

A derived reading must be the parser's own (``never a silent wrong value``): hypothesis draws
texts of many shapes, in several languages, with numbers in and out of the derived class, and
every reading ``Shapes.read`` gives, derived or not, is compared with ``parse_mention``'s.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidcalc.parsing import parse_mention
from aidcalc.pledges import values as values_module
from aidcalc.pledges.read import read_pledges
from aidcalc.pledges.shapes import Shapes, shape_of

# (template, language): {a} and {b} are the numbers. Single amounts, ranges both ways,
# restatements, sums, products, decimals, cents, quarters, number words: the shapes a tracker's
# amount column holds, and shapes whose numbers do not scale the value (never derived)
TEMPLATES = [
    ("€{a} million", "en"),
    ("{a} million euros", "en"),
    ("over {a} million euros", "en"),
    ("up to ${a} billion", "en"),
    ("about $ {a} million", "en"),
    ("£{a}m", "en"),
    ("USD {a} million", "en"),
    ("${a}m", "en"),
    ("{a} million", "en"),
    ("{a} kroner", "en"),
    ("CAD {a}", "en"),
    ("{a} thousand dollars", "en"),
    ("{a}-{b} million euros", "en"),
    ("€{a}m-€{b}m", "en"),
    ("between ${a} and ${b} million", "en"),
    ("{a} to {b} billion dollars", "en"),
    ("{a} dollars {b} cents", "en"),
    ("€{a}.{b} million", "en"),
    ("€{a},{b} million", "en"),
    ("{a},{b} EUR", "en"),
    ("€{a} million ($ {b} million)", "en"),
    ("€{a}m + €{b}m", "en"),
    ("{a} x €{b} million", "en"),
    ("€{a}m in Q{b}", "en"),
    ("€{a}m on {b} May", "en"),
    ("{a}% of €{b}m", "en"),
    ("{a} Mio. Euro", "de"),
    ("rund {a} Millionen Euro", "de"),
    ("bis zu {a} Mrd. €", "de"),
    ("{a}–{b} Mio. €", "de"),
    ("zwischen {a} und {b} Millionen Euro", "de"),
    ("{a},{b} Mrd. Euro", "de"),
    ("{a} millions d'euros", "fr"),
    ("plus de {a} milliards d'euros", "fr"),
    ("entre {a} et {b} millions d'euros", "fr"),
    ("{a} mln. eurų", "lt"),
    ("daugiau nei {a} mln. eurų", "lt"),
    ("{a} млн грн", "uk"),
    ("понад {a} млрд доларів", "uk"),
    ("{a} miliona złotych", "pl"),
    ("ponad {a} mld zł", "pl"),
    ("{a} millones de euros", "es"),
    ("más de {a} millones de dólares", "es"),
    ("{a} millioner kroner", "no"),
    ("{a} miljoner kronor", "sv"),
    ("-€{a} million", "en"),
    ("−{a} Mio. Euro", "de"),
]
HINTS = [None, "CAD", "EUR", "NOK", "USD", "SEK"]
# numbers in the derived class (2 to 999) most of the time, and around it: 0, 1, years, 1000+
NUMBERS = st.one_of(
    st.integers(2, 999),
    st.integers(2, 999),
    st.sampled_from([0, 1, 7, 10, 12, 31, 99, 100, 999, 1000, 1999, 2024, 2099, 12345]),
)


def _parser(text: str, lang, hint):
    try:
        return parse_mention(text, lang=lang, currency_hint=hint), None
    except ValueError as error:
        return None, error


def _same(found, expected) -> bool:
    (mention, error), (reference, reference_error) = found, expected
    if reference is None:
        return mention is None and str(error) == str(reference_error)
    return mention == reference and str(mention.amount) == str(reference.amount)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(TEMPLATES),
    with_lang=st.booleans(),
    hint=st.sampled_from(HINTS),
    numbers=st.lists(st.tuples(NUMBERS, NUMBERS), min_size=2, max_size=8),
)
def test_every_reading_of_a_shape_is_the_parsers(template, with_lang, hint, numbers):
    pattern, lang = template
    lang = lang if with_lang else None
    shapes = Shapes(parse_mention)
    for a, b in numbers:
        text = pattern.format(a=a, b=b)
        assert _same(shapes.read(text, lang, hint), _parser(text, lang, hint)), text


# (texts of one shape, how many of them are derived): the first text of a shape is the
# parser's, the others derived when the shape passes its probes; never for a shape whose
# numbers do not scale the value, or whose reading is not the whole text
DERIVED = [
    (["€730 million", "€45 million", "€92 million", "€120 million"], 2),  # 3 digits, then 2
    (["700 million euros", "350 million euros", "999 million euros"], 2),
    (["12-40 million euros", "30-45 million euros", "45-30 million euros"], 1),
    (["5 Mio. Euro", "7 Mio. Euro", "9 Mio. Euro"], 2),
    (["44 млн грн", "57 млн грн", "12 млн грн"], 2),
    (["up to $5 billion", "up to $7 billion"], 1),
    (["€5.2 million", "€7.3 million", "€6.4 million"], 0),  # the value is not a multiple of a run
    (["€5.5 million", "€9.9 million"], 1),  # equal runs: 9.9 million is 9 x 1.1 million, exactly
    (["€5m + €6m", "€7m + €8m", "€2m + €3m"], 0),  # two amounts
    (["€10 million ($11 million)", "€20 million ($22 million)"], 0),  # a restatement
    (["€1 million", "€1 million ", "€2024 million", "€0 million"], 0),  # 1, years, 0: parser
    (["5 million", "6 million", "7 million"], 0),  # no currency: refused, parser-only
]


@pytest.mark.parametrize(("texts", "derived"), DERIVED)
def test_derived_readings_table(texts, derived):
    shapes = Shapes(parse_mention)
    for text in texts:
        assert _same(shapes.read(text, None, None), _parser(text, None, None)), text
    assert shapes.derived == derived


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("€730 million", (("€", " million"), (3,), 0)),
        ("12-40 million euros", (("", "-", " million euros"), (2, 2), -1)),
        ("40-12 million euros", (("", "-", " million euros"), (2, 2), 1)),
        ("12-12 million euros", (("", "-", " million euros"), (2, 2), 0)),
        ("5 Mio. Euro", (("", " Mio. Euro"), (1,), 0)),
    ],
)
def test_shape_of(text, shape):
    assert shape_of(text)[0] == shape


@pytest.mark.parametrize(
    "text",
    [
        "€1 million",
        "€0 million",
        "€05 million",
        "€2024 million",
        "€1,234,567",
        "€5m ½",
        "€٥m",
        "€m",
    ],
)
def test_texts_the_parser_reads_alone(text):
    assert shape_of(text) is None


def _table(rows: int) -> bytes:
    import random

    rng = random.Random(3)
    donors = ["Lithuania", "Canada", "Norway", "DEU", "Poland", "U.S.", "EU"]
    lines = ["donor,date,amount"]
    for _ in range(rows):
        pattern, _ = rng.choice(TEMPLATES)
        text = pattern.format(a=rng.randint(1, 1200), b=rng.randint(1, 1200))
        text = '"' + text.replace('"', '""') + '"'
        lines.append(f"{rng.choice(donors)},2024-0{rng.randint(1, 9)},{text}")
    return "\n".join(lines).encode()


def _read(data: bytes, **options):
    from aidcalc.errors import InvalidRows

    try:
        return read_pledges(io.BytesIO(data), assumptions=True, **options), None
    except InvalidRows as error:
        return error.valid, error.errors


@pytest.mark.parametrize("lang", [None, "de"])
def test_a_table_reads_the_same_with_and_without_shapes(monkeypatch, lang):
    data = _table(3000)
    frame, errors = _read(data, lang=lang)
    with monkeypatch.context() as patch:
        patch.setattr(values_module, "_new_shapes", lambda: None)
        reference, reference_errors = _read(data, lang=lang)
    pd.testing.assert_frame_equal(frame, reference, check_exact=True)
    assert errors == reference_errors
    assert errors  # the table holds bad rows (two amounts, no currency), reported alike


# An amount cell read from its shape's template at once (values._derived) is what _read_row
# reads: (texts read first by _read_row, each alone or with the donor's home currency; the
# text; the donor's home currency; what _derived gives, or None when _read_row must read it)
NAN = float("nan")


def _reading(value, currency, qualifier=None, high=NAN, codes="", asked=False):
    return (value, currency, qualifier, high), codes, asked


USD_TWICE = ["$45 million", "$73 million"]
DERIVED_CELLS = [
    (["€730 million", "€450 million"], "€120 million", "", _reading(120e6, "EUR")),
    (["€730 million", "€450 million"], "€12 million", "", None),  # two digits: another shape
    (["€730 million"], "€450 million", "", None),  # the shape's second text: the probes first
    (
        ["over 45 million euros", "over 61 million euros"],
        "over 72 million euros",
        "",
        _reading(72e6, "EUR", "over"),
    ),
    (
        ["12-40 million euros", "30-45 million euros"],
        "22-38 million euros",
        "NOK",
        _reading(22e6, "EUR", high=38e6),
    ),
    (["5 Mio. Euro", "7 Mio. Euro"], "9 Mio. Euro", "", _reading(9e6, "EUR")),
    (["44 млн грн", "57 млн грн"], "12 млн грн", "PLN", _reading(12e6, "UAH")),
    (USD_TWICE, "$92 million", "", _reading(92e6, "USD", codes="dollar-usd", asked=True)),
    (USD_TWICE, "$92 million", "USD", _reading(92e6, "USD", codes="dollar-usd", asked=True)),
    (USD_TWICE, "$92 million", "CAD", None),  # no template read with CAD as the hint yet
    (
        [(text, "CAD") for text in USD_TWICE],
        "$92 million",
        "CAD",
        _reading(92e6, "CAD", codes="donor-currency", asked=True),
    ),
    (
        [(text, "EUR") for text in USD_TWICE],
        "$92 million",
        "EUR",
        _reading(92e6, "USD", codes="dollar-usd", asked=True),
    ),
    ([("45 kroner", "NOK"), ("73 kroner", "NOK")], "92 kroner", "NOK", None),  # refused alone
    (
        [("45 dollars", "AUD"), ("73 dollars", "AUD")],
        "92 dollars",
        "AUD",
        _reading(92.0, "AUD", codes="donor-currency", asked=True),
    ),
    (["-€45 million", "-€73 million"], "-€92 million", "", None),  # a correction: _read_row
    (["€5m + €6m", "€7m + €8m"], "€2m + €3m", "", None),  # two amounts: parser-only
    (["€1 million", "€1 million"], "€1 million", "", None),  # 1: the parser reads it
]


def _same_reading(found, expected) -> bool:
    if found is None or expected is None:
        return found is expected
    (reading, codes, asked), (reference, reference_codes, reference_asked) = found, expected
    return all(a == b or (a != a and b != b) for a, b in zip(reading, reference, strict=True)) and (
        codes,
        asked,
    ) == (reference_codes, reference_asked)


@pytest.mark.parametrize(("before", "text", "home", "expected"), DERIVED_CELLS)
def test_derived_cells_table(before, text, home, expected):
    values_module._SHAPES[0] = values_module._new_shapes()
    values_module._MENTIONS.clear()
    try:
        for item in before:
            earlier, earlier_home = item if isinstance(item, tuple) else (item, "")
            values_module._read_row(earlier, "", "", None, None, home=earlier_home)
        found = values_module._derived(text, None, home)
        assert _same_reading(found, expected), found
        if found is not None:  # and it is what _read_row reads, on a fresh table
            values_module._SHAPES[0] = None
            values_module._MENTIONS.clear()
            values_module._ASSUMED.clear()
            values_module._HOME_ASKED[0] = False
            reference = values_module._read_row(text, "", "", None, None, home=home)
            codes = "|".join(values_module._ASSUMED)
            assert _same_reading(found, (reference, codes, values_module._HOME_ASKED[0]))
    finally:
        values_module._SHAPES[0] = None
        values_module._MENTIONS.clear()


@pytest.mark.parametrize("lang", [None, "de", "uk"])
def test_a_table_reads_the_same_with_and_without_derived_cells(monkeypatch, lang):
    data = _table(3000)
    frame, errors = _read(data, lang=lang)
    with monkeypatch.context() as patch:
        patch.setattr(values_module, "_derived", lambda *args: None)
        reference, reference_errors = _read(data, lang=lang)
    pd.testing.assert_frame_equal(frame, reference, check_exact=True)
    assert errors == reference_errors


DONORS = ["Lithuania", "Canada", "Norway", "DEU", "Poland", "U.S.", "EU", "Japan", "Sweden"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(TEMPLATES), NUMBERS, NUMBERS, st.sampled_from(DONORS)),
        min_size=3,
        max_size=40,
    ),
    lang=st.sampled_from([None, "en", "de", "no"]),
)
def test_derived_cells_read_as_the_rows_are_read(rows, lang):
    lines = ["donor,date,amount"]
    for (pattern, _), a, b, donor in rows:
        text = pattern.format(a=a, b=b).replace('"', '""')
        lines.append(f'{donor},2024-05,"{text}"')
    data = "\n".join(lines).encode()
    frame, errors = _read(data, lang=lang)
    original = values_module._derived
    values_module._derived = lambda *args: None
    try:
        reference, reference_errors = _read(data, lang=lang)
    finally:
        values_module._derived = original
    pd.testing.assert_frame_equal(frame, reference, check_exact=True)
    assert errors == reference_errors


@pytest.mark.parametrize("text", ["12.45 million euros", "€730 million", "€35,417,600"])
def test_a_texts_shape_is_found_once_for_derivable_and_read(text, monkeypatch):
    from aidcalc.pledges import shapes as shapes_module

    calls = []
    original = shapes_module.shape_of
    monkeypatch.setattr(shapes_module, "shape_of", lambda t: calls.append(t) or original(t))
    shapes = Shapes(parse_mention)
    assert shapes.derivable(text, None, None) is None  # not read yet
    assert _same(shapes.read(text, None, None), _parser(text, None, None))
    assert calls == [text]
    shapes.read("€5 million", None, None)
    assert calls == [text, "€5 million"]
