"""The shipped ECB and NBU files read with the csv module only, as an independent reference."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "rates"


@lru_cache(maxsize=1)
def ecb() -> dict[str, dict[str, Decimal]]:
    """Return {date: {currency: Decimal}} straight from the shipped zip."""
    with zipfile.ZipFile(DATA / "eurofxref-hist.zip") as archive:
        text = archive.read(archive.namelist()[0]).decode()
    result = {}
    for row in csv.DictReader(io.StringIO(text)):
        result[row["Date"]] = {
            k: Decimal(v) for k, v in row.items() if k and k != "Date" and v not in ("N/A", "")
        }
    return result


@lru_cache(maxsize=1)
def nbu() -> dict[tuple[str, str], Decimal]:
    """Return {(date, currency): UAH per unit} from the shipped NBU file."""
    with open(DATA / "nbu_uah_official_rates_usd_eur_daily.csv", encoding="utf-8") as handle:
        return {
            (row["date"], row["currency"]): Decimal(row["rate_per_unit_in_UAH"])
            for row in csv.DictReader(handle)
        }


def mean(currency: str, prefix: str) -> Decimal:
    """Return the exact mean of the ECB fixings whose date starts with ``prefix``."""
    values = [row[currency] for day, row in ecb().items() if day.startswith(prefix)]
    return sum(values, Decimal(0)) / len(values)
