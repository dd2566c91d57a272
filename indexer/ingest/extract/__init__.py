"""Read one source file into a :class:`RawDocument`, whatever its format.

``extract`` is the only entry point. Whatever goes wrong inside a parser comes out as an
:class:`IndexingError` carrying the file and a :class:`Reason` code, never as the library's
own exception, so the pipeline can record it and go on.
"""

from __future__ import annotations

from collections.abc import Callable

from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException

from indexer.documents import IndexingError, RawDocument, Reason, SourceFile
from indexer.ingest.extract import ocr as ocr_stage
from indexer.ingest.extract.html import extract_html
from indexer.ingest.extract.logos import LOGO_VERSION
from indexer.ingest.extract.ocr import OcrSettings
from indexer.ingest.extract.pdf import extract_pdf
from indexer.ingest.extract.text import extract_text

EXTRACTOR_VERSION = "4"
"""Bump whenever extraction output changes: cached extractions made by older versions are redone."""

_EXTRACTORS: dict[str, Callable[[SourceFile, str, OcrSettings], RawDocument]] = {
    "pdf": extract_pdf,
    "html": lambda source, sha256, _ocr: extract_html(source, sha256),
    "text": lambda source, sha256, _ocr: extract_text(source, sha256),
}


CACHED_FORMATS = frozenset({"pdf"})
"""Formats whose extraction is dearer than reading a cache entry back: a text or HTML page is
read and parsed again in 0.02-0.07 ms, while writing its entry cost 0.2-0.6 ms and reading it 0.05-0.1."""


def cache_version(ocr: OcrSettings | None = None) -> str:
    """The text cache's version for these settings: the extractor's and, when OCR runs, OCR's and the logo reader's."""
    settings = ocr or OcrSettings()
    key = ocr_stage.cache_key(settings)
    if ocr_stage.engine(settings).available:
        key += f"-logos{LOGO_VERSION}"  # a PDF's alt texts are its logos' words, read by Tesseract
    return f"{EXTRACTOR_VERSION}-{key}"


def extract(source: SourceFile, sha256: str, ocr: OcrSettings | None = None) -> RawDocument:
    """Extract blocks and properties; raises IndexingError (EMPTY, ENCRYPTED, NO_TEXT, CORRUPT...).

    PDF pages without a usable text layer are read by OCR unless ``ocr`` turns it off.
    """
    extractor = _EXTRACTORS.get(source.format)
    if extractor is None:
        raise IndexingError(source.path, Reason.UNSUPPORTED, f"no extractor for format {source.format!r}")
    try:
        if source.path.stat().st_size == 0:
            raise IndexingError(source.path, Reason.EMPTY, "the file has zero bytes")
        document = extractor(source, sha256, ocr or OcrSettings())
    except IndexingError:
        raise
    except FileNotFoundError:
        raise IndexingError(source.path, Reason.VANISHED, "deleted before it could be read") from None
    except (PermissionError, IsADirectoryError) as error:
        raise IndexingError(source.path, Reason.UNREADABLE, error.strerror or type(error).__name__) from None
    except MemoryError:
        raise IndexingError(source.path, Reason.MEMORY, "ran out of memory while parsing") from None
    except RecursionError:
        raise IndexingError(source.path, Reason.CORRUPT, "structure nested too deeply to parse") from None
    except (PDFException, PSException) as error:
        raise IndexingError(source.path, Reason.CORRUPT, _describe(error)) from None
    except OSError as error:
        raise IndexingError(source.path, Reason.UNREADABLE, _describe(error)) from None
    except Exception as error:  # noqa: BLE001 - parsers fail in many undocumented ways on bad files
        raise IndexingError(source.path, Reason.CORRUPT, _describe(error)) from None
    if not document.blocks:
        raise IndexingError(source.path, Reason.NO_TEXT, "no text found")
    return document


def _describe(error: BaseException) -> str:
    message = str(error).strip()
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return text[:300]
