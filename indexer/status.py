"""What `projsearch status` and `projsearch show` report about an index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from whoosh import sorting
from whoosh.query import Every

from indexer import store


def index_status(index_dir: Path) -> dict[str, Any]:
    index_dir = Path(index_dir).absolute()
    generation = store.current_generation(index_dir)
    if generation is None:
        raise store.IndexMissing(index_dir)
    state = store.read_state(generation)
    manifest = store.Manifest.load(generation / store.MANIFEST)
    ix = store.open_index(index_dir)
    with ix.searcher() as searcher:
        facets = {name: sorting.FieldFacet(name, allow_overlap=True, maptype=sorting.Count) for name in ("kind", "language")}
        results = searcher.search(Every(), groupedby=facets, limit=1)
        by_facet = {
            name: dict(sorted(results.groups(name).items(), key=lambda item: (-item[1], item[0])))
            for name in facets
        }
        documents = searcher.doc_count()
    return {
        "index": str(index_dir),
        "generation": generation.name,
        "schema_version": state.get("schema_version"),
        "updated": state.get("updated"),
        "documents": documents,
        "kind": by_facet["kind"],
        "language": by_facet["language"],
        "size_bytes": store.directory_size(generation),
        "cache_bytes": store.directory_size(index_dir / "cache") if (index_dir / "cache").exists() else 0,
        "last_run": state.get("last_run"),
        "failed": [
            {"file": entry.file, "reason": entry.reason, "detail": entry.detail}
            for entry in manifest.failures.values()
        ],
    }


def document_record(index_dir: Path, doc_id: str) -> dict[str, Any] | None:
    with store.open_index(Path(index_dir)).searcher() as searcher:
        stored = searcher.document(id=doc_id)
    return json.loads(stored["record"]) if stored else None
