"""OCR against the text layer, scanned PDFs recovered, and OCR pages per second.

1. Word recall and precision: text pages in English, German, Polish and Czech (from
   ../shared/data/pdfs/eu_project_docs, then the project's corpus/reports; eu_project_docs has no
   Polish and little Czech, so those are filled up with pages typeset from
   ../shared/data/langid/ntrex_dev.jsonl news documents with reportlab)
   are rasterised into image-only PDFs (no /Lang, no text: what a scanner leaves) at each --dpi,
   indexed with OCR by the real pipeline, and the words of every OCR page are compared with the
   words of the same page's text layer (multisets of case-folded words of two or more letters).
2. The `no_text` PDFs of ../shared/data/pdfs/manifest.jsonl are indexed with OCR; a file counts
   as recovered when it ends up in the index.
3. Pages per second: the 300 dpi image-only PDFs indexed into a fresh index with 1 and with N
   workers, --repeats times each; medians.

    .venv/bin/python tests/bench/bench_ocr.py [--pages 6] [--dpi 150 300] [--workers 2] [--repeats 3]

Last line: ``ocr: word_recall=<> word_precision=<> no_text_recovered=<n>/<m> pages_s=<>`` (recall and
precision at the highest --dpi, pages/s with N workers).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.documents import IndexingError  # noqa: E402
from indexer.index.pipeline import index_paths  # noqa: E402
from indexer.ingest.clean import clean  # noqa: E402
from indexer.ingest.extract import extract  # noqa: E402
from indexer.ingest.extract.ocr import OcrSettings, engine  # noqa: E402
from indexer.ingest.sources import discover, file_sha256  # noqa: E402
from indexer.language.detection import detect  # noqa: E402
from indexer.search import get_document  # noqa: E402

SHARED_PDFS = ROOT.parent / "shared" / "data" / "pdfs"
NEWS = ROOT.parent / "shared" / "data" / "langid" / "ntrex_dev.jsonl"
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


def measure_words(chosen, dpis, workers: int, work: Path) -> dict[tuple[str, int], tuple[int, int, int]]:
    """(language, dpi) -> (matched words, reference words, OCR words)."""
    totals: dict[tuple[str, int], tuple[int, int, int]] = {}
    for dpi in dpis:
        folder = work / f"scans-{dpi}"
        folder.mkdir()
        plan: dict[str, list[tuple[str, int, str, str]]] = {}  # doc id -> (language, page in scan, reference)
        for code, pages in chosen.items():
            by_file: dict[Path, list[tuple[int, str]]] = {}
            for path, page, text in pages:
                by_file.setdefault(path, []).append((page, text))
            for number, (path, items) in enumerate(by_file.items()):
                name = f"{code}-{number}.pdf"
                rasterise(path, [page for page, _ in items], dpi, folder / name)
                plan[name] = [(code, scan_page, text, f"{path.name} p{page}")
                              for scan_page, (page, text) in enumerate(items, start=1)]
        index_dir = work / f"index-{dpi}"
        index_paths([folder], index_dir, workers=workers)
        for name, items in plan.items():
            read = ocr_pages_of(index_dir, name)
            for code, scan_page, reference, label in items:
                expected, found = words(reference), words(read.get(scan_page, ""))
                matched = sum((expected & found).values())
                m, e, f = totals.get((code, dpi), (0, 0, 0))
                totals[(code, dpi)] = (m + matched, e + sum(expected.values()), f + sum(found.values()))
                print(f"  {dpi} dpi {code} {label}: recall {matched / max(1, sum(expected.values())):.3f} "
                      f"precision {matched / max(1, sum(found.values())):.3f}", file=sys.stderr)
    return totals


def no_text_recovery(work: Path, workers: int) -> tuple[int, int, list[str]]:
    manifest = [json.loads(line) for line in (SHARED_PDFS / "manifest.jsonl").read_text().splitlines() if line]
    names = [row["file"] for row in manifest if row["pdfminer_outcome"] == "no_text"]
    folder = work / "no_text"
    for name in names:
        target = folder / name.replace("/", "__")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((SHARED_PDFS / name).read_bytes())
    report = index_paths([folder], work / "index-no-text", workers=workers)
    failed = {Path(failure.file).name: f"{failure.reason}: {failure.detail}" for failure in report.failed}
    lines = [f"  not recovered {name}: {failed[name]}" for name in sorted(failed)]
    return len(names) - len(failed), len(names), lines


def pages_per_second(work: Path, workers: int, repeats: int, dpi: int) -> tuple[float, int]:
    folder = work / "speed"
    if not folder.exists():  # a few of the scans: enough pages to keep N workers busy, few enough to repeat
        folder.mkdir()
        for path in sorted((work / f"scans-{dpi}").glob("*.pdf"))[::2]:
            (folder / path.name).write_bytes(path.read_bytes())
    pages = sum(len(pypdfium2.PdfDocument(str(path))) for path in folder.glob("*.pdf"))
    times = []
    for repeat in range(repeats):
        started = time.perf_counter()
        index_paths([folder], work / f"speed-{workers}-{repeat}", workers=workers)
        times.append(time.perf_counter() - started)
    return pages / statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=6, help="text pages per language")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--workers", type=int, default=2, help="N for the N-worker run")
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
        print("| language | dpi | pages | reference words | OCR words | recall | precision |")
        print("|---|---|---|---|---|---|---|")
        for (code, dpi), (matched, expected, found) in sorted(totals.items(), key=lambda item: (item[0][1], item[0][0])):
            print(f"| {code} | {dpi} | {len(chosen[code])} | {expected} | {found} | "
                  f"{matched / max(1, expected):.3f} | {matched / max(1, found):.3f} |")
        best = max(args.dpi)
        matched = sum(m for (code, dpi), (m, e, f) in totals.items() if dpi == best)
        expected = sum(e for (code, dpi), (m, e, f) in totals.items() if dpi == best)
        found = sum(f for (code, dpi), (m, e, f) in totals.items() if dpi == best)
        recovered = scanned = 0
        if not args.skip_no_text:
            recovered, scanned, misses = no_text_recovery(work, args.workers)
            print("\n".join(misses), file=sys.stderr)
            print(f"\nno_text PDFs of ../shared/data/pdfs indexed with OCR: {recovered}/{scanned}")
        rate = 0.0
        if not args.skip_speed:
            single, pages = pages_per_second(work, 1, args.repeats, best)
            rate, _ = pages_per_second(work, args.workers, args.repeats, best)
            print(f"\n| workers | pages | median pages/s ({args.repeats} runs) |\n|---|---|---|")
            print(f"| 1 | {pages} | {single:.3f} |\n| {args.workers} | {pages} | {rate:.3f} |")
            print(f"speed-up with {args.workers} workers: {rate / single:.2f}x")
        print(f"ocr: word_recall={matched / max(1, expected):.3f} word_precision={matched / max(1, found):.3f} "
              f"no_text_recovered={recovered}/{scanned} pages_s={rate:.3f}")


if __name__ == "__main__":
    main()
