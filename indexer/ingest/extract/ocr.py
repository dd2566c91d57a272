"""Text for PDF pages that have none: render the page with PDFium, read it with Tesseract.

Tesseract runs as a child process of the extraction worker (through pytesseract), so it inherits
the worker's memory limit, a crash in it costs one page, and each call gets a timeout cut from the
file's time budget. One thread per Tesseract: the worker processes already use every core.

Rendering is capped by pixels, not only by resolution, so a poster-sized or absurdly large page
is read at a lower resolution instead of needing gigabytes.

Tesseract is told the languages the document is likely in, never all of them: reading with many
models is slower and no more accurate. When the text read with the first guess is plainly in
another installed language, the page is read again with that one, and later pages start from it.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2
import pytesseract
from PIL import Image

from indexer.documents import OcrPage
from indexer.language import detection

OCR_VERSION = "2"
"""Bump whenever what this module produces for a page changes: cached OCR results are redone."""

DEFAULT_DPI = 300
MAX_PIXELS = 25_000_000  # about A3 at 300 dpi; a grey page of this size is 25 MB for Tesseract
MAX_SIDE = 12_000  # pixels; Tesseract refuses images wider or taller than 32767
MAX_LANGUAGES = 3
MIN_INK_CONTRAST = 16  # grey levels between a page's darkest and lightest pixel: below, the page is blank
MIN_WORD_CONFIDENCE = 30  # Tesseract's 0-100; below this a "word" is mostly noise from pictures
MIN_PARAGRAPH_CONFIDENCE = 70  # mean of a paragraph's words; the same bar the quality stage sets pages
AUTOMATIC_LAYOUT = "--psm 3"  # Tesseract finds the columns, blocks and lines itself
SINGLE_BLOCK = "--psm 6"  # the whole page as one block of text, for pages where that finds none
_LETTERS_TO_JUDGE = 200  # letters of OCR text needed before its language is trusted

# ISO 639-1 (as the language stage and sidecars name them) -> Debian's tesseract-ocr-* models.
TESSERACT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "bg": ("bul",), "bs": ("bos",), "cs": ("ces",), "da": ("dan",), "de": ("deu",), "el": ("ell",),
    "en": ("eng",), "es": ("spa",), "et": ("est",), "fi": ("fin",), "fr": ("fra",), "ga": ("gle",),
    "hr": ("hrv",), "hu": ("hun",), "it": ("ita",), "lt": ("lit",), "lv": ("lav",), "mk": ("mkd",),
    "mt": ("mlt",), "nl": ("nld",), "pl": ("pol",), "pt": ("por",), "ro": ("ron",), "sk": ("slk",),
    "sl": ("slv",), "sq": ("sqi",), "sr": ("srp_latn", "srp"), "sv": ("swe",), "cnr": ("srp_latn", "hrv"),
    "sh": ("hrv", "srp_latn"),  # the BCMS family as the language stage reports it
}


@dataclass(frozen=True)
class OcrSettings:
    """Whether and how pages without a usable text layer are read by OCR."""

    enabled: bool = True
    tesseract: str = "tesseract"  # command on PATH or a path to the binary
    languages: tuple[str, ...] = ("en",)  # ISO 639-1 codes tried when nothing tells the language
    dpi: int = DEFAULT_DPI
    max_pixels: int = MAX_PIXELS
    budget_s: float | None = None  # seconds one file may spend, counted from the start of extraction


@dataclass(frozen=True)
class OcrEngine:
    """What this machine offers: Tesseract's version and models, or why OCR is off."""

    available: bool
    version: str = ""
    models: frozenset[str] = frozenset()
    reason: str = ""  # why OCR is off, when it is

    def describe(self) -> str:
        if not self.available:
            return f"off ({self.reason})"
        return f"on (Tesseract {self.version}, {len(self.models - {'osd'})} language models)"


@lru_cache(maxsize=8)
def _probe(tesseract: str, enabled: bool) -> OcrEngine:
    if not enabled:
        return OcrEngine(False, reason="turned off by the settings")
    binary = shutil.which(tesseract)
    if binary is None:
        return OcrEngine(False, reason=f"no Tesseract binary at {tesseract!r}")
    try:
        version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=True)
        listing = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        return OcrEngine(False, reason=f"{binary} does not run ({type(error).__name__})")
    words = (version.stdout or version.stderr).split()
    number = words[1] if len(words) > 1 and words[0] == "tesseract" else "unknown"
    models = frozenset(line.strip() for line in listing.stdout.splitlines()[1:] if line.strip())
    if not models - {"osd"}:
        return OcrEngine(False, number, models, "Tesseract has no language models installed")
    return OcrEngine(True, number, models)


def engine(settings: OcrSettings) -> OcrEngine:
    """The Tesseract these settings point at (probed once per process)."""
    return _probe(settings.tesseract, settings.enabled)


def cache_key(settings: OcrSettings) -> str:
    """What makes OCR output differ: part of the text cache key, so changing any of it redoes OCR."""
    found = engine(settings)
    if not found.available:
        return "noocr"
    return f"ocr{OCR_VERSION}-t{found.version}-{'.'.join(settings.languages)}-{settings.dpi}"


def tesseract_models(codes: Iterable[str], installed: frozenset[str]) -> list[str]:
    """Installed Tesseract models for ISO codes, in order, without repeats, at most MAX_LANGUAGES."""
    models: list[str] = []
    for code in codes:
        for model in TESSERACT_LANGUAGES.get(code.lower().split("-")[0], ()):
            if model in installed and model not in models:
                models.append(model)
    return models[:MAX_LANGUAGES]


@dataclass
class OcrStats:
    """What OCR did in this process: how often Tesseract ran, how many pages it read."""

    tesseract_runs: int = 0
    pages_read: int = 0


STATS = OcrStats()


@dataclass(frozen=True)
class PageText:
    """The OCR text of one page: paragraphs in reading order and the page's record."""

    paragraphs: tuple[str, ...]
    record: OcrPage
    pixels: tuple[int, int]  # width and height the page was rendered at


class OcrError(Exception):
    """One page could not be rendered or read; the other pages go on."""

    def __init__(self, message: str, out_of_time: bool = False) -> None:
        super().__init__(message)
        self.out_of_time = out_of_time  # another run, with more time, may read the page


@dataclass
class PageReader:
    """Reads pages of one PDF, learning the document's language from the pages it has read."""

    path: Path
    settings: OcrSettings
    hints: Sequence[str]  # ISO 639-1 codes, most trusted first
    calls: int = 0  # Tesseract runs made, the second reading of a page included
    _document: pypdfium2.PdfDocument | None = field(default=None, repr=False)
    _learned: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.engine = engine(self.settings)
        use_tesseract(self.settings)

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def read(self, number: int, timeout_s: float | None = None) -> PageText:
        """OCR text of page ``number`` (1-based); raises OcrError for this page only.

        ``timeout_s`` covers every Tesseract run the page needs, the second readings included.
        """
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        image = self.render(number)
        try:
            codes = self._codes()
            darkest, lightest = image.getextrema()
            if lightest - darkest < MIN_INK_CONTRAST:  # blank or one flat colour: nothing to read
                return PageText((), OcrPage(number, 0.0, tuple(codes)), image.size)
            paragraphs, confidence = self._recognise(image, codes, deadline)
            if not paragraphs:  # the layout analysis found no text block (a stamp in a frame, a label)
                paragraphs, confidence = self._recognise(image, codes, deadline, SINGLE_BLOCK)
            better = self._language_of(paragraphs, codes)
            if better:
                codes = [better, *[c for c in codes if c != better]][:MAX_LANGUAGES]
                paragraphs, confidence = self._recognise(image, codes, deadline)
            if better or not self._learned:
                self._learned = [code for code in codes if tesseract_models([code], self.engine.models)]
            STATS.pages_read += 1
            return PageText(tuple(paragraphs), OcrPage(number, round(confidence, 3), tuple(codes)), image.size)
        finally:
            image.close()

    def render(self, number: int) -> Image.Image:
        """The page as a grey image, at the configured resolution unless that exceeds the pixel cap."""
        try:
            if self._document is None:
                self._document = pypdfium2.PdfDocument(str(self.path))
            page = self._document[number - 1]
            try:
                width, height = page.get_size()
                scale = render_scale(width, height, self.settings.dpi, self.settings.max_pixels)
                bitmap = page.render(scale=scale, grayscale=True)
                return bitmap.to_pil()
            finally:
                page.close()
        except pypdfium2.PdfiumError as error:
            raise OcrError(f"page {number} could not be rendered: {error}") from None

    def _codes(self) -> list[str]:
        wanted = self._learned or [*self.hints, *self.settings.languages]
        codes: list[str] = []
        for code in wanted:
            if code not in codes and tesseract_models([code], self.engine.models):
                codes.append(code)
        return codes[:MAX_LANGUAGES] or ["en"]

    def _recognise(
        self, image: Image.Image, codes: list[str], deadline: float | None, layout: str = AUTOMATIC_LAYOUT,
    ) -> tuple[list[str], float]:
        models = tesseract_models(codes, self.engine.models) or sorted(self.engine.models - {"osd"})[:1]
        timeout = 0.0  # pytesseract's "no limit"
        if deadline is not None:
            timeout = deadline - time.monotonic()
            if timeout < 1:
                raise OcrError("no time left for Tesseract", out_of_time=True)
        self.calls += 1
        return paragraphs_of(word_table(image, models, layout, timeout))

    def _language_of(self, paragraphs: list[str], codes: list[str]) -> str | None:
        """An installed language the text is plainly in, when it is not among those just used."""
        text = "\n".join(paragraphs)
        if sum(c.isalpha() for c in text) < _LETTERS_TO_JUDGE:
            return None
        found = detection.detect(text)
        if found in codes or not tesseract_models([found], self.engine.models):
            return None
        return found


def use_tesseract(settings: OcrSettings) -> None:
    """Point pytesseract at the configured binary, one thread per run (the workers already use every core)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    pytesseract.pytesseract.tesseract_cmd = shutil.which(settings.tesseract) or settings.tesseract


def word_table(image: Image.Image, models: Sequence[str], layout: str, timeout: float = 0.0) -> dict[str, list]:
    """Tesseract's words of ``image`` with their confidences and positions; raises OcrError.

    ``timeout`` in seconds, 0 for none; running out of it raises an OcrError marked ``out_of_time``.
    """
    STATS.tesseract_runs += 1
    try:
        return pytesseract.image_to_data(
            image, lang="+".join(models), config=layout, output_type=pytesseract.Output.DICT, timeout=timeout,
        )
    except RuntimeError as error:  # pytesseract's timeout
        raise OcrError(f"Tesseract took too long ({error})", out_of_time=True) from None
    except (pytesseract.TesseractError, OSError) as error:
        raise OcrError(f"Tesseract failed: {str(error)[:200]}") from None


def rendered_page_count(path: Path) -> int:
    """How many pages PDFium finds in the file (0 when it cannot open it)."""
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


def render_scale(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> float:
    """PDFium's scale (pixels per point) for a page: ``dpi``, lowered to keep within the pixel caps."""
    scale = dpi / 72
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    scale = min(scale, math.sqrt(max_pixels / area), MAX_SIDE / max(width_pt, height_pt, 1.0))
    return max(scale, 0.05)


def paragraphs_of(data: dict[str, list]) -> tuple[list[str], float]:
    """Tesseract's word table as paragraphs (lines kept as line breaks), and the page's mean word confidence.

    The mean covers every word, so a page Tesseract is unsure of as a whole still says so (the quality
    stage then drops it). Within the page, a paragraph Tesseract is unsure of is left out: where print
    sits beside a photograph or a plotted chart, the shapes read as letters form such paragraphs, the
    print does not. A page whose words are all single marks (a frame read as "L") has no text.
    """
    paragraphs: dict[tuple[int, int], dict[int, list[str]]] = {}
    confidences: dict[tuple[int, int], list[float]] = {}
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        confidence = float(data["conf"][i])
        if not word or confidence < MIN_WORD_CONFIDENCE:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]))
        confidences.setdefault(key, []).append(confidence)
        paragraphs.setdefault(key, {}).setdefault(int(data["line_num"][i]), []).append(word)
    kept = [key for key, found in confidences.items() if sum(found) / len(found) >= MIN_PARAGRAPH_CONFIDENCE]
    texts = ["\n".join(" ".join(words) for words in paragraphs[key].values()) for key in kept]
    if not any(sum(c.isalpha() for c in word) >= 2 for text in texts for word in text.split()):
        return [], 0.0
    every = [confidence for found in confidences.values() for confidence in found]
    return texts, sum(every) / len(every) / 100
