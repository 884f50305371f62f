"""The import graph keeps the data flow one way: no cycle, and no stage imports a later one.

Stages in order: the shared base (model, resources, lexicon), corpus reading, extract, normalise,
align, the rule engine, reports. The modules that run the stages (pipeline, cache, cli, nlp, data
checks) sit above them all. Imports are read from the source, at any depth in a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "checker"
ORDER = ["base", "corpus", "extract", "normalise", "align", "engine", "report", "runner"]
STAGE_OF = {
    "checker": "base",
    "checker.model": "base",
    "checker.resources": "base",
    "checker.lexicon": "base",
    "checker.config": "base",
    "checker.corpus": "corpus",
    "checker.suppress": "corpus",
    "checker.extract": "extract",
    "checker.normalise": "normalise",
    "checker.align": "align",
    "checker.engine": "engine",
    "checker.report": "report",
    "checker.nlp": "runner",
    "checker.pipeline": "runner",
    "checker.extraction": "runner",
    "checker.distributed": "runner",
    "checker.cache": "runner",
    "checker.cli": "runner",
    "checker.__main__": "runner",
    "checker.data_schema": "runner",
}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("checker", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        modules[name] = path
    return modules


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "checker":
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names if alias.name.split(".")[0] == "checker"}
        graph[name] = targets
    return graph


def _stage(module: str) -> str:
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        if ".".join(parts[:length]) in STAGE_OF:
            return STAGE_OF[".".join(parts[:length])]
    raise AssertionError(f"{module} belongs to no stage; add it to STAGE_OF")


GRAPH = _imports(_modules())


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_stage_imports_a_later_one(module):
    later = [target for target in sorted(GRAPH[module]) if ORDER.index(_stage(target)) > ORDER.index(_stage(module))]
    assert not later, f"{module} ({_stage(module)}) imports a later stage: {later}"


def test_the_import_graph_has_no_cycle():
    def reachable(start: str) -> set[str]:
        seen, stack = set(), [start]
        while stack:
            for target in GRAPH.get(stack.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen

    cyclic = [module for module in sorted(GRAPH) if module in reachable(module) and module != "checker"]
    assert not cyclic, f"modules on an import cycle: {cyclic}"


def test_the_check_itself_can_fail():
    assert _stage("checker.extract.quantities") == "extract"
    assert ORDER.index(_stage("checker.lexicon.units")) < ORDER.index(_stage("checker.extract.glued_units"))
