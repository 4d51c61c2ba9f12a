"""aidcalc: parse, convert and total aid pledges stated in news text.

The public names are imported lazily, so ``import aidcalc`` stays light (no pandas until a
frame is used).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Amount": "amount",
    "ParseError": "errors",
    "UnknownCurrency": "errors",
    "RateNotAvailable": "errors",
    "parse_amount": "parsing",
    "extract_amounts": "parsing",
    "Mention": "parsing",
    "Rates": "rates",
    "Rate": "rates",
    "convert": "conversion",
    "Conversion": "conversion",
    "deviation": "conversion",
    "normalize": "conversion",
    "read_pledges": "pledges",
    "InvalidRows": "pledges",
    "totals": "aggregate",
    "extract_pledges": "extract",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from .aggregate import totals
    from .amount import Amount
    from .conversion import Conversion, convert, deviation, normalize
    from .errors import ParseError, RateNotAvailable, UnknownCurrency
    from .extract import extract_pledges
    from .parsing import Mention, extract_amounts, parse_amount
    from .pledges import InvalidRows, read_pledges
    from .rates import Rate, Rates


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aidcalc' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
