"""Facet metadata of every sample corpus document, through the real pipeline stages.

Each document in tests/data/corpus_expected.json goes through discovery, extraction, cleaning,
language segmentation and metadata extraction exactly as the indexer runs them, and its
programmes, years and countries must equal the expected sets, with none of the listed traps.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from indexer.ingest import clean
from indexer.ingest import extract
from indexer.language import detection as language
from indexer.metadata import enrich as metadata
from indexer.ingest import sources
from indexer.documents import Metadata

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPECTED: dict[str, dict] = json.loads((ROOT / "tests" / "data" / "corpus_expected.json").read_text(encoding="utf-8"))

@lru_cache(maxsize=1)
def _discovered() -> dict[str, sources.SourceFile]:
    discovery = sources.discover([CORPUS])
    return {source.doc_id: source for source in discovery.files}


@lru_cache(maxsize=None)
def corpus_metadata(doc_id: str) -> Metadata:
    source = _discovered()[doc_id]
    raw = extract.extract(source, sources.file_sha256(source.path))
    cleaned = clean.clean(raw)
    return metadata.extract_metadata(cleaned, language.segment(cleaned))


def test_every_expected_document_is_discovered() -> None:
    assert set(EXPECTED) <= set(_discovered())


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_corpus_document_facets(doc_id: str) -> None:
    expected = EXPECTED[doc_id]
    meta = corpus_metadata(doc_id)
    found = {
        "programmes": set(meta.programmes),
        "years": set(meta.years),
        "countries": set(meta.countries),
    }
    wanted = {
        "programmes": set(expected["programmes"]),
        "years": set(expected["years"]),
        "countries": set(expected["countries"]),
    }
    evidence = [(e.facet, e.value, e.source, e.snippet) for e in meta.evidence if e.facet in ("programme", "years", "country")]
    assert found == wanted, f"evidence: {evidence}"
    assert not set(expected.get("not_countries", ())) & found["countries"], f"evidence: {evidence}"
    assert not set(expected.get("not_years", ())) & found["years"], f"evidence: {evidence}"
