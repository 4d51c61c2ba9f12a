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
