"""PDF extraction throughput: projsearch with 1 and N worker processes and on a Dask LocalCluster,
against pypdfium2 (PDFium's text layer, the fastest extractor at hand) on the same files.

Files: the real PDFs listed in ../shared/data/pdfs/manifest.jsonl whose pdfminer outcome is
"ok", in manifest order, until ``--pages`` pages are taken, leaving out files longer than an
eighth of that budget (parallelism is per file: one long report would be the critical path of
the whole run). They are handed out largest first, as ``projsearch index`` does, and a worker
holding a report takes no second one, so no worker is left idle while another has files queued. Files marked ok_slow (over 60 s each in pdfminer) are skipped: one of them alone
would outlast the rest of the run.

Word recall: of the distinct words (case-folded, two letters or more) PDFium finds in a file, the
share projsearch finds too, summed over the files. Layout parameters are compared in one
process on the first files, each against the default, for speed and recall.

    .venv/bin/python tests/bench/bench_extract.py [--pages 200] [--workers N] [--repeats 2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parents[1]
sys.path[:0] = [str(ROOT), str(BENCH)]  # the workers import this module by name

from indexer.documents import SourceFile  # noqa: E402
from indexer.ingest.extract import pdf as pdf_extract  # noqa: E402
from indexer.ingest.workers import QUEUE_BYTES, TaskFailure, WorkerPool  # noqa: E402

PDFS = ROOT.parent / "shared" / "data" / "pdfs"
_WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def projsearch_text(path: str) -> tuple[int, str]:
    """Pages and text of one PDF through projsearch's extractor (no cleaning, no cache)."""
    file = Path(path)
    source = SourceFile(file, file.parent, file.name, "pdf", file.stat().st_size, 0)
    raw = pdf_extract.extract_pdf(source, "0" * 64)
    return raw.pages, "\n".join(block.text for block in raw.blocks)


def pdfium_text(path: str) -> tuple[int, str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(document), "\n".join(texts)
    finally:
        document.close()


def chosen_files(page_budget: int) -> list[tuple[str, int]]:
    manifest = PDFS / "manifest.jsonl"
    if not manifest.exists():
        sys.exit(f"{manifest}: not found (needs ../shared/data)")
    files, pages = [], 0
    for line in manifest.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        # No file over an eighth of the budget: one long report would be the whole run's critical path.
        if row["pdfminer_outcome"] != "ok" or not row.get("pages") or row["pages"] > page_budget / 8:
            continue
        files.append((str(PDFS / row["file"]), row["pages"]))
        pages += row["pages"]
        if pages >= page_budget:
            break
    return files


def file_bytes(path: str) -> float:
    return float(os.path.getsize(path))


def local_pool(function, workers: int) -> WorkerPool:
    """A pool that deals out files as ``projsearch index`` does: by size, never queueing a second
    report behind a first."""
    return WorkerPool(function, workers, 600.0, 0, cost=file_bytes, queue_cost=QUEUE_BYTES)


def through_pool(pool, paths: list[str]) -> tuple[float, dict[str, tuple[int, str]]]:
    started = time.perf_counter()
    results = {}
    for path, result in pool.run(paths):
        if isinstance(result, TaskFailure):
            sys.exit(f"{path}: {result.reason} {result.detail}")
        results[path] = result
    return time.perf_counter() - started, results


def recall(ours: dict[str, tuple[int, str]], peer: dict[str, tuple[int, str]]) -> float:
    found = expected = 0
    for path, (_, text) in peer.items():
        reference = words(text)
        expected += len(reference)
        found += len(reference & words(ours[path][1]))
    return found / expected if expected else 0.0


def layout_variants(paths: list[str]) -> None:
    """Layout parameters in one process: speed and recall against the default output."""
    import bench_extract

    default = pdf_extract.LAYOUT
    variants = {
        "default (projsearch)": default,
        "boxes_flow=None": replace_layout(default, boxes_flow=None),
        "all_texts=False": replace_layout(default, all_texts=False),
        "line_margin=0.3": replace_layout(default, line_margin=0.3),
    }
    baseline: dict[str, tuple[int, str]] = {}
    print(f"\nlayout parameters, 1 process, {len(paths)} files")
    print(f"{'LAParams':<24}{'pages/s':>9}{'recall vs default':>19}{'same text':>11}")
    for name, layout in variants.items():
        pdf_extract.LAYOUT = layout
        started = time.perf_counter()
        results = {path: bench_extract.projsearch_text(path) for path in paths}
        elapsed = time.perf_counter() - started
        if not baseline:
            baseline = results
        same = sum(results[p][1] == baseline[p][1] for p in paths)
        pages = sum(pages for pages, _ in results.values())
        print(f"{name:<24}{pages / elapsed:>9.1f}{recall(results, baseline):>19.4f}{same:>6}/{len(paths)}")
    pdf_extract.LAYOUT = default


def replace_layout(layout, **changes):
    from pdfminer.layout import LAParams

    settings = {key: getattr(layout, key) for key in
                ("line_overlap", "char_margin", "line_margin", "word_margin", "boxes_flow", "detect_vertical",
                 "all_texts")}
    settings.update(changes)
    return LAParams(**settings)


def main() -> None:
    import bench_extract
    from indexer.index.cluster import ClusterPool

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="page budget (default 200)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--layout-files", type=int, default=4, help="files for the layout comparison")
    args = parser.parse_args()
    files = chosen_files(args.pages)
    # Largest first, as the pipeline orders its files (pipeline.longest_first).
    paths = sorted((path for path, _ in files), key=lambda path: -file_bytes(path))
    print(f"{len(paths)} PDFs, {sum(p for _, p in files)} pages (manifest), {os.cpu_count()} cores; "
          "ok_slow files skipped")

    runs: dict[str, list[float]] = {"1 worker": [], f"{args.workers} workers": [], "dask LocalCluster": [],
                                    "pypdfium2": []}
    outputs: dict[str, dict] = {}
    function = bench_extract.projsearch_text
    for repeat in range(args.repeats):
        elapsed, outputs["1"] = through_pool(local_pool(function, 1), paths)
        runs["1 worker"].append(elapsed)
        elapsed, outputs["n"] = through_pool(local_pool(function, args.workers), paths)
        runs[f"{args.workers} workers"].append(elapsed)
        elapsed, outputs["dask"] = through_pool(
            ClusterPool(f"local:{args.workers}", function, 600.0, 0), paths)
        runs["dask LocalCluster"].append(elapsed)
        started = time.perf_counter()
        outputs["pdfium"] = {path: pdfium_text(path) for path in paths}
        runs["pypdfium2"].append(time.perf_counter() - started)

    pages = sum(pages for pages, _ in outputs["1"].values())
    assert outputs["n"] == outputs["1"] == outputs["dask"], "parallel extraction changed the text"
    rate = {name: pages / statistics.median(values) for name, values in runs.items()}
    print(f"\n{'extractor':<24}{'median s':>9}{'pages/s':>9}   runs")
    for name, values in runs.items():
        print(f"{name:<24}{statistics.median(values):>9.2f}{rate[name]:>9.1f}   "
              + " ".join(f"{value:.2f}" for value in values))
    word_recall = recall(outputs["1"], outputs["pdfium"])
    speedup = rate[f"{args.workers} workers"] / rate["1 worker"]
    vs_pdfium = rate["1 worker"] / rate["pypdfium2"]
    print(f"\nspeed-up {args.workers} workers / 1: {speedup:.2f}x; projsearch (1 worker) / pypdfium2: "
          f"{vs_pdfium:.3f}x; word recall of projsearch against pypdfium2: {word_recall:.4f}")
    layout_variants([path for path, _ in files][: args.layout_files])
    print(f"extract: pages_s_1={rate['1 worker']:.1f} pages_s_n={rate[f'{args.workers} workers']:.1f} "
          f"speedup={speedup:.2f} dask_pages_s={rate['dask LocalCluster']:.1f} vs_pdfium={vs_pdfium:.3f} "
          f"word_recall={word_recall:.4f}")


if __name__ == "__main__":
    main()
