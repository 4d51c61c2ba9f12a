"""Exact sums of float64 money columns, per group, that do not depend on the order of the rows.

Adding floats rounds at every step, so the same rows added in another order (another partition
of the table, another grouping) can give another last digit. ``totals`` adds instead the exact
values the floats stand for and rounds once at the end, like ``math.fsum``: every float64 is an
integer *mantissa* (53 bits) times a power of two. The mantissas are split in two halves of 26
and 27 bits and summed as int64 per (group, exponent), which is exact for up to 2**36 rows; the
partial sums of several tables (dask partitions) add up exactly too (``merge``); ``finish``
turns each group's exact sum into the nearest float64 (Python's integer division rounds
correctly). The result equals ``math.fsum`` of the group's values, whatever the order or the
partition of the rows. ``partial_sums`` of a million rows takes a few tenths of a second
(a sort), ``finish`` one Python step per (group, exponent) cell.

>>> import pandas as pd
>>> values = [0.1] * 10 + [1e16, 1.0, -1e16]
>>> parts = partial_sums(pd.DataFrame({"k": ["a"] * 13}), ["k"], {"total": values})
>>> finish(merge([parts]), ["k"], ["total"])["total"].tolist()
[2.0]
>>> import math
>>> math.fsum(values), sum(values)
(2.0, 0.0)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_HALF = 26  # bits in the low half of a mantissa
_LOW = (1 << _HALF) - 1
# rows per bincount: a half is below 2**27, so 2**25 of them sum exactly in float64
_CHUNK = 1 << 25
_EXPONENTS = 2100  # more than the float64 exponents (frexp: -1073 to 1024)
_TINY = 1074 + 53  # every float64 mantissa (53 bits) times 2**-1074 is an integer times 2**-_TINY
COUNT = "count"


def partial_sums(keys: pd.DataFrame, names: Sequence[str], columns: Mapping[str, Any]):
    """Return the partial sums of ``columns`` (name -> float64 array, one value per row of
    ``keys``) per group of the ``names`` columns of ``keys``: a small frame with the keys,
    ``_column``, ``_exponent``, the int64 halves ``_hi`` / ``_lo`` and ``count``.

    NaN and infinite values must be left out before (``totals`` does: ``value_problems``).
    """
    import numpy as np
    import pandas as pd

    if not columns:
        raise ValueError("partial_sums needs at least one column to add")
    n = len(keys)
    if names and n:
        grouped = keys.groupby(list(names), sort=False, dropna=False, observed=True)
        codes = grouped.ngroup().to_numpy(dtype=np.int64)
    else:
        codes = np.zeros(n, dtype=np.int64)
    frames = []
    for column, values in columns.items():
        mantissa, exponent = np.frexp(np.asarray(values, dtype="float64"))
        whole = (mantissa * 2.0**53).astype(np.int64)  # exact: 53 bits
        # one int64 per (group, exponent): exponents run from -1073 to 1024
        cell = codes * _EXPONENTS + (exponent.astype(np.int64) + 1074)
        slot, cells = pd.factorize(cell)  # hashing: no sort of the rows
        hi = np.zeros(len(cells), dtype=np.int64)
        lo = np.zeros(len(cells), dtype=np.int64)
        for at in range(0, n, _CHUNK):  # float64 bin sums are exact below 2**53
            rows = slice(at, at + _CHUNK)
            hi += np.bincount(slot[rows], whole[rows] >> _HALF, len(cells)).astype(np.int64)
            lo += np.bincount(slot[rows], whole[rows] & _LOW, len(cells)).astype(np.int64)
        count = np.bincount(slot, minlength=len(cells)).astype(np.int64)
        # factorize numbers the cells in order of first appearance: a row is a cell's first
        # where its number exceeds every number before it
        seen = np.maximum.accumulate(slot) if n else slot
        first = np.flatnonzero(np.r_[True, slot[1:] > seen[:-1]]) if n else slot
        part = keys[list(names)].iloc[first].reset_index(drop=True)
        part["_column"] = column
        part["_exponent"] = np.asarray(cells, dtype=np.int64) % _EXPONENTS - 1074
        part["_hi"] = hi.astype(np.int64)
        part["_lo"] = lo.astype(np.int64)
        part[COUNT] = count
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def _grouped(frame: pd.DataFrame, names: Sequence[str]) -> pd.DataFrame:
    groups = [*names, "_column", "_exponent"]
    summed = frame.groupby(groups, sort=False, dropna=False, observed=True)[
        ["_hi", "_lo", COUNT]
    ].sum()
    return summed.reset_index()


def merge(parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Return the partial sums of several tables as one (exact: int64 additions)."""
    import pandas as pd

    frame = pd.concat(list(parts), ignore_index=True)
    names = [c for c in frame.columns if c not in ("_column", "_exponent", "_hi", "_lo", COUNT)]
    merged = _grouped(frame, names)
    # grouping may infer another dtype for object keys: keep the partial sums' own
    return merged.astype({name: frame[name].dtype for name in names})


def finish(parts: pd.DataFrame, names: Sequence[str], columns: Sequence[str]) -> pd.DataFrame:
    """Return one row per group (in ``groupby(sort=True, dropna=False)`` order): the keys, the
    correctly rounded sum of each of ``columns`` and ``count`` (int64, the group's rows)."""
    import numpy as np
    import pandas as pd

    if names:
        grouped = parts.groupby(list(names), sort=True, dropna=False, observed=True)
        codes = grouped.ngroup().to_numpy()
        n_groups = int(codes.max()) + 1 if len(codes) else 0
    else:
        codes = np.zeros(len(parts), dtype=np.int64)
        n_groups = 1
    exact = {column: [0] * n_groups for column in columns}
    counts = [0] * n_groups
    label = parts["_column"].to_numpy(dtype=object)
    exponent = parts["_exponent"].to_numpy()
    hi = parts["_hi"].to_numpy()
    lo = parts["_lo"].to_numpy()
    count = parts[COUNT].to_numpy()
    first = columns[0] if columns else None
    for i in range(len(parts)):
        whole = (int(hi[i]) << _HALF) + int(lo[i])
        exact[label[i]][codes[i]] += whole << (int(exponent[i]) - 53 + _TINY)
        if label[i] == first:
            counts[codes[i]] += int(count[i])
    if names:
        _, at = np.unique(codes, return_index=True)
        table = parts[list(names)].iloc[at].reset_index(drop=True)
    else:
        table = pd.DataFrame(index=range(1))
    for column in columns:
        table[column] = np.array([_to_float(sum_) for sum_ in exact[column]], dtype="float64")
    table[COUNT] = np.array(counts, dtype="int64")
    return table


def _to_float(exact: int) -> float:
    """The float64 nearest to ``exact`` * 2**-_TINY (correctly rounded)."""
    return exact / (1 << _TINY)
