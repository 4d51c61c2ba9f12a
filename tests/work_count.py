"""Growth of work without a clock: the calls a piece of code makes.

A unit test never asserts a time (the machine is shared, CI machines differ): to check that an
algorithm grows linearly, tests count the Python and C function calls it makes with
``sys.setprofile``, a number that does not depend on the load of the machine. Four times the
input must make about four times the calls, not the sixteen times of quadratic growth. The
wall-clock growth of the same cases is printed by ``benchmarks/bench_growth.py``.

A call counter misses the work of a loop that calls nothing: a list comprehension walking every
row made so far for each new one is one call however long the list is. ``operations`` counts
the lines Python runs as well (``sys.settrace``: a loop's every turn is a line event), and
``growth(..., count=operations)`` compares those.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def calls(function: Callable[[], object]) -> int:
    """Return the number of Python and C function calls made while ``function()`` runs."""
    count = 0

    def profile(frame, event, arg):  # noqa: ARG001 - the signature sys.setprofile calls
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        function()
    finally:
        sys.setprofile(previous)
    return count


def operations(function: Callable[[], object]) -> int:
    """Return the number of Python calls, returns and lines run (``sys.settrace`` events)
    while ``function()`` runs: the turns of a loop that calls nothing count too. Slower than
    ``calls`` (every line is traced): for inputs of a few tens of kB."""
    count = 0

    def trace(frame, event, arg):  # noqa: ARG001 - the signature sys.settrace calls
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


def growth(
    function: Callable[[object], object],
    small: object,
    large: object,
    count: Callable[[Callable[[], object]], int] = calls,
) -> float:
    """Return count(large) / count(small) for ``function`` (``calls`` unless told), each input
    run once before counting so that caches filled on a first call count for neither."""
    function(small)
    function(large)
    return count(lambda: function(large)) / max(1, count(lambda: function(small)))
