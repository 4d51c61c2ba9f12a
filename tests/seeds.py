"""The two seed articles, read from the copies in ``tests/fixtures/seeds``."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
FILES = {"kyiv": "kyiv-independent-2024-11-04.txt", "elta": "elta-2024-11-05.txt"}
PUBLISHED = {"kyiv": "2024-11-04", "elta": "2024-11-05"}


def read_seeds() -> dict[str, str]:
    """Return seed name -> text."""
    return {name: (SEEDS / file).read_text(encoding="utf-8") for name, file in FILES.items()}
