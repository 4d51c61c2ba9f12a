"""docs/parsing.md lists the reading's steps in the order the code applies them (issue 9): the
list in "The reading, in the order of the code" is checked against the source, so a rule added,
renamed or moved in the code without its line in the docs fails here."""

import ast
import importlib
import inspect
import re
import textwrap
from pathlib import Path

import pytest

from aidcalc.parsing.grammar import Reader

DOC = Path(__file__).resolve().parents[2] / "docs" / "parsing.md"
SECTION = "## The reading, in the order of the code"
STEP = re.compile(r"^( *)\d+\. `(\w+)\.(\w+)`")
# offset plumbing, not rules: they map cleaned offsets back to the text as given
NOT_RULES = {"__init__", "position", "end_position"}


def _steps() -> list[tuple[int, str, str, tuple[str, str] | None]]:
    """(depth, module, name, parent) for each step of the section, in the order written."""
    text = DOC.read_text(encoding="utf-8").split(SECTION, 1)[1].split("\n## ", 1)[0]
    steps, stack = [], []
    for line in text.splitlines():
        found = STEP.match(line)
        if not found:
            continue
        indent, module, name = len(found.group(1)), found.group(2), found.group(3)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1] if stack else None
        steps.append((len(stack), module, name, parent))
        stack.append((indent, (module, name)))
    return steps


def _function(module: str, name: str):
    mod = importlib.import_module(f"aidcalc.parsing.{module}")
    if hasattr(mod, name):
        return getattr(mod, name)
    for _, cls in inspect.getmembers(mod, inspect.isclass):
        if cls.__module__ == mod.__name__ and name in vars(cls):
            return vars(cls)[name]
    raise AssertionError(f"docs/parsing.md names {module}.{name}, which the code does not have")


def _first_calls(function) -> dict[str, int]:
    """The position of the first call of each name in the function's source, in order."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name:
                calls.append(((node.lineno, node.col_offset), name))
    first: dict[str, int] = {}
    for index, (_, name) in enumerate(sorted(calls)):
        first.setdefault(name, index)
    return first


def test_the_section_lists_steps():
    assert len(_steps()) > 50


@pytest.mark.parametrize("step", _steps(), ids=lambda s: f"{s[1]}.{s[2]}")
def test_every_step_exists(step):
    _depth, module, name, _parent = step
    assert callable(_function(module, name))


def test_every_step_of_the_reader_is_listed():
    listed = {name for _, _, name, _ in _steps()}
    rules = {
        name
        for cls in Reader.__mro__
        if cls.__module__.startswith("aidcalc.parsing")
        for name, value in vars(cls).items()
        if inspect.isfunction(value)
    }
    missing = sorted(rules - NOT_RULES - listed)
    assert not missing, f"add these Reader steps to {SECTION!r} in docs/parsing.md: {missing}"


def test_steps_under_a_function_are_called_by_it_in_the_order_listed():
    children: dict[tuple[str, str], list[str]] = {}
    for _depth, _module, name, parent in _steps():
        if parent is not None:
            children.setdefault(parent, []).append(name)
    assert children
    for (module, name), listed in children.items():
        first = _first_calls(_function(module, name))
        absent = [child for child in listed if child not in first]
        assert not absent, f"{module}.{name} does not call {absent}"
        order = [first[child] for child in listed]
        assert order == sorted(order), (
            f"{module}.{name} calls {sorted(listed, key=first.get)}; docs list {listed}"
        )
