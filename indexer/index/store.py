"""The index on disk: generations swapped atomically, the manifest, the writer lock, the text cache.

Layout of an index directory::

    current -> gen-<stamp>/     symlink, replaced atomically by a full rebuild
    gen-<stamp>/                whoosh files + manifest.json + state.json
    cache/                      extracted PDF text by (sha256, extractor and OCR version)
    write.lock                  one writer at a time

Readers open whatever ``current`` points at and never take the lock.
"""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterator

import filelock
from whoosh import index as whoosh_index
from whoosh.index import Index

from indexer.documents import Block, OcrPage, RawDocument, SourceFile
from indexer.index.rules import rules_version
from indexer.index.schema import SCHEMA_VERSION, build_schema

CURRENT = "current"
MANIFEST = "manifest.json"
STATE = "state.json"
LOCK = "write.lock"


class StoreError(Exception):
    """A problem with the index directory itself, with the path it concerns."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class IndexMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "no index here yet; run `projsearch index PATH --index DIR` first")


class IndexLocked(StoreError):
    def __init__(self, lock_path: Path, timeout: float) -> None:
        super().__init__(
            lock_path,
            f"another `projsearch index` is writing this index; gave up after {timeout:g} s "
            "waiting for its lock (remove the lock file only if no indexer is running)",
        )


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


class DiskFull(StoreError):
    def __init__(self, path: Path, error: OSError) -> None:
        name = errno.errorcode.get(error.errno or 0, "ENOSPC")
        super().__init__(
            path, f"{name}: {error.strerror or 'no space left on device'}; the index is unchanged, "
            "free some space and run again",
        )


@dataclass(frozen=True)
class ManifestEntry:
    """What was indexed for one document id: enough to tell, cheaply, whether it changed."""

    path: str
    root: str
    size: int
    mtime_ns: int
    sha256: str
    sidecar_mtime_ns: int | None = None


@dataclass(frozen=True)
class FailureEntry:
    """A file that could not be indexed, remembered so that it is not retried while unchanged."""

    file: str
    reason: str
    detail: str
    size: int | None = None
    mtime_ns: int | None = None


@dataclass
class Manifest:
    documents: dict[str, ManifestEntry] = field(default_factory=dict)
    failures: dict[str, FailureEntry] = field(default_factory=dict)  # keyed by absolute file path

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            documents={key: ManifestEntry(**value) for key, value in data.get("documents", {}).items()},
            failures={key: FailureEntry(**value) for key, value in data.get("failures", {}).items()},
        )

    def save(self, path: Path) -> None:
        data = {
            "documents": {key: asdict(value) for key, value in sorted(self.documents.items())},
            "failures": {key: asdict(value) for key, value in sorted(self.failures.items())},
        }
        # ASCII escapes keep file names that are not valid UTF-8 (lone surrogates) round-tripping.
        write_atomic(path, json.dumps(data, ensure_ascii=True, indent=0))


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``: a kill or power cut leaves the old file or the new, whole."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A commit removes the table of contents it replaces and a swap removes the old generation, so a
# file listed a moment ago can be gone when it is opened: look again, a few times.
OPEN_ATTEMPTS = 5


class IndexChanging(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"the index changed under every one of {OPEN_ATTEMPTS} attempts to open it")


def current_generation(index_dir: Path) -> Path | None:
    link = index_dir / CURRENT
    for _ in range(OPEN_ATTEMPTS):
        if not link.is_symlink() and not link.is_dir():
            return None
        target = link.resolve()
        try:
            return target if whoosh_index.exists_in(str(target)) else None
        except FileNotFoundError:
            continue
    raise IndexChanging(index_dir)


def open_index(index_dir: Path) -> Index:
    """The current generation, for searching. Raises IndexMissing when there is none."""
    for _ in range(OPEN_ATTEMPTS):
        generation = current_generation(Path(index_dir))
        if generation is None:
            raise IndexMissing(Path(index_dir))
        try:
            return whoosh_index.open_dir(str(generation))
        except FileNotFoundError:
            continue
    raise IndexChanging(Path(index_dir))


def index_version(index_dir: Path) -> tuple[str, int]:
    """Changes whenever a writer commits or a rebuild is swapped in; cheap enough per request."""
    link = Path(index_dir) / CURRENT
    try:
        target = os.readlink(link)
        return target, (link / STATE).stat().st_mtime_ns
    except OSError:
        return "", 0


def read_state(generation: Path) -> dict[str, Any]:
    path = generation / STATE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_state(generation: Path, report: dict[str, Any]) -> None:
    state = {
        "schema_version": SCHEMA_VERSION,
        "rules_version": rules_version(),
        "updated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "last_run": report,
    }
    write_atomic(generation / STATE, json.dumps(state, ensure_ascii=True, indent=1))


def new_generation(index_dir: Path) -> Path:
    """An empty whoosh index in a fresh generation directory (not yet current)."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    generation = index_dir / f"gen-{stamp}"
    generation.mkdir(parents=True)
    whoosh_index.create_in(str(generation), build_schema())
    return generation


def remove_attempted_generations(index_dir: Path) -> list[str]:
    """Delete rebuilds that were started but never swapped in (the run was killed); call under the lock.

    Generation names sort by their start time and a rebuild swaps in only a newer one, so every
    generation newer than ``current`` is an attempt nobody can be reading.
    """
    try:
        current = Path(os.readlink(index_dir / CURRENT)).name
    except FileNotFoundError:
        current = ""  # never swapped in: every generation is an attempt
    except OSError:
        return []  # not our layout: touch nothing
    removed = []
    for candidate in sorted(index_dir.glob("gen-*")):
        if candidate.is_dir() and candidate.name > current:
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate.name)
    return removed


def swap_in(index_dir: Path, generation: Path) -> None:
    """Point ``current`` at ``generation`` atomically, then drop all but the previous one."""
    previous = current_generation(index_dir)
    tmp_link = index_dir / f".{CURRENT}.{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(generation.name)
    os.replace(tmp_link, index_dir / CURRENT)
    # Keep the previous generation: a reader that opened it a moment ago may still read from it.
    keep = {generation.name, previous.name if previous else ""}
    for old in index_dir.glob("gen-*"):
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def _say_waiting(lock_path: Path, timeout: float) -> None:
    print(f"projsearch: another indexer is writing {lock_path.parent}; waiting up to {timeout:g} s for it to finish",
          file=sys.stderr, flush=True)


@contextmanager
def writer_lock(index_dir: Path, timeout: float, on_wait=_say_waiting) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    lock_path = index_dir / LOCK
    lock = filelock.FileLock(str(lock_path))
    try:
        try:
            lock.acquire(timeout=0)
        except filelock.Timeout:
            if timeout <= 0:
                raise
            on_wait(lock_path, timeout)
            lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise IndexLocked(lock_path, timeout) from None
    try:
        yield
    except OSError as error:
        if error.errno not in _NO_SPACE:
            raise
        # Under the lock still: what the failed run started must not stay on the full disk.
        remove_attempted_generations(index_dir)
        raise DiskFull(Path(error.filename) if error.filename else index_dir, error) from None
    finally:
        lock.release()


def directory_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


_BLOCK_FIELDS = tuple(item.name for item in fields(Block))
"""A block's fields in declaration order: its cache entry is these flat values (``asdict`` walks
and copies every value recursively, a tenth of the entry's cost)."""


class TextCache:
    """Extractor output by (sha256, extractor version): a rebuild does not run pdfminer again."""

    def __init__(self, directory: Path, extractor_version: str) -> None:
        self.directory = directory
        self.version = extractor_version

    def _path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}-{self.version}.json.gz"

    def get(self, source: SourceFile, sha256: str) -> RawDocument | None:
        path = self._path(sha256)
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, ValueError):
            return None  # absent or unreadable: extract again
        published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        return RawDocument(
            source=source,
            sha256=sha256,
            blocks=tuple(Block(**block) for block in data["blocks"]),
            pages=data["pages"],
            title=data["title"],
            lang_hint=data["lang_hint"],
            properties=tuple(tuple(pair) for pair in data["properties"]),
            published=published,
            page_quality=tuple(data["page_quality"]),
            alt_texts=tuple(data["alt_texts"]),
            ocr_pages=tuple(OcrPage(page["page"], page["confidence"], tuple(page["languages"]))
                            for page in data.get("ocr_pages", ())),
        )

    def put(self, raw: RawDocument) -> None:
        if raw.ocr_unfinished:
            return  # OCR ran out of time: the next run should try the remaining pages again
        data = {
            "blocks": [{name: getattr(block, name) for name in _BLOCK_FIELDS} for block in raw.blocks],
            "pages": raw.pages,
            "title": raw.title,
            "lang_hint": raw.lang_hint,
            "properties": [list(pair) for pair in raw.properties],
            "published": raw.published.isoformat() if raw.published else None,
            "page_quality": list(raw.page_quality),
            "alt_texts": list(raw.alt_texts),
            "ocr_pages": [asdict(page) for page in raw.ocr_pages],
        }
        path = self._path(raw.sha256)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{time.monotonic_ns()}")
        payload = gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 5)
        try:
            try:
                tmp.write_bytes(payload)
            except FileNotFoundError:
                # Its folder is made on first use: asking for it before every write cost a system call per file.
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_bytes(payload)
            os.replace(tmp, path)
        except OSError:
            # The cache only saves time: a full or read-only disk must not fail the file.
            tmp.unlink(missing_ok=True)
