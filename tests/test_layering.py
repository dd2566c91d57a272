"""The packages of ``indexer`` form layers, one stage each; a module imports only from layers below its own.

documents <- language, metadata <- ingest <- index <- search <- webui <- cli (``projsearch serve``
starts the web app). The imports are read
with ``ast`` (also those inside functions), so a lazy import cannot hide a dependency that points up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Rank of each layer: a module may import its own package and any package of a lower rank.
LAYERS: dict[str, int] = {
    "indexer.documents": 0,
    "indexer.tables": 0,
    "indexer.language": 1,
    "indexer.metadata": 1,
    "indexer.ingest": 2,
    "indexer.index": 3,
    "indexer.search": 4,
    "webui": 5,
    "indexer.cli": 6,
}


def layer_of(module: str) -> str | None:
    """The layer a dotted module name belongs to (``indexer.search.engine`` -> ``indexer.search``)."""
    for layer in sorted(LAYERS, key=len, reverse=True):
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in the file; ``from indexer import x`` names ``indexer.x``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in ("indexer", "webui"):
                found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def violations(paths: list[Path], root: Path = ROOT) -> list[str]:
    problems = []
    for path in paths:
        where = path.relative_to(root).as_posix()
        own = layer_of(module_name(path, root))
        if own is None:
            problems.append(f"{where}: in no layer; add its package to LAYERS")
            continue
        for line, target in imported_modules(path):
            layer = layer_of(target)
            if layer is not None and layer != own and LAYERS[layer] >= LAYERS[own]:
                problems.append(f"{where}:{line} ({own}) imports {target} ({layer})")
    return problems


def project_modules() -> list[Path]:
    top = ROOT / "indexer" / "__init__.py"  # the distribution's root: in no layer, imports nothing
    return sorted(p for folder in ("indexer", "webui") for p in (ROOT / folder).rglob("*.py") if p != top)


def test_no_module_imports_from_a_layer_above_its_own():
    assert violations(project_modules()) == []


def test_every_stage_package_says_what_it_takes_and_gives():
    for layer in LAYERS:
        path = ROOT / Path(*layer.split("."))
        if path.is_dir() and layer != "webui":
            doc = ast.get_docstring(ast.parse((path / "__init__.py").read_text(encoding="utf-8")))
            assert doc and "takes" in doc and "gives" in doc, f"{layer}/__init__.py should say what the stage takes and gives"


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("index", "from indexer.search import search\n", ["indexer/index/probe.py:1 (indexer.index) imports indexer.search (indexer.search)"]),
        ("index", "def f():\n    from indexer import cli\n", ["indexer/index/probe.py:2 (indexer.index) imports indexer.cli (indexer.cli)"]),
        ("index", "import webui\n", ["indexer/index/probe.py:1 (indexer.index) imports webui (webui)"]),
        ("language", "from indexer.metadata.countries import find_mentions\n",
         ["indexer/language/probe.py:1 (indexer.language) imports indexer.metadata.countries (indexer.metadata)"]),
        ("index", "from indexer.metadata import countries\nfrom indexer.index import store\n", []),
        ("search", "import whoosh\nfrom indexer.documents import Document\n", []),
    ],
)
def test_the_check_tells_upward_and_sideways_imports_from_downward_ones(tmp_path, module, source, expected):
    probe = tmp_path / "indexer" / module / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(source, encoding="utf-8")
    assert violations([probe], root=tmp_path) == expected
