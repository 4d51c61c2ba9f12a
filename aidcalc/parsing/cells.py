"""One amount per cell: the check a table cell or a Series value must pass before its amount
counts (a cell that states two amounts, or multiplies one, is refused, never read as its first
amount).

Used by ``aidcalc.pledges.values`` (rules 4 and 7 of ``read_pledges``) and ``aidcalc.frames``
(``parse_amounts``, ``Series.aidcalc.parse``), so both refuse the same cells with the same words.
"""

from __future__ import annotations

import re

_NUMBER_RUN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_JOINERS = re.compile(r"[+&;/×*]|\s(?:and|und|et|y|e|i|ir|і|та|и|og|och|en)\s", re.IGNORECASE)
_MULTIPLY = re.compile(r"\d\s*[x×*]\s*$", re.IGNORECASE)
_MULTIPLY_AFTER = re.compile(r"^\s*[x×*]\s*\d", re.IGNORECASE)


def may_hold_two(text: str) -> bool:
    """True when ``text`` may state a second amount or a product: it has two runs of digits, or
    a sign or word that joins two amounts. Only those texts need reading for every amount
    they hold; the others hold one number, hence at most one amount.

    >>> may_hold_two("€5 million"), may_hold_two("€100m + €50m"), may_hold_two("5 and 6 m€")
    (False, True, True)
    """
    return len(_NUMBER_RUN.findall(text)) > 1 or bool(_JOINERS.search(text))


def several_amounts(text: str, mentions: list) -> str | None:
    """Return why ``text`` is not one amount, given the mentions read in it that restate no
    other (``Mention.equivalent_of is None``), else None: two or more amounts ("2 amounts in
    one cell (€100m, €50m): give each its own row"), or a multiplication (``2 x €50 million``).

    >>> from decimal import Decimal
    >>> from aidcalc import extract_amounts
    >>> several_amounts("€100m + €50m", extract_amounts("€100m + €50m"))
    '2 amounts in one cell (€100m, €50m): give each its own row'
    >>> from aidcalc.amount import Amount
    >>> from aidcalc.parsing import Mention
    >>> fifty = Mention(Amount(Decimal("50000000"), "EUR"), 4, 15)  # the parser refuses it first
    >>> several_amounts("2 x €50 million", [fifty])
    "'2 x €50 million' multiplies an amount: write the product, one amount per row"
    >>> several_amounts("€10 million ($11 million)", [
    ...     m for m in extract_amounts("€10 million ($11 million)") if m.equivalent_of is None])
    """
    if len(mentions) > 1:
        listed = ", ".join(text[m.start : m.end] for m in mentions)
        return f"{len(mentions)} amounts in one cell ({listed}): give each its own row"
    if mentions and (
        _MULTIPLY.search(text[: mentions[0].start])
        or _MULTIPLY_AFTER.search(text[mentions[0].end :])
    ):
        return f"{text!r} multiplies an amount: write the product, one amount per row"
    return None


# a cell wholly in one bracket that holds a number ("(€5m)", "(GBP 5,000,000)"), or a bare number
# in brackets with a currency code before or after it ("NOK (1,500,000)", "(5 000 000) EUR")
_WHOLE_BRACKET = re.compile(r"\(\s*([^()]*\d[^()]*?)\s*\)")
_CODE_OUTSIDE = re.compile(
    r"(?:[A-Z]{3}\s*)?\(\s*([-\u2212\u2013]?\s*\d[\d \u00a0\u202f\u2009'\u2019.,]*)\s*\)"
    r"(?:\s*[A-Z]{3})?"
)
MINUS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash


def bracketed(text: str, where: str = "") -> str | None:
    """Return why a cell holding an amount in brackets is refused, or None for any other cell.

    Accounting writes a negative in brackets, so a cell that is one amount in brackets is
    neither added as a positive nor turned negative by a guess, wherever its currency stands:
    ``(5,000,000) GBP``, ``(GBP 5,000,000)``, ``(€5m)`` and ``(100000000)`` are refused with
    the same words (``read_pledges`` rule 7; ``parse_amounts``). A correction is written with a
    minus. Brackets around words, or after an amount (a restatement, ``€10m ($11m)``), are no
    such cell.

    >>> print(bracketed("(100000000)").replace(": ", ":\\n"))
    '(100000000)' is a number in brackets, as accounting writes a negative:
    write -100000000 for a correction, or 100000000 without the brackets
    >>> print(bracketed("(€5m)").replace(": ", ":\\n"))
    '(€5m)' is a number in brackets, as accounting writes a negative:
    write -€5m for a correction, or €5m without the brackets
    >>> bracketed("NOK (1,500,000)")[:40], bracketed("€5m ($5.4m)"), bracketed("€5m")
    ("'NOK (1,500,000)' is a number in bracket", None, None)
    """
    stripped = text.strip()
    match = _CODE_OUTSIDE.fullmatch(stripped) or _WHOLE_BRACKET.fullmatch(stripped)
    if match is None:
        return None
    inside = match.group(1).strip()
    if inside[:1] in MINUS:
        return (
            f"{text!r}{where} is a signed number in brackets: write {inside} without the brackets"
        )
    return (
        f"{text!r}{where} is a number in brackets, as accounting writes a negative: write "
        f"-{inside} for a correction, or {inside} without the brackets"
    )


# what may stand before an amount in brackets that accounting writes so, on its line: nothing,
# a label's colon or equals sign, a cell's tab or bar, a comma glued to a word (a CSV cell);
# and after it: nothing, a cell's tab or bar, or a mark of the end
_LABEL_BEFORE = re.compile(r"(?:\A|[\n\r\t:|=]|(?<=\w),)[ \u00a0]*\Z")
_END_AFTER = re.compile(r"[ \u00a0]*(?:\Z|[\n\r\t.,;|])")


def accounting_bracket(text: str, opened: int, closed: int, where: str = "") -> str | None:
    """Why the amount alone in the brackets ``text[opened:closed]`` is refused, when the
    brackets stand as accounting writes a negative: on a line of their own, in a cell, or
    after a label, with a line's or clause's end after them ("Net change: (€1,000,000)",
    "Korekta: (1 mln zł).", "France<TAB>(€5m)", "| Net change | (€1m) |", "Net
    change,(€1m)"). None where brackets set an aside off ("The fund (€2.5 million) was
    approved", "€5m ($5.4m)"), and where they hold the whole text ("(€5m)": extraction reads
    an amount framed in brackets as it reads it alone, as the metamorphic tests ask). The
    words are those of ``bracketed``, with ``where`` after the quoted brackets.

    >>> accounting_bracket("Net change: (€1,000,000)", 12, 24)[:60]
    "'(€1,000,000)' is a number in brackets, as accounting writes"
    >>> accounting_bracket("The fund (€2.5m) was approved.", 9, 16) is None
    True
    """
    if not (_LABEL_BEFORE.search(text, 0, opened) and _END_AFTER.match(text, closed)):
        return None
    if not text[:opened].strip() and not text[closed:].strip(" \u00a0\t\r\n."):
        return None  # the whole text (``parse_amount`` refuses it, as a table cell's)
    return bracketed(text[opened:closed], where)
