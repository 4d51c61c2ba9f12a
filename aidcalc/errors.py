"""The exceptions aidcalc raises; each derives from a builtin so callers can catch it naturally."""

from __future__ import annotations


class ParseError(ValueError):
    """The text states no money amount, or states it ambiguously.

    ``position`` is the character offset the message refers to, when there is one.
    """

    def __init__(self, message: str, *, text: str | None = None, position: int | None = None):
        super().__init__(message)
        self.text = text
        self.position = position


class UnknownCurrency(ValueError):
    """A currency code that ISO 4217 (as CLDR lists it) does not know, or no data source quotes."""

    def __init__(self, code: str, message: str | None = None):
        super().__init__(message or f"unknown currency code {code!r} (not an ISO 4217 code)")
        self.code = code


class RateNotAvailable(LookupError):
    """No published rate covers the currency, date and method asked for; never guessed."""
