"""Metamorphic tests: what the parser reads must not change when the text around it does.

1. Framing. Every line of the peer corpora (../shared/corpora) and of our own corpus
   (tests/parsing/corpus) that ``parse_amount`` reads gives the same amount as the first mention
   of ``extract_amounts`` when the line stands in a sentence: a trailing full stop or comma,
   quotes, brackets, "a package worth …", "…, officials said.", a headline. Every line is
   checked with every frame; hypothesis then nests frames.
2. Formatting. An ``Amount`` written by babel in a locale (``Amount.format``, compact and long)
   reads back as the same amount, through ``parse_amount`` and through ``extract_amounts`` of
   the written text in a sentence.

One reading is outside property 1 by design (docs/parsing.md, "Ambiguity rules"): a lone coin
word ("a quarter", "grand") is money only when it is the whole text. Kinds that fail today and
are being fixed on other branches of issue 9 are listed in KNOWN_KINDS; their lines are set
aside from the properties, so a fix shows up as lines that must be moved into the properties.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import get_currency_precision
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from real_forms import load as load_own

from aidcalc import Amount, ParseError, extract_amounts, parse_amount
from aidcalc.amount import QUALIFIERS

SHARED = Path(__file__).resolve().parents[3] / "shared"  # as tests/conftest.py finds it
PEER_FILES = ("recognizers_currency", "duckling_money", "price_parser", "quantulum3_currency")

FRAMES = {
    "bare": "{}",
    "full stop": "{}.",
    "comma": "{}, ",
    "quotes": "“{}”",
    "straight quotes": '"{}"',
    "brackets": "({})",
    "worth": "a package worth {}",
    "officials said": "{}, officials said.",
    "headline": "Ukraine aid: {}",
}
# Frames that put words before the line (a currency name that leads its number loses its place
# at the start of the text).


@dataclass(frozen=True)
class Line:
    source: str
    text: str
    lang: str | None


def _peer_lines() -> list[Line]:
    corpora = SHARED / "corpora"
    lines = []
    if not corpora.is_dir():
        return lines
    for name in PEER_FILES:
        with (corpora / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for raw in handle:
                record = json.loads(raw)
                notes = record.get("notes") or ""
                # Regional Duckling lines are read under their locale, as tests/conformance.py does.
                locale = next((n[7:] for n in notes.split("; ") if n.startswith("locale=")), None)
                lang = record.get("lang")
                if locale:
                    lang = f"{locale[:2].lower()}_{locale[3:]}"
                lines.append(Line(name, record["text"], lang))
    return lines


def _readable(lines: list[Line]) -> list[tuple[Line, Amount]]:
    """Return the distinct lines parse_amount reads, with their reading."""
    seen: set[tuple[str, str | None]] = set()
    result = []
    for line in lines:
        if (line.text, line.lang) in seen:
            continue
        seen.add((line.text, line.lang))
        try:
            result.append((line, parse_amount(line.text, lang=line.lang)))
        except ParseError:
            continue
    return result


PEER = _readable(_peer_lines())
OWN = _readable([Line("own", p.text, None) for p in load_own()])


def _whole_text_only(line: Line) -> bool:
    """True for a lone coin word: money only as the whole text (docs/parsing.md)."""
    if any(ch.isdigit() for ch in line.text):
        return False
    try:
        parse_amount(f"{line.text} today", lang=line.lang)
    except ParseError:
        return True
    return False


def _first(text: str, lang: str | None) -> Amount | None:
    found = extract_amounts(text, lang=lang)
    return found[0].amount if found else None


# --- kinds that fail today, being fixed on the issue-9 branches ---------------------------------


def _full_stop_joins_the_word(line: Line, frame: str, want: Amount, got: Amount | None) -> bool:
    """Currency words: a full stop right after a currency word ends up inside it ("10 kr." is
    not read in Swedish)."""
    if frame != "full stop" or not re.search(r"(?<![^\W\d_])[^\W\d_]{1,3}$", line.text):
        return False
    return got is None or (got.value == want.value and got.currency != want.currency)


KNOWN_KINDS = (_full_stop_joins_the_word,)

# Fixed (issue 9, grammar): minor units written bare before the end of a clause.
MINOR_UNITS_IN_FRAMES = [  # (text, lang, frame, the amount the bare text reads)
    ("It costs 15 dollars 50.", "en", "officials said", Amount(Decimal("15.5"), "USD")),
    ("$20 43", "en", "brackets", Amount(Decimal("20.43"), "USD")),
    ("20 долларов 43", "ru", "officials said", Amount(Decimal("20.43"), "USD")),
    ("zwei Euro fünfzig", "de", "officials said", Amount(Decimal("2.5"), "EUR")),
    ("35€ 99", None, "brackets", Amount(Decimal("35.99"), "EUR")),
]


@pytest.mark.parametrize(("text", "lang", "frame", "amount"), MINOR_UNITS_IN_FRAMES)
def test_minor_units_keep_their_amount_in_a_sentence(text, lang, frame, amount):
    assert parse_amount(text, lang=lang) == amount
    assert _first(FRAMES[frame].format(text), lang) == amount


# Fixed (issue 9, faults5 item 8): a currency name before its number was read at the start of
# a text only, not after a word that introduces a value ("a package worth dollari 4"); these
# were the strict xfails of the kind "_leading_name_lost", now ordinary tests, and their lines
# are in the properties again.
LEADING_NAMES_IN_FRAMES = [  # (text, lang, frame, the amount the bare text reads)
    ("dollari 4", "it", "worth", Amount(Decimal(4), "USD")),
    ("рублей 10", "ru", "worth", Amount(Decimal(10), "RUB")),
    ("ringgit 42", "en", "worth", Amount(Decimal(42), "MYR")),
    ("ringgit 42", "en", "headline", Amount(Decimal(42), "MYR")),
    ("euros 20", None, "worth", Amount(Decimal(20), "EUR")),
    ("dólares 15", "es", "worth", Amount(Decimal(15), "USD")),
]

# Fixed (issue 9, currency resolution): "1 Bs" read BOB and "1 Bs." VEF; both are either
# currency, so the country the text names decides, with or without the sentence's full stop.
BOLIVARES_IN_FRAMES = [
    ("Bolivia dona 1 Bs", "BOB"),
    ("Bolivia dona 500 millones de Bs", "BOB"),
    ("Venezuela paga 20 Bs", "VES"),
    ("Venezuela paga Bs 20 millones", "VES"),
]


@pytest.mark.parametrize(("text", "currency"), BOLIVARES_IN_FRAMES)
@pytest.mark.parametrize("frame", ["full stop", "officials said", "brackets"])
def test_a_shared_bolivar_sign_keeps_its_country_in_a_sentence(text, currency, frame):
    assert parse_amount(text).currency == currency
    assert _first(FRAMES[frame].format(text), None).currency == currency


@pytest.mark.parametrize(("text", "lang", "frame", "amount"), LEADING_NAMES_IN_FRAMES)
def test_a_leading_name_keeps_its_amount_in_a_sentence(text, lang, frame, amount):
    assert parse_amount(text, lang=lang) == amount  # the bare reading the frame must keep
    assert _first(FRAMES[frame].format(text), lang) == amount


def test_known_kinds_catch_nothing_a_frame_must_keep():
    """The set-aside rule catches nothing a frame must keep."""
    line = Line("example", "€5 million", None)
    want = Amount(Decimal(5000000), "EUR")
    assert not any(kind(line, "worth", want, Amount(Decimal(5), "EUR")) for kind in KNOWN_KINDS)
    assert not any(kind(line, "full stop", want, None) for kind in KNOWN_KINDS)


# --- property 1: framing ------------------------------------------------------------------------


def _violations(pairs: list[tuple[Line, Amount]], frames: dict[str, str]) -> list[str]:
    bad = []
    for line, want in pairs:
        if _whole_text_only(line):
            continue
        for frame, pattern in frames.items():
            got = _first(pattern.format(line.text), line.lang)
            if got == want or any(kind(line, frame, want, got) for kind in KNOWN_KINDS):
                continue
            bad.append(f"{line.source} {line.text!r} lang={line.lang} [{frame}]: {want} -> {got}")
    return bad


def test_own_corpus_lines_keep_their_amount_in_every_frame():
    assert len(OWN) > 250
    assert _violations(OWN, FRAMES) == []


@pytest.mark.parametrize("source", PEER_FILES)
def test_peer_lines_keep_their_amount_in_every_frame(shared_dir, source):
    pairs = [(line, amount) for line, amount in PEER if line.source == source]
    assert pairs
    bad = _violations(pairs, FRAMES)
    assert bad == [], f"{len(bad)} lines change, e.g. {bad[:5]}"


def test_lone_coin_words_are_the_only_whole_text_readings(shared_dir):
    whole = sorted({line.text.lower() for line, _ in PEER if _whole_text_only(line)})
    coin_words = {"grand", "dime", "quarter", "nickel", "penny", "buck", "bucks", "cent", "pennies"}
    assert whole
    for text in whole:
        assert text.split()[-1] in coin_words, text


ALL_LINES = OWN + PEER


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pair=st.sampled_from(ALL_LINES),
    frames=st.lists(st.sampled_from(sorted(FRAMES)), min_size=1, max_size=3),
)
def test_nested_frames_keep_the_amount(pair, frames):
    """Frames inside frames ('(“… .”), officials said.') change nothing either."""
    line, want = pair
    if _whole_text_only(line):
        return
    text = line.text
    for frame in frames:
        text = FRAMES[frame].format(text)
    got = _first(text, line.lang)
    if got == want:
        return
    # A nested frame fails by a known kind when one of its frames does.
    assert any(kind(line, frame, want, got) for kind in KNOWN_KINDS for frame in frames), (
        f"{line.text!r} lang={line.lang} as {text!r}: {want} -> {got}"
    )


# --- property 2: formatting and reading back ----------------------------------------------------

LOCALES = (
    "en", "en_GB", "en_IN", "de", "de_AT", "fr", "fr_CA", "fr_CH", "lt", "uk", "pl", "es", "it",
    "pt", "pt_BR", "nl", "nl_BE", "cs", "sk", "da", "nb", "sv", "fi", "ro", "hr", "bg", "el",
    "ru", "lv", "et", "hu", "sl",
)  # fmt: skip
# A regional locale whose decimal mark differs from its language's: de_CH's compact form is a
# known kind (see test_known_locale_failures), its long form (grouped with ') is in the property.
# es_MX (',' groups, '.' is decimal, unlike es) is a known kind in both forms.
LONG_ONLY_LOCALES = ("de_CH",)
CURRENCIES = (
    "EUR", "USD", "GBP", "JPY", "CHF", "PLN", "UAH", "SEK", "NOK", "DKK", "CZK", "CAD", "AUD",
    "RON", "BGN", "HUF",
)  # fmt: skip
# The compact form keeps 3 fraction digits of its scale: at most 0.0005 of the value is lost.
COMPACT_REL_TOL = Decimal("0.0005")


@st.composite
def compact_amounts(draw) -> Amount:
    units = draw(st.integers(1, 999)) + Decimal(draw(st.integers(0, 999))) / 1000
    value = (units * Decimal(10) ** draw(st.sampled_from([3, 6, 9, 12]))).normalize()
    return Amount(value, draw(st.sampled_from(CURRENCIES)), draw(_qualifiers()))


@st.composite
def long_amounts(draw) -> Amount:
    currency = draw(st.sampled_from(CURRENCIES))
    minor = draw(st.integers(1, 10**11))
    value = Decimal(minor).scaleb(-get_currency_precision(currency)).normalize()
    return Amount(value, currency, draw(_qualifiers()))


def _qualifiers():
    return st.one_of(st.none(), st.sampled_from(QUALIFIERS))


def _same(got: Amount | None, want: Amount, compact: bool) -> bool:
    if got is None or (got.currency, got.qualifier, got.high) != (
        want.currency,
        want.qualifier,
        None,
    ):
        return False
    if compact:
        return abs(got.value - want.value) <= want.value * COMPACT_REL_TOL
    return got.value == want.value


def _check_round_trip(amount: Amount, locale: str, compact: bool) -> None:
    text = amount.format(locale, compact=compact)
    read = parse_amount(text, lang=locale)
    assert _same(read, amount, compact), f"{text!r} ({locale}): {amount} -> {read}"
    in_sentence = _first(f"Donors pledged {text}, officials said.", locale)
    assert _same(in_sentence, amount, compact), f"{text!r} in a sentence: {in_sentence}"


ROUND_TRIP = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(amount=compact_amounts(), locale=st.sampled_from(LOCALES))
def test_compact_format_reads_back(amount, locale):
    _check_round_trip(amount, locale, compact=True)


@ROUND_TRIP
@given(amount=long_amounts(), locale=st.sampled_from(LOCALES + LONG_ONLY_LOCALES))
def test_long_format_reads_back(amount, locale):
    _check_round_trip(amount, locale, compact=False)


@pytest.mark.parametrize(
    ("amount", "locale", "compact"),
    [
        (Amount(Decimal("171932000000"), "USD"), "de_CH", True),  # '$ 171.932 Mrd.'
        (Amount(Decimal("298768000"), "GBP"), "de_CH", True),  # '£ 298.768 Mio.'
        (Amount(Decimal("407329000"), "CZK"), "es_MX", True),  # 'CZK407.329 millones'
        (Amount(Decimal("1000"), "JPY"), "es_MX", False),  # 'JPY1,000'
    ],
)
def test_regional_locales_read_back_with_their_own_decimal_mark(amount, locale, compact):
    """The ambiguous 'd.ddd' shape takes a regional locale's decimal mark (de_CH and es_MX
    write a point), not its language's (issue 9: read as grouping, 1000x, before)."""
    _check_round_trip(amount, locale, compact)


@pytest.mark.parametrize(
    ("amount", "locale", "compact"),
    [
        (Amount(Decimal("4277726.68"), "TRY"), "de", False),  # 'TRY 4.277.726,68'
        (Amount(Decimal("524061000"), "TRY", "up_to"), "en", True),  # 'up to TRY524.061 million'
    ],
)
def test_upper_case_codes_that_are_words_read_back(amount, locale, compact):
    """The ISO code TRY (also an English word) reads back in capitals next to a number."""
    _check_round_trip(amount, locale, compact)
