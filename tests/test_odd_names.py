"""File names that are not valid UTF-8, or that hold a newline, are indexed and reachable."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer.index import commit, store
from indexer.index.pipeline import index_paths
from webui import create_app


@pytest.fixture(scope="module")
def odd_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("names")
    root = base / "corpus"
    root.mkdir()
    # Latin-1 bytes, as names copied from an old Windows share arrive on a UTF-8 system.
    (Path(os.fsdecode(bytes(root) + b"/caf\xe9 r\xe9sum\xe9.txt"))).write_bytes(
        "The café network of Interreg Europe partners in Slovenia.".encode("utf-8"))
    (root / "two\nlines.txt").write_text("Lisbon schools share an Erasmus page about robotics.", encoding="utf-8")
    (root / "plain.txt").write_text("Wetlands along the Danube are restored.", encoding="utf-8")
    index_dir = base / "index"
    report = index_paths([root], index_dir, workers=1)
    return index_dir, root, report


def test_a_name_that_is_not_utf8_is_indexed_under_a_printable_id(odd_index):
    index_dir, root, report = odd_index
    assert report.added == 3 and not report.failed
    manifest = commit.load_manifest(store.current_generation(index_dir))
    assert set(manifest.documents) == {"caf%E9 r%E9sum%E9.txt", "two\nlines.txt", "plain.txt"}
    # The manifest still knows the real file, so the next run finds it unchanged.
    again = index_paths([root], index_dir, workers=1)
    assert again.unchanged == 3 and again.added == again.updated == 0 and not again.failed


def test_odd_names_have_working_document_pages_and_api_records(odd_index):
    index_dir, _, _ = odd_index
    client = create_app({"INDEX_DIR": index_dir, "TESTING": True}).test_client()
    for doc_id in ("caf%E9 r%E9sum%E9.txt", "two\nlines.txt"):
        api = client.get("/api/documents/" + quote(doc_id, safe=""))
        assert api.status_code == 200, doc_id
        assert api.get_json()["id"] == doc_id
        page = client.get("/documents/" + quote(doc_id, safe=""))
        assert page.status_code == 200, doc_id
    results = client.get("/api/search?q=café").get_json()
    assert [hit["id"] for hit in results["hits"]] == ["caf%E9 r%E9sum%E9.txt"]
