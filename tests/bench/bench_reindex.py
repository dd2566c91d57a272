"""Re-running `projsearch index` on an unchanged tree must be cheap (target: < 5 s for 10,000 files).

Builds a tree of N small project pages (text rendered from real EU Structural Fund records when
../shared/data is present, otherwise generated sentences), indexes it once, then times repeated
unchanged re-runs of the real CLI and, as the floor in the same run, a bare os.walk + stat of the
same tree. Prints the median of the repeats.

    .venv/bin/python tests/bench/bench_reindex.py [--files 10000] [--repeats 5] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT.parent / "shared" / "data" / "bench" / "esif_projects.jsonl.gz"


def page_texts(count: int):
    if RECORDS.exists():
        with gzip.open(RECORDS, "rt", encoding="utf-8") as lines:
            produced = 0
            for line in lines:
                record = json.loads(line)
                text = " ".join(filter(None, [record.get("project_name"), record.get("project_description")]))
                if len(text) > 40:
                    yield text
                    produced += 1
                    if produced == count:
                        return
    for number in range(count):
        yield f"Project {number} trains {number % 97} rural firms in circular economy methods and reports yearly."


def build_tree(root: Path, count: int) -> None:
    for number, text in enumerate(page_texts(count)):
        folder = root / f"batch{number // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"project{number:06d}.txt").write_text(text, encoding="utf-8")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0, 3):
        sys.exit(f"failed: {' '.join(command)}\n{completed.stderr}")
    return elapsed


def walk_and_stat(root: Path) -> float:
    started = time.perf_counter()
    for folder, _, names in os.walk(root):
        for name in names:
            os.stat(os.path.join(folder, name))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as work:
        tree, index_dir = Path(work) / "tree", Path(work) / "index"
        build_tree(tree, args.files)
        command = [sys.executable, "-m", "indexer.cli", "index", str(tree), "--index", str(index_dir), "--json"]
        first = timed(command)
        print(f"first run: {args.files} files in {first:.1f} s ({args.files / first:.0f} docs/s)")
        reruns = [timed(command) for _ in range(args.repeats)]
        floors = [walk_and_stat(tree) for _ in range(args.repeats)]
        rerun, floor = statistics.median(reruns), statistics.median(floors)
        print(f"unchanged re-run: median {rerun:.2f} s over {args.repeats} runs "
              f"(min {min(reruns):.2f}, max {max(reruns):.2f}); target < 5 s")
        print(f"os.walk + stat of the same tree: median {floor:.3f} s; re-run / walk = {rerun / floor:.0f}x")
        print(f"reindex: files={args.files} unchanged_rerun_s={rerun:.2f} first_run_docs_per_s={args.files / first:.0f}")


if __name__ == "__main__":
    main()
