"""The facet value page, the year histogram, the per-page choice and PDF page links, through the Flask client."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from indexer.search import SearchQuery
from tests.test_web_paths import read
from webui.histogram import year_bars


def labels(response) -> list[str]:
    return [" ".join(label.split()) for label in re.findall(r'class="facet-label">([^<]*)<', response.get_data(as_text=True))]


def value_links(response) -> list[str]:
    return [href for href, attrs in read(response).links if "facet-value" in attrs.get("class", "")]


@pytest.mark.parametrize(("url", "message"), [
    ("/facets/colour", "There is no facet &#39;colour&#39;"),
    ("/facets/country?filter=a&filter=b", "filter was given 2 times"),
    ("/facets/country?filter=" + "x" * 101, "filter is too long"),
    ("/facets/country?per_page=zero", "per_page must be a whole number"),
    ("/facets/country?country=Germany", "country must be a two-letter country code"),
    ("/?per_page=0", "per_page must be from 1 to 100"),
    ("/?per_page=101", "per_page must be from 1 to 100"),
    ("/?per_page=ten", "per_page must be a whole number"),
    ("/?per_page=10&per_page=20", "per_page was given 2 times"),
])
def test_bad_arguments_are_400_with_a_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


@pytest.mark.parametrize(("url", "message"), [
    ("/facets/colour?lang=de", "Es gibt keinen Filter &#39;colour&#39;"),
    ("/facets/country?filter=a&filter=b&lang=pl", "filter podano 2 razy"),
    ("/facets/country?lang=fr&filter=" + "x" * 101, "filter est trop long"),
])
def test_the_facet_page_refusals_speak_the_interface_language(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_facet_page_lists_every_value_of_the_search_with_counts(client):
    search = client.get("/api/search?q=cycling").get_json()
    response = client.get("/facets/country?q=cycling")
    assert response.status_code == 200
    expected = {value["label"]: value["count"] for value in search["facets"]["country"]}
    text = response.get_data(as_text=True)
    assert sorted(labels(response)) == sorted(expected)
    for label, count in expected.items():
        assert re.search(rf">{re.escape(label)}</span>\s*<span class=\"count\">{count}<", text), label


def test_facet_page_filters_by_the_displayed_name_in_any_case_and_accent(client):
    assert labels(client.get("/facets/country?lang=de&filter=OSTERR")) == ["Österreich"]
    assert labels(client.get("/facets/country?lang=de&filter=österreich")) == ["Österreich"]
    assert labels(client.get("/facets/country?filter=slov")) == ["Slovenia"]
    assert labels(client.get("/facets/country?filter=AT")) == ["Austria"]  # the code is found too
    assert labels(client.get("/facets/country?filter=zzz")) == []
    assert "No value matches." in client.get("/facets/country?filter=zzz").get_data(as_text=True)


def test_facet_page_finds_programmes_by_alias(client):
    assert labels(client.get("/facets/programme?filter=horyzont")) == ["Horizon 2020"]
    assert labels(client.get("/facets/programme?filter=H2020")) == ["Horizon 2020"]


def test_facet_page_links_apply_the_value_and_keep_the_search(client):
    response = client.get("/facets/country?q=cycling&kind=page&per_page=20&sort=title&lang=de&filter=slowen")
    [link] = value_links(response)
    assert sorted(parse_qsl(urlsplit(link).query)) == sorted(
        [("q", "cycling"), ("kind", "page"), ("per_page", "20"), ("sort", "title"), ("lang", "de"), ("country", "SI")]
    )
    back = html.unescape(re.search(r'class="back"><a href="([^"]+)"', response.get_data(as_text=True)).group(1))
    assert "country=SI" not in back and sorted(parse_qsl(urlsplit(back).query)) == sorted(
        [("q", "cycling"), ("kind", "page"), ("per_page", "20"), ("sort", "title"), ("lang", "de")]
    )
    # the filter form carries the search along, so filtering again keeps it
    form = response.get_data(as_text=True)
    for name, value in [("q", "cycling"), ("kind", "page"), ("per_page", "20"), ("sort", "title"), ("lang", "de")]:
        assert f'name="{name}" value="{value}"' in form


def test_long_facets_link_to_their_value_page_and_carry_search_text(client):
    page = client.get("/?q=cycling&per_page=20").get_data(as_text=True)
    # The sample has 6 countries (fewer than shown): no "all values" link for them.
    assert "/facets/country" not in page
    assert 'data-search="slovenia | si"' in page


def test_facet_value_link_appears_past_the_shown_values(corpus_index):
    from webui import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": corpus_index}).test_client()
    page = read(client.get("/?per_page=20&lang=de"))
    [link] = [href for href, _ in page.links if href.startswith("/facets/country")]
    assert sorted(parse_qsl(urlsplit(link).query)) == [("lang", "de"), ("per_page", "20")]
    assert len(labels(client.get(link))) > 12


def test_per_page_is_chosen_on_the_page_and_kept_in_links(client):
    response = client.get("/?q=cycling&per_page=2")
    text = response.get_data(as_text=True)
    assert re.search(r'<option value="2" selected>2</option>', text)
    assert [choice for choice in re.findall(r'<option value="(\d+)"', text)] == ["2", "10", "20", "50", "100"]
    links = [href for href, attrs in read(response).links if href.startswith("/?")]
    paging = [href for href, attrs in read(response).links if "page=2" in href and href.startswith("/?")]
    assert paging and value_links(response)
    assert all("per_page=2" in href for href in paging + value_links(response)), links
    assert text.count('class="hit"') == 2


def test_pdf_hits_link_to_the_page_of_their_passage(client):
    data = client.get("/api/search?q=budget+outlook").get_json()
    [report] = [hit for hit in data["hits"] if hit["id"] == "reports/annual-2019.pdf"]
    assert report["snippet_page"] == 3
    assert report["passage_url"] == "/documents/reports/annual-2019.pdf/file#page=3"
    pages = client.get("/api/search?q=cycling").get_json()["hits"]
    assert all(hit["passage_url"] is None for hit in pages if hit["format"] == "html")
    assert all(hit["languages"] for hit in pages)
    html = client.get("/?q=budget+outlook").get_data(as_text=True)
    assert '<a class="passage-page" href="/documents/reports/annual-2019.pdf/file#page=3">PDF, page 3</a>' in html
    german = client.get("/?q=budget+outlook&lang=de").get_data(as_text=True)
    assert ">PDF, Seite 3</a>" in german and ">Englisch<" in german


def _url(query: SearchQuery) -> str:
    return "/?" + urlencode(query.to_args())


def _values(counts: dict[int, int], selected: tuple[int, ...] = ()) -> list[dict]:
    return [{"value": str(year), "count": count, "selected": year in selected} for year, count in sorted(counts.items(), reverse=True)]


def test_histogram_shows_gaps_and_scales_to_the_tallest_year():
    query = SearchQuery(text="water", filters=(("year", ("2011",)),))
    bars = year_bars(query, _values({2010: 4, 2011: 1, 2014: 2}, selected=(2011,)), _url)
    assert [bar["label"] for bar in bars["bars"]] == ["2010", "2011", "2012", "2013", "2014"]
    assert [bar["count"] for bar in bars["bars"]] == [4, 1, 0, 0, 2]
    assert [bar["height"] for bar in bars["bars"]] == [20, 5, 0, 0, 10]
    assert [bar["url"] is None for bar in bars["bars"]] == [False, False, True, True, False]
    assert [bar["selected"] for bar in bars["bars"]] == [False, True, False, False, False]
    assert bars["bars"][0]["url"] == "/?q=water&year=2011&year=2010"  # adds 2010 to the chosen years
    assert bars["bars"][1]["url"] == "/?q=water"  # the chosen year's bar takes it away again
    assert year_bars(SearchQuery(), _values({2010: 4}), _url) is None


def test_a_wide_span_is_cut_into_periods_that_link_to_year_ranges():
    counts = {1950: 1, 1987: 2, 2021: 5, 2024: 1}
    bars = year_bars(SearchQuery(text="water", filters=(("year", ("2021",)),)), _values(counts, (2021,)), _url)
    assert bars["step"] == 2 and len(bars["bars"]) <= 40
    wider = year_bars(SearchQuery(), _values({1066: 1, 2024: 3}), _url)
    assert wider["step"] == 50 and wider["first"] == "1050–1099" and wider["last"] == "2000–2049"
    last = wider["bars"][-1]
    assert last["count"] == 3 and dict(parse_qsl(urlsplit(last["url"]).query)) == {"year_from": "2000", "year_to": "2049"}
    assert sum(bar["count"] for bar in bars["bars"]) == sum(counts.values())
