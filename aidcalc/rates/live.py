"""Live rates from forex-python (extra ``live``), cached in memory per (base, quote, day).

forex-python asks theratesapi.com, which republishes the ECB reference rates; it does not say
which fixing day it used, so ``Rate.date`` is the day asked for.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np

from ..dates import parse_value_date
from ..errors import RateNotAvailable
from .base import DECIMAL, Rate, RateArrays, check_method
from .series import day_of

SOURCE = "forex-python live rate (theratesapi.com, ECB-based)"


class LiveRates:
    """``Rates``-like access to forex-python's ``CurrencyRates``; daily methods only."""

    methods = ("previous",)

    def __init__(self, client=None):
        if client is None:
            try:
                from forex_python.converter import CurrencyRates
            except ImportError as error:  # pragma: no cover - depends on the extra
                raise ImportError(
                    "live rates need forex-python: pip install 'aidcalc[live]'"
                ) from error
            client = CurrencyRates(force_decimal=True)
        self.client = client
        self.cache: dict[tuple[str, str, date], Decimal] = {}

    def check_quoted(self, currency: str) -> None:
        """Raise ``UnknownCurrency`` unless ``currency`` is ISO 4217 (the service decides later)."""
        from ..amount import check_currency

        check_currency(currency)

    def rate(self, base: str, quote: str, on: object, method: str | None = None):
        """Return the live rate of ``base`` in ``quote`` on ``on`` (a day); see ``Rates.rate``."""
        from ..amount import check_currency

        check_currency(base)  # UnknownCurrency names a bad code before any request
        check_currency(quote)
        value_date = parse_value_date(on)
        method = check_method(method, value_date, f"{base}->{quote}")
        if method != "previous" or value_date.precision != "day":
            raise RateNotAvailable(
                f"no {method} rate for {base}->{quote} on {value_date}: the live source gives "
                "one day's rate only (method 'previous' with a full date)"
            )
        day = value_date.start
        if base == quote:
            return Rate(Decimal(1), day, "same currency", method)
        key = (base, quote, day)
        if key not in self.cache:
            try:
                value = self.client.get_rate(base, quote, day)
            except Exception as error:  # forex-python raises its own errors and requests'
                raise RateNotAvailable(
                    f"no live rate for {base}->{quote} on {day}: {type(error).__name__}: {error}"
                ) from error
            if value is None:
                raise RateNotAvailable(f"no live rate for {base}->{quote} on {day}")
            given = value
            try:
                value = DECIMAL.plus(Decimal(str(given)))
            except ArithmeticError:  # decimal.InvalidOperation: not a number at all
                value = None
            if value is None or not value.is_finite() or value <= 0:
                raise RateNotAvailable(
                    f"the live source gave {str(given)!r} for {base}->{quote} on {day}, "
                    "not a positive rate"
                )
            self.cache[key] = value
        return Rate(self.cache[key], day, SOURCE, method)

    def rate_arrays(self, base: str, quote: str, days: np.ndarray, method: str) -> RateArrays:
        """Return the rates for each day number (one request per distinct day)."""
        days = np.asarray(days, dtype=np.int64)
        unique, inverse = np.unique(days, return_inverse=True)
        values = np.full(len(unique), np.nan)
        problems: dict[int, str] = {}
        for i, day in enumerate(unique):
            try:
                values[i] = float(self.rate(base, quote, day_of(day), method).value)
            except RateNotAvailable as error:
                problems[i] = str(error)
        reasons = np.array([1 if i in problems else 0 for i in range(len(unique))], dtype=np.int8)
        result = _LiveArrays(
            values[inverse],
            days.copy(),
            np.zeros(len(days), dtype=np.int32),
            [SOURCE],
            reasons[inverse],
            np.full(len(days), -1, dtype=np.int16),
            [],
            days,
            base,
            quote,
            method,
            self,
        )
        result.problems = {
            int(j): problems[int(inverse[j])] for j in np.flatnonzero(reasons[inverse])
        }
        return result


class _LiveArrays(RateArrays):
    problems: dict[int, str]

    def message(self, i: int) -> str:
        return self.problems[i]
