"""docs/cli.md, "Messy tables": every command shown there is run here on the table shown there,
and its output (stderr, then stdout) and exit status must be the ones the page shows (issue 11,
"Done when": one real messy table going through, with its bad-row report and audit output)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from aidcalc.cli import main
from aidcalc.rates import core

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "cli.md"
FIXTURE = ROOT / "tests" / "fixtures" / "tables" / "tracker.csv"


def section() -> str:
    """Return the "Messy tables" section of docs/cli.md, up to the workbooks section."""
    text = PAGE.read_text(encoding="utf-8")
    start = text.index("## Messy tables")
    return text[start : text.index("## Workbooks", start)]


def console_steps() -> list[tuple[str, str, str | None]]:
    """Return (command, expected output, exit status) of every ``$`` line of the section's
    console blocks, in page order; the status is the "Exit status N" after the block."""
    steps = []
    text = section()
    for block in re.finditer(r"```console\n(.*?)```\n(Exit status (\d))?", text, re.S):
        commands = re.split(r"^\$ ", block.group(1), flags=re.M)[1:]
        for k, chunk in enumerate(commands):
            command, _, output = chunk.partition("\n")
            last = k == len(commands) - 1
            steps.append((command, output, block.group(3) if last else None))
    return steps


STEPS = console_steps()


@pytest.fixture(autouse=True)
def shipped_rates(tmp_path, monkeypatch):
    """The shipped rates only (the page shows runs on them), in a folder of the test's own."""
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    core.default_rates.cache_clear()
    yield
    core.default_rates.cache_clear()


def test_the_page_shows_the_fixture_and_every_kind_of_step():
    commands = [command for command, _, _ in STEPS]
    assert commands[0] == "cat tracker.csv"
    assert STEPS[0][1] == FIXTURE.read_text(encoding="utf-8")
    assert any(c.startswith("aidcalc summary") and "--rows" not in c for c in commands)
    assert any(c.startswith("aidcalc normalize") for c in commands)
    assert any("--rows" in c for c in commands)
    assert any("-o totals.docx" in c for c in commands)


@pytest.mark.parametrize("number", range(1, len(STEPS)), ids=[c for c, _, _ in STEPS[1:]])
def test_each_command_gives_the_output_shown(capsys, tmp_path, number):
    Path("tracker.csv").write_text(STEPS[0][1], encoding="utf-8")
    command, expected, status = STEPS[number]
    words = shlex.split(command)
    quiet = "2>/dev/null" in words
    words = [word for word in words if word != "2>/dev/null"]
    assert words[0] == "aidcalc"
    code = main(words[1:])
    out, err = capsys.readouterr()
    shown = out if quiet else err + out
    assert shown == expected
    if status is not None:
        assert code == int(status)


def test_the_bad_row_report_names_row_column_and_fix():
    _, output, _ = STEPS[1]
    assert "row 11, amount: '1.500' reads as 1500 or 1.5" in output
    assert "give lang= (--lang) or a lang column, or write it without grouping" in output
    assert "row 12: a quote opens a cell" in output
    assert "row 13, amount: 2 amounts in one cell" in output
    assert "rows 4, 5 are identical: counted once" in output
