"""The ``aidcalc`` process ends without a last collection of its objects (issue 11, "Speed").

``main`` registers ``gc.freeze`` as an exit handler when it reads the process's own command
line, and only then: a caller that passes its arguments keeps its interpreter's exit as it was.
Either way, the output and exit status are the same.
"""

from __future__ import annotations

import atexit
import gc
import subprocess
import sys

import pytest

from aidcalc.cli import main


@pytest.fixture
def registered(monkeypatch):
    """The exit handlers registered (unregistering one takes it out), none for real."""
    handlers: list = []
    monkeypatch.setattr(atexit, "register", handlers.append)
    monkeypatch.setattr(
        atexit, "unregister", lambda function: handlers.__setitem__(
            slice(None), [h for h in handlers if h != function]
        ),
    )  # fmt: skip
    return handlers


def test_a_caller_with_arguments_keeps_its_exit(registered, capsys):
    assert main(["parse", "€5 million"]) == 0
    assert gc.freeze not in registered
    assert "EUR" in capsys.readouterr().out


def test_the_programs_own_command_line_freezes_at_exit(registered, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["aidcalc", "parse", "€5 million"])
    assert main() == 0
    assert main() == 0
    assert registered.count(gc.freeze) == 1  # once, however often main runs
    assert capsys.readouterr().out.count("EUR 5000000") == 2


SUMMARY_TABLE = "donor,date,amount\nLTU,2024-05,€5 million\nLTU,2024-05,€5 million\nPOL,2024,x\n"


@pytest.mark.parametrize(
    "arguments",
    [
        ["parse", "€5 million", "about $3bn"],
        ["parse", "no amount here"],
        ["summary", "-", "--to", "EUR", "--format", "csv"],
        ["summary", "-", "--to", "EUR", "--format", "csv", "--skip-invalid"],
    ],
)
def test_the_process_writes_and_exits_as_main_returns(arguments, capsys):
    process = subprocess.run(
        [sys.executable, "-m", "aidcalc", *arguments],
        input=SUMMARY_TABLE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    status = main(arguments) if "-" not in arguments else None
    if status is not None:
        out, err = capsys.readouterr()
        assert (process.returncode, process.stdout, process.stderr) == (status, out, err)
    else:  # stdin: the same table, read in this process
        monkeypatched = subprocess.run(
            [sys.executable, "-c", "import sys; from aidcalc.cli import main; "
             "sys.exit(main(sys.argv[1:]))", *arguments],
            input=SUMMARY_TABLE, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert (process.returncode, process.stdout, process.stderr) == (
            monkeypatched.returncode,
            monkeypatched.stdout,
            monkeypatched.stderr,
        )
        assert process.stdout or process.stderr
