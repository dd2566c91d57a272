"""Mended paths in a real Chromium at desktop and phone widths: paging, focus, back to search, browse sort."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

pytestmark = pytest.mark.browser



def test_next_page_shows_the_first_new_hits_and_focuses_the_results(sized, live_server, artifacts):
    page = sized
    page.goto(f"{live_server.url}/?per_page=3&country=DE")
    page.screenshot(path=str(artifacts / f"browse-{page.width_name}.png"), full_page=True)
    page.evaluate("window.__sameDocument = true")
    page.locator(".pagination a[rel=next]").scroll_into_view_if_needed()
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"[?&]page=2"))
    page.wait_for_function("document.querySelector('.hits').start === 4")
    assert page.evaluate("window.__sameDocument") is True
    top = page.evaluate("document.querySelector('.hit').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"], f"the first hit of page 2 is out of view ({top})"
    assert page.evaluate("document.activeElement.id") == "main"


def test_facet_link_from_the_keyboard_keeps_focus(sized, live_server):
    page = sized
    page.goto(f"{live_server.url}/?q=water")
    link = page.locator("a.facet-value[data-facet=country]").first
    value = link.get_attribute("data-value")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"country={value}"))
    page.wait_for_function("document.querySelector('.chips') !== null")
    focused = page.evaluate("[document.activeElement.dataset.facet, document.activeElement.dataset.value]")
    assert focused == ["country", value], "focus fell to the page instead of the activated value"


def test_back_to_search_returns_to_the_same_results(sized, live_server, artifacts):
    page = sized
    page.goto(f"{live_server.url}/?q=water&per_page=2&page=2")
    ids = page.locator(".hit .hit-id").all_inner_texts()
    search_url = page.url
    page.locator(".hit-title a").first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    page.screenshot(path=str(artifacts / f"document-{page.width_name}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("a.js-back").click()
    page.wait_for_url(re.compile(r"q=water"))
    assert sorted(parse_qsl(urlsplit(page.url).query)) == sorted(parse_qsl(urlsplit(search_url).query))
    assert page.locator(".hit .hit-id").all_inner_texts() == ids


def test_browse_sort_says_newest_first_until_words_are_typed(sized, live_server, artifacts):
    page = sized
    page.goto(f"{live_server.url}/")
    assert page.locator("#sort option:checked").inner_text() == "Newest first"
    page.locator("#q").press_sequentially("water", delay=20)
    page.wait_for_url(re.compile(r"q=water"))
    page.wait_for_function("document.querySelector('#sort option:checked').textContent === 'Best match'")
    page.screenshot(path=str(artifacts / f"search-{page.width_name}.png"), full_page=True)


def test_placeholder_fits_the_box(sized, live_server):
    page = sized
    page.goto(f"{live_server.url}/")
    fits = page.evaluate("""() => {
        const box = document.getElementById('q');
        const style = getComputedStyle(box);
        const context = document.createElement('canvas').getContext('2d');
        context.font = style.font;
        const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(box.placeholder).width <= room;
    }""")
    assert fits, "the placeholder is cut off"


def test_past_the_last_page_and_no_results(sized, live_server, artifacts):
    page = sized
    page.goto(f"{live_server.url}/?q=water&page=99")
    page.screenshot(path=str(artifacts / f"past-end-{page.width_name}.png"), full_page=True)
    page.locator(".empty a").click()
    page.locator(".hit").first.wait_for()
    assert "page=99" not in page.url
    page.goto(f"{live_server.url}/?q=inovashun")
    page.screenshot(path=str(artifacts / f"no-results-{page.width_name}.png"), full_page=True)
    assert page.locator(".facet").count() == 0


def _download_rows(server_url: str, href: str) -> list[dict[str, str]]:
    with urllib.request.urlopen(urljoin(server_url + "/", href), timeout=30) as response:
        return list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))


def test_links_outside_the_results_follow_a_search_changed_in_place(sized, live_server):
    page = sized
    page.goto(f"{live_server.url}/?q=project")
    page.evaluate("window.__sameDocument = true")
    link = page.locator("a.facet-value[data-facet=country]").first
    code = link.get_attribute("data-value")
    link.scroll_into_view_if_needed()
    link.click()
    page.wait_for_url(re.compile(rf"country={code}"))
    page.locator("#sort").select_option("title")
    page.wait_for_url(re.compile(r"sort=title"))
    assert page.evaluate("window.__sameDocument") is True, "the page reloaded instead of updating in place"
    shown = dict(parse_qsl(urlsplit(page.url).query))

    def args_of(selector: str) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(page.locator(selector).first.get_attribute("href")).query))

    for selector in (".exports a[data-follows=csv]", ".exports a[data-follows=jsonl]", ".exports a[data-follows=feed]",
                     "link[rel=alternate][type='application/atom+xml']", "link[rel=alternate][type='application/json']"):
        assert args_of(selector) == shown, selector
    for locale in ("de", "fr"):
        assert args_of(f".locales a[hreflang={locale}]") == {**shown, "lang": locale}

    rows = _download_rows(live_server.url, page.locator(".exports a[data-follows=csv]").get_attribute("href"))
    everything = _download_rows(live_server.url, "/api/export.csv?q=project")
    assert rows and len(rows) < len(everything)
    with urllib.request.urlopen(f"{live_server.url}/api/search?q=project&country={code}", timeout=30) as response:
        assert len(rows) == json.load(response)["total"]
    assert all(code in row["countries"].split("; ") for row in rows)

    page.locator(".locales a[hreflang=de]").click()
    page.wait_for_url(re.compile(r"lang=de"))
    assert page.locator("html").get_attribute("lang") == "de"
    assert f"country={code}" in page.url and "sort=title" in page.url
    assert page.locator("#sort").input_value() == "title"
