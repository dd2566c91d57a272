"""Generate the sample PDF reports under corpus/reports/.

Run from the project root:  .venv/bin/python corpus/tools/make_reports.py

The output is deterministic (fixed creation dates, reportlab's invariant mode), so re-running the
script only changes a PDF when its text here changes. Text is set in DejaVu Sans so that Polish,
Czech, Croatian, Serbian Cyrillic, Greek and German characters end up as real text in the PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from report_texts import REPORTS  # the texts, next to this script (its folder is on sys.path)

CORPUS = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Report:
    """One PDF: where it goes, its document properties and its content blocks."""

    path: str  # relative to corpus/
    title: str
    author: str
    subject: str
    created: dt.datetime
    lang: str  # BCP 47 tag written into the PDF catalogue
    running_head: str
    page_label: str  # "Page", "Strona", "Страна"...: footer word before the number
    blocks: tuple = ()
    keywords: str = ""
    accent: str = "#1f4e79"
    extra: dict = field(default_factory=dict)


def register_fonts() -> None:
    for name, file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
        path = FONT_DIR / file
        if not path.exists():
            sys.exit(f"missing font {path}: install fonts-dejavu-core")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                                  italic="DejaVu", boldItalic="DejaVu-Bold")


def styles(accent: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=14.5, alignment=TA_LEFT,
                          spaceAfter=6)
    return {
        "p": base,
        "title": ParagraphStyle("title", parent=base, fontName="DejaVu-Bold", fontSize=22, leading=27,
                                textColor=colors.HexColor(accent), spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                   textColor=colors.HexColor("#444444"), spaceAfter=16),
        "h": ParagraphStyle("h", parent=base, fontName="DejaVu-Bold", fontSize=13, leading=17,
                            textColor=colors.HexColor(accent), spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=11, leading=15,
                             spaceBefore=6, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName="DejaVu-Bold", fontSize=9,
                                   leading=12, spaceAfter=0, textColor=colors.white),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4, bulletFontName="DejaVu"),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11,
                                textColor=colors.HexColor("#555555")),
    }


def table(rows: list[list[str]], st: dict, accent: str, header: bool = True) -> Table:
    cells = [[Paragraph(text, st["cellhead" if header and i == 0 else "cell"]) for text in row]
             for i, row in enumerate(rows)]
    usable = A4[0] - 40 * mm
    # label/value tables read better with a narrow label column
    widths = [usable * 0.3, usable * 0.7] if not header and len(rows[0]) == 2 else [usable / len(rows[0])] * len(rows[0])
    tbl = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(accent)))
    tbl.setStyle(TableStyle(commands))
    return tbl


def story(report: Report) -> list:
    st = styles(report.accent)
    flow: list = []
    for block in report.blocks:
        kind, *args = block
        if kind == "title":
            flow += [Spacer(1, 18 * mm), Paragraph(args[0], st["title"]), Paragraph(args[1], st["subtitle"])]
        elif kind == "facts":
            flow += [table([[k, v] for k, v in args[0]], st, report.accent, header=False), Spacer(1, 6 * mm)]
        elif kind == "h":
            flow.append(Paragraph(args[0], st["h"]))
        elif kind == "h2":
            flow.append(Paragraph(args[0], st["h2"]))
        elif kind == "p":
            flow.append(Paragraph(args[0], st["p"]))
        elif kind == "small":
            flow.append(Paragraph(args[0], st["small"]))
        elif kind == "ul":
            flow += [Paragraph(item, st["bullet"], bulletText="•") for item in args[0]]
        elif kind == "table":
            flow += [KeepTogether([table(args[0], st, report.accent)]), Spacer(1, 4 * mm)]
        elif kind == "break":
            flow.append(PageBreak())
        else:
            raise ValueError(f"{report.path}: unknown block kind {kind!r}")
    return flow


def decorate(report: Report):
    """Running header and numbered footer drawn on every page."""

    stamp = report.created.strftime("D:%Y%m%d%H%M%S+00'00'")

    def on_page(canvas, doc) -> None:
        # reportlab stamps the current time unless told otherwise; a fixed date keeps builds identical
        canvas.setDateFormatter(lambda *_: stamp)
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(report.accent))
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("DejaVu-Bold", 9)
        canvas.drawString(20 * mm, height - 9 * mm, report.running_head)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("DejaVu", 8)
        canvas.line(20 * mm, 15 * mm, width - 20 * mm, 15 * mm)
        canvas.drawRightString(width - 20 * mm, 10 * mm, f"{report.page_label} {doc.page}")
        canvas.drawString(20 * mm, 10 * mm, report.author)
        canvas.restoreState()

    return on_page


def build(report: Report, out_dir: Path) -> Path:
    target = out_dir / report.path
    target.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
        bottomMargin=22 * mm, title=report.title, author=report.author, subject=report.subject,
        keywords=report.keywords, creator="projsearch sample corpus (make_reports.py)",
        producer="ReportLab", invariant=1, lang=report.lang,
    )
    on_page = decorate(report)
    doc.build(story(report), onFirstPage=on_page, onLaterPages=on_page)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS, help="corpus root (default: %(default)s)")
    parser.add_argument("names", nargs="*", help="only build reports whose path contains one of these")
    args = parser.parse_args(argv)
    register_fonts()
    for spec in REPORTS:
        report = Report(**spec)
        if args.names and not any(name in report.path for name in args.names):
            continue
        print(build(report, args.out).relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
