"""Searchers shared per index generation: reused across searches, refreshed by a reindex, closed when unused."""

from __future__ import annotations

import threading

import pytest

from indexer.index.pipeline import index_paths
from indexer.index.store import IndexChanging, current_generation, open_index
from indexer.search import SearchQuery, search, searchers


def write_page(folder, name: str, text: str) -> None:
    (folder / name).write_text(f"<html><head><title>{name}</title></head><body><p>{text}</p></body></html>", encoding="utf-8")


def ids(results) -> set[str]:
    return {hit.id for hit in results.hits}


def test_searches_share_one_searcher_and_a_reindex_brings_a_new_one(tmp_path):
    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    write_page(pages, "mill.html", "The old watermill was restored by the partners.")
    index_paths([pages], index_dir, workers=1)

    for _ in range(5):
        assert ids(search(index_dir, SearchQuery(text="watermill"))) == {"mill.html"}
    first = searchers.current(index_dir)
    assert first.opened == 1 and len(first.idle) == 1  # five searches, one searcher
    (old_searcher,) = first.idle

    write_page(pages, "bridge.html", "A new footbridge links both banks; the watermill is upstream.")
    index_paths([pages], index_dir, workers=1)  # incremental: a new commit in the same generation
    assert ids(search(index_dir, SearchQuery(text="footbridge"))) == {"bridge.html"}
    second = searchers.current(index_dir)
    assert second is not first and second.version != first.version
    assert first.retired and first.closed and old_searcher.is_closed

    index_paths([pages], index_dir, workers=1, full=True)  # a rebuild swapped in: a new directory
    third = searchers.current(index_dir)
    assert third.version[0] != second.version[0] and second.closed
    assert ids(search(index_dir, SearchQuery(text="watermill"))) == {"mill.html", "bridge.html"}


def test_a_searcher_in_use_during_a_reindex_stays_open_until_given_back(tmp_path):
    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    write_page(pages, "mill.html", "The old watermill was restored by the partners.")
    index_paths([pages], index_dir, workers=1)

    with searchers.open_searcher(index_dir) as held:
        old = searchers.current(index_dir)
        write_page(pages, "bridge.html", "A new footbridge links both banks.")
        index_paths([pages], index_dir, workers=1)
        assert ids(search(index_dir, SearchQuery(text="footbridge"))) == {"bridge.html"}
        assert old.retired and not old.closed and not held.is_closed
        assert held.document(id="mill.html") is not None  # the old generation still answers
    assert old.closed and held.is_closed


def test_concurrent_searches_each_get_a_searcher_of_their_own(tmp_path):
    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    for number in range(30):
        write_page(pages, f"p{number}.html", f"Project {number} restored a watermill and a bridge.")
    index_paths([pages], index_dir, workers=1)
    leased: list[int] = []
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with searchers.open_searcher(index_dir) as searcher:
                leased.append(id(searcher))
                barrier.wait(timeout=10)  # all four hold a searcher at once
            for _ in range(10):
                assert search(index_dir, SearchQuery(text="watermill bridge")).total == 30
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(leased)) == 4
    assert searchers.current(index_dir).opened <= searchers.IDLE_PER_GENERATION


def test_result_cache_answers_repeats_and_a_new_generation_starts_it_empty(tmp_path):
    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    write_page(pages, "mill.html", "The old watermill was restored by the partners.")
    index_paths([pages], index_dir, workers=1)
    query = SearchQuery(text="watermill")

    first = search(index_dir, query)
    generation = searchers.current(index_dir)
    assert generation.cached(query) is not None
    again = search(index_dir, query)
    assert again.hits == first.hits and again.total == first.total == 1

    write_page(pages, "mill2.html", "A second watermill downstream.")
    index_paths([pages], index_dir, workers=1)
    after = search(index_dir, query)
    assert after.total == 2  # not the cached answer of the old generation
    assert searchers.current(index_dir) is not generation and generation.closed
    assert searchers.current(index_dir).cached(query) is not None


def test_partial_answers_are_not_kept(tmp_path):
    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    write_page(pages, "mill.html", "The old watermill was restored by the partners.")
    index_paths([pages], index_dir, workers=1)
    query = SearchQuery(text="watermill restored")
    assert search(index_dir, query, time_limit=0.0).partial
    assert searchers.current(index_dir).cached(query) is None
    assert search(index_dir, query).total == 1


def test_an_index_file_gone_between_listing_and_opening_is_looked_for_again_then_a_503(tmp_path):
    from webui import create_app

    pages, index_dir = tmp_path / "pages", tmp_path / "index"
    pages.mkdir()
    write_page(pages, "mill.html", "The old watermill was restored by the partners.")
    index_paths([pages], index_dir, workers=1)
    generation = current_generation(index_dir)
    # A table of contents that is listed but cannot be opened: what a concurrent commit leaves for
    # a moment when it removes the one it replaced. Here it stays, so every attempt meets it.
    (generation / "_MAIN_99.toc").symlink_to(generation / "removed-by-a-commit")
    with pytest.raises(IndexChanging):
        open_index(index_dir)
    answer = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client().get("/api/search?q=watermill")
    assert answer.status_code == 503
    (generation / "_MAIN_99.toc").unlink()
    assert ids(search(index_dir, SearchQuery(text="watermill"))) == {"mill.html"}
