"""The HTML pages through Flask's test client, on a real whoosh index."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import sample_documents, write_documents_index
from webui import SETTINGS, create_app, settings_table


class _Collector(HTMLParser):
    """Links, landmarks and labelled controls of a page, parsed (not grepped)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, dict[str, str]]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag == "a":
            self.links.append((attributes.get("href", ""), attributes))

    def handle_data(self, data):
        self.text.append(data)


def parse(response) -> _Collector:
    collector = _Collector()
    collector.feed(response.get_data(as_text=True))
    return collector


def hit_ids(response) -> list[str]:
    return re.findall(r'<p class="hit-id">([^<]+)</p>', response.get_data(as_text=True))


def test_browse_mode_lists_everything_newest_first(client):
    response = client.get("/?per_page=50")
    assert response.status_code == 200
    ids = hit_ids(response)
    assert len(ids) == 31
    # newest first: the two projects ending in 2022 lead
    assert set(ids[:2]) == {"pages/project-11.html", "pages/project-23.html"}
    # the select says what the API says (sort: newest), not "Best match"
    selected = re.search(r"<option value=\"\"[^>]*selected>([^<]*)</option>", response.get_data(as_text=True))
    assert selected and selected.group(1) == "Newest first"


def test_search_page_has_landmarks_labels_and_live_status(client):
    page = parse(client.get("/?q=energy"))
    tags = page.tags
    assert any(tag == "main" for tag, _ in tags)
    assert any(tag == "aside" for tag, _ in tags)
    assert any(attrs.get("role") == "search" for _, attrs in tags)
    assert any(attrs.get("aria-live") == "polite" and attrs.get("id") == "result-status" for _, attrs in tags)
    labelled = {attrs["for"] for tag, attrs in tags if tag == "label"}
    assert {"q", "sort", "year_from", "year_to"} <= labelled


def test_search_highlights_and_links_to_documents(client):
    response = client.get("/?q=cycling")
    html = response.get_data(as_text=True)
    assert "<mark>" in html
    assert "7 results" in html  # six pages and the report
    hrefs = [href for href, _ in parse(response).links]
    # the search rides along, so that "Back to search" on the document page returns to it
    assert "/documents/pages/project-03.html?q=cycling" in hrefs
    # the PDF hit links to the page of its best passage
    assert any(re.fullmatch(r"/documents/reports/annual-2019\.pdf\?q=cycling#page-\d", href) for href in hrefs)


def test_facet_links_toggle_and_counts_stay_disjunctive(client):
    first = client.get("/?q=cycling")
    links = dict((attrs.get("href"), attrs) for _, attrs in parse(first).links if "country=" in attrs.get("href", ""))
    slovenia = next(href for href in links if "country=SI" in href)
    second = client.get(slovenia)
    assert "Slovenia" in second.get_data(as_text=True)
    # a second country is still offered with its own count, and adding it widens the results
    austria = next(href for href, _ in parse(second).links if "country=SI" in href and "country=AT" in href)
    third = client.get(austria)
    assert len(hit_ids(third)) >= len(hit_ids(second))
    chips = [href for href, attrs in parse(third).links if "chip" in attrs.get("class", "") and "clear" not in attrs.get("class", "")]
    assert len(chips) == 2
    # removing one chip keeps the other filter
    assert any("country=AT" in href and "country=SI" not in href for href in chips)


def test_long_facets_put_the_rest_behind_more(client):
    html = client.get("/").get_data(as_text=True)
    year_section = html[html.index('id="facet-year"') : html.index('id="facet-country"')]
    assert "<details" in year_section and "more</summary>" in year_section


def test_year_range_filters_and_shows_a_chip(client):
    response = client.get("/?year_from=2020&year_to=2021&per_page=50")
    html = response.get_data(as_text=True)
    assert "2020–2021" in html
    ids = hit_ids(response)
    pages = {i for i in ids if i.startswith("pages/")}
    assert pages == {f"pages/project-{n:02d}.html" for n in range(30) if n % 12 in {9, 10, 11}}


def test_sort_by_title(client):
    ids = hit_ids(client.get("/?q=energy&sort=title&per_page=50"))
    titles = [i for i in ids]
    assert titles, "no hits"
    html = client.get("/?q=energy&sort=title").get_data(as_text=True)
    assert '<option value="title" selected>' in html


def test_pagination_links_keep_the_query(client):
    response = client.get("/?q=energy&per_page=2")
    nav = [href for href, attrs in parse(response).links if attrs.get("rel") == "next"]
    assert nav == ["/?q=energy&page=2&per_page=2"]
    second = client.get(nav[0])
    assert set(hit_ids(second)).isdisjoint(hit_ids(response))


def test_did_you_mean_links_to_the_corrected_query(client):
    response = client.get("/?q=cyclng")
    hrefs = [href for href, attrs in parse(response).links]
    assert "/?q=cycling" in hrefs


def test_partial_matches_are_announced(client):
    html = client.get("/?q=cycling+zzzqqq").get_data(as_text=True)
    assert "No document contains all of your words" in html
    german = client.get("/?q=energy+cycling&lang=de").get_data(as_text=True)
    assert "enthält alle Ihre Wörter" in german or "enthalten alle Ihre Wörter" in german


def test_search_text_read_other_than_written_is_said_on_the_page(client):
    unclosed = client.get('/?q=%22cycling+routes').get_data(as_text=True)
    assert "could not be read as written; it was searched as plain words" in unclosed
    assert "could not be read" in client.get('/?q=%22cycling+routes&partial=1').get_data(as_text=True)
    only_operator = client.get("/?q=OR&lang=de").get_data(as_text=True)
    assert "Der Suchtext enthält keine suchbaren Wörter" in only_operator
    plain = client.get("/?q=cycling+routes").get_data(as_text=True)
    assert "could not be read" not in plain and "no searchable words" not in plain


def test_no_results_page_offers_ways_out(client):
    html = client.get("/?q=zzzqqq&country=DE").get_data(as_text=True)
    assert "No documents match your search." in html
    assert "Remove all filters" in html


def test_partial_returns_only_the_results_region(client):
    html = client.get("/?q=energy&partial=1").get_data(as_text=True)
    assert html.lstrip().startswith('<div class="results-region"')
    assert "<html" not in html


def test_link_header_points_at_the_json_twin(client):
    response = client.get("/?q=energy&country=DE")
    assert response.headers["Link"] == '</api/search?q=energy&country=DE>; rel="alternate"; type="application/json"'


def test_security_headers_on_every_page(client):
    for url in ("/", "/documents/pages/project-01.html", "/no-such-page"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"]


def test_no_inline_scripts_or_handlers(client):
    for url in ("/?q=energy", "/documents/reports/annual-2019.pdf"):
        page = parse(client.get(url))
        for tag, attrs in page.tags:
            if tag == "script":
                assert attrs.get("src"), "inline script"
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)


@pytest.mark.parametrize(
    "url",
    ["/?page=0", "/?page=x", "/?per_page=1000", "/?per_page=-1", "/?sort=random",
     "/?year_from=abc", "/?country=Germany", "/?kind=video", "/?q=a&q=b"],
)
def test_bad_parameters_give_a_400_page(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    assert "This search cannot be run as asked" in response.get_data(as_text=True)


def test_document_page_shows_metadata_evidence_and_text(client):
    response = client.get("/documents/pages/project-01.html")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Erneuerbare Energie im ländlichen Raum 1" in html
    assert "co-funded by Erasmus+" in html  # programme evidence snippet
    assert "from the metadata file" in html  # country evidence source
    assert "German" in html and "100%" in html
    assert "https://example.org/projects/1" in html
    assert "/documents/pages/project-01.html/file" in html
    assert "More like this" in html


def test_every_evidence_source_the_metadata_gives_is_named_in_each_language(app):
    from webui.pages import evidence_source

    for lang in ("en", "de", "pl"):
        with app.test_request_context(f"/?lang={lang}"):
            for source in ("sidecar", "properties", "text", "image", "programme", "html"):
                assert evidence_source(source) != source, (lang, source)
    with app.test_request_context("/?lang=de"):
        assert evidence_source("image") == "dem Text eines Bildes"


def test_pdf_document_lists_its_pages(client):
    html = client.get("/documents/reports/annual-2019.pdf").get_data(as_text=True)
    for number in (1, 2, 3):
        assert f'id="page-{number}"' in html
    assert "June 30, 2019" in html
    second = html[html.index('id="page-2"') : html.index('id="page-3"')]
    assert "Slovenia and Austria" in second


def test_missing_document_is_a_404_page(client):
    response = client.get("/documents/nothing/here.pdf")
    assert response.status_code == 404
    assert "Not found" in response.get_data(as_text=True)


def test_unknown_route_is_a_404_page(client):
    response = client.get("/wp-admin")
    assert response.status_code == 404 and response.mimetype == "text/html"


def test_original_file_is_served_with_its_content_type(client, sample_root):
    response = client.get("/documents/reports/annual-2019.pdf/file")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data == (sample_root / "reports/annual-2019.pdf").read_bytes()
    response.close()
    page = client.get("/documents/pages/project-02.html/file")
    assert page.mimetype == "text/html"
    # the collection's HTML runs in a sandbox: no scripts, no access to this site's origin
    assert page.headers["Content-Security-Policy"].startswith("sandbox")
    page.close()


@pytest.mark.parametrize(
    "doc_id",
    ["../../etc/passwd", "pages/../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc%2fpasswd",
     "/etc/passwd", "pages/project-01.html/../../../secret.txt"],
)
def test_path_traversal_never_serves_files_outside_the_root(client, doc_id):
    response = client.get(f"/documents/{doc_id}/file", follow_redirects=True)
    assert response.status_code == 404
    assert b"root:" not in response.data


def test_file_outside_root_via_symlink_is_refused(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    (root / "link.html").symlink_to(secret)
    from tests.conftest import make_document

    index = write_documents_index(tmp_path / "index", [make_document("link.html", "Link", "text", root=root)])
    client = create_app({"TESTING": True, "INDEX_DIR": index}).test_client()
    assert client.get("/documents/link.html").status_code == 200
    response = client.get("/documents/link.html/file")
    assert response.status_code == 404
    assert b"top secret" not in response.data


def test_interface_language_from_query_and_accept_language(client):
    german = client.get("/?q=energy&country=PL&lang=de").get_data(as_text=True)
    assert "Dokumente durchsuchen" in german and "Polen" in german and '<html lang="de">' in german
    negotiated = client.get("/", headers={"Accept-Language": "de-AT,de;q=0.9,en;q=0.5"}).get_data(as_text=True)
    assert "Dokumente durchsuchen" in negotiated
    assert "Rechercher dans les documents" in client.get("/", headers={"Accept-Language": "fr-CH"}).get_data(as_text=True)
    assert "Search the documents" in client.get("/", headers={"Accept-Language": "fi"}).get_data(as_text=True)
    # links keep the chosen language
    assert "lang=de" in [href for href, attrs in parse(client.get("/?lang=de&q=energy")).links if attrs.get("data-nav") is not None][0]


def test_german_dates_and_names_on_the_document_page(client):
    html = client.get("/documents/reports/annual-2019.pdf?lang=de").get_data(as_text=True)
    assert "30. Juni 2019" in html
    assert "Slowenien" in html and "Österreich" in html


def test_no_index_yet_is_a_friendly_page(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": tmp_path / "missing"}).test_client()
    response = client.get("/")
    assert response.status_code == 503
    html = response.get_data(as_text=True)
    assert "There is no search index yet" in html and "projsearch index" in html
    assert str(tmp_path) not in html  # server paths are not shown to visitors
    api = client.get("/api/search")
    assert api.status_code == 503 and api.get_json()["error"]["status"] == 503


def test_empty_index_says_so(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": write_documents_index(tmp_path / "index", [])}).test_client()
    html = client.get("/").get_data(as_text=True)
    assert "The index is empty" in html


def test_index_is_reopened_when_it_changes(tmp_path):
    index = write_documents_index(tmp_path / "index", sample_documents(tmp_path)[:3])
    client = create_app({"TESTING": True, "INDEX_DIR": index}).test_client()
    assert client.get("/api/search").get_json()["total"] == 3
    write_documents_index(index, sample_documents(tmp_path)[:7])
    assert client.get("/api/search").get_json()["total"] == 7


def test_server_errors_show_no_traceback(app, monkeypatch):
    from webui import api

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(api.search_layer, "search", broken)
    response = app.test_client().get("/?q=x")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret internal detail" not in body and "Traceback" not in body
    assert app.debug is False


def test_settings_come_from_file_then_environment_then_arguments(tmp_path, monkeypatch):
    config_file = tmp_path / "site.cfg"
    config_file.write_text("SITE_TITLE = 'From file'\nPER_PAGE = 7\n")
    monkeypatch.setenv("PROJSEARCH_CONFIG", str(config_file))
    monkeypatch.setenv("PROJSEARCH_PER_PAGE", "12")
    monkeypatch.setenv("PROJSEARCH_INDEX", str(tmp_path / "env-index"))
    app = create_app({"MAX_PER_PAGE": 50})
    assert app.config["SITE_TITLE"] == "From file"
    assert app.config["PER_PAGE"] == 12
    assert app.config["INDEX_DIR"] == Path(tmp_path / "env-index")
    assert app.config["MAX_PER_PAGE"] == 50
    assert app.config["DEBUG"] is False


def test_every_setting_is_documented():
    table = settings_table()
    for setting in SETTINGS:
        assert setting.help.strip(), setting.name
        assert f"`{setting.env_var}`" in table


# --- echoes of the query, the pager, reversed years, the box's limit -------------------------------

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses what follows it up to the end of its paragraph


class _BidiEchoes(HTMLParser):
    """Each text node holding an override, with the elements it sits in."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.echoes: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in {"input", "meta", "link", "br", "img"}:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]

    def handle_data(self, data):
        if RLO in data:
            self.echoes.append((data, tuple(self.open)))


def bidi_echoes(response) -> list[tuple[str, tuple[str, ...]]]:
    parser = _BidiEchoes()
    parser.feed(response.get_data(as_text=True))
    return parser.echoes


def assert_isolated(echoes: list[tuple[str, tuple[str, ...]]]) -> None:
    assert echoes, "the override should be echoed somewhere"
    for data, inside in echoes:
        if inside[-1] == "title":
            # A title holds no markup: the typed text sits between FIRST STRONG ISOLATE and POP.
            assert re.search("\u2068[^\u2069]*\u202e[^\u2069]*\u2069", data), data
        else:
            assert inside[-1] == "bdi", (data, inside)


def test_every_echo_of_the_query_is_isolated_from_the_sentence_around_it(client):
    # "cyclng" finds nothing and its correction does: the note echoes both the correction and the typed text.
    corrected = client.get("/", query_string={"q": RLO + "cyclng"})
    text = corrected.get_data(as_text=True)
    assert "Showing results for" in text and "Search instead for" in text
    assert_isolated(bidi_echoes(corrected))
    partial = client.get("/", query_string={"q": RLO + "cyclng", "partial": "1"})
    assert_isolated(bidi_echoes(partial))
    title = re.search(r'data-title="([^"]*)"', partial.get_data(as_text=True)).group(1)
    assert title.startswith("\u2068" + RLO + "cyclng\u2069")  # what the script makes the title
    suggested = client.get("/", query_string={"q": RLO + "cycling routs", "spelling": "exact"})
    assert_isolated(bidi_echoes(suggested))
    facet_page = client.get("/facets/country", query_string={"q": RLO + "energy", "filter": RLO + "aus"})
    echoes = bidi_echoes(facet_page)
    assert len(echoes) == 2  # "For the search ..." and "0 of 6 values match ..."
    assert_isolated(echoes)


def test_a_refused_value_is_isolated_on_the_error_page(client):
    # A value in right-to-left script pulls the quotes and words beside it into its own order.
    refused = client.get("/", query_string={"sort": "\u0645\u0631\u062a\u0628"})
    assert refused.status_code == 400
    text = refused.get_data(as_text=True)
    assert re.search(r"<bdi>&#39;\u0645\u0631\u062a\u0628&#39;</bdi>", text), text
    # The JSON error stays plain text.
    api = client.get("/api/search", query_string={"sort": "\u0645\u0631\u062a\u0628"}).get_json()
    assert api["error"]["message"].endswith("not '\u0645\u0631\u062a\u0628'")


def pager(response) -> tuple[list[str], list[dict[str, str]], str]:
    text = response.get_data(as_text=True)
    nav = text[text.index('<nav class="pagination"'):text.index("</nav>", text.index('<nav class="pagination"'))]
    items = [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li[^>]*>(.*?)</li>", nav)]
    current = [dict(re.findall(r'([\w-]+)="([^"]*)"', tag)) for tag in re.findall(r"<span [^>]*aria-current[^>]*>", nav)]
    return items, current, nav


def test_the_pager_reaches_the_last_page_and_says_where_it_is(client):
    # 31 documents at 3 a page: 11 pages.
    items, current, nav = pager(client.get("/?per_page=3"))
    assert items == ["1", "2", "3", "…", "11", "Next"]
    assert current == [{"aria-current": "page"}]
    assert 'aria-label="Pages"' in nav and "Page 1 of 11" in nav
    assert '<li class="gap" aria-hidden="true">' in nav
    assert 'href="/?page=11&amp;per_page=3"' in nav
    middle, _, _ = pager(client.get("/?per_page=3&page=6"))
    assert middle == ["Previous", "1", "…", "4", "5", "6", "7", "8", "…", "11", "Next"]
    last, _, _ = pager(client.get("/?per_page=3&page=11"))
    assert last == ["Previous", "1", "…", "9", "10", "11"]
    # A gap of one page shows that page: "…" would hide nothing.
    near, _, _ = pager(client.get("/?per_page=3&page=4"))
    assert near == ["Previous", "1", "2", "3", "4", "5", "6", "…", "11", "Next"]
    german = pager(client.get("/?per_page=3&page=2&lang=de"))[2]
    assert "Seite 2 von 11" in german


def test_the_pager_never_links_past_the_pages_a_search_can_reach(app):
    from indexer.search import SearchQuery
    from indexer.search.request import MAX_RESULT_WINDOW
    from webui.pages import search_view

    # 50,000 hits at 100 a page: only the first 10,000 can be paged through, so page 100 is the last link.
    deepest = MAX_RESULT_WINDOW // 100
    with app.test_request_context("/"):
        first = search_view(SearchQuery(per_page=100), {"pages": 500, "total": 50_000})
        last = search_view(SearchQuery(per_page=100, page=deepest), {"pages": 500, "total": 50_000})
    assert [page["number"] for page in first["pages"]] == [1, 2, 3, 0, deepest]
    assert first["pages"][-1]["url"].endswith(f"page={deepest}&per_page=100")
    assert last["next_url"] is None and last["pages"][-1]["current"]


def test_the_search_box_takes_no_more_than_the_search_layer_reads(client):
    from indexer.search.request import MAX_TEXT_CHARS

    page = parse(client.get("/?q=energy"))
    box = next(attrs for tag, attrs in page.tags if tag == "input" and attrs.get("id") == "q")
    assert box["maxlength"] == str(MAX_TEXT_CHARS)
    note = next(attrs for tag, attrs in page.tags if attrs.get("id") == "q-limit")
    assert note["data-text"] == f"At most {MAX_TEXT_CHARS:,} characters can be searched."
    assert note["role"] == "status"
    assert client.get("/", query_string={"q": "a" * MAX_TEXT_CHARS}).status_code == 200
    assert client.get("/", query_string={"q": "a" * (MAX_TEXT_CHARS + 1)}).status_code == 400


def test_a_reversed_year_range_shows_the_results_it_meant(client):
    from indexer.search import NOTE_YEARS_REVERSED

    meant = client.get("/?year_from=2020&year_to=2021&per_page=50")
    reversed_ = client.get("/?year_from=2021&year_to=2020&per_page=50")
    assert reversed_.status_code == 200
    assert hit_ids(reversed_) == hit_ids(meant) and hit_ids(meant)
    text = reversed_.get_data(as_text=True)
    assert NOTE_YEARS_REVERSED in text and NOTE_YEARS_REVERSED not in meant.get_data(as_text=True)
    assert "2020–2021" in text  # the chip, in order
    inputs = {attrs["id"]: attrs["value"] for tag, attrs in parse(reversed_).tags if tag == "input" and attrs.get("id") in {"year_from", "year_to"}}
    assert inputs == {"year_from": "2020", "year_to": "2021"}
    # Every link of the answer carries the range in order.
    assert not any("year_from=2021" in href for href, attrs in parse(reversed_).links if "hreflang" not in attrs)
