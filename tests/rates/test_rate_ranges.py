"""The table of each currency's US dollar range (data/rates/rate_ranges.csv) the parser reads
to check restatements is the one the shipped rates give."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

from aidcalc.parsing.rates import rate_ranges

TOOL = Path(__file__).resolve().parents[2] / "tools" / "write_rate_ranges.py"


def _tool():
    spec = importlib.util.spec_from_file_location("write_rate_ranges", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_rate_ranges_equal_a_rebuild():
    tool = _tool()
    assert tool.OUT.read_text(encoding="utf-8") == tool.build(), (
        "data/rates/rate_ranges.csv is stale: run python tools/write_rate_ranges.py"
    )


def test_rate_ranges_hold_the_currencies_of_the_press():
    ranges = rate_ranges()
    for code in ("EUR", "GBP", "JPY", "CHF", "NOK", "SEK", "DKK", "PLN", "UAH", "CAD", "DEM"):
        low, high = ranges[code]
        assert Decimal(0) < low <= high
    assert ranges["USD"] == (Decimal(1), Decimal(1))
    assert ranges["SAR"][1] / ranges["SAR"][0] < Decimal("1.001")  # a peg barely moves
