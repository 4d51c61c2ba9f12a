"""The exceptions aidcalc raises; each derives from a builtin so callers can catch it naturally."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


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


class MissingColumns(KeyError):
    """A frame lacks columns a function needs; ``missing`` lists them.

    A ``KeyError`` (a missing column is a missing key) whose message, unlike a bare
    ``KeyError``, names what is needed and points at ``read_pledges``.
    """

    def __init__(self, what: str, missing: list[str], present: list[str]):
        self.missing = missing
        has = ", ".join(present) if present else "no columns"
        self.message = (
            f"{what} needs the columns {', '.join(missing)}; the frame has {has} "
            "(read_pledges makes them from a pledge file or a frame with an amount column)"
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class RateNotAvailable(LookupError):
    """No published rate covers the currency, date and method asked for; never guessed."""


class InvalidRows(ValueError):
    """Rows that could not be read; ``errors`` lists every one as (row, column, reason).

    ``row`` is the number a person finds the row by: the line in a CSV/TSV file or the sheet
    row in xlsx (the header is row 1), the line in JSON lines, the record number (from 1) in a
    JSON array, the index label of a frame; ``read_pledges`` gives its frame that index too.
    ``valid`` is the frame of the rows that were fine.
    """

    def __init__(self, errors: list[tuple[Any, str, str]], valid: pd.DataFrame | None = None):
        self.errors = sorted(errors, key=lambda error: (str(type(error[0])), error[0], error[1]))
        self.valid = valid
        lines = [describe(row, column, reason) for row, column, reason in self.errors]
        count = len({row for row, _, _ in self.errors})
        super().__init__(f"{count} invalid row(s):\n" + "\n".join(lines))


def describe(row: Any, column: str, reason: str) -> str:
    """Return one bad row as people read it: ``row 4, date: …`` (``row 4: …`` for a record)."""
    return f"row {row}, {column}: {reason}" if column else f"row {row}: {reason}"


class NotText(ValueError):
    """An input holds no text to read: it is empty, it is a binary file (a workbook, a PDF, a
    program), or its bytes are in none of the encodings tried (``aidcalc.textfiles``)."""


class UnknownCountry(ValueError):
    """A donor or recipient name that no CLDR locale, ISO code or World Bank name gives."""

    def __init__(self, name: str, message: str | None = None):
        super().__init__(message or f"unknown country {name!r} (no CLDR, ISO or World Bank name)")
        self.name = name
        self.message = str(self)


class MixedMeasures(ValueError):
    """The rows mix measures (pledge, commitment, allocation, ...): adding them double-counts."""


class InvalidRatesFile(ValueError):
    """A file that is not a complete ECB reference-rate history."""


class RatesFileWarning(UserWarning):
    """A rates file was set aside (e.g. an unreadable user copy): the shipped data is used."""
