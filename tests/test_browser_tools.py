"""Finding a value in a long facet, the year histogram, the per-page selector and PDF page links,
in a real Chromium at desktop and phone widths, with and without JavaScript."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.conftest import WIDTHS

pytestmark = pytest.mark.browser


def _page(chromium, width: str, javascript: bool = True):
    context = chromium.new_context(viewport=WIDTHS[width], is_mobile=width == "phone", java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


@pytest.fixture(params=sorted(WIDTHS))
def width(request):
    return request.param


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def _args(url: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(url).query))


def test_facet_filter_narrows_countries_in_place(chromium, width, live_server, artifacts):
    context, page, errors = _page(chromium, width)
    page.goto(f"{live_server.url}/?lang=de")
    box = page.locator("#facet-filter-country")
    box.scroll_into_view_if_needed()
    box.fill("österr")  # the German name of Austria, typed with its accent
    visible = page.locator("#facet-values-country li:visible .facet-label").all_inner_texts()
    assert visible == ["Österreich"], visible
    box.fill("OSTERREICH")  # any case, no accent
    assert page.locator("#facet-values-country li:visible .facet-label").all_inner_texts() == ["Österreich"]
    page.screenshot(path=str(artifacts / f"facet-filter-{width}.png"), full_page=True)
    assert _fits(page)
    box.fill("zzz")
    assert page.locator("#facet-values-country li:visible").count() == 0
    assert page.locator("#facet-filter-country ~ .facet-no-match").inner_text() == "Kein Wert passt."
    box.fill("")
    assert page.locator("#facet-values-country li:visible").count() > 12
    box.fill("pol")
    box.press("Enter")  # narrows the facet; the search itself is not submitted
    page.locator("#facet-values-country li:visible a").first.click()
    page.wait_for_url(re.compile(r"country=PL"))
    assert ("lang", "de") in _args(page.url)
    context.close()
    assert not errors, errors


def test_show_all_values_without_javascript(chromium, width, live_server, artifacts):
    context, page, errors = _page(chromium, width, javascript=False)
    page.goto(f"{live_server.url}/?q=water&per_page=20")
    assert not page.locator(".facet-filter").first.is_visible(), "the filter box needs JavaScript"
    page.locator(".facet[aria-labelledby=facet-country] .facet-all a").click()
    page.wait_for_url(re.compile(r"/facets/country\?"))
    page.locator("#filter").fill("pol")
    page.locator(".facet-page-filter button").click()
    page.wait_for_url(re.compile(r"filter=pol"))
    page.screenshot(path=str(artifacts / f"facet-all-{width}.png"), full_page=True)
    assert _fits(page)
    assert page.locator(".facet-value .facet-label").all_inner_texts() == ["Poland"]
    page.locator(".facet-value").first.click()
    page.wait_for_url(re.compile(r"/\?"))
    assert _args(page.url) == [("country", "PL"), ("per_page", "20"), ("q", "water")]
    assert page.locator(".chip").first.inner_text().startswith("Poland")
    context.close()
    assert not errors, errors


def test_year_histogram_bars_are_links_with_text(chromium, width, live_server, artifacts):
    context, page, errors = _page(chromium, width)
    page.goto(f"{live_server.url}/?q=water")
    bars = page.locator(".year-histogram a.bar")
    assert bars.count() >= 2
    texts = bars.all_text_contents()
    assert all(re.fullmatch(r"\d{4}: \d+ documents?", text) for text in texts), texts
    assert bars.first.get_attribute("title") == texts[0]
    gaps = page.locator(".year-histogram span.bar")
    assert gaps.count() >= 1, "a year without documents between two with some shows as a gap"
    box = page.locator(".year-histogram .bars").bounding_box()
    assert box["width"] > 100 and box["height"] > 30
    page.locator(".year-histogram").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"histogram-{width}.png"), full_page=True)
    assert _fits(page)
    year = texts[0][:4]
    bars.first.click()
    page.wait_for_url(re.compile(rf"year={year}"))
    page.wait_for_function("document.querySelector('.year-histogram a.bar.selected') !== null")
    assert all(year in " ".join(hit) for hit in [page.locator(".hit .hit-meta").first.inner_text().split()])
    context.close()
    assert not errors, errors


def test_per_page_selector_with_and_without_javascript(chromium, width, live_server, artifacts):
    for javascript in (True, False):
        context, page, errors = _page(chromium, width, javascript)
        page.goto(f"{live_server.url}/?country=DE")
        assert page.locator(".hit").count() == 10
        page.select_option("#per_page", "20")
        if not javascript:
            page.locator(".sort button[type=submit]").click()
        page.wait_for_url(re.compile(r"per_page=20"))
        page.wait_for_function("document.querySelectorAll('.hit').length > 10")
        total = int(re.search(r"\d+", page.locator("#result-status").inner_text()).group())
        assert page.locator(".hit").count() == min(20, total)
        hrefs = page.locator(".facet-value").evaluate_all("links => links.map(link => link.getAttribute('href'))")
        assert hrefs and all("per_page=20" in href for href in hrefs)
        if javascript:
            page.screenshot(path=str(artifacts / f"per-page-{width}.png"), full_page=False)
        assert _fits(page)
        context.close()
        assert not errors, errors


def test_pdf_hit_links_to_the_page_of_its_passage(chromium, width, live_server, artifacts):
    context, page, errors = _page(chromium, width)
    page.goto(f"{live_server.url}/?q=flood+warning&kind=report")
    link = page.locator(".hit .passage-page").first
    href = link.get_attribute("href")
    number = re.fullmatch(r"/documents/(.+)/file#page=(\d+)", href)
    assert number, href
    assert link.inner_text() == f"PDF, page {number.group(2)}"
    page.screenshot(path=str(artifacts / f"pdf-hit-{width}.png"), full_page=False)
    assert _fits(page)
    api = page.request.get(f"{live_server.url}/api/search?q=flood+warning&kind=report").json()
    first = api["hits"][0]
    assert first["passage_url"] == f"/documents/{first['id']}/file#page={first['snippet_page']}"
    assert first["languages"], "hits carry the document's languages"
    languages = page.locator(".hit").first.locator(".hit-meta").inner_text()
    assert any(name in languages for name in ("English", "Polish", "German", "Italian", "Croatian"))
    context.close()
    assert not errors, errors
