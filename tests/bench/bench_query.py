"""Query latency of the search layer against SQLite FTS5 doing the same work, in the same run.

    .venv/bin/python -m tests.bench.bench_query --docs 20000            # ESIF project pages
    .venv/bin/python -m tests.bench.bench_query --docs 50000 --index DIR  # reuse (or build) DIR
    .venv/bin/python -m tests.bench.bench_query --docs 50000 --keep DIR   # index and FTS5 kept in DIR
    .venv/bin/python -m tests.bench.bench_query --reports ../shared/data/pdfs/eu_project_docs

``--docs N`` builds N project pages from ``../shared/data/bench/esif_projects.jsonl.gz`` with
``tests.bench.benchdata``; ``--reports DIR`` indexes a folder of real PDFs through the real
pipeline (``projsearch index``). FTS5 gets the same documents, read back from the index's
stored fields (text, title and the five facets), in a ``unicode61 remove_diacritics 2`` table
and a (document, facet, value) table. With ``--keep DIR`` both are built once into a folder of
DIR named after the source data (the records file or the PDFs: names, sizes, times) and the
index's SCHEMA_VERSION, and reused by later runs; a change to either gets a new folder.

The same work on both sides, per query: the text match, the top 10 (page 1, or a deep page)
with a highlighted passage each (FTS5: ``snippet()``), the total, and the five disjunctive
facet counts (each facet under every filter but its own). Query classes: 1, 2 and 3 words,
a phrase, each without and with facet filters, and a deep page. Each query runs once to warm
up, then ``--runs`` times, projsearch and FTS5 alternating. Prints p50/p95 per class and a last
line ``query: p95_ms=<> fts5_p95_ms=<> ratio=<> docs=<n>`` (p95 over every timed query).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from indexer.index.schema import SCHEMA_VERSION
from indexer.search import SearchQuery, search
from indexer.search.searchers import open_searcher
from tests.bench.benchdata import ESIF_RECORDS, ensure_index

FACETS = ("programme", "year", "country", "language", "kind")
RECORD_KEYS = {"programme": "programmes", "year": "years", "country": "countries", "language": "languages"}

PAGE_TEXTS = {
    "1 word": ("energy", "Energie", "innovation", "formazione", "rozwój", "turismo"),
    "2 words": ("energy efficiency", "regionale Entwicklung", "small enterprises", "szkolenia zawodowe"),
    "3 words": ("renewable energy sources", "public transport system", "centro di ricerca"),
    "phrase": ('"energy efficiency"', '"research and development"'),
}
REPORT_TEXTS = {
    "1 word": ("budget", "energy", "citizens", "transparency"),
    "2 words": ("open data", "fiscal data", "transparency platform", "public procurement"),
    "3 words": ("open budget data", "citizen participation tools", "local public services"),
    "phrase": ('"open data"', '"public procurement"'),
}
DEEP_PAGE = 20


@dataclass(frozen=True)
class BenchQuery:
    category: str
    query: SearchQuery


def top_values(index_dir: Path, facet: str, n: int) -> list[str]:
    """The n most frequent values of a facet, so the filters select real, common values."""
    counts: Counter[str] = Counter()
    with open_searcher(index_dir) as searcher:
        for stored in searcher.all_stored_fields():
            counts.update(facet_values(stored, facet))
    return [value for value, _ in counts.most_common(n)]


def query_set(index_dir: Path, texts: dict[str, tuple[str, ...]]) -> list[BenchQuery]:
    countries = top_values(index_dir, "country", 2)
    programmes = top_values(index_dir, "programme", 1)
    filter_sets: list[tuple[tuple[str, tuple[str, ...]], ...]] = []
    if countries:
        filter_sets.append((("country", (countries[0],)),))
        if programmes:
            filter_sets.append((("programme", tuple(programmes)), ("country", tuple(countries))))
    queries: list[BenchQuery] = []
    for category, group in texts.items():
        for text in group:
            queries.append(BenchQuery(category, SearchQuery(text=text)))
            for filters in filter_sets:
                queries.append(BenchQuery(f"{category} + filters", SearchQuery(text=text, filters=filters)))
    for text in texts["1 word"][:2]:
        queries.append(BenchQuery("deep page", SearchQuery(text=text, page=DEEP_PAGE)))
    return queries


# --- FTS5 ---------------------------------------------------------------------------------------


def facet_values(stored: dict, facet: str) -> list[str]:
    record = json.loads(stored.get("record") or "{}")
    if facet == "kind":
        return [record["kind"]] if record.get("kind") else []
    values = record.get(RECORD_KEYS[facet]) or []
    return [f"{value:04d}" if facet == "year" else str(value) for value in values]


def kept_folder(keep: Path, docs: int, reports: Path | None) -> Path:
    """The folder of ``keep`` for this source and schema: built indexes are reused only there."""
    if reports:
        files = sorted(path for path in reports.rglob("*") if path.is_file())
        described = [(str(path.relative_to(reports)), path.stat().st_size, path.stat().st_mtime_ns) for path in files]
        source = f"reports {reports.resolve()} {described}"
        name = "reports"
    else:
        stat = ESIF_RECORDS.stat()
        source = f"docs {docs} {ESIF_RECORDS.name} {stat.st_size} {stat.st_mtime_ns}"
        name = f"docs{docs}"
    digest = hashlib.sha256(f"{source} schema {SCHEMA_VERSION}".encode()).hexdigest()[:12]
    return (keep / f"{name}-schema{SCHEMA_VERSION}-{digest}").absolute()


def open_fts(index_dir: Path, db_path: Path) -> sqlite3.Connection:
    """The FTS5 database at ``db_path``, built from the index first when it is not there yet."""
    if not db_path.exists():
        started = time.monotonic()
        building = db_path.with_name(db_path.name + ".building")
        building.unlink(missing_ok=True)
        build_fts(index_dir, building).close()
        building.replace(db_path)  # a run stopped half-way leaves no database that looks finished
        print(f"built the FTS5 database in {time.monotonic() - started:.1f} s")
    return sqlite3.connect(db_path, check_same_thread=False)


def build_fts(index_dir: Path, db_path: Path) -> sqlite3.Connection:
    """An FTS5 database holding the index's documents, as they are stored in it."""
    db = sqlite3.connect(db_path, check_same_thread=False)
    db.executescript(
        """
        CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE facets(doc INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
        """
    )
    with open_searcher(index_dir) as searcher:
        for rowid, stored in enumerate(searcher.all_stored_fields(), 1):
            db.execute("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                       (rowid, stored.get("title") or "", stored.get("content") or ""))
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)",
                           [(rowid, facet, value) for facet in FACETS for value in facet_values(stored, facet)])
    db.executescript("CREATE INDEX facets_by_value ON facets(facet, value, doc); CREATE INDEX facets_by_doc ON facets(doc, facet, value);")
    db.commit()
    return db


def fts_match(text: str) -> str:
    """FTS5 syntax for the same text: quoted phrases stay phrases, other words are ANDed."""
    phrases = re.findall(r'"([^"]+)"', text)
    words = re.findall(r"\w+", re.sub(r'"[^"]*"', " ", text))
    return " ".join([f'"{phrase}"' for phrase in phrases] + [f'"{word}"' for word in words])


def fts_search(db: sqlite3.Connection, query: SearchQuery) -> tuple[int, list, dict[str, list]]:
    """MATCH, the page's 10 hits with snippets, the total and five disjunctive facet counts."""
    match = fts_match(query.text)
    selections = dict(query.filters)

    def filter_sql(skip: str | None) -> tuple[str, list[str]]:
        clauses = [f" AND m.rowid IN temp.pass_{name}" for name in selections if name != skip]
        return "".join(clauses), []

    db.execute("DROP TABLE IF EXISTS temp.m")
    # A keyed table: the facet joins look matches up by document.
    db.execute("CREATE TEMP TABLE m(rowid INTEGER PRIMARY KEY)")
    db.execute("INSERT INTO temp.m SELECT rowid FROM docs WHERE docs MATCH ?", (match,))
    for name, values in selections.items():
        # The matches passing each facet's filter, once, keyed as well.
        db.execute(f"DROP TABLE IF EXISTS temp.pass_{name}")
        db.execute(f"CREATE TEMP TABLE pass_{name}(rowid INTEGER PRIMARY KEY)")
        db.execute(
            f"INSERT OR IGNORE INTO temp.pass_{name} SELECT m.rowid FROM temp.m m CROSS JOIN facets f"
            f" ON f.doc = m.rowid AND f.facet = ? AND f.value IN ({','.join('?' * len(values))})",
            [name, *values],
        )
    where, args = filter_sql(None)
    offset = (query.page - 1) * query.per_page
    # The page first, then its passages: SQLite would compute snippet() for every match before sorting.
    page = [rowid for (rowid,) in db.execute(
        # "+rowid": filter the matches, rather than run MATCH once per document passing the filters.
        "SELECT rowid FROM docs WHERE docs MATCH ?" + where.replace("m.rowid", "+docs.rowid")
        + " ORDER BY rank LIMIT ? OFFSET ?",
        [match, *args, query.per_page, offset],
    )]
    hits = db.execute(
        "SELECT rowid, snippet(docs, 1, '<mark>', '</mark>', '…', 32) FROM docs WHERE docs MATCH ?"
        f" AND rowid IN ({','.join('?' * len(page))})",
        [match, *page],
    ).fetchall() if page else []
    total = db.execute("SELECT count(*) FROM temp.m m WHERE 1" + where, args).fetchone()[0]
    counts = {}
    for facet in FACETS:
        others, other_args = filter_sql(facet)
        counts[facet] = db.execute(
            "SELECT f.value, count(*) FROM temp.m m CROSS JOIN facets f ON f.doc = m.rowid AND f.facet = ?"
            " WHERE 1" + others + " GROUP BY f.value",
            [facet, *other_args],
        ).fetchall()
    return total, hits, counts


# --- measuring ----------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def measure(index_dir: Path, db: sqlite3.Connection, queries: list[BenchQuery], runs: int):
    ours: dict[str, list[float]] = {}
    theirs: dict[str, list[float]] = {}
    for item in queries:  # warm-up: searchers, facet tables, page cache
        search(index_dir, item.query, cached=False)
        fts_search(db, item.query)
    for run in range(runs):
        for item in queries:
            query = item.query
            # Uncached: the result cache would answer a repeated query without searching.
            sides = [("ours", lambda: search(index_dir, query, cached=False)), ("fts5", lambda: fts_search(db, query))]
            for side, call in sides if run % 2 == 0 else sides[::-1]:
                started = time.perf_counter()
                call()
                elapsed = (time.perf_counter() - started) * 1000
                (ours if side == "ours" else theirs).setdefault(item.category, []).append(elapsed)
    return ours, theirs


def report(ours: dict[str, list[float]], theirs: dict[str, list[float]], documents: int, label: str) -> None:
    print(f"search layer vs SQLite FTS5, {label}, {documents} documents, {sum(map(len, ours.values()))} timed queries each")
    print(f"{'class':<22}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'fts5 p50':>10}{'fts5 p95':>10}{'p95 ratio':>11}")
    every: list[float] = []
    every_fts: list[float] = []
    words: list[float] = []
    words_fts: list[float] = []
    for category, values in ours.items():
        peer = theirs[category]
        every += values
        every_fts += peer
        if "word" in category:
            words += values
            words_fts += peer
        print(f"{category:<22}{len(values):>5}{statistics.median(values):>9.1f}{percentile(values, 0.95):>9.1f}"
              f"{statistics.median(peer):>10.1f}{percentile(peer, 0.95):>10.1f}"
              f"{percentile(values, 0.95) / percentile(peer, 0.95):>11.2f}")
    for name, values, peer in (("1-3 words (all)", words, words_fts), ("all", every, every_fts)):
        print(f"{name:<22}{len(values):>5}{statistics.median(values):>9.1f}{percentile(values, 0.95):>9.1f}"
              f"{statistics.median(peer):>10.1f}{percentile(peer, 0.95):>10.1f}"
              f"{percentile(values, 0.95) / percentile(peer, 0.95):>11.2f}")
    p95, fts_p95 = percentile(every, 0.95), percentile(every_fts, 0.95)
    print(f"query: p95_ms={p95:.1f} fts5_p95_ms={fts_p95:.1f} ratio={p95 / fts_p95:.2f} docs={documents}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--docs", type=int, default=20_000, help="ESIF project pages to build (default 20000)")
    source.add_argument("--reports", type=Path, help="a folder of real PDFs, indexed through the pipeline")
    kept = parser.add_mutually_exclusive_group()
    kept.add_argument("--index", type=Path, help="index directory to reuse (built there first if missing)")
    kept.add_argument("--keep", type=Path, help="folder keeping built indexes and FTS5 databases, by source and schema")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of the query set (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="projsearch-bench-") as scratch:
        folder = kept_folder(args.keep, args.docs, args.reports) if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        index_dir = (args.index or folder / "index").absolute()
        ensure_index(index_dir, args.docs, args.reports)
        # Beside a reused --index, the FTS5 database is rebuilt: it may hold other documents.
        db = open_fts(index_dir, folder / "fts5.db")
        with open_searcher(index_dir) as searcher:
            documents = searcher.doc_count()
        queries = query_set(index_dir, REPORT_TEXTS if args.reports else PAGE_TEXTS)
        label = f"reports in {args.reports}" if args.reports else "ESIF project pages"
        report(*measure(index_dir, db, queries, args.runs), documents, label)
        db.close()


if __name__ == "__main__":
    main()
