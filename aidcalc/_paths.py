"""Where aidcalc's files live: the shipped data, the user's data and the cache.

Shipped data sits inside the installed package (``aidcalc/_data``), or beside it in a source
checkout (``data/``). The user's folders come from platformdirs (``~/.local/share/aidcalc`` and
``~/.cache/aidcalc`` on Linux, honouring ``XDG_DATA_HOME`` / ``XDG_CACHE_HOME``);
``AIDCALC_DATA_HOME`` and ``AIDCALC_CACHE_HOME`` override them.

Tables built from CLDR (the lexicon, the country-name index) come from ``built``: the file
shipped in ``data/cldr`` when the running libraries match its key, else the user's cache, else
they are built and cached.

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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    A reader sees the old file or the new one, never a part; other files are left alone.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a cache others may read is not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
    code), so a changed recipe never reads an old build. A fresh build is cached atomically; no
    other file is removed (another process may be reading it), and a read-only cache still works.
    """
    candidates = [lambda: shipped_build(name, key), lambda: cached_build(name, key, recipe())]
    for where in candidates:
        try:
            return load(where().read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            continue  # absent, unreadable or from an incompatible writer
    data = build()
    with contextlib.suppress(OSError):  # a read-only home still works, only slower at start
        write_atomically(cached_build(name, key, recipe()), data)
    return load(data)


def source_stamp(paths) -> str:
    """Return a CRC-32 stamp of the files' bytes (hex), for keys of builds made by that code."""
    import zlib

    stamp = 0
    for path in paths:
        stamp = zlib.crc32(Path(path).read_bytes(), stamp)
    return format(stamp, "08x")
