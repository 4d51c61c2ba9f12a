"""How the three paths read a text, for table tests that compare them: extraction with what it
leaves out, and a pledge table's value cell."""

from __future__ import annotations

from aidcalc.parsing import extract_amounts
from aidcalc.pledges.values import read_amounts


def left_out(text: str, lang: str | None = None) -> tuple[list[str], list[str]]:
    """Return the amounts ``extract_amounts`` reads in ``text`` and the reasons of those it
    refuses."""
    refused: list = []
    found = [str(m.amount) for m in extract_amounts(text, lang=lang, refused=refused)]
    return found, [r.reason for r in refused]


def read_cell(text: str, currency: str = "", lang: str = "") -> tuple:
    """Return a pledge table's reading of the value cell ``text`` beside a currency column."""
    return read_amounts([text], [""], [currency], langs=[lang])[0]
