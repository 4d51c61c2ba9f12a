"""Where the shipped data lives: inside the installed package, or beside it in a source checkout."""

from __future__ import annotations

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
