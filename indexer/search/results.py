"""What a search gives back: SearchResults with its Hits and FacetValues, as the pages and the API show them."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from indexer.index.schema import FACETS
from indexer.search.matches import MatchFinder
from indexer.search.request import SearchQuery
from indexer.search.segment_fields import SegmentFields, segment_fields
from indexer.search.snippets import Snippet, display_text, lead_snippet, make_snippet

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
    format: str = ""  # pdf | html | text: a PDF's passage can be opened at its page


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
    partial: bool = False  # the time limit stopped the search: counts, hits or snippets are incomplete
    corrected: str | None = None  # the hits are for this corrected text: the typed text found nothing

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
            "facets": {name: [_flat(value) for value in values] for name, values in self.facets},
            "facet_top": {spec.name: spec.top for spec in FACETS},
            "suggestion": self.suggestion,
            "corrected": self.corrected,
            "relaxed": self.relaxed,
            "complete": self.complete,
            "took_ms": self.took_ms,
            "partial": self.partial,
            "notes": list(self.notes),
            "query": self.query.to_dict(),
        }


def _flat(value: Hit | FacetValue) -> dict[str, Any]:
    # dataclasses.asdict deep-copies every value recursively; these records hold only strings,
    # numbers and tuples of them, and a page turns some hundred facet values into dicts
    return {item.name: getattr(value, item.name) for item in fields(value)}


def _hit_dict(hit: Hit) -> dict[str, Any]:
    data = _flat(hit)
    for name in ("programmes", "years", "countries", "languages"):
        data[name] = list(data[name])
    return data


def stored_record(stored: Mapping[str, Any]) -> dict[str, Any]:
    try:
        record = json.loads(stored.get("record") or "{}")
    except ValueError:
        record = {}
    return record if isinstance(record, dict) else {}


def make_hit(
    stored: Mapping[str, Any],
    score: float | None,
    schema: Any,
    terms: frozenset[tuple[str, str]],
    finder: MatchFinder | None = None,
    chunk_marks: dict[str, tuple[int, ...]] | None = None,
    described: DescribedDocument | None = None,
) -> Hit:
    """A hit with its best passage; with terms but no ``finder`` (out of time), its opening.

    ``described`` is ``describe(stored)`` when the caller keeps it with the document.
    """
    described = described or describe(stored)
    content = stored.get("content") or ""
    snippet: Snippet
    if terms and finder is not None:
        snippet = make_snippet(
            content, terms, schema, described.page_offsets, finder, chunk_marks, described.segments
        )
    else:
        snippet = lead_snippet(content, described.page_offsets)
    return Hit(
        id=described.id,
        title=described.title,
        kind=described.kind,
        url=described.url,
        score=round(float(score or 0.0), 4),
        snippet_html=snippet.html,
        snippet_text=snippet.text,
        snippet_page=snippet.page,
        programmes=described.programmes,
        years=described.years,
        countries=described.countries,
        languages=described.languages,
        pages=described.pages,
        format=described.format,
    )


@dataclass(frozen=True)
class DescribedDocument:
    """What a hit shows of a document whatever the query: read from its stored record once."""

    id: str
    title: str
    kind: str
    url: str | None
    page_offsets: tuple[int, ...]
    programmes: tuple[str, ...]
    years: tuple[int, ...]
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    pages: int
    format: str
    segments: SegmentFields | None = None  # the field each part of the text went to, by its language


def describe(stored: Mapping[str, Any]) -> DescribedDocument:
    record = stored_record(stored)
    segments = record.get("segments")
    return DescribedDocument(
        id=stored["id"],
        title=display_text(record.get("title") or stored.get("title") or "") or stored["id"],
        kind=str(record.get("kind") or ""),
        url=record.get("url"),
        page_offsets=tuple(record.get("page_offsets") or ()),
        programmes=tuple(record.get("programmes") or ()),
        years=tuple(int(year) for year in record.get("years") or ()),
        countries=tuple(record.get("countries") or ()),
        languages=tuple(record.get("languages") or ()),
        pages=int(record.get("pages") or stored.get("pages") or 0),
        format=str(record.get("format") or ""),
        segments=segment_fields(segments, len(stored.get("content") or "")) if isinstance(segments, list) else None,
    )


# --- did you mean ------------------------------------------------------------------------------
