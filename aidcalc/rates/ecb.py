"""The ECB euro foreign exchange reference rates: read the published history fast, and check it.

The ECB file (``eurofxref-hist.csv``, usually inside ``eurofxref-hist.zip``) has a header
``Date,USD,JPY,…,`` and one row per TARGET business day, newest first, values in units of
currency per 1 EUR, ``N/A`` where a currency was not quoted.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InvalidRatesFile

SOURCE = "ECB euro reference rate"
URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

# a history file with fewer rows or without these columns is not the ECB history
MIN_ROWS = 1000
REQUIRED = ("USD", "GBP", "JPY", "CHF")


@dataclass(frozen=True)
class EcbHistory:
    """The ECB history as arrays: ``values[i, j]`` is currency ``j`` per 1 EUR on ``days[i]``."""

    days: np.ndarray  # int64 days since 1970-01-01, ascending
    currencies: tuple[str, ...]
    values: np.ndarray  # float64, NaN where not quoted
    path: Path | None = None


def read_bytes(path: Path) -> bytes:
    """Return the CSV bytes of an ECB history file, zipped or not."""
    raw = Path(path).read_bytes()
    if raw[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                raise InvalidRatesFile(f"{path}: expected one CSV file in the zip, found {names}")
            raw = archive.read(names[0])
    return raw


def parse(raw: bytes, path: Path | None = None) -> EcbHistory:
    """Return the history in ``raw`` (the CSV bytes); raise ``InvalidRatesFile`` if malformed."""
    where = str(path) if path else "ECB file"
    text = raw.replace(b"\r\n", b"\n") if b"\r" in raw[:200] else raw
    text = text.strip(b"\n")
    header_end = text.find(b"\n")
    if header_end < 0 or not text.startswith(b"Date,"):
        raise InvalidRatesFile(f"{where}: header must start with 'Date,'")
    header = text[:header_end].decode("ascii", "replace").rstrip(",").split(",")
    currencies = tuple(c.strip() for c in header[1:])
    missing = [c for c in REQUIRED if c not in currencies]
    if missing or any(len(c) != 3 or not c.isalpha() for c in currencies):
        raise InvalidRatesFile(f"{where}: header lacks currency columns {missing or header[1:]}")
    lines = text[header_end + 1 :].split(b"\n")
    if len(lines) < MIN_ROWS:
        raise InvalidRatesFile(f"{where}: only {len(lines)} rows; the ECB history has thousands")
    width = len(currencies)
    # the values of every row, with the date and the trailing comma cut off, as one string
    cells = b",".join(line[11:].rstrip(b",") for line in lines).replace(b"N/A", b"nan")
    try:
        dates = np.array([line[:10] for line in lines]).astype("datetime64[D]")
    except ValueError as error:
        raise InvalidRatesFile(
            f"{where}: a row does not start with a YYYY-MM-DD date ({error})"
        ) from None
    try:
        values = np.fromstring(cells.decode("ascii", "replace"), sep=",")
    except ValueError:
        raise InvalidRatesFile(f"{where}: cells must be numbers or N/A") from None
    if values.size != len(lines) * width or any(
        line[10:11] != b"," for line in lines[:: max(1, len(lines) // 50)]
    ):
        raise InvalidRatesFile(f"{where}: rows do not all hold {width} numbers (or N/A)")
    values = values.reshape(len(lines), width)
    with np.errstate(invalid="ignore"):
        lowest, highest = np.nanmin(values, initial=np.inf), np.nanmax(values, initial=-np.inf)
    if not (0 < lowest <= highest < np.inf):
        raise InvalidRatesFile(f"{where}: rates must be positive numbers")
    days = dates.astype(np.int64)
    step = np.diff(days)
    if np.all(step < 0):  # the ECB writes newest first
        days, values = days[::-1].copy(), values[::-1].copy()
    elif not np.all(step > 0):
        raise InvalidRatesFile(f"{where}: dates are not in strictly ascending or descending order")
    return EcbHistory(days, currencies, values, path)


def read(path: Path) -> EcbHistory:
    """Return the ECB history stored at ``path`` (``.zip`` or ``.csv``)."""
    return parse(read_bytes(path), Path(path))
