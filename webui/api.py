"""The JSON API: the same dicts the HTML pages render, under /api/."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, stream_with_context, url_for
from werkzeug.datastructures import MultiDict

from indexer import search as search_layer
from indexer.search import QueryError, SearchQuery, SearchResults
from webui import current_index, openapi, urls
from webui.errors import WebError
from webui.i18n import get_locale, gettext_

bp = Blueprint("api", __name__, url_prefix="/api")

# Arguments the web layer reads itself; the search layer never sees them.
WEB_ONLY_ARGS = frozenset({"lang", "partial", "filter"})


def search_args() -> MultiDict:
    return MultiDict([(key, value) for key, value in request.args.items(multi=True) if key not in WEB_ONLY_ARGS])


def query_from_request() -> SearchQuery:
    """The request's search, validated (QueryError -> 400) and in the interface language."""
    args = search_args()
    if "per_page" not in args:
        args["per_page"] = str(current_app.config["PER_PAGE"])
    query = SearchQuery.from_args(args, locale=get_locale())
    if query.per_page > current_app.config["MAX_PER_PAGE"]:
        raise QueryError("per_page must be at most %(limit)s", limit=current_app.config["MAX_PER_PAGE"])
    return query


def run_search(query: SearchQuery) -> SearchResults:
    config = current_app.config
    return search_layer.search(
        current_index(), query, time_limit=float(config["SEARCH_TIME_LIMIT"]), cached=bool(config["RESULT_CACHE"])
    )


def results_dict(results: SearchResults) -> dict[str, Any]:
    """The results as the page and the API show them: each PDF hit with the link to its passage's page."""
    data = results.to_dict()
    for hit in data["hits"]:
        hit["passage_url"] = passage_url(hit)
    translate_kind_labels(data["facets"])
    return data


def translate_kind_labels(facets: dict[str, Any]) -> None:
    """Document types labelled in the interface language, in the page's own words.

    The search layer names countries and languages in the asked locale (CLDR) but knows no
    words of its own for the document types: those come from the interface's catalogues.
    """
    from webui.pages import facet_label  # the pages module builds on this one

    for item in facets.get("kind") or ():
        item["label"] = facet_label("kind", str(item["value"]), item.get("label") or "")


def passage_url(hit: dict[str, Any]) -> str | None:
    """The original PDF opened at the page of the best passage (PDF viewers read ``#page=N``)."""
    if hit.get("format") != "pdf":
        return None
    link = url_for("pages.original_file", doc_id=hit["id"])
    return link + (f"#page={hit['snippet_page']}" if hit.get("snippet_page") else "")


def fetch_document(doc_id: str) -> dict[str, Any]:
    document = search_layer.get_document(current_index(), doc_id)
    if document is None:
        raise WebError(404, gettext_("No document with id %(id)s in the index.", id=repr(doc_id)))
    return document


def similar_documents(doc_id: str) -> list[dict[str, Any]]:
    hits = search_layer.more_like_this(current_index(), doc_id, current_app.config["MORE_LIKE_THIS"])
    return [dataclasses.asdict(hit) if dataclasses.is_dataclass(hit) else dict(hit) for hit in hits]


# Integers in the API description: given empty, they are an error there (a form may leave them empty).
INTEGER_ARGS = ("year_from", "year_to", "page", "per_page")


@bp.get("/search")
def search():
    for name in INTEGER_ARGS:
        if any(not value.strip() for value in request.args.getlist(name)):
            raise QueryError("%(name)s must be a whole number; it was given empty", name=name)
    return jsonify(results_dict(run_search(query_from_request())))


EXPORT_MAX_HITS = 10_000  # an export is bounded: a whole index is for `projsearch` and the files
EXPORT_BATCH = 100
EXPORT_COLUMNS = ("id", "title", "kind", "document_url", "source_url", "programmes", "years", "countries", "languages", "pages")


def export_rows(query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Every hit of the search (up to EXPORT_MAX_HITS), in its order, a batch at a time.

    The first batch is searched now, before the response starts: once the download has begun
    with a 200, an index that cannot be read could only cut the file short without saying so.
    """
    return _export_batches(query, _export_batch(query, 1))


def _export_batch(query: SearchQuery, page: int) -> SearchResults:
    return run_search(dataclasses.replace(query, page=page, per_page=EXPORT_BATCH))


def _export_batches(query: SearchQuery, batch: SearchResults) -> Iterator[dict[str, Any]]:
    sent = 0
    page = 1
    while True:
        for hit in batch.hits[: EXPORT_MAX_HITS - sent]:
            yield {
                "id": hit.id, "title": hit.title, "kind": hit.kind,
                "document_url": urls.external_url("pages.document", doc_id=hit.id), "source_url": hit.url or "",
                "programmes": list(hit.programmes), "years": list(hit.years), "countries": list(hit.countries),
                "languages": list(hit.languages), "pages": hit.pages,
            }
            sent += 1
        if sent >= EXPORT_MAX_HITS or page >= batch.page_count or not batch.hits:
            return
        page += 1
        batch = _export_batch(query, page)


def _download(body: Iterator[str], content_type: str, name: str) -> Response:
    response = Response(stream_with_context(body), content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) in a
# crawled page's title would become a link or worse); a leading apostrophe keeps it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell: lists joined with "; ", text that a spreadsheet would evaluate kept as text."""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@bp.get("/export.csv")
def export_csv():
    rows = export_rows(query_from_request())

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: spreadsheet_cell(value) for key, value in row.items()})
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return _download(lines(), "text/csv; charset=utf-8", "projsearch-results.csv")


@bp.get("/export.jsonl")
def export_jsonl():
    query = query_from_request()
    rows = (json.dumps(row, ensure_ascii=False) + "\n" for row in export_rows(query))
    return _download(rows, "application/x-ndjson; charset=utf-8", "projsearch-results.jsonl")


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    record = fetch_document(doc_id)
    # Where the server keeps its files is the operator's business, not the API's.
    return jsonify({key: value for key, value in record.items() if key not in ("path", "root")})


@bp.get("/facets")
def facets():
    overview = _jsonable(search_layer.facet_overview(current_index(), get_locale()))
    translate_kind_labels(overview)
    return jsonify(overview)


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(openapi.document(urls.public_url() or "/"))


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) for item in value):
            return {name: _jsonable(items) for name, items in value}
        return [_jsonable(item) for item in value]
    return value
