"""Tables pasted into an article under a header row: the row naming the columns ("Land
Zusage", "Donor | Pledge (USD m)", "Pakke<TAB>Mio. kr.") says which column holds the money,
in what unit, and which column only numbers the rows.

Cells are split at a ``|``, a tab or a gap of two spaces or more, so a table aligned with
spaces reads as one with tabs. The rules, in the order the code applies them:

1. **The header row** (``header_row``): a line of two to eight cells, none holding a digit,
   each of at most four words, over a line of as many cells holding a digit. A header row is
   never an amount: a parser reading that starts in it ("Mio. kr." over "23", read as DKK 23
   million across the line break) is dropped.
2. **The unit**: a header cell that reads as a unit ("Mio. kr.", "USD m", "Zusage (Mio.
   Euro)") makes its column the value column and its unit the unit of that column's bare
   numbers; else the caption, the line right above the header row or above one blank line
   under it, holding no digit but a year's and ending no sentence ("Andere Zusagen beim
   Treffen (in Mio. Euro):"), names the unit (as a list's header does,
   ``lists.header_unit``).
3. **Numbers that are no money**: a column headed by a word that numbers the rows ("No.",
   "Nr.", "#", or a noun labelling a numbered part: "Paket", "Pakke", "package",
   ``LABEL_NOUNS`` and ``ID_HEADERS`` in ``aidcalc/words/``) holds identifiers: the parser's
   readings in it are dropped and it is never the value column.
4. **Each row**: the value column's cell (when the header names none, the first number cell
   after the label) is the row's amount; a row too short to reach the value column is refused
   whole, never read from another column ("France<TAB>8" under "Donor<TAB>Tanks<TAB>Amount
   (€m)" is no €8 million): a cell the parser read with a currency of its own keeps its
   reading; a bare number, perhaps with a scale word, is read in the column's or caption's
   unit and records ``list-currency``. Its giver is its label, found later as for any list item.
5. **Nothing dropped silently**: a row whose value cell is no number ("n/a"), or a table
   whose header, caption and cells name no currency, is listed in ``refused`` with the
   reason; so is each number of a block of two rows or more without a header row
   ("Niederlande     500" under prose) that no list or table rule read (``unread_blocks``,
   after ``lists.list_amounts``).

>>> from aidcalc.parsing import extract_amounts
>>> text = "Andere Zusagen (in Mio. Euro):\\nLand          Zusage\\nNiederlande   500"
>>> [str(m.amount) for m in header_table_amounts(text, extract_amounts(text, lang="de"), "de")]
['EUR 500000000']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..amount import Amount
from ..words import ID_HEADERS, LABEL_NOUNS
from .lists import NUMBER_CELL_RE, YEAR_CELL_RE, _item_amount, header_unit, merged_mentions

# Between two cells: a pipe, a tab, or a gap of two spaces or more.
GAP_RE = re.compile(r"[^\S\n]*[|\t][^\S\n]*|[^\S\n]{2,}")
MAX_CELLS = 8
CELL_WORDS = 4


class Columns(NamedTuple):
    """What a header row says: its ``cells``, the ``unit`` (Amount, codes) of its value
    column or None, that column's index ``value`` or None, and the indexes ``ids`` of the
    columns that number the rows."""

    cells: list[str]
    unit: Any
    value: int | None
    ids: frozenset[int]


def cells(text: str, low: int, high: int) -> list[tuple[str, int, int]]:
    """Return the cells of the line ``text[low:high]`` as (text, start, end), split at a
    ``|``, a tab or a gap of two spaces; empty cells at the ends (``| a | b |``) are left out.

    >>> [c for c, _, _ in cells("Land          Zusage", 0, 20)]
    ['Land', 'Zusage']
    """
    found, at = [], low
    for gap in GAP_RE.finditer(text, low, high):
        found.append((at, gap.start()))
        at = gap.end()
    found.append((at, high))
    out = [(text[a:b].strip(), a, b) for a, b in found]
    while out and not out[0][0]:
        out.pop(0)
    while out and not out[-1][0]:
        out.pop()
    return out


def _is_id(cell: str) -> bool:
    word = cell.casefold().strip(" .:#")
    return cell.strip() == "#" or word in ID_HEADERS or word in LABEL_NOUNS


def header_row(line: str, lang: str | None) -> Columns | None:
    """Return what ``line`` says as a table's header row (rules 1 to 3), or None when it is
    none: fewer than two cells, a digit, or a cell of more than four words.

    >>> columns = header_row("Pakke\\tMio. kr.", "da")
    >>> columns.value, str(columns.unit[0]), columns.ids
    (1, 'DKK 1000000', frozenset({0}))
    """
    found = [cell for cell, _, _ in cells(line, 0, len(line))]
    if not 2 <= len(found) <= MAX_CELLS or any(c.isdigit() for c in line):
        return None
    if any(len(cell.split()) > CELL_WORDS for cell in found) or not found[0][:1].isalpha():
        return None
    if not all(cell.strip("-: ") for cell in found):  # "|---|---|": a rule, no header
        return None
    ids = frozenset(i for i, cell in enumerate(found) if _is_id(cell))
    unit, value = None, None
    for index, cell in enumerate(found):
        if index in ids:
            continue
        read = header_unit(f"({cell})", lang) or header_unit(cell, lang)
        if read is not None:
            unit, value = read, index
            break
    return Columns(found, unit, value, ids)


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def header_table_amounts(
    text: str, mentions: Sequence[Any], lang: str | None, refused: list | None = None
) -> list[Any]:
    """Return ``mentions`` (``parsing.Mention``s of ``text``, in order) with the rows of each
    table under a header row read by the module's rules: the bare numbers of its value column
    added in their unit, the parser's readings in the header row or an identifier column
    dropped; the cells it cannot read are added to ``refused``."""
    if "\t" not in text and "|" not in text and "  " not in text:
        return list(mentions)
    lines = _lines(text)
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    dropped: set[int] = set()
    added: list[Any] = []
    index = 0
    while index < len(lines) - 1:
        low, high = lines[index]
        columns = header_row(text[low:high], lang)
        if columns is None or any(YEAR_CELL_RE.fullmatch(c) for c in columns.cells):
            index += 1
            continue
        rows = []
        below = index + 1
        while below < len(lines):
            a, b = lines[below]
            row = cells(text, a, b)
            if len(row) < 2 or len(row) > len(columns.cells):
                break
            if not any(ch.isdigit() for ch in text[a:b]) and any(
                len(cell.split()) > CELL_WORDS for cell, _, _ in row
            ):
                break
            rows.append(row)
            below += 1
        if not rows:
            index += 1
            continue
        for i, mention in enumerate(mentions):  # rule 1: no amount starts in a header row
            if low <= mention.start < high:
                dropped.add(i)
        if refused is not None:  # nor is a parser's refusal there ("Mio." with no number) one
            refused[:] = [r for r in refused if not low <= r.start < high]
        unit = columns.unit
        if unit is None:  # rule 2: the caption's unit
            unit = _caption_unit(text, lines, index, lang)
        for row in rows:
            _read_row(
                text, row, columns, unit, lang, mentions, starts, ends, dropped, added, refused
            )
        index = below
    if not added and not dropped:
        return list(mentions)
    from ..parsing import Mention

    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    items = [Mention(amount, start, end, assumptions=codes) for start, end, amount, codes in added]
    return merged_mentions(kept, list(mentions), items)


def _caption_unit(text: str, lines: list[tuple[int, int]], index: int, lang: str | None):
    """Return the unit the caption above the header row at line ``index`` names, or None: the
    line right above it, or above one blank line, holding no digit but a year's and no end of
    a sentence ("Pledges by donor (millions of US dollars):")."""
    above = index - 1
    if above >= 0 and not text[slice(*lines[above])].strip():
        above -= 1
    if above < 0:
        return None
    caption = text[slice(*lines[above])].strip()
    if not caption or caption.endswith((".", "!", "?")):
        return None
    if any(ch.isdigit() for ch in re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", caption)):
        return None
    return header_unit(caption.rstrip(":").strip(), lang)


def _read_row(text, row, columns, unit, lang, mentions, starts, ends, dropped, added, refused):
    """Read one row of a table under a header row (rules 3 to 5)."""
    from ..parsing import Refusal

    for column, (_cell, a, b) in enumerate(row):  # rule 3: identifiers are no money
        if column in columns.ids:
            first = bisect_left(starts, a)
            dropped.update(i for i in range(first, len(mentions)) if starts[i] < b)
    if columns.value is not None and columns.value < len(row):
        chosen = [columns.value]
    elif columns.value is not None and len(_each_tab(text, row)) == len(columns.cells):
        # "France<TAB><TAB>8": an empty cell written as a tab of its own, which the gaps of
        # ``cells`` join; read cell by cell, the row reaches the value column
        _read_row(
            text,
            _each_tab(text, row),
            columns,
            unit,
            lang,
            mentions,
            starts,
            ends,
            dropped,
            added,
            refused,
        )
        return
    elif columns.value is not None:
        # a row too short to reach the value column: which of its numbers is the amount? never
        # the first number cell ("France<TAB>8" under "Donor<TAB>Tanks<TAB>Amount (€m)" was
        # France's €8 million, the tanks' count, until session 23)
        if refused is not None and any(ch.isdigit() for _, a, b in row[1:] for ch in text[a:b]):
            a = row[0][1]
            line = text[a : row[-1][2]]
            heading = columns.cells[columns.value]
            refused.append(
                Refusal(
                    a,
                    f"a row of a pasted table has {len(row)} cells, none under its "
                    f"{heading!r} column: {line!r}; write an empty cell as a tab or a '|' of "
                    "its own",
                )
            )
        return
    else:
        chosen = [i for i in range(1, len(row)) if i not in columns.ids]
    for column in chosen:
        cell, a, b = row[column]
        first = bisect_left(starts, a)
        if first < len(starts) and starts[first] < b and first not in dropped:
            return  # the parser read it, with a currency of its own
        if first > 0 and ends[first - 1] > a and first - 1 not in dropped:
            return
        found = NUMBER_CELL_RE.fullmatch(cell)
        if found is None or YEAR_CELL_RE.fullmatch(cell):
            if columns.value is None:
                continue
            heading = columns.cells[column]
            why = f"a cell of the {heading!r} column of a pasted table is not a number"
        elif unit is None:
            why = (
                "a cell of a pasted table has no currency in its column's header, its cell or "
                "the table's caption"
            )
        else:
            read = _item_amount(
                found["number"], found["scale"], unit[0].currency, unit[0].value, lang
            )
            if read is not None:
                value, assumed = read
                kept = unit[1] if found["scale"] is None else ()
                codes = tuple(dict.fromkeys((*kept, *assumed, "list-currency")))
                start = a + text[a:b].index(cell)
                money = Amount(value=value, currency=unit[0].currency)
                added.append((start, start + len(cell), money, codes))
                return
            why = "a cell of a pasted table could not be read in its column's unit"
        if refused is not None:
            refused.append(Refusal(a + text[a:b].index(cell), f"{why}: {cell!r}"))
        return
    if refused is not None and any(ch.isdigit() for _, a, b in row[1:] for ch in text[a:b]):
        a = row[0][1]
        line = text[a : row[-1][2]]
        refused.append(Refusal(a, f"a row of a pasted table with no amount read: {line!r}"))


def _each_tab(text: str, row: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Return the cells of ``row``'s line split at each tab alone, an empty cell between two
    tabs kept ("France\t\t8": "France", "", "8"); the row as it is when its line holds no
    tab."""
    low, high = row[0][1], row[-1][2]
    line = text[low:high]
    if "\t" not in line:
        return row
    out, at = [], low
    for piece in line.split("\t"):
        out.append((piece.strip(), at, at + len(piece)))
        at += len(piece) + 1
    return out


def unread_blocks(text: str, mentions: Sequence[Any], refused: list | None) -> None:
    """Add to ``refused`` the number cells of each block of two lines or more that have the
    form of a pasted table's rows (a label, a gap of two spaces, a tab or a ``|``, then bare
    numbers: "Niederlande     500") when no reading covers them (``mentions``, after the
    lists and tables are read): a table the reader cannot read is said, never dropped
    silently (rule 5)."""
    if refused is None or ("\t" not in text and "|" not in text and "  " not in text):
        return
    from ..parsing import Refusal

    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    said = {r.start for r in refused}  # refused already, by the rules above
    block: list[tuple[str, int]] = []
    for low, high in [*_lines(text), (len(text), len(text))]:
        row = cells(text, low, high) if high > low else []
        numbers = [
            (cell, a + text[a:b].index(cell))
            for cell, a, b in row[1:]
            if NUMBER_CELL_RE.fullmatch(cell) and not YEAR_CELL_RE.fullmatch(cell)
        ]
        if len(row) >= 2 and row[0][0][:1].isalpha() and len(numbers) == len(row) - 1:
            first = bisect_left(starts, low)
            covered = first < len(starts) and starts[first] < high
            covered = covered or (first > 0 and ends[first - 1] > low)
            if not covered:
                block.extend(numbers)
                continue
        if len({text.rfind("\n", 0, at) for _, at in block}) >= 2:
            refused.extend(
                Refusal(at, f"a number of a pasted table that names no currency: {cell!r}")
                for cell, at in block
                if at not in said
            )
        block = []
