"""The search UI in a real headless Chromium against `projsearch serve` on the corpus index."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pytest

pytestmark = pytest.mark.browser

PER_PAGE = 2


def api(server, path: str, **args) -> dict:
    query = urllib.parse.urlencode(args, doseq=True)
    with urllib.request.urlopen(f"{server.url}{path}?{query}", timeout=30) as response:
        return json.load(response)


@dataclass(frozen=True)
class Scenario:
    word: str
    countries: tuple[str, str]


@pytest.fixture(scope="module")
def scenario(live_server) -> Scenario:
    """A word from the corpus whose results span two countries with more than one page between them."""
    browse = api(live_server, "/api/search", per_page=100)
    words = []
    for hit in browse["hits"]:
        words += [w for w in re.findall(r"[^\W\d_]{5,}", hit["title"]) if w.lower() not in words]
    for word in dict.fromkeys(w.lower() for w in words):
        found = api(live_server, "/api/search", q=word)
        countries = [value["value"] for value in found["facets"]["country"]][:2]
        if len(countries) == 2 and api(live_server, "/api/search", q=word, country=countries)["total"] > PER_PAGE:
            return Scenario(word, tuple(countries))  # type: ignore[arg-type]
    pytest.fail("the corpus has no title word whose results cover two countries and several pages")


def hit_ids(page) -> list[str]:
    return page.locator(".hit .hit-id").all_inner_texts()


def country_link(page, code: str):
    return page.locator(f"a.facet-value[href*='country={code}']").first


def run_journey(page, server, scenario: Scenario, *, javascript: bool) -> None:
    """Type a query, toggle two countries, sort, paginate, open a document, go back."""
    page.goto(f"{server.url}/?per_page={PER_PAGE}")
    if javascript:
        page.evaluate("window.__sameDocument = true")
    page.locator("#q").press_sequentially(scenario.word, delay=30)
    if not javascript:
        page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(rf"q={scenario.word}"))
    expect_status(page)
    assert hit_ids(page)

    first, second = scenario.countries
    for code in (first, second):
        link = country_link(page, code)
        if not link.is_visible():
            page.locator("#facet-country ~ details summary, .facet-more summary").first.click()
        country_link(page, code).click()
        page.wait_for_url(re.compile(rf"country={code}"))
    assert re.search(rf"country={first}", page.url) and re.search(rf"country={second}", page.url)
    assert page.locator(".chips a.chip:not(.chip-clear)").count() == 2

    page.locator("#sort").select_option("title")
    if not javascript:
        page.locator(".sort button").click()
    page.wait_for_url(re.compile(r"sort=title"))
    assert f"country={first}" in page.url, "sorting lost the filters"
    titles_page1 = hit_ids(page)

    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"[?&]page=2"))
    titles_page2 = hit_ids(page)
    assert titles_page2 and set(titles_page2).isdisjoint(titles_page1)
    page2_url = page.url
    if javascript:
        assert page.evaluate("window.__sameDocument") is True, "the page reloaded instead of updating in place"

    title = page.locator(".hit-title a").first.inner_text()
    page.locator(".hit-title a").first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    assert page.locator("h1").inner_text() == title
    assert page.locator(".doc-meta").is_visible()

    page.go_back()
    page.wait_for_url(page2_url)
    page.wait_for_function("document.querySelectorAll('.hit').length > 0")
    assert hit_ids(page) == titles_page2
    assert page.locator("#q").input_value() == scenario.word
    assert page.locator("#sort").input_value() == "title"

    page.go_back()
    page.wait_for_url(lambda url: "sort=title" in url and not re.search(r"[?&]page=2", url))
    page.wait_for_function("ids => JSON.stringify([...document.querySelectorAll('.hit .hit-id')].map(e => e.textContent)) === ids",
                           arg=json.dumps(titles_page1, separators=(",", ":")))
    assert hit_ids(page) == titles_page1


def expect_status(page) -> None:
    page.wait_for_function("/\\d/.test(document.getElementById('result-status').textContent)")


def test_journey_with_javascript(browser, live_server, scenario):
    run_journey(browser, live_server, scenario, javascript=True)


def test_journey_without_javascript(chromium, live_server, scenario):
    context = chromium.new_context(java_script_enabled=False)
    try:
        run_journey(context.new_page(), live_server, scenario, javascript=False)
    finally:
        context.close()


def test_typing_updates_results_without_reload(browser, live_server, scenario):
    browser.goto(live_server.url + "/")
    before = browser.locator("#result-status").inner_text()
    browser.evaluate("window.__sameDocument = true")
    requests = []
    browser.on("request", lambda request: requests.append(request.url))
    browser.locator("#q").press_sequentially(scenario.word, delay=20)
    browser.wait_for_url(re.compile(rf"q={scenario.word}"))
    browser.wait_for_function("before => document.getElementById('result-status').textContent !== before", arg=before)
    assert browser.evaluate("window.__sameDocument") is True
    partial_requests = [url for url in requests if "partial=1" in url]
    # debounced: far fewer requests than keystrokes
    assert 1 <= len(partial_requests) < len(scenario.word)


def test_phone_width_screenshot_and_no_horizontal_scroll(chromium, live_server, scenario, artifacts):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/?q={scenario.word}&country={scenario.countries[0]}")
        page.screenshot(path=str(artifacts / "search-phone.png"), full_page=False)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        # the search box comes before the facets on a phone, and is not auto-focused
        assert page.evaluate("document.activeElement.id") != "q"
        box = page.locator("#q").bounding_box()
        facets = page.locator(".facets").bounding_box()
        assert box["y"] < facets["y"]
        page.locator(".hit-title a").first.click()
        page.wait_for_url(re.compile(r"/documents/"))
        page.screenshot(path=str(artifacts / "document-phone.png"))
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def test_keyboard_reaches_search_facets_and_results(browser, live_server, scenario):
    browser.goto(f"{live_server.url}/?q={scenario.word}")
    browser.keyboard.press("Tab")
    assert browser.evaluate("document.activeElement.className") == "skip-link"
    browser.keyboard.press("Enter")
    focused = set()
    for _ in range(40):
        browser.keyboard.press("Tab")
        focused.add(browser.evaluate("document.activeElement.className || document.activeElement.id"))
    assert any("facet-value" in name for name in focused)
    browser.locator(f"a.facet-value[href*='country={scenario.countries[0]}']").first.focus()
    browser.keyboard.press("Enter")
    browser.wait_for_url(re.compile(rf"country={scenario.countries[0]}"))


def test_german_interface(browser, live_server, scenario):
    browser.goto(f"{live_server.url}/?q={scenario.word}&lang=de")
    assert browser.locator("label[for=q]").inner_text() == "Dokumente durchsuchen"
    assert re.search(r"Treffer", browser.locator("#result-status").inner_text())
    # interactive updates keep the language
    browser.locator(f"a.facet-value[href*='country={scenario.countries[0]}']").first.click()
    browser.wait_for_url(re.compile(r"lang=de"))
    assert browser.locator("#facet-country").inner_text() == "Land"
