"""Units written once for a whole column: in the amount column's header or in a title row.

Reports paste tables whose cells hold bare numbers and whose unit is written once: in the
header (``amount (EUR m)``, ``Betrag (Mio. €)``, ``value, USD bn``, ``amount in млн грн``) or
in a title row above it (``Pledges to Ukraine (EUR million)``, ``Zusagen in Mio. Euro``,
``All figures in EUR '000``). Read without that unit, every value is a million or a thousand
times too small, and nothing says so. The rules, in the order ``column_units`` applies them:

1. **A header cell** ``NAME (UNIT)``, ``NAME [UNIT]``, ``NAME, UNIT`` or ``NAME in UNIT`` whose
   ``NAME`` is ``amount`` or ``value`` names that column; ``UNIT`` must read as a currency, a
   scale or both (read by the parser: ``1 UNIT`` is one amount, whole), else the table is
   refused naming the header cell. ``value`` with a unit becomes the ``amount`` column (its
   cells are then amounts written without their unit); a table with both is refused.
2. **A title row** (a line or sheet row above the header) ending in a bracketed unit or in
   ``in UNIT`` gives the unit of the amount column (else of ``value``) when no header names
   one. Two titles or a title and a header naming different units: the table is refused.
3. **Each cell** of that column that is a bare number gets the unit written after it
   (``1400`` under ``EUR million`` is read as ``1400 EUR million``); an empty cell stays
   empty; a cell that writes a unit of its own is a bad row (the two may disagree: the cell
   says which is meant, the table does not). A ``currency`` column still has to agree with
   the unit's currency, as with any amount text.

The notes say which unit was applied to how many cells and where it was written.

>>> import pandas as pd
>>> table = pd.DataFrame({"donor": ["DEU", "FRA"], "amount (EUR m)": ["1400", "€2bn"]})
>>> table, errors, notes = column_units(table)
>>> table["amount"].tolist()
['1400 EUR m', '€2bn']
>>> for position, column, reason in errors:
...     print(position, column, reason)
1 amount the header 'amount (EUR m)' gives the unit 'EUR m' for every cell of this column and \
this cell writes its own ('€2bn'): write only the number, or take the unit out of the header
>>> notes
["unit 'EUR m' of the header 'amount (EUR m)' written after 1 bare number"]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# the columns a unit may be written for
UNIT_COLUMNS = ("amount", "value")
# NAME (UNIT), NAME [UNIT], NAME, UNIT, NAME in UNIT
_HEADER = re.compile(
    r"\s*(?P<name>[^\s(\[,]+)\s*(?:[(\[]\s*(?P<bracket>[^)\]]+?)\s*[)\]]|,\s*(?P<comma>.+?)"
    r"|\s+in\s+(?P<after>.+?))\s*",
    re.IGNORECASE,
)
# "in" before a unit, in the languages of the tables read: "in EUR million", "en millions
# d'euros", "w mln zł", "в млн грн", "i MSEK"
_IN = r"(?:in|en|w|в|у|i|em|im)"
# a title's unit: in brackets at its end, or after "in" at its end
_TITLE = re.compile(
    rf"(?:[(\[]\s*(?P<bracket>[^)\]]+?)\s*[)\]]|\b{_IN}\s+(?P<after>\S.*?))[\s.:;,|\t]*$",
    re.IGNORECASE,
)
# "in" before a unit inside brackets: "(in € bn)"; "'000" and "000s": thousands
_LEAD = re.compile(rf"^{_IN}\s+", re.IGNORECASE)
_THOUSANDS = re.compile(r"[’']000s?\b|\b000[’']?s\b")
_PROBE = "EUR"  # a currency written after a unit that holds only a scale, to read the scale


def header_unit(cell: str) -> tuple[str, str] | None:
    """Return (column name, unit as written) of a header cell naming a unit, else None.

    >>> header_unit("Amount (EUR m)"), header_unit("value, USD bn"), header_unit("amount")
    (('amount', 'EUR m'), ('value', 'USD bn'), None)
    """
    match = _HEADER.fullmatch(cell)
    if match is None or match["name"].lower() not in UNIT_COLUMNS:
        return None
    unit = match["bracket"] or match["comma"] or match["after"]
    return match["name"].lower(), unit.strip()


def header_name(cell: str) -> str:
    """Return the column a header cell names: ``amount`` for ``amount (EUR m)``, else the cell."""
    found = header_unit(cell)
    return found[0] if found else cell


def reads_as_unit(unit: str) -> str | None:
    """Return the unit to write after a bare number when ``unit`` reads as a currency, a scale
    or both, else None.

    >>> reads_as_unit("Mio. €"), reads_as_unit("in € bn"), reads_as_unit("EUR '000")
    ('Mio. €', '€ bn', 'EUR thousand')
    >>> reads_as_unit("million"), reads_as_unit("as written"), reads_as_unit("%")
    ('million', None, None)
    """
    from ..parsing import extract_amounts

    text = _THOUSANDS.sub("thousand", _LEAD.sub("", unit.strip())).replace(",", " ").strip()
    if not text or text[0].isdigit():
        return None
    for probe in (f"1 {text}", f"1 {text} {_PROBE}"):
        try:
            found = extract_amounts(probe)
        except ValueError:
            continue
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe):
            if probe.endswith(_PROBE) and found[0].amount.value == 1:
                return None  # the probe's currency alone: no scale in the unit
            return text
    return None


def title_unit(line: str) -> str | None:
    """Return the unit a title row ends with (read as ``reads_as_unit``), else None.

    >>> title_unit("Pledges to Ukraine (EUR million)"), title_unit("Zusagen in Mio. Euro")
    ('EUR million', 'Mio. Euro')
    >>> title_unit("Pledges to Ukraine, 2024") is None
    True
    """
    match = _TITLE.search(line.strip())
    if match is None:
        return None
    return reads_as_unit(match["bracket"] or match["after"])


def column_units(
    table: pd.DataFrame, titles: list[tuple[int, str]] = ()
) -> tuple[pd.DataFrame, list[tuple[int, str, str]], list[str]]:
    """Return (table, bad cells as (position, column, reason), notes) with the unit written once
    for the amount column (module docstring) written after each bare number of it. ``titles``
    are the (line, text) of the rows above the header. Raises
    ``ValueError`` for a header unit that does not read as one, two units that differ, or
    ``value`` with a unit beside an ``amount`` column."""
    from .values import is_bare

    found = _header_units(table)
    title = _title_unit(titles)
    if not found and title is None:
        return table, [], []
    if found:
        cell, column, unit = found
        where = f"the header {cell!r}"
        if title is not None and title[1] != unit:
            raise ValueError(
                f"the title on line {title[0]} gives the unit {title[1]!r} and {where} gives "
                f"{unit!r}: keep one"
            )
        table = table.rename(columns={cell: "amount"})
    else:
        line, unit = title
        column = "amount" if "amount" in table.columns else "value"
        if column not in table.columns:
            return table, [], []
        where = f"the title on line {line}"
        cell = column
        if column == "value":
            table = table.rename(columns={"value": "amount"})
    errors, written = [], 0
    cells = []
    for i, text in enumerate(table["amount"].tolist()):
        value = "" if text is None or text != text else str(text).strip()
        if value and is_bare(value):
            cells.append(f"{value} {unit}")
            written += 1
            continue
        if value:
            errors.append(
                (
                    i,
                    "amount",
                    f"{where} gives the unit {unit!r} for every cell of this column and this "
                    f"cell writes its own ({value!r}): write only the number, or take the unit "
                    f"out of the {'header' if found else 'title'}",
                )
            )
        cells.append(text)
    table = table.assign(amount=cells)
    note = f"unit {unit!r} of {where} written after {written} bare number"
    return table, errors, [note + ("s" if written != 1 else "")]


def _header_units(table: pd.DataFrame) -> tuple[str, str, str] | None:
    """Return (header cell, column, unit) of the one header cell naming a unit, else None."""
    named = [(str(cell), header_unit(str(cell))) for cell in table.columns]
    named = [(cell, found) for cell, found in named if found]
    if not named:
        return None
    bare = {str(cell).strip().lower() for cell in table.columns}
    if len(named) > 1 or "amount" in bare or (named[0][1][0] == "value" and "value" in bare):
        listed = ", ".join(repr(str(cell)) for cell in table.columns if header_name(str(cell))
                           in UNIT_COLUMNS)  # fmt: skip
        raise ValueError(f"two amount columns ({listed}): keep one amount or value column")
    cell, (column, written) = named[0]
    unit = reads_as_unit(written)
    if unit is None:
        raise ValueError(
            f"the header {cell!r} names a unit {written!r} that does not read as a currency "
            "or a scale: write it as 'EUR million', 'Mio. €' or 'USD bn'"
        )
    return cell, column, unit


def _title_unit(titles: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Return (line, unit) of the title rows' unit; raise ``ValueError`` when two differ."""
    units = [(line, unit) for line, text in titles if (unit := title_unit(text))]
    if len({unit for _, unit in units}) > 1:
        (a, first), (b, second) = units[0], next(u for u in units if u[1] != units[0][1])
        raise ValueError(
            f"the titles on lines {a} and {b} give two units, {first!r} and {second!r}: keep one"
        )
    return units[0] if units else None
