"""Every example printed by ``aidcalc <command> --help`` runs and exits 0 (issue 14, item 10).

The examples are read from each command's ``EXAMPLES`` text, not copied here, so an example
added later is run too. They run in a shell in a temporary folder that holds small files under
the names the examples use (article.txt, tracker.csv, …); ``aidcalc`` there is this checkout's
``python -m aidcalc``. Examples that download (``rates update`` without ``--from-file``) are
listed in ``DOWNLOADS`` and not run: tests never touch the network. Examples that need an
optional extra run when the extra is installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aidcalc.cli import convert, extract, normalize, parse, rates, summary

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = {
    "convert": convert,
    "extract": extract,
    "normalize": normalize,
    "parse": parse,
    "rates": rates,
    "summary": summary,
}
DOWNLOADS = {
    "aidcalc rates update",
    "aidcalc rates update --source nbu",
    "aidcalc rates update --source all",
    "aidcalc rates update --source worldbank",
}
# examples that show a refusal: (exit status, words the output must hold)
REFUSALS = {"aidcalc parse '$1.500 billion' --strict": (1, "rests on defaults")}
NEEDS = {"--plot": "matplotlib", ".xlsx": "openpyxl"}
ARTICLE = (
    "Lithuania will provide 10 million euros for Palianytsia missile-drones, the minister "
    "said on 4 November 2024. Latvia will give 5 million euros (about $5.5 million) for "
    "demining, its minister said on 4 November 2024.\n"
)
ARTIKEL = "Deutschland sagt der Ukraine weitere 2,8 Mrd. Euro zu, teilte Berlin am Montag mit.\n"


def examples() -> list[tuple[str, str]]:
    """Return (command, example line) for every example line of every command."""
    found = []
    for name, module in COMMANDS.items():
        for line in module.EXAMPLES.splitlines():
            line = line.strip()
            if line.startswith(("aidcalc ", "printf ", "cat ")):
                found.append((name, line.split("  #")[0].strip()))
    return found


def test_every_command_has_examples():
    counts = {name: sum(1 for command, _ in examples() if command == name) for name in COMMANDS}
    assert all(count >= 1 for count in counts.values()), counts
    assert {line for _, line in examples()} >= DOWNLOADS


def _folder(tmp_path: Path) -> Path:
    """Fill ``tmp_path`` with the files the examples name; return it."""
    import pandas as pd

    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "lt.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "de.txt").write_text(ARTIKEL, encoding="utf-8")
    (tmp_path / "archive" / "2024").mkdir(parents=True)
    (tmp_path / "archive" / "2024" / "lt.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"id": "lt-1", "published": "2024-11-04", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "data" / "pledges").mkdir(parents=True)
    shutil.copy(ROOT / "data/pledges/lithuania-ukraine-2024.csv", tmp_path / "data/pledges")
    rows = pd.read_csv(ROOT / "data/pledges/lithuania-ukraine-2024.csv")
    rows["measure"] = "pledge"
    rows["basis"] = "new"
    rows.to_csv(tmp_path / "pledges.csv", index=False)
    tracker = pd.DataFrame(
        {
            "donor": ["Litauen", "Polen"],
            "date": ["04.11.2024", "02.09.2024"],
            "amount": ["10 Mio. Euro", "1,5 Mrd. Złoty"],
        }
    )
    tracker.to_csv(tmp_path / "tracker.csv", index=False)
    if importlib.util.find_spec("openpyxl"):
        rows.to_excel(tmp_path / "pledges.xlsx", index=False)
        with pd.ExcelWriter(tmp_path / "tracker.xlsx") as writer:
            pd.DataFrame({"read me": ["see the next sheet"]}).to_excel(
                writer, sheet_name="Notes", index=False
            )
            rows.to_excel(writer, sheet_name="Pledges", index=False)
    (tmp_path / "my-rates.csv").write_text(
        "date,base,quote,rate,source\n2024-09-02,EUR,KPW,1000,my table\n", encoding="utf-8"
    )
    shutil.copy(ROOT / "data/rates/eurofxref-hist.zip", tmp_path)
    flows = json.loads((ROOT / "tests/fixtures/fts/flows.json").read_text(encoding="utf-8"))
    flows["data"]["flows"] = flows["data"]["flows"][:3]  # the readable ones
    (tmp_path / "flows.json").write_text(json.dumps(flows), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("command", "line"), examples())
def test_help_example_runs(command, line, tmp_path):
    if line in DOWNLOADS:
        pytest.skip("downloads: tests never touch the network")
    for mark, module in NEEDS.items():
        if mark in line and importlib.util.find_spec(module) is None:
            pytest.skip(f"needs {module} (an optional extra)")
    folder = _folder(tmp_path)
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "AIDCALC_DATA_HOME": str(tmp_path / "home"),
    }
    script = f'aidcalc() {{ {shlex.quote(sys.executable)} -m aidcalc "$@"; }}\nset -o pipefail\n'
    done = subprocess.run(
        ["bash", "-c", script + line],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    status, words = REFUSALS.get(line, (0, ""))
    assert words in done.stdout + done.stderr
    assert done.returncode == status, (
        f"{line}\nstdout:\n{done.stdout[-2000:]}\nstderr:\n{done.stderr[-2000:]}"
    )
