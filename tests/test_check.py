"""`projsearch check` finds what a killed run or a changed disk leaves, in words, and repairs it."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from indexer.cli import cli
from indexer.index import commit, store
from indexer.index.pipeline import index_paths
from indexer.ingest import extract, sources
from tests import pdfgen


def test_check_reports_in_words_and_repairs(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("alpha", "bravo"):
        (root / f"{name}.txt").write_text(f"The {name} project restores Danube wetlands.", encoding="utf-8")
    pdfgen.text_pdf(root / "charlie.pdf", [["The charlie project restores Danube wetlands."]])  # cached
    index_dir = tmp_path / "index"
    index_paths([root], index_dir, workers=1)
    runner = CliRunner()
    clean = runner.invoke(cli, ["check", "--index", str(index_dir)])
    assert clean.exit_code == 0 and "3 documents" in clean.output and "agree" in clean.output

    generation = store.current_generation(index_dir)
    for path in generation.glob("manifest*.json"):
        path.unlink()  # as if killed between the commit and the manifest
    (root / "bravo.txt").unlink()  # a file gone, its document still searchable
    attempt = index_dir / "gen-99999999T999999999999"
    shutil.copytree(generation, attempt)  # an interrupted rebuild
    broken = next((index_dir / "cache").rglob("*.json.gz"))
    broken.write_bytes(b"not gzip")

    found = runner.invoke(cli, ["check", "--index", str(index_dir), "--json"])
    assert found.exit_code == 1
    problems = {item["subject"]: item["problem"] for item in json.loads(found.output)["findings"]}
    assert "bravo.txt" in problems and "is gone" in problems["bravo.txt"]
    assert attempt.name in problems and "interrupted" in problems[attempt.name]
    assert any("no manifest matches" in text for text in problems.values())
    assert any("unreadable text cache" in text for text in problems.values())

    repaired = runner.invoke(cli, ["check", "--index", str(index_dir), "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert "repaired" in repaired.output
    assert not attempt.exists() and not broken.exists()
    again = runner.invoke(cli, ["check", "--index", str(index_dir)])
    assert again.exit_code == 0 and "2 documents" in again.output
    with store.open_index(index_dir).searcher() as searcher:
        ids = {fields["id"] for fields in searcher.all_stored_fields()}
    assert ids == {"alpha.txt", "charlie.pdf"}
    assert set(commit.load_manifest(store.current_generation(index_dir)).documents) == ids


def test_check_removes_the_cached_texts_of_pages_that_earlier_versions_wrote(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    page = root / "delta.txt"
    page.write_text("The delta project restores Danube wetlands.", encoding="utf-8")
    pdfgen.text_pdf(root / "echo.pdf", [["The echo project restores Danube wetlands."]])
    index_dir = tmp_path / "index"
    index_paths([root], index_dir, workers=1)
    cache_dir = index_dir / "cache"
    (pdf_entry,) = cache_dir.rglob("*.json.gz")  # only the PDF is cached now

    source = next(item for item in sources.discover([root]).files if item.path.name == "delta.txt")
    sha256 = sources.file_sha256(page)
    store.TextCache(cache_dir, extract.cache_version()).put(extract.extract(source, sha256, None))  # as before
    runner = CliRunner()
    found = runner.invoke(cli, ["check", "--index", str(index_dir), "--json"])
    problems = [item["problem"] for item in json.loads(found.output)["findings"]]
    assert "1 cached text of a web page or a text file, which is read from its file instead" in problems, problems

    repaired = runner.invoke(cli, ["check", "--index", str(index_dir), "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert list(cache_dir.rglob("*.json.gz")) == [pdf_entry]
    again = runner.invoke(cli, ["check", "--index", str(index_dir), "--json"])
    assert not any("web pages" in item["problem"] for item in json.loads(again.output)["findings"])


def test_check_and_status_count_one_document_in_the_singular(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "alpha.txt").write_text("The alpha project restores Danube wetlands.", encoding="utf-8")
    pdfgen.text_pdf(root / "bravo.pdf", [["The bravo project restores Danube wetlands."]])  # cached
    index_dir = tmp_path / "index"
    index_paths([root], index_dir, workers=1)
    (root / "bravo.pdf").unlink()
    index_paths([root], index_dir, workers=1)  # its cached text stays, for a file that comes back
    runner = CliRunner()
    checked = runner.invoke(cli, ["check", "--index", str(index_dir)])
    assert checked.exit_code == 0, checked.output
    assert f"1 document in {index_dir}:" in checked.output
    assert "  cache: 1 cached text belongs to no indexed document\n" in checked.output
    status = runner.invoke(cli, ["status", "--index", str(index_dir), "--no-ocr"])
    assert status.exit_code == 0, status.output
    assert "0 pages of 0 documents read by OCR" in status.output
