"""Extraction: PDFs page by page, HTML main content, text charsets, and a reason for every failure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from indexer.ingest.clean import clean
from indexer.documents import IndexingError, RawDocument, Reason, SourceFile
from indexer.ingest.extract import extract
from indexer.ingest.extract.ocr import OcrSettings
from indexer.ingest.extract.pdf import pdf_string
from indexer.ingest.sources import discover, file_sha256
from tests import pdfgen

SHARED_PDFS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdfs"
needs_shared = pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/data is absent (not a full checkout)")


def source_of(path: Path) -> SourceFile:
    found = discover([path])
    assert found.problems == (), found.problems
    (source,) = found.files
    return source


NO_OCR = OcrSettings(enabled=False)


def read(path: Path, ocr: OcrSettings | None = None) -> RawDocument:
    return extract(source_of(path), file_sha256(path), ocr)


def failure(path: Path, ocr: OcrSettings | None = None) -> IndexingError:
    with pytest.raises(IndexingError) as caught:
        clean(read(path, ocr))
    assert caught.value.path == path
    return caught.value


# ---- PDF -------------------------------------------------------------------------------------


def test_multipage_pdf_keeps_page_numbers_and_non_latin_text(tmp_path: Path) -> None:
    raw = read(pdfgen.multilingual_pdf(tmp_path / "report.pdf"))

    assert raw.pages == 3
    assert [(block.page, block.text) for block in raw.blocks] == [
        (1, pdfgen.POLISH_PAGE[0]),
        (1, pdfgen.POLISH_PAGE[1]),
        (2, pdfgen.SERBIAN_PAGE[0]),
        (2, pdfgen.SERBIAN_PAGE[1]),
        (3, pdfgen.ENGLISH_PAGE[0]),
        (3, pdfgen.ENGLISH_PAGE[1]),
    ]
    assert raw.title == "Sprawozdanie – Извештај – Report"
    assert raw.published == dt.date(2000, 1, 1)  # reportlab's invariant CreationDate
    assert dict(raw.properties)["Producer"].startswith("ReportLab")


def test_pdf_blocks_keep_their_type_size_and_ocr_text_has_none(tmp_path: Path) -> None:
    cover = [("Deliverable 2.1", 22.0), ("Regional mobility plan", 22.0), ("Submitted to the agency in May.", 11.0)]
    raw = read(pdfgen.typeset_pdf(tmp_path / "cover.pdf", [cover]))

    assert [(block.text, block.size) for block in raw.blocks] == cover
    scanned = read(pdfgen.scanned_pdf(tmp_path / "scan.pdf", [pdfgen.ENGLISH_PAGE]))
    assert scanned.blocks and all(block.size is None for block in scanned.blocks)


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    raw = read(pdfgen.password_pdf(tmp_path / "protected.pdf", user_password=""))
    assert [block.text for block in raw.blocks] == list(pdfgen.ENGLISH_PAGE)


def test_pdf_needing_a_password_is_encrypted(tmp_path: Path) -> None:
    error = failure(pdfgen.password_pdf(tmp_path / "secret.pdf", user_password="letmein"))
    assert error.reason == Reason.ENCRYPTED


def test_image_only_pdf_has_no_text(tmp_path: Path) -> None:
    error = failure(pdfgen.image_only_pdf(tmp_path / "scan.pdf"))
    assert error.reason == Reason.NO_TEXT


def test_zero_page_pdf_is_empty(tmp_path: Path) -> None:
    error = failure(pdfgen.zero_page_pdf(tmp_path / "nothing.pdf"))
    assert error.reason == Reason.EMPTY


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    whole = pdfgen.multilingual_pdf(tmp_path / "whole.pdf")
    error = failure(pdfgen.truncated_pdf(tmp_path / "cut.pdf", whole, keep=0.4))
    assert error.reason == Reason.CORRUPT
    assert error.detail


def test_cid_only_pdf_is_garbled_after_cleaning(tmp_path: Path) -> None:
    path = pdfgen.cid_pdf(tmp_path / "glyphs.pdf")
    raw = read(path, NO_OCR)
    assert raw.text.startswith("(cid:")

    error = failure(path, NO_OCR)

    assert error.reason == Reason.GARBLED
    assert "(cid:N)" in error.detail


def test_cid_page_of_random_glyphs_stays_garbled_when_ocr_reads_it(tmp_path: Path) -> None:
    # The glyphs are arbitrary shapes: OCR reads something, with low confidence, and that is not kept.
    path = pdfgen.cid_pdf(tmp_path / "glyphs.pdf")
    raw = read(path)
    assert [page.page for page in raw.ocr_pages] == [1]
    assert not raw.text.startswith("(cid:")

    assert failure(path).reason == Reason.GARBLED


@pytest.mark.parametrize("name", ["empty.pdf", "empty.html", "empty.txt", "empty.md"])
def test_empty_file_is_empty(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    assert failure(tmp_path / name).reason == Reason.EMPTY


def test_file_deleted_after_discovery_vanished(tmp_path: Path) -> None:
    path = pdfgen.multilingual_pdf(tmp_path / "report.pdf")
    source = source_of(path)
    path.unlink()
    with pytest.raises(IndexingError) as caught:
        extract(source, "0" * 64)
    assert caught.value.reason == Reason.VANISHED


def test_pdf_named_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "download.pdf"
    path.write_text("<html><head><title>Error page</title></head><body><p>Moved to a new address.</p></body></html>")

    raw = read(path)

    assert raw.source.format == "html"
    assert raw.title == "Error page"
    assert [block.text for block in raw.blocks] == ["Moved to a new address."]


def test_pdf_strings_decode_utf16_and_pdfdocencoding() -> None:
    assert pdf_string("Łódź – Niš".encode("utf-16-be").join([b"\xfe\xff", b""])) == "Łódź – Niš"
    assert pdf_string(b"\xff\xfe" + "Грац".encode("utf-16-le")) == "Грац"
    assert pdf_string(b"Caf\xe9 \x80 report") == "Café • report"  # PDFDocEncoding: 0x80 is a bullet
    assert pdf_string(None) is None


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("pdfminer.six/aes-128.pdf", Reason.ENCRYPTED),
        ("pdfminer.six/rc4-128.pdf", Reason.ENCRYPTED),
        ("pdf.js/bug1020226.pdf", Reason.CORRUPT),
        ("pdf.js/bitmap-mmr.pdf", Reason.NO_TEXT),
    ],
)
def test_real_problem_pdfs_get_their_reason(name: str, reason: str) -> None:
    assert failure(SHARED_PDFS / name).reason == reason


@needs_shared
@pytest.mark.shared
def test_real_pdf_encrypted_with_an_empty_password_is_read() -> None:
    lines = (SHARED_PDFS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    manifest = {row["file"]: row for row in map(json.loads, lines)}
    assert manifest["pdfminer.six/kampo.pdf"]["pdfminer_outcome"] == "ok_encrypted"

    document = clean(read(SHARED_PDFS / "pdfminer.six/kampo.pdf"))

    assert document.pages == 1
    assert len(document.text) > 100


# ---- HTML ------------------------------------------------------------------------------------

PROJECT_PAGE = """<!DOCTYPE html>
<html lang="hr">
<head>
  <meta charset="utf-8">
  <title>Biciklističke staze uz Dravu | Interreg Hrvatska–Mađarska</title>
  <meta name="description" content="Projekt gradi biciklističke staze.">
  <meta property="article:published_time" content="2019-04-02T10:00:00+02:00">
  <script>var tracking = "should not appear";</script>
  <style>.x { color: red }</style>
</head>
<body>
  <div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <header><a href="/"><img src="logo.png" alt="Interreg Hungary-Croatia logo"></a>
    <nav><ul><li>Home</li><li>Projects</li><li>Contact</li></ul></nav></header>
  <ol class="breadcrumb"><li>Home</li><li>Projects</li></ol>
  <main>
    <article>
      <header><h1>Biciklističke staze uz Dravu</h1></header>
      <p>Projekt povezuje Osijek i Pečuh novim <b>biciklističkim</b> stazama.</p>
      <p lang="hu">A projekt kerékpárutakat épít a Dráva mentén.</p>
      <ul><li>Duljina: 120 km</li><li>Partneri: 6</li></ul>
      <div class="share-buttons"><p>Share this on Facebook</p></div>
      <aside><p>Related projects you might like</p></aside>
    </article>
  </main>
  <footer><p>© 2019 Interreg. All rights reserved.</p><img src="eu.png" alt="Co-funded by the European Union"></footer>
  <div role="dialog" class="modal"><p>Subscribe to our newsletter</p></div>
</body>
</html>
"""


def test_html_keeps_main_content_only(tmp_path: Path) -> None:
    path = tmp_path / "project.html"
    path.write_text(PROJECT_PAGE, encoding="utf-8")

    raw = read(path)

    assert [(block.text, block.lang_hint) for block in raw.blocks] == [
        ("Biciklističke staze uz Dravu", "hr"),
        ("Projekt povezuje Osijek i Pečuh novim biciklističkim stazama.", "hr"),
        ("A projekt kerékpárutakat épít a Dráva mentén.", "hu"),
        ("Duljina: 120 km", "hr"),
        ("Partneri: 6", "hr"),
    ]
    for noise in ("cookies", "Home", "Share this", "Related", "rights reserved", "newsletter", "tracking", "color"):
        assert noise not in raw.text
    assert raw.title == "Biciklističke staze uz Dravu"
    assert raw.lang_hint == "hr"
    assert raw.published == dt.date(2019, 4, 2)
    assert ("description", "Projekt gradi biciklističke staze.") in raw.properties
    assert raw.alt_texts == ("Interreg Hungary-Croatia logo", "Co-funded by the European Union")


def test_html_without_main_drops_page_header_and_footer(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><head><meta http-equiv='Content-Language' content='sv-SE'></head><body>"
        "<header><p>Site title</p></header><div class='content'><h1>Projektet</h1>"
        "<div>Text directly in a div<br>over two lines</div></div>"
        "<footer>Kontakt</footer><div id='navbar'>Meny</div></body></html>",
        encoding="utf-8",
    )

    raw = read(path)

    assert [block.text for block in raw.blocks] == ["Projektet", "Text directly in a div over two lines"]
    assert raw.lang_hint == "sv-SE"
    assert raw.title == "Projektet"  # no <title>: the first heading


def test_html_charset_declared_in_meta_is_used(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    html = "<html><head><meta charset='windows-1250'><title>Łódź</title></head><body><p>Gęś i żółw</p></body></html>"
    path.write_bytes(html.encode("cp1250"))

    raw = read(path)

    assert raw.title == "Łódź"
    assert raw.text == "Gęś i żółw"


def test_html_with_only_chrome_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a>Home</a></nav><footer>Imprint</footer></body></html>")
    assert failure(path).reason == Reason.NO_TEXT


# ---- text and Markdown -----------------------------------------------------------------------

POLISH = "Projekt współfinansowany przez Unię Europejską. Zażółć gęślą jaźń w Łodzi."
CROATIAN = "Hrvatska će sudjelovati u projektu. Čišćenje rijeke, žuta kuća, đak."


def test_windows_1250_text_is_decoded_correctly(tmp_path: Path) -> None:
    path = tmp_path / "sprawozdanie.txt"
    path.write_bytes(f"{POLISH}\r\n\r\n{CROATIAN}\r\n".encode("cp1250"))

    raw = read(path)

    assert [block.text for block in raw.blocks] == [POLISH, CROATIAN]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le système est prêt à être déployé, voilà.", "cp1252"),
        ("Годишњи извештај пројекта у Новом Саду.", "cp1251"),
        ("Dobar dan, Niš i Đakovo.", "utf-16"),
        ("Grüße aus Göteborg.", "utf-8-sig"),
    ],
)
def test_text_charsets_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(encoding))
    assert read(path).text == text


def test_markdown_is_stripped_lightly_and_titled_by_its_heading(tmp_path: Path) -> None:
    path = tmp_path / "project.md"
    path.write_text(
        "---\nlayout: page\n---\n"
        "# Green *Corridors*\n\n"
        "The **project** links [three regions](https://example.eu) with_no_change.\n"
        "It runs until 2027.\n\n"
        "![Map of the regions](map.png)\n\n"
        "- First partner\n- Second partner\n\n"
        "## Budget\n\n"
        "> EUR 2.4 million\n",
        encoding="utf-8",
    )

    raw = read(path)

    assert raw.title == "Green Corridors"
    assert [block.text for block in raw.blocks] == [
        "Green Corridors",
        "The project links three regions with_no_change. It runs until 2027.",
        "First partner",
        "Second partner",
        "Budget",
        "EUR 2.4 million",
    ]
    assert raw.alt_texts == ("Map of the regions",)
