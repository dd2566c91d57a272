"""Text of the logos on a PDF's first and last pages, read by Tesseract: the document's alt texts.

Reports often name their funding programme only in a logo (the programme's name set in the
Interreg logo, "Co-funded by the Erasmus+ Programme" beside the EU emblem). The text layer has
no trace of it, so the logos on the cover, the page after it and the last page are read here and
handed to the metadata as the PDF's alt texts, the same evidence an HTML page's ``<img alt>``
gives. They are never part of the searchable text.

Which images: pdfminer's layout says where each image sits on the page; an image is read only
when it has the size of a logo. Smaller ones are bullets and icons; larger ones are photographs
or scans, and a scanned page is read whole by ``ocr.py``. PDFium then draws each chosen image
alone, with its transparency, so no text of the page is read twice.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.layout import LTImage, LTPage
from PIL import Image, ImageOps

from indexer.ingest.extract import ocr
from indexer.language.detection import letter_script

LOGO_VERSION = "1"
"""Bump whenever what this module reads from a PDF changes: cached extractions are redone."""

MAX_LOGOS = 6  # per document: a cover with a row of partner logos must not cost a Tesseract run each
MIN_SIDE_PT = 12.0  # a sixth of an inch: below, a bullet or an icon
MIN_AREA_PT = 1_000.0  # about 1.3 x 0.4 inches, the smallest logo that still carries readable words
MAX_PAGE_SHARE = 0.3  # of the page's area: above, a photograph or a scan
MIN_PIXELS = 24  # an image this few pixels high or wide has no letters to read
TARGET_SHORT_SIDE_PX = 300  # small logos are enlarged to this before reading: Tesseract needs tall letters
MAX_UPSCALE = 4.0  # beyond, an enlarged thumbnail's letters are blur
MAX_SIDE_PX = 2_500  # and large ones reduced: time grows with pixels, letters of a logo stay legible
BORDER_PX = 16  # white margin: Tesseract misses words that touch the image's edge
TIMEOUT_S = 10.0  # an image; a logo takes well under a second
SHEET_GAP_PX = 64  # white rows between two logos read together: Tesseract's layout keeps them apart
MAX_IMAGE_PIXELS = 2_000_000  # a square logo of 1,400 px a side; six of them are a sheet of 12 Mpx at most
MAX_MODELS = 2  # English, the language of most logos, and the document's own when needed
MIN_WORD_CONFIDENCE = 60  # Tesseract's 0-100, word by word: a logo's few words give no paragraph to average
MAX_WORDS = 14  # a logo names an organisation and a line or two; more words are a screenshot or a chart


@dataclass(frozen=True)
class LogoImage:
    """An image of a logo's size on a page: which image it is and how many pixels it has."""

    page: int  # 1-based
    pixels: tuple[int, int]  # the image's own width and height, as stored in the PDF
    nth: int  # among the page's images of this many pixels, in drawing order: how PDFium finds it again
    identity: tuple[int, ...]  # the image's object number: the same logo on several pages is read once


def logo_images(number: int, layout: LTPage, images: Iterable[LTImage]) -> tuple[LogoImage, ...]:
    """The images of page ``number`` (all of them, in drawing order) that may be logos."""
    page_area = max(layout.width, 1.0) * max(layout.height, 1.0)
    found: list[LogoImage] = []
    seen: Counter[tuple[int, int]] = Counter()
    for image in images:
        try:
            pixels = (int(image.srcsize[0]), int(image.srcsize[1]))
        except (TypeError, ValueError):
            continue  # no usable /Width or /Height: PDFium will not draw it either
        nth = seen[pixels]
        seen[pixels] += 1
        width = min(image.x1, layout.x1) - max(image.x0, layout.x0)
        height = min(image.y1, layout.y1) - max(image.y0, layout.y0)
        if min(width, height) < MIN_SIDE_PT or width * height < MIN_AREA_PT or width * height > MAX_PAGE_SHARE * page_area:
            continue
        if min(pixels) < MIN_PIXELS:
            continue
        objid = getattr(image.stream, "objid", None)
        found.append(LogoImage(number, pixels, nth, (objid,) if isinstance(objid, int) else (number, nth, *pixels)))
    return tuple(found)


def pages_to_read(page_count: int) -> tuple[int, ...]:
    """Where funders put their logos: the cover, the page after it (a cover may be a photograph), the back."""
    return tuple(dict.fromkeys(number for number in (1, 2, page_count) if 1 <= number <= page_count))


def chosen(candidates: Sequence[LogoImage]) -> list[LogoImage]:
    """At most MAX_LOGOS, each distinct image once (a header logo repeats on every page)."""
    seen: set[tuple[int, ...]] = set()
    kept: list[LogoImage] = []
    for logo in candidates:
        if logo.identity not in seen:
            seen.add(logo.identity)
            kept.append(logo)
    return kept[:MAX_LOGOS]


@dataclass(frozen=True)
class LogoTexts:
    """What reading the logos gave: one text per image with words in it, and why it stopped early."""

    texts: tuple[str, ...] = ()
    unfinished: str | None = None  # the file's time budget ran out before the last logo


def needs_own_model(text: str) -> bool:
    """Whether a document's logos need its language's model beside English: only when its script is
    not Latin. English reads the letters of every Latin-script logo, and programme names are matched
    with their accents folded; each further model costs about as much again as reading a logo."""
    scripts = [script for script in map(letter_script, text) if script]
    return bool(scripts) and scripts.count("latin") < len(scripts) / 2


def read_logos(
    path: Path, logos: Sequence[LogoImage], settings: ocr.OcrSettings, languages: Sequence[str],
    deadline: float | None = None,
) -> LogoTexts:
    """The words Tesseract reads in each logo, in English and ``languages`` (ISO 639-1); an image
    that cannot be drawn or read is skipped.

    The logos of a file go to Tesseract together, one below the other on one white sheet: a run's
    start and the loading of its models cost more than reading a logo, and each word is given back
    to the logo it lies on by its position.
    """
    found = ocr.engine(settings)
    if not logos or not found.available:
        return LogoTexts()
    if deadline is not None and deadline - time.monotonic() < 1:
        return LogoTexts(unfinished="time budget spent before the logos")
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return LogoTexts()
    try:
        images = [image for image in (_drawn(document, logo) for logo in logos) if image is not None and _has_ink(image)]
    finally:
        document.close()
    if not images:
        return LogoTexts()
    ocr.use_tesseract(settings)
    models = ocr.tesseract_models(["en", *languages], found.models)[:MAX_MODELS] or sorted(found.models - {"osd"})[:1]
    timeout = TIMEOUT_S * len(images)
    if deadline is not None:
        timeout = min(timeout, deadline - time.monotonic())
    sheet, bands = _sheet(images)
    try:
        data = ocr.word_table(sheet, models, ocr.AUTOMATIC_LAYOUT, timeout)
    except ocr.OcrError as error:
        if error.out_of_time and deadline is not None and deadline - time.monotonic() < 1:
            return LogoTexts(unfinished=f"time budget spent reading the logos ({error})")
        return LogoTexts()  # logos Tesseract cannot read in their time are not worth a second try
    finally:
        sheet.close()
    texts: list[str] = []
    for band in bands:
        text = logo_text(data, band)
        if text and text not in texts and len(text.split()) <= MAX_WORDS:
            texts.append(text)
    return LogoTexts(tuple(texts))


def logo_text(data: dict[str, list], band: tuple[int, int] = (0, 1 << 30)) -> str:
    """The words Tesseract is sure of between two heights of the sheet, line after line, as one
    text; "" when no word has two letters.

    Lines are joined with spaces: a programme's name set on two lines of a logo is one name. A lone
    character is left out: it is the emblem or a stroke beside the lettering, read as a letter, and
    would stand between the words of a name.
    """
    top, bottom = band
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        middle = int(data["top"][i]) + int(data["height"][i]) // 2
        if not top <= middle < bottom or len(word) < 2 or float(data["conf"][i]) < MIN_WORD_CONFIDENCE:
            continue
        if any(c.isalnum() for c in word):
            lines.setdefault((int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])), []).append(word)
    words = [word for line in lines.values() for word in line]
    if not any(sum(c.isalpha() for c in word) >= 2 for word in words):
        return ""
    return " ".join(words)


def _has_ink(image: Image.Image) -> bool:
    darkest, lightest = image.getextrema()
    if lightest - darkest < ocr.MIN_INK_CONTRAST:  # blank, or an image PDFium could not decode
        image.close()
        return False
    return True


def _sheet(images: list[Image.Image]) -> tuple[Image.Image, list[tuple[int, int]]]:
    """The images one below the other on white, SHEET_GAP_PX apart and from the edges, and the rows each one covers."""
    width = max(image.width for image in images) + 2 * SHEET_GAP_PX
    height = sum(image.height for image in images) + SHEET_GAP_PX * (len(images) + 1)
    sheet = Image.new("L", (width, height), 255)
    bands: list[tuple[int, int]] = []
    y = SHEET_GAP_PX
    for image in images:
        sheet.paste(image, (SHEET_GAP_PX, y))
        bands.append((y, y + image.height))
        y += image.height + SHEET_GAP_PX
        image.close()
    return sheet, bands


def _drawn(document: pypdfium2.PdfDocument, logo: LogoImage) -> Image.Image | None:
    """The logo drawn alone, grey on white, at a size Tesseract reads well; None when PDFium cannot draw it."""
    try:
        page = document[logo.page - 1]
    except (pypdfium2.PdfiumError, IndexError):
        return None
    try:
        same_size = (item for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                     if tuple(item.get_px_size()) == logo.pixels)
        for nth, item in enumerate(same_size):
            if nth == logo.nth:
                return prepared(item.get_bitmap(render=True).to_pil())
    except (pypdfium2.PdfiumError, OSError, ValueError):
        return None  # a broken image stream: the other logos go on
    finally:
        page.close()
    return None


def prepared(image: Image.Image) -> Image.Image:
    """Black on white (a logo's transparent parts are white paper), scaled, with a white margin."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        paper.alpha_composite(rgba)
        image = paper
    grey = ImageOps.autocontrast(image.convert("L"))  # pale grey lettering becomes black on white
    width, height = grey.size
    scale = min(max(1.0, TARGET_SHORT_SIDE_PX / max(min(width, height), 1)), MAX_UPSCALE)
    scale = min(scale, MAX_SIDE_PX / max(width, height, 1), (MAX_IMAGE_PIXELS / max(width * height, 1)) ** 0.5)
    if abs(scale - 1.0) > 0.05:
        grey = grey.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.LANCZOS)
    return ImageOps.expand(grey.point(_black_or_white(grey)), BORDER_PX, fill=255)


def _black_or_white(grey: Image.Image) -> list[int]:
    """A lookup table that makes the image black and white at its own Otsu threshold.

    Tesseract picks one threshold for the whole sheet it is given; logos read together would
    otherwise share one, and a pale logo beside a dark emblem would lose its letters.
    """
    histogram = grey.histogram()
    total = sum(histogram)
    weighted_total = sum(level * count for level, count in enumerate(histogram))
    best_level, best_spread = 128, -1.0
    below = weighted_below = 0
    for level, count in enumerate(histogram[:-1]):
        below += count
        weighted_below += level * count
        above = total - below
        if not below or not above:
            continue
        mean_gap = weighted_below / below - (weighted_total - weighted_below) / above
        spread = below * above * mean_gap * mean_gap
        if spread > best_spread:
            best_level, best_spread = level, spread
    return [0 if level <= best_level else 255 for level in range(256)]
