"""Issue 14, packaging: every shipped data folder states its terms, and docs/data.md lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = sorted(p.name for p in (ROOT / "data").iterdir() if p.is_dir())


def test_the_folders_are_found():
    assert {"rates", "worldbank", "kiel", "geo", "pledges", "cldr"} <= set(FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_folder_states_its_terms(folder):
    text = (ROOT / "data" / folder / "README.md").read_text(encoding="utf-8")
    assert "## Terms" in text or "# Terms" in text or "**Licence:**" in text


@pytest.mark.parametrize("folder", FOLDERS)
def test_docs_list_each_folder_in_the_terms_table(folder):
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    table = text.split("## Terms at a glance", 1)[1].split("\n## ", 1)[0]
    assert f"| `data/{folder}/` |" in table


def test_kiel_says_redistribution_is_not_established():
    readme = (ROOT / "data" / "kiel" / "README.md").read_text(encoding="utf-8")
    assert "No licence states the terms of reuse" in readme and "fetch" in readme
