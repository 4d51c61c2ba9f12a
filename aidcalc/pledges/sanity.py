"""Scale checks of a pledge table: values too large for their donor, or far from its others.

A value read a thousand times too large ("EUR m" taken for euros, a year taken for millions) is
still a number, and a total adds it without a sound. ``scale_flags`` finds the rows whose size
is implausible by three checks, in this order, and says why with the ratio it measured; the rows
are flagged, never refused (a large pledge can be real):

1. **A donor's total above its GDP**: the rows of one donor and year add up to more than the
   donor's GDP that year (World Bank, current US$; the latest year for a year past the data,
   ``indicators.lookup``). Every row of that donor and year is flagged, with total / GDP.
2. **One row above 1% of GDP** (``ROW_SHARE``): a single row larger than 1% of its donor's GDP
   of its year is flagged with its share (no donor of the Kiel tracker gives that much in one
   allocation).
3. **Values 1000 times apart** (``SPREAD``): within one donor and year of the input, a row
   at least 1000 times larger or smaller than the median of the group's rows (with two rows:
   than the other row, and both are flagged) is flagged with the ratio.

Values are compared in US dollars at the annual mean rate of the row's year (the order of
magnitude is what counts here); a row without a donor code, a year, a positive value or a rate
for its currency and year is not checked. Donors the World Bank does not cover (``EU``, the
multilateral codes) get checks 3 only.

>>> import pandas as pd
>>> rows = pd.DataFrame({"donor": ["LTU", "LTU", "LTU"], "year": [2024] * 3,
...                      "value": [5e6, 4e6, 6e9], "currency": ["EUR"] * 3})
>>> for row, reason in scale_flags(rows):
...     print(row, reason)
2 7.6% of LTU's GDP of 2024 (USD 6.49bn of 85.5bn): above 1% for one row
2 1,200x the median of the rows of LTU in 2024 (USD 6.49bn against 5.41m)
"""

from __future__ import annotations

from typing import Any

from . import indicators

ROW_SHARE = 0.01  # one row above this share of its donor's GDP is flagged
SPREAD = 1000.0  # a row this many times larger or smaller than its group's others is flagged


def _usd(value: float) -> str:
    """Return a short USD figure for a reason ("6.49bn", "4.87m", "272bn")."""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{word}"
    return f"{value:.3g}"


def _times(ratio: float) -> str:
    """Return a ratio for a reason: "1,333x", "2.5x"."""
    return f"{ratio:,.0f}x" if ratio >= 100 else f"{ratio:.2g}x"


def usd_values(rows: Any, rates: Any = None) -> Any:
    """Return the rows' ``value`` in US dollars at the annual mean rate of their year (NaN
    where a currency or year has no rate), one rate per currency and year."""
    import numpy as np

    from ..rates import Rates

    rates = rates or Rates.default()
    factors: dict[tuple[str, int], float] = {}
    currencies = rows["currency"].astype(str).to_numpy()
    years = rows["year"].to_numpy()
    out = np.full(len(rows), np.nan)
    values = rows["value"].to_numpy(dtype="float64", na_value=np.nan)
    for i, (currency, year) in enumerate(zip(currencies, years, strict=True)):
        if year is None or year != year:
            continue
        key = (currency, int(year))
        if key not in factors:
            try:
                factors[key] = (
                    1.0
                    if currency == "USD"
                    else float(rates.rate(currency, "USD", str(key[1]), "annual").value)
                )
            except (LookupError, ValueError):
                factors[key] = np.nan
        out[i] = values[i] * factors[key]
    return out


def scale_flags(rows: Any, rates: Any = None) -> list[tuple[Any, str]]:
    """Return (row index, reason) of the rows of ``rows`` (a pledge frame with ``donor``,
    ``year`` or ``date``, ``value``, ``currency``: the rows a total adds) that fail a scale
    check of the module, in the order of the checks; a row failing two is listed twice.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"donor": ["EST", "EST"], "date": ["2023", "2023-05"],
    ...                      "value": [3e6, 2e3], "currency": ["EUR", "EUR"]})
    >>> [row for row, _ in scale_flags(rows)]
    [0, 1]
    """
    import numpy as np
    import pandas as pd

    if not len(rows) or not {"donor", "value", "currency"} <= set(rows.columns):
        return []
    if "year" in rows.columns:
        year = pd.to_numeric(rows["year"], errors="coerce")
    elif "date" in rows.columns:
        year = pd.to_numeric(rows["date"].astype(str).str[:4], errors="coerce")
    else:
        return []
    frame = pd.DataFrame(
        {
            "donor": rows["donor"].astype(object),
            "year": year.to_numpy(),
            "row": rows.index.to_list(),
        }
    )
    frame["usd"] = usd_values(
        pd.DataFrame({"value": rows["value"], "currency": rows["currency"], "year": year})
        .reset_index(drop=True)
        .assign(year=lambda f: f["year"].astype(object).where(f["year"].notna(), None)),
        rates,
    )
    frame = frame[frame["donor"].notna() & frame["year"].notna() & (frame["usd"] > 0)]
    flags: list[tuple[int, Any, str]] = []  # (check, row, reason)
    for (donor, year), group in frame.groupby(["donor", "year"], sort=False):
        year = int(year)
        gdp, used = indicators.lookup(indicators.GDP, str(donor), year)
        if gdp:
            total = float(group["usd"].sum())
            if total > gdp:
                reason = (
                    f"{donor}'s total for {year} in this input is {_times(total / gdp)} its GDP of "
                    f"{used} (USD {_usd(total)} against {_usd(gdp)})"
                )
                flags.extend((1, row, reason) for row in group["row"])
            for row, usd in zip(group["row"], group["usd"], strict=True):
                if usd > ROW_SHARE * gdp:
                    flags.append(
                        (
                            2,
                            row,
                            f"{usd / gdp:.1%} of {donor}'s GDP of {used} (USD {_usd(usd)} of "
                            f"{_usd(gdp)}): above {ROW_SHARE:.0%} for one row",
                        )
                    )
        if len(group) < 2:
            continue
        usd = group["usd"].to_numpy()
        # two rows: each against the other; more: against the group's median, which one
        # row far off cannot move
        middles = usd[::-1] if len(usd) == 2 else np.full(len(usd), np.median(usd))
        ratios = np.maximum(usd / middles, middles / usd)
        for i in np.flatnonzero(ratios >= SPREAD):
            row, ratio, middle = group["row"].iloc[i], ratios[i], middles[i]
            against = "the other row" if len(usd) == 2 else "the median of the rows"
            flags.append(
                (
                    3,
                    row,
                    f"{_times(ratio)} {against} of {donor} in {year} (USD {_usd(usd[i])} "
                    f"against {_usd(middle)})",
                )
            )
    flags.sort(key=lambda flag: flag[0])
    # numpy integers as Python ints: the index as the caller gave it
    return [(getattr(row, "item", lambda r=row: r)(), reason) for _, row, reason in flags]
