"""The ``aidcalc`` command: a thin shell over the public functions.

Each subcommand lives in its own module here with ``add_parser(subparsers)`` and
``run(args) -> int``. Exit 0 on success, 1 when any input could not be handled, 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from .._version import __version__

# subcommand name -> module in this package (imported only when that command runs)
COMMANDS = {
    "parse": "parse",
    "extract": "extract",
    "convert": "convert",
    "normalize": "normalize",
    "summary": "summary",
    "rates": "rates",
}

EPILOG = """examples:
  aidcalc parse "over 683 million euros (approximately \\$763 million)"
  aidcalc convert "683 million euros" --to USD --on 2024-11-04
  aidcalc summary data/pledges/lithuania-ukraine-2024.csv --to USD
  aidcalc normalize data/pledges/lithuania-ukraine-2024.csv --to USD
  aidcalc extract article.txt --published 2024-11-04 --what pledges
  aidcalc rates info
"""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand whose module is present.

    With ``only``, just that subcommand's module is imported, so that ``aidcalc parse`` does
    not pay for the imports of the others (numpy, pandas).
    """
    parser = argparse.ArgumentParser(
        prog="aidcalc",
        description="Parse, convert and total aid pledges, with cited exchange rates.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"aidcalc {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            continue
        try:
            module = import_module(f".{module_name}", __name__)
        except ModuleNotFoundError as error:
            if error.name and error.name.startswith(__name__):
                continue  # that command is not built yet
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``aidcalc`` command line; return the exit status."""
    words = sys.argv[1:] if argv is None else argv
    command = next((word for word in words if not word.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except BrokenPipeError:  # e.g. `aidcalc parse - | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
