"""``aidcalc extract``: money amounts or pledge candidates from news text files."""

from __future__ import annotations

import argparse
import os
import sys
from bisect import bisect_right
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import NamedTuple

from .output import add_command, add_format_option, command_line_remedy
from .reading import add_encoding_option

# one row per amount: the file, ``Mention.record``'s fields (``Mention.FIELDS``, written out so
# that loading this module stays light; a test keeps them equal), the restatement's deviation
AMOUNT_COLUMNS = (
    "file",
    "start",
    "end",
    "text",
    "amount",
    "value",
    "currency",
    "qualifier",
    "high",
    "equivalent_of",
    "assumptions",
    "changed_to",
    "deviation",
)
# what a table shows (the sentence is cut to NOTE_WIDTH characters): each row's number, which
# ``part_of`` and ``duplicate_of`` name, and its review ``status``, so a rejected row (a
# request, a retracted figure) never looks like a counted pledge (trialfixa17); ``part_of`` and
# ``duplicate_of`` only when some row has one (``_pledge_table``)
PLEDGE_TABLE = (
    "row",
    "file",
    "donor",
    "recipient",
    "date",
    "amount",
    "category",
    "measure",
    "basis",
    "status",
    "note",
)
LINK_COLUMNS = ("part_of", "duplicate_of")
ARTICLE_COLUMNS = ("id", "published")  # after "file", when an input is JSON lines of articles
NOTE_WIDTH = 60
PROGRESS_FROM = 10  # files; fewer finish before a bar would help

EXAMPLES = """examples:
  aidcalc extract article.txt
  aidcalc extract article.txt --published 2024-11-04 --what pledges
  aidcalc extract news/*.txt --what pledges --format csv > pledges.csv
  aidcalc summary pledges.csv --by donor
  cat article.txt | aidcalc extract - --lang de --format json
  aidcalc extract archive/ --glob '*.txt' --jobs 0 --format csv > amounts.csv
  aidcalc extract dump.jsonl --what pledges --format json > pledges.jsonl
  aidcalc extract article.txt --what pledges --published 2024-11-04 -o pledges.xlsx

amounts: every money amount with its offsets; a restatement ("($763 million)") names the row
it restates (equivalent_of) and, with --published, how far it is from the reference rate;
a value before a change ("rose from €5bn to €8bn", "up from €5bn") names the row it changed
to (changed_to), and pledges make no row of it.
Each amount row names the defaults its reading rests on (assumptions: dollar-usd,
decimal-default, …; see docs/parsing.md); with --strict those amounts are left out and
reported, and the exit status is 1.
An amount the text writes but the parser refuses (a currency it cannot tell, two currencies
in one amount, a number too long) is left out and reported on stderr with its offset and what
would decide it ("'kroner' is ambiguous …: pass currency_hint= or lang="), and the exit
status is 1.
pledges: one candidate row per amount that is not a restatement, in the pledge schema, with
the sentence in source and note for review. A file that cannot be read is reported and the
exit status is 1.
inputs: a folder is searched recursively for --glob (files in path order); a JSON-lines file
holds one article per line, {"id", "published", "text", ...}, and each row keeps the article's
id and publication date (its "published" replaces --published). Standard input is JSON lines
when its first line is such an article: each article's rows are then written as soon as its
line is read; any other input is one text, read to its end. --jobs N reads N articles at
a time in worker processes; the rows come out as one process writes them.
"""


def add_parser(subparsers) -> None:
    """Register ``aidcalc extract``."""
    parser = add_command(
        subparsers,
        "extract",
        help="find money amounts or pledge candidates in news text",
        description="Find the money amounts in news texts, or turn them into pledge candidates.",
        examples=EXAMPLES,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE|DIR|-",
        help="text files, folders (searched recursively), JSON-lines files of articles "
        "(.jsonl, .ndjson), or - for stdin",
    )
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files of a folder to read (default: *.txt)",
    )
    parser.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help='text or JSON lines of articles ({"id", "published", "text", ...}); '
        "auto (default): JSON lines for .jsonl and .ndjson files, text otherwise",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per core); the output is the same, "
        "in the same order, for every N",
    )
    parser.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="publication date (YYYY-MM-DD): resolves 'In September' and dates "
        "rows whose sentence states none",
    )
    parser.add_argument("--lang", help="language of the texts (ISO 639-1); inferred if not given")
    add_encoding_option(parser)
    parser.add_argument(
        "--what",
        choices=("amounts", "pledges"),
        default="amounts",
        help="amounts (default) or pledge candidates",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="amounts: leave out and report every amount whose reading rests on a default",
    )
    add_format_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the rows to FILE, its suffix picking the format: .csv, .tsv, .json/.jsonl, "
        ".xlsx (with each amount's sentence and a method sheet); else --format",
    )
    parser.set_defaults(run=run)


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0: all cores), not {text!r}"
        )
    return jobs


def _published(text: str) -> str:
    from ..dates import parse_value_date

    try:
        return str(parse_value_date(text))
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def text_article(label: str, raw: bytes, encoding: str | None = None) -> Article:
    """Return the article of a whole text input, its bytes decoded by the one rule of every
    command (``aidcalc.textfiles.decode_text``): a line that is not UTF-8 is a problem and left
    empty; an input that is empty, binary or in no encoding tried is one problem and no text;
    an encoding found rather than given is a note (with the ``--encoding`` to pass when it was
    guessed).

    >>> text_article("a.txt", b"").problems
    ('no text: the input is empty, nothing to read',)
    >>> article = text_article("a.txt", "Vilnius: 5 mln €.".encode("cp1252"))
    >>> for part in article.notes[0].split("; "):
    ...     print(part)
    encoding cp1252 (Western European), guessed: not UTF-8
    pass --encoding cp1250 (Central European) or cp1251 (Cyrillic) if its letters read wrongly
    """
    from ..errors import NotText
    from ..textfiles import decode_text

    try:
        found = decode_text(raw, encoding=encoding)
    except NotText as error:
        return Article(label, None, (str(error),))
    problems = tuple(f"line {number} {problem}" for number, problem in found.problems)
    note = found.note and (f"{found.note}; {found.advice()}" if found.guessed else found.note)
    return Article(label, found.text, problems, notes=(note,) if note else ())


def read_text(name: str, encoding: str | None = None) -> Article:
    """Return the article of file ``name`` (stdin for ``-``), read as bytes (``text_article``)."""
    label = "stdin" if name == "-" else name
    if name == "-":
        binary = getattr(sys.stdin, "buffer", None)
        if binary is None:  # a text stream put in place of stdin
            text = sys.stdin.read()
            return text_article(label, text.encode("utf-8"))
        return text_article(label, binary.read(), encoding)
    return text_article(label, Path(name).read_bytes(), encoding)


def amount_rows(
    name: str,
    text: str,
    lang: str | None,
    published: str | None,
    strict: bool = False,
    refused: list | None = None,
    notes: list | None = None,
    offset: int = 0,
    left_out: list | None = None,
) -> list[dict]:
    """Return one row per money amount in ``text``; with ``strict``, only those whose reading
    rests on no default (the others are reported on stderr, or appended to ``notes`` when it
    is given, and appended to ``refused``). An amount the parser refuses (``Refusal``) is
    reported the same way, as "left out" with its reason, and appended to ``left_out`` when it
    is given. ``offset``: where ``text`` starts in its file (a piece of a large file), added to
    ``start`` and ``end``."""
    from ..news.sentences import split_sentences
    from ..parsing import extract_amounts

    refusals: list = []
    mentions = extract_amounts(text, lang=lang, refused=refusals)
    _report_left_out(name, refusals, offset, notes, left_out)
    if published and any(m.equivalent_of is not None for m in mentions):
        from ..news.candidates import link_deviations

        mentions = link_deviations(mentions, published)
    spans = split_sentences(text) if mentions else []
    places = Decimal("0.0001")
    rows = []
    for m in mentions:
        if strict and m.assumptions:
            note = (
                f"aidcalc extract: {name}:{offset + m.start}: {text[m.start : m.end]!r} rests on "
                f"{', '.join(m.assumptions)} (left out under --strict)"
            )
            _tell(note, notes)
            if refused is not None:
                refused.append(m)
            continue
        rows.append(
            {
                "file": name,
                **m.record(text, offset),
                "deviation": m.deviation.quantize(places) if m.deviation is not None else None,
                "sentence": _sentence_at(text, spans, m.start, m.end),
            }
        )
    return rows


# the most of a "sentence" a row carries: a text without sentence ends (a log, a table dumped
# as text) is one sentence, and each of its amounts would otherwise copy all of it
SENTENCE_MOST = 1000


def _sentence_at(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """Return the sentence of ``text`` that holds the amount at ``start:end`` (the amount's
    own text when no sentence span holds its start), found by bisection over ``spans`` (in
    order, not overlapping). A sentence longer than ``SENTENCE_MOST`` characters is cut to that
    many around the amount, with ``…`` where it was cut.

    >>> text = "Aid grew. Lithuania gave €5m. Estonia €2m."
    >>> spans = [(0, 9), (10, 29), (30, 42)]
    >>> _sentence_at(text, spans, 24, 27), _sentence_at(text, spans, 38, 41)
    ('Lithuania gave €5m.', 'Estonia €2m.')
    """
    at = bisect_right(spans, (start, len(text) + 1)) - 1
    if at < 0 or not spans[at][0] <= start < spans[at][1]:
        return text[start:end]
    first, last = spans[at][0], max(spans[at][1], end)
    if last - first <= SENTENCE_MOST:
        return text[first:last]
    room = max(0, SENTENCE_MOST - (end - start)) // 2
    cut_first, cut_last = max(first, start - room), min(last, end + room)
    head = "…" if cut_first > first else ""
    tail = "…" if cut_last < last else ""
    return f"{head}{text[cut_first:cut_last]}{tail}"


def pledge_rows(
    name: str,
    text: str,
    lang: str | None,
    published: str | None,
    notes: list | None = None,
    left_out: list | None = None,
) -> list[dict]:
    """Return the pledge candidates of ``text``; ``amount`` as ``parse_amount`` reads it back.
    An amount the parser refuses is reported as ``amount_rows`` reports it (on stderr, or in
    ``notes``), and appended to ``left_out``."""
    from ..news.candidates import pledge_candidates

    refusals: list = []
    rows = pledge_candidates(text, published=published, lang=lang, refused=refusals)
    _report_left_out(name, refusals, 0, notes, left_out)
    for row in rows:
        amount = row["parsed"]
        row.update(file=name, amount=str(amount), value=amount.value, high=amount.high)
        row["assumptions"] = "|".join(row.get("assumptions", ()))  # as a pledge table has them
    return rows


def _report_left_out(name: str, refusals: list, offset: int, notes, left_out) -> None:
    """Report each ``Refusal`` as "FILE:OFFSET: left out: REASON" (``_tell``), and append it
    to ``left_out`` when given; ``offset``: where the text starts in its file."""
    for refusal in refusals:
        _tell(
            f"aidcalc extract: {name}:{offset + refusal.start}: left out: "
            f"{command_line_remedy(refusal.reason, 'lang')}",
            notes,
        )
        if left_out is not None:
            left_out.append(refusal)


def _tell(note: str, notes: list | None) -> None:
    """Print ``note`` on stderr, or append it to ``notes`` (a worker's messages) when given."""
    if notes is None:
        print(note, file=sys.stderr)
    else:
        notes.append(note)


def pledge_columns(columns: tuple) -> tuple:
    """Return the pledge columns with ``assumptions`` after ``high`` (a table: after
    ``amount``): the defaults a reading rests on, ``|`` between them, as ``read_pledges``
    reads them back; and ``duplicate_source`` after ``duplicate_of`` when there is one: the
    file (and article id) of the counted row a duplicate repeats."""
    if "assumptions" not in columns:  # the pledge COLUMNS have it after ``high`` already
        after = "high" if "high" in columns else "amount"
        at = columns.index(after) + 1
        columns = (*columns[:at], "assumptions", *columns[at:])
    if "duplicate_of" in columns:
        at = columns.index("duplicate_of") + 1
        columns = (*columns[:at], "duplicate_source", *columns[at:])
    return columns


def _pledge_table(columns: tuple, rows) -> list[str]:
    """Return the columns of a pledges table: ``assumptions`` only when some reading rests on
    one, and after ``status`` the links ``part_of`` and ``duplicate_of`` (row numbers of the
    ``row`` column) only when some row has one."""
    chosen = list(columns)
    if any(row.get("assumptions") for row in rows):
        chosen = list(pledge_columns(columns))
    links = [name for name in LINK_COLUMNS if any(row.get(name) is not None for row in rows)]
    if links and "status" in chosen:
        at = chosen.index("status") + 1
        chosen[at:at] = links
    return chosen


def numbered(rows):
    """Yield each row with ``row``, its number in the output from 0: the number its parts'
    ``part_of`` and its repeats' ``duplicate_of`` name."""
    for number, row in enumerate(rows):
        row["row"] = number
        yield row


def run(args) -> int:
    """Print the rows of every article as it is read; return 1 when any file, line or article
    could not be read."""
    from .streams import TALLY, emit

    _STDIN_START.clear()  # nothing kept from an earlier call in this process
    articles = any(_is_jsonl(name, args.input) for name in args.files)
    extra = ARTICLE_COLUMNS if articles else ()
    if args.what == "pledges":
        from ..news.candidates import COLUMNS

        table_only = args.format == "table" and not args.output  # a file has every column
        base = PLEDGE_TABLE if table_only else pledge_columns(("file", *COLUMNS))
    else:
        base = AMOUNT_COLUMNS
    lead = 2 if base[0] == "row" else 1  # "row", then "file": the article's columns after
    columns = (*base[:lead], *extra, *base[lead:])
    undated: list = []
    refused: list = []  # amounts left out under --strict
    rows = file_rows(args, undated, refused)
    if base[0] == "row":
        rows = numbered(rows)
    if args.output:
        from .output import output_problem

        problem = output_problem(args.output)
        if problem:
            print(f"aidcalc extract: -o: {problem}", file=sys.stderr)
            return 2
        write_file(args, rows, columns)
    else:
        if args.what == "pledges":
            table = partial(_pledge_table, columns)
        else:
            table = partial(_amount_table, bool(args.published), extra)
        emit(rows, columns, args.format, table=table, cut={"note": NOTE_WIDTH})
    if undated:
        print("aidcalc extract: some rows have no date: pass --published", file=sys.stderr)
    return 1 if TALLY.failures or refused else 0


def write_file(args, rows, columns) -> None:
    """Write every row to ``-o FILE``: CSV, TSV or JSON lines by its suffix (else
    ``--format``; a table is written as CSV), or an ``.xlsx`` workbook whose rows carry the
    sentence of each amount (pledges: ``note`` is the sentence) and whose "method" sheet says
    how the rows were read."""
    from .output import output_format
    from .streams import write_rows_to

    if output_format(args.output, args.format) == "xlsx" and args.what == "amounts":
        columns = (*columns, "sentence")
    write_rows_to(args.output, rows, columns, args.format, _method_lines(args))


def _method_lines(args) -> list[str]:
    """Return the method sheet's lines of an extract: what was read and how."""
    what = "pledge candidates" if args.what == "pledges" else "money amounts"
    lines = [
        f"{what.capitalize()} found in news text by aidcalc extract; values as written in the "
        "text, not converted; assumptions name the defaults a reading rests on (docs/parsing.md)"
    ]
    if args.published:
        lines.append(f"publication date: {args.published} (deviations of restatements at its rate)")
    if args.what == "pledges":
        lines.append(
            "every row is a candidate for review; note holds the sentence it was read from"
        )
    if args.strict:
        lines.append("--strict: amounts resting on a default were left out")
    return lines


def _amount_table(published: bool, extra: tuple, rows) -> list[str]:
    """Return the columns of an amounts table: deviations only with a publication date, the
    assumptions column only when some reading rests on one."""
    shown = {
        "deviation": published or bool(extra),
        "assumptions": any(row["assumptions"] for row in rows),
    }
    return [AMOUNT_COLUMNS[0], *extra] + [c for c in AMOUNT_COLUMNS[1:] if shown.get(c, True)]


class Article(NamedTuple):
    """One text to read: where it came from, its id and date (JSON lines), and the problems
    met reading it (text is None when nothing could be read)."""

    label: str
    text: str | None
    problems: tuple[str, ...] = ()
    id: str | None = None
    published: str | None = None
    is_article: bool = False
    offset: int | None = None  # where a piece of a large file starts in it (None: not a piece)
    notes: tuple[str, ...] = ()  # what reading found rather than was told (an encoding)


class Work(NamedTuple):
    """What reading one article gives: its rows, the messages for stderr, and counts."""

    rows: list
    notes: list
    failures: int
    refused: int
    undated: bool
    mentions: int = 0  # amounts found (rows and refused): a piece's links count from its file
    offset: int | None = None  # the article's offset: 0 for a file's first piece
    size: int = 0  # bytes of text read (UTF-8), for the progress line


def _is_jsonl(name: str, how: str) -> bool:
    if how != "auto":
        return how == "jsonl"
    if name == "-":
        return getattr(sys.stdin, "buffer", None) is not None and stdin_is_jsonl()
    return Path(name).suffix.lower() in (".jsonl", ".ndjson")


def input_paths(args) -> tuple[list[str], list[str]]:
    """Return (inputs, problems): the names given, each folder replaced by its files matching
    ``--glob`` (recursively, in path order); a folder where none matches is a problem."""
    names, problems = [], []
    for name in args.files:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted((p for p in path.rglob(args.glob) if p.is_file()), key=lambda p: p.parts)
            if not found:
                problems.append(f"{name}: no file in this folder matches {args.glob!r}")
            names.extend(str(p) for p in found)
        else:
            names.append(name)
    return names, problems


def read_articles(name: str, how: str, pieces: bool = False, encoding: str | None = None):
    """Yield the articles of input ``name``: one for a text file or stdin, one per line of a
    JSON-lines file (a line that is not an article object is an article with a problem); with
    ``pieces``, one per piece of a large UTF-8 text file (``read_pieces``). An input with no
    text (empty, binary) is one article with that problem."""
    from .output import safe_text

    label = "stdin" if name == "-" else safe_text(name)
    if name == "-" and how == "auto" and getattr(sys.stdin, "buffer", None) is not None:
        yield from _stdin_articles(label, encoding)
        return
    if pieces and not _is_jsonl(name, how) and not encoding and _is_large(name):
        yield from read_pieces(name, label)
        return
    if not _is_jsonl(name, how):
        try:
            article = read_text(name, encoding)
        except OSError as error:
            yield Article(label, None, (error.strerror or str(error),))
            return
        yield article._replace(label=label)
        return
    try:
        stream = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as error:
        yield Article(label, None, (error.strerror or str(error),))
        return
    try:
        empty = True
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                empty = False
                yield article_of_line(label, raw, number)
        if empty:
            yield Article(label, None, ("no text: the input is empty, nothing to read",))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


_STDIN_START: list = []  # (lines read to sniff standard input, whether they open JSON lines)


def stdin_is_jsonl() -> bool:
    """Return whether standard input holds JSON lines of articles: its first line that is not
    blank is a JSON object with a ``text`` string. The lines read to tell are kept for
    ``_stdin_articles``; nothing else is read."""
    import json

    if not _STDIN_START:
        stream = sys.stdin.buffer
        consumed, first = [], b""
        while not first.strip():  # blank lines before the first article
            first = stream.readline()
            if not first:
                break
            consumed.append(first)
        try:
            record = json.loads(first.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            record = None
        is_jsonl = isinstance(record, dict) and isinstance(record.get("text"), str)
        _STDIN_START.append((consumed, is_jsonl))
    return _STDIN_START[0][1]


def _stdin_articles(label: str, encoding: str | None = None):
    """Yield the articles of standard input (``--input auto``): JSON lines of articles when its
    first line says so (``stdin_is_jsonl``), each yielded as soon as its line is read (so its
    rows are written while the input is still open); else one text, read to the end (a text's
    rows may depend on any later sentence: a donor named further on, the countries the text
    names)."""
    is_jsonl = stdin_is_jsonl()
    consumed = _STDIN_START.pop()[0]
    stream = sys.stdin.buffer
    if not is_jsonl:  # every byte as read
        yield text_article(label, b"".join(consumed) + stream.read(), encoding)
        return
    yield article_of_line(label, consumed[-1], len(consumed))
    for number, raw in enumerate(stream, start=len(consumed) + 1):
        if raw.strip():
            yield article_of_line(label, raw, number)


def _is_large(name: str) -> bool:
    """Whether ``name`` is a file to read in pieces: larger than ``STREAM_FROM`` bytes and
    UTF-8 by the rule of ``aidcalc.textfiles`` applied to its start (any other file is read
    whole, so that the one rule decides its encoding)."""
    from ..errors import NotText
    from ..textfiles import decode_text
    from .pieces import STREAM_FROM

    try:
        if name == "-" or Path(name).stat().st_size <= STREAM_FROM:
            return False
        with open(name, "rb") as stream:
            head = stream.read(1 << 16)
    except OSError:
        return False  # read_text reports it
    try:
        return decode_text(head, empty=True).encoding == "utf-8"
    except NotText:
        return False


def read_pieces(name: str, label: str):
    """Yield a large text file as articles, one per piece (``aidcalc.cli.pieces``): memory
    holds a few pieces, whatever the file's size; the rows are those of the whole file."""
    from .pieces import pieces

    try:
        stream = open(name, "rb")  # noqa: SIM115
    except OSError as error:
        yield Article(label, None, (error.strerror or str(error),))
        return
    with stream:
        for offset, text, problems in pieces(stream):
            yield Article(label, text, tuple(problems), offset=offset)


def article_of_line(label: str, raw: bytes, number: int) -> Article:
    """Return the article on line ``number`` of a JSON-lines file: ``text`` (required, a
    string), ``id`` (any scalar, kept as text; the line number when absent) and ``published``
    (a date, YYYY-MM-DD or coarser); anything else on the line is ignored.

    >>> article_of_line("a.jsonl", b'{"id": 7, "published": "2024-11", "text": "$5m"}', 1)[1:5]
    ('$5m', (), '7', '2024-11')
    >>> article_of_line("a.jsonl", b'{"id": "x"}', 3).problems
    ('line 3: no "text" string in the article; nothing was read from it',)
    """
    import json

    from ..dates import parse_value_date
    from .streams import decode_line

    text, problem = decode_line(raw, number)
    if problem:
        return Article(label, None, (problem,), str(number), is_article=True)
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as error:
        why = f"line {number} is not JSON ({error}); nothing was read from it"
        return Article(label, None, (why,), str(number), is_article=True)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        why = f'line {number}: no "text" string in the article; nothing was read from it'
        return Article(label, None, (why,), str(number), is_article=True)
    ident = record.get("id", number)
    ident = str(number) if ident is None or isinstance(ident, (dict, list)) else str(ident)
    published = record.get("published")
    if published is not None:
        try:
            published = str(parse_value_date(str(published)))
        except ValueError as error:
            why = f"line {number} (id {ident}): published {published!r}: {error}"
            return Article(label, None, (why,), ident, is_article=True)
    return Article(label, record["text"], (), ident, published, is_article=True)


def read_article(task) -> Work:
    """Return what one article gives (run in a worker process with ``--jobs``; the main
    process writes everything, so the output does not depend on the number of processes)."""
    article, what, lang, strict, published = task
    notes = [f"aidcalc extract: {article.label}: {note}" for note in article.notes]
    notes += [f"aidcalc extract: {article.label}: {problem}" for problem in article.problems]
    refused: list = []
    left_out: list = []  # amounts the parser refused: each one counts as a failure
    try:
        rows, undated = _article_rows(
            article, what, lang, strict, published, notes, refused, left_out
        )
    except Exception as error:  # a fault of ours: this article is reported, the batch goes on
        if os.environ.get("AIDCALC_DEBUG"):
            raise
        rows, undated = [], False
        left_out.append(article.label)
        notes.append(
            f"aidcalc extract: {article.label}: internal error: {type(error).__name__}: {error} "
            "(nothing read from this article; AIDCALC_DEBUG=1 shows where; please report it)"
        )
    found = len(rows) + len(refused) if what == "amounts" else 0
    size = len(article.text.encode("utf-8", "replace")) if article.text else 0
    failures = len(article.problems) + len(left_out)
    return Work(rows, notes, failures, len(refused), undated, found, article.offset, size)


def _article_rows(article, what, lang, strict, published, notes, refused, left_out):
    """Return (rows, undated) of one article's text (none when it has no text)."""
    rows: list = []
    undated = False
    if article.text is not None:
        date = article.published or published
        if what == "pledges":
            rows = pledge_rows(article.label, article.text, lang, date, notes, left_out)
            undated = any(row.get("date") is None for row in rows)
        else:
            rows = amount_rows(
                article.label,
                article.text,
                lang,
                date,
                strict,
                refused,
                notes,
                article.offset or 0,
                left_out,
            )
        if article.is_article:
            for row in rows:
                row["id"] = article.id
                row["published"] = article.published
    return rows, undated


def file_rows(args, undated: list, refused: list):
    """Yield the rows of every article in turn; report each file, line or article that cannot
    be read on stderr (counted in ``TALLY``); note in ``undated`` a pledge row without a date,
    and in ``refused`` each amount ``--strict`` leaves out."""
    from .streams import TALLY

    names, problems = input_paths(args)
    for problem in problems:
        print(f"aidcalc extract: {problem}", file=sys.stderr)
        TALLY.failures += 1
    progress = ArticleProgress(len(names))

    def tasks():
        for number, name in enumerate(names, start=1):
            # amounts only: pledges link sentences and repeats across the whole text
            articles = read_articles(name, args.input, args.what == "amounts", args.encoding)
            for article in articles:
                yield (article, args.what, args.lang, args.strict, args.published)
            yield number  # a file is done: move the bar

    # the same pledge from several files or articles: marked in the main process, in input
    # order, so --jobs gives the output one process gives
    from ..news.dedup import ArticleDuplicates

    batch = ArticleDuplicates() if args.what == "pledges" else None
    earlier = 0  # amounts in the earlier pieces of a large file
    for work in _run_all(tasks(), args.jobs):
        if isinstance(work, int):
            progress.show(work)
            continue
        progress.add(work.size)
        if work.notes:
            progress.clear()
        for note in work.notes:
            print(note, file=sys.stderr)
        TALLY.failures += work.failures
        refused.extend([None] * work.refused)
        if work.undated and not undated:
            undated.append(True)
        if work.offset is not None:  # a piece: mention indexes count from the file's start
            earlier = 0 if work.offset == 0 else earlier
            link_pieces(work.rows, earlier)
            earlier += work.mentions
        if batch is not None and work.rows:  # part_of / duplicate_of: rows of the whole output
            batch.mark(work.rows, article_source(work.rows[0]))
        yield from work.rows
    progress.close()


def article_source(row: dict) -> str:
    """Return the name of the article a row comes from: its file, and ``#id`` for an article
    of a JSON-lines file."""
    ident = row.get("id")
    return row["file"] if ident in (None, "") else f"{row['file']}#{ident}"


def link_pieces(rows: list, earlier: int) -> None:
    """Make ``equivalent_of`` and ``changed_to`` (positions among one piece's amounts)
    positions among the amounts of the whole file: add ``earlier``, the amounts of its
    earlier pieces."""
    for row in rows:
        for field in ("equivalent_of", "changed_to"):
            if row.get(field) is not None:
                row[field] += earlier


class ArticleProgress:
    """A progress line on stderr, on a terminal only: articles read, MB of text, MB/s, and
    files done (``12/40 files``). It is redrawn at most every ``EVERY`` seconds, and shown
    only when the run takes ``SHOW_AFTER`` seconds or reads ``PROGRESS_FROM`` files or more."""

    EVERY = 0.2
    SHOW_AFTER = 1.0

    def __init__(self, files: int, stream=None):
        import time

        self.stream = stream or sys.stderr
        self.files = files
        self.done = 0
        self.articles = 0
        self.bytes = 0
        self.started = self.drawn = time.monotonic()
        self.active = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def add(self, size: int) -> None:
        """Count one article of ``size`` bytes."""
        self.articles += 1
        self.bytes += size
        self._draw()

    def show(self, done: int) -> None:
        """Count ``done`` files finished."""
        self.done = done
        self._draw()

    def line(self, now: float) -> str:
        """The progress line's text at time ``now``."""
        seconds = max(now - self.started, 1e-9)
        mb = self.bytes / 1e6
        return (
            f"extract: {self.articles:,} articles, {mb:,.1f} MB, {mb / seconds:.2f} MB/s "
            f"[{self.done}/{self.files} files]"
        )

    def _draw(self, final: bool = False) -> None:
        import time

        if not self.active:
            return
        now = time.monotonic()
        due = now - self.drawn >= self.EVERY and now - self.started >= self.SHOW_AFTER
        if due or (final and (self.shown or self.files >= PROGRESS_FROM)):
            self.stream.write("\r\033[K" + self.line(now))
            self.stream.flush()
            self.drawn = now
            self.shown = True

    def clear(self) -> None:
        """Wipe the line so that a message starts at the left margin."""
        if self.active and self.shown:
            self.stream.write("\r\033[K")

    def close(self) -> None:
        """Draw the last state and end the line."""
        self._draw(final=True)
        if self.active and self.shown:
            self.stream.write("\n")


def _run_all(tasks, jobs: int):
    """Yield ``read_article(task)`` for every task in order (an int passes through), in this
    process for one job, else in ``jobs`` worker processes (0: one per core) with at most a
    few tasks per worker waiting, so that memory stays bounded whatever the input's size."""
    import os

    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if jobs <= 1:
        for task in tasks:
            yield task if isinstance(task, int) else read_article(task)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    waiting: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for task in tasks:
            waiting.append(task if isinstance(task, int) else pool.submit(read_article, task))
            while len(waiting) > 4 * jobs or (waiting and isinstance(waiting[0], int)):
                head = waiting.popleft()
                yield head if isinstance(head, int) else head.result()
        while waiting:
            head = waiting.popleft()
            yield head if isinstance(head, int) else head.result()
