"""HTTP latency and throughput of the search page and the JSON API under concurrent clients.

    .venv/bin/python -m tests.bench.bench_web                   # builds 20,000 documents in a temp dir
    .venv/bin/python -m tests.bench.bench_web --index DIR       # reuses (or first builds) DIR
    .venv/bin/python -m tests.bench.bench_web --clients 8 --requests 400
    .venv/bin/python -m tests.bench.bench_web --reports ../shared/data/pdfs/eu_project_docs

The index comes from ``tests.bench.benchdata.build_bench_index`` (real project records). The
real server runs as ``projsearch serve`` in its own process (by default one gunicorn worker
process per core; ``--workers 1`` serves with waitress in one process, ``--threads`` sets the
threads of each); ``--clients``
threads, each with its own keep-alive connection, share a bounded number of requests over the
mixed query set of ``bench_search`` (words, phrases, operators, filters, browse, misspellings),
first against ``/`` (full HTML page), then against ``/api/search``. Every query is requested once
beforehand to warm up. ``--reports DIR`` indexes a folder of real PDFs through the pipeline
instead and asks the report queries of ``bench_query``. The server runs with the result cache
off (``PROJSEARCH_RESULT_CACHE=0``; ``--cache`` turns it on), so every request is searched.
The server listens on 127.0.0.1 only and the number of requests is bounded. Prints p50/p95/max
in milliseconds and requests per second for each, then the last line
``web: page_p95_ms=<> api_p95_ms=<> rps=<> rss_mb=<>`` (rps over both endpoints, the resident
memory of the server's processes at the end, its workers included).
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
from indexer.search import SearchQuery
from tests.bench.bench_query import REPORT_TEXTS
from tests.bench.bench_search import QUERIES, percentile
from tests.bench.benchdata import ensure_index
from tests.conftest import server_log, start_server, stop_server


def query_paths(prefix: str, queries: list[SearchQuery]) -> list[str]:
    return [prefix + ("?" + urllib.parse.urlencode(query.to_args()) if query.to_args() else "") for query in queries]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def process_tree(pid: int) -> list[int]:
    """A process and its descendants (the server and its workers), from /proc (Linux)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            todo += [int(child) for child in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except OSError:
            pass
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of the server and its workers, added up (pages they share counted in each)."""
    return sum(rss_mb(member) for member in process_tree(pid))


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
    parser.add_argument("--reports", type=Path, help="a folder of real PDFs to index through the pipeline")
    parser.add_argument("--cache", action="store_true", help="leave the server's result cache on")
    parser.add_argument("--workers", type=int, help="server worker processes (default: projsearch serve's, one per core)")
    parser.add_argument("--threads", type=int, help="threads per server process (default: projsearch serve's)")
    args = parser.parse_args()
    if args.reports:
        queries = [SearchQuery(text=text) for group in REPORT_TEXTS.values() for text in group]
        queries += [SearchQuery(), SearchQuery(text="budget", page=2)]
    else:
        queries = [query for _, query in QUERIES]

    with tempfile.TemporaryDirectory() as scratch:
        index_dir = args.index or Path(scratch) / "index"
        ensure_index(index_dir, args.docs, args.reports)
        ix = store.open_index(index_dir)
        documents = ix.doc_count()
        ix.close()
        env = {"PROJSEARCH_RESULT_CACHE": "1" if args.cache else "0"}
        if args.workers:
            env["PROJSEARCH_WORKERS"] = str(args.workers)
        if args.threads:
            env["PROJSEARCH_THREADS"] = str(args.threads)
        process, url = start_server(index_dir, env)
        try:
            parsed = urllib.parse.urlparse(url)
            # The server's first line says how it serves: which server, processes and threads.
            serving = server_log(process).partition("\n")[0].rpartition("(")[2].rstrip(")") or "?"
            print(f"{documents} documents; projsearch serve ({serving}); {args.clients} clients; "
                  f"{args.requests} requests per endpoint over {len(queries)} queries; "
                  f"result cache {'on' if args.cache else 'off'}")
            # The load average shows how busy the machine was: these figures move with it.
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            print(f"{'endpoint':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'mean ms':>9}{'req/s':>8}{'errors':>8}")
            p95: dict[str, float] = {}
            served, seconds_total = 0, 0.0
            for name, prefix in (("search page", "/"), ("api/search", "/api/search")):
                paths = query_paths(prefix, queries)
                # Warm-up: every query once per client connection, so every worker process meets each.
                run_load(parsed.hostname, parsed.port, paths, args.clients, len(paths) * args.clients)
                cpu_before = {member: cpu_seconds(member) for member in process_tree(process.pid)}
                latencies, seconds, errors = run_load(parsed.hostname, parsed.port, paths, args.clients, args.requests)
                print(f"{name:<14}{percentile(latencies, 0.5):>9.1f}{percentile(latencies, 0.95):>9.1f}"
                      f"{max(latencies):>9.1f}{statistics.fmean(latencies):>9.1f}{len(latencies) / seconds:>8.1f}"
                      f"{errors:>8}")
                # How the work spread over the server's processes (a worker left idle shows here).
                spread = [cpu_seconds(member) - used for member, used in cpu_before.items()]
                print(f"{'':<14}server CPU s by process: {', '.join(f'{seconds:.1f}' for seconds in spread)}")
                p95[name] = percentile(latencies, 0.95)
                served += len(latencies)
                seconds_total += seconds
            memory = tree_rss_mb(process.pid)
            print(f"web: page_p95_ms={p95['search page']:.1f} api_p95_ms={p95['api/search']:.1f} "
                  f"rps={served / seconds_total:.1f} rss_mb={memory:.0f}")
        finally:
            stop_server(process)


if __name__ == "__main__":
    main()
