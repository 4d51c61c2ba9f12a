"""The call counter the growth tests rely on (tests/work_count.py) tells linear from quadratic."""

from __future__ import annotations

from work_count import calls, growth, operations


def _linear(n: int) -> None:
    for i in range(n):
        abs(i)


def _rescan(n: int) -> None:
    """Quadratic without a call per step: each item walks the items before it in a list
    comprehension (one call, however long the list)."""
    items: list[int] = []
    for i in range(n):
        items.append(len([j for j in items if j == i]))


def _quadratic(n: int) -> None:
    for i in range(n):
        for j in range(n):
            abs(i - j)


def test_calls_counts_python_and_c_calls():
    # ten more calls of abs for ten more numbers, whatever the fixed cost of the call itself
    assert calls(lambda: _linear(10)) - calls(lambda: _linear(0)) == 10


def test_growth_tells_linear_from_quadratic():
    assert 3.9 < growth(_linear, 1_000, 4_000) < 4.1
    assert growth(_quadratic, 100, 400) > 15


def test_operations_see_the_turns_of_a_loop_that_calls_nothing():
    assert growth(_rescan, 100, 400) < 5  # calls: one comprehension per item
    assert growth(_rescan, 100, 400, count=operations) > 12
    assert 3.9 < growth(_linear, 1_000, 4_000, count=operations) < 4.1
