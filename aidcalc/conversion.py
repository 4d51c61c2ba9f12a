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
    ``rate_source``, ``rate_method`` and ``rate_error`` are categorical columns.
    """
    import numpy as np
    import pandas as pd

    from .dates import PRECISIONS, parse_value_date
    from .rates.core import ALLOWED_METHODS, METHODS, PERIOD_OF
    from .rates.series import day_number, month_key, period_bounds, year_key

    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    if method is not None and method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    check_currency(to)
    rates = _default_rates(rates)
    amounts = pd.to_numeric(frame[value], errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )

    # The work is done per distinct (currency, value date) "cell", then gathered into rows:
    # a million rows usually hold a few thousand cells.
    date_codes, date_values = pd.factorize(frame[date], use_na_sentinel=True)
    currency_codes, currency_names = pd.factorize(frame[currency], use_na_sentinel=True)
    n_dates, n_currencies = len(date_values) + 1, len(currency_names) + 1  # +1: missing
    date_codes = np.where(date_codes < 0, n_dates - 1, date_codes)
    currency_codes = np.where(currency_codes < 0, n_currencies - 1, currency_codes)

    # each distinct value date: its day, precision and method (-1: not a date, -2: wrong method)
    date_day = np.zeros(n_dates, dtype=np.int64)
    date_method = np.full(n_dates, -1, dtype=np.int64)
    date_precision = np.zeros(n_dates, dtype=np.int64)
    for i, raw in enumerate(date_values):
        try:
            parsed = parse_value_date(raw.to_pydatetime() if hasattr(raw, "to_pydatetime") else raw)
        except (TypeError, ValueError):
            continue
        date_day[i] = day_number(parsed.start)
        date_precision[i] = PRECISIONS.index(parsed.precision)
        chosen = method or parsed.default_method
        allowed = chosen in ALLOWED_METHODS[parsed.precision]
        date_method[i] = METHODS.index(chosen) if allowed else -2

    cell_of_row = currency_codes.astype(np.int64) * n_dates + date_codes
    n_cells = n_currencies * n_dates
    if n_cells <= 50_000_000:
        present = np.zeros(n_cells, dtype=bool)
        present[cell_of_row] = True
        cells = np.flatnonzero(present)
    else:
        cells = np.unique(cell_of_row)
    cell_rate = np.full(n_cells if n_cells <= 50_000_000 else 0, np.nan)
    lookup = {}  # cell index -> position, when the tables are sparse
    if not len(cell_rate):
        lookup = {int(c): j for j, c in enumerate(cells)}
        cell_rate = np.full(len(cells), np.nan)
    size = len(cell_rate)
    cell_day = np.zeros(size, dtype=np.int64)
    cell_source = np.full(size, -1, dtype=np.int64)
    cell_error = np.full(size, -1, dtype=np.int64)
    sources: list[str] = []
    messages: list[tuple[str, type, str]] = []  # (message, exception type, currency code)
    source_index: dict[str, int] = {}
    message_index: dict[tuple[str, type, str], int] = {}

    def slot(cell_indices: np.ndarray) -> np.ndarray:
        if not lookup:
            return cell_indices
        return np.array([lookup[int(c)] for c in cell_indices], dtype=np.int64)

    def code_of(text: str, table: list, index: dict) -> int:
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return index[text]

    def fail(cell_indices: np.ndarray, texts, kind: type = RateNotAvailable, code: str = ""):
        where = slot(cell_indices)
        for position, text in zip(where, texts, strict=True):
            cell_error[position] = code_of((text, kind, code), messages, message_index)

    cell_currency = cells // n_dates
    for currency_index in np.unique(cell_currency):
        mine = cells[cell_currency == currency_index]
        dates_here = mine % n_dates
        if currency_index == n_currencies - 1:
            fail(mine, ["no currency"] * len(mine))
            continue
        base = str(currency_names[currency_index])
        methods_here = date_method[dates_here]
        bad_date = (dates_here == n_dates - 1) | (methods_here == -1)
        fail(
            mine[bad_date],
            ["no value date (expected YYYY-MM-DD, YYYY-MM or YYYY)"] * bad_date.sum(),
        )
        for wrong in np.flatnonzero(methods_here == -2):
            name = PRECISIONS[date_precision[dates_here[wrong]]]
            needs = " or ".join(ALLOWED_METHODS[name])
            fail(
                mine[[wrong]],
                [f"no {method} rate for a value date of {name} precision; use {needs}"],
            )
        for method_index in np.unique(methods_here[methods_here >= 0]):
            row_method = METHODS[method_index]
            these = mine[methods_here == method_index]
            days = date_day[these % n_dates]
            where = slot(these)
            if base == to:
                problem = _check_code(base, rates)
                if problem is not None:
                    fail(these, [problem] * len(these), UnknownCurrency, base)
                    continue
                cell_rate[where] = 1.0
                period = PERIOD_OF.get(row_method)
                if period:
                    keys = month_key(days) if period == "month" else year_key(days)
                    cell_day[where] = period_bounds(keys, period)[0]
                else:
                    cell_day[where] = days
                cell_source[where] = code_of("same currency", sources, source_index)
                continue
            try:
                found = rates.rate_arrays(base, to, days, row_method)
            except UnknownCurrency as error:
                fail(these, [str(error)] * len(these), UnknownCurrency, error.code)
                continue
            ok = found.reasons == 0
            cell_rate[where[ok]] = found.values[ok]
            cell_day[where] = found.rate_days
            mapping = np.array([code_of(t, sources, source_index) for t in found.sources])
            cell_source[where[ok]] = mapping[found.source_codes[ok]]
            bad = np.flatnonzero(~ok)
            fail(these[bad], [found.message(int(i)) for i in bad])

    # gather the cells into rows
    row_slot = slot(cell_of_row) if lookup else cell_of_row
    rate = cell_rate[row_slot]
    failed = np.isnan(rate)
    if errors == "raise" and failed.any():
        first = int(np.argmax(failed))
        message, kind, code = messages[cell_error[row_slot[first]]]
        count = int(np.count_nonzero(failed))
        more = f" ({count - 1} more rows failed)" if count > 1 else ""
        text = f"row {frame.index[first]!r}: {message}{more}"
        if kind is UnknownCurrency:
            raise UnknownCurrency(code, text)
        raise RateNotAvailable(text)

    result = frame.copy(deep=False)  # a new frame; pandas copies the shared columns on write
    suffix = to.lower()
    result[f"value_{suffix}"] = amounts * rate
    if "high" in frame.columns:
        highs = pd.to_numeric(frame["high"], errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )
        result[f"high_{suffix}"] = highs * rate
    result["rate"] = rate
    nat = np.iinfo(np.int64).min
    cell_stamp = np.where(np.isnan(cell_rate), nat, cell_day * 86400)
    result["rate_date"] = cell_stamp[row_slot].view("datetime64[s]")
    result["rate_source"] = pd.Categorical.from_codes(cell_source[row_slot], sources)
    row_method = np.where(failed, -1, np.maximum(date_method, -1)[date_codes])
    result["rate_method"] = pd.Categorical.from_codes(row_method, METHODS)
    if errors == "coerce":
        texts = [text for text, _kind, _code in messages]
        result["rate_error"] = pd.Categorical.from_codes(cell_error[row_slot], texts)
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
