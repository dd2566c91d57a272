"""Search-layer latency (no HTTP) on a large index of real project records.

    .venv/bin/python -m tests.bench.bench_search                 # builds 20,000 documents in a temp dir
    .venv/bin/python -m tests.bench.bench_search --index DIR     # reuses (or first builds) DIR
    .venv/bin/python -m tests.bench.bench_search --docs 50000 --runs 10

The index is built by ``tests.bench.benchdata.build_bench_index`` (see its docstring for how
records become documents). One index is opened once, as the web server does; every query of a
fixed mixed set (single words, two words, phrases, operators, facet filters, browse mode, a
misspelling) runs once to warm up, then ``--runs`` times. Prints p50/p95/max per category and
overall, in milliseconds, measured around ``indexer.search.search``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from indexer.index import store
from indexer.search import SearchQuery, search
from tests.bench.benchdata import build_bench_index

QUERIES: tuple[tuple[str, SearchQuery], ...] = (
    ("word", SearchQuery(text="energy")),
    ("word", SearchQuery(text="Energie")),
    ("word", SearchQuery(text="innovation")),
    ("word", SearchQuery(text="formazione")),
    ("word", SearchQuery(text="rozwój")),
    ("word", SearchQuery(text="turismo")),
    ("two words", SearchQuery(text="energy efficiency")),
    ("two words", SearchQuery(text="regionale Entwicklung")),
    ("two words", SearchQuery(text="small enterprises")),
    ("two words", SearchQuery(text="szkolenia zawodowe")),
    ("phrase", SearchQuery(text='"energy efficiency"')),
    ("phrase", SearchQuery(text='"research and development"')),
    ("operators", SearchQuery(text="solar OR wind")),
    ("operators", SearchQuery(text="energy -solar")),
    ("operators", SearchQuery(text="title:museum")),
    ("filtered", SearchQuery(text="energy", filters=(("country", ("DE",)),))),
    ("filtered", SearchQuery(text="innovation", filters=(("country", ("PL", "CZ")),))),
    ("filtered", SearchQuery(text="training", year_from=2014, year_to=2020)),
    ("filtered", SearchQuery(text="Projekt", filters=(("country", ("AT",)), ("programme", ("ERDF",))))),
    ("browse", SearchQuery()),
    ("browse", SearchQuery(filters=(("country", ("IT",)),))),
    ("browse", SearchQuery(filters=(("programme", ("ESF",)),), sort="title")),
    ("browse", SearchQuery(page=50)),
    ("misspelt", SearchQuery(text="enrgy efficency")),
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def measure(index_dir: Path, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall-clock and CPU milliseconds per category (CPU shows the cost on a busy machine)."""
    ix = store.open_index(index_dir)
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for _, query in QUERIES:
        search(ix, query)  # warm-up: facet value caches, column readers
    for _ in range(runs):
        for category, query in QUERIES:
            started, started_cpu = time.perf_counter(), time.process_time()
            search(ix, query)
            wall.setdefault(category, []).append((time.perf_counter() - started) * 1000)
            cpu.setdefault(category, []).append((time.process_time() - started_cpu) * 1000)
    ix.close()
    return wall, cpu


def report(wall: dict[str, list[float]], cpu: dict[str, list[float]], documents: int) -> None:
    print(f"search layer, {documents} documents, {sum(map(len, wall.values()))} timed searches")
    print(f"{'category':<12}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'cpu p50':>10}{'cpu p95':>10}")
    every: list[float] = []
    every_cpu: list[float] = []
    for category, values in wall.items():
        every += values
        every_cpu += cpu[category]
        print(f"{category:<12}{len(values):>5}{statistics.median(values):>10.1f}{percentile(values, 0.95):>10.1f}"
              f"{max(values):>10.1f}{statistics.median(cpu[category]):>10.1f}{percentile(cpu[category], 0.95):>10.1f}")
    print(f"{'all':<12}{len(every):>5}{statistics.median(every):>10.1f}{percentile(every, 0.95):>10.1f}"
          f"{max(every):>10.1f}{statistics.median(every_cpu):>10.1f}{percentile(every_cpu, 0.95):>10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, help="index directory to reuse (built there first if missing)")
    parser.add_argument("--docs", type=int, default=20_000, help="documents when building (default 20000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of the query set (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="projsearch-bench-") as scratch:
        index_dir = args.index or Path(scratch) / "index"
        if store.current_generation(index_dir) is None:
            started = time.monotonic()
            build_bench_index(index_dir, args.docs)
            print(f"built {args.docs} documents in {time.monotonic() - started:.1f} s")
        with store.open_index(index_dir).searcher() as searcher:
            documents = searcher.doc_count()
        report(*measure(index_dir, args.runs), documents)


if __name__ == "__main__":
    main()
