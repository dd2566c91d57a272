"""HTML pages: the search page, the document page and the original file."""

from __future__ import annotations

import dataclasses
import html
import mimetypes
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, g, redirect, render_template, request, send_file, url_for
from markupsafe import Markup, escape

from indexer import search as search_layer
from indexer.index.schema import FACETS
from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_YEARS_REVERSED, QueryError, SearchQuery
from indexer.search.facets import value_search_text
from indexer.search.request import MAX_RESULT_WINDOW
from indexer.search.request import MAX_TEXT_CHARS as MAX_QUERY_CHARS
from webui import current_index
from webui.api import fetch_document, query_from_request, results_dict, run_search, search_args, similar_documents
from webui.errors import WebError
from webui.histogram import year_bars
from webui.i18n import N_, country_name, gettext_, language_name

bp = Blueprint("pages", __name__)

CONTENT_TYPES = {"pdf": "application/pdf", "html": "text/html", "text": "text/plain"}  # send_file adds the charset
# An original HTML file is the collection's content, not ours: no scripts, its own origin.
ORIGINAL_FILE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def query_string(query: SearchQuery, **changes: Any) -> str:
    pairs = (dataclasses.replace(query, **changes) if changes else query).to_args()
    if "lang" in request.args:
        pairs.append(("lang", request.args["lang"]))
    return "&".join(_encoded_pair(key, value) for key, value in pairs)


@lru_cache(maxsize=4_096)
def _encoded_pair(key: str, value: str) -> str:
    # urlencode joins its pairs' encodings with "&"; a page encodes the same few pairs in each
    # of some 40 links (every facet value's toggle carries the query's other arguments).
    return urlencode([(key, value)])


def search_url(query: SearchQuery, **changes: Any) -> str:
    encoded = query_string(query, **changes)
    return search_path() + (f"?{encoded}" if encoded else "")


def search_path() -> str:
    """The search page's path, built once per request: a page links to it some 25 times."""
    path = g.get("search_path")
    if path is None:
        path = g.search_path = url_for("pages.search")
    return path


def facet_label(facet: str, value: str, label: str) -> str:
    if facet == "country":
        return country_name(value)
    if facet == "language":
        return language_name(value)
    if facet == "kind":
        return {"report": gettext_("Report"), "page": gettext_("Web page")}.get(value, label)
    return label or value


PER_PAGE_CHOICES = (10, 20, 50, 100)


def per_page_choices(query: SearchQuery) -> list[int]:
    """The choices the server allows, with the configured default and the current value among them."""
    config = current_app.config
    allowed = {n for n in PER_PAGE_CHOICES if n <= config["MAX_PER_PAGE"]} | {config["PER_PAGE"], query.per_page}
    return sorted(allowed)


FACET_HEADINGS = {
    "programme": N_("Programme"), "year": N_("Year"), "country": N_("Country"), "language": N_("Language"),
    "kind": N_("Document type"),
}


def search_view(query: SearchQuery, data: dict[str, Any]) -> dict[str, Any]:
    """The API's dict plus the links and labels the HTML needs (never different data)."""
    facets = []
    facet_values = data.get("facets", {})
    all_args = query_string(query, page=1)
    for spec in FACETS:
        values = []
        for value in facet_values.get(spec.name, []):
            label = facet_label(spec.name, value["value"], value.get("label", ""))
            values.append({
                **value,
                "label": label,
                "toggle_url": search_url(query.toggled(spec.name, value["value"])),
                "search_text": value_search_text(spec.name, value["value"], label),
            })
        top = data.get("facet_top", {}).get(spec.name, spec.top)
        shown = values[:top] + [value for value in values[top:] if value["selected"]]
        more = [value for value in values[top:] if not value["selected"]]
        facets.append({
            "name": spec.name, "heading": gettext_(FACET_HEADINGS.get(spec.name, spec.label)), "shown": shown, "more": more,
            "all_url": url_for("facet_values.values", name=spec.name) + (f"?{all_args}" if all_args else ""),
        })
    chips = [
        {
            "facet": name,
            "label": facet_label(name, value, value),
            "remove_url": search_url(query.toggled(name, value)),
        }
        for name, values in query.filters
        for value in values
    ]
    if query.year_from is not None or query.year_to is not None:
        chips.append(
            {
                "facet": "year",
                "label": f"{query.year_from or '…'}–{query.year_to or '…'}",
                "remove_url": search_url(query, year_from=None, year_to=None, page=1),
            }
        )
    page_count = data["pages"]
    last_page = min(page_count, max(1, MAX_RESULT_WINDOW // query.per_page))
    back = query_string(query)
    hits = [
        {
            **hit,
            "href": url_for("pages.document", doc_id=hit["id"]) + (f"?{back}" if back else "")
            + (f"#page-{hit['snippet_page']}" if hit.get("snippet_page") else ""),
            "safe_url": safe_link(hit.get("url")),
        }
        for hit in data.get("hits", [])
    ]
    past_end = bool(data["total"]) and query.page > page_count
    notes = data.get("notes") or ()
    return {
        "data": data,
        # The search layer's notes are English; the template says them in the interface language.
        "malformed": NOTE_MALFORMED in notes,
        "nothing_searchable": NOTE_NOTHING_SEARCHABLE in notes,
        "years_reversed": NOTE_YEARS_REVERSED in notes,
        "hits": hits,
        "facets": [facet for facet in facets if facet["shown"] or facet["more"]],
        "year_bars": year_bars(query, facet_values.get("year", []), search_url),
        "year_form": bool(facet_values.get("year")) or query.year_from is not None or query.year_to is not None,
        "past_end": past_end,
        "last_page_url": search_url(query, page=page_count) if past_end else None,
        "chips": chips,
        "per_page_choices": per_page_choices(query),
        "clear_url": search_url(SearchQuery(text=query.text, sort=query.sort, per_page=query.per_page)),
        "pages": [
            {"number": n, "url": search_url(query, page=n) if n else None, "current": n == query.page}
            for n in pager_numbers(query.page, last_page)
        ],
        "page_count": page_count,
        "prev_url": search_url(query, page=query.page - 1) if query.page > 1 else None,
        "next_url": search_url(query, page=query.page + 1) if query.page < last_page else None,
        "suggestion_url": search_url(query, text=data["suggestion"], page=1) if data.get("suggestion") else None,
        "corrected_url": search_url(query, text=data["corrected"], page=1) if data.get("corrected") else None,
        "exact_url": search_url(query, correct=False, page=1) if data.get("corrected") else None,
        # The empty choice is relevance for words and newest first when browsing: it says so.
        "sort": "" if query.sort == "relevance" or (query.browse and query.sort == "newest") else query.sort,
    }


PAGER_REACH = 2  # pages shown on each side of the current one


def pager_numbers(current: int, last: int) -> list[int]:
    """The page numbers the pager links, 0 standing for a gap: 1 2 3 0 10 on page 1 of 10.

    The first and the last page are always there, so every page is two steps away at most; a
    gap of one page shows that page instead, since "…" would hide no more than the number.
    """
    wanted = {1, last, *range(max(1, current - PAGER_REACH), min(last, current + PAGER_REACH) + 1)}
    numbers: list[int] = []
    for n in sorted(wanted):
        if numbers and n - numbers[-1] == 2:
            numbers.append(n - 1)
        elif numbers and n - numbers[-1] > 2:
            numbers.append(0)
        numbers.append(n)
    return numbers


def safe_link(url: str | None) -> str | None:
    """Only http(s) URLs become links; a javascript: or data: URL from a sidecar stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def without_empty_args() -> str | None:
    """The URL without its empty arguments (``?sort=&year_to=`` from a plain form), or None if it has none."""
    pairs = list(request.args.items(multi=True))
    kept = [(key, value) for key, value in pairs if value.strip()]
    if len(kept) == len(pairs):
        return None
    return request.path + (f"?{urlencode(kept)}" if kept else "")


@bp.get("/")
def search():
    cleaner = without_empty_args()
    if cleaner is not None and request.args.get("partial") != "1":
        return redirect(cleaner, code=302)
    query = query_from_request()
    data = results_dict(run_search(query))
    view = search_view(query, data)
    api_url = url_for("api.search") + (f"?{query_string(query)}" if query_string(query) else "")
    partial = request.args.get("partial") == "1"
    template = "_results.html" if partial else "search.html"
    feed_args = query_string(dataclasses.replace(query, page=1))
    feed_url = url_for("feeds.feed") + (f"?{feed_args}" if feed_args else "")
    exports = {kind: url_for(f"api.export_{kind}") + (f"?{feed_args}" if feed_args else "") for kind in ("csv", "jsonl")}
    response = Response(render_template(
        template, query=query, view=view, api_url=api_url, feed_url=feed_url, exports=exports, partial=partial,
        # The box takes no more than the search layer reads, so a long paste is cut, not refused.
        max_query_chars=MAX_QUERY_CHARS,
    ))
    response.headers["Link"] = f'<{api_url}>; rel="alternate"; type="application/json"'
    response.headers["Vary"] = "Accept-Language"
    return response


def page_texts(text: str, offsets: list[int]) -> list[dict[str, Any]]:
    if not offsets:
        return []
    bounds = list(offsets) + [len(text)]
    return [{"number": n + 1, "text": text[bounds[n] : bounds[n + 1]].strip()} for n in range(len(offsets))]


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    record = fetch_document(doc_id)
    text = record.get("content") or record.get("text") or ""
    limit = current_app.config["MAX_TEXT_CHARS"]
    truncated = len(text) > limit
    shown = text[:limit]
    return render_template(
        "document.html",
        doc=record,
        back_url=back_to_search_url(),
        evidence=evidence_groups(record),
        safe_url=safe_link(record.get("url")),
        pages=page_texts(shown, [o for o in record.get("page_offsets", []) if o < len(shown)]),
        text=shown,
        truncated=truncated,
        similar=[
            {**hit, "href": url_for("pages.document", doc_id=hit["id"], lang=request.args.get("lang"))}
            for hit in similar_documents(doc_id)
        ],
        api_url=url_for("api.document", doc_id=doc_id),
    )


def back_to_search_url() -> str:
    """The search the document was opened from (its arguments ride along on the link)."""
    try:
        query = SearchQuery.from_args(search_args())
    except QueryError:
        query = SearchQuery()
    return search_url(query)


def whole_words(quote: str) -> str:
    """A quote cut at word boundaries: a word broken at either end of an excerpt is dropped."""
    text = quote.strip()
    if text.startswith("…"):
        head, _, rest = text[1:].partition(" ")
        text = "…" + (rest if rest else head)
    if text.endswith("…"):
        rest, _, tail = text[:-1].rpartition(" ")
        text = (rest if rest else tail) + "…"
    return text.replace("… ", "…").strip()


FACET_EVIDENCE = {"programme": ("programme", "programmes"), "years": ("year", "years"), "country": ("country", "countries")}


def evidence_groups(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Per facet, each distinct piece of evidence once, with every value it supports."""
    groups: dict[str, dict[tuple[str, str], dict[str, Any]]] = {name: {} for name in FACET_EVIDENCE}
    for item in record.get("evidence") or []:
        for name, aliases in FACET_EVIDENCE.items():
            if item.get("facet") in aliases:
                snippet = whole_words(item.get("snippet") or "")
                group = groups[name].setdefault((item.get("source", ""), snippet), {
                    "source": item.get("source", ""), "snippet": snippet, "values": [],
                })
                if str(item.get("value")) not in group["values"]:
                    group["values"].append(str(item.get("value")))
    return {name: list(found.values()) for name, found in groups.items()}


def year_span(values: list[Any]) -> str:
    """2007, 2008, 2009, 2010 -> 2007–2010; years with a gap stay a list."""
    years = sorted({int(value) for value in values if str(value).isdigit()})
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(year) for year in years) or ", ".join(map(str, values))


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


@bp.get("/documents/<path:doc_id>/file")
def original_file(doc_id: str):
    record = search_layer.get_document(current_index(), doc_id)
    if record is None:
        # A document whose file is named "file" (found by its content, without an extension):
        # its page's address ends like an original file's, of a document that does not exist.
        if search_layer.get_document(current_index(), f"{doc_id}/file") is not None:
            return document(f"{doc_id}/file")
        record = fetch_document(doc_id)  # the 404
    root = Path(record.get("root") or "")
    if not record.get("root"):
        raise WebError(404, gettext_("The original file is not available."))
    root_resolved = root.resolve()
    candidate = (root / record["id"]).resolve()
    if not candidate.is_relative_to(root_resolved) or not candidate.is_file():
        raise WebError(404, gettext_("The original file is not available."))
    content_type = CONTENT_TYPES.get(record.get("format", ""), None) or (
        mimetypes.guess_type(candidate.name)[0] or "application/octet-stream"
    )
    # A file name may hold a newline or another control character, which no header may carry.
    download_name = _CONTROL_CHARACTERS.sub("_", candidate.name)
    response = send_file(candidate, mimetype=content_type, download_name=download_name, as_attachment=False)
    if not content_type.startswith("application/pdf"):
        response.headers["Content-Security-Policy"] = ORIGINAL_FILE_CSP
    return response


@bp.get("/healthz")
def health():
    return {"status": "ok"}


_MARK = re.compile(r"(</?mark>)")


@bp.app_template_filter("snippet")
def snippet_markup(snippet_html: str) -> Markup:
    """Re-escape a snippet so that, whatever reaches us, <mark> is the only markup."""
    parts = _MARK.split(snippet_html or "")
    return Markup("".join(part if _MARK.fullmatch(part) else escape(html.unescape(part)) for part in parts))


@bp.app_template_filter("bdi")
def bidi_isolated(text: Any) -> Markup:
    """Typed text inside a sentence of ours: a right-to-left override in it stays inside it."""
    return Markup("<bdi>{}</bdi>").format(text)


@bp.app_template_filter("isolated")
def bidi_isolated_plain(text: Any) -> str:
    """The same for text that cannot hold markup (a page title): first-strong isolate ... pop."""
    return f"\u2068{text}\u2069"


@bp.app_template_filter("localized_args")
def localized_args(args: Any, code: str) -> str:
    pairs = [(key, value) for key, value in args.items(multi=True) if key not in {"lang", "partial"}]
    return urlencode([*pairs, ("lang", code)])


@bp.app_template_filter("evidence_source")
def evidence_source(source: str) -> str:
    names = {
        "sidecar": gettext_("the metadata file"),
        "properties": gettext_("the document properties"),
        "text": gettext_("the text"),
        "image": gettext_("the text of an image"),
        "programme": gettext_("the programme's countries"),
        "countries": gettext_("the partners' countries"),
        "html": gettext_("the page markup"),  # what indexes built before "image" call an image's text
    }
    return names.get(source, source)


@bp.app_template_filter("year_span")
def year_span_filter(values: list[Any]) -> str:
    return year_span(list(values))
