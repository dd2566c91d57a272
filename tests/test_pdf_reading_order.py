"""PDF text comes out in reading order when a page sets its words one by one with zero-width spaces between them."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.documents import RawDocument
from indexer.ingest.clean import clean
from indexer.ingest.extract import extract
from indexer.ingest.extract.ocr import OcrSettings
from indexer.ingest.sources import discover, file_sha256
from indexer.language.detection import language_shares, segment
from indexer.metadata.enrich import extract_metadata
from tests import pdfgen

SHARED_PDFS = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdfs"
needs_shared = pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/data is absent (not a full checkout)")

HEADING = "Annual report of the cooperation project"
PARAGRAPH = (
    "The partners opened new cycling paths between the towns this year, and the",
    "regional office measured how many people use them on working days. Schools",
    "along the route joined the counting, and the results were shown at the final",
    "conference in the spring.",
)


def read(path: Path) -> RawDocument:
    (source,) = discover([path]).files
    return clean(extract(source, file_sha256(path), OcrSettings(enabled=False)))


def test_words_set_one_by_one_between_zero_width_spaces_read_as_lines_and_paragraphs(tmp_path: Path) -> None:
    # The zero-width spaces sit in a fallback font whose boxes hang half a line low; each word
    # used to become a line of its own, and neighbouring lines' words were stacked into columns.
    document = read(pdfgen.word_by_word_pdf(tmp_path / "press.pdf", [[HEADING], PARAGRAPH]))

    assert [block.text for block in document.blocks] == [HEADING, " ".join(PARAGRAPH)]


@needs_shared
def test_real_press_release_set_word_by_word_reads_in_order() -> None:
    document = read(SHARED_PDFS / "eu_project_docs" / "OBEU_Final_Launch.pdf")
    first_page = [block.text for block in document.blocks if block.page == 1]

    assert first_page[0] == "Openbudgets.eu: the new platform for financial transparency in Europe"
    assert first_page[1] == (
        "Berlin, September 8, 2017 - Today, OpenBudgets officially launches its fiscal transparency platform. "
        "Using OpenBudgets.eu journalists, civil servants, and data scientists can process, analyse, and explore "
        "the nature and relevance of fiscal data."
    )
    greek = [block.text for block in document.blocks if block.page == 8]
    assert greek[0] == "Για περισσότερες πληροφορίες: http://openbudgets.eu"


@needs_shared
def test_real_press_release_set_word_by_word_is_titled_by_its_heading_and_counts_its_english() -> None:
    document = read(SHARED_PDFS / "eu_project_docs" / "OBEU_Final_Launch.pdf")
    segments = segment(document)

    assert extract_metadata(document, segments).title == (
        "Openbudgets.eu: the new platform for financial transparency in Europe"
    )
    assert "en" in dict(language_shares(segments))  # page 1 is English; word salad read as other languages
