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
    """Return the rows' ``value`` in US dollars at the annual mean rate of their ``year`` (NaN
    where the year is missing or a currency has no rate that year): one rate per currency and
    year, looked up once for all their rows."""
    import numpy as np
    import pandas as pd

    from ..rates import Rates

    rates = rates or Rates.default()
    currency_codes, currencies = pd.factorize(rows["currency"])
    year = pd.to_numeric(rows["year"], errors="coerce").to_numpy(dtype="float64")
    year_codes, years = pd.factorize(year)  # NaN: -1
    inverse, pairs = pd.factorize(currency_codes.astype("int64") * (len(years) + 1) + year_codes)
    factors = np.full(len(pairs), np.nan)
    for k, pair in enumerate(pairs):
        currency_code, year_code = divmod(int(pair), len(years) + 1)
        if currency_code < 0 or year_code >= len(years):  # no currency or no year
            continue
        currency, when = str(currencies[currency_code]), int(years[year_code])
        try:
            factors[k] = (
                1.0
                if currency == "USD"
                else float(rates.rate(currency, "USD", str(when), "annual").value)
            )
        except (LookupError, ValueError):  # no rate: the row is not checked
            factors[k] = np.nan
    values = rows["value"].to_numpy(dtype="float64", na_value=np.nan)
    return values * factors[inverse]


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
    year = year.to_numpy(dtype="float64")
    usd = usd_values(
        pd.DataFrame(
            {
                "value": rows["value"].to_numpy(),
                "currency": rows["currency"],
                "year": year,
            }
        ),
        rates,
    )
    donor_codes, donors = pd.factorize(rows["donor"])
    year_codes, years = pd.factorize(year)
    kept = np.flatnonzero((donor_codes >= 0) & (year_codes >= 0) & (usd > 0))
    if not len(kept):
        return []
    usd = usd[kept]
    group, groups = pd.factorize(donor_codes[kept].astype("int64") * len(years) + year_codes[kept])
    index = rows.index
    names = [(str(donors[g // len(years)]), int(years[g % len(years)])) for g in groups.tolist()]
    totals = np.bincount(group, weights=usd)
    counts = np.bincount(group)
    found = [indicators.lookup(indicators.GDP, donor, year) for donor, year in names]
    gdp = np.array([np.nan if value is None else value for value, _ in found])
    flags: list[tuple[int, int, str]] = []  # (check, position in kept, reason)
    # 1. a donor's total above its GDP: every row of that donor and year
    for i in np.flatnonzero(totals[group] > gdp[group]):
        g = group[i]
        (donor, year), used = names[g], found[g][1]
        flags.append(
            (
                1,
                i,
                f"{donor}'s total for {year} in this input is {_times(totals[g] / gdp[g])} its "
                f"GDP of {used} (USD {_usd(totals[g])} against {_usd(gdp[g])})",
            )
        )
    # 2. one row above ROW_SHARE of its donor's GDP
    for i in np.flatnonzero(usd > ROW_SHARE * gdp[group]):
        g = group[i]
        (donor, _), used = names[g], found[g][1]
        flags.append(
            (
                2,
                i,
                f"{usd[i] / gdp[g]:.1%} of {donor}'s GDP of {used} (USD {_usd(usd[i])} of "
                f"{_usd(gdp[g])}): above {ROW_SHARE:.0%} for one row",
            )
        )
    # 3. a row SPREAD times from the median of its group (of two rows: from the other one),
    # a median one row far off cannot move
    order = np.lexsort((usd, group))
    ranked = usd[order]
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    medians = (ranked[starts + (counts - 1) // 2] + ranked[starts + counts // 2]) / 2
    place = np.empty(len(usd), dtype="int64")
    place[order] = np.arange(len(usd))  # each row's place in the sorted values
    first = place == starts[group]
    pair = counts[group] == 2
    other = np.where(
        first, ranked[np.minimum(starts[group] + 1, len(usd) - 1)], ranked[starts[group]]
    )
    middle = np.where(pair, other, medians[group])
    ratio = np.maximum(usd / middle, middle / usd)
    for i in np.flatnonzero((counts[group] >= 2) & (ratio >= SPREAD)):
        g = group[i]
        donor, year = names[g]
        against = "the other row" if counts[g] == 2 else "the median of the rows"
        flags.append(
            (
                3,
                i,
                f"{_times(ratio[i])} {against} of {donor} in {year} (USD {_usd(usd[i])} "
                f"against {_usd(middle[i])})",
            )
        )
    flags.sort(key=lambda flag: flag[0])
    # the index as the caller gave it (numpy integers as Python ints)
    labels = index[kept[[i for _, i, _ in flags]]].tolist() if flags else []
    return [(label, reason) for label, (_, _, reason) in zip(labels, flags, strict=True)]
