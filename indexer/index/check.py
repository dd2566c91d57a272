"""`projsearch check [--repair]`: do the index, the manifest, the text cache and the files agree?

Each problem is a Finding in words, with what repairing it does. Repairs only ever bring the
index and manifest back to what the files say, never guess: a changed file is reported for the
next `projsearch index`, which re-reads it anyway.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from indexer.index import commit, store


@dataclass(frozen=True)
class Finding:
    subject: str  # a document id, a file or a directory
    problem: str
    repair: str  # what --repair does about it, or "" when only indexing fixes it
    repaired: bool = False
    serious: bool = True  # False: worth knowing, but the index is not wrong


@dataclass
class CheckReport:
    index: str
    documents: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return all(finding.repaired or not finding.serious for finding in self.findings)

    def to_dict(self) -> dict:
        return {
            "index": self.index, "documents": self.documents, "healthy": self.healthy,
            "findings": [vars(finding) for finding in self.findings],
        }


def check(index_dir: Path, repair: bool = False, lock_timeout: float = 30.0) -> CheckReport:
    index_dir = Path(index_dir).absolute()
    generation = store.current_generation(index_dir)
    if generation is None:
        raise store.IndexMissing(index_dir)
    with store.writer_lock(index_dir, lock_timeout):
        report = CheckReport(str(index_dir))
        _check_attempts(index_dir, report, repair)
        _check_manifest(generation, report, repair)
        _check_cache(index_dir / "cache", commit.load_manifest(generation), report, repair)
        return report


def _check_attempts(index_dir: Path, report: CheckReport, repair: bool) -> None:
    current = store.current_generation(index_dir)
    for candidate in sorted(index_dir.glob("gen-*")):
        if candidate.is_dir() and current is not None and candidate.name > current.name:
            report.findings.append(Finding(
                candidate.name, "a rebuild that was interrupted before it was swapped in", "remove it", repair))
    if repair:
        store.remove_attempted_generations(index_dir)
    for leftover in [*index_dir.glob(f".{store.CURRENT}.*"), *current.glob(".*.tmp")]:
        report.findings.append(Finding(leftover.name, "a temporary file left by an interrupted write", "remove it", repair))
        if repair:
            leftover.unlink(missing_ok=True)


def _check_manifest(generation: Path, report: CheckReport, repair: bool) -> None:
    ix = whoosh_index.open_dir(str(generation))
    tagged = commit.tagged_manifest(generation, ix.latest_generation())
    indexed = commit.indexed_entries(ix)
    report.documents = len(indexed)
    manifest = commit.load_manifest(generation)
    changed = False
    if not tagged.exists():
        report.findings.append(Finding(
            tagged.name, "no manifest matches the index's last commit; it was rebuilt from the index",
            "write the rebuilt manifest", repair))
        changed = True
    gone = []
    for doc_id, entry in sorted(manifest.documents.items()):
        path = Path(entry.path)
        if not path.exists():
            gone.append(doc_id)
            report.findings.append(Finding(
                doc_id, f"still searchable, but its file {entry.path} is gone", "remove it from the index", repair))
        elif entry.mtime_ns != commit.UNKNOWN_MTIME and (path.stat().st_size, path.stat().st_mtime_ns) != (
                entry.size, entry.mtime_ns):
            report.findings.append(Finding(
                doc_id, f"{entry.path} changed since it was indexed; `projsearch index` will read it again",
                "", serious=False))
    if not repair or not (changed or gone):
        ix.close()
        return
    writer = ix.writer()
    try:
        for doc_id in gone:
            writer.delete_by_term("id", doc_id)
            del manifest.documents[doc_id]
        commit.commit(writer, manifest, generation)
    except BaseException:
        commit.cancel(writer)
        raise
    finally:
        ix.close()


def _check_cache(cache_dir: Path, manifest: store.Manifest, report: CheckReport, repair: bool) -> None:
    if not cache_dir.is_dir():
        return
    wanted = {entry.sha256 for entry in manifest.documents.values()}
    unused = pages = 0
    for path in sorted(cache_dir.rglob("*.json.gz")):
        try:
            cached = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, ValueError, EOFError):
            report.findings.append(Finding(
                str(path.relative_to(cache_dir)), "an unreadable text cache entry (extraction will run again)",
                "remove it", repair))
            if repair:
                path.unlink(missing_ok=True)
            continue
        if isinstance(cached, dict) and not cached.get("pages"):
            # Written by earlier versions for a web page or a text file (no PDF pages): those are read
            # again from their file now, so the entry only takes room.
            pages += 1
            if repair:
                path.unlink(missing_ok=True)
        elif path.name.split("-", 1)[0] not in wanted:
            unused += 1
    if pages:
        report.findings.append(Finding(
            "cache", "1 cached text of a web page or a text file, which is read from its file instead" if pages == 1
            else f"{pages} cached texts of web pages or text files, which are read from their files instead",
            "remove them", repair, serious=False))
    if unused:
        # Kept by design: another root or a file moved back reuses them; reported for the size.
        report.findings.append(Finding(
            "cache", "1 cached text belongs to no indexed document" if unused == 1
            else f"{unused} cached texts belong to no indexed document", "", serious=False))
