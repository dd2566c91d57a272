"""The frozen records passed between the indexing stages.

write path:  SourceFile --extract--> RawDocument --clean--> RawDocument (scored blocks)
             --segment--> Segments --enrich--> Metadata --> Document --> whoosh

Every stage takes and returns these records; none passes dicts or tuples whose meaning
lives elsewhere. A stage that cannot use a file raises :class:`IndexingError`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Format = Literal["pdf", "html", "text"]
"""How a file is read; decided by content sniffing (see ``sources.sniff_format``)."""

Kind = Literal["report", "page"]
"""The document-type facet: PDF files are reports, HTML and text files are pages."""


class Reason:
    """Why a file could not be indexed: short, stable codes shown in reports and status."""

    EMPTY = "empty"  # zero bytes, or a zero-page PDF
    ENCRYPTED = "encrypted"  # needs a password we do not have
    NO_TEXT = "no-text"  # no text layer (scanned / image-only)
    GARBLED = "garbled"  # text exists but is (cid:N) runs or other garbage
    CORRUPT = "corrupt"  # the parser could not read the structure
    TIMEOUT = "timeout"  # extraction exceeded the per-file time limit
    TOO_LARGE = "too-large"  # larger than the configured size limit
    MEMORY = "memory"  # extraction exceeded the per-file memory limit
    CRASHED = "crashed"  # the worker process died
    UNREADABLE = "unreadable"  # permissions or I/O error
    VANISHED = "vanished"  # deleted between discovery and extraction
    UNSUPPORTED = "unsupported"  # not a PDF, HTML or text file
    SIDECAR = "bad-sidecar"  # the <file>.meta.json next to it is invalid
    DUPLICATE_ID = "duplicate-id"  # two roots give the same document id


class IndexingError(Exception):
    """A file that a stage cannot use, with the file and a reason code from :class:`Reason`."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Sidecar:
    """Explicit metadata from ``<file>.meta.json``; every field set here wins over extraction."""

    title: str | None = None
    url: str | None = None
    programmes: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2, upper case
    languages: tuple[str, ...] = ()
    published: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    acronym: str | None = None
    kind: Kind | None = None


@dataclass(frozen=True)
class SourceFile:
    """One file found under a corpus root."""

    path: Path  # absolute
    root: Path  # absolute corpus root the id is relative to
    doc_id: str  # POSIX path relative to root: the document's identity in the index
    format: Format
    size: int
    mtime_ns: int
    sidecar: Sidecar | None = None
    sidecar_mtime_ns: int | None = None


@dataclass(frozen=True)
class Block:
    """A run of text in reading order: a paragraph of a page, a heading, a list item."""

    text: str
    page: int | None = None  # 1-based page number for PDFs
    lang_hint: str | None = None  # e.g. from HTML lang attributes
    quality: float = 1.0  # 0..1, set by the cleaning stage for the page the block is on
    size: float | None = None  # PDF text layer: the type size most of its letters are set in, in points


@dataclass(frozen=True)
class LibraryWarning:
    """A warning a reading library (pdfminer) logged while reading one file, once per message."""

    logger: str
    message: str
    count: int


@dataclass(frozen=True)
class OcrPage:
    """A PDF page whose text was read from its image by OCR, because it had no usable text layer."""

    page: int  # 1-based page number
    confidence: float  # mean word confidence, 0..1, as the OCR engine gives it
    languages: tuple[str, ...] = ()  # ISO 639-1 codes the engine was asked to read


@dataclass(frozen=True)
class RawDocument:
    """What an extractor read from one file, before language and metadata analysis."""

    source: SourceFile
    sha256: str
    blocks: tuple[Block, ...]
    pages: int = 0  # PDF page count; 0 for pages
    title: str | None = None  # from PDF properties or HTML <title>/<h1>
    lang_hint: str | None = None  # <html lang>, <meta http-equiv=content-language>
    properties: tuple[tuple[str, str], ...] = ()  # PDF info dict / HTML meta, as found
    published: dt.date | None = None  # from PDF CreationDate or HTML meta
    page_quality: tuple[float, ...] = ()  # per page (PDF) or one value for the whole file
    alt_texts: tuple[str, ...] = ()  # image alt text (logos often name the programme)
    ocr_pages: tuple[OcrPage, ...] = ()  # pages read by OCR, in page order
    ocr_unfinished: str | None = None  # why OCR ran out of time before the last page that needed it

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class Segment:
    """A stretch of text in one language (merged neighbouring blocks)."""

    text: str
    language: str  # ISO 639-1 code, "sh" for the BCMS family when not finer, "und" if unknown
    page: int | None = None  # first page of the segment for PDFs


@dataclass(frozen=True)
class Evidence:
    """Why a facet value was given: where it came from and the text that showed it."""

    facet: str  # "programme" | "years" | "country" | "language" | "title" ...
    value: str
    source: Literal["sidecar", "properties", "text", "html", "image", "programme", "countries"]
    # "programme": a country of a cross-border programme; "countries": a cross-border programme told by its partners' countries
    snippet: str = ""


@dataclass(frozen=True)
class Metadata:
    """Facet values and descriptive fields extracted for one document."""

    title: str | None = None
    acronym: str | None = None
    programmes: tuple[str, ...] = ()  # canonical programme names
    years: tuple[int, ...] = ()  # every year of activity (or the publication year of a report)
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    start: dt.date | None = None
    end: dt.date | None = None
    published: dt.date | None = None
    budget: str | None = None
    partners: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Document:
    """Everything the index stores about one source file."""

    doc_id: str
    kind: Kind
    format: Format
    title: str
    sha256: str
    path: str  # absolute path of the source file, for serving the original
    root: str
    text: str  # cleaned text of every block in reading order, for snippets and display
    segments: tuple[Segment, ...]
    languages: tuple[tuple[str, float], ...]  # (code, share of text), largest first
    metadata: Metadata
    url: str | None = None
    pages: int = 0
    quality: float = 1.0
    size: int = 0
    mtime_ns: int = 0
    page_offsets: tuple[int, ...] = ()  # offset in ``text`` where each PDF page starts
    ocr_pages: tuple[OcrPage, ...] = ()  # pages whose text comes from OCR
    warnings: tuple[LibraryWarning, ...] = ()  # what the readers logged about this file, for the report

    @property
    def primary_language(self) -> str:
        return self.languages[0][0] if self.languages else "und"
