"""Spelling: a search that finds nothing is replaced only by a close correction, else at most suggested."""

from __future__ import annotations

import random
import string
from urllib.parse import quote

import pytest

from indexer.search import SearchQuery, search
from indexer.search.request import MAX_TEXT_CHARS
from indexer.search.searchers import lease
from indexer.search.spelling import close_enough, typo_cost
from indexer.search.suggest import MAX_UNKNOWN_WORDS
from webui import create_app
from tests.searchkit import build_index, make_document


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    documents = [
        make_document(f"saas{i}.html", f"Cloud {i}", "SaaS platforms and SaaS tools for every SaaS customer.")
        for i in range(6)
    ]
    documents += [make_document(f"entry{i}.html", f"Entry {i}", "Entry points: the entry form.") for i in range(4)]
    documents += [
        make_document("slack.html", "Chat", "The team talks on slack every day."),
        make_document("seas.html", "Seas", "Seas and oceans."),
        make_document("energy.html", "Energy", "Energy efficiency of public buildings."),
        make_document("bridges.html", "Bridges", "Cycling bridges over the river."),
        make_document("project.html", "Project", "The project builds bridges."),
    ]
    return build_index(tmp_path_factory.mktemp("spelling") / "index", documents)


@pytest.mark.parametrize("typed", ["Śląsk", "Slask", "slask"])
def test_a_word_far_from_every_indexed_word_is_not_corrected(index, typed):
    results = search(index, SearchQuery(text=typed), cached=False)
    # "saas" is the most frequent word within two edits, "slack" one far substitution away.
    assert results.corrected is None and results.total == 0
    assert results.suggestion is None


@pytest.mark.parametrize(("typed", "meant"), [("cyclng", "cycling"), ("projetc", "project"), ("Bridgse", "Bridges")])
def test_a_close_typo_is_still_corrected(index, typed, meant):
    results = search(index, SearchQuery(text=typed), cached=False)
    assert results.corrected == meant and results.total >= 1


def test_the_closest_word_wins_over_a_more_frequent_one(index):
    # "entry" is two plain edits from "enrgy" and in four documents, "energy" one edit and in one.
    results = search(index, SearchQuery(text="enrgy"), cached=False)
    assert results.corrected == "energy"


def test_a_farther_correction_is_only_suggested(index):
    # Two edits (a letter dropped, s typed as z) in a six-letter word: "did you mean", not "showing results for".
    results = search(index, SearchQuery(text="brdgez"), cached=False)
    assert results.corrected is None and results.total == 0
    assert results.suggestion == "bridges"


def test_typo_costs_count_neighbouring_keys_and_like_sounds_as_one_edit():
    assert typo_cost("enrgy", "energy") == 1  # dropped letter
    assert typo_cost("projetc", "project") == 1  # swapped letters
    assert typo_cost("bridgrs", "bridges") == 1  # e and r are neighbouring keys
    assert typo_cost("slask", "slack") == 2  # s and c are neither
    assert close_enough("inovation", "innovation")
    assert not close_enough("slask", "saas")
    assert not close_enough("dta", "data")  # three letters: too many words are one edit away
    assert not close_enough("ryclng", "cycling")  # the first letter is kept


def _made_up_words(count: int, seed: object = 0) -> str:
    """Random 7-letter words; a new seed for each search, so the memo of lookups has none of them."""
    rng = random.Random(f"{count}-{seed}")
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(7)) for _ in range(count))


def _closest_lookups(index, query: SearchQuery) -> int:
    """How many unknown words the search looked up a correction for (the generation's memo grows by one each)."""
    with lease(index) as (_, generation):
        before = len(generation.spellings)
    search(index, query, cached=False)
    with lease(index) as (_, generation):
        return len(generation.spellings) - before


@pytest.mark.parametrize("correct", [True, False])
def test_a_long_text_of_made_up_words_looks_up_no_correction_word_by_word(index, correct):
    # 125 words of 7 letters, the longest text a search takes: one walk of the term dictionary per
    # word made this cost seconds, with spelling=exact too.
    text = _made_up_words(125, correct)
    assert len(text) <= MAX_TEXT_CHARS
    assert _closest_lookups(index, SearchQuery(text=text, correct=correct)) <= MAX_UNKNOWN_WORDS


def test_the_api_bounds_the_corrections_a_long_text_looks_up(tmp_path):
    from tests.conftest import make_document as make_page, write_documents_index

    root = tmp_path / "root"
    root.mkdir()
    pages = [make_page(f"p{i}.html", f"Page {i}", f"Cycling bridges number {i}.", root=root) for i in range(3)]
    index_dir = write_documents_index(tmp_path / "index", pages)
    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    for route in ("/api/search?spelling=exact&q=", "/api/search?q="):
        with lease(index_dir) as (_, generation):
            before = len(generation.spellings)
        response = client.get(route + quote(_made_up_words(124, route)))
        assert response.status_code == 200 and response.get_json()["total"] == 0
        with lease(index_dir) as (_, generation):
            assert len(generation.spellings) - before <= MAX_UNKNOWN_WORDS


def test_as_many_typos_as_are_looked_up_are_still_corrected(tmp_path):
    index = build_index(
        tmp_path / "index",
        [make_document("river.html", "Rivers", "Cycling bridges across rivers connect harbour towns.")],
    )
    typed = " ".join(["cyclng", "bridgse", "acorss", "rivres", "conect", "harbuor"][:MAX_UNKNOWN_WORDS])
    results = search(index, SearchQuery(text=typed), cached=False)
    meant = " ".join(["cycling", "bridges", "across", "rivers", "connect", "harbour"][:MAX_UNKNOWN_WORDS])
    assert results.corrected == meant and results.total == 1
