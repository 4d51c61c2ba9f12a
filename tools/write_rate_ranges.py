"""Write data/rates/rate_ranges.csv: each currency's lowest and highest value in US dollars.

For every ISO 4217 code the shipped rates convert (ECB reference rates, NBU, pegs, the euro's
legacy rates, redenominations, World Bank annual averages), the US dollar value of one unit is
taken on the first day of every month from 1960 to the ECB file's last date, and the lowest and
highest kept (six significant digits, rounded outwards). The parser reads the table to check
that a restatement ("NOK 1.25 billion, roughly $115m") is a plausible conversion
(``aidcalc.parsing.rates.plausible_restatement``), without loading the rates themselves.

    python tools/write_rate_ranges.py            # rewrite the table
    python tools/write_rate_ranges.py --check    # exit 1 when the table differs from a rebuild
"""

from __future__ import annotations

import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "data" / "rates" / "rate_ranges.csv"


def build() -> str:
    """Return the table's text."""
    import numpy as np

    from aidcalc.amount import known_currencies
    from aidcalc.rates import Rates

    rates = Rates.default()
    last = np.datetime64(rates.ecb_last_date, "M")
    days = np.arange(np.datetime64("1960-01"), last + 1).astype("datetime64[D]")
    lines = ["currency,usd_low,usd_high"]
    down, up = Context(prec=6, rounding=ROUND_FLOOR), Context(prec=6, rounding=ROUND_CEILING)
    for code in sorted(known_currencies()):
        if code == "USD":
            continue
        found = np.array([])
        for method in ("previous", "annual"):  # daily sources, else the World Bank's years
            try:
                values = rates.rate_arrays(code, "USD", days, method).values
            except Exception:  # noqa: BLE001 - a code the rates do not quote
                continue
            found = np.concatenate([found, values[np.isfinite(values) & (values > 0)]])
        if not len(found):
            continue
        low = down.create_decimal_from_float(float(found.min()))
        high = up.create_decimal_from_float(float(found.max()))
        lines.append(f"{code},{low:f},{high:f}")
    lines.append("USD,1,1")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 1} currencies")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
