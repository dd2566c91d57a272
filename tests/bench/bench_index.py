"""Indexing throughput of the real pipeline against raw whoosh and SQLite FTS5 on the same files.

Builds a tree of N project pages (text files rendered from the real EU Structural Fund records in
../shared/data/bench/esif_projects.jsonl.gz: project name, description, beneficiary), then, in
the same run and alternating, for each repeat:

- projsearch: ``pipeline.index_paths`` (discovery, sha256, extraction, cleaning, language
  detection, metadata, whoosh writing, commit), a full index into a fresh directory;
- whoosh_only: the same files read and written into one stored, stemmed field, one commit;
- fts5: the same files into an SQLite FTS5 table (porter tokenizer), one commit.

Then an incremental run with 1 % of the files changed, and the unchanged re-run of the real CLI
(a new process each time, as an operator runs it). Medians over the repeats.

    .venv/bin/python tests/bench/bench_index.py [--docs 3000] [--repeats 3] [--workers N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.index import pipeline  # noqa: E402

RECORDS = ROOT.parent / "shared" / "data" / "bench" / "esif_projects.jsonl.gz"


def page_texts(count: int):
    """Texts of described projects first (like benchdata.py), at an even stride over the file."""
    if not RECORDS.exists():
        sys.exit(f"{RECORDS}: benchmark records not found (needs ../shared/data)")
    described = []
    with gzip.open(RECORDS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if str(record.get("project_description") or "").strip():
                described.append(record)
    for record in described[:: max(1, len(described) // count)][:count]:
        parts = (record.get("project_name"), record.get("project_description"), record.get("beneficiary_name"))
        yield "\n\n".join(str(part).strip() for part in parts if part and str(part).strip())


def build_tree(root: Path, count: int) -> list[Path]:
    files = []
    for number, text in enumerate(page_texts(count)):
        folder = root / f"batch{number // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"project{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def run_projsearch(tree: Path, index_dir: Path, workers: int | None) -> float:
    shutil.rmtree(index_dir, ignore_errors=True)
    started = time.perf_counter()
    report = pipeline.index_paths([tree], index_dir, workers=workers)
    elapsed = time.perf_counter() - started
    # A few real records are rejected (e.g. garbled text); they are reported, as in any run.
    if len(report.failed) > (report.added + len(report.failed)) // 100 + 5:
        sys.exit(f"projsearch failed on {len(report.failed)} files: {report.failed[:3]}")
    return elapsed


def run_whoosh_only(files: list[Path], work: Path) -> float:
    target = work / "whoosh_only"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    started = time.perf_counter()
    schema = Schema(id=ID(stored=True, unique=True), body=TEXT(analyzer=StemmingAnalyzer(), stored=True))
    writer = whoosh_index.create_in(str(target), schema).writer(limitmb=256)
    for path in files:
        writer.add_document(id=str(path), body=path.read_text(encoding="utf-8"))
    writer.commit()
    return time.perf_counter() - started


def run_fts5(files: list[Path], work: Path) -> float:
    target = work / "fts5.sqlite"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite3.connect(target)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO docs VALUES (?, ?)", ((str(p), p.read_text(encoding="utf-8")) for p in files))
    db.commit()
    db.close()
    return time.perf_counter() - started


def cli_rerun(tree: Path, index_dir: Path) -> float:
    command = [sys.executable, "-m", "indexer.cli", "index", str(tree), "--index", str(index_dir), "--json"]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0, 3):  # 3: some files failed (listed), as in the full runs
        sys.exit(f"re-run failed: {completed.stderr[-2000:]}")
    if json.loads(completed.stdout)["added"]:
        sys.exit("the unchanged re-run indexed files again")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help="extraction processes [default: cores]")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as work_name:
        work = Path(work_name)
        tree, index_dir = work / "tree", work / "index"
        files = build_tree(tree, args.docs)
        megabytes = sum(path.stat().st_size for path in files) / 2**20
        print(f"{len(files)} files, {megabytes:.1f} MB, {os.cpu_count()} cores, workers={args.workers or 'cores'}")
        times: dict[str, list[float]] = {"projsearch": [], "whoosh_only": [], "fts5": []}
        runners = {
            "projsearch": lambda: run_projsearch(tree, index_dir, args.workers),
            "whoosh_only": lambda: run_whoosh_only(files, work),
            "fts5": lambda: run_fts5(files, work),
        }
        order = list(runners)
        for repeat in range(args.repeats):
            for name in order[repeat % 3:] + order[: repeat % 3]:  # alternate who runs first
                times[name].append(runners[name]())
        # The last full projsearch index stays; change 1 % of the files and index again.
        changed = files[:: 100]
        incremental = []
        for repeat in range(args.repeats):
            for path in changed:
                with path.open("a", encoding="utf-8") as out:
                    out.write(f"\n\nUpdate {repeat}: the project reported its results.")
            started = time.perf_counter()
            report = pipeline.index_paths([tree], index_dir, workers=args.workers)
            incremental.append(time.perf_counter() - started)
            if report.updated != len(changed):
                sys.exit(f"incremental run updated {report.updated}, expected {len(changed)}")
        noop = [cli_rerun(tree, index_dir) for _ in range(args.repeats)]

        print(f"\n{'engine':<28}{'median s':>10}{'docs/s':>10}{'MB/s':>8}   runs")
        rates = {}
        for name, values in times.items():
            median = statistics.median(values)
            rates[name] = len(files) / median
            print(f"{name + ' (full)':<28}{median:>10.2f}{rates[name]:>10.0f}{megabytes / median:>8.2f}   "
                  + " ".join(f"{value:.2f}" for value in values))
        inc = statistics.median(incremental)
        print(f"{'projsearch (1% changed)':<28}{inc:>10.2f}{len(changed) / inc:>10.0f}{'':>8}   "
              + " ".join(f"{value:.2f}" for value in incremental))
        print(f"{'projsearch (no-op, CLI)':<28}{statistics.median(noop):>10.2f}{'':>18}   "
              + " ".join(f"{value:.2f}" for value in noop))
        ratio = rates["projsearch"] / rates["whoosh_only"]
        print(f"\nprojsearch / whoosh_only = {ratio:.2f}x (target >= 0.5x); "
              f"projsearch / fts5 = {rates['projsearch'] / rates['fts5']:.3f}x")
        print(f"index: docs_s={rates['projsearch']:.0f} whoosh_only_docs_s={rates['whoosh_only']:.0f} "
              f"fts5_docs_s={rates['fts5']:.0f} ratio_vs_whoosh={ratio:.2f} "
              f"noop_reindex_s={statistics.median(noop):.2f}")


if __name__ == "__main__":
    main()
