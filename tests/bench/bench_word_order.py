"""Word order of projsearch's PDF text against PDFium's, file by file, on every PDF of the shared data.

PDFium (pypdfium2) reads a page's characters in the order the page draws them and breaks lines on
their positions, which on nearly every file is the reading order; pdfminer groups characters into
lines and boxes and orders the boxes, which is where word salad comes from. For each file:

- recall: of the distinct words (case-folded, two letters or more) PDFium finds, the share
  projsearch finds too (as ``bench_extract.py`` counts it);
- order: of the distinct word bigrams PDFium's text has, the share that projsearch's text has too,
  both read as one stream in page order (projsearch's blocks in the order it stores them).

Only the text layer is read (OCR off): a scanned page has no PDFium text to compare with.

    .venv/bin/python tests/bench/bench_word_order.py --out after.jsonl
    .venv/bin/python tests/bench/bench_word_order.py --compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parents[1]
sys.path[:0] = [str(ROOT), str(BENCH)]  # the workers import this module by name

from indexer.ingest.workers import QUEUE_BYTES, TaskFailure, WorkerPool  # noqa: E402

PDFS = ROOT.parent / "shared" / "data" / "pdfs"
_WORD = re.compile(r"[^\W\d_]{2,}")
NOISE = 0.005  # a change of half a percentage point or less in a share is noise


def word_list(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def bigrams(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


def measure(path: str) -> dict:
    """Recall and order of one file; the text's digest tells whether two runs read it alike."""
    from indexer.documents import IndexingError, SourceFile
    from indexer.ingest.extract.ocr import OcrSettings
    from indexer.ingest.extract.pdf import extract_pdf

    import bench_extract

    file = Path(path)
    row: dict = {"file": str(file.relative_to(PDFS))}
    source = SourceFile(file, file.parent, file.name, "pdf", file.stat().st_size, 0)
    try:
        raw = extract_pdf(source, "0" * 64, OcrSettings(enabled=False))
    except IndexingError as error:
        row["outcome"] = error.reason
        return row
    ours = "\n".join(block.text for block in raw.blocks)
    try:
        _, theirs = bench_extract.pdfium_text(path)
    except Exception as error:  # noqa: BLE001 - PDFium refusing a file leaves nothing to compare
        row["outcome"] = f"pdfium: {type(error).__name__}"
        return row
    our_words, their_words = word_list(ours), word_list(theirs)
    wanted_words, wanted_pairs = set(their_words), bigrams(their_words)
    row.update(
        outcome="ok",
        pages=raw.pages,
        words=len(wanted_words),
        recall=len(wanted_words & set(our_words)) / len(wanted_words) if wanted_words else None,
        bigrams=len(wanted_pairs),
        order=len(wanted_pairs & bigrams(our_words)) / len(wanted_pairs) if wanted_pairs else None,
        digest=hashlib.sha256(ours.encode("utf-8")).hexdigest()[:16],
    )
    return row


def run(out: Path, workers: int, timeout: float) -> None:
    paths = sorted(str(path) for path in PDFS.rglob("*") if path.is_file() and _is_pdf(path))
    import bench_extract

    pool = WorkerPool(measure, workers, timeout, 0, cost=bench_extract.file_bytes, queue_cost=QUEUE_BYTES)
    rows = []
    for path, result in pool.run(paths):
        if isinstance(result, TaskFailure):
            result = {"file": str(Path(path).relative_to(PDFS)), "outcome": f"failed: {result.reason}"}
        rows.append(result)
    rows.sort(key=lambda row: row["file"])
    out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    measured = [row for row in rows if row.get("order") is not None]
    print(f"{len(rows)} PDFs, {len(measured)} with PDFium words to compare; {_summary(measured)}")


def _is_pdf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return b"%PDF-" in handle.read(1024)


def _summary(rows: list[dict]) -> str:
    words = sum(row["words"] for row in rows)
    pairs = sum(row["bigrams"] for row in rows)
    recall = sum(row["recall"] * row["words"] for row in rows) / words if words else 0.0
    order = sum(row["order"] * row["bigrams"] for row in rows) / pairs if pairs else 0.0
    return f"word recall {recall:.4f}, bigram share {order:.4f} (both over all files' words)"


def compare(before_path: Path, after_path: Path) -> None:
    before = {row["file"]: row for row in map(json.loads, before_path.read_text().splitlines())}
    after = {row["file"]: row for row in map(json.loads, after_path.read_text().splitlines())}
    changed, worse = [], []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name, {}), after.get(name, {})
        if old.get("outcome") != new.get("outcome"):
            changed.append(f"{name}: outcome {old.get('outcome')} -> {new.get('outcome')}")
            continue
        if old.get("digest") == new.get("digest"):
            continue
        line = f"{name}: text changed"
        for key in ("recall", "order"):
            if old.get(key) is not None and new.get(key) is not None:
                delta = new[key] - old[key]
                line += f"; {key} {old[key]:.4f} -> {new[key]:.4f} ({delta:+.4f})"
                if delta < -NOISE:
                    worse.append(f"{name}: {key} {delta:+.4f}")
        changed.append(line)
    both = [name for name in before if before[name].get("order") is not None and after.get(name, {}).get("order")
            is not None]
    print(f"before: {_summary([before[name] for name in both])}")
    print(f"after:  {_summary([after[name] for name in both])}")
    print(f"{len(changed)} of {len(before.keys() | after.keys())} files changed:")
    for line in changed:
        print("  " + line)
    print(f"worse by more than {NOISE}: {len(worse)}")
    for line in worse:
        print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write one JSON line per PDF here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds for one file")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.out:
        if not PDFS.is_dir():
            sys.exit(f"{PDFS}: not found (needs ../shared/data)")
        run(args.out, args.workers, args.timeout)
    else:
        parser.error("give --out or --compare")


if __name__ == "__main__":
    main()
