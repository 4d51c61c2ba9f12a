"""``plain.plain_inside`` reads a bracket's plain amount as the grammar does (``Reader.amount_at``
at the bracket's first currency or number), and the shortcut it allows in
``bracketed.bracket_problems`` leaves ``parse_amount``'s answers as the full read gives them."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, parse_amount
from aidcalc.parsing.bracketed import bracket_shape
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.plain import plain_inside, plain_mention

# a plain amount, then its restatement in brackets, in several languages and shapes
BRACKETED = [
    "10 million euros ($11 million)",
    "over 683 million euros (approximately $763 million)",
    "€5 million (€5 billion)",
    "€5 million ($5.4 million)",
    "2,8 Mrd. Euro (3 Mrd. Dollar)",
    "1.500 millones de euros (1.600 millones de dólares)",
    "683 mln. eurų (apie 763 mln. dolerių)",
    "понад 10 млрд грн (близько 250 млн доларів)",
    "5 mld zł (ok. 1,2 mld dolarów)",
    "3 milliards d'euros (3,2 milliards de dollars)",
    "£2.3bn (€2.7bn)",
    "1 billion hryvnias (USD 27 million)",
    "700 миллионов рублей (7 млн евро)",
    "CHF 5 Mio. (5,2 Mio. Euro)",
    "€90 million (£80 million).",
]
# texts the shortcut leaves to the grammar: which crown the first amount is, a range inside
OTHERS = ["75 milliarder kroner (7 mia. euro)", "€5m ($5-6m)", "€5 million (about 5.4)"]


def _inside(text: str):
    reader = Reader(text, None, None)
    first = plain_mention(reader)
    if first is None:
        return None
    shape = bracket_shape(reader, first)
    if shape is None:
        return None
    _, opened, inside, close = shape
    return reader, opened, inside, close


@pytest.mark.parametrize("text", BRACKETED)
def test_plain_inside_is_the_grammars_amount(text):
    found = _inside(text)
    assert found is not None, f"{text!r}: no plain amount before a bracket of one amount"
    reader, opened, inside, close = found
    quick = plain_inside(reader, opened + 1, close)
    read = reader.amount_at(inside)
    if quick is not None:
        assert read is not None and read[2] == close
        assert (quick.value, quick.currency) == (read[0].value, read[0].currency)


def test_most_of_the_table_is_read_by_the_shortcut():
    # the shortcut is taken, not merely allowed: a bracket of each of these shapes reads
    read = [t for t in BRACKETED if (f := _inside(t)) and plain_inside(f[0], f[1] + 1, f[3])]
    assert len(read) >= 8, read


def test_reader_is_left_as_it_was():
    reader = Reader("10 million euros ($11 million)", None, None)
    plain_mention(reader)
    before = (reader.word_langs, reader.plain_refused, list(reader.problems), reader.assumptions)
    assert plain_inside(reader, 4, 7) is not None
    assert (reader.word_langs, reader.plain_refused, reader.problems, reader.assumptions) == before


def _answer(text: str) -> str:
    try:
        return str(parse_amount(text))
    except ParseError as error:
        return f"refused: {error}"


def _with_and_without_shortcut(text: str) -> tuple[str, str]:
    """``parse_amount``'s answer with the shortcut, then with it off (the grammar reads the
    bracket, as before)."""
    module = importlib.import_module("aidcalc.parsing.bracketed")  # the module, not its function
    quick = _answer(text)
    real = module.plain_inside
    module.plain_inside = lambda *args: None
    try:
        return quick, _answer(text)
    finally:
        module.plain_inside = real


@pytest.mark.parametrize("text", BRACKETED + OTHERS)
def test_parse_amount_is_the_full_reads(text):
    quick, full = _with_and_without_shortcut(text)
    assert quick == full


def test_a_thousandfold_bracket_is_still_refused():
    for text in ("€5 million (€5 billion)", "10 million euros ($11 billion)"):
        with pytest.raises(ParseError, match="thousandfold"):
            parse_amount(text)


_NUMBERS = st.sampled_from(["1", "5", "11", "683", "763", "2,8", "1.5", "1.500", "250", "0,5"])
_SCALES = st.sampled_from(
    ["million", "billion", "Mio.", "Mrd.", "mln", "mld", "млн", "млрд", "millones", "miliardi",
     "milliards", "bn", "m", "mil", "tys.", "thousand"]
)  # fmt: skip
_BEFORE = st.sampled_from(["$", "€", "£", "US$", "C$", "CHF ", "EUR ", "kr ", "zł ", "R$ "])
_AFTER = st.sampled_from(
    ["euros", "dollars", "Euro", "Dollar", "zł", "грн", "доларів", "de dólares", "kroner", "lei",
     "EUR", "USD", "€", "Kč"]
)  # fmt: skip
_QUALIFIERS = st.sampled_from(["", "about ", "approximately ", "ok. ", "rund ", "около ", "c. "])


@st.composite
def _bracketed_texts(draw):
    first = f"{draw(_NUMBERS)} {draw(_SCALES)} {draw(_AFTER)}"
    if draw(st.booleans()):
        inside = f"{draw(_BEFORE)}{draw(_NUMBERS)} {draw(_SCALES)}"
    else:
        inside = f"{draw(_NUMBERS)} {draw(_SCALES)} {draw(_AFTER)}"
    return f"{first} ({draw(_QUALIFIERS)}{inside}){draw(st.sampled_from(['', '.']))}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_bracketed_texts())
def test_the_shortcut_never_changes_an_answer(text):
    quick, full = _with_and_without_shortcut(text)
    assert quick == full, text
