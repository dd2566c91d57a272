"""/feed.atom: any search as Atom, read back with a real XML parser."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_feed(client, query: str) -> ET.Element:
    response = client.get(f"/feed.atom?{query}")
    assert response.status_code == 200
    assert response.content_type.startswith("application/atom+xml")
    return ET.fromstring(response.get_data())


def test_feed_is_atom_with_the_required_elements_newest_first(client):
    feed = parse_feed(client, "q=cycling&country=SI")
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    assert {link.get("rel") for link in feed.findall(f"{ATOM}link")} == {"self", "alternate"}
    entries = feed.findall(f"{ATOM}entry")
    api = client.get("/api/search?q=cycling&country=SI&sort=newest").get_json()
    assert [entry.find(f"{ATOM}id").text.split("/documents/")[1] for entry in entries] == [hit["id"] for hit in api["hits"]]
    stamps = []
    for entry in entries:
        for name in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        stamps.append(dt.datetime.fromisoformat(entry.find(f"{ATOM}updated").text.replace("Z", "+00:00")))
    assert stamps == sorted(stamps, reverse=True) and len(stamps) >= 2
    assert feed.find(f"{ATOM}updated").text == entries[0].find(f"{ATOM}updated").text


def test_feed_escapes_what_the_query_brings_and_refuses_bad_arguments(client):
    feed = parse_feed(client, "q=%3Cscript%3E%26cycling")
    assert feed.find(f"{ATOM}title").text.endswith("<script>&cycling")
    assert client.get("/feed.atom?country=Germany").status_code == 400


def test_search_page_links_its_feed(client):
    class Links(HTMLParser):
        feeds: list[str] = []

        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag == "link" and attributes.get("type") == "application/atom+xml":
                self.feeds.append(attributes["href"])

    parser = Links()
    parser.feed(client.get("/?q=cycling&page=2&per_page=2").get_data(as_text=True))
    assert parser.feeds == ["/feed.atom?q=cycling&per_page=2"]


def test_feed_stays_well_formed_when_query_or_title_hold_control_characters(tmp_path):
    from tests.conftest import make_document, write_documents_index
    from webui import create_app

    index_dir = write_documents_index(tmp_path / "index", [
        make_document("pages/bell.html", "Harbour\x07 bell\x0b report", "The harbour bell rings for cycling tours.",
                      root=tmp_path, programmes=("Interreg\x1b Europe",), years=(2020,)),
    ])
    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    feed = parse_feed(client, "q=harbour%01%00")
    assert feed.find(f"{ATOM}title").text.endswith(": harbour")
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Harbour bell report"
    assert [category.get("term") for category in entry.findall(f"{ATOM}category")] == ["Interreg Europe"]


def test_feed_keeps_to_the_configured_search_time_limit(sample_index):
    from webui import create_app

    # No time at all: every route stops at once with what it has, the feed as the API.
    client = create_app({"TESTING": True, "INDEX_DIR": sample_index, "SEARCH_TIME_LIMIT": 0.0, "RESULT_CACHE": False}).test_client()
    api = client.get("/api/search?q=cycling&sort=newest").get_json()
    assert api["partial"] and api["hits"] == []
    assert parse_feed(client, "q=cycling").findall(f"{ATOM}entry") == []
