"""What `projsearch status` reports about an index.

The facet counts come from the caller (the search layer's ``facet_overview``), so status shows the
same numbers as the web UI's facets without this stage importing the search stage above it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from whoosh.index import Index

from indexer.index import commit, store

FacetOverview = Callable[[Index], Mapping[str, list[dict[str, Any]]]]


def index_status(index_dir: Path, facet_overview: FacetOverview) -> dict[str, Any]:
    index_dir = Path(index_dir).absolute()
    generation = store.current_generation(index_dir)
    if generation is None:
        raise store.IndexMissing(index_dir)
    state = store.read_state(generation)
    manifest = commit.load_manifest(generation)
    ix = store.open_index(index_dir)
    overview = facet_overview(ix)
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
