"""SearchQuery -> SearchResults: the one search layer behind the CLI, the pages and the API.

Text goes through ``indexer.search.query`` (all words must match; any-word ranking when none does),
facet filters go in ``filter=`` (as the set of documents passing them) so they never change
scores, and facet counts are disjunctive (see ``indexer.search.facets``).
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.index import Index
from whoosh.searching import Searcher

from indexer.search import facets as facetting
from indexer.language.analysis import NEUTRAL_FIELD, fold
from indexer.index.schema import FACETS, FACETS_BY_NAME
from indexer.search.query import ParsedText, scoring, text_query
from indexer.search.snippets import Snippet, display_text, lead_snippet, make_snippet

Sort = Literal["relevance", "newest", "oldest", "title"]
SORTS: tuple[str, ...] = ("relevance", "newest", "oldest", "title")

MAX_TEXT_CHARS = 1_000
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
YEAR_MIN, YEAR_MAX = 1000, 9999
TIME_LIMIT_S = 5.0
FEW_RESULTS = 3  # fewer hits than this and a spelling suggestion is looked for
# Fewer documents than this (a page) with every word: the documents with only some of the words
# follow them, ranked below them, instead of leaving a long question with one or two answers.
PARTIAL_BELOW = 10
MLT_TEXT_CHARS = 20_000

NOTE_TIMEOUT = "The search took too long and was stopped: the results may be incomplete."
NOTE_MALFORMED = "Part of the search text could not be read as written; it was searched as plain words."
NOTE_NOTHING_SEARCHABLE = "The search text has no searchable words; showing every document."

_LIST_SEPARATOR = re.compile(r"\s*,\s*")
_YEAR_RANGE = re.compile(r"^(\d{4})?\s*(?:-|–|\.\.)\s*(\d{4})?$")
_VALUE_PATTERNS = {
    "year": re.compile(r"^\d{4}$"),
    "country": re.compile(r"^[A-Z]{2}$"),
    "language": re.compile(r"^[a-z]{2,3}$"),
    "kind": re.compile(r"^(report|page)$"),
}
_WORD = re.compile(r"[^\W\d_]{3,}")


class QueryError(ValueError):
    """A search request that cannot be answered as asked (bad page, unknown sort...): a 400."""


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (facet name, selected values), OR within
    year_from: int | None = None
    year_to: int | None = None
    sort: Sort = "relevance"  # an empty text means browse mode, sorted by newest
    page: int = 1
    per_page: int = 10
    locale: str = "en"  # for facet labels (country and language names)

    @property
    def browse(self) -> bool:
        return not self.text.strip()

    @property
    def effective_sort(self) -> str:
        """Relevance means nothing without text: browse mode lists the newest first."""
        return "newest" if self.browse and self.sort == "relevance" else self.sort

    def selected(self, facet: str) -> tuple[str, ...]:
        return dict(self.filters).get(facet, ())

    def toggled(self, facet: str, value: str) -> SearchQuery:
        """The query with one facet value added or removed, back on page 1."""
        current = dict(self.filters)
        values = current.get(facet, ())
        current[facet] = tuple(v for v in values if v != value) if value in values else (*values, value)
        return replace(self, filters=_canonical_filters(current), page=1)

    def at_page(self, page: int) -> SearchQuery:
        return replace(self, page=max(1, page))

    @classmethod
    def from_args(cls, args: Mapping[str, Any], *, locale: str = "en") -> SearchQuery:
        """Validate URL-style arguments; raises QueryError with a message a user can act on.

        Facets take repeated or comma-separated values; ``year`` also takes a range
        (``year=2014-2018``, ``year=2014-``); unknown arguments are ignored.
        """
        text = _single(args, "q") or ""
        if len(text) > MAX_TEXT_CHARS:
            raise QueryError(f"q is too long: at most {MAX_TEXT_CHARS} characters")
        selections: dict[str, tuple[str, ...]] = {}
        year_from = _int_arg(args, "year_from", YEAR_MIN, YEAR_MAX)
        year_to = _int_arg(args, "year_to", YEAR_MIN, YEAR_MAX)
        for spec in FACETS:
            values: list[str] = []
            for raw in _values(args, spec.name):
                if spec.name == "year" and _YEAR_RANGE.match(raw) and not _VALUE_PATTERNS["year"].match(raw):
                    year_from, year_to = _year_range(raw)
                    continue
                values.append(_facet_value(spec.name, raw))
            if values:
                selections[spec.name] = tuple(dict.fromkeys(values))
        if year_from is not None and year_to is not None and year_from > year_to:
            raise QueryError(f"year_from ({year_from}) is after year_to ({year_to})")
        sort = _single(args, "sort") or "relevance"
        if sort not in SORTS:
            raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        page = _int_arg(args, "page", 1, MAX_PAGE) or 1
        per_page = _int_arg(args, "per_page", 1, MAX_PER_PAGE) or cls.per_page
        return cls(
            text=text.strip(),
            filters=_canonical_filters(selections),
            year_from=year_from,
            year_to=year_to,
            sort=sort,  # type: ignore[arg-type]
            page=page,
            per_page=per_page,
            locale=locale,
        )

    def to_args(self) -> list[tuple[str, str]]:
        """URL arguments that give this query back through ``from_args``; defaults left out."""
        args: list[tuple[str, str]] = []
        if self.text:
            args.append(("q", self.text))
        for name, values in _canonical_filters(dict(self.filters)):
            args.extend((name, value) for value in values)
        if self.year_from is not None:
            args.append(("year_from", str(self.year_from)))
        if self.year_to is not None:
            args.append(("year_to", str(self.year_to)))
        if self.sort != "relevance":
            args.append(("sort", self.sort))
        if self.page != 1:
            args.append(("page", str(self.page)))
        if self.per_page != SearchQuery.per_page:
            args.append(("per_page", str(self.per_page)))
        return args

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "filters": {name: list(values) for name, values in self.filters},
            "year_from": self.year_from,
            "year_to": self.year_to,
            "sort": self.effective_sort,
            "page": self.page,
            "per_page": self.per_page,
            "locale": self.locale,
            "browse": self.browse,
        }


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    kind: str
    url: str | None
    score: float
    snippet_html: str  # escaped text; <mark> around matched words is the only markup
    snippet_text: str  # the same passage as plain text
    snippet_page: int | None  # PDF page of the best passage
    programmes: tuple[str, ...]
    years: tuple[int, ...]
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    pages: int


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: tuple[Hit, ...]
    facets: tuple[tuple[str, tuple[FacetValue, ...]], ...]
    suggestion: str | None = None
    relaxed: bool = False  # documents with only some of the words are included (after `complete`)
    complete: int | None = None  # when relaxed: how many documents have every word (ranked first)
    took_ms: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(self.total / self.query.per_page))

    def facet(self, name: str) -> tuple[FacetValue, ...]:
        return dict(self.facets).get(name, ())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: exactly what the search page renders and /api/search returns."""
        return {
            "total": self.total,
            "page": self.query.page,
            "per_page": self.query.per_page,
            "pages": self.page_count,
            "hits": [_hit_dict(hit) for hit in self.hits],
            "facets": {name: [asdict(value) for value in values] for name, values in self.facets},
            "facet_top": {spec.name: spec.top for spec in FACETS},
            "suggestion": self.suggestion,
            "relaxed": self.relaxed,
            "complete": self.complete,
            "took_ms": self.took_ms,
            "notes": list(self.notes),
            "query": self.query.to_dict(),
        }


def _hit_dict(hit: Hit) -> dict[str, Any]:
    data = asdict(hit)
    for name in ("programmes", "years", "countries", "languages"):
        data[name] = list(data[name])
    return data


# --- argument parsing -------------------------------------------------------------------------


def _values(args: Mapping[str, Any], name: str) -> list[str]:
    raw: list[Any]
    if hasattr(args, "getlist"):
        raw = list(args.getlist(name))
    else:
        value = args.get(name)
        raw = [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in raw:
        out.extend(part for part in _LIST_SEPARATOR.split(str(item).strip()) if part)
    return out


def _single(args: Mapping[str, Any], name: str) -> str | None:
    if hasattr(args, "getlist"):
        values = list(args.getlist(name))
    else:
        value = args.get(name)
        values = [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]
    values = [str(value).strip() for value in values if str(value).strip()]
    if len(values) > 1:
        raise QueryError(f"{name} was given {len(values)} times; give it once")
    return values[0] if values else None


def _int_arg(args: Mapping[str, Any], name: str, low: int, high: int) -> int | None:
    raw = _single(args, name)
    if raw is None:
        return None
    if not re.fullmatch(r"\d{1,9}", raw):
        raise QueryError(f"{name} must be a whole number from {low} to {high}, not {raw!r}")
    value = int(raw)
    if not low <= value <= high:
        raise QueryError(f"{name} must be from {low} to {high}, not {value}")
    return value


def _year_range(raw: str) -> tuple[int | None, int | None]:
    match = _YEAR_RANGE.match(raw)
    assert match is not None
    start, end = (int(group) if group else None for group in match.groups())
    if start is None and end is None:
        raise QueryError(f"year range {raw!r} needs at least one year, e.g. 2014-2018")
    return start, end


def _facet_value(facet: str, raw: str) -> str:
    value = raw.upper() if facet == "country" else raw.lower() if facet in ("language", "kind") else raw
    pattern = _VALUE_PATTERNS.get(facet)
    if pattern is not None and not pattern.match(value):
        expected = {
            "year": "a 4-digit year or a range like 2014-2018",
            "country": "a two-letter country code such as DE",
            "language": "a language code such as en",
            "kind": "report or page",
        }[facet]
        raise QueryError(f"{facet} must be {expected}, not {raw!r}")
    if len(value) > 200:
        raise QueryError(f"{facet} value is too long")
    return value


def _canonical_filters(selections: Mapping[str, Iterable[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (spec.name, tuple(selections[spec.name])) for spec in FACETS if spec.name in selections and tuple(selections[spec.name])
    )


# --- searching -------------------------------------------------------------------------------


def _sort_facet(sort: str) -> tuple[sorting.FacetType | None, bool]:
    """(sortedby, reverse) for a sort name; documents without a date come last both ways."""
    if sort == "newest":
        return sorting.FieldFacet("sort_date"), True  # "" (no date) sorts lowest, so last
    if sort == "oldest":
        return sorting.TranslateFacet(lambda key: (not key, key), sorting.FieldFacet("sort_date")), False
    if sort == "title":
        return sorting.FieldFacet("title_sort"), False
    return None, False


@dataclass
class _Run:
    """One collector pass: its results and whether the time limit stopped it."""

    results: Any
    timed_out: bool


def _collect(searcher: Searcher, q: wq.Query, deadline: float, **options: Any) -> _Run:
    collector = searcher.collector(**options)
    remaining = max(0.001, deadline - time.monotonic())
    # No SIGALRM: searches run in server threads, where only the timer thread works.
    limited = TimeLimitCollector(collector, remaining, use_alarm=False)
    try:
        searcher.search_with_collector(q, limited)
    except TimeLimit:
        return _Run(limited.results(), True)
    return _Run(limited.results(), False)


def _parse(text: str, schema: Any, mode: str) -> ParsedText:
    return text_query(text, schema, mode=mode)  # type: ignore[arg-type]


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
def _searcher(index: Index | Path | str) -> Iterator[Searcher]:
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


def search(index: Index | Path | str, query: SearchQuery, *, time_limit: float = TIME_LIMIT_S) -> SearchResults:
    """Run a query: an opened whoosh Index (kept open by a server) or an index directory."""
    started = time.monotonic()
    with _searcher(index) as searcher:
        return _search(searcher, query, started, started + time_limit)


def _search(searcher: Searcher, query: SearchQuery, started: float, deadline: float) -> SearchResults:
    notes: list[str] = []
    reader = searcher.reader()
    selections = dict(query.filters)
    has_year_range = query.year_from is not None or query.year_to is not None
    narrowed = [name for name in facetting.facet_names() if selections.get(name) or (name == "year" and has_year_range)]

    parsed: ParsedText | None = None
    q: wq.Query = wq.Every()
    if not query.browse:
        parsed = _parse(query.text, searcher.schema, "all")
        if parsed.malformed:
            notes.append(NOTE_MALFORMED)
        if parsed.empty:
            notes.append(NOTE_NOTHING_SEARCHABLE)
            parsed = None
        else:
            q = parsed.query

    passing = {
        name: facetting.selection_docs(reader, name, selections.get(name, ()), query.year_from, query.year_to)
        for name in narrowed
    }
    filter_docs = _intersection(passing.values())
    text_run = _collect(searcher, q, deadline, limit=None, scored=False)
    text_docs = text_run.results.docs()
    complete: set[int] | None = None  # documents with every word, when partial matches follow them
    complete_q = q
    if parsed is not None and not text_run.timed_out:
        exact = _passing(text_docs, filter_docs)
        any_word = _parse(query.text, searcher.schema, "any") if len(exact) < PARTIAL_BELOW else None
        if any_word is not None and repr(any_word.query) != repr(parsed.query):
            relaxed_run = _collect(searcher, any_word.query, deadline, limit=None, scored=False)
            if len(_passing(relaxed_run.results.docs(), filter_docs)) > len(exact):
                parsed, q, text_run, complete = any_word, any_word.query, relaxed_run, exact
                text_docs = relaxed_run.results.docs()
    timed_out = text_run.timed_out
    matched = _passing(text_docs, filter_docs)
    total = len(matched)

    counts: dict[str, dict[str, int]] = {}
    for spec in FACETS:
        # Disjunctive: a facet is counted under every filter but its own.
        others = _intersection(docs for name, docs in passing.items() if name != spec.name)
        base = text_docs if others is None else text_docs & others
        counts[spec.name] = facetting.count_values(reader, spec.name, base)
    facets = tuple(
        (spec.name, _facet_values(spec.name, counts[spec.name], selections.get(spec.name, ()), query.locale))
        for spec in FACETS
    )

    sortedby, reverse = _sort_facet(query.effective_sort if parsed is not None else _browse_sort(query))
    start = (query.page - 1) * query.per_page
    hits: tuple[Hit, ...] = ()
    if start < total:
        end = start + query.per_page
        ranked_hits: list[Any] = []
        if complete and sortedby is None:
            # Documents with every word first, by score; then the rest, by score.
            first = _collect(searcher, complete_q, deadline, limit=None, filter=complete)
            ranked_hits += list(first.results)
            timed_out = timed_out or first.timed_out
        if len(ranked_hits) < end:
            rest = _collect(
                searcher, q, deadline, limit=end - len(ranked_hits), sortedby=sortedby, reverse=reverse,
                filter=matched if filter_docs is not None else None, mask=complete if ranked_hits else None,
            )
            ranked_hits += list(rest.results)
            timed_out = timed_out or rest.timed_out
        terms = parsed.terms if parsed is not None else frozenset()
        # With a sort order, whoosh puts the sort key where the score would be.
        hits = tuple(
            _hit(hit.fields(), hit.score if sortedby is None else None, searcher.schema, terms)
            for hit in ranked_hits[start:end]
        )

    suggestion = None
    # The documents with every word are what a correction must beat.
    strict_total = len(complete) if complete is not None else total
    if parsed is not None and strict_total < FEW_RESULTS and time.monotonic() < deadline:
        suggestion = _suggest(searcher, query.text, strict_total, filter_docs, deadline)
    if timed_out:
        notes.append(NOTE_TIMEOUT)
    return SearchResults(
        query=query,
        total=total,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        relaxed=complete is not None,
        complete=len(complete) if complete is not None else None,
        took_ms=round((time.monotonic() - started) * 1000, 1),
        notes=tuple(notes),
    )


def _intersection(sets: Iterable[set[int]]) -> set[int] | None:
    """Documents in every set (smallest first, so each step is cheap); None for no sets."""
    ordered = sorted(sets, key=len)
    if not ordered:
        return None
    result = set(ordered[0])
    for other in ordered[1:]:
        result &= other
    return result


def _passing(docs: set[int], filter_docs: set[int] | None) -> set[int]:
    """The documents of ``docs`` that pass the facet filters."""
    return docs if filter_docs is None else docs & filter_docs


def _browse_sort(query: SearchQuery) -> str:
    return "newest" if query.sort == "relevance" else query.sort


def _facet_values(name: str, counts: dict[str, int], selected: tuple[str, ...], locale: str) -> tuple[FacetValue, ...]:
    spec = FACETS_BY_NAME[name]
    return tuple(
        FacetValue(value, facetting.facet_label(name, value, locale), count, value in selected)
        for value, count in facetting.ordered_counts(spec, counts, selected)
    )


def _record(stored: Mapping[str, Any]) -> dict[str, Any]:
    try:
        record = json.loads(stored.get("record") or "{}")
    except ValueError:
        record = {}
    return record if isinstance(record, dict) else {}


def _hit(stored: Mapping[str, Any], score: float | None, schema: Any, terms: frozenset[tuple[str, str]]) -> Hit:
    record = _record(stored)
    content = stored.get("content") or ""
    offsets = tuple(record.get("page_offsets") or ())
    snippet: Snippet = make_snippet(content, terms, schema, offsets) if terms else lead_snippet(content, offsets)
    return Hit(
        id=stored["id"],
        title=display_text(record.get("title") or stored.get("title") or "") or stored["id"],
        kind=str(record.get("kind") or ""),
        url=record.get("url"),
        score=round(float(score or 0.0), 4),
        snippet_html=snippet.html,
        snippet_text=snippet.text,
        snippet_page=snippet.page,
        programmes=tuple(record.get("programmes") or ()),
        years=tuple(int(year) for year in record.get("years") or ()),
        countries=tuple(record.get("countries") or ()),
        languages=tuple(record.get("languages") or ()),
        pages=int(record.get("pages") or stored.get("pages") or 0),
    )


# --- did you mean ------------------------------------------------------------------------------


def _suggest(searcher: Searcher, text: str, total: int, filter_docs: set[int] | None, deadline: float) -> str | None:
    """The text with unknown words replaced by the closest indexed words, if that finds more."""
    reader = searcher.reader()
    analyser = searcher.schema[NEUTRAL_FIELD]
    corrector = reader.corrector(NEUTRAL_FIELD)
    replacements: list[tuple[re.Match[str], str]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before == "-" or after == ":" or word in ("AND", "OR", "NOT"):
            continue  # exclusions, field scopes and operators are kept as typed
        tokens = list(analyser.process_text(word, mode="query"))
        if len(tokens) != 1 or (NEUTRAL_FIELD, tokens[0]) in reader or ("title", tokens[0]) in reader:
            continue
        found = corrector.suggest(tokens[0], limit=1, maxdist=2, prefix=1)
        if found:
            replacements.append((match, found[0]))
    if not replacements or time.monotonic() >= deadline:
        return None
    corrected = _replace(text, replacements)
    parsed = _parse(corrected, searcher.schema, "all")
    if parsed.empty:
        return None
    run = _collect(searcher, parsed.query, deadline, limit=None, scored=False)
    docs = run.results.docs()
    if filter_docs is not None:
        docs = docs & filter_docs
    if len(docs) <= total:
        return None
    content = (searcher.stored_fields(min(docs)).get("content") or "")[:MLT_TEXT_CHARS]
    return _replace(text, [(match, _as_typed(match.group(0), term, content)) for match, term in replacements])


def _replace(text: str, replacements: list[tuple[re.Match[str], str]]) -> str:
    pieces: list[str] = []
    cursor = 0
    for match, word in replacements:
        pieces += [text[cursor : match.start()], word]
        cursor = match.end()
    return "".join(pieces) + text[cursor:]


def _as_typed(typed: str, term: str, content: str) -> str:
    """The indexed (folded, lower-case) term written the way the user writes: with the accents a
    document spells it with when the user typed accents, and with the user's initial capital."""
    word = term
    if not typed.isascii():
        word = next((w.lower() for w in _WORD.findall(content) if fold(w.lower()) == term), term)
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


# --- documents ---------------------------------------------------------------------------------


def get_document(index: Index | Path | str, doc_id: str) -> dict[str, Any] | None:
    """The stored record of one document plus its text, or None when the id is not indexed."""
    with _searcher(index) as searcher:
        stored = searcher.document(id=doc_id)
        if stored is None:
            return None
        return {**_record(stored), "id": stored["id"], "content": stored.get("content") or ""}


def more_like_this(index: Index | Path | str, doc_id: str, n: int = 5) -> tuple[Hit, ...]:
    """Documents whose text shares the most distinctive words with this one."""
    with _searcher(index) as searcher:
        docnum = searcher.document_number(id=doc_id)
        if docnum is None:
            return ()
        content = (searcher.stored_fields(docnum).get("content") or "")[:MLT_TEXT_CHARS]
        if not content.strip():
            return ()
        similar = searcher.more_like(docnum, NEUTRAL_FIELD, text=content, top=n)
        return tuple(_hit(hit.fields(), hit.score, searcher.schema, frozenset()) for hit in similar)


def facet_overview(index: Index | Path | str, locale: str = "en") -> dict[str, list[dict[str, Any]]]:
    """Every value of every facet with its number of documents, as /api/facets lists them."""
    results = search(index, SearchQuery(locale=locale, per_page=1))
    return results.to_dict()["facets"]
