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
import stat
import sys
import tempfile
import time
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
        # Only these sources make the file's key: a table built elsewhere would be loaded stale.
        if not any(build.__module__.startswith(f"indexer.{source.removesuffix('.py')}") for source in TABLE_SOURCES):
            raise ValueError(f"{self.name}: a static table must be built in {', '.join(TABLE_SOURCES)}")
        self.values: dict[tuple, V] = {}
        self.__doc__ = build.__doc__
        self.__wrapped__ = build
        _REGISTRY[self.name] = self

    def __call__(self, *args: Any, **options: Any) -> V:
        key = (*args, *sorted(options.items())) if options else args
        try:
            return self.values[key]
        except KeyError:
            value = self.values[key] = self.build(*args, **options)
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


def _private(path: Path, directory: bool) -> bool:
    """Whether ``path`` is a real folder or file of this user that nobody else may write: a
    pickle runs code when loaded, so one from a folder another account can write is never read."""
    try:
        status = path.lstat()
    except OSError:
        return False
    kind = stat.S_ISDIR if directory else stat.S_ISREG
    return kind(status.st_mode) and status.st_uid == os.getuid() and not status.st_mode & 0o022


def load(directory: Path, key: str) -> bool:
    """Fill every table from the file saved under ``key``; False (nothing loaded) when there is
    none, it is not this user's own, or it cannot be read (a broken file is removed)."""
    path = table_file(directory, key)
    if not (_private(directory, directory=True) and _private(path, directory=False)):
        return False
    try:
        saved = pickle.loads(path.read_bytes())
        if saved["key"] != key or not isinstance(saved["tables"], dict):
            raise ValueError("not this key's tables")
        found = {name: dict(values) for name, values in saved["tables"].items() if name in _REGISTRY}
    except Exception:  # noqa: BLE001 - cut short, overwritten, of another shape: build them again
        path.unlink(missing_ok=True)
        return False
    for name, values in found.items():
        _REGISTRY[name].values.update(values)
    return True


def save(directory: Path, key: str) -> None:
    """Write every table's values under ``key``; two runs saving at once each replace the file whole."""
    tables = {name: dict(table.values) for name, table in _REGISTRY.items() if table.values}
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(directory, directory=True):
            return
        handle, tmp = tempfile.mkstemp(prefix=".tables-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump({"key": key, "tables": tables}, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, table_file(directory, key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(directory)
    except OSError:
        pass  # the tables only save time: a read-only or full disk costs only that


def _prune(directory: Path) -> None:
    """Keep the newest few tables files (other checkouts or versions share the folder) and drop
    temporary files that a killed run left behind."""
    now = time.time()
    dated = []
    for path in directory.glob("*tables-*"):
        try:
            modified = path.stat().st_mtime
        except OSError:
            continue  # another run removed it meanwhile
        if path.name.endswith(".tmp"):
            if now - modified > 3600:
                path.unlink(missing_ok=True)
        else:
            dated.append((modified, path))
    for _, stale in sorted(dated, reverse=True)[KEPT_FILES:]:
        stale.unlink(missing_ok=True)


def clear_all() -> None:
    """Forget every table's values (the next call of each builds it again)."""
    for table in _REGISTRY.values():
        table.cache_clear()


def registered() -> dict[str, StaticTable]:
    return dict(_REGISTRY)
