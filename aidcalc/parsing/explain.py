"""Why a text holds no amount: the message of ``ParseError``, naming what was missing and where.

>>> from aidcalc.parsing import parse_amount
>>> parse_amount("found €")
Traceback (most recent call last):
...
aidcalc.errors.ParseError: found the currency '€' at position 6 but no number
"""

from __future__ import annotations

from typing import Any

from .atoms import CUR, NUM, PERCENT, SCALE, WORDS


def explain_missing(reader: Any) -> tuple[str, int | None]:
    """Return why no amount was found, naming what was missing, and where."""
    if reader.problems:
        return reader.problems[0][1], reader.problems[0][0]
    if not reader.text.strip():
        return "empty text: no amount to parse", None
    numbers = [i for i, a in enumerate(reader.atoms) if a.kind == NUM]
    numbers += [i for i, a in enumerate(reader.atoms) if a.kind == WORDS and reader.number_at(i)]
    currencies = [a for a in reader.atoms if a.kind == CUR]
    if numbers:
        index = min(numbers)
        atom = reader.atoms[index]
        end = atom.end
        for following in reader.atoms[index + 1 :]:
            if following.kind == PERCENT:
                text = reader.text[atom.start : following.end]
                return f"{text!r} is a percentage, not money", atom.start
            if following.kind not in (SCALE, WORDS):
                break
            end = following.end
        return (
            f"no currency next to the number {reader.text[atom.start : end]!r} "
            f"at position {atom.start}"
        ), atom.start
    if currencies:
        atom = currencies[0]
        return (
            f"found the currency {reader.text[atom.start : atom.end]!r} at position "
            f"{atom.start} but no number"
        ), atom.start
    return f"no number and no currency in {reader.text[:60]!r}", None
