"""What `projsearch status` reports about an index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from indexer import store
from indexer.search import facet_overview


def index_status(index_dir: Path) -> dict[str, Any]:
    index_dir = Path(index_dir).absolute()
    generation = store.current_generation(index_dir)
    if generation is None:
        raise store.IndexMissing(index_dir)
    state = store.read_state(generation)
    manifest = store.Manifest.load(generation / store.MANIFEST)
    ix = store.open_index(index_dir)
    overview = facet_overview(ix)  # the same counts the web UI's facets show
    by_facet = {name: {value["value"]: value["count"] for value in overview[name]} for name in ("kind", "language")}
    documents = ix.doc_count()
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
