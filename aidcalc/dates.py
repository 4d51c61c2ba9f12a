"""``ValueDate``: the date an amount is valued at, to the precision its source gives.

>>> parse_value_date("2024-11-04")
ValueDate(2024-11-04)
>>> parse_value_date("2024-09").precision, parse_value_date("2024").end
('month', datetime.date(2024, 12, 31))
>>> parse_value_date("2024-Q3").start, parse_value_date("2024-Q3").end
(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

PRECISIONS = ("day", "month", "quarter", "year")

# the rate methods: a day's fixing, the last one before, the closest one, a month's, quarter's
# or year's mean, and a legal fixed rate (a hard peg); None lets the value date's precision choose
METHODS = ("exact", "previous", "nearest", "monthly", "quarterly", "annual", "peg")

# the rate method a value date of each precision uses by default
DEFAULT_METHOD = {"day": "previous", "month": "monthly", "quarter": "quarterly", "year": "annual"}

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})-[Qq]([1-4])\s*$")


@dataclass(frozen=True, slots=True, order=True)
class ValueDate:
    """A value date: ``start`` is the day, or the first day of the month, quarter or year.

    A quarter is three calendar months: Q1 January to March, Q2 April to June, and so on.
    """

    start: date
    precision: str = "day"

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, not {self.precision!r}")
        if isinstance(self.start, datetime):
            object.__setattr__(self, "start", self.start.date())
        if self.precision == "month" and self.start.day != 1:
            object.__setattr__(self, "start", self.start.replace(day=1))
        if self.precision == "quarter":
            first_month = (self.start.month - 1) // 3 * 3 + 1
            object.__setattr__(self, "start", self.start.replace(month=first_month, day=1))
        if self.precision == "year" and (self.start.month, self.start.day) != (1, 1):
            object.__setattr__(self, "start", self.start.replace(month=1, day=1))

    @property
    def end(self) -> date:
        """Return the last day the value date covers."""
        if self.precision == "day":
            return self.start
        if self.precision == "year":
            return self.start.replace(month=12, day=31)
        month = self.start.month + 2 if self.precision == "quarter" else self.start.month
        last = calendar.monthrange(self.start.year, month)[1]
        return self.start.replace(month=month, day=last)

    @property
    def default_method(self) -> str:
        """Return the rate method this precision uses by default (previous, monthly,
        quarterly, annual)."""
        return DEFAULT_METHOD[self.precision]

    def __str__(self) -> str:
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "quarter":
            return f"{self.start.year:04d}-Q{(self.start.month + 2) // 3}"
        return self.start.isoformat()

    def __repr__(self) -> str:
        return f"ValueDate({self})"


def parse_value_date(value: object) -> ValueDate:
    """Return the ``ValueDate`` of a date, datetime, ``ValueDate`` or ISO string.

    Strings may be ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY-Qn`` (a quarter, n = 1..4) or ``YYYY``
    (also with a ``T…`` time part, which is dropped). Anything else raises ``ValueError``; the
    forms people write in tables (``16.02.2024``, ``Q1 2024``) are read by
    ``aidcalc.pledges.dates``.

    >>> parse_value_date(date(2024, 11, 4)).precision
    'day'
    >>> parse_value_date("2024-13")
    Traceback (most recent call last):
    ...
    ValueError: not a valid value date: '2024-13' (month must be in 1..12)
    """
    if isinstance(value, ValueDate):
        return value
    if isinstance(value, datetime):  # also pandas.Timestamp
        return ValueDate(value.date(), "day")
    if isinstance(value, date):
        return ValueDate(value, "day")
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 10 and text[10] in "T ":  # an ISO datetime: keep the day
            text = text[:10]
        quarter = _QUARTER.match(text)
        if quarter:
            first_month = 3 * int(quarter.group(2)) - 2
            return ValueDate(date(int(quarter.group(1)), first_month, 1), "quarter")
        match = _ISO.match(text)
        if match:
            year, month, day = (int(part) if part else None for part in match.groups())
            try:
                if day is not None:
                    return ValueDate(date(year, month, day), "day")
                if month is not None:
                    return ValueDate(date(year, month, 1), "month")
                return ValueDate(date(year, 1, 1), "year")
            except ValueError as error:
                raise ValueError(f"not a valid value date: {value!r} ({error})") from None
        raise ValueError(
            f"not a valid value date: {value!r} (expected YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)"
        )
    raise TypeError(f"a value date must be a date or an ISO string, not {type(value).__name__}")
