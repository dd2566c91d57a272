"""A word is found and marked by its stem only in its own language: no other language's stem collides with it."""

from __future__ import annotations

import re

import pytest

from indexer.search import SearchQuery, search
from tests.searchkit import build_index, make_document, make_mixed_document


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def snippet(results, doc_id: str) -> str:
    return next(hit.snippet_html for hit in results.hits if hit.id == doc_id)


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory):
    """A page in English, Italian and Dutch (Italian reads ``data``, ``date`` and ``dat`` as one stem)."""
    documents = [
        make_mixed_document(
            "mixed.html",
            "Open data in three languages",
            [
                ("en", "The start Date of the project is in May. Open data portals publish the data."),
                ("it", "Le date di consegna sono tre e la data finale è in giugno."),
                ("nl", "Het project zegt niet dat ze alles publiceren, maar de data staan online."),
            ],
        ),
        make_document("other.html", "Other", "A page about cycling routes and bridges."),
    ]
    return build_index(tmp_path_factory.mktemp("mixed") / "index", documents)


def test_a_word_is_not_marked_by_the_stem_of_another_language(mixed_index):
    html = snippet(search(mixed_index, SearchQuery(text="data"), cached=False), "mixed.html")
    words = marked(html)
    assert "Date" not in words  # English: Italian's stem of "data" is no stem of it here
    assert "dat" not in words  # Dutch "dat" (that) is no form of "data" in Dutch
    assert words.count("data") == 4  # the word itself, in every language


def test_a_word_is_marked_by_the_stem_of_its_own_language(mixed_index):
    words = marked(snippet(search(mixed_index, SearchQuery(text="data"), cached=False), "mixed.html"))
    assert "date" in words  # Italian plural of "data", in the Italian paragraph


@pytest.fixture(scope="module")
def dates_index(tmp_path_factory):
    documents = [
        make_document("en-date.html", "Start", "The start date of the project is fixed."),
        make_document("en-dates.html", "Annex", "Both dates are given in the annex."),
        make_document("es-datos.html", "Datos", "Los datos del proyecto son públicos.", language="es"),
        make_document("de-daten.html", "Daten", "Die Daten des Projekts sind öffentlich.", language="de"),
        make_document("fr-date.html", "Début", "La date de début du projet est fixée.", language="fr"),
        make_document("fr-dates.html", "Livraison", "Les dates de livraison sont connues.", language="fr"),
    ]
    return build_index(tmp_path_factory.mktemp("dates") / "index", documents)


def test_a_word_is_searched_by_stem_only_in_the_languages_that_write_it(dates_index):
    found = {hit.id for hit in search(dates_index, SearchQuery(text="date"), cached=False).hits}
    # English and French write "date": their plurals are forms of it; Spanish and German do not.
    assert found == {"en-date.html", "en-dates.html", "fr-date.html", "fr-dates.html"}


def test_a_word_of_one_language_finds_its_forms_there(dates_index):
    results = search(dates_index, SearchQuery(text="datos"), cached=False)
    assert [hit.id for hit in results.hits] == ["es-datos.html"]
    french = search(dates_index, SearchQuery(text="date"), cached=False)
    assert marked(snippet(french, "fr-dates.html")) == ["dates"]


def test_a_word_no_text_writes_is_still_searched_by_stem(dates_index):
    # No document writes "dated": its stems are all there is to go by, in every language.
    found = {hit.id for hit in search(dates_index, SearchQuery(text="dated"), cached=False).hits}
    assert {"en-date.html", "en-dates.html"} <= found


def test_segments_whose_lengths_do_not_add_up_to_the_text_give_no_languages():
    from indexer.search.segment_fields import segment_fields

    layout = segment_fields([{"language": "en", "chars": 5}, {"language": "it", "chars": 4}], 11)
    assert layout is not None and layout.field_at(0) == "body_en" and layout.field_at(7) == "body_it"
    assert layout.field_at(4) == "body_en" and segment_fields([{"language": "sk", "chars": 3}], 3).field_at(1) == "body"
    assert segment_fields([{"language": "en", "chars": 5}], 9) is None  # a record written some other way
