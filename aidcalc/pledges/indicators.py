"""World Bank GDP (current US$) and population, by economy and year, from the WDI files.

The file read is the newer of the shipped one and the user's refresh (``aidcalc rates update
--source worldbank``; ``update_worldbank.current_file`` decides). A year past the data takes the
economy's latest year, and the caller is told which year was used; a year inside the data with
no value, or an economy the World Bank does not cover (``EU``, ``TWN``), gives None. Nothing is
interpolated.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from ..rates import store, update_worldbank

GDP = "wb_gdp_current_usd.csv"
POPULATION = "wb_population_total.csv"

RELEASE = "WDI update of 2026-07-01"


@lru_cache(maxsize=2)
def indicator(name: str) -> dict[str, dict[int, float]]:
    """Return {iso3: {year: value}} for one indicator file (``GDP`` or ``POPULATION``): the
    newer of the shipped file and the user's refresh (``update_worldbank.current_file``)."""
    series: dict[str, dict[int, float]] = {}
    path, _ = update_worldbank.current_file("worldbank", name)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            series.setdefault(row["iso3"], {})[int(row["year"])] = float(row["value"])
    return series


def lookup(name: str, economy: str, year: int) -> tuple[float | None, int | None]:
    """Return (value, year used) of an indicator; the latest year when ``year`` is past the data.

    >>> value, used = lookup(GDP, "LTU", 2030)
    >>> used
    2025
    >>> lookup(GDP, "EU", 2024)
    (None, None)
    """
    by_year = indicator(name).get(economy)
    if not by_year:
        return None, None
    latest = max(by_year)
    used = min(int(year), latest)
    value = by_year.get(used)
    return (value, used) if value is not None else (None, None)


def coverage(name: str) -> tuple[int, int]:
    """Return the first and last year an indicator file (``GDP`` or ``POPULATION``) has a value
    for, over every economy.

    >>> first, last = coverage(GDP)
    >>> first, last
    (1960, 2025)
    """
    years = [year for by_year in indicator(name).values() for year in by_year]
    return min(years), max(years)


def exact(name: str, economy: str, year: int) -> tuple[float | None, int | None]:
    """Return (value, year) of an indicator in exactly ``year`` (no latest-year fallback), or
    (None, None) when the economy has no value that year; ``ValueError`` naming the file's
    coverage when ``year`` is outside it.

    >>> exact(GDP, "LTU", 2021)[1], exact(GDP, "EU", 2021)
    (2021, (None, None))
    >>> exact(GDP, "LTU", 1950)
    Traceback (most recent call last):
    ...
    ValueError: no World Bank GDP (current US$) for 1950: the data covers 1960 to 2025
    """
    first, last = coverage(name)
    if not first <= int(year) <= last:
        what = "GDP (current US$)" if name == GDP else "population"
        raise ValueError(f"no World Bank {what} for {year}: the data covers {first} to {last}")
    value = indicator(name).get(economy, {}).get(int(year))
    return (value, int(year)) if value is not None else (None, None)


def release(name: str) -> str:
    """Return the release to cite for an indicator file: the shipped WDI update, or the day the
    user's copy was fetched from the World Bank API.

    >>> release(GDP) == RELEASE or release(GDP).startswith("World Bank API")
    True
    """
    from datetime import UTC, datetime

    path, origin = update_worldbank.current_file("worldbank", name)
    if origin == "shipped":
        return RELEASE
    day = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
    return f"World Bank API v2, fetched {day.isoformat()}"


store.AFTER_UPDATE.append(indicator.cache_clear)  # a refresh makes the next look-up read it
