"""Converting amounts (``convert``), restatements (``deviation``) and frames (``normalize``).

Scalars are ``Decimal`` throughout: the rate is the published figure (or an exact ratio of two),
and the converted amount is not rounded. Frames are ``float64``: ``normalize`` computes the same
rates as ``convert`` but in binary floating point (about 16 significant digits).

>>> from decimal import Decimal
>>> from aidcalc.amount import Amount
>>> result = convert(Amount(Decimal("683000000"), "EUR", "over"), "USD", on="2024-11-04")
>>> str(result.amount), result.rate, result.rate_date, result.source
('over USD 744743200', Decimal('1.0904'), datetime.date(2024, 11, 4), 'ECB euro reference rate')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .amount import Amount, check_currency
from .errors import RateNotAvailable, UnknownCurrency
from .rates.core import DECIMAL

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .rates import Rates


@dataclass(frozen=True, slots=True)
class Conversion:
    """An amount converted at a published rate: the result and where the rate came from."""

    amount: Amount
    rate: Decimal
    rate_date: date
    source: str
    method: str


def _default_rates(rates: Any) -> Any:
    if rates is not None:
        return rates
    from .rates import Rates

    return Rates.default()


def convert(
    amount: Amount, to: str, *, on: object, method: str | None = None, rates: Rates | None = None
) -> Conversion:
    """Return ``amount`` converted into currency ``to`` at the rate of value date ``on``.

    ``method=None`` picks by the precision of ``on``: ``previous`` for a day, ``monthly`` for
    ``YYYY-MM``, ``annual`` for ``YYYY``. The qualifier is kept and both ends of a range are
    converted. Raises ``UnknownCurrency`` or ``RateNotAvailable``.
    """
    check_currency(to)
    rate = _default_rates(rates).rate(amount.currency, to, on, method)
    value = DECIMAL.multiply(amount.value, rate.value)
    high = DECIMAL.multiply(amount.high, rate.value) if amount.high is not None else None
    converted = Amount(value, to, amount.qualifier, high)
    return Conversion(converted, rate.value, rate.date, rate.source, rate.method)


def deviation(
    original: Amount,
    restated: Amount,
    on: object,
    *,
    method: str | None = None,
    rates: Rates | None = None,
) -> Decimal:
    """Return how far ``restated`` is from ``original`` converted at the reference rate.

    A signed fraction: ``restated / reference − 1``, so ``0.02`` means the source's own
    restatement is 2 % above the reference conversion. Ranges compare their low ends.

    >>> from decimal import Decimal
    >>> eur = Amount(Decimal("683000000"), "EUR")
    >>> round(deviation(eur, Amount(Decimal("763000000"), "USD"), "2024-11-04"), 4)
    Decimal('0.0245')
    """
    reference = convert(original, restated.currency, on=on, method=method, rates=rates)
    if reference.amount.value == 0:
        raise ValueError("cannot compare a restatement with a zero amount")
    return DECIMAL.subtract(DECIMAL.divide(restated.value, reference.amount.value), Decimal(1))


# -- frames ---------------------------------------------------------------------------------------

# why a row could not be converted, besides the look-up reasons of the rates
_BAD_DATE = 100
_BAD_CURRENCY = 101
_WRONG_PRECISION = 102


def normalize(
    frame: pd.DataFrame,
    to: str,
    *,
    value: str = "value",
    currency: str = "currency",
    date: str = "date",
    method: str | None = None,
    rates: Rates | None = None,
    errors: str = "raise",
) -> pd.DataFrame:
    """Return a new frame with the amounts converted into ``to``, vectorised.

    Adds ``value_<to>`` (e.g. ``value_usd``), ``rate``, ``rate_date``, ``rate_source`` and
    ``rate_method``; with a ``high`` column (range upper ends) also ``high_<to>``. Value columns
    are ``float64``. ``date`` may mix precisions (``2024-11-04``, ``2024-09``, ``2024``, dates,
    Timestamps); with ``method=None`` each row's precision picks previous / monthly / annual.

    ``errors="raise"`` raises ``RateNotAvailable`` or ``UnknownCurrency`` naming the first row
    that cannot be converted; ``errors="coerce"`` leaves NaN there and says why in ``rate_error``.
    """
    import numpy as np
    import pandas as pd

    from .rates.core import ALLOWED_METHODS, METHODS, PERIOD_OF
    from .rates.series import day_number, month_key, period_bounds, year_key

    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    if method is not None and method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    check_currency(to)
    rates = _default_rates(rates)
    n = len(frame)
    amounts = pd.to_numeric(frame[value], errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )

    # value dates: parse each distinct value once
    days = np.zeros(n, dtype=np.int64)
    precision = np.zeros(n, dtype=np.int8)  # 0 day, 1 month, 2 year
    reasons = np.zeros(n, dtype=np.int16)
    column = frame[date]
    if pd.api.types.is_datetime64_any_dtype(column.dtype):
        stamps = column.to_numpy(dtype="datetime64[D]")
        bad = np.isnat(stamps)
        days[~bad] = stamps[~bad].astype(np.int64)
        reasons[bad] = _BAD_DATE
    else:
        from .dates import PRECISIONS, parse_value_date

        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        unique_days = np.zeros(len(uniques) + 1, dtype=np.int64)
        unique_precision = np.zeros(len(uniques) + 1, dtype=np.int8)
        unique_bad = np.zeros(len(uniques) + 1, dtype=bool)
        unique_bad[-1] = True  # code -1: a missing date
        for i, raw in enumerate(uniques):
            try:
                parsed = parse_value_date(raw)
            except (TypeError, ValueError):
                unique_bad[i] = True
                continue
            unique_days[i] = day_number(parsed.start)
            unique_precision[i] = PRECISIONS.index(parsed.precision)
        days = unique_days[codes]
        precision = unique_precision[codes]
        reasons[unique_bad[codes]] = _BAD_DATE

    # methods: given, or by precision; a method finer than the precision is an error
    if method is None:
        method_index = np.array([METHODS.index(m) for m in ("previous", "monthly", "annual")])[
            precision
        ]
    else:
        method_index = np.full(n, METHODS.index(method), dtype=np.int64)
        allowed = np.array(
            [method in ALLOWED_METHODS[p] for p in ("day", "month", "year")], dtype=bool
        )
        reasons[(reasons == 0) & ~allowed[precision]] = _WRONG_PRECISION

    currency_codes, currency_names = pd.factorize(frame[currency], use_na_sentinel=True)
    reasons[(reasons == 0) & (currency_codes < 0)] = _BAD_CURRENCY

    rate = np.full(n, np.nan)
    rate_day = np.zeros(n, dtype=np.int64)
    source_code = np.full(n, -1, dtype=np.int32)
    sources: list[str] = []
    source_index: dict[str, int] = {}
    error_text = np.full(n, None, dtype=object) if errors == "coerce" else None
    first_error: tuple[int, str, type, str] | None = None  # (position, message, type, code)

    def code_of(text: str) -> int:
        if text not in source_index:
            source_index[text] = len(sources)
            sources.append(text)
        return source_index[text]

    def fail(rows: np.ndarray, message_of, kind: type, code: str = "") -> None:
        nonlocal first_error
        if not len(rows):
            return
        if error_text is not None:
            _, first, inverse = np.unique(days[rows], return_index=True, return_inverse=True)
            texts = np.array([message_of(rows[j]) for j in first], dtype=object)
            error_text[rows] = texts[inverse]
        position = int(rows.min())
        if first_error is None or position < first_error[0]:
            first_error = (position, message_of(position), kind, code)

    # rows that failed before any look-up
    for reason, text in (
        (_BAD_DATE, "no value date (expected YYYY-MM-DD, YYYY-MM or YYYY)"),
        (_BAD_CURRENCY, "no currency"),
    ):
        fail(np.flatnonzero(reasons == reason), lambda _i, t=text: t, RateNotAvailable)
    for level, name in enumerate(("day", "month", "year")):
        wrong = np.flatnonzero((reasons == _WRONG_PRECISION) & (precision == level))
        allowed_text = " or ".join(ALLOWED_METHODS[name])
        text = f"no {method} rate for a value date of {name} precision; use {allowed_text}"
        fail(wrong, lambda _i, t=text: t, RateNotAvailable)

    # look-ups: one per (currency, method) group
    usable = np.flatnonzero(reasons == 0)
    group_key = currency_codes[usable].astype(np.int64) * len(METHODS) + method_index[usable]
    order = np.argsort(group_key, kind="stable")
    sorted_keys = group_key[order]
    bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
    for chunk in np.split(order, bounds) if len(order) else []:
        rows = usable[chunk]
        key = int(group_key[chunk[0]])
        base = str(currency_names[key // len(METHODS)])
        row_method = METHODS[key % len(METHODS)]
        group_days = days[rows]
        if base == to:
            check = _check_code(base, rates)
            if check is not None:
                fail(rows, lambda _i, m=check: m, UnknownCurrency, base)
                continue
            rate[rows] = 1.0
            period = PERIOD_OF.get(row_method)
            if period:
                keys = month_key(group_days) if period == "month" else year_key(group_days)
                rate_day[rows] = period_bounds(keys, period)[0]
            else:
                rate_day[rows] = group_days
            source_code[rows] = code_of("same currency")
            continue
        try:
            found = rates.rate_arrays(base, to, group_days, row_method)
        except UnknownCurrency as error:
            fail(rows, lambda _i, m=str(error): m, UnknownCurrency, error.code)
            continue
        ok = found.reasons == 0
        rate[rows[ok]] = found.values[ok]
        rate_day[rows] = found.rate_days
        mapping = np.array([code_of(text) for text in found.sources], dtype=np.int32)
        source_code[rows[ok]] = mapping[found.source_codes[ok]]
        bad = np.flatnonzero(~ok)
        if len(bad):
            # rows are ascending within a group, so a row's place in it is a binary search
            fail(
                rows[bad],
                lambda i, f=found, r=rows: f.message(int(np.searchsorted(r, i))),
                RateNotAvailable,
            )

    if errors == "raise" and first_error is not None:
        position, message, kind, code = first_error
        failed_rows = int(np.count_nonzero(np.isnan(rate)))
        label = frame.index[position]
        more = f" ({failed_rows - 1} more rows failed)" if failed_rows > 1 else ""
        text = f"row {label!r}: {message}{more}"
        if kind is UnknownCurrency:
            raise UnknownCurrency(code, text)
        raise RateNotAvailable(text)

    failed = np.isnan(rate)
    result = frame.copy()
    suffix = to.lower()
    result[f"value_{suffix}"] = amounts * rate
    if "high" in frame.columns:
        highs = pd.to_numeric(frame["high"], errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )
        result[f"high_{suffix}"] = highs * rate
    result["rate"] = rate
    stamp = rate_day.astype("datetime64[D]").astype("datetime64[s]")
    stamp[failed] = np.datetime64("NaT")
    result["rate_date"] = stamp
    names = np.array(sources + [None], dtype=object)
    result["rate_source"] = names[np.where(failed, -1, source_code)]
    method_names = np.array(METHODS, dtype=object)[method_index]
    method_names[failed] = None
    result["rate_method"] = method_names
    if error_text is not None:
        result["rate_error"] = error_text
    return result


def _check_code(code: str, rates: Any) -> str | None:
    """Return why ``code`` cannot be converted at all, or None if a source serves it."""
    try:
        check_currency(code)
        if hasattr(rates, "_factors_per_eur"):
            rates._factors_per_eur(code)
    except UnknownCurrency as error:
        return str(error)
    return None
