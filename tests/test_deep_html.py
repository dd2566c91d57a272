"""Deeply nested HTML is indexed within the default per-file limits, its text kept."""

from __future__ import annotations

from pathlib import Path

from indexer.index import store
from indexer.index.pipeline import index_paths
from indexer.ingest.extract import charset, nesting

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def tower(depth: int) -> str:
    return ("<html><body><h1>Nested tower</h1>" + "<div class='level'>" * depth + "Danube wetland restoration"
            + "</div>" * depth + "<p>After the tower: Lisbon schools.</p></body></html>")


def test_300000_nested_divs_are_indexed_with_the_default_limits(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "tower.html").write_text(tower(300_000), encoding="utf-8")
    index_dir = tmp_path / "index"
    report = index_paths([root], index_dir, workers=1)
    assert report.added == 1 and not report.failed, report.failed
    with store.open_index(index_dir).searcher() as searcher:
        (fields,) = searcher.all_stored_fields()
        assert "Danube wetland restoration" in fields["content"] and "Lisbon schools" in fields["content"]


def test_the_cap_keeps_text_and_structure_up_to_its_depth():
    markup = tower(1000)
    flat = nesting.capped(markup, limit=10)
    assert nesting.max_depth(flat) == 10
    assert "Danube wetland restoration" in flat and "After the tower" in flat
    assert flat.count("<div") == 10 and flat.count("</div>") == 10


def test_ordinary_pages_are_left_exactly_as_they_are():
    pages = [path for path in CORPUS.rglob("*") if path.suffix in (".html", ".htm")]
    assert len(pages) >= 30
    for page in pages:
        markup = charset.decode_bytes(page.read_bytes())
        assert nesting.max_depth(markup) <= nesting.MAX_DEPTH, page
        assert nesting.capped(markup) is markup
