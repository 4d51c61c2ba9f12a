"""Shared test fixtures: where ../shared is (absent in a user's checkout)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder beside the project; skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds, corpora) is not beside this checkout")
    return SHARED


@pytest.fixture
def shipped_rates_only(tmp_path, monkeypatch):
    """An empty user data folder, so the shipped rates are the ones in use (the cache of the
    default rates is cleared before and after); the CLI tests use it."""
    from aidcalc.rates import core

    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    core.default_rates.cache_clear()
    yield
    core.default_rates.cache_clear()


# CI replays the same examples every run (derandomized, no example database): a red CI then
# always means a change broke something, never a new random draw. Local runs keep exploring
# with fresh examples and the database, and what they find becomes a table case.
import os  # noqa: E402

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
