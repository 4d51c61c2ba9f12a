"""Run every benchmark in this folder, one after the other: ``python benchmarks/run_all.py``.

Needs the ``bench`` extra (price-parser, quantulum3, currencyconverter) for the peer columns.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    """Run each bench_*.py with this interpreter; return the worst exit status."""
    status = 0
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        status = max(status, subprocess.run([sys.executable, str(script)], check=False).returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
