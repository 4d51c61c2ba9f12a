"""``read_pledges``: pledges from CSV, TSV, JSON, JSON lines or xlsx, as trackers keep them.

Every row becomes donor and recipient as ISO 3166 alpha-3 (or ``EU``, or a multilateral code),
a value date with its precision, and ``value`` / ``currency`` / ``qualifier`` / ``high`` read
from the ``amount`` text or from ``value`` + ``currency``. The steps live in their own modules:
``tables`` (files to text cells: format, encoding, delimiter, header, sheet, quotes),
``dates`` (value dates as people write them) and ``values`` (amounts and numbers). Values in
the frame are float64; the Decimal of each amount is exact until it enters the frame. Bad rows
are all reported at once; ``frame.attrs["notes"]`` lists what was found rather than given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..countries import resolve_country
from ..errors import InvalidRows, UnknownCountry
from .schema import BASES, CATEGORIES, DEFAULTS, MEASURES, REVIEW_COLUMNS, STATUSES, pledge_frame
from .tables import read_table, repeated_names
from .units import column_units

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

__all__ = ["read_pledges", "read_table"]


def read_pledges(
    source: str | Path | pd.DataFrame | Any,
    *,
    format: str | None = None,
    lang: str | None = None,
    sheet: str | int | None = None,
    header: int | None = None,
    date_format: str | None = None,
    assumptions: bool = False,
    encoding: str | None = None,
) -> pd.DataFrame:
    """Return a pledge frame (``COLUMNS``) read from a file, buffer or frame; raise ``InvalidRows``.

    ``source``: a path (``.csv``, ``.tsv``, ``.json``, ``.jsonl``, ``.xlsx``, each also ``.gz``),
    an open file, bytes, or a ``DataFrame``. ``format`` overrides the suffix; ``sheet`` (name
    or 0-based position) and ``header`` (0-based row, as pandas counts) override what
    ``aidcalc.pledges.tables`` finds; ``lang`` (ISO 639-1; a ``lang`` column overrides it per
    row) reads numbers, scale words and month names; ``date_format`` (``"DMY"``, ``"MDY"`` or a
    ``strftime`` pattern) decides day-first or month-first dates. The frame's index is the row
    number of each pledge in the file (see ``InvalidRows``); ``frame.attrs["notes"]`` says
    what was found rather than given (delimiter, header line, sheet, encoding, date order).
    The review columns of extraction (``REVIEW_COLUMNS``) follow when the table has them:
    ``part_of`` / ``duplicate_of`` positions become row numbers (docs/aggregation.md).
    With ``assumptions=True`` an ``assumptions`` column follows: the documented codes of the
    defaults each amount's reading rests on, ``|`` between them (``donor-currency`` when the
    donor's home currency decided a bare ``$`` or ``kroner``; ``''`` when the text decides).
    ``encoding`` (a Python codec name, ``"cp1250"``) decodes a text file instead of the rule of
    ``aidcalc.textfiles``; when that rule guessed the encoding, the errors of rows holding
    letters beyond ASCII say so and name the ``--encoding`` that may be right.

    >>> frame = read_pledges("data/pledges/lithuania-ukraine-2024.csv")
    >>> frame[["donor", "date", "date_precision", "value", "currency", "qualifier", "basis"]]
      donor        date date_precision        value currency qualifier       basis
    2   LTU  2024-11-04            day  683000000.0      EUR      over  cumulative
    3   LTU     2024-09          month   10000000.0      EUR       NaN         new
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()  # millions of new objects, none in a cycle: collections only cost time
    try:
        return _read_pledges(
            source, format, lang, sheet, header, date_format, assumptions, encoding
        )
    finally:
        if enabled:
            gc.enable()


def _read_pledges(
    source, format, lang, sheet, header, date_format, assumptions, encoding=None
) -> pd.DataFrame:
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        table, rows = source.reset_index(drop=True), list(source.index)
        unreadable: list[tuple[Any, str, str]] = []
        notes: list[str] = []
        guessed = source.attrs.get("guessed")
    else:
        table, rows, unreadable = read_table(
            source, format=format, sheet=sheet, header=header, encoding=encoding
        )
        notes = list(table.attrs.get("notes", []))
        guessed = table.attrs.get("guessed")
    # a unit written once, in the amount column's header or a title row (pledges.units)
    table, unit_errors, unit_notes = column_units(table, table.attrs.get("titles", []))
    notes += unit_notes
    try:
        return _to_pledges(
            table, rows, unreadable, lang=lang, date_format=date_format, notes=notes,
            assumptions=assumptions, bad=unit_errors,
        )  # fmt: skip
    except InvalidRows as error:
        if not guessed:
            raise
        position = {row: i for i, row in enumerate(rows)}

        def cell(row: Any, column: str) -> str | None:
            if column not in table.columns or row not in position:
                return None
            return _text(table[column].iat[position[row]])

        raise InvalidRows(with_guess(error.errors, *guessed, cell=cell), error.valid) from None


def with_guess(errors: list, hint: str, lines: frozenset | None, cell=None) -> list:
    """Return ``errors`` with ``hint`` (the encoding was guessed) after the reason of each error
    of a row in ``lines`` (rows holding letters beyond ASCII; None: every row) whose own cell
    holds such a letter: only those letters can a wrong guess have garbled (an unknown amount
    beside "Großbritannien" gets no hint). ``cell(row, column)``: the cell's text, or None
    when the error is of no one cell (the row's rule alone decides then).

    >>> errors = [(2, "amount", "no number"), (2, "donor", "unknown country 'Grã'")]
    >>> cells = {(2, "amount"): "5 xyz", (2, "donor"): "Grã"}
    >>> cell = lambda row, column: cells.get((row, column))
    >>> [r for _, _, r in with_guess(errors, "hint", frozenset({2}), cell)]
    ['no number', "unknown country 'Grã'; hint"]
    """

    def garbled(row: Any, column: str) -> bool:
        if lines is not None and row not in lines:
            return False
        text = cell(row, column) if cell is not None else None
        return text is None or any(ord(char) > 127 for char in text)

    return [
        (row, column, f"{reason}; {hint}" if garbled(row, column) else reason)
        for row, column, reason in errors
    ]


def _text(value: Any) -> str:
    """Return a cell as stripped text; missing cells (None, NaN, NA) as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover
        pass
    return str(value).strip()


def _column(table: pd.DataFrame, name: str) -> list[str]:
    if name not in table.columns:
        return [""] * len(table)
    values = table[name].tolist()
    if table.attrs.get("text") or all(type(value) is str for value in values):  # CSV/TSV
        return [value.strip() for value in values]
    return [_text(value) for value in values]


class RowLabel(int):
    """A row of a table that numbers its rows from 0 (``part_of`` / ``duplicate_of`` columns:
    ``aidcalc extract``'s own output), as reports name it: equal to (and hashed, sorted as) its
    line label, shown as its position followed by that line, so that a report agrees with the
    ``row`` column of the table ``extract`` printed (docs/cli.md, "Row numbers").

    >>> label = RowLabel(4, 2)
    >>> f"row {label}", label == 4, int(label)
    ('row 2 (line 4)', True, 4)
    """

    position: int

    def __new__(cls, line: int, position: int) -> RowLabel:
        label = super().__new__(cls, line)
        label.position = position
        return label

    def __getnewargs__(self) -> tuple[int, int]:  # copy and pickle keep the position
        return int(self), self.position

    def __str__(self) -> str:
        return f"{self.position} (line {int(self)})"

    __format__ = object.__format__  # f"{label}": str()
    __repr__ = int.__repr__


class _Problems:
    """The bad cells of a table as (row, column, reason), and which rows (positions) are bad.
    With ``positions`` (a table numbering its rows from 0) a row is a ``RowLabel``."""

    def __init__(
        self,
        rows: list[Any],
        unreadable: Iterable[tuple[Any, str, str]] = (),
        positions: bool = False,
    ):
        import numpy as np

        self.rows = rows
        self.errors: list[tuple[Any, str, str]] = list(unreadable)
        self.bad = np.zeros(len(rows), dtype=bool)
        self.positions = positions

    def label(self, i: int) -> Any:
        """Return how reports name the row at position ``i``."""
        row = self.rows[i]
        return RowLabel(row, i) if self.positions and type(row) is int else row

    def add(self, i: int, column: str, reason: str) -> None:
        """Record that the cell of ``column`` at position ``i`` is bad, and why."""
        self.errors.append((self.label(i), column, reason))
        self.bad[i] = True


def _to_pledges(
    table: pd.DataFrame,
    rows: list[Any],
    unreadable: Iterable[tuple[Any, str, str]] = (),
    *,
    lang: str | None = None,
    date_format: str | None = None,
    notes: list[str] | None = None,
    assumptions: bool = False,
    bad: Iterable[tuple[int, str, str]] = (),
) -> pd.DataFrame:
    """Return the pledge frame of ``table`` indexed by ``rows``; raise ``InvalidRows`` if any
    cell (or an ``unreadable`` record, or a cell of ``bad``: (position, column, reason)) is bad,
    listing every one."""
    table = _checked_columns(table)
    # "part_of" / "duplicate_of" number the rows from 0: so do the reports of such a table
    numbered = "part_of" in table.columns or "duplicate_of" in table.columns
    problems = _Problems(rows, unreadable, positions=numbered)
    for position, column, reason in bad:
        problems.add(position, column, reason)
    notes = list(notes or [])
    out: dict[str, list[Any]] = {}
    for column in ("donor", "recipient"):
        out[column] = _countries(table, column, problems)
    dates, date_notes = _value_dates(table, problems, lang=lang, date_format=date_format)
    out["date"], out["date_precision"], out["year"] = dates
    notes += date_notes
    cells = {name: _distinct_column(table, name) for name in AMOUNT_CELLS}  # each once
    out["amount"] = _spread(cells["amount"][1], cells["amount"][0]) if len(table) else []
    out.update(_amounts(table, problems, lang, out["donor"], assumptions, cells))
    if assumptions and "assumptions" in table.columns:  # made upstream (aidcalc extract)
        out["assumptions"] = _merged_codes(_column(table, "assumptions"), out["assumptions"])
    if assumptions:  # an empty recipient cell read as the default recipient is named
        out["assumptions"] = _merged_codes(out["assumptions"], _recipient_defaults(table))
    for column, allowed in (("category", CATEGORIES), ("measure", MEASURES), ("basis", BASES)):
        out[column] = _vocabulary(table, column, allowed, problems)
    out["source"] = _cells(table, "source")
    out["note"] = _cells(table, "note")
    out.update(_review(table, problems))
    notes += _donorless(table, out, problems)
    return _frame_or_raise(out, problems, notes)


# The reason given for a row without a donor that a text's reading made (``aidcalc extract``):
# the row would count, but no one gives it; it is left out of the totals, never a bad table.
NO_GIVER = "none named in the text"


# The note on a row ``aidcalc extract`` wrote for a running total of givers the text does not
# name ("Partners have given Ukraine €120bn in all"): flagged, never a bad row.
UNNAMED_TOTAL = "a cumulative total of givers the text does not name"


def _donorless(table: pd.DataFrame, out: dict[str, Any], problems: _Problems) -> list[str]:
    """Mend the "missing" donor of the rows ``aidcalc extract`` writes (docs/cli.md) and return
    the notes on the rows it flags: a row no total counts (``part_of`` or ``duplicate_of`` set,
    or ``rejected``: a total row, a headline, a part) needs no donor and is no bad row; nor is
    a ``cumulative`` row with a ``donor_from`` rule ("collective": "partners", "los donantes",
    "die Geber"), a total of givers the text rightly leaves unnamed, which no total of new
    pledges counts: it is flagged in a note (``UNNAMED_TOTAL``); a counted row whose text named
    no giver (a ``donor_from`` column: "others", "unnamed", "total" or empty) is reported with
    ``NO_GIVER`` and why, so that ``summary`` leaves it out of the totals and totals the rest.
    """
    missing = [
        (k, error) for k, error in enumerate(problems.errors) if error[1:] == ("donor", "missing")
    ]
    if not missing:
        return []
    position = {row: i for i, row in enumerate(problems.rows)}
    rules = _column(table, "donor_from") if "donor_from" in table.columns else None
    dropped = set()
    notes = []
    for k, (row, _, _) in missing:
        i = position[row]
        counted = (
            out.get("part_of", [None] * (i + 1))[i] is None
            and out.get("duplicate_of", [None] * (i + 1))[i] is None
            and out.get("status", [""] * (i + 1))[i] != "rejected"
        )
        if not counted:
            dropped.add(k)
        elif rules is not None and rules[i] and out["basis"][i] == "cumulative":
            dropped.add(k)  # "Partners have given €120bn in all": a standing total, unnamed
            notes.append(
                f"row {row}: {UNNAMED_TOTAL} (donor_from: {rules[i]}), kept as a flagged "
                "row: never added to new pledges, and no donor's latest total"
            )
        elif rules is not None:
            rule = rules[i] or "no rule found one"
            problems.errors[k] = (row, "donor", f"{NO_GIVER} (donor_from: {rule})")
    if dropped:
        rows = [problems.errors[k][0] for k in dropped]
        problems.errors = [e for k, e in enumerate(problems.errors) if k not in dropped]
        still = {row for row, _, _ in problems.errors}
        for row in rows:  # a row with no other bad cell is a good row
            problems.bad[position[row]] = row in still
    return notes


def _merged_codes(given: Sequence[str], found: Sequence[str]) -> list[str]:
    """Return per row the assumption codes a table gives (``|``, ``,`` or spaces between them)
    followed by those its reading adds, each once, ``|`` between them: a default taken where
    the table was made (``$5m`` read as USD by ``aidcalc extract``) stays on the record when
    the table's ``currency`` column now decides the amount.

    >>> _merged_codes(["dollar-usd", "", "short-scale, dollar-usd"], ["", "", "dollar-usd"])
    ['dollar-usd', '', 'short-scale|dollar-usd']
    """
    merged = []
    for cell, codes in zip(given, found, strict=True):
        parts = [*re.split(r"[|,\s]+", cell or ""), *(codes or "").split("|")]
        merged.append("|".join(dict.fromkeys(part for part in parts if part)))
    return merged


# The assumption code of a recipient cell left empty (or no recipient column) and read as the
# schema's default recipient (``DEFAULTS["recipient"]``, docs/aggregation.md).
RECIPIENT_DEFAULT = "recipient-default"


def _recipient_defaults(table: pd.DataFrame) -> list[str]:
    """Return per row ``RECIPIENT_DEFAULT`` when its recipient cell is empty (the recipient is
    then the default, ``UKR``), else ''.

    >>> import pandas as pd
    >>> _recipient_defaults(pd.DataFrame({"recipient": ["MDA", "", None]}))
    ['', 'recipient-default', 'recipient-default']
    >>> _recipient_defaults(pd.DataFrame({"donor": ["ITA"]}))
    ['recipient-default']
    """
    if "recipient" not in table.columns:
        return [RECIPIENT_DEFAULT] * len(table)
    return [RECIPIENT_DEFAULT if not cell else "" for cell in _column(table, "recipient")]


def _review(table: pd.DataFrame, problems: _Problems) -> dict[str, list[Any]]:
    """Return the review columns the table has (``REVIEW_COLUMNS``), checked.

    ``status`` must be one of ``STATUSES`` (empty: ``accepted``, a row someone wrote by hand).
    ``part_of`` / ``duplicate_of`` are written as positions among the table's rows (0 is the
    first row, as ``extract_pledges`` and ``aidcalc extract`` number them); the frame holds the
    index (row number) of the row they point at instead, so it survives dropped rows. A cell
    that is not such a position, or points at its own row, is a bad row.
    """
    out: dict[str, list[Any]] = {}
    present = [name for name in REVIEW_COLUMNS if name in table.columns]
    for name in present:
        cells = _column(table, name)
        if name == "status":
            cells = [cell.lower() or "accepted" for cell in cells]
            for i, cell in enumerate(cells):
                if cell not in STATUSES:
                    problems.add(i, name, f"{cell!r} is not one of {', '.join(STATUSES)}")
        elif name in ("part_of", "duplicate_of"):
            cells = [_link(i, cell, name, problems) for i, cell in enumerate(cells)]
        out[name] = cells
    return out


def _link(i: int, cell: str, column: str, problems: _Problems) -> Any:
    """Return the row number ``cell`` (a 0-based position) points at, or None when empty."""
    if not cell:
        return None
    number = _number(cell)
    n = len(problems.rows)
    if number is None or number != int(number) or not 0 <= number < n or int(number) == i:
        problems.add(i, column, f"{cell!r} is not the position (0 to {n - 1}) of another row")
        return None
    return problems.rows[int(number)]


def _checked_columns(table: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` with lower-case column names; raise ``ValueError`` if it cannot hold
    pledges (a name twice, no donor, neither amount nor value)."""
    table = table.rename(columns=lambda name: str(name).strip().lower())
    repeated = repeated_names(table.columns)
    if repeated:
        raise ValueError(f"column(s) named twice in the header: {', '.join(repeated)}")
    if "amount" not in table.columns and "value" not in table.columns:
        raise ValueError("a pledge table needs an 'amount' column, or 'value' and 'currency'")
    if "donor" not in table.columns:
        raise ValueError("a pledge table needs a 'donor' column")
    return table


def _distinct(cells: Sequence[Any]) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """Return (code of each cell, the distinct cells in order of appearance, the position of
    each distinct cell's first appearance). A table's columns are worked on per distinct cell:
    a million rows hold a few thousand."""
    import numpy as np
    import pandas as pd

    values = np.empty(len(cells), dtype=object)
    values[:] = cells
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    first = np.full(len(uniques), len(cells), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(cells), dtype=np.int64))
    return codes, list(uniques), first


def _distinct_column(table: pd.DataFrame, name: str) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """Return ``_distinct(_column(table, name))``, worked out on the column's distinct raw
    cells: a text column of a million rows is factorized once and only its few thousand
    distinct cells are stripped. A column holding anything but text (numbers, dates, missing
    cells from a spreadsheet) takes ``_column``'s cell by cell way, so that ``1`` and ``1.0``
    stay two cells."""
    import numpy as np
    import pandas as pd

    from .duplicates import factorized

    if name not in table.columns:  # one distinct cell, '', without a column of a million ''
        empty = len(table) == 0
        return (
            np.zeros(len(table), dtype=np.intp),
            [] if empty else [""],
            np.zeros(0 if empty else 1, dtype=np.int64),
        )
    if not len(table):
        return _distinct(_column(table, name))
    raw_codes, raw = factorized(table[name])
    trimmed = _trimmed_text(raw)
    raw = raw.tolist()  # one conversion (list() asks pyarrow for each cell: 0.9 s for 587,550)
    if trimmed:  # every distinct cell is text already stripped: the raw codes and cells
        codes, uniques = raw_codes, raw
    elif not all(type(value) is str for value in raw):
        return _distinct(_column(table, name))
    else:
        codes, uniques = pd.factorize(
            np.array([value.strip() for value in raw], dtype=object), use_na_sentinel=False
        )
        # cells that differ only in spaces share a code; when none do, the raw codes stand
        codes = raw_codes if len(uniques) == len(raw) else codes[raw_codes]
    first = np.full(len(uniques), len(codes), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(codes), dtype=np.int64))
    return codes, list(uniques), first


# the characters str.strip() removes (str.isspace), as a class for RE2 (pyarrow.compute)
_SPACE_CODES = (*range(0x9, 0xE), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B))
_SPACE_CODES += (0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
_SPACES = "".join(f"\\x{{{code:x}}}" for code in _SPACE_CODES)
_EDGE_SPACE = f"^[{_SPACES}]|[{_SPACES}]$"


def _trimmed_text(cells: Any) -> bool:
    """True when ``cells`` (a column's distinct cells) are pyarrow text, none missing and none
    with a space (``str.isspace``) at either end: ``str.strip`` would leave every one as it
    is, so a column of 587,550 distinct values is not stripped and factorized again in
    Python. False when that is not known (other arrays: the cells are stripped one by one).

    >>> import pandas as pd
    >>> _trimmed_text(pd.array(["35,000,000", "€5 million"], dtype="str"))
    True
    >>> _trimmed_text(pd.array(["35,000,000", "€5 million\u00a0"], dtype="str"))
    False
    >>> _trimmed_text(pd.Index(["LTU", "DEU"], dtype="str"))
    True
    """
    cells = getattr(cells, "array", cells)  # an Index (pd.factorize's uniques): its array
    if len(cells) == 0 or not hasattr(cells, "__arrow_array__") or str(cells.dtype) != "str":
        return False
    import pyarrow.compute as pc

    text = cells.__arrow_array__()
    if text.null_count:
        return False
    return not pc.any(pc.match_substring_regex(text, _EDGE_SPACE)).as_py()


def _cells(table: pd.DataFrame, name: str) -> Any:
    """Return the cells ``_column`` gives, built from the distinct cells (``_spread``)."""
    codes, cells, _ = _distinct_column(table, name)
    if not len(codes):
        return _column(table, name)
    return _spread(cells, codes)


def _spread(distinct: Sequence[Any], codes: np.ndarray) -> Any:
    """Return the column whose row ``i`` holds ``distinct[codes[i]]``.

    When every distinct cell is text (or None) the column is the array pandas makes of them
    (its string dtype, as a ``DataFrame`` of the cells would have it), taken from the few
    distinct cells by position: converting a million Python strings one by one cost a second
    per 1M-row table. Otherwise (numbers, dates) an object array.
    """
    import numpy as np
    import pandas as pd

    values = np.empty(len(distinct), dtype=object)
    values[:] = distinct
    if len(codes) and len(values) and set(map(type, distinct)) <= _TEXT_TYPES:
        column = pd.DataFrame({"cells": values})["cells"].array
        if (
            len(values) == 1
            and values[0] is not None
            and type(column).__name__ == "ArrowStringArray"
        ):
            # one cell for every row (a default, an absent column): repeated, not taken
            import pyarrow as pa

            repeated = pa.repeat(pa.scalar(values[0], type=pa.large_string()), len(codes))
            return pd.array(repeated, dtype=column.dtype)
        return column.take(codes)
    return values[codes]


_TEXT_TYPES = {str, type(None)}  # _spread: text cells (or None) make pandas' string column


def _taken(cells: list[Any], codes: np.ndarray) -> list[Any]:
    """Return ``[cells[c] for c in codes]``, by numpy when there are many codes (a column of
    587,550 distinct values, 726,399 combinations of cells).

    >>> import numpy as np
    >>> _taken(["a", "b"], np.array([1, 1, 0])), _taken([""], np.array([0, 0]))
    (['b', 'b', 'a'], ['', ''])
    """
    import numpy as np

    if len(cells) == 1:
        return cells * len(codes)
    values = np.empty(len(cells), dtype=object)
    values[:] = cells
    return values[codes].tolist()


def _report(problems: _Problems, codes: np.ndarray, reasons: dict[int, tuple[str, str]]) -> None:
    """Add a problem for every row whose distinct cell (code) has a reason (column, reason)."""
    import numpy as np

    if not reasons:
        return
    bad = np.zeros(int(codes.max()) + 1 if len(codes) else 0, dtype=bool)
    bad[list(reasons)] = True
    for i in np.flatnonzero(bad[codes]):
        problems.add(int(i), *reasons[int(codes[i])])


def _countries(table: pd.DataFrame, column: str, problems: _Problems) -> np.ndarray:
    """Return the ISO code of every name in ``column`` (its default when empty); '' if bad."""
    import numpy as np

    codes, names, _ = _distinct_column(table, column)
    found = np.empty(len(names), dtype=object)
    reasons: dict[int, tuple[str, str]] = {}
    for k, name in enumerate(names):
        name = name or DEFAULTS.get(column, "")
        found[k] = ""
        if not name:
            reasons[k] = (column, "missing")
            continue
        try:
            found[k] = resolve_country(name)
        except UnknownCountry as error:
            reasons[k] = (column, str(error))
    _report(problems, codes, reasons)
    return _spread(found, codes)


def _value_dates(
    table: pd.DataFrame, problems: _Problems, lang: str | None, date_format: str | None
) -> tuple[tuple[Any, Any, Any], list[str]]:
    """Return ((value date, precision, year) of every row's ``date``, notes); ('', '', 0) if
    bad. The column's distinct cells are read by ``aidcalc.pledges.dates.read_dates``."""
    import numpy as np

    from .dates import read_dates

    codes, cells, first = _distinct_column(table, "date")
    rows = [problems.label(i) for i in first]
    found, notes = read_dates(cells, date_format=date_format, lang=lang, rows=rows)
    dates = np.empty(len(found), dtype=object)
    precisions = np.empty(len(found), dtype=object)
    years = np.zeros(len(found), dtype=np.int64)
    reasons: dict[int, tuple[str, str]] = {}
    for k, value in enumerate(found):
        if isinstance(value, ValueError):
            reasons[k] = ("date", str(value))
            dates[k], precisions[k] = "", ""
        else:
            dates[k], precisions[k], years[k] = str(value), value.precision, value.start.year
    _report(problems, codes, reasons)
    return (_spread(dates, codes), _spread(precisions, codes), years[codes]), notes


AMOUNT_CELLS = ("amount", "value", "currency", "lang", "high", "qualifier")


def _amounts(
    table: pd.DataFrame,
    problems: _Problems,
    lang: str | None,
    donors: Any = None,
    with_assumptions: bool = False,
    distinct: dict[str, tuple[np.ndarray, list[Any], np.ndarray]] | None = None,
) -> dict[str, Any]:
    """Return ``value``, ``currency``, ``qualifier``, ``high`` of every row: read from its
    ``amount`` text, else from its ``value`` + ``currency`` cells (NaN / '' if bad), by
    ``aidcalc.pledges.values.read_amounts``, once per distinct combination of cells and donor
    home currency (``aidcalc.countries.home_currency``); ``assumptions`` too when asked.
    ``distinct``: the ``_distinct_column`` of the ``AMOUNT_CELLS`` when already found."""
    import numpy as np
    import pandas as pd

    from ..countries import home_currency
    from .values import read_amounts

    if donors is None:
        donors = [""] * len(table)
    if not isinstance(donors, pd.api.extensions.ExtensionArray):  # the column _countries made
        donors = np.asarray(donors, dtype=object)
    donor_codes, donor_uniques = pd.factorize(donors)
    home_codes, home_uniques = pd.factorize(
        np.array([home_currency(code) if code else "" for code in donor_uniques], dtype=object)
    )
    home_codes = home_codes[donor_codes] if len(donor_codes) else home_codes

    has_amount = "amount" in table.columns
    key = np.zeros(len(table), dtype=np.int64)
    split = False  # whether a column has split the rows yet
    columns = {}
    for name in AMOUNT_CELLS:
        codes_of, uniques, _ = distinct[name] if distinct else _distinct_column(table, name)
        columns[name] = (codes_of, uniques)
        if len(uniques) > 1 and not split:  # the first column that splits: its codes, which
            key, split = codes_of.astype(np.int64), True  # count from 0 in order of rows
        elif len(uniques) > 1:  # one distinct cell (a missing column) splits no combination
            key = pd.factorize(key * len(uniques) + codes_of)[0].astype(np.int64)
    if len(home_uniques) > 1 or not split:
        key = pd.factorize(key * max(len(home_uniques), 1) + home_codes)[0].astype(np.int64)
    codes = key
    first = np.full(int(codes.max()) + 1 if len(codes) else 0, len(codes), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(codes), dtype=np.int64))
    cells = {name: _taken(uniques, of[first]) for name, (of, uniques) in columns.items()}
    currencies = [cell.upper() for cell in cells["currency"]]
    langs = [cell.lower() for cell in cells["lang"]]
    homes = [home_uniques[c] for c in home_codes[first]]
    assumed: list[str] = []
    found_rows = read_amounts(
        cells["amount"], cells["value"], currencies, langs, lang, homes=homes, assumptions=assumed
    )
    n = len(found_rows)
    value, high = np.full(n, NAN), np.full(n, NAN)
    currency, qualifier = np.full(n, "", dtype=object), np.full(n, None, dtype=object)
    reasons: dict[int, tuple[str, str]] = {}
    for k, found in enumerate(found_rows):
        text, high_cell, qualifier_cell = (
            cells["amount"][k],
            cells["high"][k],
            cells["qualifier"][k],
        )
        if not isinstance(found[0], str) and not text:  # value + currency: high, qualifier cells
            found = _with_cells(found, high_cell, qualifier_cell)
        if isinstance(found[0], str):  # (column, reason)
            column, reason = found
            if column == "value" and reason == "missing" and has_amount:
                column = "amount"
            reasons[k] = (column, reason)
            qualifier[k] = None if text else qualifier_cell or None
            continue
        value[k], currency[k], qualifier[k], high[k] = found
    _report(problems, codes, reasons)
    result = {
        "value": value[codes],
        "currency": _spread(currency, codes),
        "qualifier": _spread(qualifier, codes),
        "high": high[codes],
    }
    if with_assumptions:
        result["assumptions"] = _spread(assumed, codes)
    return result


NAN = float("nan")


def _with_cells(found: tuple, high_cell: str, qualifier_cell: str) -> tuple:
    """Return the reading of a ``value`` cell with the ``high`` and ``qualifier`` cells of its
    row: a cell fills what the value cell does not say (``5`` with a ``high`` of ``8``), the
    value cell's own top and qualifier (``10-20``, ``over 5 million``) are kept, and a cell
    that says otherwise is a bad row, never overwritten silently either way."""
    value, currency, qualifier, high = found
    number = _number(high_cell) if high_cell else NAN
    if number is None:
        return ("high", f"{high_cell!r} is not a number")
    if number == number and high == high and number != high:
        return ("high", f"{high_cell!r} disagrees with the top of the value cell ({high:g})")
    if qualifier_cell and qualifier and qualifier_cell != qualifier:
        return (
            "qualifier",
            f"{qualifier_cell!r} disagrees with the value cell's qualifier {qualifier!r}",
        )
    return (value, currency, qualifier_cell or qualifier, number if number == number else high)


def _vocabulary(
    table: pd.DataFrame, column: str, allowed: tuple[str, ...], problems: _Problems
) -> Any:
    """Return the lower-case cells of ``column`` (its default when empty); each must be allowed."""
    import numpy as np

    codes, cells, _ = _distinct_column(table, column)
    found = np.array([cell.lower() or DEFAULTS[column] for cell in cells] or [""], dtype=object)
    reasons = {
        k: (column, f"{cell!r} is not one of {', '.join(allowed)}")
        for k, cell in enumerate(found[: len(cells)])
        if cell not in allowed
    }
    _report(problems, codes, reasons)
    return _spread(found[: len(cells)], codes) if len(cells) else found[codes]


def _frame_or_raise(
    columns: dict[str, list[Any]], problems: _Problems, notes: list[str]
) -> pd.DataFrame:
    """Return the pledge frame indexed by row number; raise ``InvalidRows`` if any cell is bad."""
    frame = pledge_frame(columns)
    frame.index = _labels(problems.rows)
    frame.attrs["notes"] = notes
    if problems.errors:
        valid = frame[~problems.bad]
        valid.attrs["notes"] = notes
        raise InvalidRows(problems.errors, valid=valid)
    return frame


def _labels(rows: list[Any]) -> Any:
    """Return the row labels as the index takes them fastest: line numbers (Python ints) as an
    int64 array, the index a list of them makes, in a fifth of the time; anything else as is."""
    import numpy as np

    if len(rows) < 1000 or not all(type(row) is int for row in rows):
        return rows
    try:
        return np.array(rows, dtype=np.int64)
    except OverflowError:  # ints an int64 does not hold: the list's own index
        return rows


def _number(text: str) -> float | None:
    if "_" in text:  # float() joins "1_000" into 1000; no parser rule does
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None
