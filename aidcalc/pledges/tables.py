"""Pledge files as trackers keep them, read into text cells with the row number of each record.

``read_table`` takes a path, a ``.gz`` path, an open file or bytes, and finds in order:

1. **the format**: ``format=`` if given, else the file name's suffix (under ``.gz``), else the
   content (``PK`` opens an xlsx, ``[`` a JSON array, ``{`` JSON lines, anything else is
   delimited text);
2. **the text encoding** (delimited text and JSON), by the one rule of every command,
   ``aidcalc.textfiles.decode_text``: ``encoding=`` if given, else a byte-order mark, else
   UTF-8, else UTF-16 without a mark, else UTF-8 with damaged lines (each reported as its
   row), else cp1252, cp1250 or cp1251 guessed by the letters they make of the bytes (noted;
   the errors of rows holding letters beyond ASCII then say the encoding was guessed);
   a binary file (a signature, NUL bytes), an empty one and anything else are refused;
3. **the delimiter** of delimited text (``.tsv``: tab): among ``,`` ``;`` tab ``|``, the one
   that splits a line into the most known pledge column names;
4. **the header row**: ``header=`` (0-based, as pandas counts), else the first of the first
   20 rows that names ``donor`` and ``amount`` or ``value`` (title and note rows above it are
   skipped, and ``#`` comment lines are not counted: the provenance ``aidcalc`` writes ahead
   of its CSV rows; a first JSON line ``{"_provenance": …}`` is not a row either); none
   found is an error listing the names seen and the closest expected ones;
5. **the sheet** of a workbook: ``sheet=`` (name or 0-based position), else the one sheet
   whose header is found (several are an error asking for ``sheet=``);
6. **the records** of delimited text, each numbered by the line it starts on. A quoted cell
   may span lines, but a record is reported, and reading resumes on its next line, when its
   quotes do not close cleanly (a closing quote followed by anything but a delimiter, or no
   closing quote at all) or when a line it swallowed has the header's shape (as many
   delimiters as the header): an unbalanced quote then never hides the rows after it.

Every record read is either a row of the frame or reported: records in = rows + reported.

>>> frame, rows, errors = read_table(b"Pledges 2024\\ndonor;date;amount\\nLTU;2024;EUR 5m\\n")
>>> frame.to_dict("list"), rows, errors
({'donor': ['LTU'], 'date': ['2024'], 'amount': ['EUR 5m']}, [3], [])
>>> frame.attrs["notes"]
["delimiter ';'", 'header on line 2']
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..textfiles import Text, decode_text
from .schema import COLUMNS
from .units import header_name

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# column names a pledge table may have (the schema, its inputs, and extraction's columns)
KNOWN = frozenset(COLUMNS) | {"lang", "status", "part_of", "duplicate_of", "evidence"}
DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH = 20  # rows searched for the header
SUFFIXES = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xml": "iati",
}
FORMATS = ("csv", "tsv", "json", "jsonl", "xlsx", "iati", "fts")

Errors = list[tuple[Any, str, str]]


def read_table(
    source: Any, *, format: str | None = None, sheet: str | int | None = None,
    header: int | None = None, encoding: str | None = None,
) -> tuple[pd.DataFrame, list[Any], Errors]:  # fmt: skip
    """Return (frame of text cells, row number of each row, unreadable records).

    ``source`` is a path (``.csv``, ``.tsv``, ``.json``, ``.jsonl``, ``.xlsx``, each also
    ``.gz``), a binary or text file object, or bytes. Row numbers are where a person finds the
    row: the line a CSV record or JSON line starts on, the sheet row of xlsx, the record number
    of a JSON array. Wholly blank rows are left out. Unreadable records come as
    ``(row, "", reason)``. ``frame.attrs["notes"]`` says what was found rather than given
    (delimiter, header line, sheet, encoding); when the encoding was guessed,
    ``frame.attrs["guessed"]`` is (the hint for a row's errors, the rows holding letters beyond
    ASCII, or None for every row). ``encoding``: the text's codec, not guessed. Raises
    ``ValueError`` (``NotText`` for no text) when no table is found.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()  # millions of new lists of str, none in a cycle: collections only cost time
    try:
        return _read_table(source, format, sheet, header, encoding)
    finally:
        if enabled:
            gc.enable()


def _read_table(
    source: Any, format: str | None, sheet: str | int | None, header: int | None,
    encoding: str | None = None,
):  # fmt: skip
    data, name = _bytes_of(source)
    fmt = format or _format_of(name, data)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    notes: list[str] = []
    found: Text | None = None
    if fmt in ("json", "jsonl", "csv", "tsv"):
        found = decode(data, notes, encoding)
    if fmt == "iati":
        from .iati import read_iati

        frame, rows, errors = read_iati(data, notes)
    elif fmt == "fts":
        from .fts import read_fts

        frame, rows, errors = read_fts(data, notes)
    elif fmt == "xlsx":
        frame, rows, errors = _read_xlsx(data, sheet, header, notes)
    elif fmt == "json":
        frame, rows, errors = _read_json(found.text)
    elif fmt == "jsonl":
        frame, rows, errors = _read_json_lines(found.text)
    else:
        delimiter = "\t" if fmt == "tsv" else None
        # the UTF-8 bytes of the text, for pyarrow, when the file holds them whole (no other
        # encoding, no damaged line): not encoded again
        raw = None
        if found.encoding == "utf-8" and not found.problems:
            raw = data[3:] if data[:3] == b"\xef\xbb\xbf" else data
        frame, rows, errors = _read_delimited(found.text, delimiter, header, notes, raw)
    if found is not None:
        errors = _with_damaged_lines(found, rows, errors)
        if found.guessed:
            frame.attrs["guessed"] = (found.hint(), _beyond_ascii(found.text, fmt))
    frame.attrs["notes"] = notes
    return frame, rows, errors


def _bytes_of(source: Any) -> tuple[bytes, str]:
    """Return (the bytes of ``source``, its name without ``.gz``), ungzipped."""
    import gzip

    name = ""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    elif isinstance(source, str | Path):
        path = Path(source)
        name = path.name
        data = path.read_bytes()
    elif hasattr(source, "read"):
        name = Path(str(getattr(source, "name", "") or "")).name
        data = source.read()
        if isinstance(data, str):
            data = data.encode("utf-8")
    else:
        raise TypeError(f"cannot read pledges from a {type(source).__name__}")
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise ValueError(f"not a readable gzip file ({error})") from None
        name = name[:-3] if name.lower().endswith(".gz") else name
    return data, name


def _format_of(name: str, data: bytes) -> str:
    """Return the format a file name's suffix names, else the one its content shows."""
    from .fts import looks_like_fts

    suffix = Path(name).suffix.lower()
    if SUFFIXES.get(suffix) == "json" and looks_like_fts(data):  # an FTS answer saved as .json
        return "fts"
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if name and suffix:
        raise ValueError(
            f"cannot read {name!r}: expected .csv, .tsv, .json, .jsonl, .xlsx or IATI .xml"
            " (or .gz of one)"
        )
    if data[:2] == b"PK":
        return "xlsx"
    from .iati import looks_like_iati

    if looks_like_iati(data):
        return "iati"
    if looks_like_fts(data):
        return "fts"
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"[":
        return "json"
    if start == b"{":
        return "jsonl"
    return "csv"


def decode(data: bytes, notes: list[str], encoding: str | None = None) -> Text:
    """Return the ``Text`` of ``data`` (module docstring, step 2), its note added to ``notes``.

    >>> notes = []
    >>> decode("donor,amount\\nPOL,500 mln zł\\n".encode("cp1250"), notes).text.split()[1]
    'POL,500'
    >>> notes
    ['encoding cp1250 (Central European), guessed: not UTF-8']
    """
    found = decode_text(data, encoding=encoding, what="a text table")
    if found.note:
        notes.append(found.note)
    return found


def _with_damaged_lines(found: Text, rows: list[Any], errors: Errors) -> Errors:
    """Return ``errors`` with a record for each damaged line (not UTF-8, or a NUL) that is
    no row's first line (a damaged line is left empty, so it makes no row of its own)."""
    if not found.problems:
        return errors
    starts = set(rows)
    damaged = [(line, "", why.removeprefix("is ")) for line, why in found.problems]
    return errors + [error for error in damaged if error[0] not in starts]


def _beyond_ascii(text: str, fmt: str) -> frozenset[int] | None:
    """Return the lines of ``text`` holding a character beyond ASCII (a JSON array's rows are
    records, not lines: None, every row)."""
    if fmt == "json":
        return None
    return frozenset(
        number for number, line in enumerate(text.splitlines(), start=1) if not line.isascii()
    )


# -- delimited text -------------------------------------------------------------------------------


def _split(line: str, delimiter: str) -> list[str]:
    """Return the cells of one line (quotes honoured within the line)."""
    try:
        return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:  # a stray carriage return in an unquoted cell: split as written
        return [cell.strip() for cell in line.rstrip("\r").split(delimiter)]


def _score(cells: list[str]) -> tuple[int, bool]:
    """Return (how many cells name known columns, whether they can hold pledges)."""
    names = {header_name(cell.strip()).lower() for cell in cells}  # "amount (EUR m)": amount
    usable = "donor" in names and bool(names & {"amount", "value"})
    return len(names & KNOWN), usable


def _find_header(lines: list[str], delimiter: str | None, header: int | None, notes: list[str]):
    """Return (delimiter, index of the header line among ``lines``)."""
    candidates = (delimiter,) if delimiter else DELIMITERS
    content = list(islice((i for i, line in enumerate(lines) if _content(line)), HEADER_SEARCH))
    if header is not None:
        if header >= len(lines):
            raise ValueError(f"header={header}: the file has {len(lines)} lines")
        line = lines[header]
        chosen = delimiter or max(
            candidates, key=lambda d: (_score(_split(line, d))[0], len(_split(line, d)))
        )
        if not delimiter and chosen != ",":
            notes.append(f"delimiter {chosen!r}")
        return chosen, header
    best = None
    for i in content[:HEADER_SEARCH]:
        for d in candidates:
            score, usable = _score(_split(lines[i], d))
            if usable and (best is None or score > best[0]):
                best = (score, d, i)
        if best is not None:
            break  # the first line that can be a header is the header
    if best is None:
        first = lines[content[0]] if content else ""
        d = delimiter or max(candidates, key=lambda c: len(_split(first, c)))
        raise ValueError(no_header_message(_split(first, d)))
    _, chosen, index = best
    if not delimiter and chosen != ",":
        notes.append(f"delimiter {chosen!r}")
    if index != content[0]:
        notes.append(f"header on line {index + 1}")
    return chosen, index


def repeated_names(names: Any) -> list[str]:
    """Return the column names given more than once (case and spaces aside), sorted: one
    count over the header, so a 10,000-column header costs no more than reading it.

    >>> repeated_names(["donor", "Amount", "amount ", "note", "DONOR", "x"])
    ['amount', 'donor']
    """
    from collections import Counter

    counts = Counter(str(name).strip().lower() for name in names)
    return sorted(name for name, count in counts.items() if count > 1)


def _content(line: str) -> bool:
    """Whether a line above the header may be a title or the header: not blank, and not a
    ``#`` comment line (the provenance ``aidcalc`` writes ahead of its CSV rows)."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def no_header_message(seen: list[str]) -> str:
    """Return the message for a table without a usable header: the names seen, the closest."""
    names = [cell.strip() for cell in seen if cell.strip()]
    hints = []
    for cell in names:
        close = difflib.get_close_matches(cell.lower(), sorted(KNOWN), n=1, cutoff=0.6)
        if close and close[0] != cell.lower():
            hints.append(f"{cell!r} -> {close[0]!r}?")
    text = ", ".join(repr(name) for name in names[:12]) or "nothing"
    message = (
        f"no header row naming 'donor' and 'amount' (or 'value' and 'currency') in the first "
        f"{HEADER_SEARCH} rows; the first row holds {text}"
    )
    if hints:
        message += f"; closest expected names: {', '.join(hints)}"
    return message + " (header= / --header-row pick the header row)"


def _read_delimited(
    text: str, delimiter: str | None, header: int | None, notes: list[str], raw: bytes | None = None
):
    """Return (text cells, start line of each record, reported records) of delimited text
    (``raw``: its UTF-8 bytes, when the file holds them)."""
    lines = _head_lines(text, header)
    delimiter, at = _find_header(lines, delimiter, header, notes)
    titles = [(i + 1, lines[i]) for i in range(at) if _content(lines[i])]
    frame, rows, errors = _delimited_cells(text, lines, at, delimiter, raw)
    frame.attrs["titles"] = titles  # the rows above the header: a unit may be written there
    return frame, rows, errors


def _delimited_cells(text: str, lines: list[str], at: int, delimiter: str, raw: bytes | None):
    """Return (text cells, start line of each record, reported records) below header ``at``."""
    import pandas as pd

    names = _split(lines[at], delimiter)
    width = len(names)
    repeated = [name for name in repeated_names(names) if name]
    if repeated:
        raise ValueError(f"column(s) named twice in the header: {', '.join(repeated)}")
    if '"' in text or ("\r" in text and text.count("\r") != text.count("\r\n")):
        fast = _quoted_parsed(text, lines, at, delimiter, width, raw)
        if fast is not None:
            return fast
        lines = [line + "\n" for line in _lines(text)]  # the csv module reads lines with ends
        records, rows, errors = _records(lines, at + 1, delimiter, width)
    else:  # no quote, no stray carriage return: a record is a line, split at the delimiter
        fast = _c_parsed(text, lines, at, delimiter, width, raw)
        if fast is not None:
            return fast
        records, rows, errors = _plain_records(_lines(text), at + 1, delimiter, width)
    cells = list(zip(*records, strict=True)) if records else [()] * width
    columns = {name: list(cells[i]) for i, name in enumerate(names)}
    frame = pd.DataFrame(columns, dtype=object)
    frame.attrs["text"] = True  # every cell is a str
    return frame, rows, errors


def _lines(text: str) -> list[str]:
    """Return the lines of ``text`` (without a last empty one after its final newline)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _line_count(text: str) -> int:
    """Return ``len(_lines(text))`` without splitting the text."""
    return text.count("\n") + (0 if text.endswith("\n") or not text else 1)


def _head_lines(text: str, header: int | None) -> list[str]:
    """Return the lines ``_find_header`` reads: the first ``HEAD_LINES`` of a long text when
    they hold the ``HEADER_SEARCH`` lines it searches (and ``header=``'s line), else all of
    them. A million-line file is not split into a million strings to find its header."""
    head = text.split("\n", HEAD_LINES)
    if len(head) <= HEAD_LINES or (header is not None and header >= HEAD_LINES):
        return _lines(text)
    head.pop()  # the rest of the text, unsplit
    if header is None and sum(map(_content, head)) < HEADER_SEARCH:
        return _lines(text)
    return head


HEAD_LINES = 1000  # the lines split to find the header of a long text (_head_lines)


def _c_parsed(
    text: str, lines: list[str], at: int, delimiter: str, width: int, raw: bytes | None = None
):
    """Return (cells, line numbers, []) read by pandas' C parser, or None when a line has more
    cells than the header (``_plain_records`` then reports it). Only for text without quotes
    or stray carriage returns, where every line is one record. ``lines`` may be the text's
    first lines only (``_head_lines``), down to the one below the header at least."""
    import pandas as pd

    total = _line_count(text)
    if total != len(lines) and at + 1 >= len(lines):
        lines = _lines(text)
    count = total - at - 1  # the lines below the header
    if count and lines[at + 1].count(delimiter) >= width:
        return None  # pandas would take the first line's extra cells for an index
    names = _split(lines[at], delimiter)
    frame = _arrow_parsed(text, at, delimiter, width, raw)
    try:
        frame = frame if frame is not None else pd.read_csv(
            io.StringIO(text), sep=delimiter, header=None, names=list(range(width)),
            skiprows=at + 1, dtype=str, keep_default_na=False, na_filter=False,
            skip_blank_lines=False, quoting=csv.QUOTE_NONE, engine="c",
        )  # fmt: skip
    except pd.errors.ParserError:  # a line with more cells than the header
        return None
    if len(frame) != count:  # the parser saw the lines differently: the careful path
        return None
    blank = f" \t\r\n{delimiter}"
    if count and not _blank_rows(frame, width):
        return _named(frame, names), list(range(at + 2, at + 2 + count)), []  # no blank line
    body = (lines if total == len(lines) else _lines(text))[at + 1 :]
    keep = [bool(line.strip(blank)) for line in body]
    rows = [at + 2 + i for i, kept in enumerate(keep) if kept]
    if len(rows) != len(body):
        frame = frame[keep].reset_index(drop=True)
    return _named(frame, names), rows, []


def _arrow_parsed(text: str, at: int, delimiter: str, width: int, raw: bytes | None = None):
    """Return the cells below line ``at`` as ``_c_parsed``'s C parser reads them, read by
    pyarrow's CSV reader (several threads, a third of the C parser's time on a 1M-row file),
    or None when pyarrow is not installed or reads the lines otherwise: a line with fewer or
    more cells than the header (a blank line among them), a NUL. Every cell is text, nothing is
    a missing value, as the C parser is told; the columns have pandas' dtype for ``str``.
    ``raw``: the text's UTF-8 bytes when the file holds them (else the text is encoded)."""
    if "\0" in text or len(text) < ARROW_FROM:
        return None
    try:
        import pyarrow as pa
        import pyarrow.csv as pcsv
    except ImportError:  # pragma: no cover - pyarrow is an optional dependency of pandas
        return None
    import pandas as pd

    names = [str(i) for i in range(width)]
    try:
        table = pcsv.read_csv(
            io.BytesIO(text.encode("utf-8") if raw is None else raw),
            read_options=pcsv.ReadOptions(skip_rows=at + 1, column_names=names),
            parse_options=pcsv.ParseOptions(
                delimiter=delimiter, quote_char=False, double_quote=False, escape_char=False,
                newlines_in_values=False, ignore_empty_lines=False,
            ),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()), null_values=[],
                strings_can_be_null=False, quoted_strings_can_be_null=False,
            ),
        )  # fmt: skip
    except (pa.ArrowException, UnicodeEncodeError):  # a line of another width; a lone surrogate
        return None
    # what read_csv(dtype=str) gives; its pyarrow storage is large_string, as read above, so
    # no column of a million cells is cast (pd.array casts when another pandas stores otherwise)
    dtype = pd.Series([], dtype=str).dtype
    return pd.DataFrame(
        {i: pd.array(table.column(i), dtype=dtype) for i in range(width)}, copy=False
    )


# a text from this many characters is read by pyarrow when it can be (below, starting its
# threads costs more than it saves)
ARROW_FROM = 1 << 20


def _quoted_parsed(
    text: str, lines: list[str], at: int, delimiter: str, width: int, raw: bytes | None = None
):
    """Return (cells, line numbers, []) of a long text with quoted cells, read by pyarrow's
    CSV reader, when every line below the header is one clean record; else None, and the
    ``csv`` module reads the text record by record (``_records``).

    A line is clean when each of its cells is either quoted (``"35,000,000"``, ``""`` for a
    quote inside, the quote opening right after the delimiter and closing right before the
    next one or the line's end) or unquoted without a quote and not starting with a space;
    no carriage return but before the newline, no NUL. On such lines the ``csv`` module
    (``skipinitialspace``, not strict) and pyarrow's reader (quotes doubled, no newline in a
    cell) give the same cells, every line is one record, and ``_bad_quotes`` finds nothing.
    One regular expression (RE2, through ``pyarrow.compute``) checks the whole text at once:
    a 1M-row file of quoted numbers is read in a tenth of a second, not in ten seconds. A line
    with another number of cells, and a row of blank cells (the ``csv`` path leaves some
    out), leave the text to the ``csv`` module.
    """
    if width < 2 or delimiter not in DELIMITERS or "\0" in text or len(text) < ARROW_FROM:
        return None
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pcsv
    except ImportError:  # pragma: no cover - pyarrow is an optional dependency of pandas
        return None
    import pandas as pd

    data = text.encode("utf-8") if raw is None else raw
    start = 0
    for _ in range(at + 1):  # the body starts after the header's line
        start = data.find(b"\n", start) + 1
        if not start:
            return None
    body = pa.py_buffer(data)[start:]
    d = rf"\x{ord(delimiter):02x}"
    quoted = r'"[^"\r\n\x00]*(?:""[^"\r\n\x00]*)*"'
    cell = rf'(?:{quoted}|(?:[^"{d} \r\n\x00][^"{d}\r\n\x00]*)?)'
    line = rf"{cell}(?:{d}{cell})*\r?"
    whole = pa.LargeStringArray.from_buffers(
        1, pa.array([0, len(body)], type=pa.int64()).buffers()[1], body
    )
    if not pc.match_substring_regex(whole, rf"\A(?:{line}\n)*(?:{line})?\z")[0].as_py():
        return None
    names = [str(i) for i in range(width)]
    try:
        table = pcsv.read_csv(
            pa.BufferReader(body),
            read_options=pcsv.ReadOptions(column_names=names),
            parse_options=pcsv.ParseOptions(
                delimiter=delimiter, quote_char='"', double_quote=True, escape_char=False,
                newlines_in_values=False, ignore_empty_lines=False,
            ),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()), null_values=[],
                strings_can_be_null=False, quoted_strings_can_be_null=False,
            ),
        )  # fmt: skip
    except pa.ArrowException:  # a line of another width
        return None
    count = _line_count(text) - at - 1
    if table.num_rows != count:
        return None
    dtype = pd.Series([], dtype=str).dtype  # read as its storage, large_string: no cast
    frame = pd.DataFrame(
        {i: pd.array(table.column(i), dtype=dtype) for i in range(width)}, copy=False
    )
    if count and _blank_rows(frame, width):
        return None
    names = _split(lines[at], delimiter)
    return _named(frame, names), list(range(at + 2, at + 2 + count)), []


def _blank_rows(frame, width: int) -> bool:
    """Whether a row of ``frame`` (cells of lines without quotes) holds only spaces and tabs:
    its line is blank. A column at a time, and only the rows still blank-looking."""
    rows = None
    for column in range(width):
        cells = frame[column] if rows is None else frame[column][rows]
        rows = cells.index[cells.str.strip(" \t").str.len() == 0]
        if not len(rows):
            return False
    return True


def _named(frame, names: list[str]):
    """Return ``frame`` with the header's names, marked as all text."""
    frame.columns = names
    frame.attrs["text"] = True
    return frame


def _plain_records(lines: list[str], first: int, delimiter: str, width: int):
    """Return what ``_records`` returns, for lines without quotes (split, no csv machinery)."""
    records: list[list[str]] = []
    rows: list[int] = []
    errors: Errors = []
    blank = f" \t\r\n{delimiter}"
    for number in range(first, len(lines)):
        line = lines[number]
        cells = line.rstrip("\r").split(delimiter)
        if len(cells) != width:
            if not line.strip(blank):
                continue
            if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                errors.append((number + 1, "", f"{len(cells)} cells, the header has {width}"))
                continue
            cells = cells[:width] + [""] * (width - len(cells))
        elif not line.strip(blank):
            continue
        records.append(cells)
        rows.append(number + 1)
    return records, rows, errors


def _records(lines: list[str], first: int, delimiter: str, width: int):
    """Return (records padded to ``width``, their start lines, reported records).

    A record the ``csv`` module cannot read, or whose quotes are bad (``_bad_quotes``), is
    reported by the line it starts on, and reading starts again on the line after it.
    """
    records: list[list[str]] = []
    rows: list[int] = []
    errors: Errors = []
    n = len(lines)
    blank = f" \t\r\n{delimiter}"  # a line of these holds no cell
    start = first
    reader = _reader(lines, start, delimiter)
    offset = start  # the line the reader started on
    while start < n:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            reason = str(error).split(" - ")[0]  # the csv module's hint about open() is not ours
            errors.append((start + 1, "", f"not a readable record ({reason})"))
            start += 1
            reader, offset = _reader(lines, start, delimiter), start
            continue
        end = offset + reader.line_num
        if end - start > 1 or ('"' in lines[start] and not _clean(lines[start], delimiter)):
            reason = _bad_quotes(lines, start, end, delimiter, width)
            if reason:
                errors.append((start + 1, "", reason))
                start += 1
                reader, offset = _reader(lines, start, delimiter), start
                continue
        line, start = start + 1, end
        if (len(record) <= 1 or not lines[line - 1].strip(blank)) and not any(
            cell.strip() for cell in record
        ):
            continue
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            errors.append((line, "", f"{len(record)} cells, the header has {width}"))
            continue
        records.append(record[:width] + [""] * (width - len(record)))
        rows.append(line)
    return records, rows, errors


def _reader(lines: list[str], start: int, delimiter: str):
    """Return a csv reader of ``lines`` from ``start`` on."""
    return csv.reader(islice(lines, start, None), delimiter=delimiter, skipinitialspace=True)


def _clean(line: str, delimiter: str) -> bool:
    """True when ``line`` is a record ``_bad_quotes`` finds nothing wrong with, by its shape:
    cells without quotes, or quoted (spaces before the opening quote, doubled quotes inside,
    the closing quote followed by the delimiter or the line's end), no carriage return but
    before the newline, no NUL. One regular expression instead of the csv module's strict
    reading, for the many lines of a file whose numbers are quoted ("35,000,000")."""
    pattern = _CLEAN.get(delimiter)
    if pattern is None:
        d = re.escape(delimiter)
        cell = rf'(?: *"[^"\r\n\0]*(?:""[^"\r\n\0]*)*"|[^"{d}\r\n\0]*)'
        pattern = _CLEAN[delimiter] = re.compile(rf"{cell}(?:{d}{cell})*\r?\n?")
    return pattern.fullmatch(line) is not None


_CLEAN: dict[str, re.Pattern] = {}


def _bad_quotes(lines: list[str], start: int, end: int, delimiter: str, width: int) -> str:
    """Return why the record on ``lines[start:end]`` is not a clean quoted record, or ''."""
    raw = "".join(lines[start:end])
    try:
        list(csv.reader(io.StringIO(raw), delimiter=delimiter, skipinitialspace=True, strict=True))
    except csv.Error:
        return "a quote opens a cell and does not close cleanly: check the quotes on this line"
    for offset, line in enumerate(lines[start + 1 : end - 1], start=start + 2):
        if width > 1 and line.count(delimiter) >= width - 1:
            return (
                f"an unclosed quote swallows line {offset}, which has the header's shape: "
                "check the quotes on this line"
            )
    if end - start > 1 and width > 1 and lines[end - 1].count(delimiter) >= width - 1:
        return (
            f"an unclosed quote swallows line {end}, which has the header's shape: "
            "check the quotes on this line"
        )
    return ""


# -- JSON -----------------------------------------------------------------------------------------


def _read_json(text: str):
    """Return (cells, record numbers from 1, []) of a JSON array of objects."""
    import json

    import pandas as pd

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} on line {error.lineno})") from None
    except RecursionError:  # arrays or objects nested thousands deep: no pledge table
        raise ValueError("not a pledge table: JSON nested too deep") from None
    if not isinstance(data, list):
        raise ValueError(
            f"a JSON pledge file holds an array of objects, not a {type(data).__name__}"
        )
    records, rows, errors = [], [], []
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            errors.append((number, "", "not a JSON object"))
            continue
        if any(value not in (None, "") for value in record.values()):
            records.append(record)
            rows.append(number)
    return pd.DataFrame.from_records(records), rows, errors


def _read_json_lines(text: str):
    """Return (cells, line numbers, bad lines) of JSON lines."""
    import json

    import pandas as pd

    records, rows, errors = [], [], []
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append((line_number, "", f"not valid JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            errors.append((line_number, "", "not a JSON object"))
            continue
        if not records and list(record) == [PROVENANCE_KEY]:
            continue  # the provenance line aidcalc writes ahead of its rows
        records.append(record)
        rows.append(line_number)
    return pd.DataFrame.from_records(records), rows, errors


PROVENANCE_KEY = "_provenance"  # as aidcalc.cli.output writes it (a lower layer cannot import it)


# -- workbooks ------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, sheet: str | int | None, header: int | None, notes: list[str]):
    """Return (cells, sheet rows, []) of the pledge sheet of a workbook."""
    import pandas as pd

    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, header=None, dtype=object)
    except ImportError as error:
        message = "reading .xlsx needs openpyxl: pip install 'aidcalc[excel]'"
        raise ImportError(message) from error
    except Exception as error:  # a corrupt workbook: zipfile, XML and openpyxl errors
        raise ValueError(
            f"not a readable xlsx workbook ({type(error).__name__}: {error})"
        ) from None
    names = list(sheets)
    if sheet is not None:
        name = names[sheet] if isinstance(sheet, int) and 0 <= sheet < len(names) else sheet
        if name not in sheets:
            which = (
                f"at position {sheet} (from 0; {sheet + 1} counted from 1)"
                if isinstance(sheet, int)
                else repr(sheet)
            )
            listed = ", ".join(map(repr, names))
            raise ValueError(f"no sheet {which}; the workbook has {len(names)}: {listed}")
        chosen = [(name, _sheet_header(sheets[name], header))]
    else:
        found = [(name, _sheet_header(frame, header)) for name, frame in sheets.items()]
        chosen = [(name, at) for name, at in found if at is not None]
        if len(chosen) > 1:
            listed = ", ".join(repr(name) for name, _ in chosen)
            raise ValueError(f"sheets {listed} all hold pledge tables: pick one with sheet=")
        if chosen and chosen[0][0] != names[0]:
            notes.append(f"sheet {chosen[0][0]!r}")
    if not chosen or chosen[0][1] is None:
        first = sheets[chosen[0][0] if chosen else names[0]]
        seen = [_cell(value) for value in (first.iloc[0].tolist() if len(first) else [])]
        raise ValueError(no_header_message(seen))
    name, at = chosen[0]
    frame = sheets[name]
    if at != 0:
        notes.append(f"header on row {at + 1}")
    titles = [
        (i + 1, " ".join(cells))
        for i in range(at)
        if (cells := [_cell(value) for value in frame.iloc[i].tolist() if _cell(value)])
    ]
    columns = [_cell(value) for value in frame.iloc[at].tolist()]
    body = frame.iloc[at + 1 :]
    keep = [i for i, column in enumerate(columns) if column]
    body = body.iloc[:, keep]
    body.columns = [columns[i] for i in keep]
    rows = [int(i) + 1 for i in body.index]
    blank = body.isna().all(axis=1).to_numpy() if len(body.columns) else None
    if blank is not None and blank.any():
        rows = [row for row, empty in zip(rows, blank, strict=True) if not empty]
        body = body[~blank]
    body = body.reset_index(drop=True)
    body.attrs["titles"] = titles  # the rows above the header: a unit may be written there
    return body, rows, []


def _cell(value: Any) -> str:
    return "" if value is None or value != value else str(value).strip()


def _sheet_header(frame: pd.DataFrame, header: int | None) -> int | None:
    """Return the position of the header row of a sheet (``header`` if given), or None."""
    if header is not None:
        return header if header < len(frame) else None
    for i in range(min(HEADER_SEARCH, len(frame))):
        if _score([_cell(value) for value in frame.iloc[i].tolist()])[1]:
            return i
    return None
