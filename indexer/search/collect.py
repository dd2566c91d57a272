"""One collector pass under the request's deadline, and the text parsing every pass starts from."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.searching import Searcher

from indexer.search.query import ParsedText, text_query


def sort_facet(sort: str) -> tuple[sorting.FacetType | None, bool]:
    """(sortedby, reverse) for a sort name; documents without a date come last both ways."""
    if sort == "newest":
        return sorting.FieldFacet("sort_date"), True  # "" (no date) sorts lowest, so last
    if sort == "oldest":
        return sorting.TranslateFacet(lambda key: (not key, key), sorting.FieldFacet("sort_date")), False
    if sort == "title":
        return sorting.FieldFacet("title_sort"), False
    return None, False


@dataclass
class CollectorRun:
    """One collector pass: its results and whether the time limit stopped it."""

    results: Any
    timed_out: bool


def collect(searcher: Searcher, q: wq.Query, deadline: float, **options: Any) -> CollectorRun:
    collector = searcher.collector(**options)
    remaining = max(0.001, deadline - time.monotonic())
    # No SIGALRM: searches run in server threads, where only the timer thread works.
    limited = TimeLimitCollector(collector, remaining, use_alarm=False)
    try:
        searcher.search_with_collector(q, limited)
    except TimeLimit:
        return CollectorRun(limited.results(), True)
    return CollectorRun(limited.results(), False)


def parse_text(text: str, searcher: Searcher, mode: str) -> ParsedText:
    """The text's query for this searcher: clauses that cannot match in its segments left out."""
    return text_query(text, searcher.schema, mode=mode, reader=searcher.reader())  # type: ignore[arg-type]

