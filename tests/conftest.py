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
