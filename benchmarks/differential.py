"""Differential harness: every reading the parser gives, recorded to compare before and after.

For every line of the peer corpora (``../shared/corpora/*.jsonl``, when present), of the own
corpus (``tests/parsing/corpus/passages.jsonl``) and every string literal of the parsing tests
(the table tests), it records ``parse_amount`` (without and, where the line has one, with its
language), ``parse_mention`` and ``extract_amounts``: each Mention's amount, start, end,
equivalent_of and assumptions, or the ``ParseError`` message. A speed change must leave the
record unchanged.

    python benchmarks/differential.py record OUT.jsonl
    python benchmarks/differential.py compare BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
PASSAGES = ROOT / "tests" / "parsing" / "corpus" / "passages.jsonl"
TESTS = ROOT / "tests" / "parsing"


def jsonl_lines(path: Path) -> list[str]:
    """Return the records of a JSON Lines file: split on "\\n" only (``str.splitlines`` would
    also split inside a record at a U+2028 or U+0085 its text holds unescaped)."""
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def inputs() -> list[tuple[str, str | None]]:
    """Return (text, lang) pairs, each once, in a stable order."""
    seen: dict[tuple[str, str | None], None] = {}
    for path in sorted(CORPORA.glob("*.jsonl")) + [PASSAGES]:
        if not path.exists():
            continue
        for raw in jsonl_lines(path):
            record = json.loads(raw)
            text, lang = record.get("text"), record.get("lang")
            if isinstance(text, str):
                seen[(text, None)] = None
                if lang:
                    seen[(text, lang[:2].lower())] = None
    for path in sorted(TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and 0 < len(text) < 2000:
                seen[(text, None)] = None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import collection  # articles of the extraction benchmark

    for article in collection(0.3):
        seen[(article, None)] = None
    return list(seen)


def _mention(m) -> list:
    a = m.amount
    return [str(a.value), a.currency, a.qualifier, None if a.high is None else str(a.high),
            m.start, m.end, m.equivalent_of, list(m.assumptions)]  # fmt: skip


def _call(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except Exception as error:  # ParseError, and any other error the input raises
        return f"{type(error).__name__}: {error}"


def reading(text: str, lang: str | None) -> dict:
    """Return everything the public functions say about ``text`` read in ``lang``."""
    from aidcalc import extract_amounts, parse_amount
    from aidcalc.parsing import parse_mention

    amount = _call(parse_amount, text, lang=lang)
    mention = _call(parse_mention, text, lang=lang)
    found = _call(extract_amounts, text, lang=lang)
    return {
        "text": text,
        "lang": lang,
        "parse": amount if isinstance(amount, str) else repr(amount),
        "mention": mention if isinstance(mention, str) else _mention(mention),
        "extract": found if isinstance(found, str) else [_mention(m) for m in found],
    }


def record(out: Path) -> int:
    pairs = inputs()
    with out.open("w", encoding="utf-8") as handle:
        for text, lang in pairs:
            handle.write(json.dumps(reading(text, lang), ensure_ascii=False) + "\n")
    print(f"{len(pairs)} inputs recorded in {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    old = [json.loads(line) for line in jsonl_lines(before)]
    new = [json.loads(line) for line in jsonl_lines(after)]
    old_by = {(r["text"], r["lang"]): r for r in old}
    differences = 0
    for r in new:
        o = old_by.get((r["text"], r["lang"]))
        if o is None or o == r:
            continue
        differences += 1
        if differences <= 20:
            print(json.dumps({"before": o, "after": r}, ensure_ascii=False))
    print(f"{len(new)} inputs compared, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    command, *paths = sys.argv[1:]
    if command == "record":
        sys.exit(record(Path(paths[0])))
    sys.exit(compare(Path(paths[0]), Path(paths[1])))
