"""Static tables that the stages build from their code and data files, kept on disk between runs.

The programme catalogue and its alias automaton, the CLDR country names of every locale and the
language profiles take about 1.2 s to build (TOML parsing, Babel's locale data, langdetect's
JSON profiles), and every indexing run's fork server built them again, on one core, before the
first file could be analysed. They depend only on the sources of the stages that build them,
their data files and the libraries they read, so one pickle, named by a hash of all of these,
serves every run until one of them changes; a stale or unreadable file is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Generic, TypeVar

V = TypeVar("V")

# The stages whose tables are kept; their code and data files make the key.
TABLE_SOURCES = ("documents.py", "tables.py", "language", "metadata")
# The libraries the tables are read from or made of.
TABLE_LIBRARIES = ("babel", "langdetect", "pyahocorasick", "numpy")
KEPT_FILES = 4  # other checkouts or versions sharing the folder keep theirs, up to this many

_REGISTRY: dict[str, StaticTable] = {}


class StaticTable(Generic[V]):
    """A builder of static data remembered by its arguments, like ``functools.cache``, whose
    values can be saved with the others and loaded back in another process."""

    def __init__(self, build: Callable[..., V]) -> None:
        self.build = build
        self.name = f"{build.__module__}.{build.__qualname__}"
        self.values: dict[tuple, V] = {}
        self.__doc__ = build.__doc__
        self.__wrapped__ = build
        _REGISTRY[self.name] = self

    def __call__(self, *args: Any) -> V:
        try:
            return self.values[args]
        except KeyError:
            value = self.values[args] = self.build(*args)
            return value

    def cache_clear(self) -> None:
        self.values.clear()


def static_table(build: Callable[..., V]) -> StaticTable[V]:
    """Decorate a pure function of its (hashable) arguments whose values are picklable."""
    return StaticTable(build)


def _files(node: Traversable, name: str) -> Iterator[tuple[str, Traversable]]:
    if node.is_dir():
        for child in sorted(node.iterdir(), key=lambda child: child.name):
            if child.name != "__pycache__":
                yield from _files(child, f"{name}/{child.name}")
    elif not node.name.endswith(".pyc"):
        yield name, node


def source_digest(package: Traversable, sources: tuple[str, ...]) -> str:
    """A hash of the names and bytes of ``sources`` (files or folders) under ``package``."""
    digest = hashlib.sha256()
    for source in sources:
        node = package
        for part in source.split("/"):
            node = node / part
        for name, file in _files(node, source):
            digest.update(name.encode("utf-8") + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def tables_key(package: Traversable | None = None) -> str:
    """What the saved tables depend on: the stages' sources and data, the libraries, Python."""
    digest = hashlib.sha256(source_digest(package or resources.files("indexer"), TABLE_SOURCES).encode())
    for library in TABLE_LIBRARIES:
        digest.update(f"\0{library}={metadata.version(library)}".encode())
    digest.update(f"\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    return digest.hexdigest()[:20]


def cache_directory() -> Path:
    """``PROJSEARCH_TABLE_CACHE``, else the user's cache folder (``XDG_CACHE_HOME`` or ``~/.cache``)."""
    explicit = os.environ.get("PROJSEARCH_TABLE_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "projsearch"


def table_file(directory: Path, key: str) -> Path:
    return directory / f"tables-{key}.pickle"


def load(directory: Path, key: str) -> bool:
    """Fill every table from the file saved under ``key``; False (nothing loaded) when there is
    none or it cannot be read."""
    try:
        saved = pickle.loads(table_file(directory, key).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return False
    if not isinstance(saved, dict) or saved.get("key") != key:
        return False
    for name, values in saved["tables"].items():
        table = _REGISTRY.get(name)
        if table is not None:
            table.values.update(values)
    return True


def save(directory: Path, key: str) -> None:
    """Write every table's values under ``key``; two runs saving at once each replace the file whole."""
    path = table_file(directory, key)
    tables = {name: dict(table.values) for name, table in _REGISTRY.items() if table.values}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.write_bytes(pickle.dumps({"key": key, "tables": tables}, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
        older = sorted(directory.glob("tables-*.pickle"), key=lambda item: item.stat().st_mtime_ns, reverse=True)
        for stale in older[KEPT_FILES:]:
            stale.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)  # the tables only save time: a read-only or full disk costs only that


def clear_all() -> None:
    """Forget every table's values (the next call of each builds it again)."""
    for table in _REGISTRY.values():
        table.cache_clear()


def registered() -> dict[str, StaticTable]:
    return dict(_REGISTRY)
