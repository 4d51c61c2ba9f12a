"""The data part of a CSV or JSON-lines output: what follows the provenance record that
``summary`` and ``normalize`` write first (``#`` comment lines, a ``{"_provenance": …}`` line)."""

from __future__ import annotations

import json


def data_part(text: str) -> str:
    """Return ``text`` without its leading ``#`` lines and its leading provenance JSON line."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    if start < len(lines) and lines[start].startswith('{"_provenance"'):
        assert list(json.loads(lines[start])) == ["_provenance"]
        start += 1
    return "".join(lines[start:])


def provenance_of(text: str) -> dict:
    """Return the provenance of an output: the JSON record, or the ``# key: value`` lines."""
    first = text.splitlines()[0] if text else ""
    if first.startswith('{"_provenance"'):
        return json.loads(first)["_provenance"]
    found = {}
    for line in text.splitlines():
        if not line.startswith("# "):
            break
        key, _, value = line[2:].partition(": ")
        found[key] = value
    return found
