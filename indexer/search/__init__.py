"""Stage 5, searching: takes a SearchQuery and an index, gives SearchResults (hits, snippets, facet counts).

The CLI, the web pages and the JSON API all go through the names below, so they cannot disagree.
"""

from indexer.search.engine import (
    MAX_PER_PAGE,
    NOTE_MALFORMED,
    NOTE_NOTHING_SEARCHABLE,
    NOTE_TIMEOUT,
    PARTIAL_BELOW,
    SORTS,
    TIME_LIMIT_S,
    FacetValue,
    Hit,
    QueryError,
    SearchQuery,
    SearchResults,
    facet_overview,
    get_document,
    more_like_this,
    search,
)
__all__ = [
    "MAX_PER_PAGE", "NOTE_MALFORMED", "NOTE_NOTHING_SEARCHABLE", "NOTE_TIMEOUT", "PARTIAL_BELOW", "SORTS",
    "TIME_LIMIT_S", "FacetValue", "Hit", "QueryError", "SearchQuery", "SearchResults",
    "facet_overview", "get_document", "more_like_this", "search",
]
