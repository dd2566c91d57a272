"""The whoosh commit and the manifest as one unit.

Each manifest is written as ``manifest.<N>.json``, ``N`` being the whoosh generation the commit
is about to create, *before* that commit. whoosh's commit becomes visible with one rename (its
table of contents), so whichever generation a reader or the next run opens, the manifest tagged
with that number describes exactly what it holds. After a kill the leftovers are either a
manifest for a generation that never appeared (ignored, overwritten next time) or an older one
(removed once a newer commit is in). When no tagged manifest matches (an index written before
this layout, or one edited by hand), the manifest is rebuilt from the ids, sizes and sha256 the
index stores, so the next run re-reads only what it cannot vouch for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter

from indexer.index import store

_TAGGED = re.compile(r"manifest\.(\d+)\.json")
# The size is stored but not the mtime: a rebuilt entry never passes the size+mtime test, so
# the next run compares the file's sha256 instead (cheap, and exact).
UNKNOWN_MTIME = -1


class CommitError(store.StoreError):
    """The index could not be written; carries the path and the system's reason (e.g. ENOSPC)."""


def tagged_manifest(generation: Path, whoosh_generation: int) -> Path:
    return generation / f"manifest.{whoosh_generation}.json"


def load_manifest(generation: Path) -> store.Manifest:
    """The manifest that describes the index in ``generation`` as a reader would open it now."""
    ix = whoosh_index.open_dir(str(generation))
    try:
        path = tagged_manifest(generation, ix.latest_generation())
        if path.exists():
            return store.Manifest.load(path)
        return reconcile(_best_guess(generation), ix)
    finally:
        ix.close()


def _best_guess(generation: Path) -> store.Manifest:
    """The newest manifest on disk, whatever its tag: its failures and mtimes are still worth keeping."""
    candidates = sorted(
        (int(match.group(1)), path) for path in generation.glob("manifest.*.json")
        if (match := _TAGGED.fullmatch(path.name))
    )
    for _, path in reversed(candidates):
        try:
            return store.Manifest.load(path)
        except (OSError, ValueError, TypeError):
            continue
    legacy = generation / store.MANIFEST
    try:
        return store.Manifest.load(legacy)
    except (OSError, ValueError, TypeError):
        return store.Manifest()


def indexed_entries(ix) -> dict[str, store.ManifestEntry]:
    """What the index itself says it holds, per document id, from its stored fields."""
    entries: dict[str, store.ManifestEntry] = {}
    with ix.searcher() as searcher:
        for fields in searcher.all_stored_fields():
            record = json.loads(fields.get("record") or "{}")
            entries[fields["id"]] = store.ManifestEntry(
                path=record.get("path", ""), root=record.get("root", ""), size=int(record.get("size") or 0),
                mtime_ns=UNKNOWN_MTIME, sha256=fields.get("sha256", ""),
            )
    return entries


def reconcile(manifest: store.Manifest, ix) -> store.Manifest:
    """``manifest`` corrected to the index: no entry the index lacks, none it holds missing."""
    indexed = indexed_entries(ix)
    documents = {}
    for doc_id, entry in indexed.items():
        known = manifest.documents.get(doc_id)
        documents[doc_id] = known if known is not None and known.sha256 == entry.sha256 else entry
    return store.Manifest(documents=documents, failures=dict(manifest.failures))


def commit(writer: IndexWriter, manifest: store.Manifest, generation: Path) -> None:
    """Commit ``writer`` with ``manifest``: after a kill at any point, the two still agree."""
    tagged = tagged_manifest(generation, writer.generation)
    manifest.save(tagged)
    try:
        writer.commit()
    except BaseException:
        tagged.unlink(missing_ok=True)
        raise
    for path in generation.glob("manifest*.json"):
        if path != tagged and (_TAGGED.fullmatch(path.name) or path.name == store.MANIFEST):
            path.unlink(missing_ok=True)


def cancel(writer: IndexWriter) -> None:
    """Give up a writer; a failure here (a full disk, a closed writer) must not hide the first one."""
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - the error that made us cancel is the one worth reporting
        pass
    if not getattr(writer, "is_closed", True):
        try:
            writer.writelock.release()
        except Exception:  # noqa: BLE001
            pass

