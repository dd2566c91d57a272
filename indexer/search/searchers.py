"""Searchers per index generation, shared by every request and thread of the process.

Opening a searcher opens every segment's files and reads their term and column indexes, which
was about 40 % of a search when each search opened the index directory again. So the searchers
of the current generation (the directory ``current`` points at, at its latest whoosh commit) are
kept and leased to one request at a time: a whoosh Searcher cannot serve two threads at once,
because its postings readers ``seek`` and then ``read`` a file object they share
(``whoosh.codec.whoosh3``, ``W3LeafMatcher._read_block``). A commit or a swapped-in rebuild
makes a new generation; the old one is retired, and its searchers are closed as soon as the
last request still using one gives it back.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.index import Index
from whoosh.searching import Searcher

from indexer.search.collect import ParseCache
from indexer.search.matches import FinderCache
from indexer.search.query import scoring
from indexer.search.readcache import DocumentCache, WordCache
from indexer.search.suggest import SpellingCache

IDLE_PER_GENERATION = 8  # idle searchers kept: one per server thread
RESULTS_PER_GENERATION = 256  # answers kept for repeated queries (a page reloaded, a facet toggled back)


@dataclass(eq=False)
class Generation:
    """One index generation's searchers: idle ones, and how many are leased."""

    version: tuple[str, int]  # (generation directory, whoosh commit number)
    index: Index
    link: str | None = None  # what ``current`` said when this generation was opened
    idle: list[Searcher] = field(default_factory=list)
    leased: int = 0
    retired: bool = False
    closed: bool = False
    opened: int = 0  # searchers opened so far (what sharing saves shows here)
    # Answers of this generation by query: a new generation starts empty, so none is ever stale.
    results: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)
    # Decoded documents and analysed words: how fast hits are shown, never what they are.
    documents: DocumentCache = field(default_factory=DocumentCache)
    words: WordCache = field(default_factory=WordCache)
    finders: FinderCache = field(default_factory=FinderCache)
    spellings: SpellingCache = field(default_factory=SpellingCache)
    parses: ParseCache = field(default_factory=ParseCache)

    def cached(self, key: Hashable) -> Any | None:
        with _LOCK:
            found = self.results.get(key)
            if found is not None:
                self.results.move_to_end(key)
            return found

    def remember(self, key: Hashable, answer: Any) -> None:
        with _LOCK:
            self.results[key] = answer
            while len(self.results) > RESULTS_PER_GENERATION:
                self.results.popitem(last=False)

    def close_idle(self) -> None:
        while self.idle:
            self.idle.pop().close()


_LOCK = threading.Lock()
_CURRENT: dict[str, Generation] = {}  # by index directory (or an opened Index's folder)


def _index_key(index: Index | Path | str) -> str:
    if isinstance(index, Index):
        folder = getattr(index.storage, "folder", None) or f"memory-{id(index.storage)}"
        return f"index:{folder}:{getattr(index, 'indexname', '')}"
    return f"dir:{os.path.abspath(index)}"


def _generation(index: Index | Path | str, key: str) -> Generation:
    """The current generation for ``index``, opened when it changed (retiring the one before)."""
    known = _CURRENT.get(key)
    link: str | None = None
    if isinstance(index, Index):
        version = (key, index.latest_generation())
        if known is not None and known.version == version and known.index is index:
            return known
        opened = index
    else:
        from indexer.index.store import CURRENT, current_generation, open_index

        link = _link_text(Path(index, CURRENT))
        if known is not None and link is not None and link == known.link:
            # Still the same directory (``current`` names a new one for every rebuild; reading
            # the link costs a tenth of resolving its path): one listing says whether a commit
            # came since. Checking that the directory holds an index (reading its table of
            # contents) cost about 1 ms per search; a directory that changed or went goes the
            # long way below.
            try:
                if known.index.latest_generation() == known.version[1]:
                    return known
            except OSError:
                pass
        directory = current_generation(Path(index))  # follows ``current``; None raises below
        if known is not None and directory is not None and known.version[0] == str(directory):
            if known.index.latest_generation() == known.version[1]:
                known.link = link
                return known
        opened = open_index(Path(index))  # raises IndexMissing
        version = (str(directory), opened.latest_generation())
    fresh = Generation(version, opened, link=link)
    _CURRENT[key] = fresh
    if known is not None:
        _retire(known)
    return fresh


def _link_text(link: Path) -> str | None:
    try:
        return os.readlink(link)
    except OSError:  # not a link (or gone): the long way decides
        return None


def _retire(generation: Generation) -> None:
    generation.retired = True
    generation.close_idle()
    if generation.leased == 0:
        generation.closed = True


def current(index: Index | Path | str) -> Generation:
    """The generation a search on ``index`` would use now (for status and tests)."""
    with _LOCK:
        return _generation(index, _index_key(index))


@contextmanager
def open_searcher(index: Index | Path | str) -> Iterator[Searcher]:
    """A searcher on the index's current generation, leased for the ``with`` block."""
    with lease(index) as (searcher, _):
        yield searcher


@contextmanager
def lease(index: Index | Path | str) -> Iterator[tuple[Searcher, Generation]]:
    """A searcher on the index's current generation and that generation, for the ``with`` block."""
    key = _index_key(index)
    with _LOCK:
        generation = _generation(index, key)
        searcher = generation.idle.pop() if generation.idle else None
        generation.leased += 1
    if searcher is None:
        # Opened outside the lock, so a slow open does not hold up other requests.
        searcher = Searcher(generation.index.reader(), weighting=scoring())
        with _LOCK:
            generation.opened += 1
    try:
        yield searcher, generation
    finally:
        with _LOCK:
            generation.leased -= 1
            keep = not generation.retired and len(generation.idle) < IDLE_PER_GENERATION
            if keep:
                generation.idle.append(searcher)
            elif generation.retired and generation.leased == 0:
                generation.close_idle()
                generation.closed = True
        if not keep:
            searcher.close()


def close_all() -> None:
    """Close every idle searcher and forget every generation (a server shutting down, tests)."""
    with _LOCK:
        for generation in _CURRENT.values():
            _retire(generation)
        _CURRENT.clear()
