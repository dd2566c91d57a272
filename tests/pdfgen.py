"""Build the awkward files the extraction tests need, in a temporary directory.

Good PDFs come from reportlab with an embedded DejaVu font (so Polish and Serbian Cyrillic
survive); broken ones are made from good ones by cutting or rewriting bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT = "DejaVuSans"

POLISH_PAGE = (
    "Sprawozdanie roczne projektu współfinansowanego przez Unię Europejską.",
    "Zażółć gęślą jaźń: w Łodzi i Gdańsku powstały nowe ścieżki rowerowe.",
)
SERBIAN_PAGE = (
    "Годишњи извештај пројекта који суфинансира Европска унија.",
    "Нове бициклистичке стазе изграђене су у Новом Саду и Нишу.",
)
ENGLISH_PAGE = (
    "Annual report of a cross-border cooperation project.",
    "New cycling paths were opened between the partner towns this year.",
)


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(DEJAVU)))


def text_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    author: str | None = None,
    encrypt: StandardEncryption | None = None,
) -> Path:
    """A PDF with one paragraph per line of text, one page per entry of ``pages``."""
    _register_font()
    # invariant: fixed dates and ids, so the same call always writes the same bytes.
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, pageCompression=1, invariant=1)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    for lines in pages:
        y = 780.0
        for line in lines:
            pdf.setFont(FONT, 12)
            pdf.drawString(72, y, line)
            y -= 48  # far apart: each line is its own paragraph
        pdf.showPage()
    pdf.save()
    return path


def typeset_pdf(path: Path, pages: Sequence[Sequence[tuple[str, float]]], *, title: str | None = None) -> Path:
    """A PDF whose lines are each set in their own type size (points), top down, one page per entry of
    ``pages``: a cover's title above its body, a running header in small type above every page."""
    _register_font()
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    if title:
        pdf.setTitle(title)
    for lines in pages:
        y = 790.0
        for line, size in lines:
            y -= size
            pdf.setFont(FONT, size)
            pdf.drawString(72, y, line)
            y -= 2.5 * size  # more than a line apart: each line is its own text box
        pdf.showPage()
    pdf.save()
    return path


def multilingual_pdf(path: Path) -> Path:
    """Three pages: Polish, Serbian Cyrillic, English."""
    return text_pdf(path, [POLISH_PAGE, SERBIAN_PAGE, ENGLISH_PAGE], title="Sprawozdanie – Извештај – Report")


def password_pdf(path: Path, user_password: str) -> Path:
    """Encrypted with an owner password; readable without one only when ``user_password`` is empty."""
    encryption = StandardEncryption(user_password, ownerPassword="owner-secret", strength=128)
    return text_pdf(path, [ENGLISH_PAGE], encrypt=encryption)


def image_only_pdf(path: Path) -> Path:
    """A scanned-looking page: a raster image and vector shapes, no text operators at all."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 200), "white")
    draw = ImageDraw.Draw(picture)
    for x in range(0, 400, 20):
        draw.line([(x, 20), (x + 10, 180)], fill="black", width=3)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(buffer), 72, 500, width=400, height=200)
    pdf.rect(72, 300, 200, 100, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    return _write_pdf(path, objects)


def truncated_pdf(path: Path, source: Path, keep: float = 0.4) -> Path:
    """The first part of a real PDF, as left by an interrupted download."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def cid_pdf(path: Path, glyph_runs: Sequence[int] = (40, 12, 7, 30)) -> Path:
    """One page whose text uses a CID font with no Unicode mapping and no embedded font.

    pdfminer can only print such glyph codes as ``(cid:N)``, as it does on many real
    reports typeset with subset fonts that lost their /ToUnicode map.
    """
    shows = ["<" + "".join(f"{(i * 7) % 90 + 3:04x}" for i in range(count)) + ">" for count in glyph_runs]
    fonts = [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Garbled /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Garbled "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 "
        b"/FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /AAAAAA+Garbled /Flags 4 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    return _one_page_pdf(path, shows, 40, fonts)


def _one_page_pdf(path: Path, shows: Sequence[str], leading: int, fonts: Sequence[bytes]) -> Path:
    """One A4 page showing each operand (a PDF string or hex string) on a line of its own, ``leading``
    points apart, in font /F1: ``fonts`` are objects 5, 6, ..., the first of them /F1."""
    lines = [f"BT /F1 12 Tf 72 {780 - number * leading} Td {show} Tj ET" for number, show in enumerate(shows)]
    content = "\n".join(lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *fonts,
    ]
    return _write_pdf(path, objects)


def _write_pdf(path: Path, objects: Sequence[bytes]) -> Path:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def page_image(lines: Sequence[str], dpi: int = 200, size: tuple[float, float] = A4):
    """A grey raster of a typeset page of ``lines``, as a scanner at ``dpi`` would see it."""
    import pypdfium2

    buffer = io.BytesIO()
    _register_font()
    pdf = canvas.Canvas(buffer, pagesize=size, invariant=1)
    y = size[1] - 72
    for line in lines:
        pdf.setFont(FONT, 14)
        pdf.drawString(72, y, line)
        y -= 30
    pdf.showPage()
    pdf.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    document.close()
    return image


def scanned_pdf(path: Path, pages: Sequence[Sequence[str]], dpi: int = 200) -> Path:
    """An image-only PDF: each page is a raster of typeset text, with no text layer."""
    images = [page_image(lines, dpi) for lines in pages]
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def mixed_pdf(path: Path, text_pages: Sequence[Sequence[str]], scanned_at: int, scanned: Sequence[str]) -> Path:
    """A text PDF with one page (1-based ``scanned_at``) that is only a scanned image of ``scanned``."""
    _register_font()
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = list(text_pages)
    pages.insert(scanned_at - 1, None)
    for lines in pages:
        if lines is None:
            picture = io.BytesIO()
            page_image(scanned).save(picture, format="PNG")
            picture.seek(0)
            pdf.drawImage(ImageReader(picture), 0, 0, width=A4[0], height=A4[1])
        else:
            y = 780.0
            for line in lines:
                pdf.setFont(FONT, 12)
                pdf.drawString(72, y, line)
                y -= 48
        pdf.showPage()
    pdf.save()
    return path


def huge_page_pdf(path: Path, lines: Sequence[str], side_pt: float = 8400.0) -> Path:
    """One square page ``side_pt`` points wide (35,000 px at 300 dpi), covered by a scanned image of ``lines``."""
    picture = io.BytesIO()
    page_image(lines, dpi=100).save(picture, format="PNG")
    picture.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=(side_pt, side_pt), invariant=1)
    pdf.drawImage(ImageReader(picture), 0, 0, width=side_pt * A4[0] / A4[1], height=side_pt)
    pdf.showPage()
    pdf.save()
    return path


def no_font_bbox_pdf(path: Path, lines: Sequence[str] = ENGLISH_PAGE) -> Path:
    """Readable text in a simple font whose descriptor lacks /FontBBox: pdfminer reads it but
    logs "Could not get FontBBox from font descriptor", as it does on many real reports."""
    shows = ["(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")" for line in lines]
    fonts = [
        b"<< /Type /Font /Subtype /TrueType /BaseFont /NoBoxSans /Encoding /WinAnsiEncoding "
        b"/FirstChar 32 /LastChar 126 /Widths [" + b" ".join([b"500"] * 95) + b"] /FontDescriptor 6 0 R >>",
        b"<< /Type /FontDescriptor /FontName /NoBoxSans /Flags 32 /ItalicAngle 0 /Ascent 800 "
        b"/Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    return _one_page_pdf(path, shows, 20, fonts)


def lettering(lines: Sequence[str], size: tuple[int, int] = (640, 240), font_px: int = 56):
    """A logo-like raster: ``lines`` of dark lettering on a pale ground, as a designer exports a logo."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("RGB", size, (235, 240, 250))
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(str(DEJAVU), font_px)
    y = 24
    for line in lines:
        draw.text((24, y), line, fill=(20, 40, 120), font=font)
        y += int(font_px * 1.4)
    return picture


def _image_xobject(picture) -> tuple[bytes, bytes]:
    """An uncompressed-then-Flate grey image XObject: its dictionary and its stream data."""
    import zlib

    grey = picture.convert("L")
    data = zlib.compress(grey.tobytes())
    head = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 " \
           b"/Filter /FlateDecode /Length %d >>" % (grey.width, grey.height, len(data))
    return head, data


BROKEN_JPEG = (b"<< /Type /XObject /Subtype /Image /Width 320 /Height 120 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
               b"/Filter /DCTDecode /Length 64 >>", b"\xff\xd8\xff\xe0" + b"not a jpeg at all, only bytes " * 2)
"""An image of a logo's size whose JPEG data is garbage, as a damaged export leaves it."""


def images_pdf(
    path: Path,
    lines: Sequence[str],
    images: Sequence[tuple[tuple[bytes, bytes], tuple[float, float, float, float]]],
    pages: int = 1,
) -> Path:
    """``pages`` A4 pages of ``lines`` in Helvetica; the first page also draws each image XObject
    (dictionary, data) at (x, y, width, height) in points."""
    text = "\n".join(f"BT /F1 12 Tf 72 {700 - number * 30} Td ({line}) Tj ET" for number, line in enumerate(lines))
    draws = "\n".join(f"q {w} 0 0 {h} {x} {y} cm /Im{number} Do Q" for number, (_, (x, y, w, h)) in enumerate(images))
    first = (draws + "\n" + text).encode("latin-1")
    others = text.encode("latin-1")
    count = len(images)
    # Objects: 1 catalog, 2 pages, 3 font, then per image one XObject, then per page a page and its content.
    image_ids = list(range(4, 4 + count))
    page_ids = [4 + count + 2 * number for number in range(pages)]
    xobjects = b" ".join(b"/Im%d %d 0 R" % (number, ident) for number, ident in enumerate(image_ids))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % ident for ident in page_ids), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *(head + b"\nstream\n" + data + b"\nendstream" for (head, data), _ in images),
    ]
    for number, ident in enumerate(page_ids):
        content = first if number == 0 else others
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
            b"/XObject << %s >> >> /Contents %d 0 R >>" % (xobjects, ident + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return _write_pdf(path, objects)


def logo_pdf(path: Path, lines: Sequence[str], logo: Sequence[str], pages: int = 1) -> Path:
    """A text report whose first page carries a logo image (about 2.2 x 0.8 inches, top right) of ``logo``."""
    return images_pdf(path, lines, [(_image_xobject(lettering(logo)), (360, 740, 160, 60))], pages)


ZERO_WIDTH_SPACE_FONT = (
    b"<< /Type /Font /Subtype /TrueType /BaseFont /TallFallback /FirstChar 1 /LastChar 1 /Widths [0] "
    b"/FontDescriptor 7 0 R /ToUnicode 8 0 R >>",
    b"<< /Type /FontDescriptor /FontName /TallFallback /Flags 32 /FontBBox [-300 -900 1200 1100] /ItalicAngle 0 "
    b"/Ascent 1100 /Descent -900 /CapHeight 700 /StemV 80 >>",
)
"""A fallback font, not embedded, whose only glyph (code 1) is U+200B and whose descent is far deeper
than the text font's, as fonts for Indic scripts have: its character boxes sit half a line low."""

_ZERO_WIDTH_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /ZeroWidth def "
    b"1 begincodespacerange <01> <01> endcodespacerange 1 beginbfchar <01> <200B> endbfchar "
    b"endcmap CMapName currentdict /CMap defineresource pop end end"
)


def word_by_word_pdf(path: Path, paragraphs: Sequence[Sequence[str]], size: float = 11, leading: float = 15) -> Path:
    """One A4 page of ``paragraphs`` (each a list of lines) set word by word, as some office suites
    export: every word has its own text object at an absolute position, and between two words come
    a zero-width space in the fallback font, a Helvetica space and another zero-width space."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def show(font: str, x: float, y: float, operand: str) -> str:
        return f"BT /{font} {size:g} Tf 1 0 0 1 {x:.3f} {y:.3f} Tm {operand} Tj ET"

    operations = []
    y = 770.0
    for lines in paragraphs:
        for line in lines:
            x = 72.0
            for number, word in enumerate(line.split(" ")):
                if number:
                    space = stringWidth(" ", "Helvetica", size)
                    operations += [show("F2", x, y, "<01>"), show("F1", x, y, "( )"), show("F2", x + space, y, "<01>")]
                    x += space
                escaped = word.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                operations.append(show("F1", x, y, f"({escaped})"))
                x += stringWidth(word, "Helvetica", size)
            y -= leading
        y -= leading  # an empty line between paragraphs
    content = "\n".join(operations).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *ZERO_WIDTH_SPACE_FONT,
        b"<< /Length %d >>\nstream\n" % len(_ZERO_WIDTH_CMAP) + _ZERO_WIDTH_CMAP + b"\nendstream",
    ]
    return _write_pdf(path, objects)
