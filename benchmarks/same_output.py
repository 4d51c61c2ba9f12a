"""Check that two versions of aidcalc read and total pledge tables alike (issue 11, "Speed").

A speed change must not change any reading. Three steps, each a command:

1. ``capture DIR``: run the pledge and CLI tests with this file as a pytest plugin, recording
   every input ``read_pledges`` is given (bytes or frame, with its options) into ``DIR``::

       CAPTURE_DIR=/tmp/cap python -m pytest -p same_output tests/pledges tests/cli \\
           --rootdir . -o pythonpath=benchmarks -p no:cacheprovider

2. ``run DIR OUT [FILE...]`` (once per version, its code first on ``PYTHONPATH``): read every
   captured input with ``read_pledges`` (as bytes and as a file) and run ``aidcalc summary``
   (CSV, JSON, ``--rows``) and ``aidcalc normalize`` on each file input, then ``summary`` on
   each big ``FILE`` (e.g. the bench file); every frame, dtype, error, stdout, stderr (bad-row
   report, duplicate groups) and exit status is pickled into ``OUT``.
3. ``compare OUT_A OUT_B``: every outcome must be identical (frames exactly, dtypes, index);
   prints the differences and their count.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path

_COUNT = itertools.count()


def _record(source, options, out: Path):
    """Pickle one ``read_pledges`` input; return the source to read (a buffer is re-made)."""
    import pandas as pd

    record: dict = {"options": options}
    if isinstance(source, pd.DataFrame):
        record["frame"] = source.copy()
    elif isinstance(source, str | os.PathLike) and Path(source).is_file():
        record["bytes"], record["name"] = Path(source).read_bytes(), Path(source).name
    elif isinstance(source, bytes):
        record["bytes"] = source
    elif hasattr(source, "read"):
        data = source.read()
        record["bytes" if isinstance(data, bytes) else "text"] = data
        name = getattr(source, "name", None)
        record["name"] = Path(name).name if isinstance(name, str) else None
        source = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    if len(record) > 1:
        with open(out / f"{os.getpid()}-{next(_COUNT)}.pkl", "wb") as handle:
            pickle.dump(record, handle)
    return source


try:
    import pytest

    @pytest.fixture(autouse=True)
    def _capture(monkeypatch):
        """Record every input of ``read_pledges`` into ``$CAPTURE_DIR`` (step 1)."""
        from aidcalc.pledges import read

        out = Path(os.environ["CAPTURE_DIR"])
        out.mkdir(parents=True, exist_ok=True)
        original = read._read_pledges
        monkeypatch.setattr(
            read, "_read_pledges", lambda source, *options: original(
                _record(source, options, out), *options
            ),
        )  # fmt: skip
        yield
except ImportError:  # pragma: no cover
    pass


def _outcome(function, *args, **options):
    from aidcalc.errors import InvalidRows

    def described(frame):
        return (frame, repr(frame.index.dtype), frame.dtypes.astype(str).tolist(), frame.attrs)

    try:
        return ("frame", described(function(*args, **options)))
    except InvalidRows as error:
        valid = getattr(error, "valid", None)
        return ("invalid", str(error), error.errors, None if valid is None else described(valid))
    except Exception as error:  # noqa: BLE001 - any refusal is an outcome to compare
        return ("error", type(error).__name__, str(error))


def _cli(argv):
    from aidcalc.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as stop:
            status = ("exit", stop.code)
    return status, out.getvalue(), err.getvalue()


COMMANDS = (
    ["summary", "{}", "--to", "USD", "--format", "csv"],
    ["summary", "{}", "--to", "EUR", "--format", "json", "--skip-invalid"],
    ["summary", "{}", "--to", "EUR", "--rows", "--format", "csv", "--skip-invalid"],
    ["normalize", "{}", "--to", "EUR", "--format", "csv"],
)


def run(captured: Path, out: Path, big: list[str]) -> None:
    """Step 2: pickle the outcome of every captured input and big file into ``out``."""
    import warnings

    from aidcalc.pledges.read import read_pledges

    warnings.simplefilter("ignore")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    names = ("format", "lang", "sheet", "header", "date_format", "assumptions")
    for n, path in enumerate(sorted(captured.glob("*.pkl"))):
        record = pickle.loads(path.read_bytes())
        options = dict(zip(names, record["options"], strict=True))
        result = {}
        if "frame" in record:
            result["read"] = _outcome(read_pledges, record["frame"].copy(), **options)
        else:
            data = record.get("bytes")
            data = record["text"].encode("utf-8") if data is None else data
            result["read"] = _outcome(read_pledges, data, **options)
            file = work / str(n) / (record.get("name") or "input")
            file.parent.mkdir()
            file.write_bytes(data)
            result["read-path"] = _outcome(read_pledges, file, **options)
            if not any(record["options"]):
                result["cli"] = {
                    " ".join(c): _cli([a.replace("{}", str(file)) for a in c]) for c in COMMANDS
                }
        (out / f"{path.stem}.res").write_bytes(pickle.dumps(result))
    for file in big:
        result = {
            "csv": _cli(["summary", file, "--to", "USD", "--format", "csv"]),
            "json": _cli(["summary", file, "--to", "EUR", "--format", "json", "--all-duplicates"]),
        }
        (out / f"{Path(file).stem}.big.res").write_bytes(pickle.dumps(result))


def _same(x, y) -> bool:
    import pandas as pd

    if isinstance(x, pd.DataFrame) or isinstance(y, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(x, y, check_exact=True, check_index_type=True)
        except (AssertionError, TypeError):
            return False
        return True
    if isinstance(x, tuple | list) and isinstance(y, tuple | list):
        return type(x) is type(y) and len(x) == len(y) and all(map(_same, x, y))
    if isinstance(x, dict) and isinstance(y, dict):
        return x.keys() == y.keys() and all(_same(x[k], y[k]) for k in x)
    if isinstance(x, float) and isinstance(y, float) and x != x and y != y:
        return True
    if isinstance(x, str) and isinstance(y, str):  # each run writes files in its own folder
        return re.sub(r"/tmp/tmp\w+/", "", x) == re.sub(r"/tmp/tmp\w+/", "", y)
    return x == y


def compare(a: Path, b: Path) -> int:
    """Step 3: print every outcome that differs; return how many."""
    names = sorted({p.name for p in a.glob("*.res")} | {p.name for p in b.glob("*.res")})
    differences = 0
    for name in names:
        if not (a / name).exists() or not (b / name).exists():
            print(f"only in one run: {name}")
            differences += 1
            continue
        x, y = pickle.loads((a / name).read_bytes()), pickle.loads((b / name).read_bytes())
        for key in sorted(set(x) | set(y)):
            if key not in x or key not in y or not _same(x[key], y[key]):
                print(f"differs: {name} {key}")
                differences += 1
    print(f"{len(names)} inputs compared, {differences} differences")
    return differences


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "run":
        run(Path(args[0]), Path(args[1]), args[2:])
    elif command == "compare":
        sys.exit(1 if compare(Path(args[0]), Path(args[1])) else 0)
    else:
        sys.exit(__doc__)
