"""The first hits of a search sorted by a column (newest, oldest, title), with numpy.

whoosh's sorting collector asks each matching document's sort key from the column reader in
Python and sorts (key, document number) pairs: in browse mode that is every document of the
index, on every request (about half of a server's time on the benchmark's mixed queries at
20,000 pages). Here each sort's keys become ranks once per set of segments (the keys in
order, equal keys sharing a rank), so a search sorts its matches with one ``lexsort``, ties
by document number, reversed as a whole for a reversed sort: the order whoosh gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from whoosh.searching import Searcher

from indexer.search.docsets import FrozenArrays, leaf_key
from indexer.search.ranking import RankedDocument

# Sort name -> (column, the key whoosh sorts by, given the column's value, reversed).
# Kept in step with collect.sort_facet, which builds the same orders as whoosh facets.
SORTS: dict[str, tuple[str, Callable[[Any], Any], bool]] = {
    "newest": ("sort_date", lambda value: value, True),  # "" (no date) sorts lowest, so last
    "oldest": ("sort_date", lambda value: (not value, value), False),
    "title": ("title_sort", lambda value: value, False),
}

_RANKS = FrozenArrays(16)


def _ranks(searcher: Searcher, sort: str) -> np.ndarray | None:
    """Each document's rank in the sort's key order, or None when a segment has no such column."""
    column, key, _ = SORTS[sort]
    leaves = list(searcher.reader().leaf_readers())
    if not leaves or not all(leaf.has_column(column) for leaf, _ in leaves):
        return None

    def read() -> np.ndarray:
        keys: list[Any] = []
        for leaf, _ in leaves:  # leaf_readers come in document-number order
            keys += [key(value) for value in leaf.column_reader(column, translate=False)]
        order = {value: rank for rank, value in enumerate(sorted(set(keys)))}
        return np.fromiter((order[value] for value in keys), dtype=np.int64, count=len(keys))

    return _RANKS.get((sort, tuple((leaf_key(leaf), offset) for leaf, offset in leaves)), read)


def sorted_documents(searcher: Searcher, matched: np.ndarray, sort: str, limit: int) -> list[RankedDocument] | None:
    """The first ``limit`` documents of the mask ``matched`` in the sort's order (score 0: a
    sorted hit has none); None for a sort or index whoosh must sort itself."""
    if sort not in SORTS:
        return None
    ranks = _ranks(searcher, sort)
    if ranks is None or len(ranks) != len(matched):
        return None
    docs = np.flatnonzero(matched)
    order = np.lexsort((docs, ranks[docs]))
    if SORTS[sort][2]:
        order = order[::-1]
    return [RankedDocument(int(doc), 0.0) for doc in docs[order[:limit]]]
