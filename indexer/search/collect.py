"""One collector pass under the request's deadline, and the text parsing every pass starts from."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import Collector, TimeLimit, WrappingCollector
from whoosh.searching import Searcher

from indexer.search.query import ParsedText, text_query
from indexer.search.word_languages import WordLanguages


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


CHECK_EVERY = 64  # documents collected between two looks at the clock


class DeadlineCollector(WrappingCollector):
    """Stops its collector's pass at a deadline, looked at between documents.

    whoosh's TimeLimitCollector starts a timer thread for every pass (SIGALRM only works in
    the main thread, and searches run in server threads); reading the clock every
    CHECK_EVERY documents stops as soon, give or take a few documents, without one.
    """

    def __init__(self, child: Collector, deadline: float) -> None:
        self.child = child
        self.deadline = deadline

    def collect_matches(self) -> None:
        child = self.child
        deadline = self.deadline
        clock = time.monotonic
        for counted, sub_docnum in enumerate(child.matches()):
            if counted % CHECK_EVERY == 0 and clock() >= deadline:
                raise TimeLimit
            child.collect(sub_docnum)


def collect(searcher: Searcher, q: wq.Query, deadline: float, **options: Any) -> CollectorRun:
    collector = searcher.collector(**options)
    # A pass started at the deadline still gets a millisecond, as whoosh's timer gave it.
    limited = DeadlineCollector(collector, max(deadline, time.monotonic() + 0.001))
    try:
        searcher.search_with_collector(q, limited)
    except TimeLimit:
        return CollectorRun(limited.results(), True)
    return CollectorRun(limited.results(), False)


def parse_text(text: str, searcher: Searcher, mode: str, parses: ParseCache | None = None) -> ParsedText:
    """The text's query for this searcher: clauses that cannot match in its segments left out.

    ``parses`` is the searcher's generation's memo of texts already parsed.
    """
    if parses is not None:
        return parses.parsed(text, searcher, mode)
    return text_query(
        text, searcher.schema, mode=mode, reader=searcher.reader(), languages=WordLanguages(searcher)  # type: ignore[arg-type]
    )


class ParseCache:
    """Search texts parsed for one generation, whose schema and segments never change.

    Parsing analyses each word with every text field's analyser and looks each token up in
    every segment's term dictionary (some twenty fields per word): about a third of a search
    on 50,000 pages (profiled), for the same few texts asked again with other filters, pages
    and sort orders. The query objects are only read by whoosh, so one can serve every thread.
    """

    def __init__(self, max_texts: int = 2_048) -> None:
        self.max_texts = max_texts
        self._parsed: OrderedDict[tuple[str, str], ParsedText] = OrderedDict()
        self._lock = threading.Lock()

    def parsed(self, text: str, searcher: Searcher, mode: str) -> ParsedText:
        key = (text, mode)
        with self._lock:
            known = self._parsed.get(key)
            if known is not None:
                self._parsed.move_to_end(key)
                return known
        parsed = text_query(
            text, searcher.schema, mode=mode, reader=searcher.reader(), languages=WordLanguages(searcher)  # type: ignore[arg-type]
        )
        with self._lock:
            self._parsed[key] = parsed
            while len(self._parsed) > self.max_texts:
                self._parsed.popitem(last=False)
        return parsed

    def __len__(self) -> int:
        return len(self._parsed)

