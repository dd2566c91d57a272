"""OCR: scanned pages become searchable through the real pipeline, page by page, once.

Every test that reads a page runs the real Tesseract (`make test` and CI install Debian's) on a few
generated pages; the OCR-off path is tested with settings that point at a binary that does not exist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer import search as searching
from indexer.documents import Reason
from indexer.index import store
from indexer.index.pipeline import FileTask, Limits, analyse_file, index_paths
from indexer.ingest.extract import cache_version, extract
from indexer.ingest.extract import ocr
from indexer.ingest.sources import discover, file_sha256
from tests import pdfgen

SCAN_EN = (
    "Annual report of the harbour cooperation project.",
    "Ferry timetables were aligned between the partner ports.",
    "Volunteers planted hedgerows along the cycling routes.",
)
SCAN_PL = (
    "Sprawozdanie końcowe projektu współpracy transgranicznej.",
    "W Gdańsku i Łodzi powstały nowe ścieżki rowerowe.",
    "Mieszkańcy zasadzili żywopłoty wzdłuż tras.",
)
MISSING = ocr.OcrSettings(tesseract="/nonexistent/bin/tesseract")

def records(index_dir: Path) -> dict[str, dict]:
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"]: json.loads(fields["record"]) for fields in searcher.all_stored_fields()}


def hits(index_dir: Path, text: str) -> dict[str, int | None]:
    results = searching.search(store.open_index(index_dir), searching.SearchQuery(text=text))
    return {hit.id: hit.snippet_page for hit in results.hits}


def test_render_scale_keeps_the_resolution_of_normal_pages_and_caps_huge_ones() -> None:
    assert ocr.render_scale(595, 842, 300, ocr.MAX_PIXELS) == pytest.approx(300 / 72)
    scale = ocr.render_scale(8400, 8400, 300, ocr.MAX_PIXELS)  # 35,000 x 35,000 px at 300 dpi
    assert (8400 * scale) ** 2 <= ocr.MAX_PIXELS
    assert 8400 * scale <= ocr.MAX_SIDE
    assert ocr.render_scale(100, 14400, 300, ocr.MAX_PIXELS) * 14400 <= ocr.MAX_SIDE


def test_scanned_pdf_becomes_searchable_through_the_pipeline(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdfgen.scanned_pdf(corpus / "scan.pdf", [SCAN_EN])
    report = index_paths([corpus], tmp_path / "index", workers=1)

    assert report.failed == ()
    assert hits(tmp_path / "index", "hedgerows timetables") == {"scan.pdf": 1}
    (page,) = records(tmp_path / "index")["scan.pdf"]["ocr_pages"]
    assert page["page"] == 1 and page["confidence"] > 0.8 and page["languages"][0] == "en"
    from webui import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": tmp_path / "index"}).test_client()
    api = client.get("/api/documents/scan.pdf").get_json()
    assert api["ocr_pages"] == [page]
    html = client.get("/documents/scan.pdf?lang=en").get_data(as_text=True)
    assert "Read by OCR" in html and "page 1, mean confidence" in html
    status = subprocess.run([sys.executable, "-m", "indexer.cli", "status", "--index", str(tmp_path / "index"),
                             "--json"], capture_output=True, text=True, check=True)
    assert json.loads(status.stdout)["ocr"] == {
        "enabled": True, "state": ocr.engine(ocr.OcrSettings()).describe(), "pages": 1, "documents": 1,
    }


def test_in_a_text_pdf_only_the_scanned_page_is_read_and_it_keeps_its_number(tmp_path: Path) -> None:
    path = pdfgen.mixed_pdf(tmp_path / "mixed.pdf", [pdfgen.ENGLISH_PAGE, pdfgen.POLISH_PAGE], 2, SCAN_EN)
    (source,) = discover([path]).files

    raw = extract(source, file_sha256(path))

    assert [page.page for page in raw.ocr_pages] == [2]
    by_page = {page: [b.text for b in raw.blocks if b.page == page] for page in (1, 2, 3)}
    assert by_page[1] == list(pdfgen.ENGLISH_PAGE) and by_page[3] == list(pdfgen.POLISH_PAGE)
    assert "hedgerows" in " ".join(by_page[2])
    index_paths([tmp_path / "mixed.pdf"], tmp_path / "index", workers=1)
    assert hits(tmp_path / "index", "hedgerows") == {"mixed.pdf": 2}
    assert hits(tmp_path / "index", "rowerowe") == {"mixed.pdf": 3}


def test_the_language_is_learned_from_the_text_and_from_the_other_pages(tmp_path: Path) -> None:
    # No /Lang, no sidecar, no other page: read with the default, then again in the language it shows.
    alone = pdfgen.scanned_pdf(tmp_path / "skan.pdf", [SCAN_PL + SCAN_PL])
    raw = extract(discover([alone]).files[0], file_sha256(alone))
    assert raw.ocr_pages[0].languages[0] == "pl"
    assert "Gdańsku" in raw.text and "ścieżki" in raw.text
    # A Polish text page beside the scan tells the language before the first reading.
    mixed = pdfgen.mixed_pdf(tmp_path / "mieszany.pdf", [pdfgen.POLISH_PAGE * 3], 2, SCAN_PL)
    before = ocr.STATS.tesseract_runs
    raw = extract(discover([mixed]).files[0], file_sha256(mixed))
    assert raw.ocr_pages[0].languages[0] == "pl"
    assert ocr.STATS.tesseract_runs - before == 1


def test_a_rebuild_takes_ocr_text_from_the_cache_without_running_tesseract(tmp_path: Path) -> None:
    path = pdfgen.scanned_pdf(tmp_path / "scan.pdf", [SCAN_EN])
    (source,) = discover([path]).files
    task = FileTask(source, None, str(tmp_path / "cache"))
    before = ocr.STATS.tesseract_runs

    first = analyse_file(task)
    after_first = ocr.STATS.tesseract_runs
    second = analyse_file(task)

    assert after_first > before
    assert ocr.STATS.tesseract_runs == after_first  # read from the text cache
    assert second == first and "hedgerows" in second.text
    assert list((tmp_path / "cache").rglob(f"*-{cache_version()}.json.gz"))
    # Turning OCR off is another cache key: the scan is then honestly without text.
    off = analyse_file(FileTask(source, None, str(tmp_path / "cache"), ocr.OcrSettings(enabled=False)))
    assert off.reason == Reason.NO_TEXT and "OCR is off (turned off by the settings)" in off.detail


def test_a_35000_pixel_page_is_read_at_a_capped_resolution_within_the_limits(tmp_path: Path) -> None:
    path = pdfgen.huge_page_pdf(tmp_path / "poster.pdf", SCAN_EN)
    reader = ocr.PageReader(path, ocr.OcrSettings(), ())
    image = reader.render(1)
    assert image.size[0] * image.size[1] <= ocr.MAX_PIXELS
    image.close()
    reader.close()

    report = index_paths([path], tmp_path / "index", workers=1, limits=Limits(timeout_s=60, memory_mb=1024))

    assert report.failed == ()
    assert "poster.pdf" in hits(tmp_path / "index", "hedgerows")


def test_a_long_scan_stops_reading_inside_the_time_limit_and_keeps_the_pages_read(tmp_path: Path) -> None:
    # 60 scanned pages, about a second of Tesseract each, against a 10 s limit: OCR must stop on its
    # own at 80 % of it, so the worker is never killed and the pages read so far are indexed.
    pages = [(f"Page {number} of the harbour cooperation report.", *SCAN_EN) for number in range(1, 61)]
    path = pdfgen.scanned_pdf(tmp_path / "long-scan.pdf", pages, dpi=150)

    report = index_paths([path], tmp_path / "index", workers=1, limits=Limits(timeout_s=10, memory_mb=1024))

    assert report.failed == ()
    read = [page["page"] for page in records(tmp_path / "index")["long-scan.pdf"]["ocr_pages"]]
    assert read and read == list(range(1, len(read) + 1)) and len(read) < 60
    assert hits(tmp_path / "index", "hedgerows") == {"long-scan.pdf": 1}
    assert not list((tmp_path / "index" / "cache").rglob("*.json.gz"))  # unfinished: the next run reads on


def test_without_tesseract_indexing_goes_on_and_says_ocr_is_off(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdfgen.scanned_pdf(corpus / "scan.pdf", [SCAN_EN], dpi=100)
    pdfgen.text_pdf(corpus / "report.pdf", [pdfgen.ENGLISH_PAGE])

    report = index_paths([corpus], tmp_path / "index", workers=1, ocr=MISSING)

    (failure,) = report.failed
    assert failure.reason == Reason.NO_TEXT
    assert "OCR is off (no Tesseract binary at '/nonexistent/bin/tesseract')" in failure.detail
    assert failure.detail.startswith("no text layer on its one page; ")  # one scanned page, in the singular
    assert set(records(tmp_path / "index")) == {"report.pdf"}
    status = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "status", "--index", str(tmp_path / "index")],
        capture_output=True, text=True, env={**os.environ, "PROJSEARCH_TESSERACT": MISSING.tesseract}, check=True,
    )
    assert "ocr: off (no Tesseract binary at '/nonexistent/bin/tesseract'); 0 pages of 0 documents read by OCR" in status.stdout


def test_no_ocr_flag_turns_it_off(tmp_path: Path) -> None:
    pdfgen.scanned_pdf(tmp_path / "scan.pdf", [SCAN_EN], dpi=100)
    completed = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "index", str(tmp_path / "scan.pdf"), "--index", str(tmp_path / "ix"),
         "--no-ocr", "--json"], capture_output=True, text=True,
    )
    assert completed.returncode == 3, completed.stderr
    (failure,) = json.loads(completed.stdout)["failed"]
    assert failure["reason"] == Reason.NO_TEXT and "turned off by the settings" in failure["detail"]
