"""``/feed.atom``: any search as an Atom feed, newest first, so people can follow new reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, request

from indexer import search as search_layer
from webui import current_index, urls
from webui.api import query_from_request, run_search

bp = Blueprint("feeds", __name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 30
# Characters XML 1.0 forbids even escaped (C0 controls but tab and newlines, lone surrogates,
# U+FFFE/U+FFFF): one of them from a query or a document title makes the whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str | None) -> str:
    return _NOT_XML.sub("", value or "")


def _updated(record: dict) -> str:
    """The newest date the record knows (publication, project end), else the start of its last year."""
    for key in ("published", "end", "start"):
        value = record.get(key)
        if value:
            try:
                return dt.date.fromisoformat(str(value)[:10]).isoformat() + "T00:00:00Z"
            except ValueError:
                continue
    years = record.get("years") or []
    return f"{max(years)}-01-01T00:00:00Z" if years else "1970-01-01T00:00:00Z"


@bp.get("/feed.atom")
def feed() -> Response:
    query = query_from_request()
    # A feed is for following what is new: newest first whatever the page was sorted by.
    query = dataclasses.replace(query, sort="newest", page=1, per_page=min(query.per_page, FEED_ENTRIES))
    results = run_search(query)  # with the configured time limit and result cache, like the page
    page_args = request.query_string.decode("utf-8", "werkzeug.url_quote")  # raw bytes stay %-encoded
    # Absolute links under PUBLIC_URL (else this request's host), with the mount point once.
    page_url = urls.external_url("pages.search") + (f"?{page_args}" if page_args else "")
    self_url = urls.external_url("feeds.feed") + (f"?{page_args}" if page_args else "")
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    title = _xml_text(current_app.config["SITE_TITLE"] + (f": {query.text}" if query.text else ""))
    ET.SubElement(root, f"{{{ATOM}}}id").text = page_url
    ET.SubElement(root, f"{{{ATOM}}}title").text = title
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href=page_url, type="text/html")
    ET.SubElement(ET.SubElement(root, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = current_app.config["SITE_TITLE"]
    entries = []
    for hit in results.hits:
        record = search_layer.get_document(current_index(), hit.id) or {}
        entries.append((_updated(record), hit))
    ET.SubElement(root, f"{{{ATOM}}}updated").text = max((updated for updated, _ in entries), default="1970-01-01T00:00:00Z")
    for updated, hit in entries:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        href = urls.external_url("pages.document", doc_id=hit.id)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = href
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _xml_text(hit.title or hit.id)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=href)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = updated
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _xml_text(hit.snippet_text)
        for name in (*hit.programmes, *hit.countries):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=_xml_text(name))
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return Response(body, content_type="application/atom+xml; charset=utf-8")
