"""Round 16 of the parse speed work changes no reading: each cheaper way to the same fact gives
what the way it replaces gives (docs/parsing.md, "Fast paths")."""

from __future__ import annotations

import itertools
import re

import pytest

from aidcalc.parsing import _NUMBER_FIRST_RE, _SIGN_FIRST_RE, _SIMPLE_RE

# the number group as it was before round 16: not atomic
_ATOMIC = r"(?P<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))"
_PLAIN = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"

LEADS = ["", "€", "$", "US $", "about ", "up to £", "EUR ", "CA$", "~$", "more than €", "Rs "]
NUMBERS = ["5", "1,234", "1,234.56", "1.234,56", "12,5", "1,2345", "1234,567", ".5", "0.5",
           "1.2.3", "12,345.678", "1 234,56", "683", "1,00,00,000", "5.", "5,",
           "999,999,999"]  # fmt: skip
TAILS = ["", " ", "m", " m", "bn", " million", " million EUR", "M€", " €", " EUR", " mln. €",
         " Mrd. Euro", "kEUR", " millions", ",56 €", ".00 EUR", " 000", "5", " tn USD ",
         "  m"]  # fmt: skip


@pytest.mark.parametrize("expression", [_SIMPLE_RE, _SIGN_FIRST_RE, _NUMBER_FIRST_RE])
def test_the_atomic_number_matches_as_the_plain_group(expression):
    # what follows the number never starts with a digit, a comma or a point, so the atomic
    # group gives every match (and each group's span) the plain one gives, and no other
    assert _ATOMIC in expression.pattern
    before = re.compile(expression.pattern.replace(_ATOMIC, _PLAIN), expression.flags)
    for lead, number, tail in itertools.product(LEADS, NUMBERS, TAILS):
        text = lead + number + tail
        now, was = expression.fullmatch(text), before.fullmatch(text)
        assert (now is None) == (was is None), text
        if now is not None:
            assert now.regs == was.regs, text


def _framed_as_it_was(text: str):
    """``parsing._framed_amount`` before round 16: the mark from a second match."""
    from aidcalc.parsing import _FRAMED_MARKS, _simple_amount
    from aidcalc.parsing.framed import framed_core

    core = framed_core(text)
    if core is None:
        return None
    amount = _simple_amount(core)
    if amount is None:
        return None
    match = _SIMPLE_RE.fullmatch(core)
    mark = match.group("pre") or match.group("post")
    if mark in _FRAMED_MARKS or (len(mark) == 3 and mark.isalpha()):
        return amount
    return None


MARKS = ["$", "€", "£", "₴", "₹", "₩", "US$", "US $", "C$", "CA$", "A$", "AU$", "NZ$", "HK$",
         "EUR ", "USD", "GBP "]  # fmt: skip
FRAMES = [("a package worth ", ""), ("", " in military aid"), ("an additional ", ""),
          ("some ", " in aid"), ("", " loans"), ("total ", " budget")]  # fmt: skip


@pytest.mark.parametrize(("before", "after"), FRAMES)
def test_the_framed_mark_is_told_as_by_the_second_match(before, after):
    from aidcalc.parsing import _framed_amount

    read = 0
    for mark, number, tail in itertools.product(MARKS, ["5", "2.5", "1,200"], ["", "m", " bn"]):
        for core in (
            f"{mark}{number}{tail}",
            f"about {mark}{number}{tail}",
            f"{number}{tail} {mark}",
        ):
            text = before + core.strip() + after
            assert repr(_framed_amount(text)) == repr(_framed_as_it_was(text)), text
            read += _framed_amount(text) is not None
    assert read > 20  # the premise: the frame is read
