"""The widget's server side through the Flask test client: the script, CORS, /embed and /widget."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import pytest

from tests.conftest import write_documents_index
from webui import create_app
from webui.cors import OriginListError, normalise_origin, parse_origins
from webui.widget import strings, widget_script
from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_TIMEOUT
from tests.widgetkit import (
    ERASMUS, HOSTILE_TITLE, INTERREG, INTERREG_WETLANDS, RTL_PROGRAMME, RTL_TITLE, widget_documents,
)

PARTNER = "https://www.partner.example"


@pytest.fixture(scope="module")
def widget_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("widget-client")
    (base / "root").mkdir()
    return write_documents_index(base / "index", widget_documents(base / "root"))


def script_kib(locale: str) -> str:
    """The script's gzipped size as the /widget page writes it: one decimal, none when it is 0 (12 KiB)."""
    from babel.numbers import format_decimal

    return format_decimal(round(widget_script().gzip_size / 1024, 1), locale=locale)


def make_client(index_dir: Path, **config):
    return create_app({"TESTING": True, "INDEX_DIR": index_dir, **config}).test_client()


@pytest.fixture
def client(widget_index: Path):
    return make_client(widget_index, WIDGET_ORIGINS=f"{PARTNER}, http://127.0.0.1:8001")


# ---------------------------------------------------------------- /widget.js


def test_widget_js_is_javascript_with_the_strings_filled_in(client):
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    body = response.get_data(as_text=True)
    assert "__PROJSEARCH_STRINGS__" not in body and "__PROJSEARCH_NOTES__" not in body
    assert json.dumps(NOTE_MALFORMED) in body  # the script tells the search layer's notes apart by their text
    assert 'customElements.define(TAG' in body
    for language in ("en", "de", "fr", "pl"):
        assert f'"{language}":{{"label":' in body


def test_unversioned_script_is_cached_briefly_and_versioned_one_for_a_year(client):
    plain = client.get("/widget.js")
    version = widget_script().version
    assert plain.headers["ETag"] == f'"{version}"'
    assert plain.headers["Cache-Control"] == "public, max-age=300"
    versioned = client.get(f"/widget.js?v={version}")
    assert versioned.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    outdated = client.get("/widget.js?v=000000000000")
    assert outdated.headers["Cache-Control"] == "public, max-age=300"
    assert outdated.get_data() == versioned.get_data()


def test_script_revalidates_with_its_etag(client):
    etag = client.get("/widget.js").headers["ETag"]
    again = client.get("/widget.js", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.get_data() == b""


def test_script_is_small_when_gzipped(client):
    body = client.get("/widget.js").get_data()
    assert len(gzip.compress(body, 9)) < 12 * 1024
    assert widget_script().gzip_size == len(gzip.compress(body, compresslevel=9, mtime=0))


def test_every_language_has_every_string():
    table = strings()
    assert {"en", "de", "fr", "pl"} <= set(table)
    for language, texts in table.items():
        assert set(texts) == set(table["en"]), language
        for key, value in texts.items():
            if isinstance(value, dict):
                assert "other" in value, (language, key)
            placeholders = set(re.findall(r"\{(\w+)\}", json.dumps(value)))
            assert placeholders == set(re.findall(r"\{(\w+)\}", json.dumps(table["en"][key]))), (language, key)


# ---------------------------------------------------------------- CORS


def test_allowed_origin_gets_cors_headers(client):
    response = client.get("/api/search?q=wetland", headers={"Origin": PARTNER})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == PARTNER
    assert "Origin" in response.headers["Vary"]


def test_other_origin_and_no_origin_get_no_cors_headers(client):
    refused = client.get("/api/search?q=wetland", headers={"Origin": "https://evil.example"})
    assert refused.status_code == 200  # the browser, not the server, withholds the answer
    assert "Access-Control-Allow-Origin" not in refused.headers
    assert "Origin" in refused.headers["Vary"]
    same_site = client.get("/api/search?q=wetland")
    assert "Access-Control-Allow-Origin" not in same_site.headers


def test_cors_headers_only_under_api(client):
    page = client.get("/?q=wetland", headers={"Origin": PARTNER})
    assert "Access-Control-Allow-Origin" not in page.headers


def test_error_answers_carry_cors_headers_so_the_widget_can_read_them(client):
    response = client.get("/api/search?sort=sideways", headers={"Origin": PARTNER})
    assert response.status_code == 400
    assert response.headers["Access-Control-Allow-Origin"] == PARTNER


def test_preflight_is_answered_for_allowed_origins_only(client):
    headers = {"Origin": PARTNER, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "accept"}
    allowed = client.options("/api/search", headers=headers)
    assert allowed.status_code == 204
    assert allowed.headers["Access-Control-Allow-Origin"] == PARTNER
    assert "GET" in allowed.headers["Access-Control-Allow-Methods"]
    assert allowed.headers["Access-Control-Allow-Headers"] == "accept"
    assert allowed.headers["Access-Control-Max-Age"] == "600"
    refused = client.options("/api/search", headers={**headers, "Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in refused.headers
    assert "Access-Control-Allow-Methods" not in refused.headers


def test_no_origin_is_allowed_by_default(widget_index, monkeypatch):
    monkeypatch.delenv("PROJSEARCH_WIDGET_ORIGINS", raising=False)
    response = make_client(widget_index).get("/api/search", headers={"Origin": PARTNER})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_environment_variable_sets_the_allow_list(widget_index, monkeypatch):
    monkeypatch.setenv("PROJSEARCH_WIDGET_ORIGINS", "https://a.example,https://b.example")
    client = make_client(widget_index)
    assert client.get("/api/search", headers={"Origin": "https://b.example"}).headers[
        "Access-Control-Allow-Origin"
    ] == "https://b.example"
    assert "Access-Control-Allow-Origin" not in client.get("/api/search", headers={"Origin": PARTNER}).headers


def test_star_allows_every_origin(widget_index):
    response = make_client(widget_index, WIDGET_ORIGINS="*").get("/api/facets", headers={"Origin": "https://any.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_origins_are_compared_normalised():
    allowed = parse_origins(["HTTPS://WWW.Partner.example:443/", "http://127.0.0.1:8001"])
    assert allowed == {"https://www.partner.example", "http://127.0.0.1:8001"}
    assert normalise_origin("http://127.0.0.1:80") == "http://127.0.0.1"
    assert normalise_origin("https://partner.example/path") is None
    with pytest.raises(OriginListError, match="not an origin"):
        parse_origins("partner.example")


def test_a_bad_allow_list_stops_the_app_at_start_up(widget_index):
    with pytest.raises(OriginListError, match="www.partner.example/search"):
        make_client(widget_index, WIDGET_ORIGINS="https://www.partner.example/search")


# ---------------------------------------------------------------- /embed


def embed_text(client, query: str, **headers) -> str:
    response = client.get(f"/embed?{query}", headers=headers)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def titles(page: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'<a class="title"[^>]*>([^<]*)</a>', page)]


def test_embed_renders_presets_and_restricts_results(client):
    page = embed_text(client, "programme=Interreg+Europe&q=wetland&per_page=20")
    assert '<input type="hidden" name="programme" value="Interreg Europe">' in page
    assert len(titles(page)) == INTERREG_WETLANDS + 1
    assert not any(title.startswith("Erasmus") for title in titles(page))
    assert f"{INTERREG_WETLANDS + 1} results for “<bdi>wetland</bdi>”" in page
    assert 'target="_top"' in page


def test_embed_refinement_narrows_but_never_leaves_the_preset(client):
    narrowed = embed_text(client, "programme=Interreg+Europe&q=wetland&sel_country=PL&per_page=20&facets=country")
    assert 'name="sel_country" value="PL" checked' in narrowed
    assert len(titles(narrowed)) == INTERREG_WETLANDS // 2 + 1
    escaped = embed_text(client, "programme=Interreg+Europe&q=wetland&sel_programme=Erasmus%2B&per_page=20")
    assert len(titles(escaped)) == INTERREG_WETLANDS + 1
    assert ERASMUS not in " ".join(titles(escaped))


def test_embed_year_range_preset_allows_years_inside_it(client):
    page = embed_text(client, "programme=Interreg+Europe&year=2016-2017&q=wetland&per_page=20&facets=year")
    years = set(re.findall(r'name="sel_year" value="(\d{4})"', page))
    assert years == {"2016", "2017"}
    refined = embed_text(client, "programme=Interreg+Europe&year=2016-2017&q=wetland&sel_year=2017&per_page=20")
    assert len(titles(refined)) < len(titles(page))


def test_embed_refinement_that_is_not_a_year_is_ignored_not_an_error(client):
    # "²" passes str.isdigit() but not int(): it once made the year check raise.
    whole = embed_text(client, "programme=Interreg+Europe&year=2016-2017&q=wetland&per_page=20&facets=year")
    for odd in ("%C2%B2", "%C2%B2%C2%B2%C2%B2%C2%B2", "%D9%A2%D9%A0%D9%A1%D9%A6"):
        page = embed_text(client, f"programme=Interreg+Europe&year=2016-2017&q=wetland&per_page=20&facets=year&sel_year={odd}")
        assert titles(page) == titles(whole)


def test_embed_pages_with_links_that_keep_the_presets(client):
    page = embed_text(client, "programme=Interreg+Europe&q=wetland&per_page=5")
    next_link = html.unescape(re.search(r'<a href="([^"]+)" rel="next"', page).group(1))
    assert "programme=Interreg+Europe" in next_link and "page=2" in next_link
    second = embed_text(client, next_link.lstrip("?"))
    assert set(titles(second)).isdisjoint(titles(page))


def test_embed_speaks_the_requested_language(client):
    page = embed_text(client, "programme=Interreg+Europe&q=wetland&lang=de")
    assert '<html lang="de"' in page
    assert "13 Treffer für „<bdi>wetland</bdi>“" in page
    assert "Zur vollständigen Suche" in page
    polish = embed_text(client, "country=PL&lang=pl&facets=country")
    assert "Szukaj w dokumentach projektów" in polish


def test_embed_escapes_hostile_documents(client):
    page = embed_text(client, "q=restoration+notes+bold")
    assert "<script>window" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page  # the text may say it; no link may use it
    assert HOSTILE_TITLE.replace("<", "&lt;").split(" ")[1] in page.replace("\u200b", "")
    assert "<mark>" in page


def test_embed_may_be_framed_by_allowed_origins_only(client, widget_index):
    policy = client.get("/embed").headers["Content-Security-Policy"]
    assert f"frame-ancestors 'self' http://127.0.0.1:8001 {PARTNER}" in policy
    assert "script-src" not in policy and "default-src 'none'" in policy
    star = make_client(widget_index, WIDGET_ORIGINS="*").get("/embed").headers["Content-Security-Policy"]
    assert "frame-ancestors *" in star


def test_embed_links_to_the_full_search_for_the_same_query(client):
    page = embed_text(client, "programme=Interreg+Europe&country=PL&q=wetland")
    link = html.unescape(re.search(r'<a href="([^"]+)" target="_top">Open the full search', page).group(1))
    assert link == "http://localhost/?q=wetland&programme=Interreg+Europe&country=PL&lang=en"


def test_embed_without_an_index_says_so_inside_the_frame(tmp_path):
    page = embed_text(make_client(tmp_path / "missing"), "q=wetland")
    assert 'role="alert"' in page and "unavailable" in page


# ---------------------------------------------------------------- /widget


def test_documentation_page_has_the_builder_the_snippet_and_a_demo(client):
    page = client.get("/widget?programme=Interreg+Europe&country=PL&widget_lang=pl&facets=year&accent=%23aa0000")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert 'id="widget-builder"' in text and 'name="programme"' in text and 'name="facets"' in text
    version = widget_script().version
    snippet = html.unescape(re.search(r'<code id="snippet-code">(.*?)</code>', text, re.S).group(1))
    assert f'<script src="http://localhost/widget.js?v={version}" defer></script>' in snippet
    assert (
        '<projsearch-widget endpoint="http://localhost" programme="Interreg Europe" country="PL" lang="pl" '
        'per-page="5" facets="year" style="--projsearch-accent: #aa0000"></projsearch-widget>'
    ) in snippet
    assert '<projsearch-widget endpoint="http://localhost" programme="Interreg Europe"' in text  # the live demo
    assert f"/widget.js?v={version}" in text
    assert "/embed?programme=Interreg+Europe" in html.unescape(text)
    assert "PROJSEARCH_WIDGET_ORIGINS" in text
    assert f"{script_kib('en')} KiB gzipped" in text


def test_snippet_builder_escapes_what_it_is_given(client):
    response = client.get('/widget/snippet.json?placeholder=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&accent=red;x')
    snippet = response.get_json()
    assert "<script>alert" not in snippet["html"]
    assert 'placeholder="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in snippet["html"]
    assert snippet["accent"] is None


def test_snippet_builder_lists_the_indexed_programmes(client):
    text = client.get("/widget").get_data(as_text=True)
    assert f'<option value="{INTERREG}">' in text and '<option value="Erasmus+">' in text


def test_embed_says_which_words_it_searched_and_links_to_the_exact_ones(client):
    page = embed_text(client, "q=wetlnd+%3Cscrpt%3E&lang=it")
    assert 'Risultati relativi a <strong dir="auto">wetland &lt;script&gt;</strong>.' in page
    assert "<script>" not in page and "<scrpt>" not in page
    exact = html.unescape(re.search(r'Cerca invece <a href="([^"]+)" dir="auto">wetlnd &lt;scrpt&gt;</a>\.', page).group(1))
    assert "spelling=exact" in exact and "lang=it" in exact
    typed = embed_text(client, exact.lstrip("?"))
    assert "Nessun documento corrisponde a «<bdi>wetlnd &lt;scrpt&gt;</bdi>»." in typed and "Risultati relativi" not in typed
    assert 'name="spelling"' not in typed  # a new search from the box is corrected again


def status_line(page: str) -> str:
    """The text of the embed's status (role=status), tags and all, unescaped."""
    return html.unescape(re.search(r'<p class="status" role="status">(.*?)</p>', page, re.S).group(1))


def notices(page: str) -> list[str]:
    return re.findall(r'<span class="notice"(?: lang="en")?>([^<]*)</span>', status_line(page))


def test_embed_says_in_its_language_when_the_words_were_not_read_as_written(client):
    from webui.i18n import translations

    english = embed_text(client, "q=%22wetland+restoration")
    assert notices(english) == [NOTE_MALFORMED]
    assert status_line(english).startswith("13 results for “<bdi>\"wetland restoration</bdi>” <span")
    german = embed_text(client, "q=%22wetland+restoration&lang=de")
    assert notices(german) == [translations("de").gettext(NOTE_MALFORMED)] != [NOTE_MALFORMED]  # the page's wording
    operators = embed_text(client, "q=AND+OR&lang=fr")
    assert notices(operators) == [translations("fr").gettext(NOTE_MALFORMED), translations("fr").gettext(NOTE_NOTHING_SEARCHABLE)]
    assert notices(embed_text(client, "q=wetland+restoration&lang=fr")) == []


def test_embed_says_when_the_search_was_stopped(widget_index):
    from webui.i18n import translations

    stopped = make_client(widget_index, SEARCH_TIME_LIMIT=0.0, RESULT_CACHE=False)
    assert notices(embed_text(stopped, "q=wetland&lang=pl")) == [translations("pl").gettext(NOTE_TIMEOUT)]


def test_embed_isolates_right_to_left_titles_snippets_facet_values_and_the_query(client):
    page = embed_text(client, "q=mangrove+restoration&facets=programme&per_page=20")
    assert f'dir="auto">{RTL_TITLE}</a>' in page
    assert page.count('<p class="snippet" dir="auto">') == len(titles(page)) > 1
    assert f'<bdi>{RTL_PROGRAMME}</bdi> <span class="count">(1)</span></label>' in page  # the facet value
    assert f"<span><bdi>{RTL_PROGRAMME}</bdi></span>" in page  # the hit's programme
    arabic = embed_text(client, "q=%D8%A7%D9%84%D9%85%D8%A7%D9%86%D8%BA%D8%B1%D9%88%D9%81")
    assert status_line(arabic) == "1 result for “<bdi>المانغروف</bdi>”"
    assert 'dir="auto">' in re.search(r'<input id="q"[^>]*>', arabic).group(0)


# ---------------------------------------------------------------- /widget in the interface languages


def documentation_messages() -> list[str]:
    from tests.catalogues import interface_messages

    return [
        message.id for message in interface_messages().values()
        if message.where.startswith("templates/widget/documentation.html") and "%(" not in message.id and len(message.id) > 12
    ]


@pytest.mark.parametrize("locale", ["de", "fr", "pl", "hr", "it", "es"])
def test_documentation_page_is_written_in_the_interface_language(client, locale):
    from webui.i18n import translations

    text = html.unescape(client.get(f"/widget?lang={locale}").get_data(as_text=True))
    messages = documentation_messages()
    assert len(messages) > 25
    for message in messages:
        translated = translations(locale).gettext(message)
        assert translated in text, (locale, message)
        assert message == translated or message not in text, (locale, message)
    snippet = re.search(r'<code id="snippet-code">(.*?)</code>', text, re.S).group(1)
    assert f' lang="{locale}" ' in snippet  # the widget speaks the reader's language unless told otherwise
    title = strings()[locale]["label"]
    assert f'title="{title}"' in re.search(r'<code id="iframe-code">(.*?)</code>', text, re.S).group(1)


def test_documentation_page_names_languages_and_filters_in_words(client):
    text = client.get("/widget?lang=fr&widget_lang=pl").get_data(as_text=True)
    options = dict(re.findall(r'<option value="([a-z]{2})" lang="fr"(?: selected)?>([^<]+)</option>', text))
    assert options == {"de": "Allemand", "en": "Anglais", "es": "Espagnol", "fr": "Français", "hr": "Croate",
                       "it": "Italien", "pl": "Polonais"}
    assert '<option value="pl" lang="fr" selected>Polonais</option>' in text
    boxes = re.findall(r'name="facets" value="(\w+)"> ([^<]+)</label>', text)
    assert boxes == [("programme", "Programme"), ("year", "Année"), ("country", "Pays"), ("language", "Langue"),
                     ("kind", "Type de document")]
    assert 'lang="pl" per-page="5"' in html.unescape(text)
    assert '<input type="hidden" name="lang" value="fr">' in text  # the builder keeps the page's language
    assert f"{script_kib('fr')} Kio" in text  # a French number


# ---------------------------------------------------------------- the builder's accent and presets


def test_builder_writes_no_accent_until_one_is_chosen(client):
    page = client.get("/widget").get_data(as_text=True)
    assert re.search(r'<input type="radio" name="accent_choice" value="theme" checked>', page)
    assert 'type="color" value="#1d5bb8"' in page  # a colour input always holds one
    # The form as a browser sends it once any field is touched: the colour input's value included.
    touched = client.get("/widget/snippet.json?accent_choice=theme&accent=%231d5bb8&per_page=6").get_json()
    assert touched["accent"] is None
    assert "--projsearch-accent" not in touched["html"] and "accent=" not in touched["iframe"]
    chosen = client.get("/widget/snippet.json?accent_choice=custom&accent=%23aa0000").get_json()
    assert 'style="--projsearch-accent: #aa0000"' in chosen["html"] and "accent=%23aa0000" in html.unescape(chosen["iframe"])
    page = client.get("/widget?accent_choice=custom&accent=%23aa0000").get_data(as_text=True)
    assert re.search(r'name="accent_choice" value="custom" id="b-accent-custom" checked>', page)


BAD_PRESETS = {  # as a builder's visitor types them, and the reason the builder gives
    "country": ("Germany", "country must be a two-letter country code such as DE, not 'Germany'."),
    "year": ("abc", "year must be a 4-digit year or a range like 2014-2018, not 'abc'."),
    "kind": ("book", "kind must be report or page, not 'book'."),
}


def test_builder_refuses_the_presets_the_api_refuses_beside_their_fields(client):
    query = "&".join(f"{facet}={value}" for facet, (value, _) in BAD_PRESETS.items())
    snippet = client.get(f"/widget/snippet.json?programme=Interreg+Europe&{query}").get_json()
    assert snippet["problems"] == {facet: f"{reason} It is left out of the snippet." for facet, (_, reason) in BAD_PRESETS.items()}
    assert [name for name, _ in snippet["attributes"]] == ["endpoint", "programme", "lang", "per-page"]
    for facet, (value, reason) in BAD_PRESETS.items():
        assert value not in snippet["html"] and value not in snippet["iframe"]
        # the same reason as the API gives a widget that searches with it
        refused = client.get(f"/api/search?{facet}={value}")
        assert refused.status_code == 400 and refused.get_json()["error"]["message"] + "." == reason
    page = client.get(f"/widget?{query}").get_data(as_text=True)
    field = re.search(r'<input id="b-country"[^>]*>', page).group(0)
    assert 'value="Germany"' in field and 'aria-invalid="true"' in field and 'aria-describedby="b-country-problem"' in field
    problem = re.search(r'<p class="field-problem" id="b-country-problem"[^>]*>(.*?)</p>', page).group(1)
    assert html.unescape(problem) == snippet["problems"]["country"]
    assert "Germany" not in re.search(r'<code id="snippet-code">(.*?)</code>', page, re.S).group(1)


def test_builder_checks_codes_against_iso_and_years_as_one_range(client):
    problems = client.get("/widget/snippet.json?country=XX,pl&language=qq&year=2014-2016,2018-2020&lang=de").get_json()["problems"]
    assert problems["country"] == "'XX' ist kein ISO-3166-Ländercode wie DE. Es bleibt aus dem Code-Schnipsel heraus."
    assert problems["language"].startswith("'qq' ist kein ISO-639-Sprachcode")
    assert problems["year"].startswith("es kann nur ein Jahresbereich auf einmal gesucht werden")
    fine = client.get("/widget/snippet.json?country=pl,DE&language=pl,en&year=2014-2020&kind=report&programme=h2020").get_json()
    assert fine["problems"] == {}
    assert 'year="2014-2020" country="pl,DE" language="pl,en" kind="report"' in fine["html"]


def test_embed_says_a_refused_setting_is_one_and_why_isolated(client):
    page = embed_text(client, "country=Germany%E2%80%AE&lang=fr")
    error = re.search(r'<div class="error" role="alert">(.*?)</div>', page).group(1)
    # The reason quotes the value as Python writes it: a direction override is spelt out, not obeyed.
    assert error == (
        "Le serveur a refusé les réglages de cette recherche : "
        "<bdi>country doit être un code pays à deux lettres comme DE, et non &#39;Germany\\u202e&#39;</bdi>"
    )


def test_embed_lightens_a_custom_accent_on_the_dark_theme(client):
    dark = embed_text(client, "theme=dark&accent=%231d5bb8")
    assert "--accent: #1d5bb8;" in dark  # the light theme's, before the dark rule
    assert re.search(r":root \{ --bg: #17191d;.* --accent: #99b5df; \}", dark)
    assert "--accent: #8cb8ff;" in embed_text(client, "theme=dark")  # its own accent without one


def test_embed_darkens_only_a_custom_accent_that_does_not_read_on_white(client):
    for theme in ("light", "auto", "dark"):
        page = embed_text(client, f"theme={theme}&accent=%23ffff00")
        assert ":root { --accent: #7a7a00;" in page, theme  # 4.5:1 on white, where #ffff00 is 1.07:1
    assert ":root { --accent: #1d5bb8;" in embed_text(client, "theme=light&accent=%231d5bb8")  # 6.5:1: kept
    assert ":root { --accent: #767676;" in embed_text(client, "accent=%23777")  # 4.48:1: one step darker


def test_every_accent_reads_on_white_once_darkened():
    from webui.widget import LIGHT_GROUND, _channels, contrast, light_accent

    for accent in ("#ffff00", "#fff", "#ff8800", "#00ffff", "#777777", "#1d5bb8", "#000"):
        assert contrast(_channels(light_accent(accent)), LIGHT_GROUND) >= 4.5, accent


def test_builder_says_why_a_per_page_count_was_changed(client):
    problems = client.get("/widget/snippet.json?per_page=500").get_json()
    assert ["per-page", "50"] in problems["attributes"]
    assert problems["problems"] == {
        "per_page": "Results per page must be a whole number from 1 to 50, not 500. The snippet uses 50."
    }
    assert client.get("/widget/snippet.json?per_page=abc&lang=fr").get_json()["problems"]["per_page"] == (
        "Le nombre de résultats par page doit être un nombre entier de 1 à 50, et non abc. L’extrait utilise 5."
    )
    assert client.get("/widget/snippet.json?per_page=50").get_json()["problems"] == {}
    page = client.get("/widget?per_page=0").get_data(as_text=True)
    assert re.search(r'id="b-per-page"[^>]*value="0"[^>]*aria-invalid="true"', page)
    assert 'id="b-per_page-problem" data-problem-for="per_page">Results per page must be a whole number from 1 to 50, not 0.' in page
