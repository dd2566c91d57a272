"""The search page's controls in a real Chromium: in-page links move the keyboard
and fetch nothing, the toolbar labels stay whole on a phone in every interface language, the pager
and the search box's limit."""

from __future__ import annotations

import re

import pytest

from indexer.search.request import MAX_TEXT_CHARS
from tests.conftest import WIDTHS
from webui.i18n import available_locales

pytestmark = pytest.mark.browser

WORD = "energy"  # in many documents of corpus/, from several countries


def _page(chromium, width: str):
    context = chromium.new_context(viewport=WIDTHS[width], is_mobile=width == "phone")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    return context, page, errors, fetched


def _searches(fetched: list[str]) -> list[str]:
    return [url for url in fetched if "partial=1" in url]


def test_the_skip_link_moves_the_keyboard_to_the_results_without_a_new_search(chromium, live_server):
    context, page, errors, fetched = _page(chromium, "desktop")
    try:
        page.goto(f"{live_server.url}/?q={WORD}")
        assert page.locator(".facets a.facet-value").count(), "the page should have facet values to skip"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement.id === 'main'")
        page.wait_for_timeout(500)  # room for a fetch, if one were made
        assert _searches(fetched) == []
        assert page.url.endswith("#main")
        page.keyboard.press("Tab")
        # The next stop is in the results, not the first facet value before them.
        assert page.evaluate("!!document.activeElement.closest('#main')"), page.evaluate("document.activeElement.outerHTML")
        # Back from #main is the same search too: nothing is fetched.
        page.go_back()
        page.wait_for_timeout(500)
        assert _searches(fetched) == []
        # A real change of search through the history still updates the results.
        page.locator("#sort").select_option("title")
        page.wait_for_url(re.compile(r"sort=title"))
        page.go_back()
        page.wait_for_function("() => document.getElementById('sort').value === ''")
        assert len(_searches(fetched)) == 2
        assert errors == []
    finally:
        context.close()


def test_refine_results_on_a_phone_moves_the_keyboard_to_the_facets_without_a_new_search(chromium, live_server):
    context, page, errors, fetched = _page(chromium, "phone")
    try:
        page.goto(f"{live_server.url}/?q={WORD}")
        page.locator("a.to-facets").click()
        page.wait_for_function("() => document.activeElement.id === 'refine'")
        page.wait_for_timeout(500)
        assert _searches(fetched) == []
        page.keyboard.press("Tab")
        assert page.evaluate("!!document.activeElement.closest('#refine')")
        assert errors == []
    finally:
        context.close()


LABEL_LINES = """() => [...document.querySelectorAll('.sort label')].map(label => {
  const range = document.createRange();
  range.selectNodeContents(label);
  const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
  const control = document.getElementById(label.htmlFor).getBoundingClientRect();
  return {text: label.textContent, lines: tops.size, right: Math.max(label.getBoundingClientRect().right, control.right)};
})"""


@pytest.mark.parametrize("locale", available_locales())
def test_toolbar_labels_stay_whole_on_a_phone(chromium, live_server, artifacts, locale):
    context, page, errors, _ = _page(chromium, "phone")
    try:
        page.goto(f"{live_server.url}/?q={WORD}&lang={locale}")
        page.locator(".toolbar").screenshot(path=str(artifacts / f"toolbar-phone-{locale}.png"))
        labels = page.evaluate(LABEL_LINES)
        assert len(labels) == 2
        for label in labels:
            assert label["lines"] == 1, f"{locale}: {label['text']!r} is broken over {label['lines']} lines"
            assert label["right"] <= 390, f"{locale}: {label['text']!r} and its control run off the screen"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert errors == []
    finally:
        context.close()


def test_the_pager_links_the_last_page_from_the_keyboard(chromium, live_server):
    context, page, errors, _ = _page(chromium, "desktop")
    try:
        page.goto(f"{live_server.url}/?per_page=2")
        pages = int(re.search(r"of (\d+)", page.locator(".page-of").inner_text()).group(1))
        assert pages > 5
        last = page.locator(".pagination a", has_text=re.compile(rf"^{pages}$"))
        last.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"[?&]page={pages}\b"))
        page.wait_for_function(f"() => document.querySelector('.pagination [aria-current=page]').textContent === '{pages}'")
        assert page.locator(".page-of").inner_text() == f"Page {pages} of {pages}"
        assert page.evaluate("document.activeElement.id") == "main"
        assert errors == []
    finally:
        context.close()


def test_the_search_box_stops_at_the_limit_and_says_so(chromium, live_server):
    context, page, errors, _ = _page(chromium, "desktop")
    try:
        page.goto(f"{live_server.url}/")
        assert page.locator("#q-limit").inner_text() == ""
        page.locator("#q").evaluate("(box, n) => { box.value = 'a'.repeat(n - 2); }", MAX_TEXT_CHARS)
        page.locator("#q").press_sequentially("bcde")
        assert len(page.locator("#q").input_value()) == MAX_TEXT_CHARS
        assert page.locator("#q-limit").inner_text() == f"At most {MAX_TEXT_CHARS:,} characters can be searched."
        page.locator("#q").press("Backspace")
        assert page.locator("#q-limit").inner_text() == ""
        assert errors == []
    finally:
        context.close()
