"""Stage 5, searching: takes a SearchQuery and an index, gives SearchResults (hits, snippets, facet counts).

The CLI, the web pages and the JSON API all go through the names below, so they cannot disagree.
"""

from indexer.search.engine import (
    NOTE_MALFORMED,
    NOTE_NOTHING_SEARCHABLE,
    NOTE_TIMEOUT,
    NOTE_YEARS_REVERSED,
    PARTIAL_BELOW,
    TIME_LIMIT_S,
    facet_overview,
    get_document,
    more_like_this,
    search,
)
from indexer.search.request import MAX_PER_PAGE, SORTS, QueryError, SearchQuery
from indexer.search.results import FacetValue, Hit, SearchResults

__all__ = [
    "MAX_PER_PAGE", "NOTE_MALFORMED", "NOTE_NOTHING_SEARCHABLE", "NOTE_TIMEOUT",
    "NOTE_YEARS_REVERSED", "PARTIAL_BELOW", "SORTS",
    "TIME_LIMIT_S", "FacetValue", "Hit", "QueryError", "SearchQuery", "SearchResults",
    "facet_overview", "get_document", "more_like_this", "search",
]
