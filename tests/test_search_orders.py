"""Sorted pages and match sets taken from arrays are whoosh's own, on real indexes.

Sorting by date or title with ranked keys must give the order of whoosh's sorting collector
(ties by document number, reversed as a whole), also across segments and with deleted
documents; the scored arrays' match set must be the postings' one.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from indexer.index.schema import document_fields
from indexer.search import SearchQuery, search
from indexer.search.collect import sort_facet
from indexer.search.docsets import matching_mask
from indexer.search.ordering import SORTS, sorted_documents
from indexer.search.query import text_query
from indexer.search.ranking import QueryScores
from indexer.search.searchers import close_all, open_searcher
from tests.conftest import make_document, write_documents_index

TEXTS = ("innovation", "energy efficiency", "cycling routes", "projekt -energy", '"cross-border cooperation"', "zzqqxx")


def _whoosh_order(searcher, q: wq.Query, sort: str, docs: set[int] | None = None) -> list[int]:
    sortedby, reverse = sort_facet(sort)
    return [hit.docnum for hit in searcher.search(q, sortedby=sortedby, reverse=reverse, limit=None, filter=docs)]


def _mask(searcher, docs) -> np.ndarray:
    mask = np.zeros(searcher.reader().doc_count_all(), dtype=bool)
    mask[list(docs)] = True
    return mask


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_sorted_pages_are_whoosh_s_order_on_the_corpus(corpus_index: Path, sort: str) -> None:
    with open_searcher(corpus_index) as searcher:
        for q in [wq.Every(), *(text_query(text, searcher.schema, reader=searcher.reader()).query for text in TEXTS)]:
            expected = _whoosh_order(searcher, q, sort)
            matched = _mask(searcher, searcher.docs_for_query(q))
            got = sorted_documents(searcher, matched, sort, len(expected) + 5)
            assert got is not None
            assert [hit.docnum for hit in got] == expected, (sort, q)
            assert [hit.docnum for hit in sorted_documents(searcher, matched, sort, 3)] == expected[:3]


def _dated(root: Path, n: int, day: dt.date | None, title: str):
    # Equal dates and titles, and documents without a date, make ties for the sorts to break.
    return make_document(f"pages/p{n:02d}.html", title, f"cycling routes and energy, page {n}", root=root,
                         countries=("DE",) if n % 2 else ("PL",), end=day)


def test_sorted_pages_follow_whoosh_across_segments_with_deleted_documents(tmp_path: Path) -> None:
    root = tmp_path / "root"
    days = [dt.date(2015, 1, 1), None, dt.date(2018, 5, 1), dt.date(2015, 1, 1), None, dt.date(2012, 3, 3)]
    index_dir = write_documents_index(
        tmp_path / "index", [_dated(root, n, days[n % len(days)], f"Title {n % 4}") for n in range(12)]
    )
    generation = (index_dir / "current").resolve()
    writer = whoosh_index.open_dir(str(generation)).writer()
    for n in range(12, 20):  # a second segment, and two documents of the first one deleted
        writer.add_document(**document_fields(_dated(root, n, days[n % len(days)], f"Title {n % 4}")))
    writer.delete_by_term("id", "pages/p03.html")
    writer.delete_by_term("id", "pages/p08.html")
    writer.commit(merge=False)
    close_all()
    try:
        with open_searcher(index_dir) as searcher:
            assert len(list(searcher.reader().leaf_readers())) == 2
            assert searcher.reader().has_deletions()
            german = set(searcher.docs_for_query(wq.Term("country", "DE")))
            for sort in SORTS:
                for q, allowed in ((wq.Every(), None), (text_query("cycling", searcher.schema).query, german)):
                    expected = _whoosh_order(searcher, q, sort, allowed)
                    matched = _mask(searcher, set(searcher.docs_for_query(q)) & (allowed if allowed else set(range(99))))
                    got = sorted_documents(searcher, matched, sort, 100)
                    assert got is not None and [hit.docnum for hit in got] == expected, sort
        # Through the search layer too: the same ids in the same order as whoosh's.
        for sort in SORTS:
            results = search(index_dir, SearchQuery(sort=sort, per_page=100), cached=False)
            with open_searcher(index_dir) as searcher:
                ids = [searcher.stored_fields(docnum)["id"] for docnum in _whoosh_order(searcher, wq.Every(), sort)]
            assert [hit.id for hit in results.hits] == ids
            assert "pages/p03.html" not in ids and len(ids) == 18
    finally:
        close_all()


def test_the_scored_match_set_is_the_postings_match_set(corpus_index: Path) -> None:
    deadline = time.monotonic() + 60
    with open_searcher(corpus_index) as searcher:
        scorer = QueryScores.of(searcher)
        assert scorer is not None
        for text in TEXTS + ("tourism OR turismo", "Śląsk", "covid-19"):
            for mode in ("all", "any"):
                q = text_query(text, searcher.schema, mode=mode, reader=searcher.reader()).query
                scored = scorer.matches(q)
                expected, timed_out = matching_mask(searcher, q, deadline)
                assert scored is not None and not timed_out
                assert np.array_equal(scored, expected), (text, mode)
                assert not scored.flags.writeable  # shared by the search's steps: nobody may change it
