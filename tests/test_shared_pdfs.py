"""`projsearch index ../shared/data/pdfs`: every real-world PDF is indexed or reported, none stops the run.

The whole collection is read with OCR off (the robustness of parsing is what it checks); OCR is
checked on the files where it decides the outcome: the scans (`no_text`) and the `(cid:N)` ones.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from indexer import search as searching
from indexer.documents import Reason
from indexer.index import store
from indexer.index.pipeline import index_paths
from indexer.ingest.extract.ocr import OcrSettings
from indexer.ingest.sources import file_sha256

SHARED_PDFS = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdfs"
LABELS = Path(__file__).resolve().parent / "bench" / "no_text_labels.jsonl"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/data is absent (not a full checkout)"),
]


def manifest() -> dict[str, str]:
    rows = [json.loads(line) for line in (SHARED_PDFS / "manifest.jsonl").read_text().splitlines() if line]
    return {row["file"]: row["pdfminer_outcome"] for row in rows}


def stored_records(index_dir: Path) -> dict[str, dict]:
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"]: json.loads(fields["record"]) for fields in searcher.all_stored_fields()}


def test_every_real_pdf_is_indexed_or_reported(tmp_path):
    on_disk = {path.relative_to(SHARED_PDFS).as_posix() for path in SHARED_PDFS.rglob("*.pdf")}

    report = index_paths([SHARED_PDFS], tmp_path / "index", ocr=OcrSettings(enabled=False))

    indexed = set(stored_records(tmp_path / "index"))
    failed = {Path(failure.file).relative_to(SHARED_PDFS).as_posix(): failure for failure in report.failed}
    assert indexed | set(failed) == on_disk
    assert not indexed & set(failed)
    assert all(failure.detail for failure in failed.values())
    reasons = Counter(failure.reason for failure in failed.values())
    assert Reason.CRASHED not in reasons and Reason.MEMORY not in reasons
    for name, expected in manifest().items():
        if expected in ("ok_encrypted", "ok_cid_garbage"):
            assert name in indexed, f"{name} ({expected}) should be readable"
        if expected == "no_text":
            assert failed[name].reason in (Reason.NO_TEXT, Reason.EMPTY), name
            assert "OCR is off" in failed[name].detail, name


def test_scans_with_printed_text_become_searchable_and_the_others_stay_reported(tmp_path):
    status = manifest()
    wanted = [name for name, outcome in status.items() if outcome in ("no_text", "ok_cid_garbage")]
    corpus = tmp_path / "corpus"
    for name in wanted:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHARED_PDFS / name, corpus / name)

    report = index_paths([corpus], tmp_path / "index")

    records = stored_records(tmp_path / "index")
    failed = {Path(failure.file).relative_to(corpus).as_posix(): failure for failure in report.failed}
    assert set(records) | set(failed) == set(wanted)
    reasons = Counter(failure.reason for failure in failed.values())
    assert Reason.CRASHED not in reasons and Reason.MEMORY not in reasons and Reason.TIMEOUT not in reasons
    for name in wanted:
        if status[name] == "ok_cid_garbage":
            assert name in records, name
        elif name in records:
            assert records[name]["ocr_pages"], f"{name} was indexed without OCR"
        else:
            assert failed[name].reason in (Reason.NO_TEXT, Reason.EMPTY, Reason.GARBLED), name
            if failed[name].reason == Reason.NO_TEXT:
                assert "OCR found no text either" in failed[name].detail, name
    # Our labels (tests/bench/no_text_labels.jsonl) say which scans carry printed text.
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    printed = {row["file"] for row in labels
               if row["printed_text"] and file_sha256(SHARED_PDFS / row["file"]) == row["sha256"]}
    assert len(printed) >= 10
    recovered = printed & set(records)
    assert len(recovered) >= 0.8 * len(printed), sorted(printed - recovered)
    index = store.open_index(tmp_path / "index")
    found = searching.search(index, searching.SearchQuery(text="LinnSequencer MIDI sequence recorder"))
    assert {"ocrmypdf/linn.pdf", "ocrmypdf/rotated_skew.pdf"} <= {hit.id for hit in found.hits}
    assert all(hit.snippet_page == 1 for hit in found.hits if hit.id == "ocrmypdf/linn.pdf")
