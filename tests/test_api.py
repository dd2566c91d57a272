"""The JSON API: same data as the pages, validated parameters, JSON errors, OpenAPI."""

from __future__ import annotations

import html

import pytest

from indexer.index.schema import FACETS


def test_search_returns_the_documented_shape(client):
    data = client.get("/api/search?q=energy&per_page=5").get_json()
    assert {"total", "page", "per_page", "hits", "facets", "suggestion", "took_ms"} <= set(data)
    assert data["page"] == 1 and data["per_page"] == 5 and len(data["hits"]) == 5
    assert set(data["facets"]) == {spec.name for spec in FACETS}
    for values in data["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count", "selected"}
    hit = data["hits"][0]
    assert {"id", "title", "kind", "url", "snippet_html", "snippet_page", "programmes", "years", "countries",
            "languages", "pages"} <= set(hit)


def test_api_and_page_show_the_same_hits(client):
    api = client.get("/api/search?q=cycling&country=SI&sort=title").get_json()
    html = client.get("/?q=cycling&country=SI&sort=title").get_data(as_text=True)
    positions = [html.index(f'<p class="hit-id">{hit["id"]}</p>') for hit in api["hits"]]
    assert positions == sorted(positions) and len(positions) == api["total"]


def test_filters_are_or_within_and_and_across_facets(client):
    one = client.get("/api/search?country=SI").get_json()["total"]
    two = client.get("/api/search?country=SI&country=DE").get_json()
    assert two["total"] > one
    selected = [value for value in two["facets"]["country"] if value["selected"]]
    assert {value["value"] for value in selected} == {"SI", "DE"}
    narrowed = client.get("/api/search?country=SI&country=DE&programme=Erasmus%2B").get_json()
    assert 0 < narrowed["total"] < two["total"]
    assert all("Erasmus+" in hit["programmes"] for hit in narrowed["hits"])


def test_facet_labels_follow_the_interface_language(client):
    data = client.get("/api/search?lang=de").get_json()
    labels = {value["value"]: value["label"] for value in data["facets"]["country"]}
    assert labels["DE"] == "Deutschland"
    assert {v["value"]: v["label"] for v in data["facets"]["language"]}["pl"] == "Polnisch"


@pytest.mark.parametrize(("lang", "report", "page"), [("de", "Bericht", "Webseite"), ("fr", "Rapport", "Page web")])
def test_document_type_labels_follow_the_interface_language(client, lang, report, page):
    """As the search page words them: the same catalogue entries, in both endpoints."""
    html = client.get(f"/?lang={lang}").get_data(as_text=True)
    assert report in html and page in html
    for path in (f"/api/search?lang={lang}", f"/api/facets?lang={lang}"):
        data = client.get(path).get_json()
        kinds = data["facets"]["kind"] if "facets" in data else data["kind"]
        assert {value["value"]: value["label"] for value in kinds} == {"report": report, "page": page}, path


def test_document_endpoint(client):
    data = client.get("/api/documents/reports/annual-2019.pdf").get_json()
    assert data["id"] == "reports/annual-2019.pdf"
    assert data["kind"] == "report" and data["countries"] == ["SI", "AT"]
    assert len(data["page_offsets"]) == 3


def test_facets_endpoint_counts_the_whole_index(client):
    data = client.get("/api/facets").get_json()
    assert sum(value["count"] for value in data["kind"]) == 31
    assert {value["value"] for value in data["programme"]} == {"Interreg Europe", "Erasmus+", "Horizon 2020"}


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=abc", "per_page=0", "per_page=101", "sort=popular",
     "year_to=20x", "country=DEU", "language=english", "kind=book", "page=1&page=2"],
)
def test_bad_parameters_are_json_400s(client, query):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == 400 and error["message"]


UNKNOWN_CODES = {
    "country=XX&country=ZZ": "'XX' is not an ISO 3166 country code such as DE.",
    "country=zz": "'zz' is not an ISO 3166 country code such as DE.",
    "language=zzz": "'zzz' is not an ISO 639 language code such as pl.",
    "language=qq": "'qq' is not an ISO 639 language code such as pl.",
}


@pytest.mark.parametrize("query", sorted(UNKNOWN_CODES))
def test_a_code_that_names_no_country_or_language_is_a_400_that_says_so(client, query):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == UNKNOWN_CODES[query]
    german = client.get(f"/api/search?{query}&lang=de").get_json()["error"]["message"]
    assert "ist kein ISO" in german


@pytest.mark.parametrize("path", ["/", "/api/export.csv", "/api/export.jsonl", "/feed.atom", "/facets/country"])
def test_every_route_that_searches_refuses_an_unknown_code(client, path):
    for query, message in UNKNOWN_CODES.items():
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        text = html.unescape(response.get_data(as_text=True))
        assert message.split(" is ")[1] in text and "Unknown Region" not in text


def test_the_embed_says_its_unknown_code_was_refused(client):
    for query, message in UNKNOWN_CODES.items():
        page = html.unescape(client.get(f"/embed?{query}").get_data(as_text=True))
        assert "The server refused this search's settings" in page and message.split(" is ")[1] in page, query
        assert "Unknown Region" not in page


def test_real_codes_and_the_special_ones_the_index_writes_are_accepted(client):
    for query in ("country=DE,si,XK,EL,UK", "language=pl,sh,und,EN"):
        assert client.get(f"/api/search?{query}").status_code == 200, query
    assert client.get("/api/search?country=SI").get_json()["total"] > 0


def test_a_long_list_of_facet_values_is_a_400_in_the_page_language(client):
    many = "&".join(f"programme=Programme+{n}" for n in range(150))
    response = client.get(f"/api/search?{many}&lang=de")
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "programme nimmt höchstens 100 Werte auf einmal, nicht 150"
    assert client.get(f"/?{many}").status_code == 400
    assert client.get("/api/search?" + "&".join(f"programme=Programme+{n}" for n in range(100))).status_code == 200


def test_max_per_page_setting_is_enforced(sample_index):
    from webui import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": sample_index, "MAX_PER_PAGE": 20}).test_client()
    assert client.get("/api/search?per_page=20").status_code == 200
    response = client.get("/api/search?per_page=21")
    assert response.status_code == 400 and "20" in response.get_json()["error"]["message"]


def test_missing_document_and_unknown_route_are_json_404s(client):
    for url in ("/api/documents/none/such.pdf", "/api/nothing", "/api", "/api/"):
        response = client.get(url)
        assert response.status_code == 404 and response.mimetype == "application/json"
        assert response.get_json()["error"]["status"] == 404


def test_wrong_method_is_a_json_405(client):
    response = client.post("/api/search")
    assert response.status_code == 405
    assert response.get_json()["error"]["status"] == 405


def test_malformed_query_text_is_searched_as_words(client):
    for text in ('"unclosed phrase', "title:", "OR OR", "a*b~2^3", "(((", "-"):
        response = client.get("/api/search", query_string={"q": text})
        assert response.status_code == 200, text


def test_openapi_document_describes_every_endpoint(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    assert {"/api/search", "/api/documents/{id}", "/api/facets", "/api/openapi.json"} <= set(spec["paths"])
    names = {param["name"] for param in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "sort", "page", "per_page", "year_from", "year_to"} | {spec.name for spec in FACETS} <= names
    # every $ref resolves
    import json
    import re

    for ref in set(re.findall(r'"\$ref": "#/components/schemas/(\w+)"', json.dumps(spec))):
        assert ref in spec["components"]["schemas"]
