"""Fixtures shared by the CLI tests."""

from __future__ import annotations

import pytest

from aidcalc.rates import core


@pytest.fixture
def shipped_rates_only(tmp_path, monkeypatch):
    """An empty user data folder, so the shipped rates are the ones in use (the cache of the
    default rates is cleared before and after)."""
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    core.default_rates.cache_clear()
    yield
    core.default_rates.cache_clear()
