"""``aidcalc extract`` on folders, JSON-lines files of articles and stdin, and ``--jobs``
(issue 13, items 2 and 3)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from seeds import FILES, SEEDS

from aidcalc.cli import main

KYIV = (SEEDS / FILES["kyiv"]).read_text(encoding="utf-8")
ELTA = (SEEDS / FILES["elta"]).read_text(encoding="utf-8")

TEXTS = {
    "a/one.txt": "Germany pledged €500 million in winter aid.",
    "a/b/two.txt": "Switzerland allocated CHF 100 million ($112 million) for demining.",
    "c/three.txt": "Rugsėjį Vilnius paskyrė 10 mln. eurų Ukrainos dronams.",
    "c/notes.md": "Not read by default: $9 billion.",
    "zero.txt": "Deutschland hat der Ukraine 2 Mrd. Euro zugesagt.",
}


@pytest.fixture
def folder(tmp_path):
    for name, text in TEXTS.items():
        path = tmp_path / "news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "news"


def records(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_folder_is_read_recursively_in_path_order(capsys, folder):
    assert main(["extract", str(folder), "--format", "json"]) == 0
    found = [(r["file"].removeprefix(str(folder) + "/"), r["amount"]) for r in records(capsys)]
    assert found == [
        ("a/b/two.txt", "CHF 100000000"),
        ("a/b/two.txt", "USD 112000000"),
        ("a/one.txt", "EUR 500000000"),
        ("c/three.txt", "EUR 10000000"),
        ("zero.txt", "EUR 2000000000"),
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [("*.md", ["USD 9000000000"]), ("three.*", ["EUR 10000000"]), ("*o*.txt", None)],
)
def test_glob_chooses_the_files(capsys, folder, pattern, expected):
    assert main(["extract", str(folder), "--glob", pattern, "--format", "json"]) == 0
    amounts = [r["amount"] for r in records(capsys)]
    if expected is None:  # one.txt, two.txt and zero.txt
        assert amounts == ["CHF 100000000", "USD 112000000", "EUR 500000000", "EUR 2000000000"]
    else:
        assert amounts == expected


def test_a_folder_where_nothing_matches_is_reported(capsys, folder):
    assert main(["extract", str(folder), "--glob", "*.pdf", "--format", "csv"]) == 1
    captured = capsys.readouterr()
    assert "no file in this folder matches '*.pdf'" in captured.err
    assert captured.out.splitlines()[0].startswith("file,start,end")


def write_articles(path, lines):
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return str(path)


def article(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_articles_keep_their_id_and_date(capsys, tmp_path):
    name = write_articles(
        tmp_path / "dump.jsonl",
        [
            article(id="kyiv-1", published="2024-11-04", text=KYIV, outlet="KI"),
            article(id=17, text="Latvia gave €5 million ($5.4 million)."),
            article(id="x", published="2024-10", text="No amount here."),
        ],
    )
    assert main(["extract", name, "--format", "json"]) == 0
    found = records(capsys)
    assert [(r["id"], r["published"], r["file"]) for r in found] == [
        ("kyiv-1", "2024-11-04", name),
        ("kyiv-1", "2024-11-04", name),
        ("kyiv-1", "2024-11-04", name),
        ("kyiv-1", "2024-11-04", name),
        ("17", None, name),
        ("17", None, name),
    ]
    # the article's own date gives the restatement its deviation; the undated one has none
    assert 0.02 < float(found[1]["deviation"]) < 0.03
    assert found[5]["deviation"] is None
    assert [r["equivalent_of"] for r in found] == [None, 0, None, 2, None, 0]


def test_an_article_date_wins_over_published(capsys, tmp_path):
    name = write_articles(
        tmp_path / "d.ndjson", [article(id="a", published="2024-11-04", text=KYIV)]
    )
    assert main(["extract", name, "--published", "2020-01-02", "--format", "json"]) == 0
    assert {r["published"] for r in records(capsys)} == {"2024-11-04"}


def test_pledges_from_articles_are_dated_by_the_article(capsys, tmp_path):
    name = write_articles(
        tmp_path / "d.jsonl", [article(id="e", published="2024-11-05", text=KYIV)]
    )
    assert main(["extract", name, "--what", "pledges", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["id"] == "e" and r["published"] == "2024-11-05" for r in rows)
    assert all(r["date"] for r in rows)


def test_every_bad_line_is_reported_and_the_others_read(capsys, tmp_path):
    name = write_articles(
        tmp_path / "bad.jsonl",
        [
            article(id="ok1", text="€5m for Latvia."),
            b"{not json",
            article(id="no-text", body="€6m"),
            b"[1, 2]",
            article(id="late", published="last Tuesday", text="€7m"),
            b'{"id": "bytes", "text": "\xff 8m"}',
            b"",
            article(text="€9m"),
        ],
    )
    assert main(["extract", name, "--format", "json"]) == 1
    captured = capsys.readouterr()
    found = [(r["id"], r["amount"]) for r in map(json.loads, captured.out.splitlines())]
    assert found == [("ok1", "EUR 5000000"), ("8", "EUR 9000000")]
    errors = captured.err.splitlines()
    assert len(errors) == 5
    assert "line 2 is not JSON" in errors[0]
    assert 'line 3: no "text" string' in errors[1]
    assert 'line 4: no "text" string' in errors[2]
    assert "line 5 (id late): published 'last Tuesday'" in errors[3]
    assert "line 6 is not UTF-8 text (byte 0xff" in errors[4]


def test_articles_on_stdin(capsys, monkeypatch):
    raw = article(id="s1", published="2024-11-04", text="€5m") + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["extract", "-", "--input", "jsonl", "--format", "json"]) == 0
    [row] = records(capsys)
    assert (row["file"], row["id"], row["published"], row["amount"]) == (
        "stdin",
        "s1",
        "2024-11-04",
        "EUR 5000000",
    )


def test_text_files_keep_their_columns(capsys, folder):
    assert main(["extract", str(folder / "zero.txt"), "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("file,start,end,text") and "published" not in header


@pytest.mark.parametrize("jobs", ["-1", "two", "1.5"])
def test_jobs_must_be_a_count(capsys, folder, jobs):
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(folder), "--jobs", jobs])
    assert stopped.value.code == 2
    assert "expected a number of processes" in capsys.readouterr().err


@pytest.mark.parametrize(
    "options",
    [
        ["--format", "csv"],
        ["--format", "json", "--strict"],
        ["--format", "table", "--published", "2024-11-04"],
        ["--what", "pledges", "--format", "json"],
    ],
)
def test_jobs_give_the_same_bytes_in_the_same_order(capsys, tmp_path, folder, options):
    lines = [
        article(id=f"n{i}", published=f"2024-11-{1 + i % 28:02d}", text=text)
        for i, text in enumerate([KYIV, ELTA, *TEXTS.values()] * 4)
    ]
    lines.insert(5, b"{broken")
    dump = write_articles(tmp_path / "dump.jsonl", lines)
    argv = ["extract", str(folder), dump, str(tmp_path / "missing.txt"), *options]
    outputs = []
    for jobs in ("1", "2"):
        status = main([*argv, "--jobs", jobs])
        captured = capsys.readouterr()
        outputs.append((status, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1  # the broken line and the missing file
    assert len(outputs[0][1].splitlines()) > 20
