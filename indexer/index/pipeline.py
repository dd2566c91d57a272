"""The write path, and the only module that knows the order of the stages.

discover -> (per file, in a worker process) sha256 -> extract (or text cache) -> clean ->
segment -> metadata -> Document -> its fields, text analysed -> (in this process) one whoosh
writer, one commit.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import closing
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from tqdm import tqdm
from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter

from indexer.ingest import clean, names, readerlog
from indexer.ingest import extract
from indexer.language import detection as language
from indexer.metadata import enrich as metadata
from indexer.ingest import sources
from indexer.index import store
from indexer.index import commit
from indexer.documents import Document, IndexingError, LibraryWarning, RawDocument, Reason, SourceFile
from indexer.index.schema import SCHEMA_VERSION, prepared_fields
from indexer.index.rules import rules_version
from indexer.ingest.extract.ocr import OcrSettings
from indexer.ingest.workers import QUEUE_BYTES, TaskFailure, WorkerPool, preload, start_early

preload(["indexer.index.pipeline", "indexer.ingest.warmup"])


@dataclass(frozen=True)
class Limits:
    """Per-file limits for extraction; a file over one is reported, never fatal."""

    timeout_s: float = 120.0
    memory_mb: int = 2048
    max_bytes: int = 200 * 2**20


@dataclass(frozen=True)
class Failure:
    file: str
    reason: str
    detail: str


@dataclass(frozen=True)
class FileWarnings:
    file: str
    warnings: tuple[LibraryWarning, ...]


@dataclass(frozen=True)
class IndexReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    failed: tuple[Failure, ...] = ()
    seconds: float = 0.0
    full: bool = False
    warnings: tuple[FileWarnings, ...] = ()  # files the reading libraries warned about

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "failed": [asdict(failure) for failure in self.failed],
            "seconds": round(self.seconds, 3),
            "full": self.full,
            "warnings": [
                {"file": item.file, "warnings": [asdict(warning) for warning in item.warnings]} for item in self.warnings
            ],
        }


@dataclass(frozen=True)
class FileTask:
    source: SourceFile
    previous_sha256: str | None
    cache_dir: str
    ocr: OcrSettings = OcrSettings()


@dataclass(frozen=True)
class Unchanged:
    """The file was touched but its bytes are the same as when it was indexed."""

    sha256: str


@dataclass(frozen=True)
class Prepared:
    """A document as the writer adds it: its field values, the text fields analysed already."""

    sha256: str
    fields: dict[str, Any]
    warnings: tuple[LibraryWarning, ...] = ()


def prepare_file(task: FileTask) -> Prepared | Unchanged | TaskFailure:
    """``analyse_file``, then the document's fields: in a worker, so that the one writer only
    files postings (see ``index/analysed.py``)."""
    result = analyse_file(task)
    if isinstance(result, Document):
        return Prepared(result.sha256, prepared_fields(result), result.warnings)
    return result


def analyse_file(task: FileTask) -> Document | Unchanged | TaskFailure:
    """Everything done for one file; runs in a worker process. What pdfminer logs on the way
    comes back with the result, so the report can name the file it is about."""
    with readerlog.captured() as log:
        result = _analyse(task)
    warnings = log.collapsed()
    return replace(result, warnings=warnings) if warnings and not isinstance(result, Unchanged) else result


def _analyse(task: FileTask) -> Document | Unchanged | TaskFailure:
    source = task.source
    try:
        sha256 = sources.file_sha256(source.path)
        if sha256 == task.previous_sha256:
            return Unchanged(sha256)
        raw = _extracted(task, sha256)
        cleaned = names.shown_by_printable_name(clean.clean(raw))
        segments = language.segment(cleaned)
        meta = metadata.extract_metadata(cleaned, segments)
        return build_document(cleaned, segments, language.language_shares(segments), meta)
    except IndexingError as error:
        return TaskFailure(error.reason, error.detail)
    except FileNotFoundError as error:
        return TaskFailure(Reason.VANISHED, f"deleted before it could be read ({error.strerror})")
    except PermissionError as error:
        return TaskFailure(Reason.UNREADABLE, error.strerror or "permission denied")


def _extracted(task: FileTask, sha256: str) -> RawDocument:
    """The file's extraction, from the text cache when its format is worth caching."""
    source = task.source
    if source.format not in extract.CACHED_FORMATS:
        return extract.extract(source, sha256, task.ocr)
    cache = store.TextCache(Path(task.cache_dir), extract.cache_version(task.ocr))
    raw = cache.get(source, sha256)
    if raw is None:
        raw = extract.extract(source, sha256, task.ocr)
        cache.put(raw)
    return raw


def build_document(raw: RawDocument, segments, shares, meta) -> Document:
    source = raw.source
    sidecar = source.sidecar
    offsets: list[int] = []
    position, page = 0, None
    for block in raw.blocks:
        if block.page is not None and block.page != page:
            page = block.page
            offsets.extend([position] * (page - len(offsets)))  # pages with no text start here too
        position += len(block.text) + 2  # the "\n\n" joining blocks in raw.text
    kind = (sidecar.kind if sidecar and sidecar.kind else None) or ("report" if source.format == "pdf" else "page")
    title = meta.title or raw.title or source.path.stem.replace("_", " ").replace("-", " ").strip() or source.doc_id
    return Document(
        doc_id=source.doc_id,
        kind=kind,
        format=source.format,
        title=title,
        sha256=raw.sha256,
        path=str(source.path),
        root=str(source.root),
        text=raw.text,
        segments=tuple(segments),
        languages=tuple(shares),
        metadata=meta,
        url=sidecar.url if sidecar else None,
        pages=raw.pages,
        quality=clean.document_quality(raw),
        size=source.size,
        mtime_ns=source.mtime_ns,
        page_offsets=tuple(offsets),
        ocr_pages=raw.ocr_pages,
    )


@dataclass
class _Run:
    """Mutable bookkeeping of one indexing run."""

    manifest: store.Manifest
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)
    warned: list[FileWarnings] = field(default_factory=list)

    def fail(self, source_path: Path, reason: str, detail: str, source: SourceFile | None = None) -> None:
        key = str(source_path)
        self.failed.append(Failure(key, reason, detail))
        self.manifest.failures[key] = store.FailureEntry(
            key, reason, detail, source.size if source else None, source.mtime_ns if source else None
        )


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    *,
    full: bool = False,
    workers: int | None = None,
    retry_failed: bool = False,
    limits: Limits = Limits(),
    progress: bool = False,
    lock_timeout: float = 30.0,
    cluster: str | None = None,
    ocr: OcrSettings = OcrSettings(),
) -> IndexReport:
    """Bring the index at ``index_dir`` up to date with the files under ``paths``.

    ``cluster``: a Dask scheduler address (or ``local[:N]``) to extract and analyse the files on,
    instead of this machine's worker processes; the writing stays here.
    """
    started = time.monotonic()
    index_dir = Path(index_dir).absolute()
    paths = [Path(path).absolute() for path in paths]
    with store.writer_lock(index_dir, lock_timeout):
        store.remove_attempted_generations(index_dir)
        generation = store.current_generation(index_dir)
        if generation is not None and _built_by_other_rules(store.read_state(generation)):
            full = True  # fields, analysers or facet rules changed: rebuild, from the text cache
        rebuild = full or generation is None
        if rebuild and not cluster:
            start_early()  # a build reads every file: the workers' warm-up overlaps the discovery
        previous = commit.load_manifest(generation) if generation else store.Manifest()
        target = store.new_generation(index_dir) if rebuild else generation
        # A rebuild starts from an empty manifest, but keeps the documents of other roots.
        run = _Run(manifest=store.Manifest() if rebuild else previous)
        discovery = sources.discover(paths, skip=[index_dir])
        tasks = _plan(discovery, previous, run, paths, rebuild, retry_failed, limits, index_dir)
        ix = whoosh_index.open_dir(str(target))
        writer = ix.writer(limitmb=256)
        try:
            _delete_vanished(writer, discovery, previous, run, paths, rebuild)
            if rebuild and generation is not None:
                tasks += _carry_over(previous, paths, run, index_dir)
            # OCR stops reading pages before the worker's deadline, so a long scan keeps what it read.
            tasks = longest_first([replace(task, ocr=replace(ocr, budget_s=limits.timeout_s * 0.8)) for task in tasks])
            _extract_and_write(writer, tasks, run, _pool(workers, limits, cluster), progress, fresh=rebuild)
            commit.commit(writer, run.manifest, target)
        except BaseException:
            commit.cancel(writer)
            raise
        report = IndexReport(
            run.added, run.updated, run.deleted, run.unchanged, tuple(run.failed),
            time.monotonic() - started, rebuild, tuple(run.warned),
        )
        store.write_state(target, report.to_dict())
        if rebuild:
            store.swap_in(index_dir, target)
        return report


def _built_by_other_rules(state: dict) -> bool:
    return state.get("schema_version") != SCHEMA_VERSION or state.get("rules_version") != rules_version()


def _in_scope(path: str, paths: Sequence[Path]) -> bool:
    """Whether a previously indexed file lies under one of the paths given to this run."""
    return any(path == str(root) or path.startswith(str(root) + os.sep) for root in paths)


def _plan(discovery, previous, run, paths, rebuild, retry_failed, limits, index_dir) -> list[FileTask]:
    cache_dir = str(index_dir / "cache")
    seen: dict[str, SourceFile] = {}
    tasks: list[FileTask] = []
    for problem in discovery.problems:
        run.fail(problem.path, problem.reason, problem.detail)
    for source in discovery.files:
        key = str(source.path)
        if source.doc_id in seen:
            run.fail(source.path, Reason.DUPLICATE_ID, f"id {source.doc_id!r} is also {seen[source.doc_id].path}", source)
            continue
        seen[source.doc_id] = source
        before = previous.documents.get(source.doc_id)
        if _held_by_other_root(source, before):
            # As when both roots are given to one run: the first holder of an id keeps it.
            run.fail(source.path, Reason.DUPLICATE_ID, f"id {source.doc_id!r} is already used by {before.path}", source)
            continue
        failure = previous.failures.get(key)
        if (not rebuild and before and before.path == key and before.size == source.size
                and before.mtime_ns == source.mtime_ns and before.sidecar_mtime_ns == source.sidecar_mtime_ns):
            run.unchanged += 1
            continue
        # A clash of ids depends on the other root's file, not on this one: it is decided again above.
        if (failure and not retry_failed and failure.reason != Reason.DUPLICATE_ID
                and failure.size == source.size and failure.mtime_ns == source.mtime_ns):
            run.manifest.failures[key] = failure
            run.failed.append(Failure(key, failure.reason, failure.detail + " (unchanged; --retry-failed to try again)"))
            continue
        run.manifest.failures.pop(key, None)
        if source.size > limits.max_bytes:
            run.fail(source.path, Reason.TOO_LARGE, f"{source.size:,} bytes; the limit is {limits.max_bytes:,}", source)
            continue
        # Only a touched file may be skipped by its sha256; a changed sidecar changes the document.
        touched_only = (before is not None and not rebuild and before.path == key
                        and before.sidecar_mtime_ns == source.sidecar_mtime_ns)
        tasks.append(FileTask(source, before.sha256 if touched_only else None, cache_dir))
    return tasks


def _held_by_other_root(source: SourceFile, before: store.ManifestEntry | None) -> bool:
    """Whether this file's id belongs to a document indexed from another root whose file is still
    there. A root given by another spelling (a link, a relative path) is the same root; a holder
    whose file is gone gives the id up, as it would be deleted by the next run of its own root."""
    if before is None or before.path == str(source.path):
        return False
    if before.root and _resolved(before.root) == _resolved(source.root):
        return False
    if _resolved(before.path) == _resolved(source.path):
        return False  # the same file, reached through a link
    return _still_there(before.path)


def _still_there(path: str) -> bool:
    """Whether a file (or a link, even a broken one) is at ``path``; one that cannot be looked at
    (an unreadable folder, an unmounted share's mount point) counts as there."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def _resolved(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(path)


def _delete_vanished(writer: IndexWriter, discovery, previous, run, paths, rebuild) -> None:
    if rebuild:
        return
    found = {source.doc_id for source in discovery.files}
    blocked = {str(problem.path) for problem in discovery.problems}  # unreadable now: keep what we had
    for doc_id, entry in list(previous.documents.items()):
        if doc_id not in found and entry.path not in blocked and _in_scope(entry.path, paths) \
                and not Path(entry.path).exists():
            writer.delete_by_term("id", doc_id)
            del run.manifest.documents[doc_id]
            run.deleted += 1
    # A failure is forgotten once its file is gone; a broken link is still there (and still failing).
    for key in list(run.manifest.failures):
        if _in_scope(key, paths) and not _still_there(key):
            del run.manifest.failures[key]


def _carry_over(previous: store.Manifest, paths, run: _Run, index_dir: Path) -> list[FileTask]:
    """A full rebuild of some roots keeps the documents of the other roots (from the cache)."""
    tasks = []
    for doc_id, entry in previous.documents.items():
        if _in_scope(entry.path, paths) or doc_id in run.manifest.documents:
            continue
        # A file of another root that is gone or unreadable now is simply not carried over.
        for source in sources.discover([Path(entry.path)]).files:
            tasks.append(FileTask(replace(source, root=Path(entry.root), doc_id=doc_id), None, str(index_dir / "cache")))
    return tasks


def _pool(workers: int | None, limits: Limits, cluster: str | None):
    if cluster:
        from indexer.index.cluster import ClusterPool  # distributed is an optional extra

        return ClusterPool(cluster, prepare_file, limits.timeout_s, limits.memory_mb)
    return WorkerPool(prepare_file, workers or os.cpu_count() or 1, limits.timeout_s, limits.memory_mb,
                      cost=_task_bytes, queue_cost=QUEUE_BYTES)


def _task_bytes(task: FileTask) -> float:
    return float(task.source.size)


def longest_first(tasks: list[FileTask]) -> list[FileTask]:
    """The largest files first, so that the last file to finish is a short one, not a long report
    that started late while the other workers had nothing left to do."""
    return sorted(tasks, key=lambda task: -task.source.size)


def _extract_and_write(writer, tasks: list[FileTask], run: _Run, pool, progress: bool, fresh: bool = False) -> None:
    if not tasks:
        return
    # In a fresh generation an id not yet written this run cannot be in the index: adding skips
    # the delete-by-term lookup update_document makes for every document.
    written: set[str] = set()
    bar = tqdm(total=len(tasks), unit="file", disable=not (progress and sys.stderr.isatty()), file=sys.stderr)
    # closing: an interrupt or an error stops the workers now, not when the generator is collected.
    with bar, closing(pool.run(tasks)) as results:
        for task, result in results:
            bar.update()
            source = task.source
            if getattr(result, "warnings", ()):
                run.warned.append(FileWarnings(str(source.path), result.warnings))
            if isinstance(result, TaskFailure):
                run.fail(source.path, result.reason, result.detail, source)
                continue
            if isinstance(result, Unchanged):
                sha256 = result.sha256
                run.unchanged += 1
            else:
                if fresh and source.doc_id not in written:
                    writer.add_document(**result.fields)
                else:
                    writer.update_document(**result.fields)
                written.add(source.doc_id)
                sha256 = result.sha256
                if source.doc_id in run.manifest.documents or task.previous_sha256 is not None:
                    run.updated += 1
                else:
                    run.added += 1
            run.manifest.documents[source.doc_id] = store.ManifestEntry(
                str(source.path), str(source.root), source.size, source.mtime_ns, sha256, source.sidecar_mtime_ns
            )


def remove_documents(index_dir: Path, doc_ids: Iterable[str], lock_timeout: float = 30.0) -> list[str]:
    """Delete documents by id; returns the ids that were not in the index."""
    index_dir = Path(index_dir).absolute()
    with store.writer_lock(index_dir, lock_timeout):
        generation = store.current_generation(index_dir)
        if generation is None:
            raise store.IndexMissing(index_dir)
        manifest = commit.load_manifest(generation)
        missing = []
        writer = whoosh_index.open_dir(str(generation)).writer()
        for doc_id in doc_ids:
            if manifest.documents.pop(doc_id, None) is None:
                missing.append(doc_id)
            else:
                writer.delete_by_term("id", doc_id)
        commit.commit(writer, manifest, generation)
        store.write_state(generation, {"removed": [d for d in doc_ids if d not in missing]})
        return missing
