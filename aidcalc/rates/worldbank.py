"""World Bank WDI ``PA.NUS.FCRF``: official exchange rate, local currency per USD, annual average.

The series is per economy; a currency is served by the economy that uses it (by CLDR's territory
currencies), preferring the one whose ISO code starts the currency code (``NG`` for ``NGN``).

The World Bank states most economies in today's unit for every year (the figures before a
redenomination divided by its legal factor: Romania's 2003 figure is 3.32 RON, not 33,200 ROL).
Where it does not, ``data/rates/worldbank_units.csv`` says in which unit each year is stated
(Venezuela in VEF to 2017, Zimbabwe in ZWN to 2008 and ZWL 2020..2023, Turkmenistan in TMM). A
series serves a currency only for the years stated in that currency's unit; an older code reaches
it through the legal factors of ``redenominations``; any other year is refused, naming the unit.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np

from . import redenominations as R
from .series import Series, day_number

SOURCE = "World Bank WDI PA.NUS.FCRF (IMF IFS), annual average"


class WorldBankRates:
    """The annual LCU-per-USD series of every economy in the shipped file, read on first use."""

    def __init__(self, path: Path, units: Path | None = None):
        self.path = Path(path)
        if units is None:
            from .._paths import data_file

            units = data_file("rates", "worldbank_units.csv")
        self.units_path = Path(units)

    @cached_property
    def by_economy(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Return {iso3: (years, LCU per USD)}, from the binary cache when it holds this file's."""
        from .cache import cached

        raw = self.path.read_bytes()
        arrays = cached("wb", raw, lambda: parse(raw))
        ends = np.cumsum(arrays["counts"])
        return {
            str(iso3): (arrays["years"][end - count : end], arrays["values"][end - count : end])
            for iso3, count, end in zip(arrays["iso3"], arrays["counts"], ends, strict=True)
        }

    @cached_property
    def units(self) -> dict[str, list[tuple[str, int, int, str]]]:
        """Return {iso3: [(unit or '', first year, last year, note)]} of the economies listed."""
        table: dict[str, list[tuple[str, int, int, str]]] = {}
        with open(self.units_path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                table.setdefault(row["iso3"], []).append(
                    (
                        row["unit"].strip(),
                        int(row["first_year"]),
                        int(row["last_year"]),
                        row["note"],
                    )
                )
        return table

    @cached_property
    def economies(self) -> dict[str, str]:
        """Return {currency: iso3 of the economy whose series serves it}, from the binary cache
        when it holds the choice for these files, this babel (CLDR) version and this month (CLDR
        lists the currencies in use today)."""
        import babel

        from .cache import cached

        parts = [self.path.read_bytes(), self.units_path.read_bytes(), babel.__version__.encode()]
        key = b"\0".join([*parts, date.today().isoformat()[:7].encode()])
        arrays = cached("wb-economies", key, self._economy_arrays)
        return dict(zip(map(str, arrays["currency"]), map(str, arrays["iso3"]), strict=True))

    def _economy_arrays(self) -> dict[str, np.ndarray]:
        chosen = self._choose_economies()
        return {
            "currency": np.array(list(chosen), dtype="U3"),
            "iso3": np.array(list(chosen.values()), dtype="U3"),
        }

    def _choose_economies(self) -> dict[str, str]:
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
        # units the World Bank states some years in (ZWL, VEF, TMM) serve those years
        for iso3, rows in self.units.items():
            for unit, *_ in rows:
                if unit:
                    chosen.setdefault(unit, iso3)
        return chosen

    def unit_of(self, iso3: str, year: int, default: str) -> tuple[str, str]:
        """Return (the unit the series of ``iso3`` states ``year`` in, or '', a note)."""
        rows = self.units.get(iso3)
        if rows is None:
            return default, ""
        for unit, first, last, note in rows:
            if first <= year <= last:
                return unit, note
        return "", "no unit recorded for that year"

    def economy_of(self, currency: str) -> tuple[str, str] | None:
        """Return (iso3, the code it maps by) for ``currency`` or the first code it became."""
        for code in [currency] + [step.new for step in R.descendants(currency)]:
            if code in self.economies:
                return self.economies[code], code
        return None

    def series(self, currency: str) -> tuple[Series, R.Redenomination | None, list] | str | None:
        """Return how the series serves ``currency``: (series in its unit, steps from
        ``currency`` to that unit), a refusal text, or None if no economy serves it."""
        found = self.economy_of(currency)
        if found is None:
            return None
        iso3, mapped = found
        years, values = self.by_economy[iso3]
        reachable = {currency: []}
        for step in R.descendants(currency):
            reachable[step.new] = reachable[step.old if step.old in reachable else currency] + [
                step
            ]
        units = [self.unit_of(iso3, int(y), mapped) for y in years]
        usable = {u for u, _ in units if u in reachable}
        # prefer the unit closest to the currency (fewest steps); ends cut a chain short
        unit = min(usable, key=lambda u: len(reachable[u]), default=None)
        steps = reachable.get(unit, [])
        if unit is not None and any(
            s.ends is not None for s in steps
        ):  # a chain through a unit that ceased cannot reach a later series
            unit = None
        name = f"{SOURCE}, {iso3}"
        if unit is None:
            stated = sorted({u for u, _ in units if u})
            return self._mismatch(currency, iso3, stated, years, units)
        keep = np.array([u == unit for u, _ in units])
        notes = {
            day_number(date(int(y), 1, 1)): self._note(currency, unit, iso3, int(y), u, note)
            for y, (u, note) in zip(years, units, strict=True)
            if u != unit
        }
        days = np.array([day_number(date(int(y), 1, 1)) for y in years[keep]], dtype=np.int64)
        if unit != currency or iso3 in self.units:
            name += f" (stated in {unit})"
        series = Series(unit, "USD", days, values[keep], (name,), annual=True, unit_notes=notes)
        return series, steps

    def _note(self, currency, unit, iso3, year, stated, note) -> str:
        if not stated:
            return f"the World Bank figure for {iso3} in {year} is in no single unit ({note})"
        return f"the World Bank figure for {iso3} in {year} is in {stated}, not {unit}" + _link(
            currency, stated
        )

    def _mismatch(self, currency, iso3, stated, years, units) -> str:
        spans = []
        for unit in stated:
            held = [int(y) for y, (u, _) in zip(years, units, strict=True) if u == unit]
            spans.append(f"{unit} {min(held)}..{max(held)}")
        last = max(int(y) for y in years)
        return (
            f"the World Bank series for {iso3} is stated in {', '.join(spans)}, not in "
            f"{currency}, and has no figure after {last}"
            + _link(currency, stated[-1] if stated else "")
        )


def parse(raw: bytes) -> dict[str, np.ndarray]:
    """Return the arrays of a World Bank file's bytes (``iso3,country,year,value`` rows):
    ``iso3`` (one per economy, in order of first appearance), ``counts`` (rows per economy),
    ``years`` and ``values`` (every row, grouped by economy)."""
    rows: dict[str, tuple[list[int], list[float]]] = {}
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        years, values = rows.setdefault(row["iso3"], ([], []))
        years.append(int(row["year"]))
        values.append(float(row["value"]))
    return {
        "iso3": np.array(list(rows), dtype="U3"),
        "counts": np.array([len(y) for y, _ in rows.values()], dtype=np.int64),
        "years": np.array([y for ys, _ in rows.values() for y in ys], dtype=np.int64),
        "values": np.array([v for _, vs in rows.values() for v in vs], dtype=np.float64),
    }


def _link(currency: str, unit: str) -> str:
    """Say how ``currency`` and ``unit`` relate (or that no legal factor links them)."""
    if not unit:
        return ""
    later = R.replaced(currency, unit)
    if later is None:
        for step in R.descendants(unit):
            if step.new == currency:
                later = step
    if later is not None:
        steps = R.factor_to(unit, currency)
        factor = f"{steps[0]:,} {unit} = 1 {currency}" if steps else ""
        return (
            f" ({currency} replaced {unit} only on {later.since}{', ' + factor if factor else ''}"
            f"; an amount from before that day is in {unit}: state it as {unit})"
        )
    if R.factor_to(currency, unit) is not None:
        return f" (the chain from {currency} to {unit} passes a unit that ceased)"
    return f" (no legal factor links {currency} and {unit})"
