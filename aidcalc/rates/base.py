"""The vocabulary of rates, free of numpy: ``Rate``, ``RateArrays``, the methods and their checks.

Every other module of ``aidcalc.rates`` imports this one, never ``core``, so the package has no
import cycle (``core`` <- ``store``/``live`` would be one).

>>> from aidcalc.dates import parse_value_date
>>> check_method(None, parse_value_date("2024-09"))
'monthly'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

from ..dates import METHODS, ValueDate
from ..errors import RateNotAvailable

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "ALLOWED_METHODS",
    "DECIMAL",
    "METHODS",
    "PERIOD_OF",
    "Rate",
    "RateArrays",
    "check_method",
]

PERIOD_OF = {"monthly": "month", "quarterly": "quarter", "annual": "year"}

# the methods a value date of each precision can use (a month has no single day to look up)
ALLOWED_METHODS = {
    "day": METHODS,
    "month": ("monthly", "quarterly", "annual", "peg"),
    "quarter": ("quarterly", "annual", "peg"),
    "year": ("annual", "peg"),
}

DECIMAL = Context(prec=28)


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of the quote currency per 1 unit of the base currency, and where the figure comes from.

    ``date`` is the fixing date used (the earliest, when a cross rate combines two), or the first
    day of the month, quarter or year for ``monthly``, ``quarterly`` and ``annual`` means.
    """

    value: Decimal
    date: date
    source: str
    method: str


@dataclass
class RateArrays:
    """The vectorised result of ``Rates.rate_arrays``: one entry per requested day.

    ``values`` are float64 (NaN where ``reasons`` is non-zero); ``rate_days`` day numbers;
    ``source_codes`` index ``sources``. ``message(i)`` explains a failed entry.
    """

    values: np.ndarray
    rate_days: np.ndarray
    source_codes: np.ndarray
    sources: list[str]
    reasons: np.ndarray
    failed_factor: np.ndarray
    factors: list
    days: np.ndarray
    base: str
    quote: str
    method: str
    owner: Any  # the Rates that computed it
    pegged: np.ndarray | None = None  # bool: the rate is a legal fixed rate only (method "peg")
    user_used: np.ndarray | None = None  # bool: the rate rests on the user's table

    def message(self, i: int) -> str:
        """Return why entry ``i`` has no rate."""
        factor = self.factors[self.failed_factor[i]] if self.failed_factor[i] >= 0 else None
        return self.owner._explain(
            factor, int(self.reasons[i]), int(self.days[i]), self.method, self.base, self.quote
        )


def check_method(method: str | None, value_date: ValueDate, pair: str = "") -> str:
    """Return the method to use for ``value_date`` (its default when ``method`` is None)."""
    if method is None:
        return value_date.default_method
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if method not in ALLOWED_METHODS[value_date.precision]:
        which = f" for {pair}" if pair else ""
        raise RateNotAvailable(
            f"no {method} rate{which} on {value_date}: a value date of {value_date.precision} "
            f"precision "
            f"needs method {' or '.join(repr(m) for m in ALLOWED_METHODS[value_date.precision])}"
        )
    return method
