"""Hard pegs and currency boards: a currency held by law at a fixed rate to an anchor currency.

``data/rates/pegs.csv``: ``currency_units`` of ``currency`` equal ``anchor_units`` of ``anchor``
from ``from`` (to ``to``, if it ended), with the central bank or legal act fixing it. A peg is a
rate source of its own (method ``peg``); where the ECB quotes the currency, the ECB fixing wins.

>>> SAR = PEGS["SAR"][0]
>>> SAR.rate, SAR.anchor
(Decimal('3.75'), 'USD')
>>> PEGS["XPF"][0].rate
Decimal('119.3317422434367541766109785')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from .base import DECIMAL


@dataclass(frozen=True)
class Peg:
    """``rate`` units of ``currency`` per 1 ``anchor`` from ``since`` to ``until`` (inclusive)."""

    currency: str
    anchor: str
    currency_units: Decimal
    anchor_units: Decimal
    since: date
    until: date | None
    citation: str

    @property
    def rate(self) -> Decimal:
        """Units of the currency per 1 anchor unit, exact to 28 digits."""
        return DECIMAL.divide(self.currency_units, self.anchor_units)

    @property
    def source(self) -> str:
        """Return the citation used as a rate's source."""
        return (
            f"legal fixed rate {_plain(self.currency_units)} {self.currency} = "
            f"{_plain(self.anchor_units)} {self.anchor} ({self.citation})"
        )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def read(path: Path) -> list[Peg]:
    """Return the pegs of a file; raise ``ValueError`` naming a bad row."""
    pegs = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                units = Decimal(row["currency_units"]), Decimal(row["anchor_units"])
                if not all(u > 0 for u in units):
                    raise ValueError("units must be positive")
                pegs.append(
                    Peg(
                        row["currency"].strip(),
                        row["anchor"].strip(),
                        *units,
                        date.fromisoformat(row["from"]),
                        date.fromisoformat(row["to"]) if row.get("to") else None,
                        row["source"].strip(),
                    )
                )
            except (ArithmeticError, ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}: row {number}: {error}") from None
    return pegs


def _shipped() -> dict[str, list[Peg]]:
    from .._paths import data_file

    table: dict[str, list[Peg]] = {}
    for peg in read(data_file("rates", "pegs.csv")):
        table.setdefault(peg.currency, []).append(peg)
    return table


PEGS: dict[str, list[Peg]] = _shipped()
