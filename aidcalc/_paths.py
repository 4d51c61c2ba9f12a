"""Where aidcalc's files live: the shipped data, the user's data and the cache.

Shipped data sits inside the installed package (``aidcalc/_data``), or beside it in a source
checkout (``data/``). The user's folders come from platformdirs (``~/.local/share/aidcalc`` and
``~/.cache/aidcalc`` on Linux, honouring ``XDG_DATA_HOME`` / ``XDG_CACHE_HOME``);
``AIDCALC_DATA_HOME`` and ``AIDCALC_CACHE_HOME`` override them.

>>> data_file("rates", "eurofxref-hist.zip").name
'eurofxref-hist.zip'
"""

from __future__ import annotations

import os
from pathlib import Path

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
