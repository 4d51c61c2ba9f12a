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

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .amount import Amount, check_currency
from .errors import RateNotAvailable, UnknownCurrency
from .rates.core import DECIMAL

# a value date that numpy parses exactly as ``parse_value_date`` does (ASCII digits only)
_PLAIN_DAY = re.compile(r"(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}")

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
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
    # a million rows usually hold a few thousand cells. Code -1 (a missing value) becomes the
    # last code of each column.
    date_codes, date_values = _factorize(frame[date])
    currency_codes, currency_names = _factorize(frame[currency])
    n_dates, n_currencies = len(date_values) + 1, len(currency_names) + 1

    # each distinct value date: its day, precision and method (-1: not a date, -2: wrong method)
    date_day = np.zeros(n_dates, dtype=np.int64)
    date_method = np.full(n_dates, -1, dtype=np.int64)
    date_precision = np.zeros(n_dates, dtype=np.int64)
    date_problem: dict[int, str] = {}  # why a distinct value is not a value date
    plain = _plain_days(date_values)
    if plain is not None:  # YYYY-MM-DD strings, parsed at once; the others one by one below
        positions, days = plain
        date_day[positions] = days
        date_method[positions] = METHODS.index(method or "previous")  # a day allows every method
    for i, raw in enumerate(date_values):
        if plain is not None and date_method[i] != -1:
            continue
        try:
            parsed = parse_value_date(raw.to_pydatetime() if hasattr(raw, "to_pydatetime") else raw)
        except (TypeError, ValueError) as error:
            date_problem[i] = str(error)
            continue
        date_day[i] = day_number(parsed.start)
        date_precision[i] = PRECISIONS.index(parsed.precision)
        chosen = method or parsed.default_method
        allowed = chosen in ALLOWED_METHODS[parsed.precision]
        date_method[i] = METHODS.index(chosen) if allowed else -2

    # each row's cell; tables are indexed by cell when they are small enough, else by the
    # position of the cell among the distinct ones
    key_of_row = currency_codes * n_dates
    key_of_row += date_codes
    n_keys = n_currencies * n_dates
    if n_keys <= max(len(key_of_row), 1 << 16):
        present = np.zeros(n_keys, dtype=bool)
        present[key_of_row] = True
        keys = np.flatnonzero(present)
        slots, slot_of_row, size = keys, key_of_row, n_keys
    else:
        keys, slot_of_row = np.unique(key_of_row, return_inverse=True)
        slots, size = np.arange(len(keys)), len(keys)
    cell_rate = np.full(size, np.nan)
    cell_day = np.zeros(size, dtype=np.int64)
    cell_source = np.full(size, -1, dtype=np.int64)
    cell_error = np.full(size, -1, dtype=np.int64)
    sources: list[str] = []
    messages: list[tuple[str, type, str]] = []  # (message, exception type, currency code)
    source_index: dict[str, int] = {}
    message_index: dict[tuple[str, type, str], int] = {}

    def code_of(text, table: list, index: dict) -> int:
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return index[text]

    def fail(where: np.ndarray, texts, kind: type = RateNotAvailable, code: str = ""):
        for position, text in zip(where, texts, strict=True):
            cell_error[position] = code_of((text, kind, code), messages, message_index)

    cell_currency = keys // n_dates
    for currency_index in np.unique(cell_currency):
        here = cell_currency == currency_index
        mine, dates_here = slots[here], keys[here] % n_dates
        if currency_index == n_currencies - 1:
            fail(mine, ["no currency"] * len(mine))
            continue
        base = str(currency_names[currency_index])
        methods_here = date_method[dates_here]
        bad_date = (dates_here == n_dates - 1) | (methods_here == -1)
        missing = "no value date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
        fail(mine[bad_date], [date_problem.get(int(d), missing) for d in dates_here[bad_date]])
        for wrong in np.flatnonzero(methods_here == -2):
            name = PRECISIONS[date_precision[dates_here[wrong]]]
            needs = " or ".join(ALLOWED_METHODS[name])
            fail(
                mine[[wrong]],
                [f"no {method} rate for a value date of {name} precision; use {needs}"],
            )
        for method_index in np.unique(methods_here[methods_here >= 0]):
            row_method = METHODS[method_index]
            chosen = methods_here == method_index
            where, days = mine[chosen], date_day[dates_here[chosen]]
            if base == to:
                problem = _check_code(base, rates)
                if problem is not None:
                    fail(where, [problem] * len(where), UnknownCurrency, base)
                    continue
                cell_rate[where] = 1.0
                period = PERIOD_OF.get(row_method)
                if period:
                    period_keys = month_key(days) if period == "month" else year_key(days)
                    cell_day[where] = period_bounds(period_keys, period)[0]
                else:
                    cell_day[where] = days
                cell_source[where] = code_of("same currency", sources, source_index)
                continue
            try:
                found = rates.rate_arrays(base, to, days, row_method)
            except UnknownCurrency as error:
                fail(where, [str(error)] * len(where), UnknownCurrency, error.code)
                continue
            ok = found.reasons == 0
            cell_rate[where[ok]] = found.values[ok]
            cell_day[where] = found.rate_days
            mapping = np.array([code_of(t, sources, source_index) for t in found.sources])
            cell_source[where[ok]] = mapping[found.source_codes[ok]]
            bad = np.flatnonzero(~ok)
            fail(where[bad], [found.message(int(i)) for i in bad])

    cell_failed = np.isnan(cell_rate)
    if errors == "raise" and cell_failed[slots].any():
        failed = cell_failed[slot_of_row]
        first = int(np.argmax(failed))
        message, kind, code = messages[cell_error[slot_of_row[first]]]
        count = int(np.count_nonzero(failed))
        more = f" ({count - 1} more rows failed)" if count > 1 else ""
        text = f"row {frame.index[first]!r}: {message}{more}"
        if kind is UnknownCurrency:
            raise UnknownCurrency(code, text)
        raise RateNotAvailable(text)

    # gather the cells into rows: one take per output column, with small code types
    cell_method = np.full(size, -1, dtype=np.int64)
    cell_method[slots] = np.maximum(date_method[keys % n_dates], -1)
    cell_method[cell_failed] = -1
    rate = cell_rate.take(slot_of_row)
    nat = np.iinfo(np.int64).min
    cell_stamp = np.where(cell_failed, nat, cell_day * 86400).view("datetime64[s]")
    suffix = to.lower()
    added = {f"value_{suffix}": amounts * rate}
    if "high" in frame.columns:
        highs = pd.to_numeric(frame["high"], errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )
        added[f"high_{suffix}"] = highs * rate
    added["rate"] = rate
    added["rate_date"] = cell_stamp.take(slot_of_row)
    added["rate_source"] = _categorical(cell_source, slot_of_row, sources)
    added["rate_method"] = _categorical(cell_method, slot_of_row, list(METHODS))
    if errors == "coerce":
        texts = [text for text, _kind, _code in messages]
        added["rate_error"] = _categorical(cell_error, slot_of_row, texts)
    return _with_columns(frame, added)


def _with_columns(frame: pd.DataFrame, added: dict) -> pd.DataFrame:
    """Return a new frame: ``frame``'s columns, then ``added`` (replacing same-named ones)."""
    import pandas as pd

    if frame.columns.is_unique and frame.columns.nlevels == 1:
        # one constructor call: the new arrays are taken as they are, the old columns shared
        # (pandas copies a shared column on write), instead of a copy per assignment
        columns = {name: frame[name] for name in frame.columns}
        columns.update(added)
        result = pd.DataFrame(columns, index=frame.index, copy=False)
        result.columns.name = frame.columns.name
        result.attrs = dict(frame.attrs)
        return result
    result = frame.copy(deep=False)
    for name, column in added.items():
        result[name] = column
    return result


def _factorize(column: pd.Series) -> tuple[np.ndarray, Any]:
    """Return (int64 codes, distinct values) of a column; a missing value gets the last code.

    Strings go through one small hash table (pandas' own, sized for the distinct values rather
    than the rows); other dtypes, or a pandas without that table, through ``pandas.factorize``.
    """
    import numpy as np
    import pandas as pd

    if isinstance(column.dtype, pd.CategoricalDtype):  # the codes are there already
        codes, uniques = column.cat.codes.to_numpy(), column.cat.categories
    elif (found := _factorize_strings(column)) is not None:
        uniques, codes = found
    else:
        codes, uniques = pd.factorize(column, sort=False, use_na_sentinel=True)
    codes = codes.astype(np.int64, copy=False)
    if len(codes) and codes.min() < 0:
        codes = np.where(codes < 0, len(uniques), codes)
    return codes, uniques


def _factorize_strings(column: pd.Series):
    """Return (uniques, codes) of a column of str values and missing values, else None."""
    import pandas as pd

    dtype = column.dtype
    python_strings = isinstance(dtype, pd.StringDtype) and dtype.storage == "python"
    if not (python_strings or pd.api.types.is_object_dtype(dtype)):
        return None  # categorical, datetime, pyarrow strings: pandas.factorize is fast there
    values = column.to_numpy()  # the stored object array itself, not a copy
    if values.dtype != object:
        return None
    # the table takes any non-str value for a missing one, so an object column must hold str only
    if not python_strings and pd.api.types.infer_dtype(values, skipna=True) != "string":
        return None
    try:
        from pandas._libs.hashtable import StringHashTable

        return StringHashTable(1024).factorize(values)
    except (ImportError, AttributeError, TypeError, ValueError, UnicodeError):
        return None


def _plain_days(values) -> tuple[np.ndarray, np.ndarray] | None:
    """Return (positions, day numbers) of the YYYY-MM-DD strings among ``values``, or None."""
    import numpy as np

    texts = [raw if type(raw) is str and _PLAIN_DAY.fullmatch(raw) else None for raw in values]
    positions = [i for i, text in enumerate(texts) if text is not None]
    if not positions:
        return None
    try:
        days = np.array([texts[i] for i in positions], dtype="datetime64[D]")
    except ValueError:  # a day that does not exist (2024-02-30): one by one, for the message
        return None
    return np.array(positions, dtype=np.int64), days.astype(np.int64)


def _categorical(cell_codes: np.ndarray, slot_of_row: np.ndarray, categories: list):
    """Return the categorical column of each row's cell code (-1: missing)."""
    import numpy as np
    import pandas as pd

    small = np.int8 if len(categories) < 127 else np.int16 if len(categories) < 32767 else np.int32
    codes = cell_codes.astype(small).take(slot_of_row)
    return pd.Categorical.from_codes(codes, categories, validate=False)


def _check_code(code: str, rates: Any) -> str | None:
    """Return why ``code`` cannot be converted at all, or None if a source serves it."""
    try:
        check_currency(code)
        if hasattr(rates, "_factors_per_eur"):
            rates._factors_per_eur(code)
    except UnknownCurrency as error:
        return str(error)
    return None
