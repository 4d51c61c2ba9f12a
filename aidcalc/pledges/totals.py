"""``totals``: pledge tables summed by donor and year (or any pledge columns) in one currency.

Counting rules (docs/aggregation.md): cumulative statements are left out unless asked for;
measures are never mixed; ranges count at their low end in ``total`` and their high end in
``total_high``; shares of GDP and per-capita figures use the World Bank value of the same year,
or the latest year when the year is past the data. Money in frames is float64.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import MixedMeasures
from . import indicators

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PER = (None, "gdp", "capita")


def _keys(by: str | Sequence[str]) -> list[str]:
    return [by] if isinstance(by, str) else list(by)


def counted_rows(
    frame: pd.DataFrame,
    measure: str | None = None,
    include_cumulative: bool = False,
    rejected: set | None = None,
) -> pd.DataFrame:
    """Return the rows ``totals`` adds: no cumulative statements, one measure, and none that
    review leaves out (``reviewed_out``).

    ``MixedMeasures`` is raised by ``check_measures`` when the rows hold more than one measure
    and ``measure`` does not pick one (callers that group by ``measure`` skip this check).
    ``rejected``: the rejected rows of the whole table, when ``frame`` is a part of it.
    """
    out = reviewed_out(frame, rejected)
    keep = None if out is None else ~out
    if not include_cumulative and "basis" in frame.columns:
        new = (frame["basis"] != "cumulative").to_numpy(dtype=bool)
        keep = new if keep is None else keep & new
    if measure is not None:
        picked = (frame["measure"] == measure).to_numpy(dtype=bool)
        keep = picked if keep is None else keep & picked
    if keep is None or keep.all():  # nothing left out: no copy of a large frame
        return frame
    return frame[keep]


def reviewed_out(frame: pd.DataFrame, rejected: set | None = None) -> Any:
    """Return, per row, whether review leaves it out of the totals (a bool array), or None when
    the frame has no review columns (docs/aggregation.md, "Reviewed rows").

    In this order: a ``rejected`` row is left out; a row ``part_of`` another row is left out
    (its whole counts), and so is a row that is a ``duplicate_of`` another (the first of the
    group counts) -- unless the row it points at is rejected, then the row counts itself. A
    pointer to a row that is not in the frame (an invalid row skipped, a duplicate merged)
    still leaves the row out: its whole or its first stands for it. ``candidate`` rows count.
    When ``frame`` is one part of a table (a dask partition), ``rejected`` gives the index of
    every rejected row of the whole table (``rejected_rows_of``), so a pointer into another part
    is judged as in the whole table.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"status": ["candidate", "accepted", "rejected", "accepted"],
    ...                       "part_of": [None, 0, None, 2], "duplicate_of": [None] * 4})
    >>> reviewed_out(frame).tolist()
    [False, True, True, False]
    """
    import numpy as np
    import pandas as pd

    if not any(name in frame.columns for name in ("status", "part_of", "duplicate_of")):
        return None
    n = len(frame)
    rejected_rows = rejected
    status = frame["status"] if "status" in frame.columns else None
    rejected = np.zeros(n, dtype=bool) if status is None else (status == "rejected").to_numpy()
    rejected_rows = rejected_rows_of(frame) if rejected_rows is None else rejected_rows
    out = rejected.copy()
    for name in ("part_of", "duplicate_of"):
        if name not in frame.columns:
            continue
        links = frame[name].to_numpy(dtype=object)
        for i, link in enumerate(links):
            if link is None or link is pd.NA or link != link:  # missing
                continue
            if link not in rejected_rows:
                out[i] = True
    return out


def rejected_rows_of(frame: pd.DataFrame) -> set:
    """Return the index labels of the rows whose ``status`` is ``rejected`` (an empty set
    without a ``status`` column)."""
    if "status" not in frame.columns:
        return set()
    return set(frame.index[(frame["status"] == "rejected").to_numpy(dtype=bool)])


def review_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Return how many rows review leaves out and how many unreviewed candidates are counted
    (``{"left_out": n, "candidates": m}``); zeros without review columns."""
    out = reviewed_out(frame)
    if out is None:
        return {"left_out": 0, "candidates": 0}
    candidates = (frame["status"] == "candidate").to_numpy() & ~out if "status" in frame else out
    return {"left_out": int(out.sum()), "candidates": int(candidates.sum())}


def check_measures(rows: pd.DataFrame, by: Sequence[str]) -> None:
    """Raise ``MixedMeasures`` if ``rows`` hold several measures and ``by`` does not split them."""
    if "measure" in by or "measure" not in rows.columns:
        return
    column = rows["measure"]
    if len(column) == 0 or (column == column.iloc[0]).all():  # fast path: one measure
        return
    measures = sorted(set(column.dropna().unique()))
    if len(measures) > 1:
        raise MixedMeasures(
            f"the rows mix measures ({', '.join(measures)}): adding them double-counts; "
            "pick one with measure= (--measure) or group by measure"
        )


class Totals(NamedTuple):
    """What ``totals(..., errors="coerce")`` returns: the sums, and the rows left out of them.

    ``totals`` is the frame ``errors="raise"`` returns, computed from the rows that could be
    counted. ``uncounted`` holds the other rows as they were given (same index, same columns)
    plus ``reason``: why the row could not be converted (unknown currency, no rate on its value
    date, not a value date, ...). Unpack it: ``result, uncounted = totals(..., errors="coerce")``.
    """

    totals: pd.DataFrame
    uncounted: pd.DataFrame


ERRORS = ("raise", "coerce")


def totals(
    frame: pd.DataFrame,
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
) -> pd.DataFrame | Totals:
    """Return one row per ``by`` group: the keys, ``total``, ``total_high``, ``count`` (in ``to``).

    ``by=()`` gives the grand total: one row, without keys.

    Each row is converted with ``normalize`` (a day, month or year value date takes the
    previous fixing, the month's mean or the year's mean unless ``method`` is given). With
    ``per="gdp"`` the result also has ``pct_gdp`` and ``gdp_year``; with ``per="capita"``
    ``per_capita`` and ``population_year``. Both need ``donor`` and ``year`` in ``by``, unless
    ``gdp_year`` fixes the GDP year for every row (``per="gdp"`` only), as the Kiel tracker
    publishes its shares (e.g. of 2021 GDP): then ``donor`` is enough, and a year outside the
    World Bank data raises ``ValueError`` naming the years it covers.

    ``errors="raise"`` raises ``RateNotAvailable`` or ``UnknownCurrency`` at the first row that
    cannot be converted. ``errors="coerce"`` returns ``Totals(totals, uncounted)`` instead:
    the totals of the other rows, and the rows left out with their ``reason`` (exactly the
    rows ``"raise"`` would stop at). Either way ``MixedMeasures``, a bad ``per`` or a ``by``
    that is not a column raise: they are about the whole table, not a row.

    >>> from aidcalc import read_pledges
    >>> pledges = read_pledges("data/pledges/lithuania-ukraine-2024.csv")
    >>> totals(pledges, to="EUR")
      donor  year       total  total_high  count
    0   LTU  2024  10000000.0  10000000.0      1
    """
    from ..amount import currency_code
    from ..frames import require_columns

    to = currency_code(to)
    require_columns(frame, ("value", "currency", "date"), "totals")
    keys = _keys(by)
    if per not in PER:
        raise ValueError(f"per must be one of {PER}, not {per!r}")
    check_gdp_year(per, gdp_year)  # before any work: it is about the whole table
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, not {errors!r}")
    rows = with_year(frame, errors)
    missing = [key for key in keys if key not in rows.columns]
    if missing:
        raise KeyError(f"cannot group by {', '.join(missing)}: not a column of the pledge frame")
    rows = counted_rows(rows, measure=measure, include_cumulative=include_cumulative)
    check_measures(rows, keys)
    rows, unusable = checked_values(rows, errors)
    converted, failed = convert_rows(rows, to, method=method, rates=rates, errors=errors)
    if len(unusable):
        import pandas as pd

        failed = pd.concat([unusable, failed]) if len(failed) else unusable
    if "year" not in frame.columns and errors == "coerce":  # every year left is a number
        converted = converted.assign(year=converted["year"].astype("int64"))
    result = sum_converted(converted, keys, to, per=per, rates=rates, gdp_year=gdp_year)
    if errors == "raise":
        return result
    return Totals(result, failed[[*dict.fromkeys([*frame.columns, "reason"])]])


def value_problems(frame: pd.DataFrame) -> Any:
    """Return, per row, why its ``value`` / ``high`` cannot be counted, or None (an object array).

    A value that is missing, NaN or infinite cannot be added (a sum would drop it or become
    infinite without a word), nor a range whose top (``high``) is below its low end or is
    infinite. ``read_pledges`` never makes such rows; frames built by hand can.
    """
    import numpy as np
    import pandas as pd

    value = pd.to_numeric(frame["value"], errors="coerce").to_numpy(
        dtype="float64", na_value=np.nan
    )
    reasons = np.full(len(frame), None, dtype=object)
    reasons[np.isnan(value)] = "value is missing or not a number"
    reasons[np.isinf(value)] = "value is infinite"
    if "high" in frame.columns:
        high = pd.to_numeric(frame["high"], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )
        with np.errstate(invalid="ignore"):
            below = high < value
        reasons[below & np.isfinite(value)] = "the range top (high) is below its low end (value)"
        reasons[np.isinf(high)] = "high is infinite"
    return reasons


def checked_values(rows: pd.DataFrame, errors: str = "raise") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (the rows whose values can be counted, the others with their ``reason``).

    With ``errors="raise"`` a row that cannot be counted raises ``ValueError`` naming every
    such row (up to ten) and why (``value_problems``).
    """
    import numpy as np

    reasons = value_problems(rows)
    bad = np.not_equal(reasons, None)  # each cell compared, not a list of a million bools
    if not bad.any():
        return rows, rows.iloc[:0].assign(reason=[])
    if errors == "raise":
        listed = [
            f"row {row!r}: {why}" for row, why in zip(rows.index[bad], reasons[bad], strict=True)
        ]
        more = f" (and {len(listed) - 10} more)" if len(listed) > 10 else ""
        raise ValueError(f"{len(listed)} row(s) cannot be counted: {'; '.join(listed[:10])}{more}")
    return rows[~bad], rows[bad].assign(reason=reasons[bad])


def with_year(frame: pd.DataFrame, errors: str = "raise") -> pd.DataFrame:
    """Return ``frame`` with a ``year`` column: as given, else the first 4 characters of ``date``.

    With ``errors="coerce"`` a date that does not start with a year gives a missing year (its
    row fails conversion and is left out); with ``"raise"`` it raises ``ValueError``.
    """
    if "year" in frame.columns:
        return frame
    text = frame["date"].astype(str).str[:4]
    if errors == "raise":
        return frame.assign(year=text.astype("int64"))
    import pandas as pd

    return frame.assign(year=pd.to_numeric(text, errors="coerce").astype("Int64"))


def convert_rows(
    rows: pd.DataFrame,
    to: str,
    method: str | None = None,
    rates: Any = None,
    errors: str = "raise",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (the rows converted to ``to`` by ``normalize``, the rows it could not convert).

    The second frame holds those rows as given plus ``reason``; with ``errors="raise"`` the
    first failure raises instead and it is empty.
    """
    from ..frames import normalize

    converted = normalize(rows, to, method=method, rates=rates, errors=errors)
    if "rate_error" not in converted:
        return converted, rows.iloc[:0].assign(reason=[])
    failed = converted["rate_error"].notna().to_numpy(dtype=bool)
    reasons = converted["rate_error"].to_numpy(dtype=object)[failed]
    left_out = rows[failed].assign(reason=reasons)
    return converted[~failed].drop(columns="rate_error"), left_out


def sum_converted(
    converted: pd.DataFrame,
    by: str | Sequence[str],
    to: str,
    per: str | None = None,
    rates: Any = None,
    gdp_year: int | None = None,
) -> pd.DataFrame:
    """Return the ``totals`` of rows ``normalize`` already converted to ``to``."""
    keys = _keys(by)
    if per not in PER:
        raise ValueError(f"per must be one of {PER}, not {per!r}")
    check_gdp_year(per, gdp_year)
    parts = partial_totals(converted, keys, to)
    return finish_sums(parts, keys, to, per=per, rates=rates, gdp_year=gdp_year)


def partial_totals(converted: pd.DataFrame, keys: Sequence[str], to: str) -> pd.DataFrame:
    """Return the exact partial sums of ``total`` and ``total_high`` per group of ``keys``
    (``aidcalc.pledges.sums``): the map step of ``totals``, whose results add up exactly
    whatever the partition of the rows."""
    import numpy as np

    from . import sums

    value = converted[f"value_{to.lower()}"].to_numpy(dtype="float64")
    high_column = f"high_{to.lower()}"
    high = converted[high_column].to_numpy(dtype="float64") if high_column in converted else value
    high = np.where(np.isnan(high), value, high)
    return sums.partial_sums(converted, keys, {"total": value, "total_high": high})


def finish_sums(
    parts: pd.DataFrame,
    keys: Sequence[str],
    to: str,
    per: str | None = None,
    rates: Any = None,
    gdp_year: int | None = None,
) -> pd.DataFrame:
    """Return the ``totals`` frame of (merged) ``partial_totals``: one row per group, sorted by
    the keys; each sum is the float64 nearest to the exact sum (as ``math.fsum``); with ``per``,
    the shares or per-capita figures (``gdp_year``: one GDP year for every row)."""
    from . import sums

    result = sums.finish(parts, keys, ["total", "total_high"])
    if per is not None:
        _add_per(result, list(keys), to, per, rates, gdp_year)
    return result


def check_gdp_year(per: str | None, gdp_year: int | None) -> None:
    """Raise ``ValueError`` when ``gdp_year`` is given without ``per="gdp"``, is not a whole
    year, or lies outside the World Bank GDP data (the message names the years covered)."""
    if gdp_year is None:
        return
    if per != "gdp":
        raise ValueError(f"gdp_year needs per='gdp', not per={per!r}")
    from numbers import Integral

    if isinstance(gdp_year, bool) or not isinstance(gdp_year, Integral):
        raise ValueError(f"gdp_year must be a year (an int), not {gdp_year!r}")
    first, last = indicators.coverage(indicators.GDP)
    if not first <= gdp_year <= last:
        raise ValueError(
            f"gdp_year {gdp_year} is outside the World Bank GDP data, which covers {first} to "
            f"{last}"
        )


def _add_per(
    result: pd.DataFrame,
    keys: list[str],
    to: str,
    per: str,
    rates: Any,
    gdp_year: int | None = None,
) -> None:
    """Add ``pct_gdp`` + ``gdp_year`` or ``per_capita`` + ``population_year`` in place; with
    ``gdp_year``, every row's share is of the donor's GDP in that year."""
    import numpy as np

    if "donor" not in keys or ("year" not in keys and gdp_year is None):
        raise ValueError(
            f"per={per!r} needs 'donor' and 'year' in by (the GDP or population of which year?), "
            "or 'donor' and a fixed gdp_year"
        )
    name = indicators.GDP if per == "gdp" else indicators.POPULATION
    if gdp_year is not None:
        found = [indicators.exact(name, donor, gdp_year) for donor in result["donor"]]
    else:
        found = [
            indicators.lookup(name, donor, year)
            for donor, year in zip(result["donor"], result["year"], strict=True)
        ]
    denominators = np.array(
        [np.nan if value is None else value for value, _ in found], dtype="float64"
    )
    years = [used for _, used in found]
    if per == "gdp":
        if to.upper() != "USD":
            factors = {}
            for year in {used for used in years if used is not None}:
                factors[year] = _usd_to(to, year, rates)
            denominators = denominators * np.array(
                [factors[year] if year is not None else np.nan for year in years], dtype="float64"
            )
        result["pct_gdp"] = result["total"].to_numpy() / denominators * 100
        result["gdp_year"] = _years(years)
    else:
        result["per_capita"] = result["total"].to_numpy() / denominators
        result["population_year"] = _years(years)


def _years(years: list[int | None]) -> Any:
    import pandas as pd

    return pd.array(years, dtype="Int64")


def _usd_to(to: str, year: int, rates: Any) -> float:
    """Return the annual mean USD→``to`` rate of ``year`` (for converting a year's GDP)."""
    from ..rates import Rates

    rates = rates or Rates.default()
    return float(rates.rate("USD", to.upper(), str(year), "annual").value)


def latest_cumulative(
    frame: pd.DataFrame, to: str = "EUR", by: str | Sequence[str] = ("donor",), rates: Any = None
) -> pd.DataFrame:
    """Return, per ``by`` group, the latest cumulative statement ("has provided over €683 million").

    Latest means the latest end of the value date (``2024-11`` ends after ``2024-11-04``).
    Columns: the keys, ``date``, ``total``, ``total_high`` (in ``to``), ``qualifier``,
    ``amount``, ``source``.
    """
    import numpy as np

    from ..dates import parse_value_date
    from ..frames import normalize

    keys = _keys(by)
    rows = frame[frame["basis"] == "cumulative"]
    columns = [*keys, "date", "total", "total_high", "qualifier", "amount", "source"]
    if rows.empty:
        import pandas as pd

        return pd.DataFrame({column: [] for column in columns})
    needed = [
        *dict.fromkeys(
            [*keys, "value", "currency", "date", "high", "qualifier", "amount", "source"]
        )
    ]
    converted = normalize(rows[[c for c in needed if c in rows.columns]], to, rates=rates)
    converted["total"] = converted[f"value_{to.lower()}"]
    high = converted.get(f"high_{to.lower()}")
    converted["total_high"] = (
        converted["total"] if high is None else high.fillna(converted["total"])
    )
    converted["_end"] = [parse_value_date(text).end for text in converted["date"]]
    converted["_order"] = np.arange(len(converted))
    latest = converted.sort_values(["_end", "_order"]).groupby(keys, sort=True).tail(1)
    latest = latest.sort_values(keys).reset_index(drop=True)
    return latest[[c for c in columns if c in latest.columns]]
