"""Long queries of unknown words: what the spelling suggestion costs when nothing is found.

    .venv/bin/python -m tests.bench.bench_long_queries --index DIR [--words 125] [--runs 7]

Each run searches a new text of ``--words`` random 7-letter lowercase words (seeded, so every run
of the script asks the same texts; new text each time, so neither the result cache nor the
spellings memo answers), once as typed (``spelling=exact``) and once allowing the correction, in
the search layer, then through ``/api/search``, ``/`` and ``/embed`` of the Flask app. Prints the
median and max wall-clock milliseconds per kind, and how many unknown words the generation's
spellings memo looked up, which is the work the suggestion did.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import time
from pathlib import Path
from urllib.parse import quote

from indexer.index import store
from indexer.search import SearchQuery, search
from indexer.search.searchers import lease

SEED = 20261203


def random_text(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(7)) for _ in range(words))


def layer(index_dir: Path, words: int, runs: int, rng: random.Random) -> None:
    ix = store.open_index(index_dir)
    search(ix, SearchQuery(text="energy"))  # warm-up: column readers, facet caches
    for correct in (False, True):
        timings: list[float] = []
        looked_up: list[int] = []
        for _ in range(runs):
            text = random_text(rng, words)
            with lease(ix) as (_, generation):
                before = len(generation.spellings)
            started = time.perf_counter()
            search(ix, SearchQuery(text=text, correct=correct))
            timings.append((time.perf_counter() - started) * 1000)
            with lease(ix) as (_, generation):
                looked_up.append(len(generation.spellings) - before)
        label = "search()" + (" spelling=exact" if not correct else "")
        print(
            f"{label:<28} median {statistics.median(timings):8.1f} ms  max {max(timings):8.1f} ms"
            f"  words looked up per search: {statistics.median(looked_up):.0f}"
        )
    ix.close()


def http(index_dir: Path, words: int, runs: int, rng: random.Random) -> None:
    from webui import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    client.get("/api/search?q=energy")
    for route in ("/api/search?q=", "/api/search?spelling=exact&q=", "/?q=", "/embed?q="):
        timings: list[float] = []
        for _ in range(runs):
            url = route + quote(random_text(rng, words))
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url[:60], response.status_code)
        name = route.split("q=")[0].rstrip("?&")
        print(f"GET {name:<24} median {statistics.median(timings):8.1f} ms  max {max(timings):8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True, help="an existing index directory")
    parser.add_argument("--words", type=int, default=125, help="random words per query (default 125)")
    parser.add_argument("--runs", type=int, default=7, help="searches per kind (default 7)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    print(f"{args.words} random 7-letter words ({args.words * 8 - 1} characters), {args.runs} searches per kind")
    layer(args.index, args.words, args.runs, rng)
    http(args.index, args.words, args.runs, rng)


if __name__ == "__main__":
    main()
