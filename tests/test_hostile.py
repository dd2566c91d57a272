"""Hostile documents and queries: nothing they carry executes, nothing breaks the layout."""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import make_document, start_server, stop_server, write_documents_index
from indexer.documents import Evidence

pytestmark = pytest.mark.browser

FLAG = "window.__pwned=1"
RLO = "\u202e"
LONG_WORD = "Supercalifragilistic" * 60
PAYLOADS = (
    f"<script>{FLAG}</script>",
    f'<img src=x onerror="{FLAG}">',
    f'"><svg onload="{FLAG}">',
    f"javascript:{FLAG}",
    f"{RLO}fdp.exe",
)
TITLE = "Hostile " + " ".join(PAYLOADS)
BODY = " ".join(["hostile", *PAYLOADS, LONG_WORD, f"{RLO}evil text{RLO}", "cycling"] * 3)


def write_hostile_corpus(root: Path) -> None:
    """Files whose names, titles, bodies and sidecar values all carry markup and tricks."""
    root.mkdir(parents=True)
    names = ["<script>x<\u2044script>.html", "img onerror=alert(1).html", f"{RLO}lmth.txt", "quote\"'.html"]
    for n, name in enumerate(names):
        path = root / name
        if name.endswith(".txt"):
            path.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
        else:
            escaped_title = TITLE.replace("<", "&lt;")  # the title element holds text, as a real page would
            path.write_text(
                f"<!doctype html><html><head><title>{escaped_title}</title>"
                f"<script>{FLAG}</script></head><body><main><h1>{escaped_title}</h1>"
                f"<p>{BODY}</p><img src=x onerror=\"{FLAG}\"><a href=\"javascript:{FLAG}\">link</a>"
                f"<p>{BODY}</p></main></body></html>",
                encoding="utf-8",
            )
        sidecar = {
            "title": f"{TITLE} {n}",
            "programme": [f"<b>Programme</b><script>{FLAG}</script>", LONG_WORD[:300]],
            "acronym": f"<img src=x onerror=\"{FLAG}\">",
            "url": f"https://example.org/\"><script>{FLAG}</script>",
            "countries": ["DE", "PL"],
            "years": [2020],
        }
        (root / f"{name}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")


def hostile_records(root: Path) -> list:
    """Values no sidecar accepts (a javascript: URL, markup in evidence) straight into the index."""
    return [
        make_document(
            f"records/{n}-{RLO}{payload[:12]}.html", f"{payload} {LONG_WORD[:200]}", BODY, root=root,
            url=url, programmes=(payload,), countries=("SI",), years=(2019,),
            evidence=(Evidence("programme", payload, "text", payload), Evidence("country", "SI", "html", payload)),
            acronym=payload,
        )
        for n, (payload, url) in enumerate(zip(PAYLOADS, [f"javascript:{FLAG}", f"JaVaScRiPt:{FLAG}",
                                                          f"data:text/html,<script>{FLAG}</script>",
                                                          f"  javascript:{FLAG}", "vbscript:msgbox(1)"]))
    ]


@pytest.fixture(scope="module")
def hostile_servers(tmp_path_factory):
    from indexer.index.pipeline import index_paths

    base = tmp_path_factory.mktemp("hostile")
    write_hostile_corpus(base / "corpus")
    report = index_paths([base / "corpus"], base / "files-index", workers=1)
    assert report.added >= 3, report.to_dict()
    records_index = write_documents_index(base / "records-index", hostile_records(base / "records"))
    servers = [start_server(base / "files-index"), start_server(records_index)]
    yield [url for _, url in servers]
    for process, _ in servers:
        stop_server(process)


def watched_page(context):
    page = context.new_page()
    events: list[str] = []
    page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: events.append(f"console: {message.text}") if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: events.append(f"pageerror: {error}"))
    return page, events


def assert_inert(page, events: list[str]) -> None:
    assert page.evaluate("window.__pwned") is None, "a payload ran"
    assert not events, events
    # the only script is ours; no element carries an event handler; no script: links
    assert page.evaluate("[...document.scripts].every(s => s.src.endsWith('/static/projsearch.js'))")
    assert page.evaluate("[...document.querySelectorAll('*')].every(e => ![...e.attributes].some(a => a.name.startsWith('on')))")
    assert page.evaluate("[...document.querySelectorAll('a[href]')].every(a => /^(https?:|\\/|\\?|#)/.test(a.getAttribute('href')))")
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0


def visit_everything(page, events, base_url: str) -> list[str]:
    visited = []
    for url in (f"{base_url}/", f"{base_url}/?q=hostile", f"{base_url}/?q=hostile&lang=de"):
        page.goto(url)
        assert_inert(page, events)
        visited.append(page.url)
    documents = page.locator(".hit-title a").evaluate_all("links => links.map(a => a.href)")
    assert len(documents) >= 3
    for href in documents:
        page.goto(href)
        assert page.locator("h1").count() == 1
        assert_inert(page, events)
        visited.append(page.url)
    return visited


def test_hostile_documents_render_as_text(chromium, hostile_servers):
    context = chromium.new_context()
    try:
        for base_url in hostile_servers:
            page, events = watched_page(context)
            visit_everything(page, events, base_url)
            # the payloads are visible as text, not swallowed
            page.goto(f"{base_url}/?q=hostile")
            assert "<script>" in page.locator(".hits").inner_text()
    finally:
        context.close()


def test_hostile_facet_clicks_and_live_updates_stay_inert(chromium, hostile_servers):
    context = chromium.new_context()
    try:
        page, events = watched_page(context)
        page.goto(hostile_servers[1] + "/")
        page.locator("#q").press_sequentially("hostile", delay=20)
        page.wait_for_url(re.compile(r"q=hostile"))
        page.locator("a.facet-value[href*='programme=']").first.click()
        page.wait_for_url(re.compile(r"programme="))
        page.wait_for_selector(".chips")
        assert_inert(page, events)
    finally:
        context.close()


def test_javascript_urls_from_records_are_never_links(chromium, hostile_servers):
    context = chromium.new_context()
    try:
        page, events = watched_page(context)
        page.goto(hostile_servers[1] + "/?q=hostile")
        for href in page.locator(".hit-title a").evaluate_all("links => links.map(a => a.href)"):
            page.goto(href)
            assert page.locator(".unsafe-url").count() == 1  # shown as text so nothing is hidden
            assert_inert(page, events)
    finally:
        context.close()


def test_hostile_queries_are_reflected_as_text(chromium, hostile_servers):
    context = chromium.new_context()
    try:
        page, events = watched_page(context)
        for payload in PAYLOADS:
            page.goto(hostile_servers[0] + "/?" + urllib.parse.urlencode({"q": payload}))
            assert page.locator("#q").input_value() == payload
            assert_inert(page, events)
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_hostile_documents_do_not_break_the_layout(chromium, hostile_servers, width, artifacts):
    context = chromium.new_context(viewport={"width": width, "height": 844})
    try:
        page, events = watched_page(context)
        for base_url in hostile_servers:
            for url in visit_everything(page, events, base_url):
                page.goto(url)
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at {width}px"
        page.goto(hostile_servers[1] + "/?q=hostile")
        page.screenshot(path=str(artifacts / f"hostile-{width}.png"))
    finally:
        context.close()
