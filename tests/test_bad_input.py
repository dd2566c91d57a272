"""Every kind of bad input through a whole indexing run: reported with a reason, the run goes on.

One tree holds a good document beside each bad file; a single run must index the good ones,
give each bad one its reason, and keep what was indexed before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.ingest import sources
from indexer.index import store
from indexer.index.commit import load_manifest
from indexer.documents import Reason
from indexer.index.pipeline import FileTask, Limits, analyse_file, index_paths
from indexer.ingest.workers import TaskFailure
from tests import pdfgen

GOOD = "The cross-border cycling route links twelve villages and opened in the second project year."


def failures_by_name(report) -> dict[str, str]:
    return {Path(failure.file).name: failure.reason for failure in report.failed}


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    pdfgen.zero_page_pdf(root / "zero-pages.pdf")
    report = pdfgen.text_pdf(tmp_path / "source.pdf", ["A long enough report page about river restoration. " * 20] * 3)
    pdfgen.truncated_pdf(root / "truncated.pdf", report)
    pdfgen.password_pdf(root / "locked.pdf", user_password="secret")
    pdfgen.password_pdf(root / "open-encrypted.pdf", user_password="")
    pdfgen.image_only_pdf(root / "scanned.pdf")
    pdfgen.cid_pdf(root / "cid.pdf")
    (root / "actually-html.pdf").write_text(
        "<html lang='en'><head><title>Harbour study</title></head><body><main><p>"
        "The harbour study compares ferry timetables across the Baltic Sea region ports.</p></main></body></html>",
        encoding="utf-8",
    )
    (root / "polish-cp1250.txt").write_bytes(
        "Współpraca transgraniczna między gminami przyniosła nowe ścieżki rowerowe i szkolenia.".encode("cp1250")
    )
    with open(root / "huge.txt", "wb") as huge:  # sparse: 200 MB + 1 byte without using the disk
        huge.write((GOOD + "\n").encode() * 2000)
        huge.truncate(200 * 2**20 + 1)
    (root / "loop").symlink_to(root, target_is_directory=True)
    return root


def test_every_bad_file_gets_its_reason_and_the_good_ones_are_indexed(bad_tree, tmp_path):
    report = index_paths([bad_tree], tmp_path / "index", workers=2)

    assert failures_by_name(report) == {
        "empty.txt": Reason.EMPTY,
        "zero-pages.pdf": Reason.EMPTY,
        "truncated.pdf": Reason.CORRUPT,
        "locked.pdf": Reason.ENCRYPTED,
        "scanned.pdf": Reason.NO_TEXT,
        "cid.pdf": Reason.GARBLED,
        "huge.txt": Reason.TOO_LARGE,
        "loop": Reason.UNREADABLE,
    }
    assert all(failure.detail for failure in report.failed)
    assert "loop" in next(failure.detail for failure in report.failed if failure.file.endswith("loop"))
    with store.open_index(tmp_path / "index").searcher() as searcher:
        records = {doc["id"]: json.loads(doc["record"]) for doc in searcher.all_stored_fields()}
    assert set(records) == {"good.txt", "open-encrypted.pdf", "actually-html.pdf", "polish-cp1250.txt"}
    assert records["actually-html.pdf"]["format"] == "html"
    assert records["actually-html.pdf"]["title"] == "Harbour study"
    with store.open_index(tmp_path / "index").searcher() as searcher:
        text = searcher.document(id="polish-cp1250.txt")["content"]
    assert "Współpraca transgraniczna" in text and "ścieżki" in text


def test_unchanged_failures_are_not_retried_unless_asked(bad_tree, tmp_path):
    index_dir = tmp_path / "index"
    index_paths([bad_tree], index_dir, workers=2)
    again = index_paths([bad_tree], index_dir, workers=2)
    assert again.added == again.updated == 0
    assert failures_by_name(again)["locked.pdf"] == Reason.ENCRYPTED
    extraction_failures = [failure for failure in again.failed if not failure.file.endswith("loop")]
    assert all("--retry-failed" in failure.detail for failure in extraction_failures)

    retried = index_paths([bad_tree], index_dir, workers=2, retry_failed=True)
    assert not any("--retry-failed" in failure.detail for failure in retried.failed)
    assert set(failures_by_name(retried)) == set(failures_by_name(again))


def test_a_fixed_file_is_indexed_and_leaves_the_failure_list(bad_tree, tmp_path):
    index_dir = tmp_path / "index"
    index_paths([bad_tree], index_dir, workers=2)
    (bad_tree / "empty.txt").write_text("Now the page describes the village bakery cooperative.", encoding="utf-8")
    report = index_paths([bad_tree], index_dir, workers=2)
    assert "empty.txt" not in failures_by_name(report) and report.added == 1
    failed_now = {Path(item.file).name for item in load_manifest(
        store.current_generation(index_dir)).failures.values()}
    assert "empty.txt" not in failed_now and "locked.pdf" in failed_now


def test_size_limit_is_configurable(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "page.txt").write_text(GOOD * 40, encoding="utf-8")
    report = index_paths([root], tmp_path / "index", limits=Limits(max_bytes=1024), workers=1)
    assert failures_by_name(report) == {"page.txt": Reason.TOO_LARGE}
    assert "limit is 1,024" in report.failed[0].detail


def test_file_deleted_between_discovery_and_extraction(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    page = root / "page.txt"
    page.write_text(GOOD, encoding="utf-8")
    (source,) = sources.discover([root]).files
    page.unlink()
    result = analyse_file(FileTask(source, None, str(tmp_path / "cache")))
    assert isinstance(result, TaskFailure) and result.reason == Reason.VANISHED


def test_a_broken_file_does_not_remove_what_was_indexed(tmp_path):
    root, index_dir = tmp_path / "corpus", tmp_path / "index"
    root.mkdir()
    page = root / "page.txt"
    page.write_text(GOOD, encoding="utf-8")
    index_paths([root], index_dir, workers=1)
    page.write_bytes(b"")  # the file is emptied: the old text stays searchable, the failure is reported
    report = index_paths([root], index_dir, workers=1)
    assert failures_by_name(report) == {"page.txt": Reason.EMPTY}
    with store.open_index(index_dir).searcher() as searcher:
        assert searcher.document(id="page.txt") is not None


def test_extraction_timeout_is_reported(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    pages = ["Paragraph about wetland restoration and the monitoring of migrating birds. " * 40] * 60
    pdfgen.text_pdf(root / "long.pdf", pages)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    report = index_paths([root], tmp_path / "index", limits=Limits(timeout_s=0.3), workers=1)
    assert failures_by_name(report) == {"long.pdf": Reason.TIMEOUT}


# Root reads every file whatever its mode, so as root the indexer runs without that capability.
WITHOUT_READ_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                         "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_is_reported(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = root / "secret.txt"
    secret.write_text("Internal notes on the steering committee.", encoding="utf-8")
    secret.chmod(0)
    command = [sys.executable, "-m", "indexer.cli", "index", str(root), "--index", str(tmp_path / "index"),
               "--json", "--workers", "1"]
    if os.geteuid() == 0:
        command = WITHOUT_READ_OVERRIDE + command
    completed = subprocess.run(command, capture_output=True, text=True, cwd=Path(__file__).parents[1], timeout=120)
    summary = json.loads(completed.stdout)
    assert completed.returncode == 3
    assert summary["added"] == 1
    assert [(Path(item["file"]).name, item["reason"]) for item in summary["failed"]] == [
        ("secret.txt", Reason.UNREADABLE)
    ]
