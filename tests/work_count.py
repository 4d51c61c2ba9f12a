"""Growth of work without a clock: the calls a piece of code makes.

A unit test never asserts a time (the machine is shared, CI machines differ): to check that an
algorithm grows linearly, tests count the Python and C function calls it makes with
``sys.setprofile``, a number that does not depend on the load of the machine. Four times the
input must make about four times the calls, not the sixteen times of quadratic growth. The
wall-clock growth of the same cases is printed by ``benchmarks/bench_growth.py``.
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


def growth(function: Callable[[object], object], small: object, large: object) -> float:
    """Return calls(large) / calls(small) for ``function``, each input run once before counting
    so that caches filled on a first call count for neither."""
    function(small)
    function(large)
    return calls(lambda: function(large)) / max(1, calls(lambda: function(small)))
