"""Paths through the pages that used to break: past the last page, back to the search, the document page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from webui import create_app


class Page(HTMLParser):
    """Links, quotes and the text of each <dt>/<dd> pair, read with a real HTML parser."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[tuple[str, dict[str, str]]] = []
        self.quotes: list[str] = []
        self.terms: list[tuple[str, str]] = []
        self._stack: list[str] = []
        self._buffer: dict[str, str] = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a":
            self.links.append((attributes.get("href", ""), attributes))
        if tag in ("q", "dt", "dd"):
            self._buffer[tag] = ""
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("q", "dt", "dd") and tag in self._stack:
            self._stack.remove(tag)
            text = " ".join(self._buffer.pop(tag).split())
            if tag == "q":
                self.quotes.append(text)
            elif tag == "dt":
                self.terms.append((text, ""))
            elif self.terms:
                self.terms[-1] = (self.terms[-1][0], text)

    def handle_data(self, data):
        for tag in self._stack:
            self._buffer[tag] += data

    def definition(self, term: str) -> str | None:
        return dict(self.terms).get(term)


def read(response) -> Page:
    return Page(response.get_data(as_text=True))


@pytest.fixture(scope="module")
def corpus_client(corpus_index):
    return create_app({"TESTING": True, "INDEX_DIR": corpus_index}).test_client()


def test_past_the_last_page_says_so_and_links_back(client):
    response = client.get("/?q=cycling&page=99")
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "No documents match your search" not in text
    assert "Page 99 is past the last page of results." in text
    last = [href for href, attrs in read(response).links if href.startswith("/?") and "data-nav" in attrs
            and href.endswith("q=cycling")]
    assert last, "a way back to the results"
    back = client.get(html.unescape(last[0]))
    assert back.status_code == 200 and '<li class="hit">' in back.get_data(as_text=True)


def test_back_to_search_keeps_the_query_facets_and_page(client):
    found = client.get("/?q=cycling&country=SI&per_page=2&page=2")
    # The document pages; a PDF hit's link to its original file at a page is not a way back.
    hrefs = [href for href, _ in read(found).links if href.startswith("/documents/") and "/file#" not in href]
    assert hrefs and all("q=cycling" in href and "country=SI" in href and "page=2" in href for href in hrefs)
    document = client.get(hrefs[0].split("#")[0])
    back = [href for href, attrs in read(document).links if "js-back" in attrs.get("class", "")]
    assert back == ["/?q=cycling&country=SI&page=2&per_page=2"]
    # an unreadable search on the link still gives a way back, to the plain search page
    broken = client.get(hrefs[0].split("?")[0] + "?page=zero")
    assert [href for href, attrs in read(broken).links if "js-back" in attrs.get("class", "")] == ["/"]


def test_document_evidence_once_per_quote_and_cut_at_words(corpus_client):
    response = corpus_client.get("/documents/reports/fp7/hydrowatch-final-report.pdf")
    page = read(response)
    assert page.definition("Years").startswith("2007–2010"), page.definition("Years")
    assert len(page.quotes) == len(set(page.quotes)), "a quote is printed once, whatever it supports"
    record = corpus_client.get("/api/documents/reports/fp7/hydrowatch-final-report.pdf").get_json()
    originals = [" ".join(item["snippet"].split()) for item in record["evidence"] if item["snippet"]]
    assert any(original.startswith("…") and original[1].isalnum() for original in originals), "a case to check"
    for quote in page.quotes:
        inner = quote.strip("…").strip()
        source = next(original for original in originals if inner in original)
        at = source.find(inner)
        before = source[at - 1] if at else " "
        after = source[at + len(inner)] if at + len(inner) < len(source) else " "
        assert not before.isalnum() and not after.isalnum(), f"cut inside a word: {quote!r} of {source!r}"
    assert page.definition("Budget") == "3 412 500 EUR"
    assert page.definition("Partners") is None, "no partners known: none promised"


def test_document_shows_acronym(corpus_client):
    page = read(corpus_client.get("/documents/pages/interreg-europe/greenport.html"))
    assert page.definition("Acronym") == "GREENPORT"


def test_more_like_this_keeps_to_documents_on_the_same_topic(corpus_client):
    def similar(doc_id: str) -> list[str]:
        response = corpus_client.get(f"/documents/{doc_id}")
        return [href.split("?")[0] for href, _ in read(response).links
                if href.startswith("/documents/") and not href.startswith(f"/documents/{doc_id}")]

    flood = similar("reports/fp7/hydrowatch-final-report.pdf")
    assert "/documents/pages/interreg-europe/staff-day-cork.html" not in flood
    assert "/documents/reports/life/kras-voda-zacetno-porocilo.pdf" in similar("pages/life/kras-voda.html")


def test_no_results_shows_no_empty_facet_blocks(client):
    text = client.get("/?q=inovashun").get_data(as_text=True)
    assert "No documents match your search" in text
    assert "No values" not in text and 'class="facet"' not in text and 'id="year_from"' not in text


def test_plain_form_without_empty_arguments(client):
    response = client.get("/?q=cycling&sort=&year_from=&year_to=2019")
    assert response.status_code == 302 and response.headers["Location"] == "/?q=cycling&year_to=2019"
    assert client.get("/?q=&sort=").headers["Location"] == "/"


def test_skip_link_names_what_it_skips_to(client):
    assert "Skip to results" in client.get("/?q=cycling").get_data(as_text=True)
    document = client.get("/documents/pages/project-03.html").get_data(as_text=True)
    assert "Skip to main content" in document and "Skip to results" not in document


def test_embed_asks_for_no_favicon(client):
    text = client.get("/embed").get_data(as_text=True)
    assert re.search(r'<link rel="icon" href="data:,">', text)


def test_a_typo_shows_the_corrected_results_everywhere(client, sample_index):
    import json

    from tests.test_cli import run

    api = client.get("/api/search?q=cyclng").get_json()
    assert api["corrected"] == "cycling" and api["total"] > 0 and api["suggestion"] is None
    assert api["total"] == client.get("/api/search?q=cycling").get_json()["total"]
    assert api["query"]["text"] == "cyclng", "the typed words stay in the box"
    page = client.get("/?q=cyclng").get_data(as_text=True)
    assert "Showing results for" in page and "Search instead for" in page and '<li class="hit">' in page
    exact_link = [href for href, _ in read(client.get("/?q=cyclng")).links if "spelling=exact" in href]
    assert exact_link
    exact = client.get(html.unescape(exact_link[0]))
    assert '<li class="hit">' not in exact.get_data(as_text=True) and "Did you mean" in exact.get_data(as_text=True)
    printed = run("search", "cyclng", "--index", str(sample_index))
    assert "showing results for: cycling" in printed.stdout and not printed.stdout.startswith("0 results")
    exact_cli = json.loads(run("search", "cyclng", "--exact", "--json", "--index", str(sample_index)).stdout)
    assert exact_cli["total"] == 0 and exact_cli["suggestion"] == "cycling"


def test_a_document_whose_file_is_named_file_has_its_page(tmp_path):
    from tests.conftest import make_document, write_documents_index
    from webui import create_app

    root = tmp_path / "root"
    (root / "minutes").mkdir(parents=True)
    (root / "minutes" / "file").write_text("<p>Minutes of the lantern meeting.</p>", encoding="utf-8")
    index_dir = write_documents_index(tmp_path / "index", [
        make_document("minutes/file", "Lantern meeting minutes", "Minutes of the lantern meeting.", root=root),
    ])
    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    page = client.get("/documents/minutes/file")
    assert page.status_code == 200 and "<h1 dir=\"auto\">Lantern meeting minutes</h1>" in page.get_data(as_text=True)
    with client.get("/documents/minutes/file/file") as original:
        assert original.status_code == 200 and b"lantern meeting" in original.data
    assert client.get("/documents/minutes/other/file").status_code == 404
