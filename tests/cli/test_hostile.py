"""Every command of ``aidcalc`` against every hostile file: no traceback, a status of 0, 1 or 2.

The files are in ``tests/fixtures/hostile`` (``make_fixtures.py`` writes them; its README says
what each tries); the rates histories that lie are made here from the shipped one. Each file is
given to every command that reads a file or stdin, and installed as the user's ECB copy for the
commands that read rates. Nothing may escape as a traceback or as "internal error" (the last
guard in ``main``), and no escape sequence from a file may reach a table or stderr.
"""

from __future__ import annotations

import functools
import io
import json
import sys
from pathlib import Path

import pytest

from aidcalc.cli import main
from aidcalc.rates import core

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
sys.path.insert(0, str(HOSTILE))
from make_fixtures import rates_files as make_rates_files  # noqa: E402

rates_files = functools.lru_cache(maxsize=1)(make_rates_files)

FILES = sorted(p.name for p in HOSTILE.iterdir() if p.suffix != ".py" and p.name != "README.md")
RATES = sorted(rates_files())

ON = ("--to", "USD", "--on", "2024-11-04")
# (name, arguments with FILE for the file's path, whether stdin holds the file)
COMMANDS = [
    ("parse stdin", ["parse", "-"], True),
    ("parse args", ["parse", "ARGS"], False),
    ("convert stdin", ["convert", "-", *ON, "--format", "json"], True),
    ("extract file", ["extract", "FILE"], False),
    ("extract stdin", ["extract", "-", "--format", "json"], True),
    (
        "extract pledges",
        ["extract", "FILE", "--what", "pledges", "--published", "2024-11-04"],
        False,
    ),
    ("summary", ["summary", "FILE"], False),
    (
        "summary json skip",
        ["summary", "FILE", "--format", "json", "--skip-invalid", "--to", "USD"],
        False,
    ),
    ("summary cumulative", ["summary", "FILE", "--cumulative", "--format", "markdown"], False),
    ("rates update", ["rates", "update", "--from-file", "FILE"], False),
]
# commands run with the file installed as the user's copy of the ECB history
WITH_USER_COPY = [
    ("rates info", ["rates", "info"]),
    ("rates show", ["rates", "show", "USD", "--from", "2024-09-02", "--to", "2024-09-03"]),
    ("convert", ["convert", "€5m", *ON]),
]


class BinaryStdin(io.TextIOWrapper):
    def __init__(self, raw: bytes):
        super().__init__(io.BytesIO(raw), encoding="utf-8")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))
    core.default_rates.cache_clear()
    yield tmp_path / "home"
    core.default_rates.cache_clear()


def run(capsys, monkeypatch, argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", BinaryStdin(stdin))
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse on wrong usage
        status = exit.code
    out, err = capsys.readouterr()
    return status, out, err


def survived(status, out: str, err: str, table: bool) -> None:
    assert status in (0, 1, 2), (status, err[-500:])
    assert "Traceback" not in err and "internal error" not in err, err[-2000:]
    assert "\x1b" not in err and "\x07" not in err, err[-500:]
    if table:
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def arguments(raw: bytes) -> list[str]:
    """The lines of a file as command-line arguments (no NUL: a shell cannot pass one)."""
    lines = raw.decode("utf-8", "replace").replace("\x00", "").splitlines()
    return [line for line in lines if line.strip()][:20] or [" "]


# the rates histories are 2 MB of numbers: read as news they only cost time
CASES = [(name, command) for name in FILES for command in COMMANDS] + [
    (name, command)
    for name in RATES
    for command in COMMANDS
    if command[0].startswith(("rates", "summary"))
]


@pytest.mark.parametrize(
    "name, label, argv, from_stdin",
    [(name, *command) for name, command in CASES],
    ids=[f"{command[0]}-{name}" for name, command in CASES],
)
def test_every_command_survives_every_hostile_file(
    capsys, monkeypatch, tmp_path, home, name, label, argv, from_stdin
):
    path = HOSTILE / name
    if name in RATES:
        path = tmp_path / name
        path.write_bytes(rates_files()[name])
    raw = path.read_bytes()
    args = []
    for word in argv:
        args.extend(arguments(raw) if word == "ARGS" else [str(path) if word == "FILE" else word])
    status, out, err = run(capsys, monkeypatch, args, raw if from_stdin else b"")
    survived(status, out, err, table="--format" not in argv)


@pytest.mark.parametrize("name", FILES + RATES)
def test_rate_commands_survive_every_hostile_user_copy(capsys, monkeypatch, tmp_path, home, name):
    raw = (HOSTILE / name).read_bytes() if name in FILES else rates_files()[name]
    folder = home / "rates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("eurofxref-hist.zip" if raw[:2] == b"PK" else "eurofxref-hist.csv")).write_bytes(raw)
    for label, argv in WITH_USER_COPY:
        core.default_rates.cache_clear()
        status, out, err = run(capsys, monkeypatch, argv)
        survived(status, out, err, table=True)
        assert status == 0, (label, err)  # the shipped history still serves
        assert str(home) not in out + err


def test_the_escapes_of_a_pledge_table_do_not_reach_the_terminal(capsys, monkeypatch, home):
    status, out, err = run(capsys, monkeypatch, ["summary", str(HOSTILE / "escapes.csv")])
    survived(status, out, err, table=True)
    assert status == 1 and "pwned" not in err  # the note is not shown; the bad rows are


def test_a_folder_given_as_a_file_is_one_line(capsys, monkeypatch, tmp_path, home):
    folder = tmp_path / "pledges.csv"
    folder.mkdir()
    for argv in (
        ["summary", str(folder)],
        ["extract", str(folder)],
        ["rates", "update", "--from-file", str(folder)],
    ):
        status, out, err = run(capsys, monkeypatch, argv)
        survived(status, out, err, table=True)
        assert status == 1 and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(
    "text, value",
    [
        # 10^26 euros: the parser now refuses stacked scale words ("trillion trillion")
        ("EUR 100000000000000000000000000", "109040000000000000000000000"),
        ("EUR " + "9" * 60, None),
        ("USD " + "9" * 40 + " billion", None),
    ],
)
def test_a_value_too_large_to_print_to_the_cent_is_an_error_row(
    capsys, monkeypatch, home, text, value
):
    status, out, err = run(capsys, monkeypatch, ["convert", text, *ON, "--format", "json"])
    survived(status, out, err, table=False)
    record = json.loads(out)
    assert record["value"] == value
    assert status == (0 if value else 1)
    # refused when read (more digits than a Decimal keeps) or when converted
    assert value or any(
        reason in record["error"] for reason in ("too large to convert", "more digits than")
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "data/pledges/lithuania-ukraine-2024.csv", "--to", "XYZ"],
        ["summary", "data/pledges/lithuania-ukraine-2024.csv", "--plot", "/no/such/folder/t.png"],
        ["summary", "data/pledges/lithuania-ukraine-2024.csv", "--plot", "totals.qqq"],
        ["convert", "€5m", "--to", "XYZ", "--on", "2024-11-04"],
        ["convert", "€5m", "--to", "USD", "--on", "2024-13-45"],
        ["rates", "show", "XYZ"],
        ["rates", "show", "USD", "--from", "yesterday"],
        ["extract", "no-such-file.txt"],
        ["summary", "no-such-file.csv"],
        ["rates", "update", "--from-file", "no-such-file.zip"],
    ],
)
def test_wrong_values_are_one_line(capsys, monkeypatch, home, argv):
    root = Path(__file__).resolve().parents[2]
    argv = [str(root / word) if word.startswith("data/") else word for word in argv]
    status, out, err = run(capsys, monkeypatch, argv)
    survived(status, out, err, table=True)
    assert status in (1, 2) and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "data/pledges/lithuania-ukraine-2024.csv", "-o", "/no/such/folder/out.csv"],
        ["summary", "data/pledges/lithuania-ukraine-2024.csv", "-o", "/no/such/folder/out.xlsx"],
        ["normalize", "data/pledges/lithuania-ukraine-2024.csv", "-o", "/no/such/folder/o.json"],
    ],
)
def test_an_output_file_that_cannot_be_written_is_one_clear_line(capsys, monkeypatch, argv):
    status, out, err = run(capsys, monkeypatch, argv)
    assert status == 1 and "internal error" not in err and "Traceback" not in err
    assert "/no/such/folder" in err and len(err.strip().splitlines()) == 1, err
