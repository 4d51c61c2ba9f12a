"""Value dates as people write them in tables, read a whole column at a time.

``read_dates`` reads each distinct cell once, trying these forms in order:

1. ISO value dates (``parse_value_date``): ``2024-02-16``, ``2024-02``, ``2024-Q1``, ``2024``,
   an ISO timestamp; a workbook's date cell arrives as a day;
2. a year pandas stored as a float (``2024.0``);
3. quarters: ``Q1 2024``, ``Q1/2024``, ``2024 Q1``, ``2024Q1``, ``1Q2024`` (quarter precision,
   converted at the quarter's mean);
4. year first with ``/`` or ``.``: ``2024/02/16``, ``2024.02.16`` (always year, month, day);
   a month and a year: ``02.2024``, ``02/2024`` (month precision);
5. month names, in the table's language (``lang=``) or English, wide or abbreviated, from
   CLDR: ``Feb 2024``, ``February 2024``, ``16 February 2024``, ``February 16, 2024``,
   ``16-Feb-2024``, ``Februar 2024`` (with ``lang="de"``);
6. numbers with ``.``, ``/`` or ``-``: ``16.02.2024``, ``02/16/2024``, ``16-02-2024``.
   Day first or month first is never guessed: ``date_format=`` decides (``"DMY"``, ``"MDY"``,
   or a ``strftime`` pattern such as ``"%d/%m/%Y"``, which then reads every cell that is not
   ISO), else the column's evidence (a first number above 12 means day first, a second one
   above 12 month first), else the short date pattern of the table's language in CLDR
   (``de``: day first; ``en``: month first). Without any of these, a cell whose two readings
   are both dates is refused; a column with evidence both ways is refused too. The choice
   is returned as a note, so that it can be printed.

Two-digit years are refused (``16/02/24`` could be 1924 or 2024 to a program).

Before any of these, the whole column is looked at once for **Excel serial day numbers**
(what a date column becomes when a workbook is saved as CSV with the cells formatted as
numbers): when every filled cell is a whole number of five digits (``45337``, or
``45337.0`` as pandas writes a float column) between ``SERIAL_FIRST`` and ``SERIAL_LAST``
(1950-01-01 to 2099-12-31), and no cell has another date shape, each is read as that many
days after 1899-12-30 (Excel's 1900 date system, whose day 1 is 1900-01-01; Excel's
phantom 1900-02-29 lies before the range), and the choice is returned as a note like the
day-first one. A serial-shaped cell in a column with other dates is refused, saying so: one
such cell among ISO dates is more likely a typo than a serial.

>>> dates, notes = read_dates(["16.02.2024", "03.04.2024", "Q1 2024", "Feb 2024", "2024.0"])
>>> [str(d) for d in dates]
['2024-02-16', '2024-04-03', '2024-Q1', '2024-02', '2024']
>>> notes
['dates read day first (DMY): row 1 has 16.02.2024']
>>> dates, notes = read_dates(["45337", "45337.0", 45383, None], rows=[4, 5, 6, 7])
>>> [str(d) for d in dates]
['2024-02-15', '2024-02-15', '2024-04-01', 'missing']
>>> print(*notes)
dates read as Excel serial day numbers (days after 1899-12-30): row 4 has 45337 = 2024-02-15
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ..dates import ValueDate, parse_value_date

ORDERS = ("DMY", "MDY")

_FLOAT_YEAR = re.compile(r"(\d{4})\.0+")
_QUARTER_FIRST = re.compile(r"(?i)q([1-4])\s*[-/ ]?\s*(\d{4})")
_QUARTER_LAST = re.compile(r"(?i)(\d{4})\s*[-/ ]?\s*q([1-4])")
_QUARTER_DIGIT = re.compile(r"(?i)([1-4])\s*q\s*[-/ ]?\s*(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
SERIAL_EPOCH = date(1899, 12, 30)  # Excel's 1900 date system: serial 1 is 1900-01-01
SERIAL_FIRST, SERIAL_LAST = 18264, 73050  # 1950-01-01 and 2099-12-31


def read_dates(
    cells: Sequence[Any],
    *,
    date_format: str | None = None,
    lang: str | None = None,
    rows: Sequence[Any] | None = None,
) -> tuple[list[ValueDate | ValueError], list[str]]:
    """Return (the ``ValueDate`` of each cell or the ``ValueError`` saying why not, notes).

    ``cells`` are text, dates or numbers; an empty cell gives ``ValueError("missing")``.
    ``rows`` names the cells in the notes (default: 1, 2, …).
    """
    rows = list(rows) if rows is not None else list(range(1, len(cells) + 1))
    if date_format is not None and "%" not in date_format and date_format.upper() not in ORDERS:
        raise ValueError(f"date_format must be DMY, MDY or a strftime pattern, not {date_format!r}")
    found: dict[Any, ValueDate | ValueError | tuple] = {}
    first_seen: dict[Any, Any] = {}
    originals: dict[Any, Any] = {}
    for row, cell in zip(rows, cells, strict=True):
        key = cell if isinstance(cell, str) else repr(cell)
        if key not in found:
            found[key] = _read_one(cell, date_format, lang)
            first_seen[key] = row
            originals[key] = cell
    serial_notes = _excel_serials(found, first_seen, originals, date_format)
    order, notes = _order(found, first_seen, date_format, lang)
    notes = serial_notes + notes
    resolved: dict[Any, ValueDate | ValueError] = {}
    for key, value in found.items():
        resolved[key] = _resolve(value, order) if isinstance(value, tuple) else value
    out = [resolved[cell if isinstance(cell, str) else repr(cell)] for cell in cells]
    return out, notes


def _read_one(cell: Any, date_format: str | None, lang: str | None):
    """Return a ``ValueDate``, a ``ValueError``, or (text, first, second, year) to be ordered."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return ValueError("missing")
    if isinstance(cell, datetime | date | ValueDate):
        return parse_value_date(cell)
    if isinstance(cell, float) and cell.is_integer() and 1000 <= cell <= 9999:
        return ValueDate(date(int(cell), 1, 1), "year")
    text = str(cell).strip()
    if not text:
        return ValueError("missing")
    try:
        return parse_value_date(text)
    except ValueError as error:
        if "(expected" not in str(error):  # ISO-shaped, but no such day: say so
            return error
        problem = error
    if date_format and "%" in date_format:
        try:
            return ValueDate(datetime.strptime(text, date_format).date(), "day")
        except ValueError:
            return ValueError(f"{text!r} does not match date_format {date_format!r}")
    try:
        return _other_forms(text, lang)
    except ValueError as error:
        return error
    except LookupError:
        return ValueError(f"{str(problem).split(' (')[0]} ({_EXPECTED})")


_EXPECTED = "expected e.g. 2024-02-16, 16.02.2024, Feb 2024, Q1 2024 or 2024"


def _other_forms(text: str, lang: str | None):
    """Return the reading of a non-ISO date (steps 2-6); raise LookupError when none fits."""
    if match := _FLOAT_YEAR.fullmatch(text):
        return ValueDate(date(int(match.group(1)), 1, 1), "year")
    for pattern, quarter, year in (
        (_QUARTER_FIRST, 1, 2),
        (_QUARTER_LAST, 2, 1),
        (_QUARTER_DIGIT, 1, 2),
    ):
        if match := pattern.fullmatch(text):
            month = 3 * int(match.group(quarter)) - 2
            return ValueDate(date(int(match.group(year)), month, 1), "quarter")
    if match := _YEAR_FIRST.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _day(text, year, month, day)
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"not a valid value date: {text!r} (month must be in 1..12)")
        return ValueDate(date(year, month, 1), "month")
    if match := _NUMERIC.fullmatch(text):
        first, _, second, year = match.groups()
        if len(year) == 2:
            raise ValueError(f"{text!r} has a two-digit year: write the year in full")
        return (text, int(first), int(second), int(year))
    return _named_month(text, lang)


def _serial(cell: Any) -> int | None:
    """Return the whole number of a five-digit cell (``45337``, ``45337.0``), else None."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() and 10000 <= cell <= 99999 else None
    match = _SERIAL.fullmatch(str(cell).strip())
    return int(match.group(1)) if match else None


def _excel_serials(found: dict, first_seen: dict, originals: dict, date_format: str | None):
    """Read the column's cells as Excel serial day numbers when the whole column says so
    (every filled cell a five-digit whole number in the range, no other date shape); fill
    ``found`` in place and return the note. A serial-shaped cell in a column with other
    dates gets a reason that says so. A ``strftime`` ``date_format`` reads every cell itself."""
    if date_format and "%" in date_format:
        return []
    serials = {key: _serial(originals[key]) for key in found}
    filled = [key for key in found if str(found[key]) != "missing"]
    shaped = [key for key in filled if serials[key] is not None]
    if not shaped:
        return []
    in_range = all(SERIAL_FIRST <= serials[key] <= SERIAL_LAST for key in shaped)
    if len(shaped) == len(filled) and in_range:
        for key in shaped:
            found[key] = ValueDate(SERIAL_EPOCH + timedelta(days=serials[key]), "day")
        key = min(shaped, key=lambda k: _row_key(first_seen[k]))
        return [
            f"dates read as Excel serial day numbers (days after {SERIAL_EPOCH}): row "
            f"{first_seen[key]} has {key} = {found[key]}"
        ]
    other = next((key for key in filled if serials[key] is None), None)
    outside = next((key for key in shaped if not SERIAL_FIRST <= serials[key] <= SERIAL_LAST), None)
    span = f"{SERIAL_FIRST}..{SERIAL_LAST} (1950-01-01 to 2099-12-31)"
    for key in shaped:
        if other is not None:
            reason = (
                f"{key!r} looks like an Excel serial day number, but row {first_seen[other]} "
                f"has {other!r}: a column is read as serial numbers only when every date in it "
                "is one"
            )
        elif key == outside or not SERIAL_FIRST <= serials[key] <= SERIAL_LAST:
            reason = f"{key!r} is no date, nor an Excel serial day number in {span}"
        else:
            reason = (
                f"{key!r} looks like an Excel serial day number, but row {first_seen[outside]} "
                f"has {outside!r}, outside {span}: the column is not read as serial numbers"
            )
        found[key] = ValueError(f"not a valid value date: {reason}")
    return []


def _row_key(row: Any) -> tuple:
    try:
        return (0, int(row))
    except (TypeError, ValueError):
        return (1, str(row))


def _day(text: str, year: int, month: int, day: int) -> ValueDate:
    try:
        return ValueDate(date(year, month, day), "day")
    except ValueError as error:
        raise ValueError(f"not a valid value date: {text!r} ({error})") from None


def _named_month(text: str, lang: str | None) -> ValueDate:
    """Return the date of ``Feb 2024``, ``16 February 2024``, ``February 16, 2024``."""
    from ..news.dates import month_words

    tokens = _WORDS.findall(text.replace(",", " "))
    words = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    if len(words) != 1 or not 1 <= len(numbers) <= 2:
        raise LookupError(text)
    word = words[0].rstrip(".").casefold()
    month = None
    for language in dict.fromkeys([lang or "en", "en"]):
        try:
            month = month_words(language).get(word)
        except (ValueError, LookupError):  # a language babel does not know
            month = None
        if month:
            break
    if not month:
        raise LookupError(text)
    years = [int(t) for t in numbers if len(t) == 4]
    days = [int(t) for t in numbers if len(t) <= 2]
    if len(years) != 1 or len(days) != len(numbers) - 1:
        raise LookupError(text)
    if days:
        return _day(text, years[0], abs(month), days[0])
    return ValueDate(date(years[0], abs(month), 1), "month")


def _order(found: dict, first_seen: dict, date_format: str | None, lang: str | None):
    """Return (DMY, MDY or None, notes): the order of the column's numeric dates."""
    numeric = [(key, value) for key, value in found.items() if isinstance(value, tuple)]
    if not numeric:
        return None, []
    if date_format and "%" not in date_format:
        order = date_format.upper()
        return order, [f"dates read {_NAMES[order]} ({order}): as date_format says"]
    day_first = [key for key, (_, a, b, _) in numeric if a > 12 and b <= 12]
    month_first = [key for key, (_, a, b, _) in numeric if b > 12 and a <= 12]
    if day_first and month_first:
        return "conflict", [
            f"dates both ways: row {first_seen[day_first[0]]} has {day_first[0]} (day first), "
            f"row {first_seen[month_first[0]]} has {month_first[0]} (month first); "
            "give date_format= (--date-format)"
        ]
    if day_first or month_first:
        order = "DMY" if day_first else "MDY"
        key = (day_first or month_first)[0]
        return order, [f"dates read {_NAMES[order]} ({order}): row {first_seen[key]} has {key}"]
    if lang:
        order = _language_order(lang)
        if order:
            return order, [f"dates read {_NAMES[order]} ({order}): the short date of {lang!r}"]
    return None, []


_NAMES = {"DMY": "day first", "MDY": "month first"}


def _language_order(lang: str) -> str | None:
    """Return DMY or MDY as CLDR's short date pattern of ``lang`` orders day and month."""
    try:
        from babel import Locale

        pattern = Locale.parse(lang).date_formats["short"].pattern
    except (ValueError, LookupError, ImportError, AttributeError):
        return None
    day, month = pattern.find("d"), pattern.find("M")
    if day < 0 or month < 0 or pattern.find("y") < min(day, month):
        return None
    return "DMY" if day < month else "MDY"


def _resolve(value: tuple, order: str | None) -> ValueDate | ValueError:
    """Return the date of a numeric cell (``first``, ``second``, ``year``) in ``order``."""
    text, first, second, year = value
    readings = {}
    for name, (day, month) in (("DMY", (first, second)), ("MDY", (second, first))):
        with contextlib.suppress(ValueError):
            readings[name] = ValueDate(date(year, month, day), "day")
    if order in readings:
        return readings[order]
    if order in ORDERS or not readings:
        return ValueError(f"not a valid value date: {text!r}")
    if len(readings) == 1 or first == second:
        return next(iter(readings.values()))
    if order == "conflict":
        return ValueError(f"{text!r}: the column has dates day first and month first")
    return ValueError(
        f"{text!r} is {readings['DMY']} day first or {readings['MDY']} month first, and no date "
        "in the column tells which: give date_format='DMY' or 'MDY' (--date-format)"
    )
