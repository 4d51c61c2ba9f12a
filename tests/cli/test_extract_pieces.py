"""A large text file goes through ``aidcalc extract`` piece by piece (issue 13, item 1): the same
rows as the whole file read at once, in bounded memory."""

from __future__ import annotations

import csv
import io

import pytest

from aidcalc.cli import main
from aidcalc.cli import pieces as module
from aidcalc.parsing import extract_amounts

ARTICLES = [
    "Lithuania will send €5 million (about $5.4 million) in ammunition, the ministry said.",
    "Німеччина виділить 1,5 млрд євро. Jungtinė Karalystė skyrė 10 mln. eurų.",
    "Polska przekaże 300 mln zł, a Kanada C$500 million ($365 million).\nSecond line: £2m.",
    "Die EU stellt bis zu 50 Milliarden Euro bereit, rund 54 Mrd. Dollar.",
    "La France a promis 3 milliards d'euros en 2024. Nothing else here.",
]


def archive(n: int) -> str:
    """``n`` articles separated by blank lines, as news dumps are."""
    return "\n\n".join(f"{ARTICLES[i % len(ARTICLES)]} (#{i})" for i in range(n)) + "\n"


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of ~70,000 characters from files above 10 kB: many pieces from a small file."""
    monkeypatch.setattr(module, "STREAM_FROM", 10_000)
    monkeypatch.setattr(module, "PIECE", 70_000)


def run_csv(capsys, *args) -> tuple[int, list[dict], str]:
    status = main(["extract", *args, "--format", "csv"])
    captured = capsys.readouterr()
    return status, list(csv.DictReader(io.StringIO(captured.out))), captured.err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pieces_give_the_rows_of_the_whole_file(capsys, tmp_path, monkeypatch, jobs):
    path = tmp_path / "dump.txt"
    text = archive(4000)  # ~330,000 characters: three pieces of two blocks
    path.write_text(text, encoding="utf-8")
    status, whole, _ = run_csv(capsys, str(path))
    assert status == 0
    monkeypatch.setattr(module, "STREAM_FROM", 10_000)
    monkeypatch.setattr(module, "PIECE", 70_000)
    assert len(list(module.pieces(path.open("rb")))) >= 3
    status, pieced, _ = run_csv(capsys, str(path), "--jobs", jobs)
    assert status == 0
    assert pieced == whole
    mentions = extract_amounts(text)
    assert [int(row["start"]) for row in pieced] == [m.start for m in mentions]
    assert [row["equivalent_of"] for row in pieced] == [
        "" if m.equivalent_of is None else str(m.equivalent_of) for m in mentions
    ]
    assert all(text[int(r["start"]) : int(r["end"])] == r["text"] for r in pieced)


def test_pledges_read_a_large_file_whole(capsys, tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    path.write_text(archive(2000), encoding="utf-8")
    args = (str(path), "--what", "pledges", "--published", "2024-06-01")
    status, whole, _ = run_csv(capsys, *args)
    monkeypatch.setattr(module, "STREAM_FROM", 10_000)
    monkeypatch.setattr(module, "PIECE", 70_000)
    status, pieced, _ = run_csv(capsys, *args, "--jobs", "2")
    assert status == 0
    assert len(pieced) > 2000
    # a pledge reading links sentences and repeats across the whole text: never in pieces
    assert pieced == whole


def test_a_bad_line_in_a_later_piece_names_its_line(capsys, tmp_path, small_pieces):
    path = tmp_path / "dump.txt"
    good = archive(3000).encode()
    lines = good.split(b"\n")
    lines[4001] = b"Latvia \xff gave \xe2\x82\xac9m."  # line 4002, in a later piece
    path.write_bytes(b"\n".join(lines))
    status, rows, err = run_csv(capsys, str(path))
    assert status == 1
    assert "line 4002 is not UTF-8 text (byte 0xff at position 8)" in err
    assert "EUR 9000000" not in {row["amount"] for row in rows}
    assert len(rows) > 3000


@pytest.mark.parametrize(
    "text, size, ends",
    [
        # paragraphs: a piece ends at a block end at a blank line past the size
        ("Riga gave €2m.\n\n" * 20_000, 100_000, "\n\n"),
        # a blank line holding spaces or a tab
        ("Tallinn: €3m.\n \t\n" * 20_000, 100_000, "\n \t\n"),
        # long articles (8,200 characters)
        (
            ("Vilnius gave €2m. " * 300 + "\n\n" + "Kyiv got $1m. " * 200 + "\n\n") * 100,
            200_000,
            "\n\n",
        ),
    ],
)
def test_pieces_end_at_paragraph_breaks(text, size, ends):
    found = list(module.pieces(io.BytesIO(text.encode()), size=size))
    assert len(found) > 1
    assert "".join(piece for _, piece, _ in found) == text
    for offset, piece, problems in found[:-1]:
        assert piece.endswith(ends) and len(piece) >= size and not problems
        assert text[offset : offset + len(piece)] == piece


def test_text_without_blank_lines_stays_whole():
    """No paragraph break: no piece ends (a line end could be inside an amount)."""
    text = "Vilnius gave €2\nmillion to Kyiv.\n" * 10_000
    found = list(module.pieces(io.BytesIO(text.encode()), size=50_000))
    assert [piece for _, piece, _ in found] == [text]


def test_byte_order_mark_and_empty_file():
    assert list(module.pieces(io.BytesIO(b"\xef\xbb\xbf\xe2\x82\xac5m"))) == [(0, "€5m", [])]
    assert list(module.pieces(io.BytesIO(b""))) == [(0, "", [])]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_shows_articles_and_megabytes_per_second():
    from aidcalc.cli.extract import ArticleProgress

    shown = Terminal()
    progress = ArticleProgress(3, stream=shown)
    progress.started -= 4.0  # four seconds in: due to be drawn
    progress.drawn -= 4.0
    progress.add(2_000_000)
    progress.show(1)
    progress.close()
    line = shown.getvalue()
    assert "extract: 1 articles, 2.0 MB, 0.50 MB/s [0/3 files]" in line
    assert line.endswith("[1/3 files]\n")
    quiet = io.StringIO()  # not a terminal: nothing
    progress = ArticleProgress(50, stream=quiet)
    progress.add(10)
    progress.close()
    assert quiet.getvalue() == ""


def test_progress_line_waits_for_a_slow_run():
    """A run of a few files that ends within a second draws nothing."""
    from aidcalc.cli.extract import ArticleProgress

    shown = Terminal()
    progress = ArticleProgress(2, stream=shown)
    progress.add(100)
    progress.show(2)
    progress.close()
    assert shown.getvalue() == ""
