"""The pandas accessors: ``frame.aidcalc`` and ``series.aidcalc`` (issue 14).

``frame.aidcalc.normalize(to, ...)`` is ``aidcalc.normalize(frame, to, ...)``,
``frame.aidcalc.totals(by, to, ...)`` is ``aidcalc.totals(frame, by, to, ...)`` and
``series.aidcalc.parse(lang=...)`` is ``aidcalc.parse_amounts(series, lang=...)``: the same
arguments, the same results, the same errors. This module is in layer 4 (with ``pledges/``)
because ``totals`` is; ``aidcalc/__init__.py`` imports it as soon as pandas is in use (at
``import aidcalc`` when pandas is already imported, else at the first name that needs pandas),
and ``import aidcalc.accessor`` registers the accessors in any case.

>>> import pandas as pd
>>> import aidcalc.accessor
>>> pd.Series(["€5m", "up to $2 billion"]).aidcalc.parse()[["value", "currency", "qualifier"]]
          value currency qualifier
0  5.000000e+06      EUR       NaN
1  2.000000e+09      USD     up_to
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd


@pd.api.extensions.register_dataframe_accessor("aidcalc")
class FrameAccessor:
    """``frame.aidcalc``: ``normalize`` and ``totals`` on a frame in the pledge schema."""

    def __init__(self, frame: pd.DataFrame):
        self._frame = frame

    def normalize(
        self,
        to: str,
        *,
        value: str = "value",
        currency: str = "currency",
        date: str = "date",
        method: str | None = None,
        rates: Any = None,
        errors: str = "raise",
    ) -> pd.DataFrame:
        """Return ``aidcalc.normalize(frame, to, ...)``: the amounts converted into ``to``
        (``value_<to>``, ``rate``, ``rate_date``, ``rate_source``, ``rate_method``)."""
        from .frames import normalize

        return normalize(
            self._frame, to, value=value, currency=currency, date=date, method=method,
            rates=rates, errors=errors,
        )  # fmt: skip

    def totals(
        self,
        by: str | Sequence[str] = ("donor", "year"),
        to: str = "EUR",
        *,
        per: str | None = None,
        errors: str = "raise",
        measure: str | None = None,
        include_cumulative: bool = False,
        method: str | None = None,
        rates: Any = None,
        gdp_year: int | None = None,
    ) -> Any:
        """Return ``aidcalc.totals(frame, by, to, ...)``: one row per ``by`` group with
        ``total``, ``total_high`` and ``count`` in ``to``."""
        from .pledges.totals import totals

        return totals(
            self._frame, by, to, per=per, errors=errors, measure=measure,
            include_cumulative=include_cumulative, method=method, rates=rates, gdp_year=gdp_year,
        )  # fmt: skip


@pd.api.extensions.register_series_accessor("aidcalc")
class SeriesAccessor:
    """``series.aidcalc``: ``parse`` on a Series of amount texts."""

    def __init__(self, series: pd.Series):
        self._series = series

    def parse(
        self,
        *,
        lang: str | None = None,
        currency_hint: str | None = None,
        strict: bool = False,
        errors: str = "raise",
    ) -> pd.DataFrame:
        """Return ``aidcalc.parse_amounts(series, ...)``: ``value``, ``currency``,
        ``qualifier``, ``high``, ``assumptions`` and ``error`` per text, on the Series' index,
        each distinct text parsed once."""
        from .frames import parse_amounts

        return parse_amounts(
            self._series, lang=lang, currency_hint=currency_hint, strict=strict, errors=errors
        )
