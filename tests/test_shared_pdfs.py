"""`projsearch index ../shared/data/pdfs`: every real-world PDF is indexed or reported, none stops the run."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from indexer.index import store
from indexer.documents import Reason
from indexer.index.pipeline import index_paths
from indexer.ingest.extract.ocr import OcrSettings

SHARED_PDFS = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdfs"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/data is absent (not a full checkout)"),
]


def test_every_real_pdf_is_indexed_or_reported(tmp_path):
    manifest = [json.loads(line) for line in (SHARED_PDFS / "manifest.jsonl").read_text().splitlines() if line]
    on_disk = {path.relative_to(SHARED_PDFS).as_posix() for path in SHARED_PDFS.rglob("*.pdf")}

    # 150 dpi: a quarter of the pixels of 300, and OCR reads printed pages about as well (bench_ocr).
    report = index_paths([SHARED_PDFS], tmp_path / "index", ocr=OcrSettings(dpi=150))

    with store.open_index(tmp_path / "index").searcher() as searcher:
        records = {fields["id"]: json.loads(fields["record"]) for fields in searcher.all_stored_fields()}
    indexed = set(records)
    failed = {Path(failure.file).relative_to(SHARED_PDFS).as_posix(): failure for failure in report.failed}
    assert indexed | set(failed) == on_disk
    assert not indexed & set(failed)
    assert all(failure.detail for failure in failed.values())
    reasons = Counter(failure.reason for failure in failed.values())
    assert Reason.CRASHED not in reasons and Reason.MEMORY not in reasons

    status = {entry["file"]: entry["pdfminer_outcome"] for entry in manifest}
    for name, expected in status.items():
        if expected in ("ok_encrypted", "ok_cid_garbage"):
            assert name in indexed, f"{name} ({expected}) should be readable"
        if expected == "no_text":
            # OCR reads the scans of printed text; blank pages, shapes and pictures stay reported.
            if name in indexed:
                assert records[name]["ocr_pages"], name
            else:
                assert failed[name].reason in (Reason.NO_TEXT, Reason.EMPTY, Reason.GARBLED), name
    recovered = {name for name, expected in status.items() if expected == "no_text" and name in indexed}
    assert {"eu_project_docs/D3.4.pdf", "ocrmypdf/linn.pdf", "ocrmypdf/c02-22.pdf"} <= recovered
