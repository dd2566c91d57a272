"""OCR against the text layer, scanned PDFs recovered, and OCR pages per second.

1. Word recall and precision: text pages in English, German, Polish and Czech (from
   ../shared/data/pdfs/eu_project_docs, then the project's corpus/reports; eu_project_docs has no
   Polish and little Czech, so those are filled up with pages typeset from
   ../shared/data/langid/ntrex_dev.jsonl news documents with reportlab)
   are rasterised into image-only PDFs (no /Lang, no text: what a scanner leaves) at each --dpi,
   indexed with OCR by the real pipeline, and the words of every OCR page are compared with the
   words of the same page's text layer (multisets of case-folded words of two or more letters).
   Two definitions: "all words" compares whole pages; "outside images" leaves out the words
   OCR reads inside the original page's images that hold no text-layer text (screenshots,
   logos, scanned figures): the text layer has no text there by construction, so OCR reading
   them is not an error, and no reference word is lost (an image with text of the layer over it
   stays in). The OCR words' places come from one more Tesseract run on the same scan with the
   languages the pipeline chose for that page.
2. The `no_text` PDFs of ../shared/data/pdfs/manifest.jsonl are indexed with OCR; a file counts
   as recovered when it ends up in the index. tests/bench/no_text_labels.jsonl says which of them
   carry printed text (labelled by looking at their rendered pages), so the share of printed scans
   recovered is measured, and files without printed text that got indexed are listed.
3. Pages per second: the 300 dpi image-only PDFs indexed into a fresh index (a fresh text cache,
   so every page is OCR'd) through the extraction workers with 1 and with N workers, --repeats
   times each; medians.

    .venv/bin/python tests/bench/bench_ocr.py [--pages 6] [--dpi 150 300] [--workers 2] [--repeats 3]

Last line: ``ocr: word_recall=<> word_precision=<> no_text_recovered=<n>/<m> pages_s=<> pages_s_1=<>
printed_recovered=<n>/<m> word_precision_all=<>`` (recall and precision at the highest --dpi outside
images, pages/s with N workers and with 1, precision over all words).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pypdfium2
import pytesseract
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTContainer, LTImage, LTTextLine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.documents import IndexingError  # noqa: E402
from indexer.index.pipeline import index_paths  # noqa: E402
from indexer.ingest.clean import clean  # noqa: E402
from indexer.ingest.extract import extract  # noqa: E402
from indexer.ingest.extract.ocr import MIN_WORD_CONFIDENCE, OcrSettings, engine, tesseract_models  # noqa: E402
from indexer.ingest.extract.pdf import LAYOUT  # noqa: E402
from indexer.ingest.sources import discover, file_sha256  # noqa: E402
from indexer.language.detection import detect  # noqa: E402
from indexer.search import get_document  # noqa: E402

SHARED_PDFS = ROOT.parent / "shared" / "data" / "pdfs"
NEWS = ROOT.parent / "shared" / "data" / "langid" / "ntrex_dev.jsonl"
LABELS = Path(__file__).with_name("no_text_labels.jsonl")
LANGUAGES = ("en", "de", "pl", "cs")
MIN_LETTERS = 400  # a page with less text says little about recall
_WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in _WORD.findall(text))


def candidate_files() -> list[Path]:
    manifest = [json.loads(line) for line in (SHARED_PDFS / "manifest.jsonl").read_text().splitlines() if line]
    shared = [SHARED_PDFS / row["file"] for row in manifest
              if row["source"] == "eu_project_docs" and row["pdfminer_outcome"] == "ok" and (row["pages"] or 99) <= 10]
    return sorted(shared) + sorted((ROOT / "corpus" / "reports").rglob("*.pdf"))


def text_layer_pages(path: Path) -> dict[int, str]:
    """Cleaned text of each page of a text PDF, OCR off: the reference."""
    (source,) = discover([path]).files
    try:
        raw = clean(extract(source, file_sha256(path), OcrSettings(enabled=False)))
    except IndexingError:
        return {}
    pages: dict[int, list[str]] = {}
    for block in raw.blocks:
        pages.setdefault(block.page or 0, []).append(block.text)
    return {page: "\n".join(texts) for page, texts in pages.items()}


def typeset_news(code: str, count: int, folder: Path) -> list[Path]:
    """Text PDFs typeset from translated news documents, for languages the real PDFs lack."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    from tests.pdfgen import FONT, _register_font

    _register_font()
    style = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15, spaceAfter=8)
    made: list[Path] = []
    if count <= 0:
        return made
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["lang"] != code:
            continue
        path = folder / f"news-{code}-{len(made)}.pdf"
        story = [Paragraph(escape(paragraph), style) for paragraph in record["text"].split("\n") if paragraph.strip()]
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
        made.append(path)
        if len(made) == count:
            break
    return made


def pick_pages(per_language: int, work: Path) -> dict[str, list[tuple[Path, int, str]]]:
    chosen: dict[str, list[tuple[Path, int, str]]] = {code: [] for code in LANGUAGES}
    typeset = work / "typeset"
    typeset.mkdir()
    for path in candidate_files() + [None]:
        if path is None:  # the real PDFs are used up: fill the languages they lack
            for code, found in chosen.items():
                for extra in typeset_news(code, per_language - len(found), typeset):
                    text = text_layer_pages(extra).get(1, "")
                    chosen[code].append((extra, 1, text))
            break
        if all(len(found) >= per_language for found in chosen.values()):
            break
        taken_here = 0
        for page, text in text_layer_pages(path).items():
            if sum(c.isalpha() for c in text) < MIN_LETTERS:
                continue
            code = detect(text)
            # At most two pages per file, so one document does not stand for a whole language.
            if code in chosen and len(chosen[code]) < per_language and taken_here < 2:
                chosen[code].append((path, page, text))
                taken_here += 1
    return chosen


def rasterise(path: Path, pages: list[int], dpi: int, target: Path) -> Path:
    """An image-only PDF of the given pages of ``path``, one grey image per page."""
    document = pypdfium2.PdfDocument(str(path))
    images = [document[page - 1].render(scale=dpi / 72, grayscale=True).to_pil() for page in pages]
    images[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    document.close()
    return target


def ocr_pages_of(index_dir: Path, doc_id: str) -> dict[int, str]:
    record = get_document(index_dir, doc_id)
    if record is None:
        return {}
    content, offsets = record["content"], record["page_offsets"]
    bounds = offsets + [len(content)]
    return {number + 1: content[bounds[number]:bounds[number + 1]] for number in range(len(offsets))}


def image_regions(path: Path, page: int) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1 in PDF points, origin bottom left) of the page's images with no text-layer text.

    An image with text of the layer drawn over it (a background picture) is left out: there the
    text layer does have the text, so OCR reading it is measured like anywhere else.
    """
    images: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float]] = []

    def walk(item) -> None:
        if isinstance(item, LTImage):
            images.append(item.bbox)
        elif isinstance(item, LTTextLine):
            if item.get_text().strip():
                lines.append(((item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for layout in extract_pages(str(path), page_numbers=[page - 1], laparams=LAYOUT):
        walk(layout)
    return [box for box in images
            if (box[2] - box[0]) * (box[3] - box[1]) > 0 and not any(_inside(x, y, [box]) for x, y in lines)]


def _inside(x: float, y: float, boxes) -> bool:
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)


def ocr_words_in_images(
    scan: Path, page: int, dpi: int, languages: list[str], boxes, page_height_pt: float,
) -> Counter[str]:
    """Words Tesseract reads inside the image boxes of a scanned page, with the pipeline's languages."""
    document = pypdfium2.PdfDocument(str(scan))
    try:
        image = document[page - 1].render(scale=dpi / 72, grayscale=True).to_pil()  # the scan at its own pixels
        scale = image.size[1] / page_height_pt  # pixels per point of the original page
    finally:
        document.close()
    installed = engine(OcrSettings()).models
    models = tesseract_models(languages, installed) or ["eng"]
    data = pytesseract.image_to_data(image, lang="+".join(models), config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    found: Counter[str] = Counter()
    for i, text in enumerate(data["text"]):
        if not (text or "").strip() or float(data["conf"][i]) < MIN_WORD_CONFIDENCE:
            continue
        x = (data["left"][i] + data["width"][i] / 2) / scale
        y = page_height_pt - (data["top"][i] + data["height"][i] / 2) / scale
        if _inside(x, y, boxes):
            found.update(words(text))
    return found


Totals = dict[tuple[str, int, str], tuple[int, int, int]]  # (language, dpi, definition) -> matched, reference, OCR


def measure_words(chosen, dpis, workers: int, work: Path) -> Totals:
    """Word counts per language, dpi and definition ("all" words, or "outside" images)."""
    totals: Totals = {}
    regions: dict[tuple[Path, int], list] = {}
    for dpi in dpis:
        folder = work / f"scans-{dpi}"
        folder.mkdir()
        # scan -> (language, page in scan, reference, source file, page in it)
        plan: dict[str, list[tuple[str, int, str, Path, int]]] = {}
        for code, pages in chosen.items():
            by_file: dict[Path, list[tuple[int, str]]] = {}
            for path, page, text in pages:
                by_file.setdefault(path, []).append((page, text))
            for number, (path, items) in enumerate(by_file.items()):
                name = f"{code}-{number}.pdf"
                rasterise(path, [page for page, _ in items], dpi, folder / name)
                plan[name] = [(code, scan_page, text, path, page)
                              for scan_page, (page, text) in enumerate(items, start=1)]
        index_dir = work / f"index-{dpi}"
        index_paths([folder], index_dir, workers=workers)
        for name, items in plan.items():
            read = ocr_pages_of(index_dir, name)
            record = get_document(index_dir, name) or {}
            languages = {entry["page"]: list(entry["languages"]) for entry in record.get("ocr_pages", [])}
            for code, scan_page, reference, path, page in items:
                expected, found = words(reference), words(read.get(scan_page, ""))
                boxes = regions.setdefault((path, page), image_regions(path, page))
                if boxes:
                    height = pypdfium2.PdfDocument(str(path))[page - 1].get_size()[1]
                    chosen_languages = languages.get(scan_page, ["en"])
                    in_images = ocr_words_in_images(folder / name, scan_page, dpi, chosen_languages, boxes, height)
                    outside = (expected, found - in_images)  # no text-layer line lies in these boxes
                else:
                    outside = (expected, found)
                for definition, (e, f) in (("all", (expected, found)), ("outside", outside)):
                    matched = sum((e & f).values())
                    m0, e0, f0 = totals.get((code, dpi, definition), (0, 0, 0))
                    totals[(code, dpi, definition)] = (m0 + matched, e0 + sum(e.values()), f0 + sum(f.values()))
                    print(f"  {dpi} dpi {code} {path.name} p{page} {definition}: recall "
                          f"{matched / max(1, sum(e.values())):.3f} precision {matched / max(1, sum(f.values())):.3f}",
                          file=sys.stderr)
    return totals


def no_text_recovery(work: Path, workers: int) -> tuple[set[str], list[str], list[str]]:
    """The no_text PDFs (relative paths) that ended up in the index, all of them, and why the others did not."""
    manifest = [json.loads(line) for line in (SHARED_PDFS / "manifest.jsonl").read_text().splitlines() if line]
    names = [row["file"] for row in manifest if row["pdfminer_outcome"] == "no_text"]
    folder = work / "no_text"
    for name in names:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((SHARED_PDFS / name).read_bytes())
    report = index_paths([folder], work / "index-no-text", workers=workers)
    failed = {Path(failure.file).relative_to(folder).as_posix(): f"{failure.reason}: {failure.detail}"
              for failure in report.failed}
    lines = [f"  not recovered {name}: {failed[name]}" for name in sorted(failed)]
    return set(names) - set(failed), names, lines


def printed_labels() -> dict[str, bool]:
    """Our labels of the no_text PDFs: whether each has printed text; a file whose bytes changed is left out."""
    labels: dict[str, bool] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        path = SHARED_PDFS / row["file"]
        if path.is_file() and file_sha256(path) == row["sha256"]:
            labels[row["file"]] = row["printed_text"]
        else:
            print(f"  label of {row['file']} left out: the file is missing or changed", file=sys.stderr)
    return labels


def pages_per_second(work: Path, counts: tuple[int, ...], repeats: int, dpi: int) -> tuple[dict[int, float], int]:
    """Median pages/s for each number of workers; the runs alternate, so load changes hit each count alike."""
    folder = work / "speed"
    folder.mkdir()
    # Every other scan: enough files and pages to keep N workers busy, few enough to repeat.
    for path in sorted((work / f"scans-{dpi}").glob("*.pdf"))[::2]:
        (folder / path.name).write_bytes(path.read_bytes())
    pages = sum(len(pypdfium2.PdfDocument(str(path))) for path in folder.glob("*.pdf"))
    times: dict[int, list[float]] = {count: [] for count in counts}
    for repeat in range(repeats):
        for count in counts:
            started = time.perf_counter()
            report = index_paths([folder], work / f"speed-{count}-{repeat}", workers=count)  # fresh cache: OCR again
            times[count].append(time.perf_counter() - started)
            if report.failed:
                sys.exit(f"speed run failed on {report.failed[0].file}: {report.failed[0].detail}")
    return {count: pages / statistics.median(found) for count, found in times.items()}, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=6, help="text pages per language")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="N for the N-worker run (cores)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-no-text", action="store_true", help="leave out part 2")
    args = parser.parse_args()
    state = engine(OcrSettings())
    if not state.available:
        sys.exit(f"OCR is {state.describe()}")
    print(f"OCR {state.describe()}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as temp:
        work = Path(temp)
        chosen = pick_pages(args.pages, work)
        totals = measure_words(chosen, sorted(args.dpi), args.workers, work)
        print("| language | dpi | pages | words | reference words | OCR words | recall | precision |")
        print("|---|---|---|---|---|---|---|---|")
        for (code, dpi, definition), (matched, expected, found) in sorted(
                totals.items(), key=lambda item: (item[0][1], item[0][2], item[0][0])):
            label = "all" if definition == "all" else "outside images"
            print(f"| {code} | {dpi} | {len(chosen[code])} | {label} | {expected} | {found} | "
                  f"{matched / max(1, expected):.3f} | {matched / max(1, found):.3f} |")
        best = max(args.dpi)

        def overall(definition: str) -> tuple[float, float]:
            rows = [value for (code, dpi, kind), value in totals.items() if dpi == best and kind == definition]
            matched, expected, found = (sum(column) for column in zip(*rows))
            return matched / max(1, expected), matched / max(1, found)

        recall, precision = overall("outside")
        _, precision_all = overall("all")
        recovered: set[str] = set()
        names: list[str] = []
        printed_line = ""
        if not args.skip_no_text:
            recovered, names, misses = no_text_recovery(work, args.workers)
            labels = printed_labels()
            printed = {name for name in names if labels.get(name)}
            unlabelled = [name for name in names if name not in labels]
            print("\n".join(misses), file=sys.stderr)
            print(f"\nno_text PDFs of ../shared/data/pdfs indexed with OCR: {len(recovered)}/{len(names)}")
            print(f"with printed text (tests/bench/no_text_labels.jsonl): {len(recovered & printed)}/{len(printed)}"
                  f" = {len(recovered & printed) / max(1, len(printed)):.0%}")
            for name in sorted(printed - recovered):
                print(f"  printed, not recovered: {name}")
            for name in sorted(recovered - printed - set(unlabelled)):
                print(f"  indexed without printed text: {name}")
            if unlabelled:
                print(f"  not labelled: {', '.join(unlabelled)}")
            printed_line = f" printed_recovered={len(recovered & printed)}/{len(printed)}"
        rate = single = 0.0
        if not args.skip_speed:
            rates, pages = pages_per_second(work, (1, args.workers), args.repeats, best)
            single, rate = rates[1], rates[args.workers]
            print(f"\n| workers | pages | median pages/s ({args.repeats} runs) |\n|---|---|---|")
            print(f"| 1 | {pages} | {single:.3f} |\n| {args.workers} | {pages} | {rate:.3f} |")
            print(f"speed-up with {args.workers} workers: {rate / single:.2f}x")
        print(f"ocr: word_recall={recall:.3f} word_precision={precision:.3f} "
              f"no_text_recovered={len(recovered)}/{len(names)} pages_s={rate:.3f} pages_s_1={single:.3f}"
              f"{printed_line} word_precision_all={precision_all:.3f}")

if __name__ == "__main__":
    main()
