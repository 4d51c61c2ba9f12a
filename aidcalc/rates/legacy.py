"""The irrevocable euro conversion rates of the currencies the euro replaced.

Each is fixed by Council Regulation (EC) No 2866/98 or the regulation that amended it for the
member state, and applies from the day the member state adopted the euro.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class LegacyRate:
    """``rate`` units of ``currency`` equal 1 EUR from ``since`` on (``regulation`` fixed it)."""

    currency: str
    rate: Decimal
    since: date
    regulation: str

    @property
    def source(self) -> str:
        """Return the citation used as a rate's source."""
        return f"irrevocable euro conversion rate {self.currency} {self.rate} ({self.regulation})"


_EC = "Council Regulation (EC) No "
_EU = "Council Regulation (EU) "

# currency, units per 1 EUR, year of the changeover (1 January), the regulation fixing the rate
_TABLE = (
    ("BEF", "40.3399", 1999, _EC + "2866/98"),
    ("DEM", "1.95583", 1999, _EC + "2866/98"),
    ("ESP", "166.386", 1999, _EC + "2866/98"),
    ("FRF", "6.55957", 1999, _EC + "2866/98"),
    ("IEP", "0.787564", 1999, _EC + "2866/98"),
    ("ITL", "1936.27", 1999, _EC + "2866/98"),
    ("LUF", "40.3399", 1999, _EC + "2866/98"),
    ("NLG", "2.20371", 1999, _EC + "2866/98"),
    ("ATS", "13.7603", 1999, _EC + "2866/98"),
    ("PTE", "200.482", 1999, _EC + "2866/98"),
    ("FIM", "5.94573", 1999, _EC + "2866/98"),
    ("GRD", "340.750", 2001, _EC + "1478/2000"),
    ("SIT", "239.640", 2007, _EC + "1086/2006"),
    ("CYP", "0.585274", 2008, _EC + "1135/2007"),
    ("MTL", "0.429300", 2008, _EC + "1134/2007"),
    ("SKK", "30.1260", 2009, _EC + "694/2008"),
    ("EEK", "15.6466", 2011, _EU + "No 671/2010"),
    ("LVL", "0.702804", 2014, _EU + "No 870/2013"),
    ("LTL", "3.45280", 2015, _EU + "No 851/2014"),
    ("HRK", "7.53450", 2023, _EU + "2022/1208"),
    (
        "BGN",
        "1.95583",
        2026,
        "Council Regulation of 8 July 2025 amending Regulation (EC) No 2866/98",
    ),
)

LEGACY: dict[str, LegacyRate] = {
    code: LegacyRate(code, Decimal(rate), date(year, 1, 1), regulation)
    for code, rate, year, regulation in _TABLE
}
