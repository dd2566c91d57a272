"""Speed-ups of the search layer keep its answers: the same hits, order, scores, passages and counts.

Each shortcut is compared with the long way round on the real corpus index (and, when
../shared is there, on real reports): clauses left out of a query because they cannot match,
passages found with the cheaper chunk ranking, stored fields read through the document cache.
"""

from __future__ import annotations

import os
import subprocess
import threading
import sys
import time
from pathlib import Path

import pytest
from whoosh import query as wq

from indexer.index.schema import build_schema
from indexer.search.engine import page_hits
from indexer.search.query import AnyOf, text_query
from indexer.search.readcache import DocumentCache, WordCache
from indexer.search.searchers import lease, open_searcher
from indexer.search.suggest import SpellingCache, suggest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_REPORTS = PROJECT_ROOT.parent / "shared" / "data" / "pdfs" / "eu_project_docs"
REPORTS_TAKEN = 3  # the largest few: long texts, where the shortcuts matter


@pytest.fixture(scope="module")
def shared_reports_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED_REPORTS.is_dir():
        pytest.skip(f"{SHARED_REPORTS} is absent (../shared/data not mounted)")
    from indexer.index.pipeline import index_paths

    folder = tmp_path_factory.mktemp("long-reports")
    longest = sorted(SHARED_REPORTS.glob("*.pdf"), key=lambda path: path.stat().st_size)[-REPORTS_TAKEN:]
    for path in longest:
        (folder / path.name).symlink_to(path)
    index_dir = tmp_path_factory.mktemp("long-reports-index") / "index"
    report = index_paths([folder], index_dir)
    assert report.added, report.to_dict()
    return index_dir

QUERIES = (
    "innovation", "cycling routes", "energy efficiency", '"cross-border cooperation"', "Śląsk", "slask",
    "projekt -energy", "tourism OR turismo", "title:report", "zzqqxx innovation", "zzqqxx", "развој",
    "covid-19", "the of and", "Wasserstoff Energie", "e-government services", "能源",
)


def _ranked(searcher, parsed) -> list[tuple[int, float]]:
    return [(hit.docnum, hit.score) for hit in searcher.search(parsed.query, limit=None)]


@pytest.mark.parametrize("mode", ["all", "any"])
def test_clauses_that_cannot_match_are_left_out_without_changing_hits(corpus_index: Path, mode: str) -> None:
    with open_searcher(corpus_index) as searcher:
        reader = searcher.reader()
        left_out = 0
        for text in QUERIES:
            full = text_query(text, searcher.schema, mode=mode)
            pruned = text_query(text, searcher.schema, mode=mode, reader=reader)
            assert pruned.terms == full.terms, text  # highlighting sees every field's terms
            assert pruned.words == full.words and pruned.excluded == full.excluded, text
            if full.empty:
                assert pruned.empty
                continue
            left_out += len(list(full.query.leaves())) - len(list(pruned.query.leaves()))
            expected = _ranked(searcher, full)
            got = _ranked(searcher, pruned)
            assert [doc for doc, _ in got] == [doc for doc, _ in expected], text
            assert [round(score, 9) for _, score in got] == [round(score, 9) for _, score in expected], text
        # The corpus fills only some language fields: most clauses of a word can go.
        assert left_out > 10 * len(QUERIES)


def test_a_word_found_nowhere_still_matches_nothing(corpus_index: Path) -> None:
    with open_searcher(corpus_index) as searcher:
        reader = searcher.reader()
        assert _ranked(searcher, text_query("innovation", searcher.schema, reader=reader))
        assert not _ranked(searcher, text_query("zzqqxx innovation", searcher.schema, reader=reader))
        excluded = text_query("innovation -zzqqxx", searcher.schema, reader=reader)
        assert excluded.excluded == ("zzqqxx",)
        assert _ranked(searcher, excluded) == _ranked(searcher, text_query("innovation", searcher.schema, reader=reader))



_PASSAGES_SCRIPT = """
import json, sys
from indexer.search import SearchQuery, search
for text in sys.argv[2:]:
    results = search(sys.argv[1], SearchQuery(text=text), cached=False)
    print(json.dumps([(hit.id, hit.snippet_html, hit.snippet_page) for hit in results.hits], ensure_ascii=False))
"""


def test_passages_do_not_depend_on_the_hash_seed(corpus_index: Path) -> None:
    # A span found by two fields is named by the first: in set order that changed from run to run.
    texts = ["cycling routes", "innovation", "energy efficiency", "cooperation programme", "projekt"]
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", _PASSAGES_SCRIPT, str(corpus_index), *texts],
            capture_output=True, text=True, check=True, cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert "<mark>" in next(iter(outputs))


def _page_both_ways(index_dir: Path, text: str) -> tuple[tuple, tuple]:
    """The first page of ``text`` shown through the generation's caches (twice) and without them."""
    with lease(index_dir) as (searcher, generation):
        parsed = text_query(text, searcher.schema, reader=searcher.reader())
        ranked = list(searcher.search(parsed.query, limit=10))
        deadline = time.monotonic() + 60
        plain, _ = page_hits(searcher, ranked, parsed.terms, True, deadline)
        cached, _ = page_hits(searcher, ranked, parsed.terms, True, deadline, generation)
        again, _ = page_hits(searcher, ranked, parsed.terms, True, deadline, generation)
    assert cached == again, text
    return plain, cached


def test_hits_shown_through_the_document_and_word_caches_are_the_same(corpus_index: Path) -> None:
    shown = 0
    for text in QUERIES:
        plain, cached = _page_both_ways(corpus_index, text)
        assert plain == cached, text
        shown += sum("<mark>" in hit.snippet_html for hit in plain)
    assert shown > len(QUERIES)


def test_hits_of_real_reports_are_the_same_through_the_caches(shared_reports_index: Path) -> None:
    for text in ("open data", "budget", '"public procurement"', "citizen participation tools"):
        plain, cached = _page_both_ways(shared_reports_index, text)
        assert plain == cached, text
        assert any("<mark>" in hit.snippet_html for hit in plain), text


def test_the_document_cache_stays_within_its_characters(corpus_index: Path) -> None:
    documents = DocumentCache(max_chars=20_000)
    with lease(corpus_index) as (searcher, _):
        numbers = list(range(searcher.doc_count_all()))
        for docnum in numbers:
            got = documents.get(searcher, docnum)
            assert got.fields == searcher.stored_fields(docnum)
        kept = [documents.get(searcher, docnum) for docnum in numbers[-3:]]
    assert 0 < len(documents) < len(numbers)
    assert documents._chars <= 20_000
    assert all(document.fields.get("id") for document in kept)


def test_the_word_cache_gives_the_analysers_tokens() -> None:
    schema = build_schema()
    words = WordCache(max_words=2)
    for word in ("Śląska", "städer", "Śląska", "centres"):
        expected = tuple(
            (token.text, token.startchar, token.endchar)
            for token in schema["body_pl"].analyzer(word, chars=True, mode="index", removestops=False)
        )
        assert words.tokens("body_pl", schema["body_pl"].analyzer, word) == expected
    assert len(words._tokens) <= 2


def _plain_or(q):
    """The same query with whoosh's own Or (its matcher chosen by index size) for every AnyOf."""
    if isinstance(q, AnyOf):
        return wq.Or([_plain_or(sub) for sub in q.subqueries], boost=q.boost)
    return q if q.is_leaf() else q.apply(_plain_or)


@pytest.mark.parametrize("mode", ["all", "any"])
def test_disjunctions_rank_as_whoosh_s_own_or(corpus_index: Path, mode: str) -> None:
    with open_searcher(corpus_index) as searcher:
        assert searcher.doc_count_all() < 5_000  # where whoosh's Or would pre-read into arrays
        for text in QUERIES:
            parsed = text_query(text, searcher.schema, mode=mode, reader=searcher.reader())
            if parsed.empty:
                continue
            ours = [(hit.docnum, hit.score) for hit in searcher.search(parsed.query, limit=None)]
            theirs = [(hit.docnum, hit.score) for hit in searcher.search(_plain_or(parsed.query), limit=None)]
            assert [doc for doc, _ in ours] == [doc for doc, _ in theirs], text
            assert [round(score, 9) for _, score in ours] == [round(score, 9) for _, score in theirs], text


def test_suggestions_through_the_spelling_cache_are_the_same(corpus_index: Path) -> None:
    spellings = SpellingCache()
    made = 0
    with lease(corpus_index) as (searcher, _):
        for text in ("inovation", "cyclng routes", "enrgy eficiency", "projekt inovation", "zzqqxx", "inovation"):
            deadline = time.monotonic() + 60
            plain = suggest(searcher, text, 0, None, deadline)
            cached = suggest(searcher, text, 0, None, deadline, spellings)
            again = suggest(searcher, text, 0, None, deadline, spellings)
            assert plain == cached == again, text
            made += plain is not None
    assert made >= 2
    assert len(spellings) >= 3


def test_texts_parsed_through_the_parse_cache_are_the_same(corpus_index: Path) -> None:
    from indexer.search.collect import ParseCache
    from indexer.search.word_languages import WordLanguages

    parses = ParseCache(max_texts=4)
    with open_searcher(corpus_index) as searcher:
        for mode in ("all", "any"):
            for text in QUERIES:
                languages = WordLanguages(searcher)
                fresh = text_query(text, searcher.schema, mode=mode, reader=searcher.reader(), languages=languages)
                cached = parses.parsed(text, searcher, mode)
                assert cached == fresh and repr(cached.query) == repr(fresh.query), text
                assert parses.parsed(text, searcher, mode) is cached  # asked again: not parsed again
    assert len(parses) == 4


def test_a_collector_pass_stops_at_its_deadline_without_a_timer_thread(corpus_index: Path) -> None:
    from whoosh.collectors import TimeLimit

    from indexer.search.collect import DeadlineCollector, collect

    threads = threading.active_count()
    with open_searcher(corpus_index) as searcher:
        every = [hit.docnum for hit in searcher.search(wq.Every(), limit=None)]
        assert len(every) > 10
        run = collect(searcher, wq.Every(), time.monotonic() + 60, limit=None)
        assert not run.timed_out and [hit.docnum for hit in run.results] == every
        assert threading.active_count() == threads
        late = DeadlineCollector(searcher.collector(limit=None), time.monotonic() - 1)
        with pytest.raises(TimeLimit):
            searcher.search_with_collector(wq.Every(), late)
        assert len(late.results()) == 0
