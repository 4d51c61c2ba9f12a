"""Pasted tables whose columns are years: each cell is its row giver's pledge in its column's year.

A briefing's table often puts the years across and the givers down::

    Military aid to Ukraine (EUR bn)
    Donor | 2023 | 2024
    Germany | 3.0 | 4.5

Its header row holds no amount: "2023" is a column's year, never money, whatever unit stands
beside it ("EUR m 2023"). The rules, in the order ``year_table_amounts`` applies them:

1. **The table** (``find_year_tables``): a header row of cells (between ``|``, tabs or ``;``)
   whose first cell names no year and whose other cells hold one year each (1990–2035), perhaps
   with a unit ("EUR m 2023"), or words without a digit ("Unit", "EUR bn": a column of no
   year), one year at least; then the rows below it with the
   same cell mark, up to the first line without it; a markdown rule (``|---|---|``) is skipped.
   The caption is the line right above the header row.
2. **The unit of a cell**: the unit beside its column's year ("EUR m 2023"), else a cell of its
   own row that is a unit alone ("Germany | 3.0 | 4.5 | EUR bn"), else the caption's
   (``lists.header_unit``: "(EUR bn)", "in Mio. Euro", ", EUR million").
3. **The cells** (``year_table_amounts``): each cell of a year column is its row's amount in
   that year, read as its number times the unit (one mark before one or two digits is a
   decimal mark: "3,0", "4.5"; other marks are read by the parser, by the language), with
   ``list-currency`` in its assumptions; the year goes to the row's date. A cell the parser
   read whole ("€3bn") keeps its own reading and takes the year. A cell that is no number
   ("n/a", "–"), or one whose table names no unit anywhere, is refused with the reason: never
   dropped unsaid. An empty cell says nothing and is skipped. The row's label is its first
   cell ("Razem;350;470": a total row, summing the cells of its own column).
4. **The header is no amount**: every mention the parser found in the header row, or one that
   runs across a cell mark of the table ("4.5 | EUR bn"), is dropped, and so is a refusal in
   the header row ("млн євро 2023": a unit without a number); the cells stand for them.

>>> from aidcalc.parsing import extract_amounts
>>> text = "Aid (EUR bn)\\nDonor | 2023 | 2024\\nGermany | 3.0 | 4.5"
>>> found, years, labels = year_table_amounts(text, extract_amounts(text), "en")
>>> [(str(m.amount), years[m.start], labels[m.start]) for m in found]
[('EUR 3000000000', '2023', 'Germany'), ('EUR 4500000000', '2024', 'Germany')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..amount import Amount

# A year of a column: 1990-2035, not inside a longer number.
YEAR_RE = re.compile(r"(?<![\d.,])(199\d|20[0-2]\d|203[0-5])(?![\d.,]|\s*(?:bn|m)\b)")
# A markdown table's rule under its header: "|---|:---:|".
RULE_RE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")
# A cell that is a number, perhaps signed, grouped or with a decimal mark.
NUMBER_RE = re.compile(r"[+-]?\d{1,3}(?:[  .,']\d{3})*(?:[.,]\d+)?|[+-]?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Cell:
    """One cell of a table: its text (stripped) and the offset of that text in the whole text."""

    text: str
    start: int


@dataclass(frozen=True)
class YearTable:
    """A pasted table with years across: ``header`` the (start, end) of its header row,
    ``years`` and ``units`` per column (None where a column has none; column 0 is the
    label's), ``caption`` the line above it, ``rows`` the cells of each row below, ``mark`` the
    cell mark, and ``end`` the offset where the table ends."""

    header: tuple[int, int]
    years: tuple[str | None, ...]
    units: tuple[Any, ...]
    caption: str
    rows: tuple[tuple[Cell, ...], ...]
    mark: str
    end: int


def _cells(line: str, start: int, mark: str) -> list[Cell]:
    """Return the cells of one line split at ``mark``, without the empty cells a markdown row
    opens and closes with ("| a | b |")."""
    cells, at = [], start
    for piece in line.split(mark):
        stripped = piece.strip()
        cells.append(Cell(stripped, at + (piece.index(stripped) if stripped else 0)))
        at += len(piece) + 1
    if mark == "|" and cells and not cells[0].text:
        cells = cells[1:]
    if mark == "|" and cells and not cells[-1].text:
        cells = cells[:-1]
    return cells


def _mark(line: str) -> str | None:
    if "|" in line:
        return "|"
    if "\t" in line:
        return "\t"
    if ";" in line:
        return ";"
    return None


def _unit(text: str, lang: str | None):
    """Return (Amount of one unit, its codes) a cell or caption states, or None."""
    from .lists import header_unit

    if not text or not any(c.isalpha() or c in "€$£₴" for c in text):
        return None
    return header_unit(f"({text})", lang) or header_unit(text, lang)


def find_year_tables(text: str, lang: str | None = None) -> list[YearTable]:
    """Return the tables of ``text`` whose header row holds a year per column (rule 1 of the
    module), with each column's year and unit.

    >>> [t.years for t in find_year_tables("Land;2023;2024\\nDeutschland;3,0;4,5")]
    [(None, '2023', '2024')]
    >>> find_year_tables("Germany | €3bn | 2024")
    []
    """
    tables: list[YearTable] = []
    lines = []
    at = 0
    for line in text.split("\n"):
        lines.append((line, at))
        at += len(line) + 1
    index = 0
    while index < len(lines):
        line, low = lines[index]
        index += 1
        mark = _mark(line)
        if mark is None:
            continue
        cells = _cells(line, low, mark)
        if len(cells) < 2 or YEAR_RE.search(cells[0].text):
            continue
        years: list[str | None] = [None]
        units: list[Any] = [None]
        for cell in cells[1:]:
            found = YEAR_RE.findall(cell.text)
            rest = YEAR_RE.sub(" ", cell.text).strip()
            if len(found) > 1 or (not found and any(c.isdigit() for c in rest)):
                break
            years.append(found[0] if found else None)
            units.append(_unit(rest, lang) if rest else None)
        else:
            if not any(years) or (mark == ";" and len(cells) < 3):
                continue
            caption = ""
            if index >= 2 and _mark(lines[index - 2][0]) is None:
                caption = lines[index - 2][0].strip()
            rows: list[tuple[Cell, ...]] = []
            end = low + len(line)
            while index < len(lines):
                row, row_low = lines[index]
                if _mark(row) != mark or (mark == ";" and row.count(";") < 1):
                    break
                index += 1
                end = row_low + len(row)
                if RULE_RE.fullmatch(row):
                    continue
                rows.append(tuple(_cells(row, row_low, mark)))
            if rows:
                tables.append(
                    YearTable(
                        (low, low + len(line)),
                        tuple(years),
                        tuple(units),
                        caption,
                        tuple(rows),
                        mark,
                        end,
                    )
                )
    return tables


def _number(cell: str, mark: str, lang: str | None) -> Decimal | None:
    """Return the number a cell holds alone, or None: one mark before one or two digits (or
    four and more) is a decimal mark ("3,0", "4.5"); other marks go to the parser, which
    decides grouping and decimal marks by ``lang`` and refuses what it cannot decide
    ("1,200" alone)."""
    if not NUMBER_RE.fullmatch(cell):
        return None
    if re.fullmatch(r"[+-]?\d+(?:[.,](?:\d{1,2}|\d{4,}))?", cell):
        return Decimal(cell.replace(",", "."))
    from ..parsing import extract_amounts

    written = f"{cell} EUR"
    found = extract_amounts(written, lang=lang)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(written)):
        return found[0].amount.value
    return None


def year_table_amounts(
    text: str, mentions: Sequence[Any], lang: str | None, refused: list | None = None
) -> tuple[list[Any], dict[int, str], dict[int, str]]:
    """Return ``mentions`` (``parsing.Mention``s of ``text``, in order) with the cells of its
    year tables read (rules 2-4 of the module), the year of each cell's mention by its start
    offset, and the label of its row (the first cell: "Germany", "Razem"). ``refused`` gets a
    ``parsing.Refusal`` for each cell that could not be read.

    >>> text = "Pledges\\nCountry\\tEUR m 2023\\tEUR m 2024\\nGermany\\t3000\\t4500"
    >>> found, years, _ = year_table_amounts(text, [], "en")
    >>> [(str(m.amount), m.assumptions, years[m.start]) for m in found]
    [('EUR 3000000000', ('list-currency',), '2023'), ('EUR 4500000000', ('list-currency',), '2024')]
    """
    if "|" not in text and "\t" not in text and ";" not in text:
        return list(mentions), {}, {}
    tables = find_year_tables(text, lang)
    if not tables:
        return list(mentions), {}, {}
    from ..parsing import Mention, Refusal

    kept = list(mentions)
    if refused:  # "Країна\tмлн євро 2023": a header's unit beside a year is no refused amount
        refused[:] = [
            r for r in refused if not any(t.header[0] <= r.start < t.header[1] for t in tables)
        ]
    years: dict[int, str] = {}
    labels: dict[int, str] = {}
    added: list[Any] = []
    for table in tables:
        caption_unit = _unit(table.caption, lang)
        marks = [i for i in range(table.header[0], table.end) if text[i] == table.mark]

        def inside(m, table=table, marks=marks):
            header = table.header[0] <= m.start < table.header[1]
            across = any(m.start <= i < m.end for i in marks)
            return m.start < table.end and m.end > table.header[0] and (header or across)

        kept = [m for m in kept if not inside(m)]
        for row in table.rows:
            row_unit = next(
                (
                    unit
                    for cell in row[1:]
                    if not NUMBER_RE.fullmatch(cell.text) and (unit := _unit(cell.text, lang))
                ),
                None,
            )
            for column, cell in enumerate(row):
                if column >= len(table.years) or table.years[column] is None or not cell.text:
                    continue
                year = table.years[column]
                end = cell.start + len(cell.text)
                own = next((m for m in kept if m.start >= cell.start and m.end <= end), None)
                if own is not None:  # "€3bn" in a cell: the parser's reading, in its year
                    years[own.start], labels[own.start] = year, row[0].text
                    continue
                unit = table.units[column] or row_unit or caption_unit
                number = _number(cell.text, table.mark, lang)
                amount = (
                    None
                    if number is None or unit is None
                    else Amount(value=number * unit[0].value, currency=unit[0].currency)
                )
                if amount is None:
                    if refused is not None:
                        why = (
                            "is not a number"
                            if number is None
                            else "has no currency in its column, row or the table's caption"
                        )
                        refused.append(
                            Refusal(
                                cell.start,
                                f"a cell of the {year} column of a pasted table {why}: "
                                f"{cell.text!r}",
                            )
                        )
                    continue
                codes = tuple(dict.fromkeys((*unit[1], "list-currency")))
                added.append(Mention(amount, cell.start, end, assumptions=codes))
                years[cell.start], labels[cell.start] = year, row[0].text
    if len(kept) == len(mentions) and not added:
        return list(mentions), years, labels
    from .lists import merged_mentions

    return merged_mentions(kept, list(mentions), added), years, labels
