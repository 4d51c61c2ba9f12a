"""World Bank GDP (current US$) and population, by economy and year, from the shipped WDI files.

A year past the data takes the economy's latest year, and the caller is told which year was
used; a year inside the data with no value, or an economy the World Bank does not cover
(``EU``, ``TWN``), gives None. Nothing is interpolated.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .._paths import data_file

GDP = "wb_gdp_current_usd.csv"
POPULATION = "wb_population_total.csv"

RELEASE = "WDI update of 2026-07-01"


@lru_cache(maxsize=2)
def indicator(name: str) -> dict[str, dict[int, float]]:
    """Return {iso3: {year: value}} for one shipped indicator file (``GDP`` or ``POPULATION``)."""
    series: dict[str, dict[int, float]] = {}
    with data_file("worldbank", name).open(encoding="utf-8", newline="") as handle:
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
