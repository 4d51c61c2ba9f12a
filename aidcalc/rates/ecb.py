"""The ECB euro foreign exchange reference rates: read the published history fast, and check it.

The ECB file (``eurofxref-hist.csv``, usually inside ``eurofxref-hist.zip``) has a header
``Date,USD,JPY,…,`` and one row per TARGET business day, newest first, values in units of
currency per 1 EUR, ``N/A`` where a currency was not quoted.

``parse`` refuses a file that is not such a history, in this order: a header ``Date,`` and
currency columns that are ISO 4217 codes, each once, among them ``REQUIRED``; at least
``MIN_ROWS`` rows; every row with as many cells as the header (a missing cell in one row and an
extra one in another would shift a column between them); a date in each, none after today;
numbers or ``N/A`` only, all positive; dates in strictly ascending or descending order. The CSV
inside a zip is read only up to ``MAX_CSV_BYTES``. ``jumps`` lists the day-on-day moves too
large to be a market's, to be reported (not refused: a real devaluation may be one).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from ..errors import InvalidRatesFile

SOURCE = "ECB euro reference rate"
URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

# a history file with fewer rows or without these columns is not the ECB history
MIN_ROWS = 1000
REQUIRED = ("USD", "GBP", "JPY", "CHF")
# the CSV of the ECB history was 1.9 MB in 2026 and grows by about 0.3 MB a year; a zip member
# claiming more is refused before it is inflated (a small zip can expand to gigabytes)
MAX_CSV_BYTES = 64 * 1024 * 1024
# a move of a rate by more than this factor from one fixing to the next (within JUMP_DAYS) is
# reported; the largest in the ECB history 1999-2026 is TRL's x1.68 on 2001-02-22
JUMP_FACTOR = 2.0
JUMP_DAYS = 31


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
        from .._paths import display_path

        return zip_member(raw, display_path(path))
    return raw


def zip_member(raw: bytes, where: str = "ECB zip") -> bytes:
    """Return the one CSV file in the zip ``raw``, read to at most ``MAX_CSV_BYTES``.

    Raises ``InvalidRatesFile`` when the zip is unreadable, holds no or several CSV files, or
    its CSV is larger than the limit (whatever size its directory claims).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                raise InvalidRatesFile(f"{where}: expected one CSV file in the zip, found {names}")
            if archive.getinfo(names[0]).file_size > MAX_CSV_BYTES:
                raise InvalidRatesFile(_too_large(where))
            with archive.open(names[0]) as member:
                data = member.read(MAX_CSV_BYTES + 1)
    except InvalidRatesFile:
        raise
    except (
        zipfile.BadZipFile,
        EOFError,
        KeyError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as error:
        # a broken archive, a CRC that does not match, an unsupported compression method
        raise InvalidRatesFile(f"{where}: not a readable zip file ({error})") from None
    if len(data) > MAX_CSV_BYTES:
        raise InvalidRatesFile(_too_large(where))
    return data


def _too_large(where: str) -> str:
    limit = MAX_CSV_BYTES // (1024 * 1024)
    return f"{where}: the CSV in the zip is larger than {limit} MB; the ECB history is ~2 MB"


def parse(raw: bytes, path: Path | None = None) -> EcbHistory:
    """Return the history in ``raw`` (the CSV bytes); raise ``InvalidRatesFile`` if malformed.

    The checks and their order are in the module's docstring.
    """
    from .._paths import display_path

    where = display_path(path) if path else "ECB file"
    text = raw.replace(b"\r\n", b"\n") if b"\r" in raw[:200] else raw
    text = text.strip(b"\n")
    header_end = text.find(b"\n")
    if header_end < 0 or not text.startswith(b"Date,"):
        raise InvalidRatesFile(f"{where}: header must start with 'Date,'")
    header_line = text[:header_end]
    trailing = header_line.endswith(b",")  # the ECB ends every line with a comma
    header = header_line.decode("ascii", "replace").rstrip(",").split(",")
    currencies = tuple(c.strip() for c in header[1:])
    _check_columns(currencies, header, where)
    lines = text[header_end + 1 :].split(b"\n")
    if len(lines) < MIN_ROWS:
        raise InvalidRatesFile(f"{where}: only {len(lines)} rows; the ECB history has thousands")
    width = len(currencies)
    commas = width + trailing  # after the date: one before each cell, and the trailing one
    for number, line in enumerate(lines, start=2):
        if line.count(b",") != commas or line[10:11] != b"," or (trailing and line[-1:] != b","):
            raise InvalidRatesFile(
                f"{where}: line {number} does not hold a date and {width} numbers (or N/A) "
                f"like the header ({line[:40].decode('ascii', 'replace')}…)"
            )
    # the values of every row, with the date and the trailing comma cut off, as one string
    cells = b",".join(line[11 : len(line) - trailing] for line in lines).replace(b"N/A", b"nan")
    try:
        dates = np.array([line[:10] for line in lines]).astype("datetime64[D]")
    except ValueError as error:
        raise InvalidRatesFile(
            f"{where}: a row does not start with a YYYY-MM-DD date ({error})"
        ) from None
    newest = dates.max()
    if newest > np.datetime64(_today(), "D"):
        raise InvalidRatesFile(f"{where}: rates dated {newest}, after today ({_today()})")
    try:
        values = np.fromstring(cells.decode("ascii", "replace"), sep=",")
    except ValueError:
        raise InvalidRatesFile(f"{where}: cells must be numbers or N/A") from None
    if values.size != len(lines) * width:
        raise InvalidRatesFile(f"{where}: cells must be numbers or N/A (an empty or text cell)")
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


def _check_columns(currencies: tuple[str, ...], header: list[str], where: str) -> None:
    """Refuse a header whose columns are not ISO 4217 codes, name one twice, or lack one of
    ``REQUIRED``."""
    from ..amount import known_currencies

    missing = [c for c in REQUIRED if c not in currencies]
    if missing or any(len(c) != 3 or not c.isalpha() for c in currencies):
        raise InvalidRatesFile(f"{where}: header lacks currency columns {missing or header[1:]}")
    twice = sorted({c for c in currencies if currencies.count(c) > 1})
    if twice:
        raise InvalidRatesFile(f"{where}: the header names {', '.join(twice)} more than once")
    unknown = [c for c in currencies if c not in known_currencies()]
    if unknown:
        raise InvalidRatesFile(f"{where}: not ISO 4217 currency codes: {', '.join(unknown)}")


def _today() -> date:
    """Return today, the later of the local and the UTC date (no fixing is dated after it)."""
    return max(date.today(), datetime.now(UTC).date())


def jumps(history: EcbHistory, factor: float = JUMP_FACTOR, days: int = JUMP_DAYS) -> list[str]:
    """Return a line for each move of a rate by more than ``factor`` (up or down) from one
    fixing to the next at most ``days`` days later, oldest first.

    The history 1999-2026 has none at ×2: such a move is more likely a shifted column or a
    misplaced decimal mark than a market's, and ``update`` reports it.
    """
    found = []
    limit = np.log(factor)
    for j, currency in enumerate(history.currencies):
        column = history.values[:, j]
        quoted = ~np.isnan(column)
        values, on = column[quoted], history.days[quoted]
        if values.size < 2:
            continue
        moves = np.abs(np.diff(np.log(values)))
        for i in np.flatnonzero((moves > limit) & (np.diff(on) <= days)):
            before, after = (np.datetime64(int(d), "D") for d in on[i : i + 2])
            found.append(
                (int(on[i + 1]), f"{currency} {values[i]:g} on {before} -> {values[i + 1]:g} on "
                 f"{after} (x{values[i + 1] / values[i]:.3g})")
            )  # fmt: skip
    return [line for _, line in sorted(found)]


def read(path: Path) -> EcbHistory:
    """Return the ECB history stored at ``path`` (``.zip`` or ``.csv``)."""
    return parse(read_bytes(path), Path(path))
