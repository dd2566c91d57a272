"""Small web hardening: no Host echo, no server paths, one charset, stated ranges, Allow on 405."""

from __future__ import annotations

import json

import pytest

from webui import create_app


@pytest.fixture
def public_client(sample_index):
    app = create_app({"INDEX_DIR": sample_index, "TESTING": True, "PUBLIC_URL": "https://search.example.org/"})
    return app.test_client()


def test_the_host_header_is_not_echoed_into_the_api_description(client, public_client):
    spec = client.get("/api/openapi.json", headers={"Host": "evil.example"}).get_json()
    assert spec["servers"] == [{"url": "/"}]
    configured = public_client.get("/api/openapi.json", headers={"Host": "evil.example"}).get_json()
    assert configured["servers"] == [{"url": "https://search.example.org"}]


def test_the_widget_snippet_uses_the_configured_public_url(public_client):
    snippet = public_client.get("/widget/snippet.json", headers={"Host": "evil.example"}).get_json()
    assert "https://search.example.org" in snippet["html"] and "evil.example" not in snippet["html"]
    page = public_client.get("/widget", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in page


def test_document_records_in_the_api_do_not_expose_server_paths(client):
    doc_id = client.get("/api/search?q=&per_page=1").get_json()["hits"][0]["id"]
    record = client.get(f"/api/documents/{doc_id}").get_json()
    assert record["id"] == doc_id and "path" not in record and "root" not in record


def test_original_files_send_their_charset_once(client, sample_index):
    hits = client.get("/api/search?q=&per_page=100").get_json()["hits"]
    texts = [hit["id"] for hit in hits if hit["id"].endswith((".html", ".txt", ".htm"))]
    assert texts
    with client.get(f"/documents/{texts[0]}/file") as response:
        assert response.status_code == 200
        assert response.headers["Content-Type"].lower().count("charset") == 1


def test_year_ranges_are_stated_and_empty_integers_rejected(client):
    spec = client.get("/api/openapi.json").get_json()
    params = {param["name"]: param for param in spec["paths"]["/api/search"]["get"]["parameters"]}
    for name in ("year_from", "year_to"):
        assert params[name]["schema"] == {"type": "integer", "minimum": 1000, "maximum": 9999}
    for name in ("programme", "year", "country", "language", "kind"):
        assert params[name]["schema"]["maxItems"] == 100
    for name in ("year_to", "year_from", "page"):
        response = client.get(f"/api/search?q=water&{name}=")
        assert response.status_code == 400 and name in response.get_json()["error"]["message"]
    # The HTML form may leave them empty: the page drops them (a redirect to the clean URL), no 400.
    page = client.get("/?q=water&year_from=&year_to=")
    assert page.status_code == 302 and "year_" not in page.headers["Location"]
    assert client.get(page.headers["Location"]).status_code == 200


def test_405_responses_say_which_methods_are_allowed(client):
    for path in ("/api/search", "/"):
        response = client.post(path)
        assert response.status_code == 405
        assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}


def test_feed_and_export_links_use_the_public_url_not_the_host_header(public_client):
    from xml.etree import ElementTree as ET

    feed = ET.fromstring(public_client.get("/feed.atom?q=cycling", headers={"Host": "evil.example"}).get_data())
    links = [element.text for element in feed.iter("{http://www.w3.org/2005/Atom}id")]
    links += [element.get("href") for element in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert len(links) > 4 and all(link.startswith("https://search.example.org/") for link in links), links
    rows = public_client.get("/api/export.jsonl?q=cycling", headers={"Host": "evil.example"}).get_data(as_text=True)
    urls = [json.loads(line)["document_url"] for line in rows.splitlines()]
    assert urls and all(url.startswith("https://search.example.org/documents/") for url in urls)


def test_feed_and_export_links_under_a_mount_point_name_it_once(client):
    from xml.etree import ElementTree as ET

    mounted = {"SCRIPT_NAME": "/search"}
    feed = ET.fromstring(client.get("/feed.atom?q=cycling", environ_overrides=mounted).get_data())
    links = [element.text for element in feed.iter("{http://www.w3.org/2005/Atom}id")]
    assert links and all(link.startswith("http://localhost/search/") and "/search/search" not in link for link in links)
    rows = client.get("/api/export.jsonl?q=cycling", environ_overrides=mounted).get_data(as_text=True)
    urls = [json.loads(line)["document_url"] for line in rows.splitlines()]
    assert urls and all(url.startswith("http://localhost/search/documents/") for url in urls)


@pytest.mark.parametrize("path", ["/", "/api/search", "/feed.atom", "/facets/country", "/embed", "/widget", "/api/export.jsonl"])
def test_a_query_string_that_is_not_utf8_is_read_not_a_500(client, path):
    # Our servers refuse such a request line; another WSGI server may pass the raw byte on.
    response = client.get(path, environ_overrides={"QUERY_STRING": "q=cycl\xffing&country=SI"})
    assert response.status_code == 200
    if path == "/api/search":
        query = response.get_json()["query"]
        assert query["text"] == "cycl%FFing" and query["filters"] == {"country": ["SI"]}


def test_an_original_file_whose_name_holds_a_newline_is_served(tmp_path):
    from urllib.parse import quote

    from tests.conftest import make_document, write_documents_index

    root = tmp_path / "root"
    (root / "notes").mkdir(parents=True)
    doc_id = "notes/minutes\nof the meeting.html"
    (root / doc_id).write_text("<p>Minutes of the lantern meeting.</p>", encoding="utf-8")
    index_dir = write_documents_index(tmp_path / "index", [
        make_document(doc_id, "Lantern meeting minutes", "Minutes of the lantern meeting.", root=root),
    ])
    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    with client.get(f"/documents/{quote(doc_id)}/file") as response:
        assert response.status_code == 200 and b"lantern meeting" in response.data
        disposition = response.headers["Content-Disposition"]
    assert "\n" not in disposition and "minutes_of the meeting.html" in disposition
