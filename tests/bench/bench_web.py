"""HTTP latency and throughput of the search page and the JSON API under concurrent clients.

    .venv/bin/python -m tests.bench.bench_web                   # builds 20,000 documents in a temp dir
    .venv/bin/python -m tests.bench.bench_web --index DIR       # reuses (or first builds) DIR
    .venv/bin/python -m tests.bench.bench_web --clients 8 --requests 400

The index comes from ``tests.bench.benchdata.build_bench_index`` (real project records). The
real server runs as ``projsearch serve`` (waitress, 8 threads) in its own process; ``--clients``
threads, each with its own keep-alive connection, share a bounded number of requests over the
mixed query set of ``bench_search`` (words, phrases, operators, filters, browse, misspellings),
first against ``/`` (full HTML page), then against ``/api/search``. Every query is requested once
beforehand to warm up. Prints p50/p95/max in milliseconds and requests per second for each.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import statistics
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from indexer.index import store
from tests.bench.bench_search import QUERIES, percentile
from tests.bench.benchdata import build_bench_index
from tests.conftest import start_server, stop_server


def query_paths(prefix: str) -> list[str]:
    return [prefix + ("?" + urllib.parse.urlencode(query.to_args()) if query.to_args() else "") for _, query in QUERIES]


def run_load(host: str, port: int, paths: list[str], clients: int, total: int) -> tuple[list[float], float, int]:
    """Latencies (ms) of ``total`` requests spread over ``clients`` threads; wall seconds; errors."""
    jobs = itertools.cycle(paths)
    lock = threading.Lock()
    remaining = [total]
    latencies: list[float] = []
    errors = [0]

    def client() -> None:
        connection = http.client.HTTPConnection(host, port, timeout=60)
        try:
            while True:
                with lock:
                    if remaining[0] == 0:
                        return
                    remaining[0] -= 1
                    path = next(jobs)
                started = time.perf_counter()
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status != 200:
                        errors[0] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, errors[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, help="index directory (built there when missing)")
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        index_dir = args.index or Path(scratch) / "index"
        if store.current_generation(index_dir) is None:
            started = time.monotonic()
            build_bench_index(index_dir, args.docs)
            print(f"built {args.docs} documents into {index_dir} in {time.monotonic() - started:.0f} s")
        ix = store.open_index(index_dir)
        documents = ix.doc_count()
        ix.close()
        process, url = start_server(index_dir)
        try:
            parsed = urllib.parse.urlparse(url)
            print(f"{documents} documents; projsearch serve (waitress, 8 threads); {args.clients} clients; "
                  f"{args.requests} requests per endpoint over {len(QUERIES)} queries")
            # The load average shows how busy the machine was: these figures move with it.
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            print(f"{'endpoint':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'mean ms':>9}{'req/s':>8}{'errors':>8}")
            for name, prefix in (("search page", "/"), ("api/search", "/api/search")):
                paths = query_paths(prefix)
                run_load(parsed.hostname, parsed.port, paths, 1, len(paths))  # warm-up: every query once
                latencies, seconds, errors = run_load(parsed.hostname, parsed.port, paths, args.clients, args.requests)
                print(f"{name:<14}{percentile(latencies, 0.5):>9.1f}{percentile(latencies, 0.95):>9.1f}"
                      f"{max(latencies):>9.1f}{statistics.fmean(latencies):>9.1f}{len(latencies) / seconds:>8.1f}"
                      f"{errors:>8}")
        finally:
            stop_server(process)


if __name__ == "__main__":
    main()
