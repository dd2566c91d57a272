"""Time per KB of each per-file stage on long pathological texts, at growing sizes.

A file is read in a worker process under a time limit (``pipeline.Limits.timeout_s``); a stage
whose time grows faster than the text's length can outlast it on a long report, which is then
left out of the index. This prints, for each kind of text and size, the milliseconds per KB of
extraction, cleaning, segmentation and metadata, and how much the time per KB grew from the
smallest size to the largest: about 1.0 for a stage that keeps pace with the text.

The texts are generated (the same every run) in the shapes that garbled reports take, each
written to a text file and read as ``projsearch index`` reads it (extract, clean, segment,
metadata); a text file of one line is one block, as a PDF page of one text box is:

    dates       full dates in one line: a schedule flattened by the PDF reader
    ranges      "GREEN7 ran from 2016 to 2019 in the region" in one line: a list of projects
    statistics  rows of years, figures and dashes ("2014 2015 2016 12.3 4,5 -"), one per line
    months      month names, some with a year, in one line
    countries   partners from countries, with their codes, in one line
    programmes  programme names and the words around them, in one line
    garbage     OCR garbage: letters, digits, dashes and stops, with years in it
    annex       all of the above, mixed in one line, as a flattened annex of tables
    real        the reports and pages of corpus/ one after another (extracted without OCR)

Each size of each kind is measured in a child process of its own, ``--repeats`` times (the
median is printed); a run that takes longer than ``--budget`` seconds (the per-file limit by
default) is stopped and shown as over the budget, and the larger sizes of that kind are skipped.

    .venv/bin/python tests/bench/bench_long_texts.py [--sizes 25,50,100,200,400] [--repeats 3]
        [--kinds dates,ranges,...] [--budget 120]

The last line is machine-readable:
    long texts: worst growth G (kind stage) over A-B KB; metadata M ms/KB at B KB (median over kinds) ...
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STAGES = ("extract", "clean", "segment", "metadata")
MONTHS = "January February March April May June July August September October November December".split()
COUNTRIES = "Germany France Poland Austria Italy Spain Croatia Slovenia Hungary Greece Portugal Romania".split()
CODES = "DE FR PL AT IT ES HR SI HU EL PT RO".split()
PROGRAMMES = ("Interreg Europe", "Horizon 2020", "Erasmus+ programme", "co-financed by the ERDF", "INTERREG IVC", "LIFE programme")


MEANINGFUL = 0.05
"""The share of a file's time a stage must take at the largest size for its growth to enter the summary."""


def _cells(size: int, cell) -> str:
    """Cells ``cell(i)`` one after another until the text is ``size`` characters long."""
    parts, length, index = [], 0, 0
    while length < size:
        part = cell(index)
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts)[:size]


def _year(index: int) -> int:
    return 2000 + (index * 7) % 25


def dates(size: int) -> str:
    return _cells(size, lambda i: f"{i % 28 + 1} {MONTHS[i % 12]} {_year(i)} ; {i % 28 + 1}.{i % 12 + 1}.{_year(i + 3)} ; ")


def ranges(size: int) -> str:
    return _cells(size, lambda i: f"GREEN{i % 97} ran from {_year(i)} to {_year(i) + 3} in the region ")


def statistics_table(size: int) -> str:
    return _cells(size, lambda i: f"{_year(i)} {_year(i + 1)} {_year(i + 2)} {i % 97}.{i % 10} {i % 9},{i % 7} - {i * 13 % 1000}\n")


def months(size: int) -> str:
    return _cells(size, lambda i: f"{MONTHS[i * 5 % 12]}{' ' + str(_year(i)) if i % 2 else ''}, ")


def countries(size: int) -> str:
    return _cells(
        size, lambda i: f"partners from {COUNTRIES[i % 12]}, {COUNTRIES[(i + 5) % 12]} and {COUNTRIES[(i + 7) % 12]} ({CODES[i % 12]}) "
    )


def programmes(size: int) -> str:
    return _cells(size, lambda i: f"{PROGRAMMES[i % len(PROGRAMMES)]} {('project', '2014-2020', 'funded', 'call', '(CBC)')[i % 5]} ")


def garbage(size: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-./,:; ()"
    return _cells(size, lambda i: "".join(alphabet[(i * 31 + j * 17) % len(alphabet)] for j in range(40)) + f" {_year(i)} ")


def annex(size: int) -> str:
    kinds = (dates, ranges, months, countries, programmes, garbage)
    return _cells(size, lambda i: kinds[i % len(kinds)](200).replace("\n", " ") + " ")


def real(size: int) -> str:
    """The texts of corpus/ through the project's own extraction (no OCR), repeated up to ``size``."""
    from indexer.ingest import sources
    from indexer.ingest.extract import extract
    from indexer.ingest.extract.ocr import OcrSettings

    texts = []
    for found in sorted(sources.discover([ROOT / "corpus"]).files, key=lambda source: source.doc_id):
        try:
            texts.append(extract(found, "0" * 64, OcrSettings(enabled=False)).text)
        except Exception:  # noqa: BLE001 - a file the corpus keeps to show a failure reason
            continue
    whole = "\n\n".join(texts)
    return (whole * (size // max(1, len(whole)) + 1))[:size]


KINDS = {
    "dates": dates, "ranges": ranges, "statistics": statistics_table, "months": months, "countries": countries,
    "programmes": programmes, "garbage": garbage, "annex": annex, "real": real,
}


def measure(kind: str, size_kb: int, repeats: int, budget: float) -> dict[str, float]:
    """Median seconds of each stage over ``repeats`` runs on one text, in this process."""
    from indexer.documents import SourceFile
    from indexer.ingest import clean, names
    from indexer.ingest.extract import extract
    from indexer.language import detection as language
    from indexer.metadata.enrich import extract_metadata

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{kind}.txt"
        path.write_text(KINDS[kind](size_kb * 1000), encoding="utf-8")
        source = SourceFile(path=path, root=path.parent, doc_id=path.name, format="text", size=path.stat().st_size, mtime_ns=0)
        # One small text first: the catalogues, patterns and tables are built once per process, not per file.
        warm = Path(folder) / "warm.txt"
        warm.write_text(real(20_000) if kind == "real" else annex(20_000), encoding="utf-8")
        warm_source = SourceFile(path=warm, root=warm.parent, doc_id=warm.name, format="text", size=warm.stat().st_size, mtime_ns=0)
        raw = clean.clean(extract(warm_source, "1" * 64))
        extract_metadata(raw, language.segment(raw))
        times: dict[str, list[float]] = {stage: [] for stage in STAGES}
        # A run over the budget is stopped where it stands, as the worker's time limit stops a file.
        signal.signal(signal.SIGALRM, _over_budget)
        for _ in range(repeats):
            signal.alarm(math.ceil(budget))
            began = time.perf_counter()
            raw = extract(source, "0" * 64)
            times["extract"].append(time.perf_counter() - began)
            began = time.perf_counter()
            cleaned = names.shown_by_printable_name(clean.clean(raw))
            times["clean"].append(time.perf_counter() - began)
            began = time.perf_counter()
            segments = language.segment(cleaned)
            times["segment"].append(time.perf_counter() - began)
            began = time.perf_counter()
            extract_metadata(cleaned, segments)
            times["metadata"].append(time.perf_counter() - began)
            signal.alarm(0)
    return {stage: statistics.median(values) for stage, values in times.items()}


class OverBudget(Exception):
    pass


def _over_budget(signum, frame) -> None:
    raise OverBudget


def measured(kind: str, size_kb: int, repeats: int, budget: float) -> dict[str, float] | None:
    """``measure`` in a child process (a fresh interpreter, as a worker is), or None when a run took over ``budget`` seconds."""
    command = [sys.executable, __file__, "--child", kind, str(size_kb), str(repeats), str(budget)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25,50,100,200,400", help="KB, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, of: " + ", ".join(KINDS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds one run may take; the per-file limit by default")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, size_kb, repeats, budget = args.child
        try:
            print(json.dumps(measure(kind, int(size_kb), int(repeats), float(budget))))
        except OverBudget:
            print(json.dumps(None))
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    kinds = args.kinds.split(",")
    print(f"{'kind':11s} {'KB':>5s} " + " ".join(f"{stage:>9s}" for stage in STAGES) + f" {'all (s)':>8s}   ms per KB, median of {args.repeats}")
    results: dict[str, dict[int, dict[str, float]]] = {}
    for kind in kinds:
        results[kind] = {}
        for size in sizes:
            found = measured(kind, size, args.repeats, args.budget)
            if found is None:
                print(f"{kind:11s} {size:5d} over the budget of {args.budget:.0f} s: larger sizes skipped", flush=True)
                break
            results[kind][size] = found
            per_kb = " ".join(f"{found[stage] * 1000 / size:9.2f}" for stage in STAGES)
            print(f"{kind:11s} {size:5d} {per_kb} {sum(found.values()):8.2f}", flush=True)
    growths = []
    print(f"growth of the time per KB from {sizes[0]} KB to the largest size measured:")
    for kind, by_size in results.items():
        if len(by_size) < 2:
            continue
        first, last = min(by_size), max(by_size)
        row = []
        for stage in STAGES:
            growth = (by_size[last][stage] / last) / (by_size[first][stage] / first) if by_size[first][stage] else 0.0
            row.append(f"{stage} {growth:.2f}")
            # A stage of a few milliseconds in all is timer noise, not a trend: only those that weigh count.
            if by_size[last][stage] >= MEANINGFUL * sum(by_size[last].values()):
                growths.append((growth, kind, stage, first, last))
        print(f"  {kind:11s} {first}-{last} KB: " + ", ".join(row))
    over = [kind for kind in kinds if max(results[kind], default=0) < sizes[-1]]
    largest = sizes[-1]
    at_largest = [results[kind][largest]["metadata"] * 1000 / largest for kind in kinds if largest in results[kind]]
    worst = max(growths, default=(0.0, "-", "-", 0, 0))
    print(
        f"long texts: worst growth {worst[0]:.2f} ({worst[1]} {worst[2]}) over {worst[3]}-{worst[4]} KB; "
        f"metadata {statistics.median(at_largest) if at_largest else float('nan'):.1f} ms/KB at {largest} KB (median over kinds, "
        f"max {max(at_largest, default=float('nan')):.1f}); over the budget: {', '.join(over) or 'none'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
