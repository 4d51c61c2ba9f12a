"""Hostile input × every command that reads it: the exit status and a message that names the
input, the line or row and the fix (cli11).

Every command reads a text file or standard input read whole through one rule,
``aidcalc.textfiles.decode_text``; ``parse -`` and ``convert -`` read standard input a line at
a time. Each case below is given to each command it applies to, as a file and on standard
input, and the test asserts the status and every fragment of the message, ``{label}``
standing for how the command names the input (the file's path, ``stdin`` or ``<stdin>``).
"""

from __future__ import annotations

import io
import sys

import pytest

from aidcalc.cli import main

ON = ["--to", "USD", "--on", "2024-11-04"]
# command -> (arguments, FILE replaced by the path; "-": standard input holds the bytes)
COMMANDS = {
    "extract": ["extract", "FILE"],
    "extract -": ["extract", "-"],
    "summary": ["summary", "FILE"],
    "summary -": ["summary", "-"],
    "normalize": ["normalize", "FILE", "--to", "EUR"],
    "normalize -": ["normalize", "-", "--to", "EUR"],
    "parse -": ["parse", "-"],
    "convert -": ["convert", "-", *ON],
}
TABLES = ("summary", "summary -", "normalize", "normalize -")
EVERY = tuple(COMMANDS)
FILES = ("extract", "summary", "normalize")
EMPTY = "{label}: no text: the input is empty, nothing to read"

ZIP = b"PK\x03\x04\x14\x00\x06\x00" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(64) + b"\x03\x00>\x00"
NULS = bytes(range(256)) * 4  # binary without a signature: NUL on line 1, column 1

# tables whose amount stands before the date, so that extract reads them as text too
PL = "donor,amount,date\nPOL,500 mln zł,2024-05-06\nPOL,1 mld zł,2024-05-07\n"
UK = "donor,amount,date\nLVA,5 млн гривень,2024-05-06\n"
BG = "donor,amount,date\nBGR,50 млн. лв.,2024-05-06\n"
CS = "donor,amount,date\nCZE,500 mil. Kč,2024-05-06\n"  # one word: cp1252 reads it too
DA = "donor,amount,date\nDNK,500 mio. DKK,2024-05-06\n"
GUESS = "the file's encoding was guessed as cp1252 and may be wrong: pass --encoding cp1250"

# (case, bytes, {command: (status, fragments)})
CASES = [
    ("empty", b"", {command: (1, [EMPTY]) for command in EVERY}),
    ("white space", b"\n  \r\n\t\n", {command: (1, [EMPTY]) for command in FILES + TABLES}),
    ("bom alone", b"\xef\xbb\xbf", {command: (1, [EMPTY]) for command in FILES + TABLES}),
    (
        "zip",
        ZIP,
        {
            "extract": (1, ["{label}: not text: it starts like a ZIP file", "save it as plain"]),
            "summary": (
                1,
                ["{label}: not a text table: it starts like a ZIP file (an .xlsx workbook",
                 "save it as CSV, or pass the .xlsx"],
            ),
            "normalize": (1, ["{label}: not a text table: it starts like a ZIP file"]),
        },
    ),
    (
        "pdf",
        PDF,
        {
            "extract": (1, ["{label}: not text: it starts like a PDF document"]),
            "extract -": (1, ["{label}: not text: it starts like a PDF document"]),
            "summary": (1, ["{label}: not a text table: it starts like a PDF document; save"]),
            "normalize -": (1, ["{label}: not a text table: it starts like a PDF document"]),
        },
    ),
    (
        "elf",
        ELF,
        {
            command: (1, ["{label}: not ", "it starts like a program (ELF)"])
            for command in ("extract", "extract -", "summary", "normalize")
        },
    ),
    (
        "nul bytes",
        NULS,
        {
            command: (1, ["it holds NUL bytes (the first on line 1, column 1), as binary"])
            for command in ("extract", "extract -", "summary", "summary -", "normalize")
        },
    ),
    (
        "cp1250 Polish",
        PL.encode("cp1250"),
        {
            "summary": (0, ["{label}: encoding cp1250 (Central European), guessed"]),
            "summary -": (0, ["{label}: encoding cp1250 (Central European), guessed"]),
            "normalize": (0, ["{label}: encoding cp1250 (Central European), guessed"]),
            "extract": (0, ["{label}: encoding cp1250 (Central European), guessed", "PLN"]),
        },
    ),
    (
        "cp1251 Ukrainian",
        UK.encode("cp1251"),
        {
            "summary": (0, ["{label}: encoding cp1251 (Cyrillic), guessed"]),
            "extract": (0, ["encoding cp1251 (Cyrillic)", "UAH 5000000"]),
            "extract -": (0, ["encoding cp1251 (Cyrillic)", "UAH 5000000"]),
        },
    ),
    (
        "cp1251 Bulgarian",
        BG.encode("cp1251"),
        {"summary": (0, ["encoding cp1251 (Cyrillic)"]), "normalize": (0, ["BGN"])},
    ),
    (
        "cp1250 Czech read as cp1252",
        CS.encode("cp1250"),
        {
            "summary": (1, ["{label}: row 2, amount: no currency", GUESS]),
            "normalize": (1, ["{label}: row 2, amount: no currency", GUESS]),
            "summary -": (1, ["{label}: row 2, amount:", GUESS]),
            "extract": (0, ["encoding cp1252 (Western European), guessed", "--encoding cp1250"]),
        },
    ),
    (
        "utf-16 with a mark",
        DA.encode("utf-16"),
        {
            "summary": (0, ["{label}: encoding UTF-16"]),
            "extract": (0, ["{label}: encoding UTF-16", "DKK 500000000"]),
            "extract -": (0, ["DKK 500000000"]),
            "parse -": (1, ["DKK 500000000"]),  # the header line holds no amount
        },
    ),
    (
        "utf-16 without a mark",
        DA.encode("utf-16-le"),
        {
            "summary": (0, ["{label}: encoding UTF-16 (little-endian, no byte-order mark)"]),
            "extract": (0, ["encoding UTF-16 (little-endian", "DKK 500000000"]),
        },
    ),
    (
        "no encoding reads it",
        b"donor,date,amount\nLVA,2024,5 \x98\x81 EUR\n",
        {
            command: (
                1,
                ["{label}: byte 0x98 on line 2, column 12 is not UTF-8, and no encoding tried "
                 "(UTF-8, UTF-16, cp1252, cp1250, cp1251)", "or pass the --encoding it is in"],
            )
            for command in ("extract", "extract -", "summary", "summary -", "normalize")
        },
    ),
    (
        "a damaged UTF-8 line",
        b"donor,date,amount\nLTU,2024,\xe2\x82\xac5m\nLVA,2024,\x80 2m\nEST,2024,\xe2\x82\xac1m\n",
        {
            "summary": (1, ["{label}: row 3: not UTF-8 text (byte 0x80 at position 10)"]),
            "normalize": (1, ["{label}: row 3: not UTF-8 text (byte 0x80 at position 10)"]),
            "extract": (1, ["{label}: line 3 is not UTF-8 text (byte 0x80 at position 10)"]),
            "parse -": (1, ["line 3 is not UTF-8 text (byte 0x80 at position 10)"]),
        },
    ),
    (
        "a stray NUL",
        b"donor,date,amount\nLTU,2024,EUR 5m\nLVA,2024,EUR 2m\x00\n",
        {
            "summary": (1, ["{label}: row 3: holds a NUL byte at position 16"]),
            "summary -": (1, ["{label}: row 3: holds a NUL byte at position 16"]),
            "extract": (1, ["{label}: line 3 holds a NUL byte at position 16"]),
            "parse -": (1, ["line 3 holds a NUL byte at position 16"]),
            "convert -": (1, ["line 3 holds a NUL byte at position 16"]),
        },
    ),
    (
        "accounting brackets",
        b"donor,date,value,currency\nNOR,2024-05-06,(100000000),NOK\n",
        {
            command: (
                1,
                ["{label}: row 2, value: '(100000000)' is a number in brackets, as accounting "
                 "writes a negative: write -100000000 for a correction"],
            )
            for command in TABLES
        },
    ),
]  # fmt: skip

LABELS = {"summary -": "<stdin>", "normalize -": "<stdin>"}


def run(capsys, monkeypatch, argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    try:
        status = main(argv)
    except SystemExit as exit:
        status = exit.code
    out, err = capsys.readouterr()
    return status, out, err


def _suffix(command: str, case: str) -> str:
    return ".txt" if command == "extract" else ".csv"


@pytest.mark.parametrize(
    ("case", "raw", "command", "status", "fragments"),
    [
        (case, raw, command, status, fragments)
        for case, raw, expected in CASES
        for command, (status, fragments) in expected.items()
    ],
    ids=[f"{case}-{command}" for case, _, expected in CASES for command in expected],
)
def test_a_hostile_input_is_refused_or_read_with_its_cause_named(
    capsys, monkeypatch, tmp_path, case, raw, command, status, fragments
):
    path = tmp_path / f"input{_suffix(command, case)}"
    path.write_bytes(raw)
    stdin = command.endswith("-")
    argv = [str(path) if word == "FILE" else word for word in COMMANDS[command]]
    got, out, err = run(capsys, monkeypatch, argv, raw if stdin else b"")
    label = LABELS.get(command, "stdin") if stdin else str(path)
    assert got == status, err
    for fragment in fragments:
        assert fragment.format(label=label) in err + out, err
    assert "Traceback" not in err and "internal error" not in err


@pytest.mark.parametrize(
    ("command", "encoding", "expected"),
    [
        ("summary", "cp1250", "CZE"),
        ("normalize", "cp1250", "500 mil. Kč"),
        ("extract", "cp1250", "CZK 500000000"),
        ("extract -", "windows-1250", "CZK 500000000"),
        ("summary -", "CP1250", "CZE"),
    ],
)
def test_encoding_decides_where_the_letters_do_not(
    capsys, monkeypatch, tmp_path, command, encoding, expected
):
    raw = CS.encode("cp1250")
    path = tmp_path / "cs.csv"
    path.write_bytes(raw)
    argv = [str(path) if word == "FILE" else word for word in COMMANDS[command]]
    status, out, err = run(capsys, monkeypatch, [*argv, "--encoding", encoding], raw)
    assert status == 0, err
    assert expected in out and "guessed" not in err


@pytest.mark.parametrize("command", ["summary", "extract", "normalize"])
def test_a_byte_the_encoding_given_cannot_decode_names_line_and_column(
    capsys, monkeypatch, tmp_path, command
):
    path = tmp_path / "t.csv"
    path.write_bytes(b"donor,date,amount\nLVA,2024,5 \x98 EUR\n")  # 0x98: no letter in cp1251
    argv = [str(path) if word == "FILE" else word for word in COMMANDS[command]]
    status, _, err = run(capsys, monkeypatch, [*argv, "--encoding", "cp1251"], b"")
    assert status == 1
    assert f"{path}: byte 0x98 on line 2, column 12 is not cp1251 text; save the file" in err


@pytest.mark.parametrize("command", ["summary", "extract", "normalize"])
def test_an_unknown_encoding_is_wrong_usage(capsys, monkeypatch, tmp_path, command):
    path = tmp_path / "t.csv"
    path.write_bytes(PL.encode())
    argv = [str(path) if word == "FILE" else word for word in COMMANDS[command]]
    status, _, err = run(capsys, monkeypatch, [*argv, "--encoding", "klingon"], b"")
    assert status == 2
    assert "unknown encoding 'klingon'" in err


def test_an_empty_file_among_others_is_reported_and_the_others_read(capsys, monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("Latvia gave €5m.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes("Polska: 10 mln zł.".encode("cp1250"))
    status, out, err = run(capsys, monkeypatch, ["extract", str(tmp_path), "--format", "csv"], b"")
    assert status == 1
    assert [line.split(",")[4] for line in out.splitlines()[1:]] == ["EUR 5000000", "PLN 10000000"]
    assert f"{tmp_path / 'b.txt'}: no text: the input is empty, nothing to read" in err


def test_an_empty_jsonl_file_is_reported(capsys, monkeypatch, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n\n")
    status, _, err = run(capsys, monkeypatch, ["extract", str(path)], b"")
    assert status == 1
    assert f"{path}: no text: the input is empty, nothing to read" in err


@pytest.mark.parametrize("what", ["amounts", "pledges"])
def test_a_fault_of_ours_in_one_file_is_reported_and_the_others_read(
    capsys, monkeypatch, tmp_path, what
):
    """An unexpected error while reading one article names that file, counts as a failure
    (exit 1) and the files after it are still read (trial 12: one file lost a whole batch)."""
    from aidcalc.cli import extract

    (tmp_path / "a.txt").write_text("Latvia gave €5m.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM: Estonia gave €7m.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Polska dała 10 mln zł.", encoding="utf-8")
    reader = extract.pledge_rows if what == "pledges" else extract.amount_rows

    def fails_on_boom(label, text, *args):
        if text.startswith("BOOM"):
            raise IndexError("list index out of range")
        return reader(label, text, *args)

    monkeypatch.setattr(
        extract, "pledge_rows" if what == "pledges" else "amount_rows", fails_on_boom
    )
    monkeypatch.delenv("AIDCALC_DEBUG", raising=False)
    argv = [
        "extract",
        str(tmp_path),
        "--what",
        what,
        "--format",
        "csv",
        "--published",
        "2025-03-01",
    ]
    status, out, err = run(capsys, monkeypatch, argv, b"")
    assert status == 1
    assert "EUR" in out and "PLN" in out and "7000000" not in out
    assert f"{tmp_path / 'b.txt'}: internal error: IndexError" in err
    assert "nothing read from this article" in err
