"""Exchange rates with provenance: ECB reference rates, NBU (UAH), World Bank annual, euro legacy.

>>> from aidcalc.rates import Rates
>>> rate = Rates.default().rate("EUR", "USD", "2024-11-04")
>>> rate.value, rate.date, rate.source
(Decimal('1.0904'), datetime.date(2024, 11, 4), 'ECB euro reference rate')
"""

from __future__ import annotations

from .base import METHODS, Rate, RateArrays, check_method
from .core import Rates

__all__ = ["METHODS", "Rate", "RateArrays", "Rates", "check_method"]
