"""Property tests for ``parse_amount`` and ``extract_amounts`` (hypothesis).

Round trips through babel's formatting and ``str``, robustness on arbitrary text, linear time
on adversarial input, and well-formed mentions.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from babel.numbers import get_currency_precision
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from work_count import growth

from aidcalc import Amount, ParseError, extract_amounts, parse_amount
from aidcalc.amount import QUALIFIERS
from aidcalc.parsing.numbers import is_ambiguous
from aidcalc.parsing.tokens import tokenize

# Currencies that babel writes with a symbol or code of their own in every locale below.
CURRENCIES = (
    "EUR",
    "USD",
    "GBP",
    "JPY",
    "CHF",
    "PLN",
    "UAH",
    "SEK",
    "NOK",
    "CZK",
    "CAD",
    "AUD",
    "INR",
)
LOCALES = ("en", "de", "fr", "lt", "uk", "pl", "es", "it", "nl", "sv")

# The compact format writes value / unit (unit = 10^3, 10^6, 10^9 or 10^12, so the scaled
# number is >= 1) rounded to 3 fraction digits: the absolute error is at most 0.0005 * unit,
# i.e. at most 0.0005 * value. Where a locale has no abbreviation for a magnitude (German
# thousands) babel writes the full number, which is closer still. Below 1000 the compact format
# falls back to the plain one, which is exact up to the currency's minor digits.
COMPACT_REL_TOL = Decimal("0.0005")

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _exact_decimals() -> st.SearchStrategy[Decimal]:
    # 1.000 .. 10^12 with up to 3 decimals, e.g. 1234567.891
    return st.integers(1000, 10**15).map(lambda n: (Decimal(n) / 1000).normalize())


def _news_values() -> st.SearchStrategy[Decimal]:
    # What news text states: up to 3 significant digits times a power of ten (683e6, 1.5e9).
    return st.builds(
        lambda m, e: (Decimal(m) * Decimal(10) ** e).normalize(),
        st.integers(1, 999),
        st.integers(-2, 10),
    ).filter(lambda v: Decimal(1) <= v <= Decimal(10) ** 12)


VALUES = st.one_of(_exact_decimals(), _news_values())


@st.composite
def amounts(draw: st.DrawFn, ranges: bool = True) -> Amount:
    """Draw an Amount: value, currency, optional qualifier and (sometimes) a range."""
    value = draw(VALUES)
    currency = draw(st.sampled_from(CURRENCIES))
    qualifier = draw(st.one_of(st.none(), st.sampled_from(QUALIFIERS)))
    high = None
    if ranges and draw(st.booleans()):
        # A news range has its ends in one magnitude: "€300-400 million".
        high = (value * draw(st.sampled_from([Decimal("1.5"), Decimal(2), Decimal(3)]))).normalize()
    return Amount(value, currency, qualifier=qualifier, high=high)


def _plain_rounded(value: Decimal, currency: str) -> Decimal:
    """Return ``value`` as babel's plain format writes it (the currency's minor digits)."""
    digits = get_currency_precision(currency)
    return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)


def _assert_close(got: Decimal | None, want: Decimal, currency: str, compact: bool) -> None:
    assert got is not None
    rounded = _plain_rounded(want, currency)
    if not compact or want < 1000:
        assert got == rounded, (got, want)
    else:
        assert abs(got - want) <= want * COMPACT_REL_TOL, (got, want)


def _check_format_round_trip(amount: Amount, locale: str, compact: bool) -> None:
    text = amount.format(locale, compact=compact)
    got = parse_amount(text, lang=locale)
    note = f"{text!r} lang={locale} expected {amount!s} got {got!s}"
    assert got.currency == amount.currency, note
    assert got.qualifier == amount.qualifier, note
    _assert_close(got.value, amount.value, amount.currency, compact)
    if amount.high is None:
        assert got.high is None, note
    else:
        _assert_close(got.high, amount.high, amount.currency, compact)


@SETTINGS
@given(amount=amounts(), locale=st.sampled_from(LOCALES))
def test_compact_format_round_trips(amount: Amount, locale: str) -> None:
    """parse_amount(amount.format(locale), lang=locale) gives back the amount (3 digits kept)."""
    _check_format_round_trip(amount, locale, compact=True)


@SETTINGS
@given(amount=amounts(), locale=st.sampled_from(LOCALES))
def test_plain_format_round_trips(amount: Amount, locale: str) -> None:
    """parse_amount(amount.format(locale, compact=False)) gives back the amount in minor units."""
    _check_format_round_trip(amount, locale, compact=False)


@SETTINGS
@given(amount=amounts())
def test_str_round_trips_exactly(amount: Amount) -> None:
    """parse_amount(str(amount)) == amount, ranges and qualifiers included."""
    assert parse_amount(str(amount)) == amount


def _active_codes() -> tuple[str, ...]:
    """Every ISO 4217 code some territory uses as tender today (CLDR's territory currencies
    through babel), metals and fund codes aside: the codes an amount is written in."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = datetime.date.today()
    codes = {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, today, tender=True)
    }
    return tuple(sorted(codes))


ACTIVE_CODES = _active_codes()

# Values as str writes them: integers, decimals, negatives (a correction), and large ones up to
# the 28 digits a value keeps.
ROUND_TRIP_VALUES = st.one_of(
    st.integers(-(10**15), 10**27).map(Decimal),
    st.decimals(-(10**12), 10**12, places=4, allow_nan=False, allow_infinity=False),
    st.integers(1, 999).map(lambda n: Decimal(n).scaleb(21)),
)


@st.composite
def any_code_amounts(draw: st.DrawFn) -> Amount:
    """An Amount in any active ISO 4217 code; a range only rising, with ends not below 0
    (the parser reads no negative range: ``Amount.__str__``)."""
    value = draw(ROUND_TRIP_VALUES)
    currency = draw(st.sampled_from(ACTIVE_CODES))
    qualifier = draw(st.one_of(st.none(), st.sampled_from(QUALIFIERS)))
    high = None
    if value >= 0 and draw(st.booleans()):
        high = value + draw(st.integers(1, 10**9))
    return Amount(value, currency, qualifier=qualifier, high=high)


def test_active_codes_hold_the_code_like_words() -> None:
    """The codes that are also words ("TRY", "ALL", "PEN") are among the drawn codes, so the
    property below tests the rule that writes them after the number."""
    assert len(ACTIVE_CODES) > 140
    assert {"TRY", "ALL", "PEN", "TOP", "MAD", "EUR", "USD"} <= set(ACTIVE_CODES)


@pytest.mark.parametrize("code", ACTIVE_CODES)
def test_str_of_every_active_code_reads_back(code: str) -> None:
    """Every active code, once each: plain, qualified and a range read back equal."""
    for amount in (
        Amount(Decimal("250000000"), code),
        Amount(Decimal("-3.5"), code, "approx"),
        Amount(Decimal("0.01"), code, "up_to", Decimal("12.5")),
    ):
        assert parse_amount(str(amount)) == amount, str(amount)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amount=any_code_amounts())
def test_str_round_trips_in_every_active_code(amount: Amount) -> None:
    """parse_amount(str(a)) == a over all active ISO 4217 codes (issue 9)."""
    assert parse_amount(str(amount)) == amount, str(amount)


@pytest.mark.parametrize(
    "text", ["do 5 mln zł", "do 159 tys. €", "do 1,00 €", "do 232,00 CHF – 464,00 CHF"]
)
def test_polish_do_is_up_to(text: str) -> None:
    """Amount.format("pl") writes up_to as "do"; the parser reads it back in Polish."""
    assert parse_amount(text, lang="pl").qualifier == "up_to"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("od 5 do 6 mln zł", Amount(Decimal(5000000), "PLN", high=Decimal(6000000))),
        ("od 100 do 200 tys. €", Amount(Decimal(100000), "EUR", high=Decimal(200000))),
    ],
)
def test_polish_od_do_is_a_range(text: str, expected: Amount) -> None:
    """ "od X do Y" (from X to Y) is a range, not "up to Y"."""
    assert parse_amount(text, lang="pl") == expected


def test_do_is_no_qualifier_in_english() -> None:
    """The Polish "do" is an English word: without Polish it qualifies nothing."""
    assert parse_amount("we do 5 million euros of work").qualifier is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EUR 300000000-400000000", Amount(Decimal(300000000), "EUR", high=Decimal(400000000))),
        ("over EUR 5", Amount(Decimal(5), "EUR", qualifier="over")),
        ("up to JPY 1234567.891", Amount(Decimal("1234567.891"), "JPY", qualifier="up_to")),
    ],
)
def test_str_examples(text: str, expected: Amount) -> None:
    """The unambiguous form reads back exactly (examples from the brief)."""
    assert str(expected) == text
    assert parse_amount(text) == expected


# Pieces that money text is made of, so that random text often comes close to an amount.
PIECES = st.sampled_from(
    [
        "0",
        "1",
        "5",
        "12",
        "683",
        "1234",
        "000",
        ".",
        ",",
        "'",
        " ",
        "\u00a0",
        "\u202f",
        "\u2009",
        "-",
        "–",
        "—",
        "(",
        ")",
        "%",
        "$",
        "€",
        "£",
        "¥",
        "₴",
        "₹",
        "zł",
        "Kč",
        "kr",
        "R",
        "US$",
        "C$",
        "A$",
        "EUR",
        "USD",
        "UAH",
        "eur",
        "euros",
        "dollars",
        "євро",
        "доларів",
        "eurų",
        "k",
        "m",
        "mn",
        "bn",
        "b",
        "tn",
        "MM",
        "million",
        "billion",
        "millones",
        "Mio.",
        "Mrd.",
        "mln.",
        "mlrd.",
        "млн",
        "млрд",
        "mld",
        "tys.",
        "thousand",
        "crore",
        "lakh",
        "half",
        "a",
        "two",
        "hundred",
        "over",
        "about",
        "up to",
        "between",
        "and",
        "to",
        "more than",
        "rund",
        "понад",
        "ponad",
        "около",
        "apie",
        "of",
        "de",
        "d'",
        "cents",
        "grand",
        "\n",
        "\t",
    ]
)
PIECE_TEXT = st.lists(PIECES, max_size=30).map("".join)
SPACED_TEXT = st.lists(PIECES, max_size=30).map(" ".join)
LANGS = st.one_of(st.none(), st.sampled_from(LOCALES + ("xx", "zh", "ja")))


def _parse_or_refuse(text: str, lang: str | None) -> None:
    """Assert that parse_amount returns an Amount or raises ParseError, nothing else."""
    try:
        result = parse_amount(text, lang=lang)
    except ParseError:
        return
    assert isinstance(result, Amount)


@settings(max_examples=200, deadline=None)
@given(text=st.text(), lang=LANGS)
def test_arbitrary_text_raises_only_parse_error(text: str, lang: str | None) -> None:
    """Any text gives an Amount or a ParseError."""
    _parse_or_refuse(text, lang)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(PIECE_TEXT, SPACED_TEXT), lang=LANGS)
def test_money_like_text_raises_only_parse_error(text: str, lang: str | None) -> None:
    """Text built from digits, separators, symbols, scale words and qualifiers never crashes."""
    _parse_or_refuse(text, lang)
    # extract_amounts walks the whole text, so it must be as robust.
    for mention in extract_amounts(text, lang=lang):
        assert isinstance(mention.amount, Amount)


# Adversarial inputs of about `size` characters, each built to defeat a naive regex or loop.
ADVERSARIAL = {
    "comma groups": lambda size: "1," * (size // 2),
    "dollar signs": lambda size: "$" * size,
    "spaced ones": lambda size: "1 " * (size // 2),
    "million words": lambda size: "million " * (size // 8),
    "dotted euro": lambda size: "€1" + ".1" * ((size - 2) // 2),
    "digits": lambda size: "9" * size,
    "digits then euro": lambda size: "9" * (size - 1) + "€",
    "no-break groups": lambda size: "1\u00a0000" * (size // 5),
    "dashes": lambda size: "$1-" * (size // 3),
    "open ranges": lambda size: "between $" * (size // 9),
    "qualifiers": lambda size: "more than about " * (size // 16),
    "parentheses": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "mixed": lambda size: ("€1,2.3 mln. bn over ~" * size)[:size],
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_is_linear(name: str) -> None:
    """100 KB of adversarial text gives an Amount or ParseError, with work linear in its size.

    No time is asserted (the machine is shared): four times the text must make about four
    times the function calls, not the sixteen times of quadratic growth (tests/work_count.py;
    benchmarks/bench_growth.py prints the wall-clock growth of the same inputs).
    """
    build = ADVERSARIAL[name]
    big = build(100_000)
    assert 95_000 <= len(big) <= 100_000
    _parse_or_refuse(big, None)
    ratio = growth(lambda text: _parse_or_refuse(text, None), build(25_000), big)
    assert ratio < 6, (name, ratio)  # linear is 4, quadratic 16


MENTION_TEXT = st.lists(
    st.one_of(
        st.builds(lambda a, loc: a.format(loc), amounts(), st.sampled_from(LOCALES)),
        st.builds(str, amounts()),
        PIECES,
        st.sampled_from(
            [
                "the EU pledged",
                "in 2025",
                "on Nov. 4, 2024",
                "(",
                ")",
                ";",
                ",",
                "and",
                "155mm shells",
                "50%",
                "2.8 million people",
            ]
        ),
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=MENTION_TEXT)
def test_mentions_are_disjoint_and_parse_back(text: str) -> None:
    """Mentions are in order, never overlap, and each one's text parses to its amount."""
    mentions = extract_amounts(text)
    previous_end = 0
    for index, mention in enumerate(mentions):
        assert previous_end <= mention.start < mention.end <= len(text), mentions
        previous_end = mention.end
        piece = text[mention.start : mention.end]
        if "shared-currency" in mention.assumptions and all(
            k in ("num", "space") for k, _, _, _ in tokenize(piece)
        ):
            # a bare number of a list whose currency is written once, for the last item ("5
            # and 10 €", found by hypothesis with 3,000 examples): alone it names no currency
            # by design, and its reading says so
            with pytest.raises(ParseError):
                parse_amount(piece)
            continue
        alone = parse_amount(piece)
        if alone != mention.amount and "shared-scale" not in mention.assumptions:
            # a scale shared from the next amount ("€1.5 and €2 million") is said in
            # assumptions and is not in the piece by design; else, issue 9: the words and
            # amounts around a piece may tell the decimal mark of an ambiguous number
            # ("1,00 € EUR 1.001": the first amount's decimal comma), nothing else
            assert any(is_ambiguous(t) for k, t, _, _ in tokenize(piece) if k == "num"), piece
            for read_alone, read_here in (
                (alone.value, mention.amount.value),
                (alone.high, mention.amount.high),
            ):
                if read_alone != read_here:
                    ratio = read_alone / read_here
                    assert ratio in (1000, Decimal("0.001")), (text, piece, alone)
            assert alone.currency == mention.amount.currency
        if mention.equivalent_of is not None:
            assert 0 <= mention.equivalent_of < index


@pytest.mark.parametrize(
    "text",
    [
        # found by hypothesis: 'mil' is a thousand in Spanish and Portuguese and a million in
        # English slang, and the words after the range changed which one was read
        "about 326,185 mil GBP – 652,37 mil GBP the EU pledged",
        # found by hypothesis: an ambiguous low end read by the text's language, a top showing
        # the other mark ("236,21"): the low end is written like its top
        "of 118,105 mln USD – 236,21 mln USD",
        "1,00 € € 1 bln. €1.00",  # a dotted scale before a sign leading its own number
        # found by hypothesis: the range was read high to low inside the longer text (fixed,
        # num branch: a low end sharing the top's scale is read before the top takes its mark)
        "1,00 € 1,00 € approx EUR 1.001 - 1,711 Mio. €",
        # found by hypothesis (num branch, also on main): the top took the text's decimal comma
        # and fell below its low end; the mark that makes the range rise decides now
        "1,00 € about 501 Mld USD – 1,002 Bln USD",
        # found by hypothesis with 1,500 examples (issue 12, parser12): a sign repeating the one
        # before a number, set apart before a number of its own, was taken as the first
        # amount's second mark, and "1,00 – € 1,50" alone is no range
        "€1.00 € 1,00 – € 1,50",
        "$ 281.40 $ 265.70",
        # ... and a one-point tie of five languages ("do") named Polish, whose 10^12 "bln" it
        # then read without a word of doubt; alone the piece is the English 10^9
        "€1.00 do 1 bln € about €1 thousand",
        # ... and a scale ending one amount ("1,00 € k") was read again as the unit leading
        # the next one ("k EUR 1": a thousand), outside that one's span, without a word
        "€1.00 1,00 € k EUR 1",
        "5 € million EUR 2",
    ],
)
def test_mentions_read_alone_as_in_their_text(text: str) -> None:
    for mention in extract_amounts(text):
        piece = text[mention.start : mention.end]
        assert parse_amount(piece) == mention.amount, (text, piece)


@pytest.mark.parametrize(
    "text",
    [
        # found by hypothesis (grammar branch, also on main): a stacked magnitude after an
        # ambiguous number ("€1.295 billion 25 millions") took the text's decimal comma, and
        # alone read 1,295 billion; such a number is refused (issue 9, faults5 item 8; this
        # was a strict xfail)
        "1,00 € €863.091 million – €1.295 billion 25 millions €",
        "€1.295 billion 25 millions €",
        "1,5 € und 1.500 Millionen 300.000 Euro",
    ],
)
def test_mentions_that_read_differently_alone_are_refused(text: str) -> None:
    for mention in extract_amounts(text):
        piece = text[mention.start : mention.end]
        assert parse_amount(piece) == mention.amount, (text, piece)
    assert not any("25" in text[m.start : m.end] for m in extract_amounts(text))


@pytest.mark.parametrize(
    "text",
    ["€1.295 billion 25 millions", "1.500 Millionen 300.000 Euro", "$1,250 billion 3 million"],
)
def test_an_ambiguous_count_with_a_smaller_part_is_refused(text: str) -> None:
    with pytest.raises(ParseError, match="a fraction or a thousands mark and a smaller part"):
        parse_amount(text)
