"""aidcalc: parse, convert and total aid pledges stated in news text.

The public names are imported lazily, so ``import aidcalc`` stays light (no pandas until a
frame is used).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

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
    "normalize": "frames",
    "read_pledges": "pledges.read",
    "InvalidRows": "errors",
    "totals": "pledges.totals",
    "extract_pledges": "news.candidates",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from .amount import Amount
    from .conversion import Conversion, convert, deviation
    from .errors import InvalidRows, ParseError, RateNotAvailable, UnknownCurrency
    from .frames import normalize
    from .news.candidates import extract_pledges
    from .parsing import Mention, extract_amounts, parse_amount
    from .pledges.read import read_pledges
    from .pledges.totals import totals
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
