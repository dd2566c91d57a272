"""The documents a query matches, as a numpy mask over document numbers, built from postings.

Collecting the match set through a whoosh collector calls Python code for every matching
document of every field's matcher (a word's query is a disjunction over some twenty fields).
Here each term's postings are read once into an array of document numbers (cached per segment,
so a repeated word costs nothing), and the query's structure (And, Or, AndNot) becomes numpy
set operations. Phrases still go through whoosh's span matching, once per set of segments.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable

import numpy as np
from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

DOC_DTYPE = np.int32


class FrozenArrays:
    """A bounded, thread-safe cache of read-only arrays, the least recently used dropped first.

    Keys name segments by :func:`leaf_key`, so a new index generation simply stops asking for the
    old entries and they age out.
    """

    def __init__(self, capacity: int) -> None:
        self._arrays: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def get(self, key: Hashable, read: Callable[[], np.ndarray]) -> np.ndarray:
        """The array kept under ``key``, read (outside the lock) and kept when not there yet."""
        with self._lock:
            known = self._arrays.get(key)
            if known is not None:
                self._arrays.move_to_end(key)
                return known
        array = read()
        array.flags.writeable = False
        with self._lock:
            self._arrays[key] = array
            while len(self._arrays) > self._capacity:
                self._arrays.popitem(last=False)
        return array


_TERMS = FrozenArrays(4_096)  # postings arrays (all segments and fields together)


class OutOfTime(Exception):
    """The deadline passed while the match set was being built."""


def leaf_key(leaf: IndexReader) -> tuple:
    """What identifies a segment's contents: its id and how many documents are still live in it."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return (segment.segment_id() if segment is not None else id(leaf), leaf.doc_count())


def _leaf_term_docs(leaf: IndexReader, field: str, text: str | bytes) -> np.ndarray:
    def read() -> np.ndarray:
        if (field, text) in leaf:
            return np.fromiter(leaf.postings(field, text).all_ids(), dtype=DOC_DTYPE)
        return np.empty(0, dtype=DOC_DTYPE)

    return _TERMS.get((leaf_key(leaf), field, text), read)


def _term_docs(searcher: Searcher, field: str, text: str | bytes) -> np.ndarray:
    parts = [
        _leaf_term_docs(leaf, field, text) + offset
        for leaf, offset in searcher.reader().leaf_readers()
        if field in leaf.indexed_field_names()
    ]
    return np.concatenate(parts) if parts else np.empty(0, dtype=DOC_DTYPE)


def term_docs(searcher: Searcher, field: str, text: str | bytes) -> np.ndarray:
    """Sorted document numbers holding the term, from the cached postings arrays."""
    return _term_docs(searcher, field, text)


def _every(searcher: Searcher) -> np.ndarray:
    reader = searcher.reader()
    if not reader.has_deletions():
        return np.arange(reader.doc_count_all(), dtype=DOC_DTYPE)
    return np.fromiter(reader.all_doc_ids(), dtype=DOC_DTYPE)


def _sorted_docs(searcher: Searcher, q: wq.Query, deadline: float) -> np.ndarray:
    """Sorted, unique document numbers matching ``q``."""
    if time.monotonic() >= deadline:
        raise OutOfTime
    kind = type(q)
    if q is wq.NullQuery or kind is wq.NullQuery.__class__:
        return np.empty(0, dtype=DOC_DTYPE)
    if kind is wq.Term:
        return _term_docs(searcher, q.fieldname, q.text)
    if kind is wq.Every:
        return _every(searcher)
    if kind is wq.And:
        return _intersect(_sorted_docs(searcher, sub, deadline) for sub in q.subqueries)
    if issubclass(kind, wq.Or) and not getattr(q, "minmatch", 0):
        parts = [_sorted_docs(searcher, sub, deadline) for sub in q.subqueries]
        return np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=DOC_DTYPE)
    if kind is wq.AndNot:
        kept = _sorted_docs(searcher, q.a, deadline)
        return np.setdiff1d(kept, _sorted_docs(searcher, q.b, deadline), assume_unique=True)
    if kind is wq.Phrase:
        return phrase_docs(searcher, q)
    # Anything else: whoosh decides, document by document.
    return np.fromiter(searcher.docs_for_query(q), dtype=DOC_DTYPE)


def phrase_docs(searcher: Searcher, q: wq.Phrase) -> np.ndarray:
    """Sorted document numbers where the phrase occurs, found by whoosh's span matching once
    per set of segments: the match set and the ranking both ask, and the same phrase comes
    back with other filters and pages."""
    segments = tuple((leaf_key(leaf), offset) for leaf, offset in searcher.reader().leaf_readers())
    key = (segments, "phrase", q.fieldname, tuple(q.words), q.slop)
    return _TERMS.get(key, lambda: np.fromiter(searcher.docs_for_query(q), dtype=DOC_DTYPE))


def _intersect(arrays: Iterable[np.ndarray]) -> np.ndarray:
    result: np.ndarray | None = None
    for docs in arrays:
        result = docs if result is None else np.intersect1d(result, docs, assume_unique=True)
    return result if result is not None else np.empty(0, dtype=DOC_DTYPE)


def matching_mask(searcher: Searcher, q: wq.Query, deadline: float) -> tuple[np.ndarray, bool]:
    """(mask over every document number, timed out): True where ``q`` matches.

    Out of time, the mask is empty and the flag set: the caller says the results are partial.
    """
    mask = np.zeros(searcher.reader().doc_count_all(), dtype=bool)
    try:
        mask[_sorted_docs(searcher, q, deadline)] = True
    except OutOfTime:
        return mask, True
    return mask, False


def as_docset(mask: np.ndarray) -> set[int]:
    """The document numbers of a mask as the set whoosh's collectors take as a filter."""
    return set(np.flatnonzero(mask).tolist())
