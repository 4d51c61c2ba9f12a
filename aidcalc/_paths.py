"""Where aidcalc's files live: the shipped data, the user's data and the cache.

Shipped data sits inside the installed package (``aidcalc/_data``), or beside it in a source
checkout (``data/``). The user's folders come from platformdirs (``~/.local/share/aidcalc`` and
``~/.cache/aidcalc`` on Linux, honouring ``XDG_DATA_HOME`` / ``XDG_CACHE_HOME``);
``AIDCALC_DATA_HOME`` and ``AIDCALC_CACHE_HOME`` override them.

Tables built from CLDR (the lexicon, the country-name index) come from ``built``: the file
shipped in ``data/cldr`` when the running libraries match its key, else the user's cache, else
they are built and cached.

Files in the user's folders are written by ``write_atomically``: a temporary file with an
unpredictable name, created exclusively (``O_EXCL``: a planted file or symlink of that name is
never opened), then renamed over the target (a symlink planted at the target is replaced, not
followed). A folder that is a symlink, or that another user owns, is not written to. A cached
build is loaded (``marshal``) only when the SHA-256 written beside it matches its bytes and
nobody but the user can write it. ``display_path`` shows a path without the user's machine in it.

>>> data_file("rates", "eurofxref-hist.zip").name
'eurofxref-hist.zip'
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Return the folder holding the shipped data (rates/, worldbank/, kiel/, pledges/)."""
    installed = _PACKAGE / "_data"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "data"


def data_file(*parts: str) -> Path:
    """Return the path of a shipped data file, e.g. ``data_file("rates", "eurofxref-hist.zip")``."""
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"shipped data file missing: {path} (is the package installed?)")
    return path


def user_data_dir() -> Path:
    """Return the user's aidcalc data folder (``AIDCALC_DATA_HOME`` overrides; may not exist)."""
    override = os.environ.get("AIDCALC_DATA_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("aidcalc", appauthor=False)


def user_cache_dir() -> Path:
    """Return the user's aidcalc cache folder (``AIDCALC_CACHE_HOME`` overrides; may not exist)."""
    override = os.environ.get("AIDCALC_CACHE_HOME")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("aidcalc", appauthor=False)


# marshal format 2 writes no back-references (whose use depends on reference counts): with sets
# stored as sorted tuples and dicts keyed in sorted order, a build gives the same bytes each time
MARSHAL_VERSION = 2
BUILT_FOLDER = "cldr"  # data/cldr: the shipped builds, named <name>-<key>.marshal


def shipped_build(name: str, key: str) -> Path:
    """Return where the shipped build of ``name`` for the libraries ``key`` is (may not exist)."""
    return data_dir() / BUILT_FOLDER / f"{name}-{key}.marshal"


def cached_build(name: str, key: str, recipe: str) -> Path:
    """Return where the user's cache keeps ``name`` built for ``key`` by ``recipe``."""
    return user_cache_dir() / f"{name}-{key}-{recipe}.marshal"


def distribution_version(name: str) -> str:
    """Return the installed version of a distribution, or ``"none"`` (fast: no metadata import).

    >>> distribution_version("babel") == __import__("babel").__version__
    True
    """
    prefix = f"{name.casefold()}-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for found in names:
            if found.casefold().startswith(prefix) and found.endswith(".dist-info"):
                return found[len(prefix) : -len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def display_path(path: str | os.PathLike) -> str:
    """Return ``path`` as messages and ``rates info`` show it: inside the user's data or cache
    folder or the shipped data relative to it (``<user data>/rates/…``, ``<user cache>/…``,
    ``<shipped data>/…``), else under the home folder with ``~``, else as given. Logs that
    people share then do not carry their user name or their machine's layout.

    >>> display_path(user_data_dir() / "rates" / "eurofxref-hist.zip")
    '<user data>/rates/eurofxref-hist.zip'
    >>> display_path(Path.home() / "Downloads" / "eurofxref-hist.zip")
    '~/Downloads/eurofxref-hist.zip'
    >>> display_path("eurofxref-hist.zip")
    'eurofxref-hist.zip'
    """
    given = Path(path)
    if not given.is_absolute():
        return given.as_posix()
    places = [
        ("<user data>", user_data_dir),
        ("<user cache>", user_cache_dir),
        ("<shipped data>", data_dir),
        ("~", Path.home),
    ]
    for label, folder in places:
        try:
            inside = given.relative_to(folder())
        except (ValueError, RuntimeError, KeyError):  # not inside, or no home folder known
            continue
        return label if inside == Path() else f"{label}/{inside.as_posix()}"
    return str(given)


def check_folder(folder: Path) -> None:
    """Create ``folder`` (private to the user) if need be; raise ``OSError`` when it is a
    symlink or, on POSIX, owned by another user (a folder someone planted to catch our files).
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    status = os.lstat(folder)
    import stat

    if stat.S_ISLNK(status.st_mode):
        raise OSError(f"{display_path(folder)} is a symbolic link: not writing into it")
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        raise OSError(f"{display_path(folder)} belongs to another user: not writing into it")


def write_atomically(
    path: Path, data: bytes, *, prefix: str | None = None, durable: bool = False
) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    A reader sees the old file or the new one, never a part; other files are left alone. The
    temporary file has a random name starting with ``prefix`` (default ``.<name>.``) and is
    created exclusively (``mkstemp``); the folder is checked first (``check_folder``). With
    ``durable`` the data reach the disk before the rename (``fsync``: a user's data, not a
    cache). Raises ``OSError`` when it cannot be written.
    """
    check_folder(path.parent)
    handle, temporary = tempfile.mkstemp(
        prefix=prefix or f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a cache others may read is not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def digest_file(path: Path) -> Path:
    """Return where the SHA-256 of a cached build is kept: beside it, ``<name>.sha256``."""
    return path.with_name(path.name + ".sha256")


def write_checked(path: Path, data: bytes) -> None:
    """Write ``data`` and, beside it, its SHA-256 (both atomically), for ``read_checked``."""
    import hashlib

    write_atomically(path, data)
    write_atomically(digest_file(path), hashlib.sha256(data).hexdigest().encode("ascii"))


def read_checked(path: Path) -> bytes:
    """Return the bytes of a file ``write_checked`` wrote; raise ``ValueError`` when its
    SHA-256 is absent or differs, or when someone else than the user owns it or may write it
    (``OSError`` when it cannot be read)."""
    import hashlib
    import stat

    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if hasattr(os, "getuid") and (
            status.st_uid != os.getuid() or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        ):
            raise ValueError(f"{display_path(path)}: not the user's own file, not loaded")
        data = handle.read()
    expected = digest_file(path).read_bytes().strip()
    if hashlib.sha256(data).hexdigest().encode("ascii") != expected:
        raise ValueError(f"{display_path(path)}: its SHA-256 does not match, not loaded")
    return data


def built(
    name: str,
    key: str,
    recipe: Callable[[], str],
    build: Callable[[], bytes],
    load: Callable[[bytes], T],
) -> T:
    """Return ``load`` of the shipped build, else of the user's cached build, else of ``build()``.

    ``key`` names the libraries the build reads (``babel2.19.0``): the shipped file is used when
    they match it. The user's cache adds ``recipe()`` (the aidcalc version and a stamp of the
    code), so a changed recipe never reads an old build; a cached build is loaded only when the
    hash beside it matches (``read_checked``). A fresh build is cached atomically with its hash;
    no other file is removed (another process may be reading it), and a read-only cache still
    works.
    """
    candidates = [
        lambda: shipped_build(name, key).read_bytes(),
        lambda: read_checked(cached_build(name, key, recipe())),
    ]
    for read in candidates:
        try:
            return load(read())
        except (OSError, ValueError, EOFError, TypeError):
            continue  # absent, unreadable, unchecked or from an incompatible writer
    data = build()
    with contextlib.suppress(OSError):  # a read-only home still works, only slower at start
        write_checked(cached_build(name, key, recipe()), data)
    return load(data)


def source_stamp(paths) -> str:
    """Return a CRC-32 stamp of the files' bytes (hex), for keys of builds made by that code."""
    import zlib

    stamp = 0
    for path in paths:
        stamp = zlib.crc32(Path(path).read_bytes(), stamp)
    return format(stamp, "08x")
