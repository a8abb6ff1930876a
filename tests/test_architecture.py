"""The package layout is the architecture: stages import only earlier stages, no
module imports another in a circle, and none reaches into another's private names.

Stage order (README "How it works"): records/config, sources, articles, extract,
events, warehouse; pipeline, cli and evaluation wire them and may import any.
Imports inside functions count too: a lazy import is still a dependency.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "etl"

# A module may import modules of its own rank or lower, never higher.
RANKS = {
    "etl.config": 0, "etl.records": 0,
    "etl.sources": 1, "etl.articles": 2, "etl.extract": 3, "etl.events": 4, "etl.warehouse": 5,
    "etl.pipeline": 6, "etl.evaluation": 6, "etl.cli": 7, "etl.__main__": 8,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def rank(name: str) -> int | None:
    best = None
    for prefix, r in RANKS.items():
        if name == prefix or name.startswith(prefix + "."):
            if best is None or len(prefix) > len(best[0]):
                best = (prefix, r)
    return best[1] if best else None


def imports(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) for every etl import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names if a.name.startswith("etl")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("etl") and node.level == 0:
            for a in node.names:  # `from etl.x import y` may take the submodule etl.x.y
                sub = f"{node.module}.{a.name}"
                found.append((sub, []) if sub in known else (node.module, [a.name]))
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {m for m, _ in imports(name, path, known) if m in known and m != name}
            for name, path in known.items()}


def test_stages_import_only_earlier_stages():
    known = modules()
    wrong = []
    for name, path in known.items():
        for target, _ in imports(name, path, known):
            r_from, r_to = rank(name), rank(target)
            if r_from is not None and r_to is not None and r_to > r_from:
                wrong.append(f"{name} imports {target}")
    assert not wrong, "a stage imports a later one:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles():
    g = graph()
    # package __init__ files that only re-export their own submodules are not edges back
    def edges(n):
        return {m for m in g[n] if not (n.startswith(m + ".") and m in g)}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in edges(n):
            if state.get(m) == 1:
                cycles.append(" -> ".join(stack[stack.index(m):] + [m]))
            elif m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(g):
        if n not in state:
            visit(n)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_no_private_names_across_modules():
    known = modules()
    wrong = []
    for name, path in known.items():
        for target, names in imports(name, path, known):
            wrong += [f"{name} takes {target}.{n}" for n in names if n.startswith("_") and not n.startswith("__")]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {a.asname for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and
                   node.module and node.module.startswith("etl") for a in node.names if a.asname}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                wrong.append(f"{name} reads {node.value.id}.{node.attr}")
    assert not wrong, "private names used across modules:\n" + "\n".join(sorted(set(wrong)))


def test_every_package_says_what_it_owns():
    missing = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("__init__.py") if not ast.get_docstring(ast.parse(p.read_text()))]
    assert not missing, f"packages without an opening docstring: {missing}"


def test_modules_stay_small():
    big = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert not big, f"modules over ~400 lines: {big}"
