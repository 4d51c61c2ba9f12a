"""Batches read from stdin: undecodable lines, closed pipes, interrupts, terminal-safe text."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from aidcalc.cli import main
from aidcalc.cli.output import safe_text, write_rows
from aidcalc.cli.streams import decode_line, decode_text

ROOT = Path(__file__).resolve().parents[2]


class BinaryStdin(io.TextIOWrapper):
    """A stdin whose bytes are given (``sys.stdin.buffer`` is what the commands read)."""

    def __init__(self, raw: bytes):
        super().__init__(io.BytesIO(raw), encoding="utf-8")


def run_cli(capsys, monkeypatch, raw: bytes, *argv):
    monkeypatch.setattr(sys, "stdin", BinaryStdin(raw))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# (bytes of one line, the first bad byte, its position from 1): encodings people paste by mistake
BAD_LINES = [
    ("ČR slíbila 5 mil. €".encode("cp1250"), 0xC8, 1),  # Czech in Windows-1250
    ("Österreich: 10 Mio. €".encode("cp1252"), 0xD6, 1),  # German in Windows-1252 (€ = 0x80)
    ("Україна: 100 млн грн".encode("koi8_u"), 0xF5, 1),  # Ukrainian in KOI8-U
    ("€5m".encode("utf-16-le"), 0xAC, 1),  # UTF-16 without its BOM
    (b"10 \xc0\xaf euros", 0xC0, 4),  # an overlong form of "/"
    (b"EUR 5 \xed\xa0\x80 million", 0xED, 7),  # an encoded surrogate
    (b"$5 million \xe2\x82", 0xE2, 12),  # a sequence cut at the end of the line
]


@pytest.mark.parametrize("raw, byte, position", BAD_LINES)
def test_a_line_that_is_not_utf8_is_named_with_its_number_and_byte(raw, byte, position):
    text, problem = decode_line(raw, 4)
    assert problem == (
        f"line 4 is not UTF-8 text (byte {byte:#04x} at position {position}); "
        "nothing was read from it"
    )
    assert "\ufffd" in text  # shown so that a person can find it


@pytest.mark.parametrize(
    "command", [["parse", "-"], ["convert", "-", "--to", "EUR", "--on", "2024-11-04"]]
)
@pytest.mark.parametrize("raw, byte, position", BAD_LINES)
def test_parse_and_convert_read_every_other_line(capsys, monkeypatch, command, raw, byte, position):
    good = ["€5m", "10 Mio. Euro", "понад 683 млн євро"]
    stdin = b"\n".join([good[0].encode(), raw, good[1].encode(), good[2].encode()]) + b"\n"
    status, out, err = run_cli(capsys, monkeypatch, stdin, *command, "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [record["line"] for record in records] == [1, 2, 3, 4]
    assert [record["error"] is None for record in records] == [True, False, True, True]
    assert records[1]["error"].startswith(f"line 2 is not UTF-8 text (byte {byte:#04x}")
    assert records[1].get("value") is None  # nothing guessed from a garbled line
    assert "Traceback" not in err


def test_a_byte_order_mark_and_windows_line_ends_are_not_errors(capsys, monkeypatch):
    stdin = b"\xef\xbb\xbf\xe2\x82\xac5m\r\n10 Mio. Euro\r\n"
    status, out, _ = run_cli(capsys, monkeypatch, stdin, "parse", "-", "--format", "csv")
    assert status == 0
    assert out.splitlines()[1:] == [
        "1,€5m,5000000,EUR,,,EUR 5000000,,",  # no assumptions, no error
        "2,10 Mio. Euro,10000000,EUR,,,EUR 10000000,,",
    ]


def test_extract_keeps_the_amounts_of_the_lines_it_can_read(capsys, monkeypatch):
    stdin = (
        "Latvia pledged €5 million.\n".encode()
        + "Polska przekaże 10 mln zł.\n".encode("cp1250")
        + "Estonia gave €2 million.\n".encode()
    )
    status, out, err = run_cli(capsys, monkeypatch, stdin, "extract", "-", "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r["amount"] for r in records] == ["EUR 5000000", "EUR 2000000"]
    assert "aidcalc extract: stdin: line 2 is not UTF-8 text (byte 0xbf at position 14)" in err


def test_extract_a_file_with_one_bad_line_is_not_lost(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(
        b"Lithuania: \xe2\x82\xac3 million.\n\x93quoted\x94 10 euros\nFrance: \xe2\x82\xac4m.\n"
    )
    status = main(["extract", str(path), "--format", "csv"])
    out, err = capsys.readouterr()
    assert status == 1
    assert [line.split(",")[4] for line in out.splitlines()[1:]] == ["EUR 3000000", "EUR 4000000"]
    assert f"{path}: line 2 is not UTF-8 text (byte 0x93 at position 1)" in err


def test_decode_text_keeps_line_numbers_and_ends():
    text, problems = decode_text(b"a\r\n\xff\r\nb\n\xfe")
    assert text == "a\r\n\r\nb\n"
    assert [p.split(" is ")[0] for p in problems] == ["line 2", "line 4"]


def test_decode_text_drops_a_leading_byte_order_mark_whatever_the_other_lines():
    assert decode_text(b"\xef\xbb\xbfa\nb") == ("a\nb", [])
    text, problems = decode_text(b"\xef\xbb\xbfa\n\xff\nb")
    assert text == "a\n\nb" and len(problems) == 1


# -- processes: a reader that goes away, an interrupt ---------------------------------------


def _feed(process: subprocess.Popen, data: bytes) -> None:
    """Write ``data`` to the process's stdin and close it; a closed pipe ends the writing."""
    with contextlib.suppress(BrokenPipeError, ValueError, OSError):
        process.stdin.write(data)
        process.stdin.close()


def _interruptible() -> None:
    """Give the child the default Ctrl-C: a test run started in the background (``cmd &`` in a
    script) ignores SIGINT, the child would inherit that, and Python keeps an ignored SIGINT
    ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "aidcalc", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_interruptible,  # noqa: PLW1509 - the child runs no threads yet
    )


MIXED = "".join(f"€{i}m\nno amount here\n" for i in range(3000)).encode()


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
@pytest.mark.parametrize("text, status", [(MIXED, 1), (b"\xe2\x82\xac5m\n" * 6000, 0)])
def test_the_status_after_a_closed_pipe_counts_the_failures_seen(fmt, text, status):
    process = start("parse", "-", "--format", fmt)
    # fed from a thread: written whole first, the input and output pipes could both fill up
    feeder = threading.Thread(target=_feed, args=(process, text), daemon=True)
    feeder.start()
    # `| head -N` past the second text (a failure in MIXED): csv has a header line first; a
    # table is written once every text is read
    for _ in range({"table": 1, "csv": 3, "json": 2}[fmt]):
        process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == status
    assert "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize(
    "argv, lines",
    [
        (["parse", "-", "--format", "csv"], 3),
        (["parse", "-", "--format", "json"], 2),
        (["convert", "-", "--to", "USD", "--on", "2024-11-04", "--format", "csv"], 3),
        (["extract", "-"], 0),  # extract reads the whole text first: nothing made yet
    ],
)
def test_an_interrupt_is_one_line_exit_130_and_keeps_the_rows_written(argv, lines):
    process = start(*argv)
    process.stdin.write("€5m\n10 Mio. Euro\n".encode())
    process.stdin.flush()
    seen = [process.stdout.readline() for _ in range(lines)]  # rows out before the interrupt
    if not lines:
        import time

        time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().strip().splitlines()[-1].startswith("aidcalc: interrupted")
    assert len(err.decode().strip().splitlines()) == 1
    assert all(line.endswith(b"\n") for line in seen)
    assert b"5000000" in b"".join(seen) or not lines


def test_an_interrupt_in_a_table_writes_the_rows_made_so_far(capsys, monkeypatch):
    def interrupted():
        yield from ["€5m", "10 Mio. Euro"]
        raise KeyboardInterrupt

    class Stdin:
        def __iter__(self):
            return (line + "\n" for line in interrupted())

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["parse", "-"]) == 130
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["line", "1", "2"]
    assert err == "aidcalc: interrupted after 2 row(s)\n"


# -- terminal-safe text -------------------------------------------------------------------

SAFE = [
    ("€5m\x1b]0;you have been pwned\x07 for Kyiv", "€5m for Kyiv"),  # retitle (OSC, BEL)
    ("\x1b]2;title\x1b\\€5m", "€5m"),  # retitle (OSC, ST)
    ("\x1b[31;1m10 Mio. Euro\x1b[0m", "10 Mio. Euro"),  # recolour (CSI SGR)
    ("x\x1b[2J\x1b[H€5m", "x€5m"),  # clear the screen, cursor home
    ("€5m\x1b[", "€5m"),  # a CSI cut short
    ("\x1bP+q544e\x1b\\€5m", "€5m"),  # DCS query
    ("\x1b(B€5m\x1bc", "€5m"),  # charset switch, full reset
    ("\x9b31m€5m", "€5m"),  # 8-bit CSI
    ("bell\x07 back\x08space\x7f", "bell backspace"),
    ("понад 683\u202e млн\u2066 євро\u2069", "понад 683 млн євро"),  # bidi overrides
    ("two\nlines\r\nand\ttab", "two lines and tab"),
    ("€\u00a05 Mio.\u202f€ 漢字 ąčę", "€\u00a05 Mio.\u202f€ 漢字 ąčę"),  # printable text stays
]


@pytest.mark.parametrize("text, shown", SAFE)
def test_safe_text_takes_out_what_a_terminal_would_act_on(text, shown):
    assert safe_text(text) == shown


@pytest.mark.parametrize("text, shown", SAFE)
def test_tables_show_safe_text_and_files_keep_the_input(text, shown):
    table, data = io.StringIO(), io.StringIO()
    write_rows([{"text": text}], ["text"], "table", stream=table)
    write_rows([{"text": text}], ["text"], "json", stream=data)
    assert table.getvalue().splitlines()[1] == shown.rstrip()
    assert json.loads(data.getvalue())["text"] == text


def test_parse_on_a_terminal_cannot_be_retitled(capsys, monkeypatch):
    hostile = "Germany: €5m\x1b]0;owned\x07 \x1b[8mhidden\x1b[0m"
    for fmt in ("table", "csv", "json"):
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
        assert main(["parse", hostile, "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out
        assert "owned" not in out or fmt == "json"
