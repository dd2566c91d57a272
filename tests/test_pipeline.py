"""Incremental, atomic, cached indexing through the real pipeline and a real whoosh index."""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

from whoosh.query import Term

from indexer.documents import Reason
from indexer.ingest import extract, sources
from indexer.index import store
from indexer.index.pipeline import index_paths
from tests import pdfgen

ENGLISH = "The regional innovation centre supports small firms in rural areas with training and grants."
GERMAN = "Das Projekt unterstützt kleine Unternehmen in ländlichen Regionen mit Beratung und Schulungen."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ids_in(index_dir: Path) -> set[str]:
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"] for fields in searcher.all_stored_fields()}


def body_hits(index_dir: Path, word: str) -> set[str]:
    with store.open_index(index_dir).searcher() as searcher:
        return {hit["id"] for hit in searcher.search(Term("body", word), limit=None)}


def bump_mtime(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_first_run_adds_and_second_run_changes_nothing(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus / "a.txt", ENGLISH)
    write(corpus / "pages" / "b.txt", GERMAN)

    first = index_paths([corpus], index_dir, workers=1)
    assert (first.added, first.updated, first.deleted, first.unchanged, first.failed) == (2, 0, 0, 0, ())
    assert ids_in(index_dir) == {"a.txt", "pages/b.txt"}

    second = index_paths([corpus], index_dir, workers=1)
    assert (second.added, second.updated, second.deleted, second.unchanged) == (0, 0, 0, 2)


def test_change_delete_and_rename_are_picked_up(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    a = write(corpus / "a.txt", ENGLISH)
    b = write(corpus / "b.txt", GERMAN)
    c = write(corpus / "c.txt", "A greenhouse cooperative in the Danube delta shares harvest machinery.")
    index_paths([corpus], index_dir, workers=1)

    write(a, ENGLISH + " Beekeeping cooperatives joined in the second year.")
    bump_mtime(a)
    b.unlink()
    c.rename(corpus / "renamed.txt")
    report = index_paths([corpus], index_dir, workers=1)

    assert (report.added, report.updated, report.deleted) == (1, 1, 2)
    assert ids_in(index_dir) == {"a.txt", "renamed.txt"}
    assert body_hits(index_dir, "beekeeping") == {"a.txt"}
    assert body_hits(index_dir, "greenhouse") == {"renamed.txt"}


def test_touched_but_identical_file_is_not_reindexed(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    a = write(corpus / "a.txt", ENGLISH)
    index_paths([corpus], index_dir, workers=1)
    bump_mtime(a)
    report = index_paths([corpus], index_dir, workers=1)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)


def test_changed_sidecar_updates_the_document(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus / "a.txt", ENGLISH)
    sidecar = write(corpus / "a.txt.meta.json", json.dumps({"title": "Rural innovation"}))
    index_paths([corpus], index_dir, workers=1)
    write(sidecar, json.dumps({"title": "Rural innovation centres", "countries": ["AT"]}))
    bump_mtime(sidecar)
    report = index_paths([corpus], index_dir, workers=1)
    assert report.updated == 1
    with store.open_index(index_dir).searcher() as searcher:
        stored = searcher.document(id="a.txt")
    record = json.loads(stored["record"])
    assert record["title"] == "Rural innovation centres"
    assert record["countries"] == ["AT"]


def test_documents_of_other_roots_are_kept(tmp_path):
    one, two, index_dir = tmp_path / "one", tmp_path / "two", tmp_path / "index"
    write(one / "a.txt", ENGLISH)
    write(two / "b.txt", GERMAN)
    index_paths([one], index_dir, workers=1)
    index_paths([two], index_dir, workers=1)
    assert ids_in(index_dir) == {"a.txt", "b.txt"}
    index_paths([two], index_dir, workers=1, full=True)
    assert ids_in(index_dir) == {"a.txt", "b.txt"}


ALPHA = "Alpha project with partners in Poland."
BETA = "Beta project with partners in Austria."


def two_roots_with_one_id(tmp_path: Path) -> tuple[Path, Path, Path]:
    one, two = tmp_path / "one", tmp_path / "two"
    write(one / "notes.txt", ALPHA)
    write(two / "notes.txt", BETA)
    return one, two, tmp_path / "index"


def notes_text(index_dir: Path) -> str:
    documents = stored_documents(index_dir)
    assert set(documents) == {"notes.txt"}
    return documents["notes.txt"]["content"]


def test_another_root_does_not_take_over_an_id_in_a_later_run(tmp_path):
    one, two, index_dir = two_roots_with_one_id(tmp_path)
    index_paths([one], index_dir, workers=1)
    for _ in range(2):  # and the same on the next run: the clash is decided again, not remembered
        report = index_paths([two], index_dir, workers=1)
        assert (report.added, report.updated, report.deleted) == (0, 0, 0)
        assert [(f.file, f.reason) for f in report.failed] == [(str(two / "notes.txt"), Reason.DUPLICATE_ID)]
        assert str(one / "notes.txt") in report.failed[0].detail
        assert notes_text(index_dir) == ALPHA
    report = index_paths([one], index_dir, workers=1)
    assert (report.unchanged, report.failed) == (1, ())
    assert index_paths([two], index_dir, workers=1, full=True).failed[0].reason == Reason.DUPLICATE_ID
    assert notes_text(index_dir) == ALPHA


def test_an_id_whose_file_is_gone_goes_to_the_other_root(tmp_path):
    one, two, index_dir = two_roots_with_one_id(tmp_path)
    index_paths([one], index_dir, workers=1)
    assert index_paths([two], index_dir, workers=1).failed
    (one / "notes.txt").unlink()
    assert index_paths([one], index_dir, workers=1).deleted == 1
    report = index_paths([two], index_dir, workers=1)
    assert (report.added, report.failed) == (1, ())
    assert notes_text(index_dir) == BETA
    # Gone, but its own root not indexed since: the document would be deleted, so it gives the id up.
    write(one / "notes.txt", ALPHA)
    index_paths([one], index_dir, workers=1)
    (two / "notes.txt").unlink()
    report = index_paths([one], index_dir, workers=1)
    assert (report.updated, report.failed) == (1, ())
    assert notes_text(index_dir) == ALPHA


def test_a_root_by_another_spelling_is_the_same_root(tmp_path):
    one, _, index_dir = two_roots_with_one_id(tmp_path)
    (tmp_path / "link").symlink_to(one, target_is_directory=True)
    index_paths([one], index_dir, workers=1)
    report = index_paths([tmp_path / "link"], index_dir, workers=1)
    assert report.failed == ()
    assert json.loads(stored_documents(index_dir)["notes.txt"]["record"])["path"] == str(tmp_path / "link" / "notes.txt")
    assert index_paths([tmp_path / "link" / ".." / "one"], index_dir, workers=1).failed == ()


def test_full_rebuild_swaps_a_new_generation_in(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus / "a.txt", ENGLISH)
    index_paths([corpus], index_dir, workers=1)
    before = store.current_generation(index_dir)
    reader = store.open_index(index_dir).searcher()  # a search in progress during the rebuild

    report = index_paths([corpus], index_dir, workers=1, full=True)

    after = store.current_generation(index_dir)
    assert report.full and report.added == 1
    assert after != before and (index_dir / "current").is_symlink()
    assert reader.document(id="a.txt") is not None  # the old generation is still readable
    reader.close()
    assert ids_in(index_dir) == {"a.txt"}


def test_rebuild_reads_the_text_cache_instead_of_extracting_again(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    pdfgen.text_pdf(corpus / "a.pdf", [pdfgen.ENGLISH_PAGE])
    index_paths([corpus], index_dir, workers=1)
    cached = list((index_dir / "cache").rglob(f"*-{extract.cache_version()}.json.gz"))
    assert len(cached) == 1
    # Rewrite the cached extraction: only a rebuild that reads the cache can find this word.
    data = json.loads(gzip.decompress(cached[0].read_bytes()))
    data["blocks"][0]["text"] += " Xylophonists"
    cached[0].write_bytes(gzip.compress(json.dumps(data).encode()))

    index_paths([corpus], index_dir, workers=1, full=True)
    assert body_hits(index_dir, "xylophonists") == {"a.pdf"}


def test_pages_are_read_again_instead_of_cached_and_index_the_same(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus / "a.txt", ENGLISH)
    write(corpus / "b.html", f"<html><head><title>Grants</title></head><body><p>{GERMAN}</p></body></html>")
    pdfgen.text_pdf(corpus / "c.pdf", [pdfgen.ENGLISH_PAGE])
    index_paths([corpus], index_dir, workers=1)
    first = stored_documents(index_dir)
    assert [path.name for path in (index_dir / "cache").rglob("*.json.gz")] == [
        f"{sources.file_sha256(corpus / 'c.pdf')}-{extract.cache_version()}.json.gz"
    ]
    index_paths([corpus], index_dir, workers=1, full=True)
    assert stored_documents(index_dir) == first and set(first) == {"a.txt", "b.html", "c.pdf"}


def stored_documents(index_dir: Path) -> dict[str, dict]:
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def test_index_directory_inside_the_corpus_is_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ENGLISH)
    index_paths([corpus], corpus / ".." / "corpus" / "idx", workers=1)
    report = index_paths([corpus], corpus / "idx", workers=1)
    assert report.failed == () and report.unchanged == 1
    assert ids_in(corpus / "idx") == {"a.txt"}


def test_state_records_the_last_run(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus / "a.txt", ENGLISH)
    index_paths([corpus], index_dir, workers=1)
    version = store.index_version(index_dir)
    time.sleep(0.01)
    write(corpus / "b.txt", GERMAN)
    index_paths([corpus], index_dir, workers=1)
    state = store.read_state(store.current_generation(index_dir))
    assert state["last_run"]["added"] == 1
    assert store.index_version(index_dir) != version
