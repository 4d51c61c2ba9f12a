"""Where the rates come from: the shipped files, or a newer ECB history the user downloaded.

The user copy lives in ``$AIDCALC_DATA_HOME/rates`` (default ``$XDG_DATA_HOME/aidcalc`` or
``~/.local/share/aidcalc``). ``update`` checks a new history (``ecb.parse``, and at least the
currencies of the shipped one) before it replaces the old; it writes through a temporary file
and ``os.replace`` while holding ``.update.lock`` in that folder, so that two updates at once
never lose the user copy; the shipped data is never modified.

Which history is used (``current_ecb_file``): of the user's files (a crash may leave both a
``.zip`` and a ``.csv``), the one whose last date is newest; it is used when it is newer than
the shipped history and reads as a complete history, else the shipped one is, with a
``RatesFileWarning`` saying why.
"""

from __future__ import annotations

import contextlib
import os
import time
import warnings
import zipfile
from datetime import date
from pathlib import Path

from .._paths import display_path, user_data_dir, write_atomically
from ..errors import InvalidRatesFile, RatesFileWarning
from . import ecb

USER_NAMES = ("eurofxref-hist.zip", "eurofxref-hist.csv")
LOCK_NAME = ".update.lock"
TEMP_PREFIX = ".update-"
# a download that has not finished in this time is abandoned (each read also has a timeout)
DOWNLOAD_DEADLINE = 300.0
MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024

# what to call once an update has replaced the user's file (``core`` forgets its loaded rates)
AFTER_UPDATE: list = []


def user_ecb_file() -> Path | None:
    """Return the user's copy of the ECB history, if there is one (the newer by its last date
    when a crash left both a zip and a CSV)."""
    folder = user_data_dir() / "rates"
    found = [folder / name for name in USER_NAMES if (folder / name).is_file()]
    if len(found) > 1:
        found.sort(key=lambda path: (last_date(path) or date.min, _mtime(path)), reverse=True)
    return found[0] if found else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def shipped_ecb_file() -> Path:
    """Return the ECB history shipped with the package."""
    from .._paths import data_file

    return data_file("rates", "eurofxref-hist.zip")


def last_date(path: Path) -> date | None:
    """Return the newest date in an ECB history file, None when it cannot be read.

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
    except (OSError, ValueError, zipfile.BadZipFile, IndexError, EOFError):
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
    """Return (the newer of the shipped and the user ECB history, 'shipped' or 'user').

    A user copy that looks newer but does not read as a complete history is set aside with a
    ``RatesFileWarning`` naming it and the reason; ``aidcalc rates update`` replaces it.
    """
    shipped = shipped_ecb_file()
    user = user_ecb_file()
    if user is not None:
        user_end, shipped_end = last_date(user), last_date(shipped)
        problem = "its dates cannot be read" if user_end is None else None
        if user_end and shipped_end and user_end > shipped_end:
            problem = _unreadable(user)
            if problem is None:
                return user, "user"
        if problem:
            warnings.warn(
                f"the updated ECB history {display_path(user)} is not usable ({problem}); "
                f"using the shipped history to {shipped_end} "
                "(`aidcalc rates update` replaces it)",
                RatesFileWarning,
                stacklevel=2,
            )
    return shipped, "shipped"


def _unreadable(path: Path) -> str | None:
    """Return why ``path`` is not a complete ECB history, or None when it is (a valid file is
    read once per content: the arrays are cached by its hash)."""
    from .cache import read_ecb

    try:
        read_ecb(path)
    except (OSError, ValueError) as error:
        return str(error).replace(str(path), display_path(path))
    return None


def download(url: str = ecb.URL, timeout: float = 60, deadline: float = DOWNLOAD_DEADLINE) -> bytes:
    """Return the bytes at ``url`` (the ECB history zip).

    ``timeout`` bounds each wait for the server (seconds), ``deadline`` the whole download, and
    ``MAX_DOWNLOAD_BYTES`` its size; ``OSError`` when one is passed or the connection breaks.
    """
    from http.client import HTTPException
    from urllib.request import Request, urlopen

    request = Request(url, headers={"User-Agent": "aidcalc (rates update)"})
    until = time.monotonic() + deadline
    try:
        with urlopen(request, timeout=min(timeout, deadline)) as response:  # noqa: S310 - fixed https URL
            read_some = getattr(response, "read1", None)
            if read_some is None:  # a response without read1: one read, bounded by timeout
                return response.read()
            parts, size = [], 0
            while chunk := read_some(64 * 1024):
                parts.append(chunk)
                size += len(chunk)
                if size > MAX_DOWNLOAD_BYTES:
                    raise OSError(
                        f"download of {url} stopped: more than {MAX_DOWNLOAD_BYTES} bytes"
                    )
                if time.monotonic() > until:
                    raise OSError(f"download of {url} stopped: not finished in {deadline:g} s")
            return b"".join(parts)
    except HTTPException as error:  # e.g. IncompleteRead: the connection broke mid-way
        raise OSError(f"download of {url} failed: {type(error).__name__}: {error}") from error


def update(from_file: Path | None = None, url: str = ecb.URL) -> tuple[Path, ecb.EcbHistory]:
    """Fetch (or read) an ECB history, validate it, and store it atomically as the user copy.

    Returns the written path and the parsed history. Raises ``InvalidRatesFile`` (a
    ``ValueError``) or ``OSError`` and leaves any earlier copy untouched when anything fails.
    Day-on-day moves too large to be a market's (``ecb.jumps``) are not refused; ``jumps``
    lists them for the caller to report.
    """
    raw = Path(from_file).read_bytes() if from_file else download(url)
    where = display_path(Path(from_file)) if from_file else "the downloaded file"
    is_zip = raw[:4] == b"PK\x03\x04"
    csv_bytes = ecb.zip_member(raw, where) if is_zip else raw
    history = ecb.parse(csv_bytes, Path(from_file) if from_file else None)
    shipped = _shipped_currencies()
    missing = [code for code in shipped if code not in history.currencies]
    if missing:
        raise InvalidRatesFile(f"{where}: lacks currencies the shipped history has: {missing}")
    folder = user_data_dir() / "rates"
    folder.mkdir(parents=True, exist_ok=True)
    name = USER_NAMES[0] if is_zip else USER_NAMES[1]
    target = folder / name
    with locked(folder):
        clean_stale(folder)
        write_atomically(target, raw, prefix=TEMP_PREFIX, durable=True)
        for other in USER_NAMES:
            if other != name:
                (folder / other).unlink(missing_ok=True)
    for forget in AFTER_UPDATE:
        forget()
    return target, history


def jumps(history: ecb.EcbHistory) -> list[str]:
    """Return the day-on-day moves of ``history`` too large to be a market's (``ecb.jumps``)."""
    return ecb.jumps(history)


def _shipped_currencies() -> tuple[str, ...]:
    """Return the currency columns of the shipped history (its header line only)."""
    with (
        zipfile.ZipFile(shipped_ecb_file()) as archive,
        archive.open(_csv_member(archive)) as member,
    ):
        header = member.readline(64 * 1024)
    return tuple(c.strip() for c in header.decode("ascii").strip().rstrip(",").split(",")[1:])


@contextlib.contextmanager
def locked(folder: Path):
    """Hold the update lock of ``folder`` (``.update.lock``, created if need be) while inside.

    One update at a time replaces and removes the user's files; another waits for it. The lock
    is the operating system's (``flock``, ``msvcrt.locking``): a crashed holder releases it.
    """
    path = folder / LOCK_NAME
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)
        else:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield path
    finally:
        os.close(descriptor)  # closing releases the lock


def clean_stale(folder: Path) -> list[Path]:
    """Remove the temporary files an interrupted update left in ``folder``; return them.

    Called with the lock held, so no other update is writing one.
    """
    removed = []
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
