"""``aidcalc extract -`` writes each article's rows as it reads it (issue 15, item 4 / issue 13):
a subprocess is given one article, its rows are read back, and only then the next is written.
Rows therefore reach a reader while standard input is still open, and Ctrl-C keeps them."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT = 120  # seconds for one article's rows on a loaded machine; a hang fails, never blocks

ARTICLES = [
    {"id": "a1", "published": "2024-11-04", "text": "Lithuania pledged €10 million to Ukraine."},
    {"id": "a2", "published": "2024-11-05", "text": "Estonia will give €3 million in aid."},
    {"id": "a3", "published": "2024-11-06", "text": "Латвія виділила 5 млн євро."},
    {"id": "a4", "published": "2024-11-07", "text": "Polen sagte 20 Mio. Euro zu."},
]


def start(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "aidcalc", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def lines_of(process: subprocess.Popen) -> queue.Queue:
    """Return a queue that receives each stdout line of ``process`` as it comes (None at end)."""
    found: queue.Queue = queue.Queue()

    def pump():
        for line in process.stdout:
            found.put(line.decode())
        found.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return found


@pytest.mark.parametrize(
    ("what", "fmt", "how"),
    [
        ("amounts", "csv", []),
        ("amounts", "json", []),
        ("pledges", "json", []),
        ("pledges", "csv", ["--input", "jsonl"]),
    ],
)
def test_each_articles_rows_come_before_the_next_article_is_written(what, fmt, how):
    process = start("extract", "-", *how, "--what", what, "--format", fmt)
    out = lines_of(process)
    try:
        for number, article in enumerate(ARTICLES):
            process.stdin.write((json.dumps(article, ensure_ascii=False) + "\n").encode())
            process.stdin.flush()
            if fmt == "csv" and number == 0:  # the header, once the first line tells the input
                assert out.get(timeout=WAIT).startswith("file,id,published,")
            line = out.get(timeout=WAIT)  # stdin is still open: this row was streamed
            assert line is not None
            if fmt == "json":
                row = json.loads(line)
                assert row["id"] == article["id"] and row["published"] == article["published"]
            else:
                assert f",{article['id']},{article['published']}," in line
        process.stdin.close()
        assert out.get(timeout=WAIT) is None
        assert process.wait(timeout=WAIT) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def run(capsys, monkeypatch, raw: bytes, *argv: str):
    import io

    from aidcalc.cli import main

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status = main(["extract", "-", "--format", "json", *argv])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


@pytest.mark.parametrize(
    ("raw", "texts", "ids"),
    [
        # JSON lines of articles, found from the first line that is not blank
        (
            b'{"id": 1, "text": "\xe2\x82\xac5m"}\n{"id": 2, "text": "$3m"}\n',
            ["€5m", "$3m"],
            ["1", "2"],
        ),
        (
            b'\n  \r\n{"id": "x", "text": "EUR 2m"}\n\n{"text": "5 Mio. Euro"}\n',
            ["EUR 2m", "5 Mio. Euro"],
            ["x", "5"],
        ),
        (b'\xef\xbb\xbf{"text": "\xe2\x82\xac1m"}\n', ["€1m"], ["1"]),
        # a text, even one that opens with braces or JSON that is no article
        (b'{"a": 1} pledged \xe2\x82\xac5m\n', ["€5m"], [None]),
        (b'{"text": 5}\nLatvia gave \xe2\x82\xac5m.\n', ["€5m"], [None]),
        (b"\n  \r\nLatvia gave \xe2\x82\xac5m.\n", ["€5m"], [None]),
    ],
)
def test_standard_input_is_articles_or_one_text(capsys, monkeypatch, raw, texts, ids):
    status, rows, _ = run(capsys, monkeypatch, raw)
    assert status == 0
    assert [row["text"] for row in rows] == texts
    assert [row.get("id") for row in rows] == ids


@pytest.mark.parametrize("raw", [b"", b"\n  \r\n", b"\xef\xbb\xbf"])
def test_empty_standard_input_is_an_error_not_a_header(capsys, monkeypatch, raw):
    # it was exit 0 with a header only (cli11): nothing to read is said, and the status is 1
    status, rows, err = run(capsys, monkeypatch, raw)
    assert (status, rows) == (1, [])
    assert "aidcalc extract: stdin: no text: the input is empty, nothing to read" in err


def test_offsets_in_a_text_count_the_blank_lines_read_to_tell(capsys, monkeypatch):
    raw = "\n  \r\nLatvia gave €5m.\n".encode()
    _, rows, _ = run(capsys, monkeypatch, raw)
    text = raw.decode()
    assert text[rows[0]["start"] : rows[0]["end"]] == "€5m"
