"""The index schema and the facet specs, declared once.

``build_schema()`` makes the whoosh schema, ``document_fields()`` turns a :class:`Document`
into the values a writer stores (``prepared_fields()``: the same, with the text fields already
analysed, as the worker processes hand them to the writer), and ``FACETS`` drives facet counts
and filters in search.
Nothing else names index fields by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from functools import cache

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema

from indexer.language.analysis import NEUTRAL_FIELD, STEMMED_LANGUAGES, body_field, language_analyzer, neutral_analyzer
from indexer.documents import Document
from indexer.index.analysed import AnalysedText, analysed

SCHEMA_VERSION = 4
"""Bump when the fields or an analyser change: the index is then rebuilt from the text cache. A change
to cleaning, language detection or the metadata rules needs no bump (see ``indexer.index.rules``)."""


class ColumnNumber(NUMERIC):
    """A number kept as a per-document column only: no terms, since no query looks for it."""

    indexed = False


@dataclass(frozen=True)
class FacetSpec:
    """A facet: its index field, how to read its values from a document, how to order them."""

    name: str  # URL parameter and JSON key
    label: str  # English heading; the web UI translates it
    values: Callable[[Document], list[str]]
    order: str = "count"  # "count": most frequent first; "value_desc": e.g. newest year first
    top: int = 10  # values shown before "more"


def _years(doc: Document) -> list[str]:
    return [f"{year:04d}" for year in doc.metadata.years]


FACETS: tuple[FacetSpec, ...] = (
    FacetSpec("programme", "Programme", lambda d: list(d.metadata.programmes)),
    FacetSpec("year", "Year", _years, order="value_desc", top=12),
    FacetSpec("country", "Country", lambda d: list(d.metadata.countries), top=12),
    FacetSpec("language", "Language", lambda d: [code for code, _ in d.languages]),
    FacetSpec("kind", "Document type", lambda d: [d.kind]),
)
FACETS_BY_NAME = {spec.name: spec for spec in FACETS}

TEXT_FIELDS: tuple[str, ...] = ("title", NEUTRAL_FIELD) + tuple(f"body_{code}" for code in STEMMED_LANGUAGES)
"""Every field a free-text query may search."""


def build_schema() -> Schema:
    schema = Schema(
        id=ID(stored=True, unique=True, sortable=True),
        title=AnalysedText(analyzer=neutral_analyzer(), stored=True, phrase=True, field_boost=2.0),
        title_sort=ID(sortable=True),
        acronym=KEYWORD(stored=True, lowercase=True),
        content=STORED(),  # cleaned text, for snippets and the document page
        record=STORED(),  # JSON of everything `show` prints
        sort_date=ID(sortable=True),  # ISO date: publication for reports, else project end/start
        # Read back, never searched: stored only. As NUMERIC fields they cost 8 to 16 trie terms
        # per document each, about 40 % of a short page's postings.
        pages=STORED(),
        quality=STORED(),
        sha256=STORED(),
        ocr_pages=ColumnNumber(int, sortable=True),  # pages read by OCR: `projsearch status` sums them
    )
    schema.add(NEUTRAL_FIELD, AnalysedText(analyzer=neutral_analyzer(), phrase=True))
    for code in STEMMED_LANGUAGES:
        schema.add(f"body_{code}", AnalysedText(analyzer=language_analyzer(code), phrase=True))
    for spec in FACETS:
        schema.add(spec.name, KEYWORD(stored=True, commas=True, scorable=False, lowercase=False))
    return schema


def _keyword_list(values: list[str]) -> str:
    # KEYWORD(commas=True) splits on commas; values are canonical names without commas.
    return ",".join(value.replace(",", " ") for value in values)


def sort_date(doc: Document) -> str:
    meta = doc.metadata
    best = meta.published if doc.kind == "report" and meta.published else meta.end or meta.start or meta.published
    if best:
        return best.isoformat()
    return f"{max(meta.years):04d}-12-31" if meta.years else ""


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON-ready description of a document, as `projsearch show` and the API give it."""
    meta = doc.metadata
    return {
        "id": doc.doc_id,
        "title": doc.title,
        "kind": doc.kind,
        "format": doc.format,
        "url": doc.url,
        "path": doc.path,
        "root": doc.root,
        "sha256": doc.sha256,
        "size": doc.size,
        "pages": doc.pages,
        "quality": round(doc.quality, 3),
        "acronym": meta.acronym,
        "programmes": list(meta.programmes),
        "years": list(meta.years),
        "countries": list(meta.countries),
        "languages": [code for code, _ in doc.languages],
        "language_shares": {code: round(share, 3) for code, share in doc.languages},
        "primary_language": doc.primary_language,
        "start": meta.start.isoformat() if meta.start else None,
        "end": meta.end.isoformat() if meta.end else None,
        "published": meta.published.isoformat() if meta.published else None,
        "budget": meta.budget,
        "partners": list(meta.partners),
        "evidence": [asdict(item) for item in meta.evidence],
        "segments": [{"language": s.language, "page": s.page, "chars": len(s.text)} for s in doc.segments],
        "page_offsets": list(doc.page_offsets),
        "ocr_pages": [{"page": p.page, "confidence": p.confidence, "languages": list(p.languages)}
                      for p in doc.ocr_pages],
    }


def document_fields(doc: Document) -> dict[str, Any]:
    """The values to hand to ``writer.update_document`` for one document."""
    bodies: dict[str, list[str]] = {}
    for segment in doc.segments:
        bodies.setdefault(body_field(segment.language), []).append(segment.text)
    fields: dict[str, Any] = {
        "id": doc.doc_id,
        "title": " ".join(filter(None, [doc.title, doc.metadata.acronym])),
        "title_sort": doc.title.casefold()[:200],
        "acronym": doc.metadata.acronym or "",
        "content": doc.text,
        "record": json.dumps(document_record(doc), ensure_ascii=False),
        "sort_date": sort_date(doc),
        "pages": doc.pages,
        "quality": float(doc.quality),
        "sha256": doc.sha256,
        "ocr_pages": len(doc.ocr_pages),
        # Every segment also goes to the neutral field: exact matching across all languages.
        NEUTRAL_FIELD: doc.text,
    }
    for field_name, texts in bodies.items():
        if field_name != NEUTRAL_FIELD:
            fields[field_name] = "\n\n".join(texts)
    for spec in FACETS:
        fields[spec.name] = _keyword_list(spec.values(doc))
    return fields


@cache
def _text_fields() -> dict[str, tuple[AnalysedText, str | None]]:
    """Each text field with the stemmed language its analyser uses (None: neutral)."""
    schema = build_schema()
    fields = {"title": (schema["title"], None), NEUTRAL_FIELD: (schema[NEUTRAL_FIELD], None)}
    fields.update({f"body_{code}": (schema[f"body_{code}"], code) for code in STEMMED_LANGUAGES})
    return fields


def prepared_fields(doc: Document) -> dict[str, Any]:
    """``document_fields(doc)`` with every text field analysed here (the title stored as text),
    for a worker process to do the analysis instead of the writer."""
    fields = document_fields(doc)
    for name, (field, language) in _text_fields().items():
        if name in fields:
            if field.stored:
                fields[f"_stored_{name}"] = fields[name]
            fields[name] = analysed(field, fields[name], language)
    return fields
