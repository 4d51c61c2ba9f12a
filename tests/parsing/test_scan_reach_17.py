"""The reach audit of issue 9's trigger-driven scan (docs/parsing.md, "Round 15"): atoms made
only in windows around the places where money can start, the text between them one gap atom,
would change readings, because some rules read atoms far from any currency. Each test here
states one such rule with its premise measured on the atoms (not assumed), in several forms,
so that a later scan that skips text must keep these readings.

- rule 7 (``shared._opened_breakdowns``): a bare scaled number opening a sentence with a
  breakdown phrase takes the currency of a total up to two sentences back, however many atoms
  stand between them;
- ``SideValue.text_marks``: the decimal mark a number beside a scale word shows anywhere in
  the text (an amount or not) decides whether an amount's ambiguous mark is a default.
"""

import pytest

from aidcalc import extract_amounts
from aidcalc.parsing.atoms import CUR, NUM
from aidcalc.parsing.grammar import _MONEY_AFTER, _MONEY_BEFORE, Reader

# a long clause that names no money and holds no number
_LONG = {
    "en": "agreed after long talks between the ministers and the many agencies of both "
    "governments over several weeks of meetings in the capital",
    "de": "vereinbart nach langen Gesprächen zwischen den Ministern und den vielen Behörden "
    "beider Regierungen über mehrere Wochen in der Hauptstadt",
    "es": "acordado tras largas conversaciones entre los ministros y las muchas agencias de "
    "ambos gobiernos durante varias semanas en la capital",
}

BREAKDOWNS = [
    ("en", "The package totals $900 million, {long}. Of this, 300 million goes to demining."),
    ("en", "Oslo set aside €2 billion, {long}. Of the total, 500 million is for shelters."),
    ("de", "Das Paket umfasst 900 Millionen Euro, {long}. Davon gehen 300 Millionen in Minen."),
    ("es", "El paquete suma 900 millones de euros, {long}. De ellos, 300 millones irán al PMA."),
]


def _atoms_apart(text: str, first_end: int, number_start: int) -> int:
    """The atoms strictly between the last currency atom ending by ``first_end`` and the
    number atom starting at ``number_start``."""
    atoms = Reader(text, None, None).atoms
    currency = max(k for k, a in enumerate(atoms) if a.kind == CUR and a.end <= first_end)
    number = next(k for k, a in enumerate(atoms) if a.kind == NUM and a.start == number_start)
    return number - currency - 1


@pytest.mark.parametrize(("lang", "template"), BREAKDOWNS)
def test_breakdown_reads_a_number_beyond_any_window(lang, template):
    text = template.format(long=_LONG[lang])
    found = extract_amounts(text)
    assert len(found) == 2
    whole, part = found
    assert part.amount.currency == whole.amount.currency
    assert "shared-currency" in part.assumptions
    # the premise: the part's number is farther from every currency than a number's reach
    # to its money (``_MONEY_BEFORE`` + ``_MONEY_AFTER`` atoms), so a window of that reach
    # around each currency would hold no atom of it
    assert not any(a.kind == CUR for a in Reader(text[whole.end :], None, None).atoms)
    assert _atoms_apart(text, whole.end, part.start) > _MONEY_BEFORE + _MONEY_AFTER


MARKS_FAR = [
    ("The fund got €1.500 for repairs.", "2,5 million people had left"),
    ("The fund got €1.500 for repairs.", "4,2 billion doses were made"),
    ("Kyiv received $7.250 in cash.", "1,5 thousand homes were hit"),
]


@pytest.mark.parametrize(("amount_sentence", "far"), MARKS_FAR)
def test_a_far_number_with_a_scale_decides_the_mark(amount_sentence, far):
    alone = extract_amounts(amount_sentence)
    text = f"{amount_sentence} Later, in a separate statement, {_LONG['en']}, it said {far}."
    both = extract_amounts(text)
    assert len(alone) == len(both) == 1  # the far number is no amount
    assert both[0].amount == alone[0].amount
    # alone, the ambiguous mark is a default; the far number's comma (beside its scale word,
    # no currency within any window's reach) shows the text's marks and removes that default
    assert "decimal-default" in alone[0].assumptions
    assert "decimal-default" not in both[0].assumptions
    far_at = text.index(far)
    assert not any(
        a.kind == CUR and a.start > text.index("Later") for a in Reader(text, None, None).atoms
    )
    assert _atoms_apart(text, len(amount_sentence), far_at) > _MONEY_BEFORE + _MONEY_AFTER
