"""``read_pledges``: pledges from CSV, TSV, JSON, JSON lines or xlsx.

Every row becomes donor and recipient as ISO 3166 alpha-3 (or ``EU``), a value date with its
precision, and ``value`` / ``currency`` / ``qualifier`` / ``high`` parsed from the ``amount`` text
(or taken from ``value`` + ``currency``). Values in the frame are float64; the Decimal of each
parsed amount is exact until it enters the frame. Bad rows are all reported at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..countries import resolve_country
from ..dates import parse_value_date
from ..errors import InvalidRows, UnknownCountry
from .schema import BASES, CATEGORIES, DEFAULTS, MEASURES, pledge_frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def read_table(path: str | Path) -> tuple[pd.DataFrame, list[Any], list[tuple[Any, str, str]]]:
    """Return (frame of cells, row numbers, unreadable records) of a CSV, TSV, JSON(L) or xlsx.

    Row numbers are where a person finds the row (see ``InvalidRows``): the line a CSV/TSV
    record or a JSON line starts on, counting blank lines and cells that span lines. Wholly
    blank rows hold no pledge and are left out. Records that cannot be read (a CSV line with
    more cells than the header, a JSON line that is not a JSON object) are returned as
    (row, "", reason) for ``InvalidRows`` (no column: the whole record).
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    errors: list[tuple[Any, str, str]] = []
    if suffix in (".csv", ".tsv", ".tab", ".txt"):
        delimiter = "\t" if suffix in (".tsv", ".tab") else ","
        return _read_delimited(path, delimiter)
    if suffix in (".jsonl", ".ndjson"):
        import json

        records, rows = [], []
        with path.open(encoding="utf-8-sig") as handle:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    errors.append((line_number, "", f"not valid JSON ({error.msg})"))
                    continue
                if not isinstance(record, dict):
                    errors.append((line_number, "", "not a JSON object"))
                    continue
                records.append(record)
                rows.append(line_number)
        return pd.DataFrame.from_records(records), rows, errors
    if suffix == ".json":
        try:
            frame = pd.read_json(path, dtype=False)
        except ValueError as error:  # an object of scalars, a bare number or string, bad JSON
            raise ValueError(
                f"not a table in JSON: expected a list of objects, one per row ({error})"
            ) from None
        rows = list(range(1, len(frame) + 1))
    elif suffix in (".xlsx", ".xlsm"):
        import zipfile

        try:
            frame = pd.read_excel(path, dtype=object)
        except ImportError as error:
            message = "reading .xlsx needs openpyxl: pip install 'aidcalc[excel]'"
            raise ImportError(message) from error
        except (zipfile.BadZipFile, KeyError, EOFError, SyntaxError) as error:
            # not a zip, a part missing, a truncated member, XML that expat refuses
            raise ValueError(f"not a readable xlsx workbook ({error})") from None
        rows = list(range(2, len(frame) + 2))
    else:
        raise ValueError(f"cannot read {path.name!r}: expected .csv, .tsv, .json, .jsonl or .xlsx")
    blank = frame.isna().all(axis=1).to_numpy() if len(frame.columns) else None
    if blank is not None and blank.any():
        rows = [row for row, empty in zip(rows, blank, strict=True) if not empty]
        frame = frame[~blank].reset_index(drop=True)
    return frame, rows, errors


def _read_delimited(
    path: Path, delimiter: str
) -> tuple[pd.DataFrame, list[int], list[tuple[Any, str, str]]]:
    """Return (text cells, start line of each record, records with too many cells)."""
    import csv

    import pandas as pd

    errors: list[tuple[Any, str, str]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, skipinitialspace=True)
        header = next(reader, [])
        width = len(header)
        records, rows = [], []
        line = reader.line_num + 1  # where the next record starts
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > width:
                extra = [cell for cell in record[width:] if cell.strip()]
                if extra:
                    errors.append((start, "", f"{len(record)} cells, the header has {width}"))
                    continue
            records.append(record[:width] + [""] * (width - len(record)))
            rows.append(start)
    names = [name.strip().lower() for name in header]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"column(s) named twice in the header: {', '.join(repeated)}")
    columns = {name: [record[i] for record in records] for i, name in enumerate(header)}
    return pd.DataFrame(columns, dtype=object), rows, errors


def read_pledges(path_or_frame: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Return a pledge frame (``COLUMNS``) read from a file or a frame; raise ``InvalidRows``.

    The frame's index is the row number of each pledge in the file (see ``InvalidRows``).

    >>> frame = read_pledges("data/pledges/lithuania-ukraine-2024.csv")
    >>> frame[["donor", "date", "date_precision", "value", "currency", "qualifier", "basis"]]
      donor        date date_precision        value currency qualifier       basis
    2   LTU  2024-11-04            day  683000000.0      EUR      over  cumulative
    3   LTU     2024-09          month   10000000.0      EUR       NaN         new
    """
    import pandas as pd

    if isinstance(path_or_frame, pd.DataFrame):
        table, rows = path_or_frame.reset_index(drop=True), list(path_or_frame.index)
        unreadable: list[tuple[Any, str, str]] = []
    else:
        table, rows, unreadable = read_table(path_or_frame)
    return _to_pledges(table, rows, unreadable)


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
    if all(type(value) is str for value in values):  # CSV/TSV: text cells, no NA
        return [value.strip() for value in values]
    return [_text(value) for value in values]


class _Problems:
    """The bad cells of a table as (row, column, reason), and which rows (positions) are bad."""

    def __init__(self, rows: list[Any], unreadable: Iterable[tuple[Any, str, str]] = ()):
        import numpy as np

        self.rows = rows
        self.errors: list[tuple[Any, str, str]] = list(unreadable)
        self.bad = np.zeros(len(rows), dtype=bool)

    def add(self, i: int, column: str, reason: str) -> None:
        """Record that the cell of ``column`` at position ``i`` is bad, and why."""
        self.errors.append((self.rows[i], column, reason))
        self.bad[i] = True


def _to_pledges(
    table: pd.DataFrame, rows: list[Any], unreadable: Iterable[tuple[Any, str, str]] = ()
) -> pd.DataFrame:
    """Return the pledge frame of ``table`` indexed by ``rows``; raise ``InvalidRows`` if any
    cell (or an ``unreadable`` record) is bad, listing every one."""
    table = _checked_columns(table)
    problems = _Problems(rows, unreadable)
    out: dict[str, list[Any]] = {}
    for column in ("donor", "recipient"):
        out[column] = _countries(table, column, problems)
    out["date"], out["date_precision"], out["year"] = _value_dates(table, problems)
    out["amount"] = _column(table, "amount")
    out.update(_amounts(table, problems))
    for column, allowed in (("category", CATEGORIES), ("measure", MEASURES), ("basis", BASES)):
        out[column] = _vocabulary(table, column, allowed, problems)
    out["source"] = _column(table, "source")
    out["note"] = _column(table, "note")
    return _frame_or_raise(out, problems)


def _checked_columns(table: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` with lower-case column names; raise ``ValueError`` if it cannot hold
    pledges (a name twice, no donor, neither amount nor value)."""
    table = table.rename(columns=lambda name: str(name).strip().lower())
    repeated = sorted({name for name in table.columns if list(table.columns).count(name) > 1})
    if repeated:
        raise ValueError(f"column(s) named twice in the header: {', '.join(repeated)}")
    if "amount" not in table.columns and "value" not in table.columns:
        raise ValueError("a pledge table needs an 'amount' column, or 'value' and 'currency'")
    if "donor" not in table.columns:
        raise ValueError("a pledge table needs a 'donor' column")
    return table


def _countries(table: pd.DataFrame, column: str, problems: _Problems) -> list[str]:
    """Return the ISO code of every name in ``column`` (its default when empty); '' if bad."""
    codes: list[str] = []
    resolved: dict[str, str | UnknownCountry] = {}
    for i, name in enumerate(_column(table, column)):
        name = name or DEFAULTS.get(column, "")
        if not name:
            problems.add(i, column, "missing")
            codes.append("")
            continue
        if name not in resolved:
            try:
                resolved[name] = resolve_country(name)
            except UnknownCountry as error:
                resolved[name] = error
        code = resolved[name]
        if isinstance(code, UnknownCountry):
            problems.add(i, column, str(code))
            codes.append("")
        else:
            codes.append(code)
    return codes


def _value_dates(table: pd.DataFrame, problems: _Problems) -> tuple[list, list, list]:
    """Return (value date, precision, year) of every row's ``date``; ('', '', 0) if bad."""
    dates, precisions, years = [], [], []
    seen: dict[str, tuple[str, str] | ValueError] = {}
    for i, text in enumerate(_column(table, "date")):
        if text not in seen:
            try:
                if not text:
                    raise ValueError("missing")
                value_date = parse_value_date(text)
                seen[text] = (str(value_date), value_date.precision)
            except ValueError as error:
                seen[text] = error
        found = seen[text]
        if isinstance(found, ValueError):
            problems.add(i, "date", str(found))
            date, precision = "", ""
        else:
            date, precision = found
        dates.append(date)
        precisions.append(precision)
        years.append(int(date[:4]) if date else 0)
    return dates, precisions, years


def _amounts(table: pd.DataFrame, problems: _Problems) -> dict[str, list[Any]]:
    """Return ``value``, ``currency``, ``qualifier``, ``high`` of every row: parsed from its
    ``amount`` text, else taken from its ``value`` + ``currency`` cells (NaN / '' if bad)."""
    has_amount = "amount" in table.columns
    amounts = _column(table, "amount")
    value_cells = _column(table, "value")
    currency_cells = [cell.upper() for cell in _column(table, "currency")]
    high_cells = _column(table, "high")
    qualifier_cells = _column(table, "qualifier")
    out: dict[str, list[Any]] = {"value": [], "currency": [], "qualifier": [], "high": []}
    parsed: dict[tuple[str, str], Any] = {}
    for i, text in enumerate(amounts):
        if text:
            found = _parsed_amount(text, currency_cells[i], parsed)
        else:
            found = _value_and_currency(
                value_cells[i], currency_cells[i], high_cells[i], has_amount
            )
            if not isinstance(found[0], str):
                value, currency, high = found
                found = (value, currency, qualifier_cells[i] or None, high)
        if isinstance(found[0], str):  # (column, reason)
            problems.add(i, *found)
            found = (NAN, "", None if text else qualifier_cells[i] or None, NAN)
        for name, cell in zip(("value", "currency", "qualifier", "high"), found, strict=True):
            out[name].append(cell)
    return out


NAN = float("nan")


def _parsed_amount(text: str, hint: str, cache: dict[tuple[str, str], Any]) -> tuple:
    """Return (value, currency, qualifier, high) that ``parse_amount`` reads in ``text`` with
    ``hint`` for a bare symbol, or ("amount", reason); each (text, hint) is parsed once."""
    from ..parsing import parse_amount

    key = (text, hint)
    if key not in cache:
        try:
            cache[key] = parse_amount(text, currency_hint=hint or None)
        except ValueError as error:  # ParseError, UnknownCurrency
            cache[key] = error
    result = cache[key]
    if isinstance(result, Exception):
        return ("amount", str(result))
    high = float(result.high) if result.high is not None else NAN
    return (float(result.value), result.currency, result.qualifier, high)


def _value_and_currency(value_cell: str, currency: str, high_cell: str, has_amount: bool) -> tuple:
    """Return (value, currency, high) of a row given as numbers, or (column, reason) if bad."""
    value = _number(value_cell)
    high = _number(high_cell) if high_cell else NAN
    if not value_cell:
        return ("amount" if has_amount else "value", "missing")
    if value is None:
        return ("value", f"{value_cell!r} is not a number")
    if high is None:
        return ("high", f"{high_cell!r} is not a number")
    if not currency:
        return ("currency", "missing")
    from ..amount import known_currencies

    if currency not in known_currencies():
        return ("currency", f"unknown currency code {currency!r} (not an ISO 4217 code)")
    return (value, currency, high)


def _vocabulary(
    table: pd.DataFrame, column: str, allowed: tuple[str, ...], problems: _Problems
) -> list[str]:
    """Return the lower-case cells of ``column`` (its default when empty); each must be allowed."""
    cells = [cell.lower() or DEFAULTS[column] for cell in _column(table, column)]
    for i, cell in enumerate(cells):
        if cell not in allowed:
            problems.add(i, column, f"{cell!r} is not one of {', '.join(allowed)}")
    return cells


def _frame_or_raise(columns: dict[str, list[Any]], problems: _Problems) -> pd.DataFrame:
    """Return the pledge frame indexed by row number; raise ``InvalidRows`` if any cell is bad."""
    frame = pledge_frame(columns)
    frame.index = problems.rows
    if problems.errors:
        raise InvalidRows(problems.errors, valid=frame[~problems.bad])
    return frame


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None
