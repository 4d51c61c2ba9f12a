"""The ``aidcalc`` command: a thin shell over the public functions.

Each subcommand lives in its own module here with ``add_parser(subparsers)`` and
``run(args) -> int``. Exit 0 on success, 1 when any input could not be handled, 2 on wrong usage,
130 when interrupted (Ctrl-C: one line on stderr; the rows already written stay written). When
the reader of the output goes away (``aidcalc parse - | head -1``) the status is still 1 if any
input seen until then failed. No traceback reaches the user: an unexpected error is one line
naming it (``AIDCALC_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
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


def exit_without_collecting() -> None:
    """Freeze the garbage collector's objects when the interpreter exits (``gc.freeze`` as the
    last exit handler, registered once), so that its last collections skip them. A command
    that read a large table leaves millions of objects (the lexicon, the table's readings)
    and no cycle whose freeing matters to a process about to end; collecting them took
    0.41-0.51 s after ``aidcalc summary`` had written the totals of the 1M-row bench, and
    0.07 s with them frozen (load 6). ``main`` registers it only when it reads the process's
    own command line (``argv=None``: the ``aidcalc`` script, ``python -m aidcalc``), never for
    a caller that passes its arguments and goes on working.

    >>> import atexit, gc
    >>> exit_without_collecting(); exit_without_collecting()  # registered once
    >>> atexit.unregister(gc.freeze)  # (this test's process collects as usual)
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    """Run the ``aidcalc`` command line; return the exit status."""
    from .streams import TALLY

    if argv is None:  # the process's own command line: aidcalc is the program
        exit_without_collecting()
    TALLY.reset()
    words = sys.argv[1:] if argv is None else argv
    command = next((word for word in words if not word.startswith("-")), None)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            parser = build_parser(command if command in COMMANDS else None)
            args = parser.parse_args(argv)
            if not getattr(args, "run", None):
                parser.print_help(sys.stderr)
                return 2
            return args.run(args)
    except BrokenPipeError:  # e.g. `aidcalc parse - | head`: say what was seen until then
        _drop_stdout()
        return 1 if TALLY.failures else 0
    except KeyboardInterrupt:
        try:
            sys.stdout.flush()  # the rows already made stay written
        except (BrokenPipeError, ValueError):
            _drop_stdout()
        written = f" after {TALLY.rows} row(s)" if TALLY.rows else ""
        print(f"aidcalc: interrupted{written}", file=sys.stderr)
        return 130
    except OSError as error:  # a file that cannot be read or written (-o into a missing folder)
        if os.environ.get("AIDCALC_DEBUG"):
            raise
        name = f"aidcalc {command}" if command in COMMANDS else "aidcalc"
        where = f"{error.filename}: " if error.filename else ""
        print(f"{name}: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except Exception as error:  # the last guard: one line, never a traceback
        if os.environ.get("AIDCALC_DEBUG"):
            raise
        name = f"aidcalc {command}" if command in COMMANDS else "aidcalc"
        print(
            f"{name}: internal error: {type(error).__name__}: {error} "
            "(AIDCALC_DEBUG=1 shows where; please report it)",
            file=sys.stderr,
        )
        return 1


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Show a warning as one line on stderr (not the source line Python shows by default)."""
    from .output import safe_text

    print(f"aidcalc: warning: {safe_text(str(message))}", file=file or sys.stderr)


def _drop_stdout() -> None:
    """Point stdout at the null device, so that flushing it at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests): nothing is flushed at exit


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
