"""An index built by other facet rules is rebuilt from the text cache, without a bump by hand."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from whoosh.query import Term

from indexer.cli import cli
from indexer.ingest import extract
from indexer.index import store
from indexer.index.pipeline import index_paths
from indexer.index.rules import fingerprint, rules_version
from tests import pdfgen

TEXT = "The regional innovation centre supports small firms in rural areas with training and grants."
PACKAGE = Path(__file__).resolve().parents[1] / "indexer"


def test_an_index_of_older_rules_is_rebuilt_from_the_text_cache(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    pdfgen.text_pdf(corpus / "a.pdf", [[TEXT]])  # a PDF: pages are read again rather than cached
    index_paths([corpus], index_dir, workers=1)
    state_file = store.current_generation(index_dir) / store.STATE
    state = json.loads(state_file.read_text(encoding="utf-8"))
    assert state["rules_version"] == rules_version()
    assert index_paths([corpus], index_dir, workers=1).unchanged == 1  # same rules: nothing to do

    # As if the index had been written by an earlier release of the metadata rules, and the
    # extraction cached then holds a word the file does not: only a rebuild from the cache finds it.
    state_file.write_text(json.dumps(state | {"rules_version": "0" * 16}), encoding="utf-8")
    (cached,) = (index_dir / "cache").rglob(f"*-{extract.cache_version()}.json.gz")
    data = json.loads(gzip.decompress(cached.read_bytes()))
    data["blocks"][0]["text"] += " Xylophonists"
    cached.write_bytes(gzip.compress(json.dumps(data).encode()))

    status = CliRunner().invoke(cli, ["status", "--index", str(index_dir)])
    assert status.exit_code == 0 and "rebuilds from the text cache" in status.output

    report = index_paths([corpus], index_dir, workers=1)

    assert report.full and report.added == 1 and report.unchanged == 0
    with store.open_index(index_dir).searcher() as searcher:
        assert [hit["id"] for hit in searcher.search(Term("body", "xylophonists"))] == ["a.pdf"]
    state = store.read_state(store.current_generation(index_dir))
    assert state["rules_version"] == rules_version()
    assert index_paths([corpus], index_dir, workers=1).unchanged == 1
    assert "rebuilds" not in CliRunner().invoke(cli, ["status", "--index", str(index_dir)]).output


def test_the_fingerprint_follows_rule_code_and_data_but_not_other_code(tmp_path):
    copy = tmp_path / "indexer"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    original = fingerprint(copy)
    assert original == rules_version()  # the installed package is this source tree

    places = copy / "metadata" / "data" / "places.toml"
    places.write_text(places.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    changed_data = fingerprint(copy)
    (copy / "ingest" / "clean.py").write_text("# another cleaning\n", encoding="utf-8")
    changed_cleaning = fingerprint(copy)
    (copy / "search" / "__init__.py").write_text("# the search layer changes nothing indexed\n", encoding="utf-8")

    assert len({original, changed_data, changed_cleaning}) == 3
    assert fingerprint(copy) == changed_cleaning
