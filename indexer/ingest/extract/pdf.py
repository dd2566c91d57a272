"""PDF reports with pdfminer.six: text boxes in reading order, page by page, plus properties.

This drives the same pieces as ``pdfminer.high_level.extract_pages`` but keeps the one
``PDFDocument`` it opens, so the info dictionary, the catalogue language and the pages
come from a single parse of the file.

Pages whose text layer is missing or unusable (``clean.needs_ocr``: nothing, garbage, ``(cid:N)``
runs, or a scanned image with a stamp on it) are then read by OCR (``ocr.py``) and keep their page
number; pages with good text are never OCR'd.
"""

from __future__ import annotations

import codecs
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path
from typing import Any, BinaryIO

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTComponent, LTContainer, LTImage, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from indexer.documents import Block, IndexingError, OcrPage, RawDocument, Reason, SourceFile
from indexer.ingest.clean import ZERO_WIDTH, needs_ocr
from indexer.ingest.extract.dates import parse_pdf_date
from indexer.ingest.extract.html import normalise_lang_tag
from indexer.ingest.extract.logos import (
    LogoImage, LogoTexts, chosen, logo_images, needs_own_model, pages_to_read, read_logos,
)
from indexer.ingest.extract.ocr import OcrError, OcrSettings, PageReader, rendered_page_count
from indexer.ingest.extract.ocr import engine as ocr_engine
from indexer.language.detection import detect as detect_language

LAYOUT = LAParams(
    line_margin=0.5,  # lines closer than half a line height belong to one paragraph
    char_margin=2.0,
    word_margin=0.1,
    boxes_flow=0.5,  # reading order: columns matter as much as vertical position
    detect_vertical=False,
    all_texts=True,  # text drawn inside figures (form XObjects) is still text
)
INFO_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate")
_GENERIC_TITLES = {"untitled", "title", "document", "microsoft word", "presentation", "slide 1"}
MAX_SAMPLED_PAGES = 20  # readable pages whose language guides OCR of the others
MIN_SAMPLE_LETTERS = 100
_FILE_TITLE_ENDINGS = (".doc", ".docx", ".pdf", ".indd", ".odt", ".ppt", ".pptx", ".qxd", ".rtf", ".tex", ".dvi")


def extract_pdf(source: SourceFile, sha256: str, ocr: OcrSettings | None = None) -> RawDocument:
    """The text layer page by page; pages without a usable one are read by OCR when it is on."""
    started = time.monotonic()
    with open(source.path, "rb") as handle:
        document = _open_document(source.path, handle)
        properties = _info_properties(document)
        lang_hint = _catalog_lang(document)
        pages = [_page(number, layout) for number, layout in enumerate(_page_layouts(source.path, document), start=1)]
    if not pages:  # pdfminer found no page tree it could follow; PDFium may still find and draw pages
        pages = [_Page(number, (), 0.0) for number in range(1, rendered_page_count(source.path) + 1)]
    if not pages:
        raise IndexingError(source.path, Reason.EMPTY, "the PDF has no pages")
    ocr_pages: tuple[OcrPage, ...] = ()
    unfinished = None
    settings = ocr or OcrSettings()
    wanted = [page for page in pages if needs_ocr(page.texts, page.image_share)]
    if wanted and ocr_engine(settings).available:
        hints = _language_hints(source, lang_hint, [page for page in pages if page not in wanted])
        pages, ocr_pages, unfinished = _read_by_ocr(source.path, pages, wanted, settings, hints, started)
    logos = _logo_texts(source, lang_hint, pages, {page.number for page in wanted}, settings, started)
    blocks = tuple(
        Block(text=text, page=page.number, size=size)
        for page in pages
        for text, size in zip_longest(page.texts, page.sizes[: len(page.texts)])
    )
    if not any(block.text.strip() for block in blocks):
        raise IndexingError(source.path, Reason.NO_TEXT, _no_text_detail(len(pages), settings, bool(ocr_pages)))
    info = dict(properties)
    return RawDocument(
        source=source,
        sha256=sha256,
        blocks=blocks,
        pages=len(pages),
        title=_usable_title(info.get("Title")),
        lang_hint=lang_hint,
        properties=tuple(properties),
        published=parse_pdf_date(info.get("CreationDate", "")),
        alt_texts=logos.texts,
        ocr_pages=ocr_pages,
        ocr_unfinished=unfinished or logos.unfinished,
    )


@dataclass(frozen=True)
class _Page:
    number: int
    texts: tuple[str, ...]  # text boxes in reading order
    image_share: float  # share of the page's area covered by images
    logos: tuple[LogoImage, ...] = ()  # images of a logo's size
    sizes: tuple[float | None, ...] = ()  # each text box's type size; none for text read by OCR


def _page(number: int, layout: LTPage | None) -> _Page:
    # A page pdfminer reads as empty or cannot read may still be drawn by PDFium (a stamp annotation,
    # a font pdfminer cannot map): OCR looks at the pixels, and blank renders cost no Tesseract run.
    if layout is None:
        return _Page(number, (), 0.0)
    images = list(_images(layout))
    boxes = list(_text_boxes(layout))
    return _Page(
        number,
        tuple(text for text, _ in boxes),
        _image_share(layout, images),
        logo_images(number, layout, images),
        tuple(size for _, size in boxes),
    )


def _logo_texts(
    source: SourceFile, lang_hint: str | None, pages: list[_Page], read_by_ocr: set[int], settings: OcrSettings,
    started: float,
) -> LogoTexts:
    """What the logos on the first and last pages say; a page read by OCR has its logos' words in its text already."""
    by_number = {page.number: page for page in pages}
    read = [by_number[number] for number in pages_to_read(len(pages))]
    candidates = [logo for page in read if page.number not in read_by_ocr for logo in page.logos]
    if not candidates or not ocr_engine(settings).available:
        return LogoTexts()
    hints = _language_hints(source, lang_hint, read) if needs_own_model(" ".join(t for p in read for t in p.texts)) else []
    deadline = None if settings.budget_s is None else started + settings.budget_s
    return read_logos(source.path, chosen(candidates), settings, hints, deadline)


def _read_by_ocr(path, pages, wanted, settings, hints, started):
    """Pages with OCR text in place of their unusable text layer, the OCR records, and why OCR ran out of time."""
    reader = PageReader(path, settings, hints)
    by_number = {page.number: page for page in pages}
    records: list[OcrPage] = []
    unfinished = None
    try:
        for page in wanted:
            timeout = None
            if settings.budget_s is not None:
                timeout = settings.budget_s - (time.monotonic() - started)
                if timeout <= 1:
                    unfinished = f"time budget of {settings.budget_s:g} s spent before page {page.number}"
                    break
            try:
                found = reader.read(page.number, timeout)
            except OcrError as error:
                if error.out_of_time:
                    unfinished = f"page {page.number}: {error}"
                    break
                continue  # the same page would fail the same way next time
            ocr_letters = sum(c.isalpha() for text in found.paragraphs for c in text)
            if ocr_letters > sum(c.isalpha() for text in page.texts for c in text) or needs_ocr(page.texts, 0):
                by_number[page.number] = replace(page, texts=found.paragraphs, sizes=())
                if found.paragraphs:
                    records.append(found.record)
    finally:
        reader.close()
    return [by_number[page.number] for page in pages], tuple(records), unfinished


def _language_hints(source: SourceFile, lang_hint: str | None, text_pages: list[_Page]) -> list[str]:
    """Languages the document is likely in: sidecar, catalogue /Lang, then its readable pages."""
    hints = list(source.sidecar.languages) if source.sidecar else []
    if lang_hint:
        hints.append(lang_hint)
    found: Counter[str] = Counter()
    for page in text_pages[:MAX_SAMPLED_PAGES]:
        text = " ".join(page.texts)
        letters = sum(c.isalpha() for c in text)
        if letters >= MIN_SAMPLE_LETTERS:
            found[detect_language(text)] += letters
    hints.extend(code for code, _ in found.most_common() if code != "und")
    return hints


def _no_text_detail(pages: int, settings: OcrSettings, read_any: bool) -> str:
    detail = "no text layer on its one page" if pages == 1 else f"no text layer on any of its {pages} pages"
    state = ocr_engine(settings)
    if not state.available:
        return f"{detail}; OCR is {state.describe()}"
    return f"{detail}; OCR found no text either" if not read_any else detail


def _image_share(layout: LTPage, images: list[LTImage]) -> float:
    if not layout.width or not layout.height:
        return 0.0
    covered = 0.0
    for image in images:
        width = max(0.0, min(image.x1, layout.x1) - max(image.x0, layout.x0))
        height = max(0.0, min(image.y1, layout.y1) - max(image.y0, layout.y0))
        covered += width * height
    return min(1.0, covered / (layout.width * layout.height))


def _images(layout: LTComponent) -> Iterator[LTImage]:
    if isinstance(layout, LTImage):
        yield layout
    elif isinstance(layout, LTContainer):
        for child in layout:
            yield from _images(child)


def _open_document(path: Path, handle: BinaryIO) -> PDFDocument:
    try:
        return PDFDocument(PDFParser(handle), password="")
    except PDFPasswordIncorrect:
        raise IndexingError(path, Reason.ENCRYPTED, "a password is needed to open it") from None
    except PDFEncryptionError as error:
        raise IndexingError(path, Reason.ENCRYPTED, f"unsupported encryption: {error}") from None


def _page_layouts(path: Path, document: PDFDocument) -> Iterator[LTPage | None]:
    """Each page's layout in order; None for a page whose content stream cannot be read."""
    resources = PDFResourceManager(caching=True)
    device = _PageLayout(resources, laparams=LAYOUT)
    interpreter = PDFPageInterpreter(resources, device)
    readable = 0
    failures: list[str] = []
    for page in PDFPage.create_pages(document):
        try:
            interpreter.process_page(page)
        except (MemoryError, RecursionError):
            raise
        except Exception as error:  # noqa: BLE001 - one broken page must not lose the others
            failures.append(f"{type(error).__name__}: {error}")
            yield None
            continue
        readable += 1
        yield device.get_result()
    if failures and not readable:
        raise IndexingError(path, Reason.CORRUPT, f"no page could be read ({failures[0]})")


class _PageLayout(PDFPageAggregator):
    """pdfminer's page layout, without the characters that show nothing (``clean.ZERO_WIDTH``).

    pdfminer strings a line together from characters in the order the page draws them, and ends
    it at the first one that is not on it. Some writers put a zero-width space between words in
    a fallback font whose ascent and descent differ from the text's, so its box sits half a line
    lower: each word becomes a line of its own, and the box grouping then stacks the words of
    neighbouring lines into columns of word salad. Left out, such a character moves the pen all
    the same, and the gap it leaves says "space" as any other gap between words does; cleaning
    would delete it from the text anyway.
    """

    def render_char(self, matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int,
                    ncs, graphicstate) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = ""
        if text and not text.strip(ZERO_WIDTH):
            return font.char_width(cid) * fontsize * scaling  # the advance pdfminer's LTChar would have
        return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)


def _text_boxes(layout: LTComponent) -> Iterator[tuple[str, float | None]]:
    """Text boxes and their type sizes in pdfminer's reading order, descending into figures; images give nothing."""
    if isinstance(layout, (LTTextBox, LTTextLine)):
        text = layout.get_text().strip()
        if text:
            yield text, _type_size(layout)
    elif isinstance(layout, LTContainer):
        for child in layout:
            yield from _text_boxes(child)


def _type_size(box: LTComponent) -> float | None:
    """The size most of a box's visible characters are set in: a title's drop capital or a footnote mark does not count."""
    sizes: Counter[float] = Counter()
    stack = [box]
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            if not item.get_text().isspace():
                sizes[round(item.size, 1)] += 1
        elif isinstance(item, LTContainer):
            stack.extend(item)
    if not sizes:
        return None
    return max(sizes.items(), key=lambda pair: (pair[1], pair[0]))[0]


def _info_properties(document: PDFDocument) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for info in document.info:
        info = resolve1(info)
        if not isinstance(info, dict):
            continue
        for key in INFO_KEYS:
            value = pdf_string(info.get(key))
            if value:
                found.append((key, value))
    return found


def _catalog_lang(document: PDFDocument) -> str | None:
    value = pdf_string(document.catalog.get("Lang"))
    return normalise_lang_tag(value) if value else None


def pdf_string(value: Any) -> str | None:
    """A PDF text string as str: UTF-16 (either byte order) or UTF-8 with a BOM, else PDFDocEncoding."""
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        if value.startswith(codecs.BOM_UTF16_LE):
            text = value[2:].decode("utf-16-le", errors="replace")
        elif value.startswith(codecs.BOM_UTF8):
            text = value[3:].decode("utf-8", errors="replace")
        else:
            text = decode_text(value)  # handles the UTF-16BE BOM and PDFDocEncoding
    elif isinstance(value, str):
        text = value
    else:
        return None
    text = " ".join(text.replace("\x00", "").split())
    return text or None


def _usable_title(title: str | None) -> str | None:
    """The info Title unless it is a placeholder or a file name left by the authoring tool."""
    if not title:
        return None
    for prefix in ("Microsoft Word - ", "Microsoft PowerPoint - "):
        if title.startswith(prefix):
            title = title[len(prefix):]
    lowered = title.lower().strip()
    if lowered in _GENERIC_TITLES or lowered.endswith(_FILE_TITLE_ENDINGS) or len(lowered) < 3:
        return None
    return title
