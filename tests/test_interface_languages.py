"""The interface languages through the Flask test client: picked from ?lang= then Accept-Language,
and kept in every link, form, feed and export the pages write."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from markupsafe import escape

from webui.i18n import translations

LANGUAGES = ("de", "fr", "pl", "hr", "it", "es")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def hrefs(self, **wanted: str) -> list[str]:
        return [attrs["href"] for tag, attrs in self.tags if "href" in attrs
                and all(attrs.get(name) == value for name, value in wanted.items())]


def page(response) -> _Page:
    parsed = _Page()
    parsed.feed(response.get_data(as_text=True))
    return parsed


def lang_of(url: str) -> list[str]:
    return parse_qs(urlsplit(html.unescape(url)).query).get("lang", [])


def said(locale: str, message: str) -> str:
    return translations(locale).gettext(message)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_search_page_keeps_the_chosen_language_in_every_link_and_form(client, locale):
    response = client.get(f"/?q=energy&per_page=2&lang={locale}")
    text = response.get_data(as_text=True)
    parsed = page(response)
    assert f'<html lang="{locale}">' in text
    assert html.escape(said(locale, "Search the documents"), quote=False) in text
    assert said(locale, "Search the documents") != "Search the documents"
    navigation = parsed.hrefs(**{"data-nav": ""})
    facet_links = [attrs["href"] for tag, attrs in parsed.tags if "data-facet" in attrs]
    paging = parsed.hrefs(rel="next")
    assert facet_links and paging and navigation
    for url in navigation + facet_links + paging:
        assert lang_of(url) == [locale], url
    hidden = [attrs for tag, attrs in parsed.tags if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name") == "lang"]
    assert [attrs["value"] for attrs in hidden] == [locale]  # the search form sends it again
    feeds = [attrs["href"] for tag, attrs in parsed.tags if tag == "link" and attrs.get("type") == "application/atom+xml"]
    exports = [url for url in parsed.hrefs() if "/api/export." in url]
    assert feeds and len(exports) == 2
    for url in feeds + exports:
        assert lang_of(url) == [locale], url
    documents = [url for url in parsed.hrefs() if url.startswith("/documents/")]
    assert documents and all(lang_of(url) == [locale] for url in documents)
    widget_docs = [url for url in parsed.hrefs() if urlsplit(html.unescape(url)).path == "/widget"]
    assert [lang_of(url) for url in widget_docs] == [[locale]]  # the footer links to the embedding guide


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_browser_language_picks_the_interface_and_the_page_says_it_varies(client, locale):
    response = client.get("/widget", headers={"Accept-Language": f"{locale}-XX;q=0.9, en;q=0.5"})
    assert f'<html lang="{locale}">' in response.get_data(as_text=True)
    assert "Accept-Language" in response.headers["Vary"]
    assert f'<html lang="{locale}">' in client.get(f"/?lang={locale.upper()}-XX").get_data(as_text=True)


def test_a_language_the_browser_refuses_is_never_picked(client):
    # "q=0" means "not this one": the next acceptable language wins, then the default.
    refused = client.get("/widget", headers={"Accept-Language": "fr;q=0, de;q=0.5"})
    assert '<html lang="de">' in refused.get_data(as_text=True)
    only_refused = client.get("/widget", headers={"Accept-Language": "fr;q=0"})
    assert '<html lang="en">' in only_refused.get_data(as_text=True)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_document_page_leads_back_to_the_search_in_its_language(client, locale):
    search = page(client.get(f"/?q=energy&lang={locale}"))
    first = next(url for url in search.hrefs() if url.startswith("/documents/"))
    document = client.get(html.unescape(first))
    assert document.status_code == 200
    parsed = page(document)
    back = parsed.hrefs(**{"class": "js-back"})
    assert back and lang_of(back[0]) == [locale] and parse_qs(urlsplit(html.unescape(back[0])).query)["q"] == ["energy"]
    assert html.escape(said(locale, "About this document"), quote=False) in document.get_data(as_text=True)
    similar = [url for url in parsed.hrefs() if url.startswith("/documents/") and not url.endswith("/file")]
    assert all(lang_of(url) == [locale] for url in similar)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_errors_are_told_in_the_interface_language(client, locale):
    missing = client.get(f"/documents/no-such-file.pdf?lang={locale}")
    assert missing.status_code == 404
    expected = said(locale, "No document with id %(id)s in the index.") % {"id": "'no-such-file.pdf'"}
    assert str(escape(expected)) in missing.get_data(as_text=True)
    nowhere = client.get(f"/no/such/page?lang={locale}")
    assert nowhere.status_code == 404
    assert html.escape(said(locale, "There is no page at this address."), quote=False) in nowhere.get_data(as_text=True)
    api = client.get(f"/api/documents/no-such-file.pdf?lang={locale}").get_json()
    assert api["error"]["message"].startswith(said(locale, "No document with id %(id)s in the index.").split("%(id)s")[0])


@pytest.mark.parametrize("locale", LANGUAGES)
def test_bad_search_arguments_are_told_in_the_interface_language(client, locale):
    expected = said(locale, "%(name)s was given %(count)s times; give it once") % {"name": "q", "count": 2}
    assert expected != "q was given 2 times; give it once"  # the catalogue translates it
    page = client.get(f"/?q=water&q=air&lang={locale}")
    assert page.status_code == 400
    assert html.escape(expected, quote=False) in page.get_data(as_text=True)
    api = client.get(f"/api/search?q=water&q=air&lang={locale}")
    assert api.status_code == 400
    assert api.get_json()["error"]["message"] == expected
    wrong_kind = client.get(f"/api/search?kind=book&lang={locale}").get_json()["error"]["message"]
    assert wrong_kind == said(locale, "kind must be report or page, not %(raw)s") % {"raw": "'book'"}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_a_reversed_year_range_is_searched_and_said_in_the_interface_language(client, locale):
    from indexer.search import NOTE_YEARS_REVERSED

    expected = said(locale, NOTE_YEARS_REVERSED)
    assert expected != NOTE_YEARS_REVERSED
    page = client.get(f"/?year_from=2020&year_to=2010&lang={locale}")
    assert page.status_code == 200
    assert html.escape(expected, quote=False) in page.get_data(as_text=True)


def test_plural_forms_follow_the_language(client):
    polish = {n: re.sub(r"\s+", " ", client.get(f"/?q=energy&lang=pl&per_page={n}").get_data(as_text=True)) for n in (1,)}
    text = polish[1]
    total = int(re.search(r'"result-status"[^>]*>(\d+)', text).group(1))
    expected = {1: "wynik", 2: "wyniki", 3: "wyniki", 4: "wyniki"}.get(total, "wyniki" if total % 10 in (2, 3, 4) and total % 100 not in (12, 13, 14) else "wyników")
    assert f"{total} {expected} " in text
