"""Hits ranked with arrays (indexer.search.ranking) are whoosh's own: same documents, order, scores.

Compared on the corpus index and on an index of real ESIF project pages written in three
segments with deleted documents (segment offsets, deletions, statistics over several segments).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from whoosh import index as whoosh_index

from indexer.index.schema import build_schema, document_fields
from indexer.search import SearchQuery, search
from indexer.search.query import scoring, text_query
from indexer.search.ranking import top_documents
from indexer.search.searchers import open_searcher
from whoosh.searching import Searcher
from tests.bench.benchdata import ESIF_RECORDS, bench_documents
from tests.test_search_speedups import QUERIES

PAGE_QUERIES = (
    "energy", "Energie", "innovation", "energy efficiency", "regionale Entwicklung", "rozwój",
    "renewable energy sources", "centro di ricerca", "turismo -hotel", "training OR szkolenia",
    "title:energia", "zzqqxx energy", '"energy efficiency"', '"research and development" -hotel',
    "covid-19 regional",
)


def _compare(searcher: Searcher, texts: tuple[str, ...]) -> int:
    """Asserts both rankings agree for every text and mode; returns how many found something."""
    compared = 0
    for text in texts:
        for mode in ("all", "any"):
            parsed = text_query(text, searcher.schema, mode=mode, reader=searcher.reader())
            if parsed.empty:
                continue
            theirs = [(hit.docnum, hit.score) for hit in searcher.search(parsed.query, limit=None)]
            ours = top_documents(searcher, parsed.query, None, len(theirs) + 5)
            assert ours is not None, text  # words, phrases, OR, exclusions: all of them by arrays
            assert [hit.docnum for hit in ours] == [doc for doc, _ in theirs], (text, mode)
            assert np.allclose([hit.score for hit in ours], [score for _, score in theirs], rtol=1e-12, atol=0), text
            compared += bool(theirs)
            # The top few, and the top few among candidates, as a page asks for them.
            for limit in (1, 3, 10):
                assert [hit.docnum for hit in top_documents(searcher, parsed.query, None, limit)] == [
                    doc for doc, _ in theirs[:limit]
                ], (text, limit)
            candidates = np.zeros(searcher.doc_count_all(), dtype=bool)
            candidates[::3] = True
            filtered = searcher.search(parsed.query, limit=10, filter=set(np.flatnonzero(candidates).tolist()))
            assert [hit.docnum for hit in top_documents(searcher, parsed.query, candidates, 10)] == [
                hit.docnum for hit in filtered
            ], text
    return compared


def test_array_ranking_is_whoosh_s_on_the_corpus(corpus_index: Path) -> None:
    with open_searcher(corpus_index) as searcher:
        # Phrases whose words also occur apart in other documents (2 of 10, 8 of 11, 1 of 3).
        phrases = ('"project partners"', '"the project"', '"regional development" -energy')
        assert _compare(searcher, QUERIES + phrases) >= 11


@pytest.fixture(scope="module")
def segmented_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ESIF_RECORDS.exists():
        pytest.skip(f"{ESIF_RECORDS} is absent (../shared/data not mounted)")
    folder = tmp_path_factory.mktemp("segmented-pages")
    ix = whoosh_index.create_in(str(folder), build_schema())
    documents = bench_documents(1_500)
    for part in range(3):
        writer = ix.writer()
        for document in documents[part::3]:
            writer.add_document(**document_fields(document))
        writer.commit(merge=False)
    writer = ix.writer()
    for document in documents[::7]:
        writer.delete_by_term("id", document_fields(document)["id"])
    writer.commit(merge=False)
    return folder


def test_array_ranking_is_whoosh_s_over_segments_with_deletions(segmented_pages: Path) -> None:
    ix = whoosh_index.open_dir(str(segmented_pages))
    with Searcher(ix.reader(), weighting=scoring()) as searcher:
        assert len(searcher.reader().leaf_readers()) == 3 and searcher.reader().has_deletions()
        assert _compare(searcher, PAGE_QUERIES) >= 12


def test_search_results_are_the_same_ranked_either_way(corpus_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer.search import engine

    texts = ("innovation", "energy efficiency", "cycling routes tourism", "zzqqxx innovation", "projekt -energy")
    arrays = {text: search(corpus_index, SearchQuery(text=text, per_page=5), cached=False) for text in texts}
    monkeypatch.setattr(engine, "top_documents", lambda *args: None)  # every query through whoosh
    for text in texts:
        plain = search(corpus_index, SearchQuery(text=text, per_page=5), cached=False)
        assert [hit.id for hit in arrays[text].hits] == [hit.id for hit in plain.hits], text
        assert [hit.score for hit in arrays[text].hits] == pytest.approx([hit.score for hit in plain.hits], rel=1e-12)
        assert arrays[text].total == plain.total and arrays[text].facets == plain.facets
