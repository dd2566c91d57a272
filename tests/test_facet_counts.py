"""Facet counts and match sets from numpy tables, checked against a brute-force count over stored fields."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from indexer.search import SearchQuery, search
from indexer.search.searchers import open_searcher
from indexer.index.schema import document_fields
from tests.searchkit import build_index, make_document

WORDS = ("energy", "water", "bridge", "school", "museum", "forest")
COUNTRIES = ("DE", "FR", "PL", "IT", "CZ")
PROGRAMMES = ("ERDF", "ESF", "Interreg Europe")


def documents(numbers=range(240)):
    docs = []
    for n in numbers:
        words = " ".join(WORDS[(n * k) % len(WORDS)] for k in (1, 2, 5))
        docs.append(make_document(
            f"d{n:03d}.html", f"Project {n}", f"Project {n} about {words} and other things.",
            language=("en", "de", "pl")[n % 3],
            kind="report" if n % 7 == 0 else "page",
            programmes=[PROGRAMMES[n % 3]] + (["ESF"] if n % 11 == 0 else []),
            years=list(range(2014 + n % 5, 2016 + n % 5)),
            countries=[COUNTRIES[n % 5]] + ([COUNTRIES[(n + 2) % 5]] if n % 4 == 0 else []),
        ))
    return docs


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = build_index(tmp_path_factory.mktemp("facets") / "index", documents())
    # A second segment and a deletion: tables span segments, deleted documents count nowhere.
    writer = ix.writer()
    writer.delete_by_term("id", "d000.html")
    for document in documents(range(240, 252)):
        writer.add_document(**document_fields(document))
    writer.commit(merge=False)
    assert len(list(ix.reader().leaf_readers())) == 2
    return ix


def stored_facets(stored) -> dict[str, set[str]]:
    record = json.loads(stored["record"])
    return {
        "programme": set(record["programmes"]),
        "year": {f"{year:04d}" for year in record["years"]},
        "country": set(record["countries"]),
        "language": set(record["languages"]),
        "kind": {record["kind"]},
    }


def brute_force(index, query: SearchQuery, words: set[str]) -> tuple[int, dict[str, Counter]]:
    """The total and disjunctive counts, from every stored document, without the index's postings."""
    selected = dict(query.filters)
    with open_searcher(index) as searcher:
        docs = [
            stored_facets(stored) for stored in searcher.all_stored_fields()
            if words <= set(stored["content"].lower().replace(".", " ").split())
        ]

    def passes(doc, skip: str | None) -> bool:
        return all(doc[name] & set(values) for name, values in selected.items() if name != skip)

    counts = {name: Counter(v for doc in docs if passes(doc, name) for v in doc[name]) for name in stored_facets_names()}
    return sum(passes(doc, None) for doc in docs), counts


def stored_facets_names() -> tuple[str, ...]:
    return ("programme", "year", "country", "language", "kind")


@pytest.mark.parametrize("text, filters", [
    ("energy", ()),
    ("water bridge", (("country", ("DE", "PL")),)),
    ("school", (("country", ("FR",)), ("programme", ("ESF",)))),
    ("museum", (("year", ("2016",)), ("kind", ("page",)), ("language", ("de", "pl")))),
    ("", (("country", ("IT",)),)),
])
def test_counts_equal_a_brute_force_count_over_stored_fields(index, text, filters):
    query = SearchQuery(text=text, filters=filters)
    results = search(index, query, cached=False)
    total, expected = brute_force(index, query, set(text.split()))
    assert results.total == total and total > 0
    for name in stored_facets_names():
        got = {value.value: value.count for value in results.facet(name) if value.count}
        assert got == dict(expected[name]), name


def test_deleted_document_is_counted_nowhere(index):
    results = search(index, SearchQuery(text="project"), cached=False)
    assert results.total == 251
    assert "d000.html" not in {hit.id for hit in search(index, SearchQuery(text="project", per_page=100, page=3)).hits}


@pytest.mark.parametrize("share", [0.002, 0.05, 0.2, 0.3, 1.0])
def test_few_and_many_matches_are_counted_alike(index, share):
    """Few matches gather their own values, many test every pair: both give the stored counts."""
    import numpy as np

    from indexer.search.facets import facet_table

    with open_searcher(index) as searcher:
        reader = searcher.reader()
        stored = {docnum: stored_facets(fields) for docnum, fields in reader.iter_docs()}
        mask = np.zeros(reader.doc_count_all(), dtype=bool)
        live = sorted(stored)
        mask[live[:: max(1, round(1 / share))]] = True
        for name in stored_facets_names():
            expected = Counter(value for docnum in np.flatnonzero(mask) for value in stored[docnum][name])
            assert facet_table(reader, name).counts(mask) == dict(expected), (name, share)
