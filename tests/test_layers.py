"""The package's imports follow DESIGN.md: no cycle, and no module imports a higher layer.

The imports are read from the source (AST), function-level ones included, so a lazy import
cannot hide an upward dependency. ``aidcalc/__init__.py`` is the lazy public face: it may name
any module (under ``TYPE_CHECKING`` and through ``_EXPORTS``), and is left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aidcalc"

# DESIGN.md, "Layers": the first matching prefix gives a module's layer
LAYERS = [
    ("aidcalc.pledges.schema", 2),
    ("aidcalc.errors", 0),
    ("aidcalc._version", 0),
    ("aidcalc._paths", 0),
    ("aidcalc.textfiles", 0),
    ("aidcalc.words", 0),
    ("aidcalc.amount", 1),
    ("aidcalc.dates", 1),
    ("aidcalc.parsing", 2),
    ("aidcalc.rates", 2),
    ("aidcalc.countries", 2),
    ("aidcalc.places", 2),
    ("aidcalc.conversion", 3),
    ("aidcalc.frames", 3),
    ("aidcalc.accessor", 4),
    ("aidcalc.news", 4),
    ("aidcalc.pledges", 4),
    ("aidcalc.cli", 5),
    ("aidcalc.__main__", 5),
]


def layer_of(module: str) -> int:
    for prefix, layer in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    raise AssertionError(f"{module} has no layer in DESIGN.md; add it to LAYERS")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Return the aidcalc modules ``path`` imports (absolute names)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("aidcalc")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("aidcalc"):
                continue
            if node.module is None or target == "aidcalc":  # "from . import store"
                found |= {f"{target}.{alias.name}" for alias in node.names}
            else:
                found.add(target)
    return {resolve(module) for module in found}


def resolve(module: str) -> str:
    """Return the module itself, or the package holding a name imported from it."""
    parts = module.split(".")
    while parts:
        candidate = PACKAGE.parent.joinpath(*parts)
        if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return module


GRAPH = {
    module_name(path): imports_of(path)
    for path in sorted(PACKAGE.rglob("*.py"))
    if path != PACKAGE / "__init__.py"
}


def test_the_graph_is_read():
    assert "aidcalc.rates.base" in GRAPH["aidcalc.rates.core"]
    assert "aidcalc.parsing" in GRAPH["aidcalc.news.candidates"]


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_upward_import(module):
    upward = sorted(
        target
        for target in GRAPH[module]
        if target != "aidcalc" and layer_of(target) > layer_of(module)
    )
    assert not upward, f"{module} (layer {layer_of(module)}) imports higher layers: {upward}"


def test_no_module_imports_the_package_root():
    """Everything comes from its own module: the root is only the lazy public face."""
    assert not [module for module, targets in GRAPH.items() if "aidcalc" in targets]


def test_words_import_nothing_from_aidcalc():
    words = {m: t for m, t in GRAPH.items() if m.startswith("aidcalc.words")}
    assert all(
        not {t for t in targets if not t.startswith("aidcalc.words")} for targets in words.values()
    )


def test_no_import_cycle():
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH.get(module, ())):
            if target == module or target not in GRAPH:
                continue
            if state.get(target) == 1:
                cycle = path[path.index(target) :] + [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


def test_a_cycle_would_be_found(monkeypatch):
    monkeypatch.setitem(
        GRAPH, "aidcalc.rates.base", GRAPH["aidcalc.rates.base"] | {"aidcalc.rates.core"}
    )
    with pytest.raises(AssertionError, match="import cycle"):
        test_no_import_cycle()
