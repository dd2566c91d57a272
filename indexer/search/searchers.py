"""Searchers on an index: pooled for an opened Index (a server), one-off for a directory (the CLI)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh.index import Index
from whoosh.searching import Searcher

from indexer.search.query import scoring

# Idle searchers per open Index. Opening one copies the segment's term and column files into
# memory (tens of ms on 20,000 documents), so a server reuses them. A pooled searcher is built
# from a reader, not from the Index, so the Index can still be garbage-collected, which closes them.
_POOLS: weakref.WeakKeyDictionary[Index, list[Searcher]] = weakref.WeakKeyDictionary()
_POOLS_LOCK = threading.Lock()
_POOL_SIZE = 8


def _close_all(pool: list[Searcher]) -> None:
    while pool:
        pool.pop().close()


@contextmanager
def open_searcher(index: Index | Path | str) -> Iterator[Searcher]:
    """A searcher on the index's latest commit: pooled for an Index, one-off for a directory."""
    if not isinstance(index, Index):
        from indexer.index.store import open_index

        ix = open_index(Path(index))
        try:
            with ix.searcher(weighting=scoring()) as searcher:
                yield searcher
        finally:
            ix.close()
        return
    with _POOLS_LOCK:
        pool = _POOLS.get(index)
        if pool is None:
            pool = _POOLS[index] = []
            weakref.finalize(index, _close_all, pool)
        searcher = pool.pop() if pool else None
    latest = index.latest_generation()
    if searcher is not None and searcher.reader().generation() != latest:
        searcher.close()  # a writer committed since: read the new generation
        searcher = None
    if searcher is None:
        searcher = Searcher(index.reader(), weighting=scoring())
    try:
        yield searcher
    finally:
        with _POOLS_LOCK:
            if len(pool) < _POOL_SIZE:
                pool.append(searcher)
                searcher = None
        if searcher is not None:
            searcher.close()
