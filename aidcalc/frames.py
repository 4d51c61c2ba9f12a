"""``normalize``: every amount of a frame converted at once, with the rate behind each row.

Frames are ``float64``: ``normalize`` finds the same fixings as ``aidcalc.convert`` but computes
in binary floating point (about 16 significant digits). The work is done per distinct
(currency, value date) *cell* and then gathered into rows: a million rows usually hold a few
thousand cells.

>>> import pandas as pd
>>> frame = pd.DataFrame({"value": [683e6], "currency": ["EUR"], "date": ["2024-11-04"]})
>>> row = normalize(frame, "USD").iloc[0]
>>> round(row["value_usd"]), float(row["rate"]), str(row["rate_date"].date()), row["rate_method"]
(744743200, 1.0904, '2024-11-04', 'previous')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .amount import currency_code
from .conversion import default_rates
from .errors import MissingColumns, RateNotAvailable, UnknownCurrency

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    from .rates import Rates

# a value date that numpy parses exactly as ``parse_value_date`` does (ASCII digits only)
_PLAIN_DAY = re.compile(r"(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}")

# date_method codes besides an index into METHODS
_NOT_A_DATE = -1
_WRONG_METHOD = -2


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
    ``rate_method`` (``peg`` where the rate rests on legal fixed rates only, as in ``convert``);
    with a ``high`` column (range upper ends) also ``high_<to>``. Value columns are ``float64``.
    ``date`` may mix precisions (``2024-11-04``, ``2024-09``, ``2024``, dates, Timestamps);
    with ``method=None`` each row's precision picks previous / monthly / annual.

    ``errors="raise"`` raises ``RateNotAvailable`` or ``UnknownCurrency`` naming the first row
    that cannot be converted; ``errors="coerce"`` leaves NaN there and says why in ``rate_error``.
    ``rate_source``, ``rate_method`` and ``rate_error`` are categorical columns.
    """
    import numpy as np
    import pandas as pd

    from .rates.base import METHODS

    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    if method is not None and method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    to = currency_code(to)
    require_columns(frame, (value, currency, date), "normalize")
    rates = default_rates(rates)
    amounts = pd.to_numeric(frame[value], errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )
    # code -1 (a missing value) becomes the last code of each column
    date_codes, date_values = _factorize(frame[date])
    currency_codes, currency_names = _factorize(frame[currency])
    dates = _read_value_dates(date_values, method)
    cells = _Cells.of(currency_codes, date_codes, len(currency_names) + 1, len(date_values) + 1)
    for currency_index in np.unique(cells.currency):
        _rate_currency(cells, currency_index, currency_names, dates, to, method, rates)
    if errors == "raise":
        _raise_first_failure(cells, frame.index)
    added = _gather_columns(cells, dates, frame, amounts, to, errors == "coerce")
    return _with_columns(frame, added)


def require_columns(frame: Any, needed: tuple[str, ...], what: str) -> None:
    """Raise ``MissingColumns`` naming every column of ``needed`` that ``frame`` lacks.

    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"amount": ["€5m"]}), ("value", "currency"), "totals")
    Traceback (most recent call last):
    ...
    aidcalc.errors.MissingColumns: totals needs the columns value, currency; the frame has ...
    """
    columns = getattr(frame, "columns", None)
    if columns is None:
        raise TypeError(f"{what} takes a pandas DataFrame, not {type(frame).__name__}")
    missing = [name for name in needed if name not in columns]
    if missing:
        raise MissingColumns(what, missing, [str(name) for name in columns])


@dataclass
class _ValueDates:
    """Each distinct value of the date column: its day number, precision and method code."""

    day: np.ndarray
    method: np.ndarray  # an index into METHODS, or _NOT_A_DATE / _WRONG_METHOD
    precision: np.ndarray  # an index into PRECISIONS
    problem: dict[int, str]  # why a distinct value is not a value date


def _read_value_dates(date_values: Any, method: str | None) -> _ValueDates:
    """Return the day, precision and method of every distinct date value (the last: missing)."""
    import numpy as np

    from .dates import PRECISIONS, parse_value_date
    from .rates.base import ALLOWED_METHODS, METHODS
    from .rates.series import day_number

    n_dates = len(date_values) + 1
    found = _ValueDates(
        np.zeros(n_dates, dtype=np.int64),
        np.full(n_dates, _NOT_A_DATE, dtype=np.int64),
        np.zeros(n_dates, dtype=np.int64),
        {},
    )
    plain = _plain_days(date_values)
    if plain is not None:  # YYYY-MM-DD strings, parsed at once; the others one by one below
        positions, days = plain
        found.day[positions] = days
        found.method[positions] = METHODS.index(method or "previous")  # a day allows any method
    for i, raw in enumerate(date_values):
        if plain is not None and found.method[i] != _NOT_A_DATE:
            continue
        try:
            parsed = parse_value_date(raw.to_pydatetime() if hasattr(raw, "to_pydatetime") else raw)
        except (TypeError, ValueError) as error:
            found.problem[i] = str(error)
            continue
        found.day[i] = day_number(parsed.start)
        found.precision[i] = PRECISIONS.index(parsed.precision)
        chosen = method or parsed.default_method
        allowed = chosen in ALLOWED_METHODS[parsed.precision]
        found.method[i] = METHODS.index(chosen) if allowed else _WRONG_METHOD
    return found


@dataclass
class _Cells:
    """The distinct (currency, value date) cells of a frame and what each one converts at.

    Tables are indexed by cell key when they are small enough, else by the position of the key
    among the distinct ones; ``slots`` are the table positions of ``keys``, ``slot_of_row`` the
    table position of each row.
    """

    keys: np.ndarray
    slots: np.ndarray
    slot_of_row: np.ndarray
    n_dates: int
    n_currencies: int
    rate: np.ndarray = field(init=False)
    day: np.ndarray = field(init=False)
    source: np.ndarray = field(init=False)
    error: np.ndarray = field(init=False)
    pegged: np.ndarray = field(init=False)  # bool: the rate rests on legal fixed rates only
    sources: list[str] = field(default_factory=list)
    messages: list[tuple[str, type, str]] = field(default_factory=list)  # (text, type, code)
    _source_index: dict[str, int] = field(default_factory=dict)
    _message_index: dict[tuple[str, type, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, currency_codes, date_codes, n_currencies: int, n_dates: int) -> _Cells:
        """Return the empty cells of rows with these currency and date codes."""
        import numpy as np

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
        cells = cls(keys, slots, slot_of_row, n_dates, n_currencies)
        cells.rate = np.full(size, np.nan)
        cells.day = np.zeros(size, dtype=np.int64)
        cells.source = np.full(size, -1, dtype=np.int64)
        cells.error = np.full(size, -1, dtype=np.int64)
        cells.pegged = np.zeros(size, dtype=bool)
        return cells

    @property
    def currency(self) -> np.ndarray:
        """Return the currency code of each cell key."""
        return self.keys // self.n_dates

    def source_code(self, text: str) -> int:
        """Return the code of a source text, adding it when new."""
        return _code_of(text, self.sources, self._source_index)

    def fail(self, where, texts, kind: type = RateNotAvailable, code: str = "") -> None:
        """Record why the cells at table positions ``where`` have no rate."""
        for position, text in zip(where, texts, strict=True):
            self.error[position] = _code_of((text, kind, code), self.messages, self._message_index)


def _code_of(item: Any, table: list, index: dict) -> int:
    if item not in index:
        index[item] = len(table)
        table.append(item)
    return index[item]


def _rate_currency(
    cells: _Cells, currency_index: int, currency_names, dates: _ValueDates, to, method, rates
) -> None:
    """Fill the rate, fixing day and source (or the reason) of the cells of one currency."""
    import numpy as np

    from .dates import PRECISIONS
    from .rates.base import ALLOWED_METHODS, METHODS

    here = cells.currency == currency_index
    mine, dates_here = cells.slots[here], cells.keys[here] % cells.n_dates
    if currency_index == cells.n_currencies - 1:
        cells.fail(mine, ["no currency"] * len(mine))
        return
    base = str(currency_names[currency_index])
    methods_here = dates.method[dates_here]
    bad_date = (dates_here == cells.n_dates - 1) | (methods_here == _NOT_A_DATE)
    missing = "no value date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    cells.fail(mine[bad_date], [dates.problem.get(int(d), missing) for d in dates_here[bad_date]])
    for wrong in np.flatnonzero(methods_here == _WRONG_METHOD):
        name = PRECISIONS[dates.precision[dates_here[wrong]]]
        needs = " or ".join(ALLOWED_METHODS[name])
        cells.fail(
            mine[[wrong]], [f"no {method} rate for a value date of {name} precision; use {needs}"]
        )
    for method_index in np.unique(methods_here[methods_here >= 0]):
        chosen = methods_here == method_index
        where, days = mine[chosen], dates.day[dates_here[chosen]]
        if base == to:
            _rate_same_currency(cells, where, days, base, METHODS[method_index], rates)
        else:
            _rate_cross(cells, where, days, base, to, METHODS[method_index], rates)


def _rate_same_currency(cells: _Cells, where, days, code: str, method: str, rates) -> None:
    """Rate 1 for cells already in the target currency (a known code), dated as the method says."""
    from .rates.base import PERIOD_OF
    from .rates.series import period_bounds, period_key

    try:
        rates.check_quoted(code)
    except UnknownCurrency as error:
        cells.fail(where, [str(error)] * len(where), UnknownCurrency, code)
        return
    cells.rate[where] = 1.0
    period = PERIOD_OF.get(method)
    if period:
        period_keys = period_key(days, period)
        cells.day[where] = period_bounds(period_keys, period)[0]
    else:
        cells.day[where] = days
    cells.source[where] = cells.source_code("same currency")


def _rate_cross(cells: _Cells, where, days, base: str, to: str, method: str, rates) -> None:
    """Rates of ``base`` in ``to`` for the cells at ``where`` (their days), from ``rates``."""
    import numpy as np

    try:
        found = rates.rate_arrays(base, to, days, method)
    except UnknownCurrency as error:
        cells.fail(where, [str(error)] * len(where), UnknownCurrency, error.code)
        return
    ok = found.reasons == 0
    cells.rate[where[ok]] = found.values[ok]
    cells.day[where] = found.rate_days
    mapping = np.array([cells.source_code(text) for text in found.sources])
    cells.source[where[ok]] = mapping[found.source_codes[ok]]
    if found.pegged is not None:  # a legal fixed rate says 'peg', as ``Rates.rate`` does
        cells.pegged[where[ok]] = found.pegged[ok]
    bad = np.flatnonzero(~ok)
    cells.fail(where[bad], [found.message(int(i)) for i in bad])


def _raise_first_failure(cells: _Cells, index) -> None:
    """Raise the error of the first row without a rate, counting the others; else return."""
    import numpy as np

    cell_failed = np.isnan(cells.rate)
    if not cell_failed[cells.slots].any():
        return
    failed = cell_failed[cells.slot_of_row]
    first = int(np.argmax(failed))
    message, kind, code = cells.messages[cells.error[cells.slot_of_row[first]]]
    count = int(np.count_nonzero(failed))
    more = f" ({count - 1} more rows failed)" if count > 1 else ""
    text = f"row {index[first]!r}: {message}{more}"
    if kind is UnknownCurrency:
        raise UnknownCurrency(code, text)
    raise RateNotAvailable(text)


def _gather_columns(
    cells: _Cells, dates: _ValueDates, frame, amounts, to: str, with_errors: bool
) -> dict:
    """Return the added columns: the cells gathered into rows, one take per column."""
    import numpy as np
    import pandas as pd

    from .rates.base import METHODS

    cell_failed = np.isnan(cells.rate)
    slot_of_row = cells.slot_of_row
    cell_method = np.full(len(cells.rate), -1, dtype=np.int64)
    cell_method[cells.slots] = np.maximum(dates.method[cells.keys % cells.n_dates], -1)
    cell_method[cells.pegged] = METHODS.index("peg")
    cell_method[cell_failed] = -1
    rate = cells.rate.take(slot_of_row)
    nat = np.iinfo(np.int64).min
    cell_stamp = np.where(cell_failed, nat, cells.day * 86400).view("datetime64[s]")
    suffix = to.lower()
    added = {f"value_{suffix}": amounts * rate}
    if "high" in frame.columns:
        highs = pd.to_numeric(frame["high"], errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )
        added[f"high_{suffix}"] = highs * rate
    added["rate"] = rate
    added["rate_date"] = cell_stamp.take(slot_of_row)
    added["rate_source"] = _categorical(cells.source, slot_of_row, cells.sources)
    added["rate_method"] = _categorical(cell_method, slot_of_row, list(METHODS))
    if with_errors:
        texts = [text for text, _kind, _code in cells.messages]
        added["rate_error"] = _categorical(cells.error, slot_of_row, texts)
    return added


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


PARSED_COLUMNS = ("value", "currency", "qualifier", "high", "assumptions", "error")


def parse_amounts(
    texts: Any,
    *,
    lang: str | None = None,
    currency_hint: str | None = None,
    strict: bool = False,
    errors: str = "raise",
) -> pd.DataFrame:
    """Return the amount each text states, one row per text, each distinct text parsed once.

    ``texts`` is a Series (its index is kept) or any sequence of texts. The columns are
    ``value`` and ``high`` (``float64``, the range's upper end or NaN), ``currency`` (ISO 4217),
    ``qualifier`` (``approx``, ``over``, ``under``, ``up_to``; missing when none),
    ``assumptions`` (the codes of the defaults a reading rests on, space-separated,
    docs/parsing.md; "" when none) and ``error`` (why the text was refused; missing when it was
    read). A refused text has every other column missing. Each text is read by
    ``parse_mention`` with ``lang``, ``currency_hint`` and ``strict`` (the rules of
    docs/parsing.md); a missing value (None, NaN), a cell that is not text, and a cell that
    states two amounts or multiplies one (``€100m + €50m``, ``2 x €50 million``: as
    ``read_pledges`` refuses them, ``aidcalc.parsing.cells``) are refused.

    ``errors="raise"`` raises ``ParseError`` naming the first row (by index label) that
    states no amount; ``errors="coerce"`` leaves NaN there and says why in ``error``.

    >>> import pandas as pd
    >>> parsed = parse_amounts(pd.Series(["€5m", "over 683 million euros", "€5m"]))
    >>> parsed[["value", "currency", "qualifier"]]
             value currency qualifier
    0    5000000.0      EUR       NaN
    1  683000000.0      EUR      over
    2    5000000.0      EUR       NaN
    >>> parse_amounts(["$1.5-2bn", "a country of 2.8 million"], errors="coerce").iloc[1]["error"]
    "no currency next to the number '2.8 million' at position 13"
    >>> parse_amounts(["€100m + €50m"], errors="coerce").iloc[0]["error"]
    '2 amounts in one cell (€100m, €50m): give each its own row'
    """
    import numpy as np
    import pandas as pd

    from .errors import ParseError
    from .parsing import extract_amounts, parse_mention
    from .parsing.cells import bracketed, may_hold_two, several_amounts

    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    codes, distinct = pd.factorize(series.astype(object), use_na_sentinel=True)
    count = len(distinct)
    # one slot per distinct text, and a last one for the missing values (code -1)
    values = np.full(count + 1, np.nan)
    highs = np.full(count + 1, np.nan)
    currencies: list = [None] * (count + 1)
    qualifiers: list = [None] * (count + 1)
    assumed: list = [None] * (count + 1)
    problems: list = [None] * count + ["no text (a missing value)"]
    for slot, text in enumerate(distinct):
        if not isinstance(text, str):
            problems[slot] = f"expected text, not {type(text).__name__}"
            continue
        problems[slot] = bracketed(text)  # "(€5m)": accounting's negative, refused
        if problems[slot] is not None:
            continue
        try:
            mention = parse_mention(text, lang=lang, currency_hint=currency_hint, strict=strict)
        except ParseError as error:
            problems[slot] = str(error)
            continue
        if may_hold_two(text):  # "€100m + €50m": refused, as read_pledges does, not its first
            found = extract_amounts(text, lang=lang, currency_hint=currency_hint)
            several = several_amounts(text, [m for m in found if m.equivalent_of is None])
            if several:
                problems[slot] = several
                continue
        amount = mention.amount
        values[slot] = float(amount.value)
        highs[slot] = float(amount.high) if amount.high is not None else np.nan
        currencies[slot] = amount.currency
        qualifiers[slot] = amount.qualifier
        assumed[slot] = " ".join(mention.assumptions)
    rows = np.where(codes < 0, count, codes)
    problem = np.array(problems, dtype=object)[rows]
    if errors == "raise":
        failed = np.flatnonzero(problem != None)  # noqa: E711 (elementwise)
        if len(failed):
            first = failed[0]
            raise ParseError(
                f"row {series.index[first]!r}: {problem[first]} "
                "(errors='coerce' keeps the other rows)",
                text=series.iloc[first] if isinstance(series.iloc[first], str) else None,
            )
    return pd.DataFrame(
        {
            "value": values[rows],
            "currency": np.array(currencies, dtype=object)[rows],
            "qualifier": np.array(qualifiers, dtype=object)[rows],
            "high": highs[rows],
            "assumptions": np.array(assumed, dtype=object)[rows],
            "error": problem,
        },
        index=series.index,
    )
