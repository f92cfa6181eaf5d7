"""The package's layers: no import cycle (function-level imports included) and no private interpreter
module. Read from the source with ast, so a lazy import inside a function counts like a top-level one,
and a module named in a string ("factcheck.checks.temporal" for importlib) counts as imported.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
PRIVATE = ("_sre", "sre_compile", "sre_parse", "sre_constants", "re._", "_ast", "_imp", "_thread", "_io",
           "_frozen_importlib", "_pickle", "_sqlite3", "_json", "_collections", "_functools")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def runtime_imports(path: Path, modules: set[str] = frozenset()) -> list[tuple[str, int]]:
    """(absolute module name, line) of every import the module can execute (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and _is_type_checking(node.test)
               for stmt in node.body for n in ast.walk(stmt)}
    here = module_name(path)
    package = here if is_package(path) else here.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            submodules = [f"{base}.{alias.name}" for alias in node.names]
            found += [(name, node.lineno) for name in submodules]
            if not any(name in modules for name in submodules):  # "from . import facts" needs facts only
                found.append((base, node.lineno))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("factcheck."):
            found.append((node.value, node.lineno))
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"
            or isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def graph() -> dict[str, set[str]]:
    """Our modules and the modules of ours each one imports."""
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        for target, _ in runtime_imports(path, set(paths)):
            if target in paths and target != name:
                edges[name].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_no_private_interpreter_module():
    bad = [f"{path.relative_to(PACKAGE.parent)}:{line}: {target}"
           for path in PACKAGE.rglob("*.py") for target, line in runtime_imports(path)
           if any(target == p or target.startswith(p if p.endswith("_") else p + ".") for p in PRIVATE)]
    assert bad == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


# The engine: everything a check reads. It never imports what sits above it.
ENGINE = ("factcheck.analysis", "factcheck.nlp", "factcheck.extract", "factcheck.loader", "factcheck.acquire",
          "factcheck.model", "factcheck.rules", "factcheck.corpus.backend", "factcheck.corpus.store",
          "factcheck.corpus.postgres", "factcheck.corpus.search", "factcheck.corpus.facts",
          "factcheck.corpus.crossref", "factcheck.corpus.ingest", "factcheck.credibility.reputation")
ABOVE = ("factcheck.checks", "factcheck.pipeline", "factcheck.cli", "factcheck.batch", "factcheck.report",
         "factcheck.cli.rules")


def _within(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_engine_never_imports_the_checks_or_the_pipeline():
    edges = graph()
    upward = sorted(f"{a} -> {b}" for a, targets in edges.items() if _within(a, ENGINE)
                    for b in targets if _within(b, ABOVE))
    assert upward == []


def test_the_temporal_engine_reads_no_user_rule_files():
    edges = graph()
    assert sorted(f"{a} -> {b}" for a, targets in edges.items() if a.startswith("factcheck.nlp.temporal")
                  for b in targets if b == "factcheck.userrules") == []
