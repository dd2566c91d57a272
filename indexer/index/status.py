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
from indexer.ingest.extract import ocr as ocr_stage

FacetOverview = Callable[[Index], Mapping[str, list[dict[str, Any]]]]


def index_status(
    index_dir: Path, facet_overview: FacetOverview, ocr: ocr_stage.OcrSettings | None = None
) -> dict[str, Any]:
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
        "rules_version": state.get("rules_version"),
        "updated": state.get("updated"),
        "documents": documents,
        "kind": by_facet["kind"],
        "language": by_facet["language"],
        "size_bytes": store.directory_size(generation),
        "cache_bytes": store.directory_size(index_dir / "cache") if (index_dir / "cache").exists() else 0,
        "last_run": state.get("last_run"),
        "ocr": _ocr_summary(ix, ocr or ocr_stage.OcrSettings()),
        "failed": [
            {"file": entry.file, "reason": entry.reason, "detail": entry.detail}
            for entry in manifest.failures.values()
        ],
    }


def _ocr_summary(ix: Index, settings: ocr_stage.OcrSettings) -> dict[str, Any]:
    """Pages and documents read by OCR in the index, and whether this machine can OCR now."""
    engine = ocr_stage.engine(settings)
    pages = documents = 0
    with ix.reader() as reader:
        if "ocr_pages" in reader.schema and reader.has_column("ocr_pages"):
            column = reader.column_reader("ocr_pages")
            for docnum in reader.all_doc_ids():
                count = column[docnum]
                pages += count
                documents += count > 0
    return {
        "enabled": engine.available,
        "state": engine.describe(),
        "pages": pages,
        "documents": documents,
    }
