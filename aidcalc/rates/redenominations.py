"""Redenominations: an old currency code replaced by a new one at a legal factor on a date.

``data/rates/redenominations.csv`` holds one row per change: ``factor`` units of ``old`` equal one
unit of ``new`` from ``date`` on (10,000 ROL = 1 RON from 2005-07-01), with the central bank or law
that fixed it. After the change the old code converts at that factor; a row with ``ends`` names
the day the new unit itself ceased (the Zimbabwe dollar of 2009), after which nothing converts
through it. A row whose ``old`` and ``new`` are the same code (VES, 2021) changed the unit but
kept the code: it applies only to amounts in an older code reached through the chain.

A change without a legal factor (ZWL -> ZWG in 2024) is not in the table, so no rate links them.

>>> r = REDENOMINATIONS["ROL"]
>>> r.new, r.factor, r.since
('RON', Decimal('10000'), datetime.date(2005, 7, 1))
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Redenomination:
    """``factor`` units of ``old`` equal 1 ``new`` from ``since`` (``ends``: ``new`` ceased)."""

    old: str
    new: str
    factor: Decimal
    since: date
    ends: date | None
    citation: str

    @property
    def currency(self) -> str:
        return self.old

    @property
    def rate(self) -> Decimal:
        """Units of ``old`` per 1 ``new`` (the factor)."""
        return self.factor

    @property
    def source(self) -> str:
        """Return the citation used as a rate's source."""
        return (
            f"redenomination {self.factor:,} {self.old} = 1 {self.new} from {self.since} "
            f"({self.citation})"
        )


def read(path: Path) -> list[Redenomination]:
    """Return the rows of a redenominations file; raise ``ValueError`` naming a bad row."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                factor = Decimal(row["factor"])
                if not factor > 0:
                    raise ValueError("factor must be positive")
                rows.append(
                    Redenomination(
                        row["old"].strip(),
                        row["new"].strip(),
                        factor,
                        date.fromisoformat(row["date"]),
                        date.fromisoformat(row["ends"]) if row.get("ends") else None,
                        row["source"].strip(),
                    )
                )
            except (ArithmeticError, ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}: row {number}: {error}") from None
    return rows


def _shipped() -> list[Redenomination]:
    from .._paths import data_file

    return read(data_file("rates", "redenominations.csv"))


ROWS: list[Redenomination] = _shipped()

# old code -> the change that replaced it (rows changing the unit but keeping the code apart)
REDENOMINATIONS: dict[str, Redenomination] = {r.old: r for r in ROWS if r.old != r.new}
# code -> a change of unit that kept the code (VES 2021)
KEPT_CODE: dict[str, Redenomination] = {r.old: r for r in ROWS if r.old == r.new}


def descendants(code: str) -> list[Redenomination]:
    """Return the chain of changes from ``code`` on: VEB -> [VEB->VEF, VEF->VES]."""
    chain, seen = [], {code}
    while code in REDENOMINATIONS:
        step = REDENOMINATIONS[code]
        chain.append(step)
        code = step.new
        if code in seen:  # a cycle in the data would loop forever
            raise ValueError(f"redenominations form a cycle at {code}")
        seen.add(code)
    return chain


def factor_to(old: str, unit: str, usable=lambda step: True) -> tuple[Decimal, list] | None:
    """Return (units of ``old`` per 1 ``unit``, the steps) if ``unit`` descends from ``old``."""
    if old == unit:
        return Decimal(1), []
    factor, steps = Decimal(1), []
    for step in descendants(old):
        if not usable(step):
            return None
        factor *= step.factor
        steps.append(step)
        if step.new == unit:
            return factor, steps
    return None


def replaced(code: str, unit: str) -> Redenomination | None:
    """Return the change by which ``code`` replaced ``unit`` (``unit`` is an ancestor), if any."""
    for step in descendants(unit):
        if step.new == code:
            return step
    return None
