"""Logos of PDFs: a programme named only in a logo image on the cover is the document's programme.

The PDFs are generated here with logo images whose lettering is drawn by Pillow, and read by the
real Tesseract through the real pipeline; the text layer of every one of them names no programme.
"""

from __future__ import annotations

from pathlib import Path

from indexer import search as searching
from indexer.documents import Document
from indexer.index import store
from indexer.index.pipeline import FileTask, analyse_file, index_paths
from indexer.ingest.extract import extract, logos, ocr
from indexer.ingest.sources import discover, file_sha256
from tests import pdfgen

MINUTES = (
    "Minutes of the second partner meeting, held in the spring at the town hall.",
    "The working groups agreed on the next steps for the three pilot sites.",
    "Each partner will report on the visitor surveys before the summer.",
)
LOGO = ("Interreg", "Alpine Space")
MISSING = ocr.OcrSettings(tesseract="/nonexistent/bin/tesseract")


def analysed(path: Path, cache: Path, settings: ocr.OcrSettings = ocr.OcrSettings()) -> Document:
    (source,) = discover([path]).files
    document = analyse_file(FileTask(source, None, str(cache), settings))
    assert isinstance(document, Document), document
    return document


def test_a_programme_named_only_in_the_cover_logo_is_found_from_the_logo(tmp_path: Path) -> None:
    path = pdfgen.logo_pdf(tmp_path / "minutes.pdf", MINUTES, LOGO, pages=3)
    raw = extract(discover([path]).files[0], file_sha256(path))
    assert any("Alpine Space" in text for text in raw.alt_texts), raw.alt_texts

    before = ocr.STATS.tesseract_runs
    first = analysed(path, tmp_path / "cache")
    read = ocr.STATS.tesseract_runs - before
    again = analysed(path, tmp_path / "cache")

    assert first.metadata.programmes == ("Interreg Alpine Space",)
    assert read == 1  # one logo, read once; the text pages need no OCR
    assert ocr.STATS.tesseract_runs - before == read  # the rebuild takes the logo's words from the cache
    assert again.metadata.programmes == first.metadata.programmes
    # The logo is evidence for the facet, not text of the report: a search for its words finds nothing.
    assert "Alpine" not in first.text
    index_paths([path], tmp_path / "index", workers=1)
    results = searching.search(store.open_index(tmp_path / "index"), searching.SearchQuery(text="Alpine"))
    assert not results.hits


def test_without_tesseract_the_logo_gives_nothing_and_the_file_is_still_indexed(tmp_path: Path) -> None:
    path = pdfgen.logo_pdf(tmp_path / "minutes.pdf", MINUTES, LOGO)

    document = analysed(path, tmp_path / "cache", MISSING)

    assert document.metadata.programmes == ()
    assert "pilot sites" in document.text


def test_a_full_page_scan_and_a_small_icon_are_not_read_as_logos(tmp_path: Path) -> None:
    full_page = (pdfgen._image_xobject(pdfgen.lettering(LOGO)), (0, 0, 595, 842))
    icon = (pdfgen._image_xobject(pdfgen.lettering(LOGO, (96, 96), 12)), (480, 760, 16, 16))
    path = pdfgen.images_pdf(tmp_path / "backdrop.pdf", MINUTES * 2, [full_page, icon])

    before = ocr.STATS.tesseract_runs
    raw = extract(discover([path]).files[0], file_sha256(path))

    assert raw.alt_texts == () and raw.ocr_pages == ()
    assert ocr.STATS.tesseract_runs == before
    assert "pilot sites" in raw.text


def test_a_broken_image_is_skipped_and_the_next_logo_is_still_read(tmp_path: Path) -> None:
    broken = (pdfgen.BROKEN_JPEG, (72, 740, 160, 60))
    good = (pdfgen._image_xobject(pdfgen.lettering(LOGO)), (360, 740, 160, 60))
    path = pdfgen.images_pdf(tmp_path / "damaged.pdf", MINUTES, [broken, good])

    before = ocr.STATS.tesseract_runs
    document = analysed(path, tmp_path / "cache")

    assert document.metadata.programmes == ("Interreg Alpine Space",)
    assert "pilot sites" in document.text
    assert ocr.STATS.tesseract_runs - before == 1  # what PDFium cannot decode is not sent to Tesseract


def test_a_logo_is_read_once_however_many_pages_show_it_and_at_most_max_logos_per_file() -> None:
    repeated = [logos.LogoImage(page, (300, 100), 0, (17,)) for page in (1, 2, 9)]
    distinct = [logos.LogoImage(1, (300, 100), nth, (100 + nth,)) for nth in range(logos.MAX_LOGOS + 3)]

    assert logos.chosen(repeated) == repeated[:1]
    assert len(logos.chosen(distinct)) == logos.MAX_LOGOS
    assert logos.pages_to_read(1) == (1,) and logos.pages_to_read(2) == (1, 2) and logos.pages_to_read(9) == (1, 2, 9)


def test_small_logos_are_enlarged_and_transparent_ones_read_on_white() -> None:
    from PIL import Image

    clear = Image.new("RGBA", (150, 90), (0, 0, 0, 0))  # all transparent: black only if the alpha were dropped
    prepared = logos.prepared(clear)

    assert min(prepared.size) >= logos.TARGET_SHORT_SIDE_PX
    assert prepared.mode == "L" and prepared.getextrema() == (255, 255)


def test_each_word_goes_back_to_the_logo_it_lies_on_and_lone_marks_are_left_out() -> None:
    # Two logos on one sheet: rows 0-199 and 300-499; the emblem beside the first word is read as "E".
    words = ("Interreg", "E", "Alpine", "Space", "unsure", "Fund")
    data = {
        "text": list(words), "conf": [91, 95, 88, 90, 41, 89], "top": [20, 20, 80, 80, 330, 360],
        "height": [40] * 6, "block_num": [1, 1, 1, 1, 2, 2], "par_num": [1] * 6, "line_num": [1, 1, 2, 2, 1, 2],
    }

    assert logos.logo_text(data, (0, 200)) == "Interreg Alpine Space"
    assert logos.logo_text(data, (300, 500)) == "Fund"
    assert logos.logo_text(data, (200, 300)) == ""
