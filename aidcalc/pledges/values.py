"""The money of each pledge row: ``amount`` text, or ``value`` + ``currency``, read by the
parser's rules, each distinct cell once.

Rules, in the order ``read_amounts`` applies them to a row:

1. **a bare number** (digits with grouping marks, ``35,000,000``, ``35.000.000``,
   ``35 000 000``, ``-1000000``), in ``amount`` or ``value``, takes its currency from the
   ``currency`` column. A mark that could group or end the integer part (``1.500``, ``1,500``)
   is decided by the column: another cell that shows the mark as a decimal mark (``2.5``,
   ``1,234.5``) or as a grouping mark (``1.234.567``, ``1.234,5``) decides it, else the
   table's language (``lang=``); with neither, or with evidence both ways, the cell is a bad
   row rather than a guess. A ``value`` cell of digits alone or grouped by threes with one
   mark used twice or more (``35,000,000``), which reads the same whatever the decimal mark,
   is read for all rows at once (``plain_values``), and is evidence for the others all the
   same. Any other bare number is checked by the parser, the digits followed by the currency
   code (``5 8`` as ``5 8 EUR``): one it refuses (``5, 8``, ``1.2.3``) or reads only a part
   of (``5 8``: ``8 EUR``) is a bad row with its reason, never the digits joined
   (``_checked_bare``); the parser's value and assumptions are taken, but for the ambiguous
   mark the column decided;
2. **amount text** (``€5 million``, ``5 million``, ``over 683 million euros``) is read by
   ``parse_amount`` with the row's language and the ``currency`` cell as the hint for a bare
   ``$`` or ``kroner``; without a ``currency`` cell, the donor's home currency is the hint
   when the text alone is ambiguous or rests on a default and the symbol can mean it (``$``
   from Canada is CAD, ``kroner`` from Norway NOK), recorded as the assumption
   ``donor-currency``; text without a currency is read with the column's currency, as the
   parser reads the text followed by the code, its assumptions kept (``5 billion``:
   ``short-scale``). A ``value`` cell (``over 5 million``, ``10-20``, ``1e6``) must be one
   amount that the parser reads whole: ``5 von 8``, ``+5``, ``0x10``, of which it reads
   only ``8``, ``5``, ``10``, are bad rows;
3. the text names a currency and the ``currency`` column another: a bad row;
4. two amounts in one cell (``€100m + €50m``, ``€50m (2024) and €70m (2025)``) or a
   multiplication (``2 x €50 million``): a bad row, never the first amount alone (a
   restatement, ``€10 million ($11 million)``, is one amount);
5. a leading minus (``-€1 million``, ``−5,000``) makes a correction: the value (and the top
   of a range) is negative, and it subtracts from totals;
6. a row with both ``amount`` text and a ``value`` cell (an extracted file a reviewer edited)
   is read from the text, and a ``value`` that is not the number the text gives (its low end
   for a range) is a bad row: neither the edit nor the text wins silently. A ``currency``
   cell that differs from the text's is rule 3;
7. a number in brackets (``(100000000)``, ``NOK (1,500,000)``, ``(5 000 000) EUR``), or a
   cell wholly in one bracket holding an amount (``(GBP 5,000,000)``, ``(€5m)``), which
   accounting writes for a negative, is a bad row saying so, in the same words wherever the
   currency stands, before any other rule reads it (``aidcalc.parsing.cells.bracketed``): a
   correction is written with a minus (rule 5), and a bracket is never read as a sign, nor its
   amount as a positive, by a guess.

>>> found = read_amounts(["35,000,000", "€5 million", "-1.5"], [""] * 3, ["NOK", "", "EUR"])
>>> [(value, currency) for value, currency, _, _ in found]
[(35000000.0, 'NOK'), (5000000.0, 'EUR'), (-1.5, 'EUR')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ..parsing.cells import bracketed, may_hold_two, several_amounts
from .shapes import field

NAN = float("nan")
MINUS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash
_BARE = re.compile(r"[-\u2212\u2013]?\s*\d[\d \u00a0\u202f\u2009'\u2019.,]*")
_AMBIGUOUS = re.compile(r"\d{1,3}[.,]\d{3}")

Found = tuple[Any, ...]  # (value, currency, qualifier, high) or (column, reason)


def is_bare(text: str) -> bool:
    """True when ``text`` is a number alone (grouping marks, a sign), without currency or scale."""
    return bool(_BARE.fullmatch(text))


def decimal_evidence(cells: Sequence[str]) -> set[str]:
    """Return the decimal marks (``.``, ``,``) that the bare numbers of a column show."""
    shown: set[str] = set()
    for text in cells:
        digits = "".join(c for c in text if c.isdigit() or c in ".,")
        dots, commas = digits.count("."), digits.count(",")
        if dots and commas:
            shown.add("." if digits.rfind(".") > digits.rfind(",") else ",")
        elif dots > 1:
            shown.add(",")
        elif commas > 1:
            shown.add(".")
        elif dots + commas == 1:
            mark = "." if dots else ","
            whole, _, fraction = digits.partition(mark)
            if len(fraction) != 3 or whole.lstrip("0") == "":
                shown.add(mark)
    return shown


def language_decimal(lang: str | None) -> str | None:
    """Return the decimal mark of ``lang`` in CLDR (``de``: ``,``), or None."""
    if not lang:
        return None
    try:
        from babel import Locale

        return Locale.parse(lang).number_symbols["latn"]["decimal"]
    except (ValueError, LookupError, ImportError, TypeError):
        return None


BOTH = "?"  # decimal_for: the column shows both marks and no language decides


def column_marks(
    amounts: Sequence[str], values: Sequence[str], langs: Sequence[str]
) -> dict[str, set[str]]:
    """Return the decimal marks (``decimal_evidence``) the bare numbers of the ``amount`` and
    ``value`` cells show, per row language (``''``: rows without a ``lang`` cell): rows
    written in one language are evidence for each other, not for the rows of another.

    >>> column_marks(["35.000.000", "2,500,000", "1.500"], ["", "", ""], ["de", "en", "de"])
    {'de': {','}, 'en': {'.'}}
    """
    cells: dict[str, list[str]] = {}
    for row in (zip(amounts, langs, strict=True), zip(values, langs, strict=True)):
        for text, lang in row:
            if text and is_bare(text):
                cells.setdefault(lang, []).append(text)
    return {lang: decimal_evidence(texts) for lang, texts in cells.items()}


def decimal_for(shown: set[str], lang: str | None) -> str | None:
    """Return the decimal mark a bare cell with an ambiguous mark (``1.500``) is read with.

    ``shown`` is the evidence of the other bare numbers of its column in the same language
    (``column_marks``). One mark shown decides; when the column shows both (``35.000.000``
    beside ``2,500,000``), or none, the language (the row's ``lang`` cell, else ``lang=``)
    decides by its CLDR decimal mark; with neither, ``BOTH`` (both shown) or None, and the
    ambiguous cell is a bad row (``read_bare``). A cell whose own marks decide it
    (``35.000.000``, ``2,500,000``, ``2.5``) is read by its own shape whatever this returns.

    >>> decimal_for({","}, "en"), decimal_for({",", "."}, "de"), decimal_for({",", "."}, None)
    (',', ',', '?')
    >>> decimal_for(set(), "en"), decimal_for(set(), None)
    ('.', None)
    """
    if len(shown) == 1:
        return next(iter(shown))
    return language_decimal(lang) or (BOTH if shown else None)


def read_bare(text: str, decimal: str | None) -> Decimal | str:
    """Return the value of a bare number, or why it is not read (an ambiguous mark).

    ``decimal`` (``decimal_for``) decides only an ambiguous mark (``1.500``); without a mark
    (None, ``BOTH``), an ambiguous cell is refused with the reason and the way to fix it.

    >>> read_bare("35.000.000", BOTH), read_bare("-1.500", ","), read_bare("1,500", ".")
    (Decimal('35000000'), Decimal('-1500'), Decimal('1500'))
    >>> read_bare("1.500", BOTH)[:40]
    "'1.500' reads as 1500 or 1.5: the column"
    """
    from ..parsing.numbers import is_ambiguous, read_number

    sign = -1 if text[:1] in MINUS else 1
    digits = text.lstrip(MINUS).strip()
    if is_ambiguous(digits) and decimal not in (".", ","):
        whole, mark, fraction = re.split(r"([.,])", digits)
        why = (
            "the column's other numbers show both '.' and ',' as decimal marks"
            if decimal == BOTH
            else "no other number in the column shows the decimal mark"
        )
        return (
            f"{text!r} reads as {whole}{fraction} or {Decimal(f'{whole}.{fraction}').normalize()}: "
            f"{why}; give lang= (--lang) or a lang column, or write it without grouping"
        )
    return sign * read_number(digits, decimal=decimal if decimal in (".", ",") else None)


def read_amounts(
    amounts: Sequence[str],
    values: Sequence[str],
    currencies: Sequence[str],
    langs: Sequence[str] | None = None,
    lang: str | None = None,
    homes: Sequence[str] | None = None,
    assumptions: list[str] | None = None,
) -> list[Found]:
    """Return (value, currency, qualifier, high) of every row, or (column, reason) if bad.

    ``amounts``, ``values`` and ``currencies`` are the stripped text cells (``''`` when
    missing), ``langs`` the row languages (default ``lang``), ``homes`` the home currency of
    each row's donor (``''`` when none). Each distinct combination of cells is read once.
    ``assumptions``, when given, receives per row the codes of the defaults its reading rests
    on, ``|`` between them (``''`` when the text decides everything).

    >>> notes = []
    >>> found = read_amounts(["$5m", "$5m"], ["", ""], ["", ""], homes=["CAD", "EUR"],
    ...                      assumptions=notes)
    >>> [currency for _, currency, _, _ in found], notes
    (['CAD', 'USD'], ['donor-currency', 'dollar-usd'])
    """
    homes = homes if homes is not None else [""] * len(amounts)
    langs = langs if langs is not None else [""] * len(amounts)
    plain = plain_values(amounts, values, currencies)
    slow = [k for k, number in enumerate(plain) if number is None]
    shown = column_marks(
        [amounts[k] for k in slow], [values[k] for k in slow], [langs[k] for k in slow]
    )
    for value, row_lang, number in zip(values, langs, plain, strict=True):
        if number is not None and ("," in value or "." in value):  # decimal_evidence's mark
            shown.setdefault(row_lang, set()).add("." if "," in value else ",")
    cache: dict[tuple[str, str, str, str, str], tuple[Found, str]] = {}
    # the readings the donor's home currency did not take part in, by the cells alone: rows
    # that differ only in the donor share them (a million rows of ten donors read each text
    # once, not once per donor)
    shared: dict[tuple[str, str, str, str], tuple[Found, str]] = {}
    _MENTIONS.clear()  # each text is parsed once per language and hint, whatever the donor
    _AMOUNTS.clear()
    _SHAPES[0] = _new_shapes()  # texts that differ only in their numbers: one shape
    out = []
    rows = zip(amounts, values, currencies, langs, homes, plain, strict=True)
    for text, value, currency, row_lang, home, number in rows:
        if number is not None:  # a plain value with its currency: _with_currency's reading
            out.append((number, currency, None, NAN))
            if assumptions is not None:
                assumptions.append("")
            continue
        key = (text, value, currency, row_lang, home)
        found = cache.get(key) or shared.get(key[:4])
        if found is None and text and not value and not currency:  # a shape's reading, at once
            derived = _derived(text, row_lang or lang, home)
            if derived is not None:
                found = cache[key] = derived[:2]
                if not derived[2]:
                    shared[key[:4]] = found
        if found is None:
            language = row_lang or lang
            decimal = decimal_for(shown.get(row_lang, set()), language)
            _ASSUMED.clear()
            _HOME_ASKED[0] = False
            found = (_read_row(text, value, currency, language, decimal, home), "|".join(_ASSUMED))
            cache[key] = found
            if not _HOME_ASKED[0]:
                shared[key[:4]] = found
        out.append(found[0])
        if assumptions is not None:
            assumptions.append(found[1] if not isinstance(found[0][0], str) else "")
    _MENTIONS.clear()
    _AMOUNTS.clear()
    _SHAPES[0] = None
    return out


# value cells read at once (rule 1's commonest shapes): digits alone, or grouped by threes with
# one mark used at least twice ("35,000,000", "35.000.000"), a "-" before them; read_number
# reads such a cell the same whatever the decimal mark, and a "-" makes it negative
_PLAIN = re.compile(r"-?(?:[0-9]{1,18}|[0-9]{1,3}(?:,[0-9]{3}){2,5}|[0-9]{1,3}(?:\.[0-9]{3}){2,5})")


def plain_values(
    amounts: Sequence[str], values: Sequence[str], currencies: Sequence[str]
) -> list[float | None]:
    """Return per row the value ``read_amounts`` reads from a ``value`` cell of a plain shape
    (``_PLAIN``) with a known currency code and no amount text, else None (the row is read
    by the rules). The value is ``read_bare``'s, as a float: the digits without their marks,
    negative after a ``-`` (``-0`` is ``-0.0``, as ``float(Decimal('-0'))``).

    >>> plain_values(["", "", "€5m", ""], ["35,000,000", "1,500", "", "-2.500.000"],
    ...              ["NOK", "NOK", "", "EUR"])
    [35000000.0, None, None, -2500000.0]
    """
    from ..amount import known_currencies

    known = known_currencies()
    if len(values) >= _AT_ONCE:
        found = _plain_at_once(amounts, values, currencies, known)
        if found is not None:
            return found
    out: list[float | None] = []
    for text, value, currency in zip(amounts, values, currencies, strict=True):
        if text or currency not in known or _PLAIN.fullmatch(value) is None:
            out.append(None)
            continue
        number = float(int(value.lstrip("-").replace(",", "").replace(".", "")))
        out.append(-number if value[:1] == "-" else number)
    return out


_AT_ONCE = 10_000  # from this many cells plain_values reads them by pyarrow, all at once


def _plain_at_once(amounts, values, currencies, known) -> list[float | None] | None:
    """Return ``plain_values``'s list, found by pyarrow's kernels (one RE2 match of ``_PLAIN``,
    the marks removed, an int64 cast): the 726,399 combinations of cells of a 1M-row table of
    ``value`` + ``currency`` are not matched one by one. None when pyarrow is not installed or
    a cell is not text (the loop then reads them)."""
    try:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow is an optional dependency of pandas
        return None
    try:
        value = pa.array(values, type=pa.large_string())
        text = pa.array(amounts, type=pa.large_string())
        currency = pa.array(currencies, type=pa.large_string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if value.null_count or text.null_count or currency.null_count:
        return None
    plain = pc.and_(
        pc.and_(pc.equal(text, ""), pc.is_in(currency, value_set=pa.array(sorted(known)))),
        pc.match_substring_regex(value, f"^(?:{_PLAIN.pattern})$"),
    ).to_numpy(zero_copy_only=False)
    digits = pc.replace_substring_regex(pc.if_else(plain, value, "0"), "[-,.]", "")
    numbers = pc.cast(digits, pa.int64()).to_numpy().astype(np.float64)
    negative = pc.starts_with(value, "-").to_numpy(zero_copy_only=False)
    numbers = np.where(negative, -numbers, numbers).astype(object)  # Python floats; -0.0 kept
    numbers[~plain] = None
    return numbers.tolist()


_ASSUMED: list[str] = []  # the assumptions of the row being read (read_amounts clears it)
# whether the reading of the row being read depends on the donor's home currency (rule 2: no
# currency cell, and the text alone is ambiguous or rests on a default), whatever the donor
_HOME_ASKED = [False]
# the parser's answers while read_amounts runs: rows that differ only in the donor's home
# currency or the currency column share a text, and its reading without the donor's hint
_MENTIONS: dict[tuple, tuple[Any, ValueError | None]] = {}
_AMOUNTS: dict[tuple, list] = {}
# while read_amounts runs, the readings of its texts per shape (aidcalc.pledges.shapes)
_SHAPES: list[Any] = [None]


def _new_shapes():
    from ..parsing import parse_mention
    from .shapes import Shapes

    return Shapes(parse_mention)


def _derived(text: str, lang: str | None, home: str = "") -> tuple[Found, str, bool] | None:
    """Return what ``_read_row`` gives an amount text that has no ``value`` or ``currency``
    cell beside it, when its shape derives it (``Shapes.derivable``): (the reading, its
    assumption codes joined by ``|``, whether the donor's home currency ``home`` took part).
    The rules are ``_read_amount``'s: a reading that rests on a default (a bare ``$``) takes
    the donor's home currency when the text read with it as a hint names it, with
    ``donor-currency``. None when the text is a bare number or starts with a minus sign (a
    correction), or when a shape it needs has not passed its probes: ``_read_row`` reads it,
    the same reading without a ``Mention`` and an ``Amount`` made for every text of a shape.

    >>> _SHAPES[0] = _new_shapes()
    >>> _derived("€730 million", None) is None  # a shape not read yet: _read_row reads it
    True
    >>> for text in ("€730 million", "€450 million", "$45 million", "$73 million"):
    ...     _ = _read_row(text, "", "", None, None, home="CAD")  # the first, then the probes
    >>> _derived("€120 million", None)
    ((120000000.0, 'EUR', None, nan), '', False)
    >>> _derived("$92 million", None)  # no donor's currency: the default
    ((92000000.0, 'USD', None, nan), 'dollar-usd', True)
    >>> _derived("$92 million", None, home="CAD")
    ((92000000.0, 'CAD', None, nan), 'donor-currency', True)
    >>> _SHAPES[0] = None
    """
    shapes = _SHAPES[0]
    if shapes is None or text.lstrip()[:1] in MINUS or is_bare(text):
        return None
    found = shapes.derivable(text, lang, None)
    if found is None:
        return None
    template, numbers = found
    assumed = template[2]
    asked = bool(assumed)  # the text alone rests on a default: the donor's currency may decide
    if asked and home and template[0] != home:
        hinted = shapes.derivable(text, lang, home)
        if hinted is None:
            return None
        if hinted[0][0] == home:  # it does
            template, assumed = hinted[0], (*hinted[0][2], "donor-currency")
    currency, qualifier, _, value_rule, high_rule = template
    value, high = field(value_rule, numbers), field(high_rule, numbers)
    if value is None or (high is not None and high < value):  # Amount refuses it: the parser's
        return None
    shapes.derived += 1
    reading = (float(value), currency, qualifier, float(high) if high is not None else NAN)
    return reading, "|".join(assumed), asked


def _read_row(
    text: str, value: str, currency: str, lang: str | None, decimal, home: str = ""
) -> Found:
    if text:
        found = _read_amount(text, currency, lang, decimal, home=home)
        if value and not isinstance(found[0], str):
            return _agrees(found, text, value, decimal)
        return found
    if not value:
        return ("value", "missing")
    if not is_bare(value):
        try:
            number = float(value)  # inf, nan: numbers Python reads, never a value
        except ValueError:
            number = 0.0
        if number != number or number in (float("inf"), float("-inf")):
            return ("value", f"{value!r} is not a finite number")
        # 1e6 too is read by the parser's rules: Python's float() also takes "1_000", "+5"
        found = _read_amount(value, currency, lang, decimal, column="value")
        if found[0] == "value" or found[1] == currency or not currency:
            return found
        return ("value", f"{value!r} names {found[1]}, the currency column says {currency}")
    read = read_bare(value, decimal)
    if isinstance(read, str):
        return ("value", read)
    return _checked_bare(value, read, currency, lang, "value")


# a bare number of one group of three after one to three digits, the first not 0 ("1,500",
# "104.438"): the parser reads it as one number whatever the language (its value the mark's)
_ONE_GROUP = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def _checked_bare(text: str, number: Decimal, currency: str, lang, column: str) -> Found:
    """Return the reading of a bare number cell (``is_bare``) with its currency code, as the
    parser reads the digits followed by the code (``"5 8"`` is read as ``"5 8 EUR"``).

    ``number`` is ``read_bare``'s value. The parser must read the digits (the sign aside, rule
    5) as one number spanning them: ``5 8``, ``5, 8``, ``1.2.3`` are refused with its reason,
    never joined into ``58``, ``5.8``, ``123``. A cell with an ambiguous mark (``1.500``)
    keeps ``number``, the mark the column or language decided (``decimal_for``), and one of a
    single group (``_ONE_GROUP``, ``1,500``) is not parsed at all; any other cell takes the
    parser's value and assumptions."""
    from ..parsing.numbers import is_ambiguous

    found = _with_currency(number, currency)
    if isinstance(found[0], str):
        return found
    digits = text.lstrip(MINUS).strip()
    if _ONE_GROUP.fullmatch(digits):  # "104,438": one number in every language, its mark the
        return found  # column's; the parser is not asked once per currency
    written = f"{digits} {currency}"
    mention, error = _mention(written, lang, None)
    if mention is None:
        return (column, str(error))
    if not _covers(written, mention):  # "5 8": the parser reads 8 alone
        return (column, _part(written, mention))
    if is_ambiguous(digits):
        return found
    _ASSUMED[:0] = mention.assumptions
    value = float(mention.amount.value)  # negated as a float: "-0" stays -0.0 (plain_values)
    return (-value if text[:1] in MINUS else value, currency, None, NAN)


def _agrees(found: Found, text: str, value: str, decimal) -> Found:
    """Return ``found`` (the reading of ``text``) when the ``value`` cell gives the same number,
    else the bad row of rule 6."""
    if is_bare(value):
        number = read_bare(value, decimal)
    else:
        try:
            number = Decimal(value)
        except ArithmeticError:
            number = None
    if isinstance(number, Decimal) and number.is_finite() and number == Decimal(str(found[0])):
        return found
    said = format(Decimal(str(found[0])).normalize(), "f")
    return (
        "value",
        f"{value!r} disagrees with the amount {text!r} ({said} {found[1]}): "
        "correct one of them, or empty the other",
    )


def _with_currency(value: Decimal, currency: str) -> Found:
    from ..amount import known_currencies

    if not currency:
        return ("currency", "missing")
    if currency not in known_currencies():
        return ("currency", f"unknown currency code {currency!r} (not an ISO 4217 code)")
    return (float(value), currency, None, NAN)


def _mention(text: str, lang, hint: str | None) -> tuple[Any, ValueError | None]:
    """Return (the first mention of ``text``, None), or (None, why it has none)."""
    key = (text, lang, hint)
    found = _MENTIONS.get(key)
    if found is None:
        shapes = _SHAPES[0]
        if shapes is not None:  # read_amounts: derived from its shape's reading when it can be
            found = shapes.read(text, lang, hint)
        else:
            from ..parsing import parse_mention

            try:
                found = (parse_mention(text, lang=lang, currency_hint=hint), None)
            except ValueError as error:  # ParseError, UnknownCurrency
                found = (None, error)
        _MENTIONS[key] = found
    return found


def _covers(text: str, mention) -> bool:
    """True when ``mention`` spans every character of ``text`` but the spaces around it."""
    return mention.start == len(text) - len(text.lstrip()) and mention.end == len(text.rstrip())


def _part(written: str, mention) -> str:
    """Return why a ``value`` cell of which the parser reads only a part is refused."""
    return (
        f"{written!r} is not one amount: the parser reads only "
        f"{written[mention.start : mention.end]!r} of it"
    )


def _all_mentions(text: str, lang) -> list:
    """Return the mentions of ``text`` that restate no other (once per text and language)."""
    from ..parsing import extract_amounts

    key = (text, lang)
    found = _AMOUNTS.get(key)
    if found is None:
        found = [m for m in extract_amounts(text, lang=lang) if m.equivalent_of is None]
        _AMOUNTS[key] = found
    return found


def _read_amount(
    text: str, currency: str, lang, decimal, column: str = "amount", home: str = ""
) -> Found:
    """Return the reading of an amount text (rules 1-5 and 7 of the module docstring)."""
    problem = bracketed(text)
    if problem:
        return (column, problem)
    if is_bare(text):
        if not currency:
            return (column, f"no currency next to the number {text!r} and no currency column")
        read = read_bare(text, decimal)
        if isinstance(read, str):
            return (column, read)
        return _checked_bare(text, read, currency, lang, column)
    negative = text.lstrip()[:1] in MINUS
    mention, error = _mention(text, lang, currency or None)
    # the reading without a hint covers the whole cell: the parser's full scan would find
    # this one amount and nothing before or after it, so rule 4 need not read the cell again
    whole = not currency and mention is not None and _covers(text, mention)
    if not currency and (mention is None or mention.assumptions):
        _HOME_ASKED[0] = True  # read_amounts shares this reading with no other donor
    if (
        home
        and not currency
        and (mention is None or mention.assumptions)
        and (mention is None or mention.amount.currency != home)  # else nothing to decide
    ):
        # the text alone is ambiguous or rests on a default: the donor's home currency, when
        # the text can mean it ($ from Canada, kroner from Norway), decides instead
        hinted, _ = _mention(text, lang, home)
        decides = hinted is not None and hinted.amount.currency == home
        if decides and (mention is None or mention.amount.currency != home):
            mention, error = hinted, None
            _ASSUMED.append("donor-currency")
    if mention is not None:
        if column == "value" and not _covers(text, mention):  # "5 von €8": not one amount
            return (column, _part(text, mention))
        amount = mention.amount
        _ASSUMED[:0] = mention.assumptions
    else:
        if not currency:
            return (column, str(error))
        written = f"{text} {currency}"  # "5 million": the column's currency
        retry, retry_error = _mention(written, lang, None)
        if column == "value" and retry is None:  # the parser's reason for the cell as written
            return (column, str(retry_error))
        if retry is None or retry.amount.currency != currency:
            return (column, str(error))
        if column == "value" and not _covers(written, retry):  # "5 von 8": 8 alone is read
            return (column, _part(written, retry))
        amount = retry.amount
        _ASSUMED[:0] = retry.assumptions  # "5 billion": short-scale, as the parser says
    if currency and amount.currency != currency:
        return (column, f"{text!r} names {amount.currency}, the currency column says {currency}")
    mentions = _all_mentions(text, lang) if may_hold_two(text) and not whole else []
    problem = several_amounts(text, mentions)
    if problem:
        return (column, problem)
    value, high = amount.value, amount.high
    if negative and value > 0:  # a correction; the low end of a negative range is its -top
        value, high = (-high, -value) if high is not None else (-value, None)
    return (
        float(value),
        amount.currency,
        amount.qualifier,
        float(high) if high is not None else NAN,
    )
