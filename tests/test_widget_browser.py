"""The widget in a real browser, embedded in pages served from other origins than projsearch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_TIMEOUT
from tests.conftest import start_server, stop_server, write_documents_index
from tests.widgetkit import (
    ERASMUS, ERASMUS_WETLANDS, HOSTILE_TITLE, INTERREG, INTERREG_WETLANDS, RTL_PROGRAMME, RTL_TITLE, HostSite,
    contrast, css_colour, host_pages, host_site, widget_documents,
)
from webui.i18n import translations

pytestmark = pytest.mark.browser

INTERREG_HITS = INTERREG_WETLANDS + 1  # the hostile document is an Interreg one too


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """projsearch on one port; the same host pages on an allowed and on a refused origin."""
    base = tmp_path_factory.mktemp("widget-sites")
    root = base / "root"
    root.mkdir()
    index_dir = write_documents_index(base / "index", widget_documents(root))
    pages_dir = base / "pages"
    pages_dir.mkdir()
    with host_site(pages_dir) as allowed, host_site(pages_dir) as refused:
        process, server = start_server(index_dir, env={"PROJSEARCH_WIDGET_ORIGINS": f"{allowed.origin},https://other.example"})
        try:
            for name, html in host_pages(f"{server}/widget.js").items():
                (pages_dir / name).write_text(html, encoding="utf-8")
            yield {"server": server, "allowed": allowed, "refused": refused, "index": index_dir}
        finally:
            stop_server(process)


def widget(page, selector: str = "#w"):
    return page.locator(selector)


def search(page, text: str, selector: str = "#w") -> None:
    box = widget(page, selector).locator("input[type=search]")
    box.fill(text)
    box.press("Enter")


def results(page, selector: str = "#w"):
    return widget(page, selector).locator("li.result")


def wait_for_status(page, pattern: str, selector: str = "#w") -> None:
    status = widget(page, selector).locator("p.status")
    status.filter(has_text=re.compile(pattern)).wait_for(timeout=10_000)


def test_search_is_restricted_to_the_preset_programme_pages_through_and_follows_a_result(browser, sites):
    allowed: HostSite = sites["allowed"]  # type: ignore[assignment]
    requests: list[str] = []
    browser.on("request", lambda request: requests.append(request.url) if "/api/search" in request.url else None)
    browser.goto(allowed.url("one.html"))
    search(browser, "wetland")
    wait_for_status(browser, rf"^{INTERREG_HITS} results for “wetland”$")
    assert results(browser).count() == 5
    metas = results(browser).locator(".meta").all_inner_texts()
    assert all(INTERREG in meta and ERASMUS not in meta for meta in metas)
    assert all("programme=Interreg+Europe" in url for url in requests)

    pager = widget(browser).locator("nav.pager")
    assert pager.locator("[part~=pager-info]").inner_text() == "Page 1 of 3"
    first_page = results(browser).locator("a.title").all_inner_texts()
    pager.locator("button", has_text="Next").click()
    pager.locator("[part~=pager-info]", has_text="Page 2 of 3").wait_for()
    second_page = results(browser).locator("a.title").all_inner_texts()
    assert len(second_page) == 5 and not set(first_page) & set(second_page)
    pager.locator("button", has_text="Next").click()
    pager.locator("[part~=pager-info]", has_text="Page 3 of 3").wait_for()
    assert results(browser).count() == INTERREG_HITS - 10
    assert pager.locator("button", has_text="Next").is_disabled()

    full = widget(browser).locator("a[part=full-search]")
    assert full.get_attribute("href").startswith(sites["server"] + "/?q=wetland&programme=Interreg+Europe")

    title = results(browser).locator("a.title").first
    expected = title.inner_text()
    title.click()
    browser.wait_for_url(re.compile(re.escape(str(sites["server"])) + r"/documents/interreg/"))
    assert expected in browser.locator("h1").inner_text()


def test_visitor_refines_within_the_preset_with_a_facet(browser, sites):
    browser.goto(sites["allowed"].url("one.html"))
    search(browser, "wetland")
    wait_for_status(browser, rf"^{INTERREG_HITS} results")
    facets = widget(browser).locator("details.facets")
    facets.locator("summary").click()
    legends = facets.locator("legend").all_inner_texts()
    assert legends == ["Country", "Year"]
    country_options = facets.locator("fieldset[data-facet=country] label").all_inner_texts()
    assert any(option.startswith("Poland") for option in country_options)
    assert not any(option.startswith("France") for option in country_options)  # Erasmus only: outside the preset
    facets.locator("label", has_text="Poland").click()
    wait_for_status(browser, r"^7 results")  # 6 Interreg wetland pages in Poland + the hostile one
    assert all("Poland" in meta for meta in results(browser).locator(".meta").all_inner_texts())


def test_keyboard_moves_through_results_and_status_is_live(browser, sites):
    browser.goto(sites["allowed"].url("one.html"))
    search(browser, "wetland")
    wait_for_status(browser, r"results")
    status = widget(browser).locator("p.status")
    assert status.get_attribute("aria-live") == "polite"
    assert widget(browser).locator("label[part=label]").inner_text() == "Search project documents"
    box = widget(browser).locator("input[type=search]")
    box.focus()
    box.press("ArrowDown")
    titles = results(browser).locator("a.title")
    active = "el => el.shadowRoot.activeElement && el.shadowRoot.activeElement.textContent"
    assert widget(browser).evaluate(active) == titles.nth(0).inner_text()
    browser.keyboard.press("ArrowDown")
    browser.keyboard.press("ArrowDown")
    assert widget(browser).evaluate(active) == titles.nth(2).inner_text()
    browser.keyboard.press("End")
    assert widget(browser).evaluate(active) == titles.nth(4).inner_text()
    browser.keyboard.press("Escape")
    assert widget(browser).evaluate("el => el.shadowRoot.activeElement.getAttribute('type')") == "search"


def test_origin_not_in_the_allow_list_gets_a_clear_message(browser, sites):
    refused: HostSite = sites["refused"]  # type: ignore[assignment]
    browser.goto(refused.url("one.html"))
    search(browser, "wetland")
    error = widget(browser).locator("[role=alert]")
    error.wait_for(timeout=10_000)
    assert "could not be reached from this site" in error.inner_text()
    assert results(browser).count() == 0
    assert widget(browser).get_attribute("data-state") == "error"


def test_two_widgets_with_different_presets_do_not_interfere(browser, sites):
    browser.goto(sites["allowed"].url("two.html"))
    search(browser, "wetland", "#a")
    wait_for_status(browser, rf"^{INTERREG_HITS} results", "#a")
    assert widget(browser, "#b").locator("input[type=search]").input_value() == ""
    assert results(browser, "#b").count() == 0

    search(browser, "wetland", "#b")
    wait_for_status(browser, rf"^{ERASMUS_WETLANDS} Treffer für „wetland“$", "#b")
    assert results(browser, "#b").count() == 3
    assert all(ERASMUS in meta for meta in results(browser, "#b").locator(".meta").all_inner_texts())
    assert widget(browser, "#b").locator("button[part~=next]").inner_text() == "Weiter"
    # The first widget still shows its own programme, page and language.
    assert results(browser, "#a").count() == 5
    assert all(INTERREG in meta for meta in results(browser, "#a").locator(".meta").all_inner_texts())
    assert widget(browser, "#a").locator("[part~=pager-info]").inner_text() == "Page 1 of 3"
    dark_bg = widget(browser, "#b").locator("div.root").evaluate("el => getComputedStyle(el).backgroundColor")
    light_bg = widget(browser, "#a").locator("div.root").evaluate("el => getComputedStyle(el).backgroundColor")
    assert (dark_bg, light_bg) == ("rgb(23, 25, 29)", "rgb(255, 255, 255)")


def test_aggressive_host_css_does_not_break_the_widget(browser, sites):
    browser.goto(sites["allowed"].url("aggressive.html"))
    search(browser, "wetland")
    wait_for_status(browser, rf"^{INTERREG_HITS} results")
    box = widget(browser).locator("input[type=search]")
    assert box.is_visible()
    titles = results(browser).locator("a.title")
    assert titles.count() == 5 and titles.first.is_visible()
    style = titles.first.evaluate(
        "el => { const s = getComputedStyle(el); return [s.color, s.pointerEvents, s.textTransform, s.position]; }"
    )
    assert style[0] != "rgb(255, 0, 0)" and style[1:] == ["auto", "none", "static"]
    items = results(browser).evaluate_all("els => els.map(el => el.getBoundingClientRect().height)")
    assert all(height > 20 for height in items)  # not squashed to 3px
    mark = results(browser).locator("mark").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert mark not in ("rgb(0, 0, 0)", "rgba(0, 0, 0, 0)")
    widget(browser).locator("button", has_text="Next").click()
    widget(browser).locator("[part~=pager-info]", has_text="Page 2 of 3").wait_for()


def test_hostile_document_content_does_not_execute(browser, sites):
    dialogs: list[str] = []
    browser.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    browser.goto(sites["allowed"].url("one.html"))
    search(browser, "restoration notes bold")
    wait_for_status(browser, r"^\d+ results?")
    hit = results(browser).first  # the only document with every word comes first
    assert hit.locator("a.title").inner_text().replace("\u200b", "") == HOSTILE_TITLE
    snippet = hit.locator(".snippet").inner_text().replace("\u200b", "")
    assert "<script>window.__pwned=3</script>" in snippet and "<img src=x onerror" in snippet
    assert "&amp; &lt;b&gt;bold" in snippet  # the text's own entities stay text, decoded once
    assert "javascript:" not in (hit.locator("a").evaluate_all("els => els.map(a => a.href).join(' ')"))
    shadow_elements = widget(browser).evaluate(
        "el => [...el.shadowRoot.querySelectorAll('*')].map(node => node.tagName.toLowerCase())"
    )
    assert not {"script", "img", "iframe", "object", "b"} & set(shadow_elements)
    assert "mark" in shadow_elements
    browser.wait_for_timeout(300)  # give a would-be onerror handler the time to fire
    assert browser.evaluate("window.__pwned") is None
    assert dialogs == []


def test_iframe_fallback_works_without_javascript_on_an_allowed_origin(chromium, sites):
    allowed: HostSite = sites["allowed"]  # type: ignore[assignment]
    embed = f"{sites['server']}/embed?programme=Interreg+Europe&q=wetland&per_page=5&lang=pl"
    page_path = Path(allowed.directory) / "iframe.html"
    page_path.write_text(
        f'<!doctype html><html><body><iframe id="f" src="{embed}" title="search" style="width:100%;height:40em">'
        "</iframe></body></html>",
        encoding="utf-8",
    )
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(allowed.url("iframe.html"))
        frame = page.frame_locator("#f")
        frame.locator("p.status", has_text=f"{INTERREG_HITS} wyników dla „wetland”").wait_for(timeout=10_000)
        assert frame.locator("ol > li").count() == 5
        assert frame.locator("a.title").first.get_attribute("target") == "_top"
        frame.locator("a[rel=next]").click()
        frame.locator("nav span", has_text="Strona 2 z 3").wait_for()
    finally:
        context.close()


def test_theming_variables_parts_host_font_and_show_more(browser, sites):
    browser.goto(sites["allowed"].url("themed.html"))
    search(browser, "wetland", "#t")
    wait_for_status(browser, rf"^{INTERREG_HITS} résultats pour « wetland »$", "#t")
    title = results(browser, "#t").locator("a.title").first
    looks = title.evaluate("el => [getComputedStyle(el).color, getComputedStyle(el).fontFamily]")
    assert looks[0] == "rgb(0, 128, 0)" and "DejaVu Serif" in looks[1]
    snippet_style = results(browser, "#t").locator(".snippet").first.evaluate("el => getComputedStyle(el).fontStyle")
    assert snippet_style == "italic"
    radius = widget(browser, "#t").locator("input[type=search]").evaluate("el => getComputedStyle(el).borderTopLeftRadius")
    assert radius == "0px"
    assert results(browser, "#t").count() == 4
    more = widget(browser, "#t").locator("button[part=more]")
    assert more.inner_text() == "Afficher plus de résultats"
    more.click()
    results(browser, "#t").nth(7).wait_for()
    assert results(browser, "#t").count() == 8
    active = widget(browser, "#t").evaluate("el => el.shadowRoot.activeElement.textContent")
    assert active == results(browser, "#t").nth(4).locator("a.title").inner_text()  # focus moves to the new ones


def test_dark_theme_follows_the_visitor_unless_the_embedder_fixes_it(chromium, sites):
    context = chromium.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(sites["allowed"].url("one.html"))
        page.evaluate("""() => {
            const fixed = document.createElement('projsearch-widget');
            fixed.id = 'light'; fixed.setAttribute('theme', 'light');
            document.body.append(fixed);
        }""")
        backgrounds = [
            page.locator(selector).locator("div.root").evaluate("el => getComputedStyle(el).backgroundColor")
            for selector in ("#w", "#light")
        ]
        assert backgrounds == ["rgb(23, 25, 29)", "rgb(255, 255, 255)"]
    finally:
        context.close()


def test_documentation_page_builds_the_snippet_and_runs_a_live_demo(browser, sites):
    server = sites["server"]
    browser.goto(f"{server}/widget")
    demo = browser.locator("#widget-demo projsearch-widget")
    padding = demo.locator("div.root").evaluate("el => getComputedStyle(el).paddingTop")
    assert padding != "0px"  # the widget's styles apply under the page's strict style-src policy
    browser.locator("#b-programme").fill(ERASMUS)
    browser.locator("#b-lang").select_option("de")
    code = browser.locator("#snippet-code")
    browser.wait_for_function(
        "() => document.getElementById('snippet-code').textContent.includes('lang=\"de\"')", timeout=10_000
    )
    assert f'programme="{ERASMUS}"' in code.inner_text()
    assert "programme=Erasmus%2B" in browser.url
    box = browser.locator("#widget-demo projsearch-widget input[type=search]")
    box.fill("wetland")
    box.press("Enter")
    status = browser.locator("#widget-demo projsearch-widget p.status")
    status.filter(has_text=f"{ERASMUS_WETLANDS} Treffer").wait_for(timeout=10_000)


# ---------------------------------------------------------------- what became of the query; right-to-left text


def notices(page, selector: str = "#w"):
    return widget(page, selector).locator("p.status [part=notice]")


def test_widget_says_in_its_language_when_the_words_were_not_read_as_written(browser, sites):
    browser.goto(sites["allowed"].url("two.html"))
    search(browser, '"wetland restoration', "#a")
    wait_for_status(browser, rf'^{INTERREG_HITS} results for “"wetland restoration”', "#a")
    assert notices(browser, "#a").all_inner_texts() == [NOTE_MALFORMED]
    # inside the polite status, so it is read out with the count
    assert notices(browser, "#a").locator("xpath=..").get_attribute("aria-live") == "polite"
    looks = notices(browser, "#a").evaluate("el => [getComputedStyle(el).display, getComputedStyle(el).borderInlineStartStyle]")
    assert looks == ["block", "solid"]

    search(browser, "AND OR", "#a")
    wait_for_status(browser, r"“AND OR”", "#a")
    assert notices(browser, "#a").all_inner_texts() == [NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE]
    search(browser, "wetland restoration", "#a")
    wait_for_status(browser, rf"^{INTERREG_HITS} results for “wetland restoration”$", "#a")
    assert notices(browser, "#a").count() == 0

    search(browser, '"wetland', "#b")
    wait_for_status(browser, rf'^{ERASMUS_WETLANDS} Treffer für „"wetland“', "#b")
    german = translations("de").gettext(NOTE_MALFORMED)
    assert german != NOTE_MALFORMED and notices(browser, "#b").all_inner_texts() == [german]


@pytest.fixture(scope="module")
def stopped_server(sites) -> Iterator[str]:
    """A second server whose searches are all stopped at once by the time limit."""
    process, server = start_server(
        sites["index"], env={"PROJSEARCH_WIDGET_ORIGINS": sites["allowed"].origin, "PROJSEARCH_SEARCH_TIME_LIMIT": "0"},
    )
    try:
        yield server
    finally:
        stop_server(process)


def test_widget_says_when_the_search_was_stopped(browser, sites, stopped_server):
    allowed: HostSite = sites["allowed"]  # type: ignore[assignment]
    (Path(allowed.directory) / "stopped.html").write_text(
        f'<!doctype html><html lang="it"><head><meta charset="utf-8"><script src="{stopped_server}/widget.js" defer>'
        '</script></head><body><projsearch-widget id="w" per-page="5"></projsearch-widget></body></html>',
        encoding="utf-8",
    )
    browser.goto(allowed.url("stopped.html"))
    search(browser, "wetland")
    notices(browser).first.wait_for(timeout=10_000)
    assert notices(browser).all_inner_texts() == [translations("it").gettext(NOTE_TIMEOUT)]


def test_right_to_left_titles_facet_values_and_query_are_isolated(browser, sites):
    browser.goto(sites["allowed"].url("open.html"))
    search(browser, "mangrove restoration", "#o")
    wait_for_status(browser, r"^\d+ results for “mangrove restoration”$", "#o")
    hit = results(browser, "#o").first  # the only document with both words
    title = hit.locator("a.title")
    assert title.inner_text() == RTL_TITLE
    direction = "el => [el.getAttribute('dir'), getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi]"
    assert title.evaluate(direction) == ["auto", "rtl", "isolate"]  # its own direction, read from its text
    assert hit.locator(".snippet").get_attribute("dir") == "auto"
    programme = hit.locator(".meta bdi", has_text=RTL_PROGRAMME)
    assert programme.evaluate(direction) == [None, "rtl", "isolate"]

    facets = widget(browser, "#o").locator("details.facets")
    facets.locator("summary").click()
    option = facets.locator("label", has_text=RTL_PROGRAMME)
    value = option.locator("bdi")
    assert value.inner_text() == RTL_PROGRAMME and value.evaluate(direction) == [None, "rtl", "isolate"]
    count = option.locator(".count")
    assert count.inner_text() == "(1)" and count.bounding_box()["x"] > value.bounding_box()["x"]  # the count stays after it

    search(browser, "المانغروف", "#o")
    wait_for_status(browser, r"^1 result for “المانغروف”$", "#o")
    echoed = widget(browser, "#o").locator("p.status bdi")
    assert echoed.inner_text() == "المانغروف" and echoed.evaluate(direction) == [None, "rtl", "isolate"]
    assert widget(browser, "#o").locator("input[type=search]").get_attribute("dir") == "auto"


# ---------------------------------------------------------------- a refused setting; a custom accent on dark


def test_a_refused_preset_is_said_as_a_setting_with_the_servers_reason(browser, sites):
    browser.goto(sites["allowed"].url("bad-preset.html"))
    error = widget(browser).locator("[role=alert]")
    error.wait_for(timeout=10_000)
    # The direction override is spelt out by the server (\u202e), so it cannot turn the sentence round.
    reason = "country muss ein Ländercode aus zwei Buchstaben wie DE sein, nicht 'Germany\\u202e'"
    assert error.inner_text() == f"Der Server hat die Einstellungen dieser Suche abgelehnt: {reason}"
    assert error.locator("bdi").inner_text() == reason  # the server's words, isolated and as text
    assert "nicht verfügbar" not in error.inner_text()


def test_a_custom_accent_stays_readable_on_the_dark_theme(browser, sites):
    browser.goto(sites["allowed"].url("dark-accent.html"))
    results(browser).first.wait_for(timeout=10_000)
    root = widget(browser).locator("div.root")
    background = root.evaluate("el => getComputedStyle(el).backgroundColor")
    link = results(browser).locator("a.title").first.evaluate("el => getComputedStyle(el).color")
    button = widget(browser).locator("button[part=button]")
    button_text, button_ground = button.evaluate("el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]")
    assert contrast(link, background) >= 4.5, (link, background)
    assert contrast(button_text, button_ground) >= 4.5, (button_text, button_ground)
    # The accent is still the embedder's, only lighter: blue stays blue.
    red, green, blue = css_colour(link)
    assert blue > green > red
    plain = widget(browser).evaluate("el => { el.style.removeProperty('--projsearch-accent'); return 1; }")
    assert plain == 1
    assert css_colour(results(browser).locator("a.title").first.evaluate("el => getComputedStyle(el).color")) == css_colour("rgb(140, 184, 255)")


# Where the status line's pieces are drawn: the echoed words, and the closing quote after them.
DRAWN = """el => {
  const status = el.shadowRoot.querySelector('p.status');
  const words = status.querySelector('bdi');
  const after = document.createRange();
  after.setStart(words.nextSibling, 0);
  after.setEnd(words.nextSibling, 1);
  return [words.getBoundingClientRect().right, after.getBoundingClientRect().left, status.textContent];
}"""


def test_a_direction_override_in_the_words_stays_inside_their_echo(browser, sites):
    browser.goto(sites["allowed"].url("one.html"))
    search(browser, "wetland \u202eabc")
    wait_for_status(browser, r"results for")
    words_end, quote_start, text = widget(browser).evaluate(DRAWN)
    assert text == f"{INTERREG_HITS} results for “wetland \u202eabc”"
    assert quote_start >= words_end - 1  # the closing quote is drawn after the words, not turned round before them


@pytest.mark.parametrize("theme", ["light", "auto"])
def test_a_pale_custom_accent_is_darkened_until_it_reads_on_the_light_theme(browser, sites, theme):
    browser.emulate_media(color_scheme="light")
    browser.goto(f"{sites['server']}/embed?theme={theme}&accent=%23ffff00&programme=Interreg+Europe")
    link = browser.locator("a.title").first
    link.wait_for(timeout=10_000)
    background = browser.evaluate("getComputedStyle(document.body).backgroundColor")
    assert css_colour(background) == css_colour("rgb(255, 255, 255)")
    colour = link.evaluate("el => getComputedStyle(el).color")
    button_text, button_ground = browser.locator("button[type=submit]").evaluate(
        "el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]")
    assert contrast(colour, background) >= 4.5, (colour, background)
    assert contrast(button_text, button_ground) >= 4.5, (button_text, button_ground)
    # Still the embedder's yellow, only darker: red and green alike, no blue.
    red, green, blue = css_colour(colour)
    assert abs(red - green) < 0.01 and blue < 0.05
