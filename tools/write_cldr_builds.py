"""Rebuild the shipped CLDR builds in data/cldr: the lexicon and the country-name index.

    python tools/write_cldr_builds.py          # write them for the installed babel / num2words
    python tools/write_cldr_builds.py --check  # exit 1 when a shipped file differs from a rebuild

Run it after changing aidcalc/words/, aidcalc/parsing/cldr.py, the tokenizer, the name folding
of aidcalc/countries.py, or the babel / num2words pins; tests/parsing/test_shipped_builds.py
fails until the shipped files match. Builds of other library versions are removed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "data" / "cldr"


def builds() -> dict[str, bytes]:
    """Return {file name: bytes} of both builds for the installed libraries (slow, ~6 s)."""
    from aidcalc import countries
    from aidcalc.parsing import lexicon

    return {
        f"{lexicon.NAME}-{lexicon.library_key()}.marshal": lexicon.build_lexicon().to_bytes(),
        f"{countries.INDEX}-{countries.index_key()}.marshal": countries._build_index(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    fresh = builds()
    if args.check:
        stale = [n for n, data in fresh.items() if not (FOLDER / n).is_file()
                 or (FOLDER / n).read_bytes() != data]  # fmt: skip
        for name in stale:
            print(f"differs from a rebuild: data/cldr/{name}", file=sys.stderr)
        return 1 if stale else 0
    from aidcalc._paths import write_atomically

    for name, data in fresh.items():
        write_atomically(FOLDER / name, data)
        print(f"wrote data/cldr/{name} ({len(data):,} bytes)")
    for old in FOLDER.glob("*.marshal"):
        if old.name not in fresh:
            old.unlink()
            print(f"removed data/cldr/{old.name} (another library version)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
