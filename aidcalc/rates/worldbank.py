"""World Bank WDI ``PA.NUS.FCRF``: official exchange rate, local currency per USD, annual average.

The series is per economy; a currency is served by the economy that uses it (by CLDR's territory
currencies), preferring the one whose ISO code starts the currency code (``NG`` for ``NGN``).
"""

from __future__ import annotations

import csv
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np

from .series import Series, day_number

SOURCE = "World Bank WDI PA.NUS.FCRF (IMF IFS), annual average"


class WorldBankRates:
    """The annual LCU-per-USD series of every economy in the shipped file, read on first use."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @cached_property
    def by_economy(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Return {iso3: (years, LCU per USD)}."""
        years: dict[str, list[int]] = {}
        values: dict[str, list[float]] = {}
        with open(self.path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                years.setdefault(row["iso3"], []).append(int(row["year"]))
                values.setdefault(row["iso3"], []).append(float(row["value"]))
        return {
            iso3: (np.array(years[iso3], dtype=np.int64), np.array(values[iso3])) for iso3 in years
        }

    @cached_property
    def economies(self) -> dict[str, str]:
        """Return {currency: iso3 of the economy whose series serves it}."""
        from babel.core import get_global
        from babel.numbers import get_territory_currencies

        aliases = get_global("territory_aliases")
        candidates: dict[str, list[str]] = {}
        for iso3 in sorted(self.by_economy):
            alpha2 = aliases.get(iso3)
            if not alpha2 or len(alpha2) != 1:
                continue  # aggregates (EMU, WLD, …) and codes CLDR does not map one to one
            for currency in get_territory_currencies(alpha2[0], tender=True):
                candidates.setdefault(currency, []).append(iso3)
        chosen = {}
        for currency, economies in candidates.items():
            home = [e for e in economies if aliases[e][0] == currency[:2]]
            chosen[currency] = (home or economies)[0]
        return chosen

    def series(self, currency: str) -> Series | None:
        """Return the annual series of ``currency`` per 1 USD, or None if no economy serves it."""
        iso3 = self.economies.get(currency)
        if iso3 is None:
            return None
        years, values = self.by_economy[iso3]
        days = np.array([day_number(date(int(y), 1, 1)) for y in years], dtype=np.int64)
        return Series(currency, "USD", days, values, (f"{SOURCE}, {iso3}",), annual=True)
