"""The OpenAPI 3.1 description of the JSON API, built from the facet specs and sorts."""

from __future__ import annotations

from typing import Any

from indexer.index.schema import FACETS
from indexer.search import SORTS
from indexer.search.request import MAX_FACET_VALUES, YEAR_MAX, YEAR_MIN

_ERROR = {"$ref": "#/components/schemas/Error"}


# What a value must be, beyond its shape: a code that names nothing is a 400, not an empty answer.
FACET_VALUE_NOTES = {
    "country": " An ISO 3166-1 alpha-2 code (DE, or EL and UK); one that names no country is refused.",
    "language": " An ISO 639-1 code, sh (Bosnian, Croatian, Serbian undecided) or und (undetermined); one that names no language is refused.",
}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


def _search_parameters() -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"name": "q", "in": "query", "description": 'Search text: words, "phrases", -exclusion, OR, title:word.',
         "schema": {"type": "string"}},
    ]
    for spec in FACETS:
        params.append({
            "name": spec.name, "in": "query", "style": "form", "explode": True,
            "description": f"{spec.label} filter; repeat for several values (OR within a facet, AND across facets)."
            + FACET_VALUE_NOTES.get(spec.name, ""),
            "schema": {"type": "array", "items": {"type": "string"}, "maxItems": MAX_FACET_VALUES},
        })
    params += [
        {"name": "year_from", "in": "query", "description": "First year of a year range; one after year_to is swapped with it, and notes say so.",
         "schema": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX}},
        {"name": "year_to", "in": "query", "description": "Last year of a year range; one before year_from is swapped with it, and notes say so.",
         "schema": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX}},
        {"name": "sort", "in": "query", "description": "Order; an empty query lists everything, newest first.",
         "schema": {"type": "string", "enum": list(SORTS), "default": "relevance"}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
        {"name": "lang", "in": "query", "description": "Language of facet labels (country and language names).",
         "schema": {"type": "string"}},
    ]
    return params


SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {
            "status": {"type": "integer"}, "message": {"type": "string"}}}},
    },
    "FacetValue": {
        "type": "object", "required": ["value", "label", "count", "selected"],
        "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"},
                       "selected": {"type": "boolean"}},
    },
    "Hit": {
        "type": "object",
        "properties": {
            "id": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string", "enum": ["report", "page"]},
            "url": {"type": ["string", "null"]}, "score": {"type": "number"},
            "snippet_html": {"type": "string", "description": "Escaped text; <mark> is the only markup."},
            "snippet_text": {"type": "string"}, "snippet_page": {"type": ["integer", "null"]},
            "programmes": {"type": "array", "items": {"type": "string"}},
            "years": {"type": "array", "items": {"type": "integer"}},
            "countries": {"type": "array", "items": {"type": "string"}, "description": "ISO 3166-1 alpha-2"},
            "languages": {"type": "array", "items": {"type": "string"}, "description": "ISO 639-1"},
            "pages": {"type": "integer"},
            "format": {"type": "string", "description": "pdf, html or text"},
            "passage_url": {"type": ["string", "null"],
                            "description": "A PDF hit: its original file at the page of the snippet (#page=N)."},
        },
    },
    "SearchResults": {
        "type": "object", "required": ["total", "page", "per_page", "hits", "facets"],
        "properties": {
            "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            "facets": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}},
            "suggestion": {"type": ["string", "null"]}, "relaxed": {"type": "boolean"}, "complete": {"type": ["integer", "null"]},
            "took_ms": {"type": "number"},
            "partial": {"type": "boolean", "description": "The time limit stopped the search: counts, hits or snippets may be incomplete."},
        },
    },
    "Document": {
        "type": "object", "description": "Everything the index holds about one file, with the evidence for each facet value.",
        "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string"},
                       "programmes": {"type": "array", "items": {"type": "string"}},
                       "years": {"type": "array", "items": {"type": "integer"}},
                       "countries": {"type": "array", "items": {"type": "string"}},
                       "language_shares": {"type": "object", "additionalProperties": {"type": "number"}},
                       "evidence": {"type": "array", "items": {"type": "object"}}},
    },
}


def document(server_url: str) -> dict[str, Any]:
    json_of = lambda name: {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}  # noqa: E731
    return {
        "openapi": "3.1.0",
        "info": {"title": "projsearch", "version": "1",
                 "description": "Faceted full-text search over documents of publicly funded projects."},
        "servers": [{"url": server_url}],
        "paths": {
            "/api/search": {"get": {
                "summary": "Search, with facet counts", "operationId": "search",
                "parameters": _search_parameters(),
                "responses": {"200": {"description": "Results", "content": json_of("SearchResults")},
                              "400": _error_response("A parameter is invalid"),
                              "503": _error_response("No index yet")},
            }},
            "/api/documents/{id}": {"get": {
                "summary": "One document", "operationId": "getDocument",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "description": "Path of the file relative to its corpus root.",
                                "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The document", "content": json_of("Document")},
                              "404": _error_response("No such document")},
            }},
            "/api/facets": {"get": {
                "summary": "Every facet with its values and counts over the whole index", "operationId": "facets",
                "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Facets", "content": {"application/json": {"schema": {
                    "type": "object"}}}}},
            }},
            "/api/openapi.json": {"get": {"summary": "This document", "operationId": "openapi",
                                          "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        },
        "components": {"schemas": SCHEMAS},
    }
