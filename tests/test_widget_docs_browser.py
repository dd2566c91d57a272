"""The /widget guide and the widget's corrected-results notice in a real Chromium, at desktop and
phone widths, in languages other than English; screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.conftest import start_server, stop_server, write_documents_index
from tests.widgetkit import host_site, widget_documents

pytestmark = pytest.mark.browser

TYPED = "wetlnd <scrpt>"  # misspelt, and markup: the correction finds every wetland document
CORRECTED = "wetland <script>"
WETLAND_DOCUMENTS = 20


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    base = tmp_path_factory.mktemp("widget-docs")
    (base / "root").mkdir()
    index_dir = write_documents_index(base / "index", widget_documents(base / "root"))
    pages = base / "pages"
    pages.mkdir()
    with host_site(pages) as partner:
        process, url = start_server(index_dir, env={"PROJSEARCH_WIDGET_ORIGINS": partner.origin})
        try:
            (pages / "croatian.html").write_text(
                f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>Partner</title>'
                f'<script src="{url}/widget.js" defer></script></head><body>'
                '<projsearch-widget id="w" lang="hr" per-page="5"></projsearch-widget></body></html>',
                encoding="utf-8",
            )
            yield {"server": url, "partner": partner.url("croatian.html")}
        finally:
            stop_server(process)


# The empty space above each builder field, down from the nearest field above it in its column.
GAPS_ABOVE_FIELDS = """() => {
  const boxes = [...document.querySelectorAll('#widget-builder > .field')]
    .map(el => el.getBoundingClientRect()).filter(box => box.height > 0);
  return boxes.map(box => {
    const above = boxes.filter(other => other.bottom <= box.top + 1 && other.left < box.right - 1 && other.right > box.left + 1);
    return above.length ? box.top - Math.max(...above.map(other => other.bottom)) : 0;
  });
}"""


def test_documentation_page_in_polish_has_no_gap_and_writes_a_snippet_in_the_chosen_language(sized, server, artifacts):
    page = sized
    page.goto(f"{server['server']}/widget?lang=pl")
    assert page.locator("h1").inner_text() == "Osadź wyszukiwarkę na swojej stronie"
    assert page.locator("label[for=b-lang]").inner_text() == "Język widżetu"
    gaps = page.evaluate(GAPS_ABOVE_FIELDS)
    assert len(gaps) >= 12 and max(gaps) < 24, gaps  # the row gap is 12px; the old layout left ~90px
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    # the seven language names in the header wrap between names, never inside one
    heights = page.locator("nav.locales a").evaluate_all("links => links.map(a => a.getClientRects().length)")
    assert heights == [1] * 7, heights
    boxes = page.locator("#widget-builder input[name=facets]")
    assert boxes.count() == 5
    labels = page.locator("#widget-builder fieldset label.check").all_inner_texts()
    assert [label.strip() for label in labels] == ["Program", "Rok", "Kraj", "Język", "Typ dokumentu"]
    code = page.locator("#snippet-code")
    assert 'lang="pl"' in code.inner_text()  # written in the reader's language unless chosen
    chosen = page.locator("#b-lang option:checked").inner_text()
    assert chosen == "Polski"
    assert page.locator("#b-lang option[value=hr]").inner_text() == "Chorwacki"
    page.locator("#b-lang").select_option("hr")
    page.wait_for_function("() => document.getElementById('snippet-code').textContent.includes('lang=\"hr\"')", timeout=10_000)
    assert "lang=pl" in page.url and "widget_lang=hr" in page.url
    demo = page.locator("#widget-demo projsearch-widget")
    demo.locator("label[part=label]").filter(has_text="Pretraži projektnu dokumentaciju").wait_for(timeout=10_000)
    page.screenshot(path=str(artifacts / f"widget-docs-pl-{page.width_name}.png"), full_page=True)
    footer = page.locator("footer.site-footer a", has_text="Osadź tę wyszukiwarkę na swojej stronie")
    assert footer.get_attribute("href") == "/widget?lang=pl"


def test_search_page_footer_leads_to_the_guide_in_the_same_language(sized, server):
    page = sized
    page.goto(f"{server['server']}/?lang=es")
    page.locator("footer.site-footer a", has_text="Inserte este buscador en su sitio").click()
    page.wait_for_url(re.compile(r"/widget\?lang=es$"))
    assert page.locator("h1").inner_text() == "Inserte el buscador en su sitio"
    assert 'lang="es"' in page.locator("#snippet-code").inner_text()


def test_widget_says_which_words_it_searched_and_runs_the_typed_ones_on_request(sized, server, artifacts):
    page = sized
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url) if "/api/search" in request.url else None)
    page.goto(server["partner"])
    widget = page.locator("#w")
    box = widget.locator("input[type=search]")
    box.fill(TYPED)
    box.press("Enter")
    status = widget.locator("p.status")
    status.filter(has_text=f"{WETLAND_DOCUMENTS} rezultata za „{CORRECTED}”").wait_for(timeout=10_000)
    note = widget.locator("p[part=note]")
    assert note.inner_text() == f"Prikazuju se rezultati za {CORRECTED}. Umjesto toga traži {TYPED}."
    assert note.locator("strong[part=corrected]").inner_text() == CORRECTED
    assert widget.locator("li.result").count() == 5
    # what came from the query stays text: no element was made of it
    assert page.evaluate("() => document.querySelector('#w').shadowRoot.querySelectorAll('script, scrpt').length") == 0
    page.screenshot(path=str(artifacts / f"widget-corrected-hr-{page.width_name}.png"), full_page=True)

    exact = note.locator("button[part=exact-search]")
    assert exact.inner_text() == TYPED
    exact.click()
    status.filter(has_text=f"Nijedan dokument ne odgovara upitu „{TYPED}”.").wait_for(timeout=10_000)
    assert "spelling=exact" in requests[-1]
    assert widget.locator("li.result").count() == 0
    assert note.inner_text().startswith("Jeste li mislili") and not note.locator("[part=corrected]").count()
    assert "spelling=exact" in widget.locator("a[part=full-search]").get_attribute("href")

    box.fill("wetlnd")  # typing again asks for the correction again
    status.filter(has_text=f"{WETLAND_DOCUMENTS} rezultata za „wetland”").wait_for(timeout=10_000)
    assert "spelling=exact" not in requests[-1]


def test_builder_sets_no_accent_until_one_is_picked_and_names_a_refused_preset_beside_its_field(browser, server):
    from tests.widgetkit import contrast

    page = browser
    page.goto(f"{server['server']}/widget")
    code = page.locator("#snippet-code")
    iframe = page.locator("#iframe-code")
    page.locator("#b-per-page").fill("7")  # touching any field rebuilds the snippet
    page.wait_for_function("() => document.getElementById('snippet-code').textContent.includes('per-page=\"7\"')", timeout=10_000)
    assert "--projsearch-accent" not in code.inner_text() and "accent=" not in iframe.inner_text()

    country = page.locator("#b-country")
    country.fill("Germany")
    problem = page.locator("#b-country-problem")
    problem.filter(has_text="not 'Germany'").wait_for(timeout=10_000)
    assert problem.inner_text() == (
        "country must be a two-letter country code such as DE, not 'Germany'. It is left out of the snippet."
    )
    assert country.get_attribute("aria-invalid") == "true" and country.get_attribute("aria-describedby") == "b-country-problem"
    assert "Germany" not in code.inner_text() and "Germany" not in iframe.inner_text()
    country.fill("de")
    page.wait_for_function("() => document.getElementById('snippet-code').textContent.includes('country=\"de\"')", timeout=10_000)
    assert problem.is_hidden() and country.get_attribute("aria-invalid") is None

    page.locator("#b-accent").fill("#1d5bb8")  # picking a colour chooses a custom accent
    page.wait_for_function("() => document.getElementById('snippet-code').textContent.includes('--projsearch-accent: #1d5bb8')", timeout=10_000)
    assert page.locator("#b-accent-custom").is_checked()
    assert "accent=%231d5bb8" in iframe.inner_text().replace("&amp;", "&")
    page.locator("#b-theme").select_option("dark")
    demo = page.locator("#widget-demo projsearch-widget[theme=dark]")
    demo.wait_for(timeout=10_000)
    box = demo.locator("input[type=search]")
    box.fill("wetland")
    box.press("Enter")
    demo.locator("a.title").first.wait_for(timeout=10_000)
    ground = demo.locator("div.root").evaluate("el => getComputedStyle(el).backgroundColor")
    link = demo.locator("a.title").first.evaluate("el => getComputedStyle(el).color")
    assert contrast(link, ground) >= 4.5, (link, ground)

    page.locator("input[name=accent_choice][value=theme]").check()
    page.wait_for_function("() => !document.getElementById('snippet-code').textContent.includes('--projsearch-accent')", timeout=10_000)


def test_builder_says_beside_the_field_that_per_page_500_is_written_as_50(sized, server, artifacts):
    page = sized
    page.goto(f"{server['server']}/widget?lang=de")
    field = page.locator("#b-per-page")
    problem = page.locator("#b-per_page-problem")
    assert problem.is_hidden()
    field.fill("500")
    problem.filter(has_text="nicht 500").wait_for(timeout=10_000)
    assert problem.inner_text() == (
        "Treffer pro Seite müssen eine ganze Zahl von 1 bis 50 sein, nicht 500. Der Code-Schnipsel verwendet 50."
    )
    assert field.get_attribute("aria-invalid") == "true" and field.get_attribute("aria-describedby") == "b-per_page-problem"
    assert 'per-page="50"' in page.locator("#snippet-code").inner_text()
    problem.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"widget-per-page-{page.width_name}.png"))
    field.fill("20")
    page.wait_for_function("() => document.getElementById('snippet-code').textContent.includes('per-page=\"20\"')", timeout=10_000)
    assert problem.is_hidden() and field.get_attribute("aria-invalid") is None
