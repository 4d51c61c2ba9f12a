"""aidcalc: parse, convert and total aid pledges stated in news text.

The public names are imported lazily, so ``import aidcalc`` stays light (no pandas until a
frame is used). The pandas accessors (``frame.aidcalc``, ``series.aidcalc``, in
``aidcalc.accessor``) are registered at import when pandas is already imported, else at the
first public name that works on frames.
"""

from __future__ import annotations

import sys
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
    "parse_amounts": "frames",
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
    from .frames import normalize, parse_amounts
    from .news.candidates import extract_pledges
    from .parsing import Mention, extract_amounts, parse_amount
    from .pledges.read import read_pledges
    from .pledges.totals import totals
    from .rates import Rate, Rates


# the modules whose names work on frames: the first use of one registers the pandas accessors
_FRAME_MODULES = frozenset(("frames", "pledges.read", "pledges.totals"))


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aidcalc' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    if module in _FRAME_MODULES:
        import_module(".accessor", __name__)  # frame.aidcalc and series.aidcalc
    globals()[name] = value
    return value


if "pandas" in sys.modules:  # pandas is in use already: frame.aidcalc works at once
    import_module(".accessor", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
