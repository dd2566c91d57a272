"""PDF reports with pdfminer.six: text boxes in reading order, page by page, plus properties.

This drives the same pieces as ``pdfminer.high_level.extract_pages`` but keeps the one
``PDFDocument`` it opens, so the info dictionary, the catalogue language and the pages
come from a single parse of the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTComponent, LTContainer, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from indexer.documents import Block, IndexingError, RawDocument, Reason, SourceFile
from indexer.ingest.extract.dates import parse_pdf_date
from indexer.ingest.extract.html import normalise_lang_tag

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
_FILE_TITLE_ENDINGS = (".doc", ".docx", ".pdf", ".indd", ".odt", ".ppt", ".pptx", ".qxd", ".rtf", ".tex", ".dvi")


def extract_pdf(source: SourceFile, sha256: str) -> RawDocument:
    with open(source.path, "rb") as handle:
        document = _open_document(source.path, handle)
        properties = _info_properties(document)
        lang_hint = _catalog_lang(document)
        blocks: list[Block] = []
        pages = 0
        for number, layout in enumerate(_page_layouts(source.path, document), start=1):
            pages = number
            if layout is not None:
                blocks.extend(Block(text=text, page=number) for text in _text_boxes(layout))
    if pages == 0:
        raise IndexingError(source.path, Reason.EMPTY, "the PDF has no pages")
    if not any(block.text.strip() for block in blocks):
        raise IndexingError(source.path, Reason.NO_TEXT, f"no text layer on any of {pages} page(s)")
    info = dict(properties)
    return RawDocument(
        source=source,
        sha256=sha256,
        blocks=tuple(blocks),
        pages=pages,
        title=_usable_title(info.get("Title")),
        lang_hint=lang_hint,
        properties=tuple(properties),
        published=parse_pdf_date(info.get("CreationDate", "")),
    )


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
    device = PDFPageAggregator(resources, laparams=LAYOUT)
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


def _text_boxes(layout: LTComponent) -> Iterator[str]:
    """Text boxes in pdfminer's reading order, descending into figures; images give nothing."""
    if isinstance(layout, (LTTextBox, LTTextLine)):
        text = layout.get_text().strip()
        if text:
            yield text
    elif isinstance(layout, LTContainer):
        for child in layout:
            yield from _text_boxes(child)


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
