"""Spelling: a search that finds nothing is replaced only by a close correction, else at most suggested."""

from __future__ import annotations

import pytest

from indexer.search import SearchQuery, search
from indexer.search.spelling import close_enough, typo_cost
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
