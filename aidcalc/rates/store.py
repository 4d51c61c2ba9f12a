"""Where the rates come from: the shipped files, or a newer ECB history the user downloaded.

The user copy lives in ``$AIDCALC_DATA_HOME/rates`` (default ``$XDG_DATA_HOME/aidcalc`` or
``~/.local/share/aidcalc``). ``update`` writes it atomically; the shipped data is never modified.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from .._paths import user_data_dir
from ..errors import InvalidRatesFile
from . import ecb

USER_NAMES = ("eurofxref-hist.zip", "eurofxref-hist.csv")

# what to call once an update has replaced the user's file (``core`` forgets its loaded rates)
AFTER_UPDATE: list = []


def user_ecb_file() -> Path | None:
    """Return the user's copy of the ECB history, if there is one."""
    folder = user_data_dir() / "rates"
    for name in USER_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def shipped_ecb_file() -> Path:
    """Return the ECB history shipped with the package."""
    from .._paths import data_file

    return data_file("rates", "eurofxref-hist.zip")


def last_date(path: Path) -> date | None:
    """Return the newest date in an ECB history file.

    The ECB writes newest first, so the first rows say it; a file in ascending order (which
    ``update`` accepts too) is read to its last row.
    """
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive, archive.open(_csv_member(archive)) as member:
                head = member.read(4096)
        else:
            with open(path, "rb") as handle:
                head = handle.read(4096)
        dates = _dates(head.split(b"\n")[1:3])
        if len(dates) == 2 and dates[0] < dates[1]:  # ascending: the newest is at the end
            dates = _dates(ecb.read_bytes(path).rstrip(b"\r\n").rsplit(b"\n", 1)[-1:])
        return max(dates) if dates else None
    except (OSError, ValueError, zipfile.BadZipFile, IndexError):
        return None


def _dates(lines: list[bytes]) -> list[date]:
    return [date.fromisoformat(line[:10].decode()) for line in lines if line[:10].strip()]


def _csv_member(archive: zipfile.ZipFile) -> str:
    """Return the name of the one CSV file in an ECB zip (as ``ecb.read_bytes`` wants it)."""
    names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
    if len(names) != 1:
        raise InvalidRatesFile(f"expected one CSV file in the zip, found {names}")
    return names[0]


def current_ecb_file() -> tuple[Path, str]:
    """Return (the newer of the shipped and the user ECB history, 'shipped' or 'user')."""
    shipped = shipped_ecb_file()
    user = user_ecb_file()
    if user is not None:
        user_end, shipped_end = last_date(user), last_date(shipped)
        if user_end and shipped_end and user_end > shipped_end:
            return user, "user"
    return shipped, "shipped"


def download(url: str = ecb.URL, timeout: float = 60) -> bytes:
    """Return the bytes at ``url`` (the ECB history zip)."""
    from http.client import HTTPException
    from urllib.request import Request, urlopen

    request = Request(url, headers={"User-Agent": "aidcalc (rates update)"})
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 - fixed https URL
            return response.read()
    except HTTPException as error:  # e.g. IncompleteRead: the connection broke mid-way
        raise OSError(f"download of {url} failed: {type(error).__name__}: {error}") from error


def update(from_file: Path | None = None, url: str = ecb.URL) -> tuple[Path, ecb.EcbHistory]:
    """Fetch (or read) an ECB history, validate it, and store it atomically as the user copy.

    Returns the written path and the parsed history. Raises ``InvalidRatesFile`` (a
    ``ValueError``) or ``OSError`` and leaves any earlier copy untouched when anything fails.
    """
    raw = Path(from_file).read_bytes() if from_file else download(url)
    is_zip = raw[:4] == b"PK\x03\x04"
    if is_zip:
        import io

        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                csv_bytes = archive.read(_csv_member(archive))
        except (zipfile.BadZipFile, KeyError) as error:
            raise InvalidRatesFile(f"not a readable zip file ({error})") from None
    else:
        csv_bytes = raw
    history = ecb.parse(csv_bytes, Path(from_file) if from_file else None)
    folder = user_data_dir() / "rates"
    folder.mkdir(parents=True, exist_ok=True)
    name = USER_NAMES[0] if is_zip else USER_NAMES[1]
    target = folder / name
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=".update-", delete=False)  # noqa: SIM115
    try:
        with handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    for other in USER_NAMES:
        if other != name:
            (folder / other).unlink(missing_ok=True)
    for forget in AFTER_UPDATE:
        forget()
    return target, history
