"""Snippets of long documents: the best passage is found deep in the text, on its page, cheaply.

The passages come from a literal pre-scan plus word-by-word analysis (``indexer.search.matches``),
so these tests check what that must not lose: stemmed and folded matches far from the start,
the right page, and a passage over a page that merely shares a word's first letters.
"""

from __future__ import annotations

import time

import pytest

from indexer.search import SearchQuery, search
from indexer.search.engine import page_hits
from indexer.search.matches import MatchFinder
from indexer.search.query import text_query
from indexer.search.searchers import open_searcher
from indexer.index.schema import build_schema
from tests.searchkit import build_index, make_document

FILLER = (
    "The rendering of the rental agreements was discussed with the partners in the regional "
    "office, and the minutes were circulated to every member of the steering group. "
)


def long_report() -> list[str]:
    """120 pages of about 2,900 characters; page 97 holds the only real matches."""
    pages = [f"Page {n}. " + FILLER * 18 for n in range(1, 121)]
    pages[96] = (
        "Page 97. " + FILLER * 8
        + "In the final year the consortium was renovating the old watermills of the valley, "
        "and the Śląsk partners reported on them. " + FILLER * 8
    )
    return pages


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    documents = [
        make_document("reports/long.pdf", "A long final report", long_report(), kind="report"),
        make_document("pages/short.html", "Short page", "Nothing about watermills here, only renovated offices."),
    ]
    return build_index(tmp_path_factory.mktemp("long") / "index", documents)


def hit_for(results, doc_id: str):
    (hit,) = [hit for hit in results.hits if hit.id == doc_id]
    return hit


def test_stemmed_match_deep_in_a_long_report_gives_its_page(index):
    hit = hit_for(search(index, SearchQuery(text="renovated watermill")), "reports/long.pdf")
    assert hit.snippet_page == 97
    assert "<mark>renovating</mark>" in hit.snippet_html and "<mark>watermills</mark>" in hit.snippet_html


def test_one_stemmed_word_is_found_past_pages_sharing_its_first_letters(index):
    # "rendering" and "rental" on every page start like "renov": the passage must still be page 97.
    hit = hit_for(search(index, SearchQuery(text="renovation")), "reports/long.pdf")
    assert hit.snippet_page == 97 and "<mark>renovating</mark>" in hit.snippet_html


def test_folded_match_is_found_in_accented_text(index):
    hit = hit_for(search(index, SearchQuery(text="slask")), "reports/long.pdf")
    assert hit.snippet_page == 97 and "<mark>Śląsk</mark>" in hit.snippet_html


def test_a_page_without_the_words_gets_its_opening_not_a_wrong_mark():
    finder = MatchFinder(frozenset({("body_en", "watermil"), ("body", "watermills")}), build_schema())
    assert finder.find("The rendering of the rental agreements " * 2000) == []
    (match,) = finder.find("x " * 50_000 + "Watermills!")
    assert (match.start, match.end) == (100_000, 100_010)


def test_serbian_cyrillic_text_is_found_through_its_latin_terms():
    schema = build_schema()
    finder = MatchFinder(frozenset({("body_sh", "glasanj")}), schema)
    text = "Увод. " * 3000 + "Резултати гласања су објављени."
    matches = finder.find(text)
    assert [text[m.start : m.end] for m in matches] == ["гласања"]


# --- the time limit covers the whole request -------------------------------------------------------


def test_time_limit_marks_the_results_partial(index):
    whole = search(index, SearchQuery(text="renovated watermill"), cached=False)
    assert whole.partial is False and whole.to_dict()["partial"] is False
    cut = search(index, SearchQuery(text="renovated watermill"), time_limit=0.0, cached=False)
    assert cut.partial is True and cut.to_dict()["partial"] is True


def test_snippets_past_the_deadline_give_the_opening_lines_and_say_so(index):
    parsed = text_query("renovated watermill", index.schema)
    with open_searcher(index) as searcher:
        ranked = list(searcher.search(parsed.query, limit=10))
        in_time, cut = page_hits(searcher, ranked, parsed.terms, True, time.monotonic() + 60)
        assert not cut and any("<mark>watermills</mark>" in hit.snippet_html for hit in in_time)
        late, cut = page_hits(searcher, ranked, parsed.terms, True, time.monotonic() - 1)
    assert cut and [hit.id for hit in late] == [hit.id for hit in in_time]
    assert all("<mark>" not in hit.snippet_html for hit in late)


def test_page_and_api_say_when_the_time_limit_stopped_a_search(sample_index):
    from webui import create_app

    # A question no other test asks: a complete answer in the result cache would be returned at once.
    client = create_app({"TESTING": True, "INDEX_DIR": sample_index, "SEARCH_TIME_LIMIT": 0.0}).test_client()
    data = client.get("/api/search?q=energy+heritage+bridges+report").get_json()
    assert data["partial"] is True
    page = client.get("/?q=energy+heritage+bridges+report").get_data(as_text=True)
    assert 'class="note note-partial"' in page and "took too long" in page
    relaxed = create_app({"TESTING": True, "INDEX_DIR": sample_index}).test_client()
    assert relaxed.get("/api/search?q=energy+heritage+bridges+report").get_json()["partial"] is False
    assert "note-partial" not in relaxed.get("/?q=energy+heritage+bridges+report").get_data(as_text=True)


PLAIN_AND_FOLDED = [
    "budget", "open data", "regional development", "energy", "Śląsk", "ſtraße", "œuvre", "njiva", "danube",
]


@pytest.mark.parametrize("words", PLAIN_AND_FOLDED)
def test_the_plain_scan_stops_where_the_letter_class_scan_does(words, corpus_index):
    """Chunks without any accented or Cyrillic form of a probe's letters are scanned with the
    probes' literals alone: the same matches, in every chunk of the corpus's stored texts (its
    reports and pages in many languages) and of a text mixing the literals with their other forms."""
    schema = build_schema()
    finder = MatchFinder(text_query(words, schema).terms, schema)
    assert finder.plain is not None
    with open_searcher(corpus_index) as searcher:
        texts = [fields.get("content") or "" for fields in searcher.all_stored_fields()]
    texts.append("Ein Straße, la ſtraße; the œuvre, l'oeuvre, njiva Њива, Śląsk slask ŚLĄSK, budget-data_open opendata.")
    scans: dict[str, list[dict]] = {"plain": [], "classes": []}
    for text in texts:
        for low in range(0, len(text), 1_500):
            for name in scans:
                found: dict = {}
                plain, finder.plain = finder.plain, (finder.plain if name == "plain" else None)
                finder._scan(text, low, min(len(text), low + 2_600), found)
                finder.plain = plain
                scans[name].append(found)
    assert scans["plain"] == scans["classes"]
    assert any(scans["plain"])  # the words do occur
